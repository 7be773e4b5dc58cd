// SPDX-License-Identifier: BSL-1.0
#include <svctrade/io/eurostat_tsv.hpp>

#include <istream>

#include <svctrade/error.hpp>
#include <svctrade/io/sdmx_period.hpp>

#include "io/number_text.hpp"
#include "io/row_loop.hpp"

namespace svctrade {
namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    return text;
}

// "2021Q1" and "2021M01" (Eurostat's older codes) -> "2021-Q1", "2021-M01".
std::string sdmx_code(std::string_view text) {
    std::string code(text);
    if (code.size() > 4 && (code[4] == 'Q' || code[4] == 'M' || code[4] == 'S' || code[4] == 'A')) {
        code.insert(4, 1, '-');
    }
    return code;
}

void check_generation(StatusCodes generation) {
    if (generation == StatusCodes::sdmx) {
        throw InvalidArgument(
            "Eurostat TSV flags are Eurostat's: StatusCodes::eurostat (from 27 January 2025) or "
            "StatusCodes::eurostat_before_2025");
    }
}

}  // namespace

EurostatTsvReader::EurostatTsvReader(std::istream& in, std::string source, StatusCodes generation,
                                     EurostatTsvOptions options)
    : options_(std::move(options)) {
    check_generation(generation);
    csv_ = std::make_unique<CsvReader>(in, std::move(source), CsvDialect{'\t'});
    start(generation);
}

EurostatTsvReader::EurostatTsvReader(std::string_view text, std::string source, StatusCodes generation,
                                     EurostatTsvOptions options)
    : options_(std::move(options)) {
    check_generation(generation);
    csv_ = std::make_unique<CsvReader>(text, std::move(source), CsvDialect{'\t'});
    start(generation);
}

EurostatTsvReader::~EurostatTsvReader() = default;

void EurostatTsvReader::start(StatusCodes generation) {
    generation_ = generation;
    const CsvRow* header = csv_->next();
    if (header == nullptr) throw CsvError(csv_->source(), 1, 1, {}, "no header");
    const std::string_view packed = (*header)[0];
    const std::size_t slash = packed.find('\\');
    if (slash == std::string_view::npos) {
        throw header->error(0, "the first header cell packs the dimensions and the time: freq,unit,geo\\TIME_PERIOD");
    }
    const std::string_view time = trim(packed.substr(slash + 1));
    if (time != "TIME_PERIOD" && time != "time") {
        throw header->error(0, "the time dimension after \\ is TIME_PERIOD (or time, in older files)");
    }
    std::string_view dims = packed.substr(0, slash);
    for (;;) {
        const std::size_t comma = dims.find(',');
        const std::string_view id = trim(dims.substr(0, comma));
        if (id.empty()) throw header->error(0, "an empty dimension id in the first header cell");
        dimensions_.push_back(SdmxComponent{std::string(id), {}, {}});
        if (comma == std::string_view::npos) break;
        dims.remove_prefix(comma + 1);
    }
    for (std::size_t i = 1; i < header->size(); ++i) {
        try {
            periods_.push_back(parse_sdmx_time_period(sdmx_code(trim((*header)[i]))));
        } catch (const ParseError& e) {
            throw header->error(i, "not a period: " + e.reason());
        }
    }
    series_.structure_id = options_.structure_id;
    series_.key.assign(dimensions_.size(), std::string());
    series_.observations.assign(periods_.size(), SdmxObservation{});
    for (std::size_t i = 0; i < periods_.size(); ++i) series_.observations[i].period = periods_[i];
}

const SdmxSeries* EurostatTsvReader::next() {
    const CsvRow* raw = detail::next_good_row(*csv_, options_.on_bad_row, broken_, errors_,
                                              [this](const CsvRow& row) { read_row(row); });
    return raw == nullptr ? nullptr : &series_;
}

