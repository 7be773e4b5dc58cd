// SPDX-License-Identifier: BSL-1.0
#include <svctrade/io/sdmx_csv.hpp>

#include <algorithm>
#include <charconv>
#include <istream>
#include <map>
#include <streambuf>
#include <string>

#include <svctrade/error.hpp>
#include <svctrade/io/sdmx_period.hpp>
#include <svctrade/status/status_codes.hpp>
#include <svctrade/text/utf8.hpp>

#include "io/number_text.hpp"
#include "io/prefix_stream.hpp"
#include "io/row_loop.hpp"

namespace svctrade {

/// What one field of a row holds.
struct SdmxCsvReader::Column {
    enum class Kind : std::uint8_t {
        structure,
        structure_id,
        action,
        ignored,  // STRUCTURE_NAME, SERIES_KEY, OBS_KEY, a name column of labels=name
        dimension,
        time,
        measure,
        obs_status,
        obs_conf,
        unit_mult,
        year_start,
        attribute,
    };
    Kind kind = Kind::ignored;
    std::size_t index = 0;  // into dimensions_ or attributes_
    std::string id;
};

namespace {

constexpr std::string_view bom = "\xEF\xBB\xBF";

bool is_missing_marker(std::string_view text) {
    return text == "NaN" || text == "#N/A" || text == "#NA";
}

// "DIM_1: Dimension 1" -> {"DIM_1", "Dimension 1"}; "ATTR_1[en;fr]" -> "ATTR_1".
std::pair<std::string_view, std::string_view> split_label(std::string_view text, bool labelled) {
    std::string_view name;
    if (labelled) {
        const std::size_t at = text.find(": ");
        if (at != std::string_view::npos) {
            name = text.substr(at + 2);
            text = text.substr(0, at);
        }
    }
    return {text, name};
}

std::string_view strip_languages(std::string_view id) {
    const std::size_t bracket = id.find('[');
    if (bracket != std::string_view::npos && !id.empty() && id.back() == ']') return id.substr(0, bracket);
    return id;
}

}  // namespace

SdmxCsvReader::SdmxCsvReader(std::istream& in, std::string source, SdmxCsvOptions options)
    : options_(std::move(options)) {
    std::string first = detail::read_prefix(in, 256, source);
    read_header(first, source);
    prefix_buffer_ = detail::make_prefix_buffer(std::move(first), in);
    prefixed_ = std::make_unique<std::istream>(prefix_buffer_.get());
    csv_ = std::make_unique<CsvReader>(*prefixed_, std::move(source), CsvDialect{separator_});
    start();
}

SdmxCsvReader::SdmxCsvReader(std::string_view text, std::string source, SdmxCsvOptions options)
    : options_(std::move(options)) {
    read_header(text.substr(0, std::min<std::size_t>(text.size(), 256)), source);
    csv_ = std::make_unique<CsvReader>(text, std::move(source), CsvDialect{separator_});
    start();
}

SdmxCsvReader::~SdmxCsvReader() = default;

void SdmxCsvReader::start() {
    const CsvRow* header = csv_->next();
    if (header == nullptr) throw CsvError(csv_->source(), 1, 1, {}, "no header");
    interpret_header(*header);
}

const std::string& SdmxCsvReader::source() const noexcept {
    return csv_->source();
}

// The first cell decides the version and the separator, before the tokenizer can be built.
void SdmxCsvReader::read_header(std::string_view first, const std::string& source) {
    std::string_view text = first;
    if (text.substr(0, bom.size()) == bom) text.remove_prefix(bom.size());
    const bool quoted = !text.empty() && text.front() == '"';
    if (quoted) text.remove_prefix(1);
    std::size_t at = 0;
    if (text.substr(0, 9) == "STRUCTURE") {
        version_ = SdmxCsvVersion::v2;
        at = 9;
        if (at < text.size() && text[at] == '[') {
            if (at + 2 >= text.size() || text[at + 2] != ']') {
                throw CsvError(source, 1, 1, excerpt(text.substr(0, 16), 16),
                               "STRUCTURE[x] declares one character as the separator of multiple values");
            }
            array_separator_ = text[at + 1];
            at += 3;
        }
    } else if (text.substr(0, 8) == "DATAFLOW") {
        version_ = SdmxCsvVersion::v1_0;
        at = 8;
    } else {
        const std::size_t end = std::min(text.find_first_of(",;\t\r\n"), text.size());
        throw CsvError(source, 1, 1, excerpt(text.substr(0, end), 30),
                       "not SDMX-CSV: the first header cell is STRUCTURE (2.x) or DATAFLOW (1.0)");
    }
    if (quoted) {
        if (at >= text.size() || text[at] != '"') {
            throw CsvError(source, 1, 1, excerpt(text.substr(0, at), 30), "the quoted first cell is not closed");
        }
        ++at;
    }
    if (at < text.size() && text[at] == ':') {  // labels=both: "DATAFLOW: Dataflow"
        const std::size_t end = text.find_first_of(",;\t|\r\n", at);
        at = end == std::string_view::npos ? text.size() : end;
    }
    const char sep = at < text.size() ? text[at] : '\n';
    if (sep == '\r' || sep == '\n' || sep == '"' || (sep >= '0' && sep <= '9') || (sep >= 'A' && sep <= 'Z') ||
        (sep >= 'a' && sep <= 'z') || static_cast<unsigned char>(sep) > 0x7F) {
        throw CsvError(source, 1, at + 1, excerpt(text.substr(0, at + 1), 30),
                       "the first header cell must be followed by the field separator and more columns");
    }
    separator_ = sep;
}

void SdmxCsvReader::interpret_header(const CsvRow& raw) {
    {
        const std::size_t n = raw.size();
        field_count_ = n;
        bool has_name_column = false;
        bool labelled = false;
        for (std::size_t i = 1; i < n; ++i) {
            if (raw[i] == "STRUCTURE_NAME") has_name_column = true;
            if (raw[i].find(": ") != std::string_view::npos) labelled = true;
        }
        labels_ = has_name_column ? SdmxLabels::name : labelled ? SdmxLabels::both : SdmxLabels::id;
        columns_.resize(n);
        std::vector<std::size_t> components;  // columns that hold a component
        std::map<std::string, std::size_t, std::less<>> seen;
        for (std::size_t i = 0; i < n; ++i) {
            Column& col = columns_[i];
            const auto [id_raw, name] = split_label(raw[i], labels_ == SdmxLabels::both);
            const std::string_view id =
                i == 0 ? std::string_view(version_ == SdmxCsvVersion::v2 ? "STRUCTURE" : "DATAFLOW")
                       : strip_languages(id_raw);
            col.id = std::string(id);
            if (i == 0) {
                col.kind = version_ == SdmxCsvVersion::v2 ? Column::Kind::structure : Column::Kind::structure_id;
                continue;
            }
            if (id.empty()) throw raw.error(i, "an empty column name");
            if (version_ == SdmxCsvVersion::v2 && (id == "STRUCTURE_ID" || id == "ACTION")) {
                col.kind = id == "ACTION" ? Column::Kind::action : Column::Kind::structure_id;
            } else if (id == "STRUCTURE_NAME" || id == "SERIES_KEY" || id == "OBS_KEY") {
                col.kind = Column::Kind::ignored;
            } else {
                components.push_back(i);
                col.kind = Column::Kind::attribute;  // decided below
                if (!seen.emplace(col.id, i).second) throw raw.error(i, "the column \"" + col.id + "\" appears twice");
                if (labels_ == SdmxLabels::name) {
                    // the next column holds the names of this one's codes; its header, the name
                    if (i + 1 >= n) throw raw.error_at_end("labels=name: the last column has no name column after it");
                    columns_[i + 1].kind = Column::Kind::ignored;
                    columns_[i + 1].id = std::string(raw[i + 1]);
                    ++i;
                }
                continue;
            }
            if (!seen.emplace(col.id, i).second) throw raw.error(i, "the column \"" + col.id + "\" appears twice");
        }
        if (version_ == SdmxCsvVersion::v2 && seen.find("STRUCTURE_ID") == seen.end()) {
            throw raw.error_at_end("SDMX-CSV 2.x needs a STRUCTURE_ID column after STRUCTURE");
        }
        const auto find = [&](std::string_view id) -> std::optional<std::size_t> {
            const auto it = seen.find(id);
            if (it == seen.end()) return std::nullopt;
            return it->second;
        };
        const std::optional<std::size_t> measure = find(options_.measure);
        if (!measure) throw raw.error_at_end("no measure column \"" + options_.measure + "\"");
        if (!options_.time_dimension.empty() && options_.time_dimension == options_.measure) {
            throw InvalidArgument("SdmxCsvOptions: the time dimension and the measure are both \"" +
                                  excerpt(options_.measure, 40) + "\"; they are two columns");
        }
        std::optional<std::size_t> time;
        if (!options_.time_dimension.empty()) {
            time = find(options_.time_dimension);
            if (!time) {
                throw raw.error_at_end("no time dimension column \"" + options_.time_dimension +
                                       "\": name it in SdmxCsvOptions::time_dimension, or leave that empty for data "
                                       "without a time dimension");
            }
        }
        if (find("UNIT_MULT") && find("SCALE")) {
            throw raw.error(*find("SCALE"), "both UNIT_MULT and SCALE: which unit multiplier applies?");
        }
        const auto component_of = [&](std::size_t i) {
            std::string_view name = split_label(raw[i], labels_ == SdmxLabels::both).second;
            if (labels_ == SdmxLabels::name) name = raw[i + 1];
            return SdmxComponent{columns_[i].id, std::string(name), {}};
        };
        // Dimensions: declared, or the components before the time dimension (or the measure).
        std::vector<std::size_t> dims;
        if (!options_.dimensions.empty()) {
            for (const std::string& d : options_.dimensions) {
                if (d == options_.measure || (!d.empty() && d == options_.time_dimension)) {
                    throw InvalidArgument("SdmxCsvOptions: \"" + excerpt(d, 40) +
                                          "\" is declared a dimension but is the " +
                                          (d == options_.measure ? "measure" : "time dimension"));
                }
                const auto at = find(d);
                if (!at) throw raw.error_at_end("no dimension column \"" + excerpt(d, 40) + "\"");
                if (std::find(dims.begin(), dims.end(), *at) != dims.end()) {
                    throw InvalidArgument("SdmxCsvOptions: the dimension \"" + excerpt(d, 40) + "\" is declared twice");
                }
                dims.push_back(*at);
            }
        } else {
            // A measure before the time dimension is still the measure, not a dimension (with
            // it taken for one, the data set had a measure without an id: found by the sdmx
            // fuzz target, from "DATAFLOW,A,OBS_VALUE,B,TIME_PERIOD").
            const std::size_t stop = time ? *time : *measure;
            for (std::size_t i : components) {
                if (i >= stop) break;
                if (i == *measure) continue;
                const std::string& id = columns_[i].id;
                if (id == "OBS_STATUS" || id == "OBS_CONF" || id == "UNIT_MULT" || id == "SCALE" ||
                    id == "REPORTING_YEAR_START_DAY") {
                    continue;
                }
                dims.push_back(i);
            }
        }
        for (std::size_t i : dims) {
            columns_[i].kind = Column::Kind::dimension;
            columns_[i].index = dimensions_.size();
            dimensions_.push_back(component_of(i));
        }
        for (std::size_t i : components) {
            Column& col = columns_[i];
            if (col.kind == Column::Kind::dimension) continue;
            if (time && i == *time) {
                col.kind = Column::Kind::time;
                time_ = component_of(i);
            } else if (i == *measure) {
                col.kind = Column::Kind::measure;
                measure_ = component_of(i);
            } else if (col.id == "OBS_STATUS") {
                col.kind = Column::Kind::obs_status;
            } else if (col.id == "OBS_CONF") {
                col.kind = Column::Kind::obs_conf;
            } else if (col.id == "UNIT_MULT" || col.id == "SCALE") {
                col.kind = Column::Kind::unit_mult;
            } else if (col.id == "REPORTING_YEAR_START_DAY") {
                col.kind = Column::Kind::year_start;
            } else {
                col.kind = Column::Kind::attribute;
                col.index = attributes_.size();
                attributes_.push_back(component_of(i));
            }
        }
        key_.assign(dimensions_.size(), std::string());
        row_.observation.attributes.assign(attributes_.size(), std::string());
        return;
    }
}

const SdmxCsvRow* SdmxCsvReader::next() {
    const CsvRow* raw = detail::next_good_row(*csv_, options_.on_bad_row, broken_, errors_,
                                              [this](const CsvRow& row) { interpret_row(row); });
    return raw == nullptr ? nullptr : &row_;
}

std::string_view SdmxCsvReader::code(const CsvRow& raw, std::size_t i, SdmxComponent* component) {
    const auto [code, name] = split_label(raw[i], labels_ == SdmxLabels::both);
    std::string_view label = name;
    if (labels_ == SdmxLabels::name) label = raw[i + 1];
    if (component != nullptr && !label.empty() && !code.empty() &&
        component->code_names.find(code) == component->code_names.end()) {
        component->code_names.emplace(std::string(code), std::string(label));
    }
    return code;
}

void SdmxCsvReader::interpret_row(const CsvRow& raw) {
    if (raw.size() != field_count_) {
        if (raw.size() < field_count_) {
            throw raw.error_at_end("the row has " + std::to_string(raw.size()) + " fields but the header has " +
                                   std::to_string(field_count_));
        }
        throw raw.error(field_count_, "the row has " + std::to_string(raw.size()) + " fields but the header has " +
                                          std::to_string(field_count_));
    }
    const auto column_error = [&](std::size_t i, std::string_view reason) {
        return raw.error(i, "column \"" + columns_[i].id + "\": " + std::string(reason));
    };
    SdmxObservation& obs = row_.observation;
    obs.period.reset();
    obs.value.reset();
    obs.status = ObservationStatus{};
    obs.unit_multiplier = 0;
    obs.action = SdmxAction::information;
    row_.deletes = false;
    row_.line = raw.line();
    structure_ = "dataflow";
    std::optional<std::size_t> time_at, value_at, status_at, conf_at, year_start_at;
    for (std::size_t i = 0; i < field_count_; ++i) {
        const Column& col = columns_[i];
        switch (col.kind) {
            case Column::Kind::structure:
                structure_.assign(code(raw, i, nullptr));
                break;
            case Column::Kind::structure_id:
                structure_id_.assign(code(raw, i, nullptr));
                break;
            case Column::Kind::action: {
                const std::string_view a = raw[i];
                if (a.empty() || a == "I") {
                    obs.action = SdmxAction::information;
                } else if (a == "A") {
                    obs.action = SdmxAction::append;
                } else if (a == "R") {
                    obs.action = SdmxAction::replace;
                } else if (a == "D") {
                    row_.deletes = true;
                } else {
                    throw column_error(i, "ACTION is I, A, R or D");
                }
                break;
            }
            case Column::Kind::ignored:
                break;
            case Column::Kind::dimension:
                key_[col.index].assign(code(raw, i, &dimensions_[col.index]));
                break;
            case Column::Kind::time:
                time_at = i;
                break;
            case Column::Kind::measure:
                value_at = i;
                break;
            case Column::Kind::obs_status:
                status_at = i;
                break;
            case Column::Kind::obs_conf:
                conf_at = i;
                break;
            case Column::Kind::year_start:
                year_start_at = i;
                break;
            case Column::Kind::unit_mult: {
                const std::string_view text = code(raw, i, nullptr);
                if (text.empty()) break;
                int m = 0;
                const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), m);
                if (ec != std::errc{} || ptr != text.data() + text.size() || m < -12 || m > 15) {
                    throw column_error(i, "a unit multiplier is a power of ten from -12 to 15");
                }
                obs.unit_multiplier = m;
                break;
            }
            case Column::Kind::attribute:
                obs.attributes[col.index].assign(code(raw, i, &attributes_[col.index]));
                break;
        }
    }
    row_.structure = structure_;
    row_.structure_id = structure_id_;
    row_.key = key_;
    if (status_at || conf_at) {
        ObservationStatus status;
        ObservationStatus conf;
        try {
            if (status_at) status = parse_sdmx_status(code(raw, *status_at, nullptr), {}, array_separator_);
        } catch (const Error& e) {
            throw column_error(*status_at, e.what());
        }
        try {
            if (conf_at) conf = parse_sdmx_status({}, code(raw, *conf_at, nullptr), array_separator_);
        } catch (const Error& e) {
            throw column_error(*conf_at, e.what());
        }
        obs.status = status.with(conf.confidentiality());
    }
    if (time_at) {
        YearStart start = options_.reporting_year_start;
        if (year_start_at && !raw[*year_start_at].empty()) {
            try {
                start = parse_reporting_year_start(code(raw, *year_start_at, nullptr));
            } catch (const ParseError& e) {
                throw column_error(*year_start_at, e.reason());
            }
        }
        const std::string_view text = code(raw, *time_at, nullptr);  // periods are not codes: no names kept
        if (!text.empty()) {
            try {
                obs.period = parse_sdmx_time_period(text, start);
            } catch (const Error& e) {
                const auto* p = dynamic_cast<const ParseError*>(&e);
                throw column_error(*time_at, p != nullptr ? p->reason() : std::string(e.what()));
            }
        } else if (!row_.deletes) {
            throw column_error(*time_at, "no period");
        }
    }
    if (row_.deletes) return;
    const std::string_view text = raw[*value_at];
    if (text.empty() || is_missing_marker(text)) {
        if (!obs.status.is_missing()) {
            obs.status = obs.status.with(text.empty() ? Missing::not_provided : Missing::not_available);
        }
        return;
    }
    if (obs.status.is_missing()) {
        throw column_error(*value_at, "a value, but OBS_STATUS says it is missing (" +
                                          std::string(to_string(obs.status.missing())) + ")");
    }
    try {
        obs.value =
            detail::parse_observation_value(text, separator_ != ',') * detail::power_of_ten(obs.unit_multiplier);
    } catch (const ParseError& e) {
        throw column_error(*value_at, "not a number: " + e.reason());
    } catch (const Error& e) {
        throw column_error(*value_at, e.what());
    }
}

}  // namespace svctrade
