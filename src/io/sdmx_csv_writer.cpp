// SPDX-License-Identifier: BSL-1.0
#include <ostream>
#include <string>

#include <svctrade/error.hpp>
#include <svctrade/io/sdmx_csv.hpp>
#include <svctrade/io/sdmx_period.hpp>
#include <svctrade/status/status_codes.hpp>
#include <svctrade/text/csv_writer.hpp>

#include "io/number_text.hpp"

namespace svctrade {
namespace {

bool is_fiscal(const std::optional<Period>& p) {
    if (!p || p->year_start().is_calendar()) return false;
    const PeriodKind k = p->kind();
    return k == PeriodKind::quarter || k == PeriodKind::half_year || k == PeriodKind::year;
}

char action_code(SdmxAction action) {
    switch (action) {
        case SdmxAction::append:
            return 'A';
        case SdmxAction::replace:
            return 'R';
        case SdmxAction::information:
            break;
    }
    return 'I';
}

class Writer {
public:
    Writer(std::ostream& out, const SdmxDataSet& data, const SdmxCsvWriteOptions& options)
        : csv_(out, CsvDialect{options.separator}),
          data_(data),
          both_(options.labels == SdmxLabels::both),
          comma_(options.separator == ';') {
        for (const SdmxSeries& s : data.series) {
            for (const SdmxObservation& o : s.observations) {
                fiscal_ = fiscal_ || is_fiscal(o.period);
                multiplied_ = multiplied_ || o.unit_multiplier != 0;
            }
        }
        for (const SdmxDeletion& d : data.deletions) fiscal_ = fiscal_ || is_fiscal(d.period);
    }

    void header() {
        // A component named like a column the writer adds itself (an SDMX-CSV 1.0 file may call a
        // dimension STRUCTURE) would be written twice and the file not read back (found by the
        // sdmx fuzz target): refused.
        const auto check_id = [](const SdmxComponent& c) {
            for (const std::string_view reserved :
                 {"STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION", "OBS_STATUS", "OBS_CONF", "UNIT_MULT",
                  "REPORTING_YEAR_START_DAY"}) {
                if (c.id == reserved) {
                    throw InvalidArgument("cannot write SDMX-CSV 2: the component " + c.id +
                                          " has the name of a column the format reserves");
                }
            }
        };
        for (const SdmxComponent& c : data_.dimensions) check_id(c);
        if (data_.time_dimension) check_id(*data_.time_dimension);
        check_id(data_.measure);
        for (const SdmxComponent& c : data_.attributes) check_id(c);
        csv_.plain_field("STRUCTURE[|]");
        csv_.plain_field("STRUCTURE_ID");
        csv_.plain_field("ACTION");
        for (const SdmxComponent& c : data_.dimensions) component(c);
        if (data_.time_dimension) component(*data_.time_dimension);
        component(data_.measure);
        csv_.plain_field("OBS_STATUS");
        csv_.plain_field("OBS_CONF");
        if (multiplied_) csv_.plain_field("UNIT_MULT");
        if (fiscal_) csv_.plain_field("REPORTING_YEAR_START_DAY");
        for (const SdmxComponent& c : data_.attributes) component(c);
        csv_.end_record();
    }

    void series(const SdmxSeries& s) {
        check_key(s.key, s.key_text());
        for (const SdmxObservation& o : s.observations) {
            if (o.attributes.size() != data_.attributes.size()) {
                throw InvalidArgument("series " + s.key_text() + ": an observation has " +
                                      std::to_string(o.attributes.size()) + " attribute values for " +
                                      std::to_string(data_.attributes.size()) + " attributes");
            }
            csv_.field(s.structure);
            csv_.field(s.structure_id);
            csv_.plain_field(std::string_view(std::string(1, action_code(o.action))));
            key(s.key);
            period(o.period);
            if (o.value) {
                csv_.plain_field(
                    detail::observation_value_text(*o.value * detail::power_of_ten(-o.unit_multiplier), comma_));
            } else {
                csv_.plain_field(o.status.missing() == Missing::not_provided ? "" : "NaN");
            }
            csv_.plain_field(sdmx_obs_status(o.status, '|'));
            csv_.plain_field(sdmx_obs_conf(o.status));
            if (multiplied_) csv_.plain_field(std::to_string(o.unit_multiplier));
            year_start(o.period);
            attributes(o.attributes);
            csv_.end_record();
        }
    }

    void deletion(const SdmxDeletion& d) {
        check_key(d.key, "of a deletion");
        csv_.field(d.structure);
        csv_.field(d.structure_id);
        csv_.plain_field("D");
        key(d.key);
        period(d.period);
        csv_.plain_field("");
        csv_.plain_field("");
        csv_.plain_field("");
        if (multiplied_) csv_.plain_field("");
        year_start(d.period);
        if (d.attributes.size() == data_.attributes.size()) {
            attributes(d.attributes);
        } else {
            for (std::size_t i = 0; i < data_.attributes.size(); ++i) csv_.plain_field("");
        }
        csv_.end_record();
    }

    void finish() { csv_.finish(); }

private:
    void component(const SdmxComponent& c) {
        if (both_ && !c.name.empty()) {
            csv_.field(c.id + ": " + c.name);
        } else {
            csv_.field(c.id);
        }
    }
    void code(const SdmxComponent* c, std::string_view code) {
        if (both_ && c != nullptr && !code.empty()) {
            const auto it = c->code_names.find(code);
            if (it != c->code_names.end()) {
                csv_.field(std::string(code) + ": " + it->second);
                return;
            }
        }
        csv_.field(code);
    }
    void check_key(const std::vector<std::string>& key, const std::string& what) const {
        if (key.size() != data_.dimensions.size()) {
            throw InvalidArgument("series key " + what + " has " + std::to_string(key.size()) + " codes for " +
                                  std::to_string(data_.dimensions.size()) + " dimensions");
        }
    }
    void key(const std::vector<std::string>& key) {
        for (std::size_t i = 0; i < key.size(); ++i) code(&data_.dimensions[i], key[i]);
    }
    void period(const std::optional<Period>& p) {
        if (!data_.time_dimension) return;
        if (!p) {
            csv_.plain_field("");
            return;
        }
        code(&*data_.time_dimension, to_sdmx_time_period(*p));
    }
    void year_start(const std::optional<Period>& p) {
        if (!fiscal_) return;
        csv_.plain_field(is_fiscal(p) ? sdmx_reporting_year_start(p->year_start()) : std::string());
    }
    void attributes(const std::vector<std::string>& values) {
        for (std::size_t i = 0; i < values.size(); ++i) code(&data_.attributes[i], values[i]);
    }

    CsvWriter csv_;
    const SdmxDataSet& data_;
    bool both_;
    bool comma_;
    bool fiscal_ = false;
    bool multiplied_ = false;
};

}  // namespace

void write_sdmx_csv(std::ostream& out, const SdmxDataSet& data, const SdmxCsvWriteOptions& options) {
    if (options.separator != ',' && options.separator != ';') {
        throw InvalidArgument(std::string("SDMX-CSV is written with ',' or ';' between fields, not '") +
                              options.separator + "'");
    }
    if (options.labels == SdmxLabels::name) {
        throw InvalidArgument("SDMX-CSV is written with labels id or both, not name");
    }
    Writer w(out, data, options);
    w.header();
    for (const SdmxSeries& s : data.series) w.series(s);
    for (const SdmxDeletion& d : data.deletions) w.deletion(d);
    w.finish();
}

}  // namespace svctrade
