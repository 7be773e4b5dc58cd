// SPDX-License-Identifier: BSL-1.0
/// \file
/// The layout of a tidy CSV file, one observation per row, as the caller declares it: which column
/// holds the reporter, partner, item, flow, period, value, currency, magnitude and status, how the
/// item and the period are written, and the currency and magnitude when no column holds them.
/// svctrade reads nothing it was not told: a column not declared is ignored, a unit or magnitude
/// not declared is an error, never a guess.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <svctrade/categories/classification.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/periods/text.hpp>
#include <svctrade/status/observation_status.hpp>
#include <svctrade/status/status_codes.hpp>
#include <svctrade/text/csv_reader.hpp>

namespace svctrade {

/// The names of the columns of a tidy CSV file, as its header writes them (compared after
/// trimming spaces). An empty name: the file has no such column.
struct TidyColumns {
    std::string reporter;   ///< Who reports the figure: a country, a city, a statistics office.
    std::string partner;    ///< The counterpart area (bilateral data); empty for a world total.
    std::string item;       ///< The service: an EBOPS 2010 code or a name (see TidyLayout::item_form).
    std::string flow;       ///< `exports`, `imports`, `total` or `balance` (to_string(Flow)).
    std::string period;     ///< The period, in TidyLayout::period_form. Required.
    std::string value;      ///< The number, as Decimal::parse() reads it; empty when missing. Required.
    std::string currency;   ///< The ISO 4217 code of the value's currency.
    std::string magnitude;  ///< The power of ten the value is in (SDMX UNIT_MULT: 6 for millions).
    std::string status;     ///< The observation's status in TidyLayout::status_codes (read_status()).
    /// Why a panel result's cell has no answer: a Reason's name (`zero_base`), empty for an
    /// answer. Panel results only (write_tidy_result()); required there, refused elsewhere.
    std::string reason;
    /// How many months a roll-up cell holds (BasicPanelResult::months_held()). Roll-up results
    /// only: required there, refused elsewhere.
    std::string months_held;
};

/// How a tidy file writes its items.
enum class ItemForm : std::uint8_t {
    code,  ///< EBOPS 2010 codes as EBOPS spells them (`SI2`), looked up by Category::from_code().
    name,  ///< Codes, English or Chinese names or aliases, resolved by a Classification to one category.
};

/// What a reader does with a row whose values it rejects.
enum class OnBadRow : std::uint8_t {
    stop,     ///< Throw the row's CsvError: nothing is returned from a file with a bad row.
    collect,  ///< Skip the row and keep its CsvError: the good rows are returned with the bad ones listed.
};

/// A word a file writes in its status column instead of a code, and the status it stands for:
/// ONS marks a withheld cell `suppressed` (ObservationStatus::missing(Missing::suppressed)).
struct StatusMarker {
    std::string text;          ///< The word, as the column writes it (compared exactly).
    ObservationStatus status;  ///< What it says.
};

/// A tidy CSV file's layout: its columns and how their values are written.
///
/// The period and value columns are required. The currency is either a column or stated in
/// `currency`, and so is the magnitude: exactly one of the two for each, or the reader refuses the
/// layout. A file whose numbers are in 100 million yuan states magnitude 8 and currency CNY.
struct TidyLayout {
    /// The columns.
    TidyColumns columns;
    /// How the item column writes the service.
    ItemForm item_form = ItemForm::code;
    /// The names ItemForm::name resolves against; null for the built-in ones (EBOPS 2010 names,
    /// aggregates, the alias table). Must outlive the readers and writers using the layout.
    const Classification* names = nullptr;
    /// How the period column writes periods (SDMX codes by default).
    PeriodTextForm period_form = PeriodTextForm::sdmx;
    /// The options for reading periods: the start of a fiscal reporting year, the as-of date of
    /// open phrases.
    PeriodParseOptions period_options{};
    /// The codes of the status column.
    StatusCodes status_codes = StatusCodes::sdmx;
    /// Words of the status column that are read as their status before `status_codes` is tried,
    /// and written for exactly that status (so a file read writes back the same words).
    std::vector<StatusMarker> status_markers;
    /// The currency of every value when the file has no currency column.
    std::optional<Currency> currency;
    /// The magnitude (a power of ten, −30 to 30) of every value when the file has no magnitude column.
    std::optional<int> magnitude;
    /// The separator and line break; `comment` to skip note lines such as `# source: …`.
    CsvDialect dialect{};
};

/// Checks that `layout` can be read and written: a period and a value column, the currency and
/// the magnitude each given exactly once (a column or a stated value), a stated magnitude within
/// −30…30, no column name used twice; status markers only with a status column, none empty, no
/// word or status given twice (a status with two words could not be written back as read).
/// \throws InvalidArgument naming what is missing or given twice.
SVCTRADE_EXPORT void check_layout(const TidyLayout& layout);

}  // namespace svctrade
