// SPDX-License-Identifier: BSL-1.0
/// \file
/// Periods as text, both ways: SDMX/ISO 8601 codes, English and Chinese.
///
/// | kind | SDMX / ISO | English | Chinese |
/// |---|---|---|---|
/// | day | `2021-06-30` | `30 June 2021` | `2021年6月30日` |
/// | month | `2021-M06` (parses `2021-06` too) | `June 2021` | `2021年6月` |
/// | quarter | `2021-Q2` | `Q2 2021` | `2021年第二季度` |
/// | half-year | `2021-S1` | `H1 2021` | `2021年上半年` |
/// | year | `2021` (parses `2021-A1` too) | `2021` | `2021年` |
/// | year-to-date | none | `January-June 2021`, `January 2021 (year to date)` | `2021年1-6月`, `2021年1月（累计）` |
/// | range | `2020-08-01/2021-06-30` | `1 August 2020 to 30 June 2021` | `2020年8月1日至2021年6月30日` |
/// | fiscal quarter | `2021-Q1` + year start | `Q1 FY2021/22 (from April)` | `2021/22财年（4月起）第一季度` |
/// | fiscal half-year | `2021-S2` + year start | `H2 FY2021/22 (from July)` | `2021/22财年（7月起）下半年` |
/// | fiscal year | `2021-A1` + year start | `FY2021/22 (from April)` | `2021/22财年（4月起）` |
/// | fiscal year-to-date | none | `April 2021-February 2022`, `April-June 2021` | `2021年4月-2022年2月`, `2021年4-6月`
/// |
///
/// Every form except SDMX for year-to-date round-trips: `parse_english(to_english(p)) == p`, and
/// `parse_sdmx(to_sdmx(p), p.year_start()) == p` (SDMX carries a fiscal year's start outside the
/// code, in the REPORTING_YEAR_START_DAY attribute). `to_iso_interval` writes any period's dates
/// but not its kind: it parses back as a range.
///
/// Open phrases ("since August 2020", "2020年8月以来") end at an as-of date that the caller must
/// give: the library never reads the clock.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/export.hpp>
#include <svctrade/periods/period.hpp>

