// SPDX-License-Identifier: BSL-1.0
/// \file
/// The TIME_PERIOD of SDMX data files, both ways: every reporting-period code (`2021`, `2021-A1`,
/// `2021-S1`, `2021-Q2`, `2021-M06`, `2021-06`, `2021-06-30`) and the ISO 8601 intervals SDMX
/// allows (`2021-01-01/P6M`, `2021-01-01/2021-06-30`, `2021-01/2021-06`).
#pragma once

#include <string>
#include <string_view>

#include <svctrade/export.hpp>
#include <svctrade/periods/period.hpp>

namespace svctrade {

/// Reads an SDMX TIME_PERIOD value.
///
/// The reporting-period codes are read by parse_sdmx() (`A`, `S` and `Q` codes relative to
/// `reporting_year_start`, SDMX's REPORTING_YEAR_START_DAY). SDMX's other reporting periods have
/// no period kind of their own in svctrade and become the days they cover: a week `2021-W01` (ISO
/// 8601, calendar years only) the range of its seven days, a trimester `2021-T1` the range of its
/// four months, a reporting day `2021-D032` that day of the reporting year. An interval is a start
/// and a duration (`2021-01-01/P6M`: the range 2021-01-01..2021-06-30; durations in years, months,
/// weeks and days, `P1Y6M`, `P10D`, a start time of midnight `T00:00:00` allowed) or two periods
/// (`2021-01-01/2021-06-30`, `2021-01/2021-06`: from the first day of the first to the last day of
/// the second). An interval is always a range: its kind is not guessed.
/// \returns the period.
/// \throws ParseError naming the offending part: an unknown code, week 54, trimester 4, a
///         duration of hours, a zero duration, an interval ending before it starts.
[[nodiscard]] SVCTRADE_EXPORT Period parse_sdmx_time_period(std::string_view text, YearStart reporting_year_start = {});

/// \returns the TIME_PERIOD text of `period`: its reporting-period code (to_sdmx()) for a day,
///          month, quarter, half-year or year, and a start and duration for a range or a
///          year-to-date (`2021-01-01/P6M`; whole years as `P1Y`, whole months as `P6M`, else days
///          `P10D`), which parse_sdmx_time_period() reads back as a range with the same dates.
/// \note A fiscal quarter, half or year is written relative to its year start (`2021-Q1`): the
///       start goes in REPORTING_YEAR_START_DAY (sdmx_reporting_year_start()).
[[nodiscard]] SVCTRADE_EXPORT std::string to_sdmx_time_period(const Period& period);

/// Reads SDMX's REPORTING_YEAR_START_DAY, an XML gMonthDay (`--04-01`).
/// \returns the year start; January for an empty text.
/// \throws ParseError for text that is not `--MM-DD` or a day other than the first of a month
///         (svctrade's years start on the first of a month).
[[nodiscard]] SVCTRADE_EXPORT YearStart parse_reporting_year_start(std::string_view text);

/// \returns the REPORTING_YEAR_START_DAY text of `start`: `--04-01`.
[[nodiscard]] SVCTRADE_EXPORT std::string sdmx_reporting_year_start(YearStart start);

}  // namespace svctrade
