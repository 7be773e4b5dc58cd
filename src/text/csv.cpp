// SPDX-License-Identifier: BSL-1.0
// The whole-text conveniences over CsvReader: records as strings, and a table with a header.
#include <svctrade/text/csv.hpp>

#include <iterator>
#include <string>
#include <utility>

namespace svctrade {

namespace {

std::string_view trimmed(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace

std::vector<CsvRecord> parse_csv(std::string_view text, std::string_view source, CsvDialect dialect) {
    std::vector<CsvRecord> records;
    CsvReader reader(text, std::string(source), dialect);
    while (const CsvRow* row = reader.next()) {
        CsvRecord r;
        r.line = row->line();
        r.fields.reserve(row->size());
        for (std::size_t i = 0; i < row->size(); ++i) {
            r.fields.push_back(CsvField{std::string((*row)[i]), row->line(i), row->column(i), row->quoted(i)});
        }
        records.push_back(std::move(r));
    }
    return records;
}

CsvTable::CsvTable(std::string_view text, std::string source, CsvDialect dialect) : source_(std::move(source)) {
    std::vector<CsvRecord> records = parse_csv(text, source_, dialect);
    if (records.empty())
        throw CsvError(source_, 1, 1, "", "the file is empty: a header row naming the columns is needed");
    const CsvRecord& header = records.front();
    header_line_ = header.line;
    for (const CsvField& f : header.fields) {
        const std::string_view name = trimmed(f.text);
        if (name.empty()) throw CsvError(source_, f.line, f.column, f.text, "a column of the header has no name");
        for (const std::string& seen : columns_) {
            if (seen == name) {
                throw CsvError(source_, f.line, f.column, f.text,
                               "the header names the column \"" + std::string(name) + "\" twice");
            }
        }
        columns_.emplace_back(name);
    }
    rows_.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
    for (const CsvRecord& r : rows_) {
        if (r.fields.size() < columns_.size()) {
            const CsvField& last = r.fields.back();
            throw CsvError(source_, r.line, last.column, last.text,
                           "the row has " + std::to_string(r.fields.size()) + " fields but the header has " +
                               std::to_string(columns_.size()) + ": column \"" + columns_[r.fields.size()] +
                               "\" is missing");
        }
        if (r.fields.size() > columns_.size()) {
            const CsvField& extra = r.fields[columns_.size()];
            throw CsvError(source_, extra.line, extra.column, extra.text,
                           "the row has " + std::to_string(r.fields.size()) + " fields but the header has " +
                               std::to_string(columns_.size()) + " (a comma in a value needs quotes)");
        }
    }
}

std::optional<std::size_t> CsvTable::find(std::string_view name) const noexcept {
    for (std::size_t i = 0; i < columns_.size(); ++i)
        if (columns_[i] == name) return i;
    return std::nullopt;
}

std::size_t CsvTable::require(std::string_view name) const {
    if (const auto i = find(name)) return *i;
    throw CsvError(source_, header_line_, 1, "",
                   "the header has no column \"" + std::string(name) + "\", which is required");
}

CsvError CsvTable::error(const CsvRecord& row, std::size_t column, std::string_view reason) const {
    const CsvField& f = row.fields.at(column);
    return CsvError(source_, f.line, f.column, f.text,
                    "column \"" + columns_.at(column) + "\": " + std::string(reason));
}

}  // namespace svctrade
