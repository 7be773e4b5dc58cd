// SPDX-License-Identifier: BSL-1.0
/// \file
/// The words of the periods module, without Boost: what a period is (PeriodKind), the month its
/// year starts in (YearStart), and what months roll up into (RollUpTarget, with PartialSums saying
/// what a target period with a missing month is).
///
/// One vocabulary for every roll-up of months: roll_up() of a list of months, TimeSeries::roll_up()
/// and TimeSeries::roll_up_series() take a RollUpTarget (and a YearStart for fiscal years), never a
/// PeriodKind, so a day, a month or a range — which months cannot be summed into — does not
/// compile as a target. Modules that only name these words (the panels) include this header
/// instead of `<svctrade/periods/period.hpp>` and do not pull Boost in.
#pragma once

#include <compare>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

#include <svctrade/error.hpp>
#include <svctrade/export.hpp>

namespace svctrade {

/// The month a year starts in: January for calendar years, another month for fiscal years
/// (April, July and October are in common use).
/// \note A fiscal year is labelled by the calendar year it starts in: with an April start, fiscal
/// year 2021 runs from 1 April 2021 to 31 March 2022 and its text names both years ("FY2021/22").
class YearStart {
public:
    /// The calendar year: January.
    constexpr YearStart() noexcept = default;
    /// A year starting in `month` (1 = January … 12 = December).
    /// \throws InvalidPeriod if `month` is not in 1..12.
    constexpr explicit YearStart(unsigned month) : month_(checked(month)) {}

    /// \returns the calendar year's start, January.
    [[nodiscard]] static constexpr YearStart calendar() noexcept { return YearStart{}; }
    /// \returns a fiscal year starting in April (e.g. India, Japan, the United Kingdom).
    [[nodiscard]] static constexpr YearStart april() noexcept { return YearStart{4, 0}; }
    /// \returns a fiscal year starting in July (e.g. Australia, Pakistan).
    [[nodiscard]] static constexpr YearStart july() noexcept { return YearStart{7, 0}; }
    /// \returns a fiscal year starting in October (e.g. the United States federal government).
    [[nodiscard]] static constexpr YearStart october() noexcept { return YearStart{10, 0}; }

    /// \returns the first month of the year, 1..12.
    [[nodiscard]] constexpr unsigned month() const noexcept { return month_; }
    /// \returns true for a calendar year (January start).
    [[nodiscard]] constexpr bool is_calendar() const noexcept { return month_ == 1; }

    /// Year starts compare by their month.
    friend constexpr auto operator<=>(const YearStart&, const YearStart&) = default;

private:
    friend class Period;  // rebuilds a year start it validated when it was made
    constexpr YearStart(unsigned month, int /*trusted*/) noexcept : month_(static_cast<std::uint8_t>(month)) {}
    static constexpr std::uint8_t checked(unsigned month) {
        if (month < 1 || month > 12) {
            throw InvalidPeriod("a year cannot start in month " + std::to_string(month) + ": months are 1..12");
        }
        return static_cast<std::uint8_t>(month);
    }
    std::uint8_t month_ = 1;
};

/// What a Period is; part of its value.
enum class PeriodKind : std::uint8_t {
    day,           ///< One day.
    month,         ///< One calendar month.
    quarter,       ///< Three months: a quarter of a calendar or fiscal year.
    half_year,     ///< Six months: a half of a calendar or fiscal year.
    year,          ///< Twelve months: a calendar or fiscal year.
    year_to_date,  ///< The first 1..12 months of a calendar or fiscal year, cumulated ("1-6月").
    range,         ///< Any closed range of days, e.g. "since August 2020" up to a date.
};

/// \returns the kind's name in English: "day", "month", "quarter", "half-year", "year",
/// "year-to-date" or "range".
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(PeriodKind kind) noexcept;
/// Writes to_string(kind): "half-year".
SVCTRADE_EXPORT std::ostream& operator<<(std::ostream& os, PeriodKind kind);

/// What a roll-up sums months into: a quarter, a half-year, a year or a year-to-date, of calendar
/// years or (with a YearStart) fiscal ones.
/// \note Not a PeriodKind on purpose: a day or a range is not made of whole months and a month
///       is what is being summed, so none of them is a target, and no conversion from PeriodKind
///       exists (`roll_up(months, PeriodKind::day)` does not compile). to_period_kind() gives the
///       kind of the periods a roll-up yields.
enum class RollUpTarget : std::uint8_t {
    quarter,       ///< Quarters: three months of a calendar or fiscal year.
    half_year,     ///< Halves: six months of a calendar or fiscal year.
    year,          ///< Years: twelve months, calendar or fiscal.
    year_to_date,  ///< For every month M, the year's first month through M ("1-M月", cumulative).
};

/// What a roll-up gives for a target period of which some months are missing.
/// \note The numeric values are stable (0, 1): the panels store them.
enum class PartialSums : std::uint8_t {
    refuse,  ///< The period is missing (Reason::missing): never understate a total. The default.
    allow,   ///< The period is the sum of the months it holds, if it holds at least one; the result
             ///< says how many it holds (RolledValue::months_present, PanelResult::months_held()).
};

/// \returns the kind of the periods a roll-up into `target` yields: PeriodKind::quarter,
///          half_year, year or year_to_date.
/// \throws InvalidArgument for a value that is none of RollUpTarget's enumerators (only a cast
///         from an integer makes one).
[[nodiscard]] constexpr PeriodKind to_period_kind(RollUpTarget target) {
    switch (target) {
        case RollUpTarget::quarter:
            return PeriodKind::quarter;
        case RollUpTarget::half_year:
            return PeriodKind::half_year;
        case RollUpTarget::year:
            return PeriodKind::year;
        case RollUpTarget::year_to_date:
            return PeriodKind::year_to_date;
    }
    throw InvalidArgument("unknown roll-up target " + std::to_string(static_cast<unsigned>(target)) +
                          ": the targets are quarter, half-year, year and year-to-date");
}

/// \returns the target's name in English, as PeriodKind's: "quarter", "half-year", "year" or
///          "year-to-date"; "unknown target" for a value that is none of the enumerators.
[[nodiscard]] constexpr std::string_view to_string(RollUpTarget target) noexcept {
    switch (target) {
        case RollUpTarget::quarter:
            return "quarter";
        case RollUpTarget::half_year:
            return "half-year";
        case RollUpTarget::year:
            return "year";
        case RollUpTarget::year_to_date:
            return "year-to-date";
    }
    return "unknown target";
}

}  // namespace svctrade