namespace svctrade {

/// The text forms of a period.
enum class PeriodTextForm : std::uint8_t {
    sdmx,     ///< SDMX reporting-period codes and ISO 8601 dates and intervals.
    english,  ///< English phrases: "H1 2021", "January-June 2021".
    chinese,  ///< Chinese phrases as in Chinese statistical releases: "2021年上半年", "2021年1-6月".
    /// The UK government's reference intervals as ONS and GSS files write them: `year/2017`,
    /// `quarter/2017-Q1`, `government-year/2017-2018` (see parse_uk_reference()).
    uk_reference,
};

/// Options for parse_period().
struct PeriodParseOptions {
    /// The last day of open phrases such as "since August 2020"; without it they are rejected.
    std::optional<boost::gregorian::date> as_of{};
    /// For SDMX: the start of the reporting year that `A`, `S` and `Q` codes refer to
    /// (SDMX's REPORTING_YEAR_START_DAY); January for calendar years.
    YearStart reporting_year_start{};
};

/// \returns true if `form` can write every period of kind `kind` so that it parses back equal:
/// false for year-to-date in SDMX, which has no code for it, and in the UK reference form for
/// every kind but days and months (it has no identifier for a range, a year-to-date, or a fiscal
/// year, half or quarter of a year that does not start in April).
[[nodiscard]] SVCTRADE_EXPORT bool round_trips(PeriodKind kind, PeriodTextForm form) noexcept;

/// \returns the SDMX/ISO code of `period`: `2021`, `2021-S1`, `2021-Q2`, `2021-M06`,
/// `2021-06-30` or `2021-01-01/2021-06-30`. A fiscal year, half or quarter gets the reporting-period
/// code relative to its year start (`Period::quarter(2021, 1, YearStart::april())` is `2021-Q1`).
/// \throws InvalidArgument for a year-to-date: SDMX has no code for it (see to_iso_interval()).
[[nodiscard]] SVCTRADE_EXPORT std::string to_sdmx(const Period& period);
/// \returns the English name of `period` ("Q2 2021", "January-June 2021", "FY2021/22 (from April)").
[[nodiscard]] SVCTRADE_EXPORT std::string to_english(const Period& period);
/// \returns the Chinese name of `period` ("2021年第二季度", "2021年1-6月", "2021/22财年（4月起）").
[[nodiscard]] SVCTRADE_EXPORT std::string to_chinese(const Period& period);
/// \returns the UK reference-interval path of `period`: `year/2021`, `half/2021-H1`,
/// `quarter/2021-Q2`, `month/2021-06`, `day/2021-06-30`; for the fiscal year from April,
/// `government-year/2021-2022`, `government-half/2021-2022/H1`, `government-quarter/2021-2022/Q1`.
/// \throws InvalidArgument for a range, a year-to-date and a fiscal period of a year that does not
///         start in April: the reference intervals have no identifier for them.
[[nodiscard]] SVCTRADE_EXPORT std::string to_uk_reference(const Period& period);
/// \returns `period` in the text form `form`.
/// \throws InvalidArgument for a year-to-date in SDMX, and as to_uk_reference() in that form.
[[nodiscard]] SVCTRADE_EXPORT std::string to_text(const Period& period, PeriodTextForm form);
/// \returns the ISO 8601 interval of the period's dates, `2021-01-01/2021-06-30`, for any kind.
/// \note The kind is lost: the text parses back as a range with the same dates.
[[nodiscard]] SVCTRADE_EXPORT std::string to_iso_interval(const Period& period);

/// Parses an SDMX/ISO code: `2021`, `2021-A1`, `2021-S1`, `2021-Q2`, `2021-M06`, `2021-06`,
/// `2021-06-30` or an interval of two dates `2021-01-01/2021-06-30`.
/// `reporting_year_start` makes `A`, `S` and `Q` codes fiscal; a bare `2021` is always the calendar
/// year, and days and months are always calendar ones.
/// \throws ParseError naming the offending part: `2021-Q5`, `2021-M13`, `2021-02-30`, an interval
/// ending before it starts, a month code with a non-January reporting year start.
[[nodiscard]] SVCTRADE_EXPORT Period parse_sdmx(std::string_view text, YearStart reporting_year_start = {});
/// Parses an English phrase (the forms of to_english(), month names in any case, three-letter
/// abbreviations, "-" or "–" between months), plus the open phrases "since August 2020" and
/// "since 1 August 2020", which end at `as_of`.
/// \throws ParseError naming the offending part (an unknown word, quarter 5, 30 February…), or
/// for an open phrase without `as_of` or with `as_of` before its start.
[[nodiscard]] SVCTRADE_EXPORT Period parse_english(std::string_view text,
                                                   std::optional<boost::gregorian::date> as_of = {});
/// Parses a Chinese phrase (the forms of to_chinese(), quarters as 第二季度, 第2季度 or 二季度,
/// "2021年6月累计" for January-June), plus the open phrases "2020年8月以来", "自2020年8月以来" and
/// "2020年8月1日以来", which end at `as_of`.
/// \throws ParseError naming the offending part, or for an open phrase without a usable `as_of`.
[[nodiscard]] SVCTRADE_EXPORT Period parse_chinese(std::string_view text,
                                                   std::optional<boost::gregorian::date> as_of = {});
/// Parses a UK reference interval (the data.gov.uk reference interval service), whole
/// (`http://reference.data.gov.uk/id/year/2017`) or as its path (`year/2017`): `year/YYYY`,
/// `half/YYYY-H1`, `quarter/YYYY-Q1`, `month/YYYY-MM`, `day/YYYY-MM-DD`, and the fiscal year from
/// April: `government-year/YYYY-YYYY` (1 April to 31 March), `government-half/YYYY-YYYY/H1`,
/// `government-quarter/YYYY-YYYY/Q1`.
/// \throws ParseError naming the offending part: a type svctrade does not read (`week/…`,
///         `gregorian-interval/…`), quarter 5, 30 February, a government year whose second year
///         is not the next one.
[[nodiscard]] SVCTRADE_EXPORT Period parse_uk_reference(std::string_view text);
/// Parses `text` in the form `form` with `options` (the UK reference form takes none).
/// \throws ParseError as parse_sdmx(), parse_english(), parse_chinese() and parse_uk_reference() do.
[[nodiscard]] SVCTRADE_EXPORT Period parse_period(std::string_view text, PeriodTextForm form,
                                                  const PeriodParseOptions& options = {});

}  // namespace svctrade
