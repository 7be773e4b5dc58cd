// SPDX-License-Identifier: BSL-1.0
#include <algorithm>
#include <ostream>
#include <set>
#include <string>

#include <svctrade/error.hpp>
#include <svctrade/io/sdmx_csv.hpp>
#include <svctrade/io/sdmx_period.hpp>
#include <svctrade/status/status_codes.hpp>
#include <svctrade/text/csv_writer.hpp>
#include <svctrade/text/utf8.hpp>

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
        if (!both_) return;
        const auto named = [](const SdmxComponent& c) { return !c.name.empty(); };
        const auto coded = [](const SdmxComponent& c) { return !c.code_names.empty(); };
        const auto any = [&](const auto& has) {
            return std::any_of(data.dimensions.begin(), data.dimensions.end(), has) ||
                   (data.time_dimension && has(*data.time_dimension)) || has(data.measure) ||
                   std::any_of(data.attributes.begin(), data.attributes.end(), has);
        };
        // A reader tells labels=both from the header alone: names of codes need a header cell
        // with ": ", so with names of codes and no component named, the measure is written with
        // an empty name ("OBS_VALUE: "), which reads back as no name.
        const bool components_named = any(named);
        labelled_ = components_named || any(coded);
        empty_measure_name_ = labelled_ && !components_named;
    }

    void header() {
        check_components();
        if (labelled_) check_codes();
        csv_.plain_field("STRUCTURE[|]");
        csv_.plain_field("STRUCTURE_ID");
        csv_.plain_field("ACTION");
        for (const SdmxComponent& c : data_.dimensions) component(c);
        if (data_.time_dimension) component(*data_.time_dimension);
        if (empty_measure_name_) {
            csv_.field(data_.measure.id + ": ");
        } else {
            component(data_.measure);
        }
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
    // The ids read_sdmx_csv() could not read back as they are: refused, naming the component,
    // rather than written into a file that reads as something else or not at all (an empty id
    // was found by the sdmx fuzz target: a header "...,TIME_PERIOD,,OBS_STATUS,...").
    void check_components() const {
        std::set<std::string_view> seen;
        const auto check = [&](const SdmxComponent& c, const std::string& what) {
            const auto refuse = [&](std::string_view why) {
                throw InvalidArgument("cannot write SDMX-CSV 2: " + what + ", \"" + excerpt(c.id, 40) + "\", " +
                                      std::string(why));
            };
            if (c.id.empty()) throw InvalidArgument("cannot write SDMX-CSV 2: " + what + " has an empty id");
            if (const auto defect = find_utf8_defect(c.id)) {
                throw InvalidArgument("cannot write SDMX-CSV 2: the id of " + what + " is not UTF-8 at byte " +
                                      std::to_string(defect->offset) + " (" + std::string(defect->reason) + ")");
            }
            if (const std::size_t nul = c.id.find('\0'); nul != std::string::npos) {
                throw InvalidArgument("cannot write SDMX-CSV 2: the id of " + what + " holds a NUL at byte " +
                                      std::to_string(nul) + ", which CSV cannot carry");
            }
            for (const std::string_view reserved :
                 {"STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION", "SERIES_KEY", "OBS_KEY", "OBS_STATUS",
                  "OBS_CONF", "UNIT_MULT", "SCALE", "REPORTING_YEAR_START_DAY"}) {
                // An SDMX-CSV 1.0 file may call a dimension STRUCTURE (found by the fuzz target).
                if (c.id == reserved) refuse("has the name of a column the format reserves");
            }
            if (c.id.find(": ") != std::string::npos) refuse("would read as an id followed by its name (\": \")");
            if (c.id.back() == ']' && c.id.find('[') != std::string::npos) {
                refuse("would read as an id followed by its languages ([...])");
            }
            if (!seen.insert(c.id).second) refuse("has the id of another component");
        };
        for (std::size_t i = 0; i < data_.dimensions.size(); ++i) {
            check(data_.dimensions[i], "dimension " + std::to_string(i + 1));
        }
        if (data_.time_dimension) check(*data_.time_dimension, "the time dimension");
        check(data_.measure, "the measure");
        for (std::size_t i = 0; i < data_.attributes.size(); ++i) {
            check(data_.attributes[i], "attribute " + std::to_string(i + 1));
        }
    }
    // In a file whose header has names (`DIM_1: Dimension 1`) every cell is split at its first
    // ": ", so a code holding one would read back as a shorter code with a name.
    void check_code(std::string_view code, std::string_view column) const {
        if (labelled_ && code.find(": ") != std::string_view::npos) {
            throw InvalidArgument("cannot write SDMX-CSV 2 with names: the " + std::string(column) + " code \"" +
                                  excerpt(code, 40) +
                                  "\" holds \": \" and would read back as a code and a name; write ids only "
                                  "(SdmxLabels::id)");
        }
    }
    void check_codes() const {
        const auto check_all = [&](const std::vector<std::string>& codes, const std::vector<SdmxComponent>& of) {
            for (std::size_t i = 0; i < codes.size() && i < of.size(); ++i) check_code(codes[i], of[i].id);
        };
        for (const SdmxSeries& s : data_.series) {
            check_code(s.structure, "STRUCTURE");
            check_code(s.structure_id, "STRUCTURE_ID");
            check_all(s.key, data_.dimensions);
            for (const SdmxObservation& o : s.observations) check_all(o.attributes, data_.attributes);
        }
        for (const SdmxDeletion& d : data_.deletions) {
            check_code(d.structure, "STRUCTURE");
            check_code(d.structure_id, "STRUCTURE_ID");
            check_all(d.key, data_.dimensions);
            check_all(d.attributes, data_.attributes);
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
    bool labelled_ = false;  // the header carries names: every cell is read as "code: name"
    bool empty_measure_name_ = false;
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
