// SPDX-License-Identifier: BSL-1.0
#include <svctrade/io/data_set.hpp>

#include <algorithm>
#include <istream>
#include <map>

#include <svctrade/error.hpp>
#include <svctrade/io/sdmx_csv.hpp>
#include <svctrade/money/money.hpp>
#include <svctrade/periods/text.hpp>

namespace svctrade {

std::string SdmxSeries::key_text() const {
    std::string out;
    for (std::size_t i = 0; i < key.size(); ++i) {
        if (i != 0) out += '.';
        out += key[i];
    }
    return out;
}

const SdmxSeries* SdmxDataSet::find(std::span<const std::string_view> key, std::string_view structure_id) const {
    for (const SdmxSeries& s : series) {
        if (!structure_id.empty() && s.structure_id != structure_id) continue;
        if (std::equal(s.key.begin(), s.key.end(), key.begin(), key.end())) return &s;
    }
    return nullptr;
}

const SdmxSeries* SdmxDataSet::find(std::string_view key_text) const {
    for (const SdmxSeries& s : series) {
        if (s.key_text() == key_text) return &s;
    }
    return nullptr;
}

std::optional<std::size_t> SdmxDataSet::attribute_index(std::string_view id) const noexcept {
    for (std::size_t i = 0; i < attributes.size(); ++i) {
        if (attributes[i].id == id) return i;
    }
    return std::nullopt;
}

std::optional<std::size_t> SdmxDataSet::dimension_index(std::string_view id) const noexcept {
    for (std::size_t i = 0; i < dimensions.size(); ++i) {
        if (dimensions[i].id == id) return i;
    }
    return std::nullopt;
}

TimeSeries to_time_series(const SdmxSeries& series, Currency currency) {
    TimeSeries out(currency);
    for (const SdmxObservation& o : series.observations) {
        if (!o.period) {
            throw InvalidArgument("series " + series.key_text() +
                                  ": an observation without a period cannot enter a time series");
        }
        if (out.contains(*o.period) || out.statuses().count(*o.period) != 0) {
            throw InvalidArgument("series " + series.key_text() + ": the period " + to_sdmx(*o.period) +
                                  " is given twice");
        }
        if (o.value) {
            out.insert(*o.period, Money(*o.value, currency), o.status);
        } else {
            out.insert_missing(*o.period, o.status);
        }
    }
    return out;
}

namespace {

// Groups rows into series by structure and key, in order of first appearance.
class Collector {
public:
    void start(const SdmxCsvReader& reader) {
        data_.dimensions = reader.dimensions();
        data_.time_dimension = reader.time_dimension();
        data_.measure = reader.measure();
        data_.attributes = reader.attributes();
    }
    void add(const SdmxCsvRow& row) {
        if (row.deletes) {
            data_.deletions.push_back(SdmxDeletion{std::string(row.structure), std::string(row.structure_id),
                                                   std::vector<std::string>(row.key.begin(), row.key.end()),
                                                   row.observation.period, row.observation.attributes});
            return;
        }
        std::string id;
        id.append(row.structure).push_back('\x1f');
        id.append(row.structure_id);
        for (const std::string& k : row.key) id.append("\x1f").append(k);
        auto [it, fresh] = index_.emplace(std::move(id), data_.series.size());
        if (fresh) {
            data_.series.push_back(SdmxSeries{std::string(row.structure),
                                              std::string(row.structure_id),
                                              std::vector<std::string>(row.key.begin(), row.key.end()),
                                              {}});
        }
        data_.series[it->second].observations.push_back(row.observation);
    }
    SdmxDataSet finish(const SdmxCsvReader& reader) {
        // Names of codes are learnt as rows are read: take the reader's final components.
        data_.dimensions = reader.dimensions();
        data_.time_dimension = reader.time_dimension();
        data_.attributes = reader.attributes();
        return std::move(data_);
    }

private:
    SdmxDataSet data_;
    std::map<std::string, std::size_t> index_;
};

SdmxDataSet read_all(SdmxCsvReader& reader) {
    Collector c;
    c.start(reader);
    while (const SdmxCsvRow* row = reader.next()) c.add(*row);
    return c.finish(reader);
}

// read_sdmx_csv never returns part of a file: a bad row throws whatever the options say.
SdmxCsvOptions stopping(SdmxCsvOptions options) {
    options.on_bad_row = OnBadRow::stop;
    return options;
}

}  // namespace

SdmxDataSet read_sdmx_csv(std::istream& in, std::string source, const SdmxCsvOptions& options) {
    SdmxCsvReader reader(in, std::move(source), stopping(options));
    return read_all(reader);
}

SdmxDataSet read_sdmx_csv(std::string_view text, std::string source, const SdmxCsvOptions& options) {
    SdmxCsvReader reader(text, std::move(source), stopping(options));
    return read_all(reader);
}

SdmxReadResult read_sdmx_csv_collecting(std::istream& in, std::string source, const SdmxCsvOptions& options) {
    SdmxCsvOptions collect = options;
    collect.on_bad_row = OnBadRow::collect;
    SdmxCsvReader reader(in, std::move(source), collect);
    SdmxReadResult result;
    Collector c;
    c.start(reader);
    try {
        while (const SdmxCsvRow* row = reader.next()) c.add(*row);
    } catch (const CsvError& e) {  // the text stopped being CSV: no later row can be found
        result.errors = reader.errors();
        result.errors.push_back(e);
        result.data = c.finish(reader);
        return result;
    }
    result.errors = reader.errors();
    result.data = c.finish(reader);
    return result;
}

}  // namespace svctrade