void EurostatTsvReader::read_row(const CsvRow& raw) {
    if (raw.size() != periods_.size() + 1) {
        const std::string reason = "the row has " + std::to_string(raw.size()) + " cells but the header has " +
                                   std::to_string(periods_.size() + 1);
        if (raw.size() < periods_.size() + 1) throw raw.error_at_end(reason);
        throw raw.error(periods_.size() + 1, reason);
    }
    std::string_view key = raw[0];
    for (std::size_t d = 0; d < dimensions_.size(); ++d) {
        const std::size_t comma = key.find(',');
        if ((comma == std::string_view::npos) != (d + 1 == dimensions_.size())) {
            throw raw.error(0, "the series key has " + std::string(comma == std::string_view::npos ? "fewer" : "more") +
                                   " codes than the " + std::to_string(dimensions_.size()) + " dimensions");
        }
        series_.key[d].assign(trim(key.substr(0, comma)));
        if (comma != std::string_view::npos) key.remove_prefix(comma + 1);
    }
    for (std::size_t i = 0; i < periods_.size(); ++i) {
        SdmxObservation& o = series_.observations[i];
        o.value.reset();
        o.status = ObservationStatus{};
        const std::string_view cell = trim(raw[i + 1]);
        if (cell.empty()) {
            o.status = ObservationStatus::missing(Missing::not_provided);
            continue;
        }
        const bool missing = cell.front() == ':';
        const std::size_t space = cell.find(' ');
        const std::string_view number = missing ? std::string_view{} : cell.substr(0, space);
        const std::string_view flags =
            missing ? trim(cell.substr(1))
                    : (space == std::string_view::npos ? std::string_view{} : trim(cell.substr(space)));
        try {
            o.status = parse_eurostat_flags(flags, generation_);
        } catch (const Error& e) {
            throw raw.error(i + 1, "flags \"" + std::string(flags) + "\": " + e.what());
        }
        if (missing) {
            if (!o.status.is_missing()) o.status = o.status.with(Missing::not_available);
            continue;
        }
        if (o.status.is_missing()) {
            throw raw.error(
                i + 1, "a value, but its flags say it is missing (" + std::string(to_string(o.status.missing())) + ")");
        }
        try {
            o.value = detail::parse_observation_value(number, false);
        } catch (const ParseError& e) {
            throw raw.error(i + 1, "not a number: " + e.reason());
        }
    }
}

namespace {

SdmxDataSet empty_set(const EurostatTsvReader& reader) {
    SdmxDataSet d;
    d.dimensions = reader.dimensions();
    d.time_dimension = SdmxComponent{"TIME_PERIOD", {}, {}};
    return d;
}

SdmxDataSet read_all(EurostatTsvReader& reader) {
    SdmxDataSet d = empty_set(reader);
    while (const SdmxSeries* s = reader.next()) d.series.push_back(*s);
    return d;
}

// read_eurostat_tsv never returns part of a file: a bad row throws whatever the options say.
EurostatTsvOptions with_bad_rows(EurostatTsvOptions options, OnBadRow on_bad_row) {
    options.on_bad_row = on_bad_row;
    return options;
}

}  // namespace

SdmxDataSet read_eurostat_tsv(std::istream& in, std::string source, StatusCodes generation,
                              const EurostatTsvOptions& options) {
    EurostatTsvReader reader(in, std::move(source), generation, with_bad_rows(options, OnBadRow::stop));
    return read_all(reader);
}

SdmxDataSet read_eurostat_tsv(std::string_view text, std::string source, StatusCodes generation,
                              const EurostatTsvOptions& options) {
    EurostatTsvReader reader(text, std::move(source), generation, with_bad_rows(options, OnBadRow::stop));
    return read_all(reader);
}

SdmxReadResult read_eurostat_tsv_collecting(std::istream& in, std::string source, StatusCodes generation,
                                            const EurostatTsvOptions& options) {
    EurostatTsvReader reader(in, std::move(source), generation, with_bad_rows(options, OnBadRow::collect));
    SdmxReadResult result{empty_set(reader), {}};
    try {
        while (const SdmxSeries* s = reader.next()) result.data.series.push_back(*s);
    } catch (const CsvError& e) {  // the text stopped being UTF-8: no later row can be found
        result.errors = reader.errors();
        result.errors.push_back(e);
        return result;
    }
    result.errors = reader.errors();
    return result;
}

}  // namespace svctrade
