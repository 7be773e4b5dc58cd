// SPDX-License-Identifier: BSL-1.0
// The one place where the columns of a tidy file are found and their values checked, shared by
// TidyReader (observations with Decimal values and Periods) and the panel readers (doubles or
// integer units and months). Each accessor throws the CsvError of its field; each keeps the last
// text it read with its answer, because tidy files repeat keys row after row.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/categories/category.hpp>
#include <svctrade/categories/flow.hpp>
#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/panels/month_index.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/status/observation_status.hpp>
#include <svctrade/text/csv_reader.hpp>

namespace svctrade::detail {

inline constexpr std::size_t no_column = static_cast<std::size_t>(-1);

// Refuses a layout of observations that declares a column of panel results (reason,
// months_held): InvalidArgument.
void refuse_result_columns(const TidyLayout& layout);
// Checks a layout of panel results (write_tidy_result()): period, value, reason, reporter and
// item columns, no partner, no currency or magnitude. InvalidArgument naming what is wrong.
void check_result_layout(const TidyLayout& layout);

// Checks a layout of a panel's observations (read_tidy_panel(), write_tidy_panel()): as
// check_layout(), with reporter, item and flow columns (the panel's keys) and no partner column.
// InvalidArgument naming what is wrong.
void check_panel_layout(const TidyLayout& layout);

// What a decoder reads: observations (check_layout(), no result columns) or panel results
// (check_result_layout()).
enum class TidyRows : std::uint8_t { observations, results };

class TidyDecoder {
public:
    TidyDecoder(std::istream& in, std::string source, TidyLayout layout, TidyRows rows = TidyRows::observations);
    TidyDecoder(std::string_view text, std::string source, TidyLayout layout, TidyRows rows = TidyRows::observations);
    // A decoder of `part`, a part of the file whose start `header` decodes (its header read),
    // cut at a record's start on line `first_line`: the same columns, no header of its own.
    TidyDecoder(std::string_view part, const TidyDecoder& header, std::size_t first_line);

    // The next record, or nullptr at the end.
    const CsvRow* next_record();
    // Refuses a record with more or fewer fields than the header.
    void check_fields(const CsvRow& row) const;

    [[nodiscard]] const TidyLayout& layout() const noexcept { return layout_; }
    // The number of fields the header has, and every record must have.
    [[nodiscard]] std::size_t field_count() const noexcept { return field_count_; }
    [[nodiscard]] const std::string& source() const noexcept { return csv_.source(); }

    std::size_t reporter_column = no_column;
    std::size_t partner_column = no_column;
    std::size_t item_column = no_column;
    std::size_t flow_column = no_column;
    std::size_t period_column = no_column;
    std::size_t value_column = no_column;
    std::size_t currency_column = no_column;
    std::size_t magnitude_column = no_column;
    std::size_t status_column = no_column;
    std::size_t reason_column = no_column;
    std::size_t months_held_column = no_column;

    [[nodiscard]] std::string_view reporter(const CsvRow& row) const;
    [[nodiscard]] std::string_view partner(const CsvRow& row) const;
    [[nodiscard]] std::optional<Category> item(const CsvRow& row);
    [[nodiscard]] std::optional<Flow> flow(const CsvRow& row) const;
    [[nodiscard]] Period period(const CsvRow& row);
    // The period as a panel month; a period of another kind is refused.
    [[nodiscard]] MonthIndex month(const CsvRow& row);
    [[nodiscard]] std::optional<Decimal> value(const CsvRow& row) const;
    // The fast path: the same grammar as Decimal::parse, read into the nearest double.
    [[nodiscard]] std::optional<double> value_double(const CsvRow& row) const;
    // The exact path: the number as units of 10^-scale; more places than `scale` are refused
    // unless they are zeros, and so is a magnitude above `max_units`.
    [[nodiscard]] std::optional<std::int64_t> value_units(const CsvRow& row, int scale, std::int64_t max_units) const;
    [[nodiscard]] Currency currency(const CsvRow& row);
    [[nodiscard]] int magnitude(const CsvRow& row);
    // The status; `has_value` says whether the value cell holds a number. An empty value makes
    // the status missing (not provided unless the column gives the reason); a value under a
    // missing status is refused.
    [[nodiscard]] ObservationStatus status(const CsvRow& row, bool has_value);
    // The status column as written (read_status()), whatever the value: a plain normal value
    // for an empty cell or a layout without a status column.
    [[nodiscard]] ObservationStatus raw_status(const CsvRow& row);

    // An error at `column` of `row`, worded `column "<name>": <reason>`.
    [[nodiscard]] CsvError error(const CsvRow& row, std::size_t column, std::string_view reason) const;

private:
    void read_header();
    [[nodiscard]] std::string_view required(const CsvRow& row, std::size_t column) const;
    [[nodiscard]] const std::string& name_of(std::size_t column) const;

    TidyLayout layout_;
    CsvReader csv_;
    std::size_t field_count_ = 0;
    std::vector<std::string> header_;
    const Classification* names_ = nullptr;

    std::string last_item_text_;
    std::optional<Category> last_item_;
    std::string last_period_text_;
    std::optional<Period> last_period_;
    std::string last_currency_text_;
    std::optional<Currency> last_currency_;
    std::string last_magnitude_text_;
    int last_magnitude_ = 0;
    bool have_magnitude_ = false;
    std::string last_status_text_;
    ObservationStatus last_status_;
    bool have_status_ = false;
};

}  // namespace svctrade::detail
