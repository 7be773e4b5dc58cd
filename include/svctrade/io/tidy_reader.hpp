// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::TidyReader: the observations of a tidy CSV file, one row at a time, in memory that does
/// not grow with the file, each value checked and each rejection a CsvError at its line and column.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/categories/category.hpp>
#include <svctrade/categories/flow.hpp>
#include <svctrade/export.hpp>
#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/status/observation_status.hpp>
#include <svctrade/text/csv_reader.hpp>

namespace svctrade {

namespace detail {
class TidyDecoder;
}  // namespace detail

/// One observation of a tidy file, as the layout reads it. A column the layout does not declare
/// leaves its member empty (the reporter, the partner, the item, the flow).
struct TidyObservation {
    std::string_view reporter;     ///< The reporter, as written (a view valid until the reader moves on).
    std::string_view partner;      ///< The partner, as written (a view valid until the reader moves on).
    std::optional<Category> item;  ///< The service.
    std::optional<Flow> flow;      ///< The flow.
    Period period;                 ///< The period.
    /// The value as written (its scale kept: `34.30` stays 34.30), in units of 10^magnitude of the
    /// currency; no value for an empty cell: missing, never zero, with the reason in `status`.
    std::optional<Decimal> value;
    Currency currency;         ///< The value's currency.
    int magnitude = 0;         ///< The power of ten the value is in (8: 100 million); never applied.
    ObservationStatus status;  ///< The status; missing (not provided unless the column says why) when `value` is empty.
    std::size_t line = 0;      ///< The 1-based line the row starts on.
};

/// Reads a tidy CSV file row by row: the header first (the layout's columns must all be there;
/// other columns are ignored), then one TidyObservation per record.
///
/// Each value is checked: an item that is no EBOPS 2010 code (or no name of one category), a
/// flow, period, number, currency, magnitude or status that does not read, a value in a row whose
/// status says it is missing, an empty key, a record with more or fewer fields than the header —
/// each is a CsvError naming the file, the line, the column and the offending text. With
/// OnBadRow::collect the reader skips such rows and keeps their errors (errors()); a text that is
/// not CSV (a quote never closed, bytes that are not UTF-8) stops it either way, as no reader can
/// tell where the broken record ends.
/// \code
/// std::ifstream file("trade.csv", std::ios::binary);
/// TidyReader reader(file, "trade.csv", layout);
/// while (const TidyObservation* row = reader.next()) {
///     if (row->value) total += *row->value;
/// }
/// \endcode
class SVCTRADE_EXPORT TidyReader {
public:
    /// A reader of the stream `in` (opened in binary mode), named `source` in errors.
    /// \throws InvalidArgument as check_layout(); CsvError for a header that lacks a declared
    ///         column or repeats one; Error when the stream fails.
    TidyReader(std::istream& in, std::string source, TidyLayout layout, OnBadRow on_bad_row = OnBadRow::stop);
    /// A reader of the bytes `text`, which must outlive the reader.
    /// \throws as the stream constructor.
    TidyReader(std::string_view text, std::string source, TidyLayout layout, OnBadRow on_bad_row = OnBadRow::stop);
    /// Out of line: the reader owns its tokenizer.
    ~TidyReader();
    /// Not copyable: a row refers to the reader's buffer.
    TidyReader(const TidyReader&) = delete;
    /// Not copyable: a row refers to the reader's buffer.
    TidyReader& operator=(const TidyReader&) = delete;

    /// Moves to the next observation.
    /// \returns the observation, valid until the next call, or nullptr at the end of the file.
    /// \throws CsvError for a row the layout rejects (unless collecting) and for text that is not
    ///         CSV; Error when the stream fails.
    [[nodiscard]] const TidyObservation* next();

    /// \returns the rejected rows' errors, in file order (always empty with OnBadRow::stop).
    [[nodiscard]] const std::vector<CsvError>& errors() const noexcept { return errors_; }
    /// \returns the layout.
    [[nodiscard]] const TidyLayout& layout() const noexcept;
    /// \returns the name errors give for the file.
    [[nodiscard]] const std::string& source() const noexcept;

private:
    std::unique_ptr<detail::TidyDecoder> decoder_;
    std::optional<TidyObservation> row_;
    std::vector<CsvError> errors_;
    OnBadRow on_bad_row_;
};

}  // namespace svctrade
