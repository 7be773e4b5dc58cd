// SPDX-License-Identifier: BSL-1.0
/// \file
/// A whole CSV text read at once into records and fields (parse_csv()) or into a table with a
/// header row (CsvTable), each field knowing the line and column it starts at. Both are built on
/// the streaming tokenizer of <svctrade/text/csv_reader.hpp>, which large files should use directly.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/export.hpp>
#include <svctrade/text/csv_reader.hpp>

namespace svctrade {

/// One field of a CSV record: its text with the quoting undone, and where it starts.
struct CsvField {
    std::string text;        ///< The content: quotes removed, `""` turned back into `"`.
    std::size_t line = 0;    ///< The 1-based line the field starts on (a quoted field may span lines).
    std::size_t column = 0;  ///< The 1-based column, in characters, of its first character (the quote, if quoted).
    bool quoted = false;     ///< Whether the field was written in double quotes.
};

/// One record (row) of a CSV text.
struct CsvRecord {
    std::size_t line = 0;          ///< The 1-based line the record starts on.
    std::vector<CsvField> fields;  ///< Its fields, in order (at least one).
};

/// Splits a CSV text into records as RFC 4180 describes: fields separated by commas (or the
/// dialect's separator), records by line breaks (CRLF, LF or a lone CR), fields optionally in
/// double quotes, inside which separators, line breaks and doubled quotes `""` are content.
///
/// A UTF-8 byte-order mark at the start is skipped; a line break at the end of the text does not
/// start a record; a line holding nothing at all is skipped (spreadsheets leave them), so every
/// record has at least one field with content or a quoted field.
/// \returns the records in order.
/// \throws CsvError naming the line and column for text that is not UTF-8 (an invalid or
///         overlong sequence, a surrogate, a code point above U+10FFFF), a NUL character, a quote
///         inside an unquoted field, a character after a closing quote other than a comma or a
///         line break, and a quoted field that is never closed.
/// \note Every field becomes a std::string: for large files, read row by row with CsvReader.
[[nodiscard]] SVCTRADE_EXPORT std::vector<CsvRecord> parse_csv(std::string_view text, std::string_view source,
                                                               CsvDialect dialect = {});

/// A CSV text with a header row: named columns, in any order, and the records below it.
///
/// Column names are compared exactly after trimming spaces; columns the reader does not ask for
/// are kept (find() still answers for them) and simply not used.
class SVCTRADE_EXPORT CsvTable {
public:
    /// Reads `text` written in `dialect` (see parse_csv()); its first record is the header.
    /// \throws CsvError as parse_csv() does, for a text without a header, an empty or repeated
    ///         column name, or a record whose field count differs from the header's (naming the
    ///         record's line and the first missing or extra field).
    CsvTable(std::string_view text, std::string source, CsvDialect dialect = {});

    /// \returns the name the errors give for the text (a file name).
    [[nodiscard]] const std::string& source() const noexcept { return source_; }
    /// \returns the header's column names, in file order.
    [[nodiscard]] const std::vector<std::string>& columns() const noexcept { return columns_; }
    /// \returns the records below the header, in order.
    [[nodiscard]] const std::vector<CsvRecord>& rows() const noexcept { return rows_; }
    /// \returns the 0-based index of the column `name`, or no value when the header lacks it.
    [[nodiscard]] std::optional<std::size_t> find(std::string_view name) const noexcept;
    /// \returns the 0-based index of the column `name`.
    /// \throws CsvError at the header's line when the header has no such column.
    [[nodiscard]] std::size_t require(std::string_view name) const;
    /// \returns the line of the header record (1 unless blank lines precede it).
    [[nodiscard]] std::size_t header_line() const noexcept { return header_line_; }

    /// \returns a CsvError for the field `column` of `row` (its line and column), whose reason is
    ///          `column "<name>": <reason>`, for readers that reject a value.
    [[nodiscard]] CsvError error(const CsvRecord& row, std::size_t column, std::string_view reason) const;

private:
    std::string source_;
    std::vector<std::string> columns_;
    std::vector<CsvRecord> rows_;
    std::size_t header_line_ = 1;
};

}  // namespace svctrade
