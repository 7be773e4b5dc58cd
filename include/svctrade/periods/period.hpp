// SPDX-License-Identifier: BSL-1.0
/// \file
/// Reporting periods as value types over Boost.Date_Time: a day, a month, a quarter, a half-year,
/// a year, a year-to-date ("January-June 2021", "2021年1-6月") or a custom closed date range, in
/// calendar or fiscal years.
///
/// The kind is part of the value: H1 2021, January-June 2021 (year-to-date) and the range
/// 2021-01-01..2021-06-30 cover the same days but are three different periods; same_dates()
/// answers the other question. Text forms live in `<svctrade/periods/text.hpp>`, comparability
/// checks in `<svctrade/periods/compare.hpp>`.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/error.hpp>
#include <svctrade/export.hpp>
#include <svctrade/periods/kind.hpp>

namespace svctrade {

/// A forward range over the days of a period, yielding `boost::gregorian::date`s in order.
class DayRange {
public:
    /// The iterator: a date that steps one day at a time.
    class iterator {
    public:
        using value_type = boost::gregorian::date;            ///< What it yields.
        using difference_type = std::ptrdiff_t;               ///< Distance between two iterators.
        using iterator_category = std::forward_iterator_tag;  ///< A multi-pass forward iterator.
        using pointer = const boost::gregorian::date*;        ///< Pointer to the current date.
        using reference = const boost::gregorian::date&;      ///< Reference to the current date.

        /// A singular iterator (holds not-a-date-time); only assignable and comparable.
        iterator() = default;
        /// An iterator at `day`.
        explicit iterator(boost::gregorian::date day) : day_(day) {}
        /// \returns the current day.
        [[nodiscard]] reference operator*() const noexcept { return day_; }
        /// \returns a pointer to the current day.
        [[nodiscard]] pointer operator->() const noexcept { return &day_; }
        /// Steps to the next day. \returns *this.
        iterator& operator++() {
            day_ += boost::gregorian::days(1);
            return *this;
        }
        /// Steps to the next day. \returns the iterator before the step.
        iterator operator++(int) {
            iterator before = *this;
            ++*this;
            return before;
        }
        /// \returns true if both iterators are at the same day.
        [[nodiscard]] friend bool operator==(const iterator& a, const iterator& b) noexcept { return a.day_ == b.day_; }

    private:
        boost::gregorian::date day_;
    };

    /// The days from `first` to `last`, both included (`first <= last`, checked by Period).
    DayRange(boost::gregorian::date first, boost::gregorian::date last) noexcept
        : first_(first), end_(last + boost::gregorian::days(1)) {}
    /// \returns an iterator at the first day.
    [[nodiscard]] iterator begin() const noexcept { return iterator(first_); }
    /// \returns an iterator one past the last day.
    [[nodiscard]] iterator end() const noexcept { return iterator(end_); }
    /// \returns the number of days.
    [[nodiscard]] std::size_t size() const noexcept { return static_cast<std::size_t>((end_ - first_).days()); }

private:
    boost::gregorian::date first_;
    boost::gregorian::date end_;
};

/// A reporting period: its kind, its year start (for quarters, halves, years and year-to-date) and
/// its first and last day, both included.
///
/// Build one with the named constructors (`Period::month(2021, 6)`, `Period::quarter(2021, 2)`,
/// `Period::year_to_date(2021, 6)`, `Period::range(first, last)`…); every constructor checks its
/// arguments and throws InvalidPeriod for a period that does not exist. Dates are in Boost's range,
/// years 1400..9999.
class SVCTRADE_EXPORT Period {
public:
    // --- construction -------------------------------------------------------------------------

    /// The single day `date`.
    /// \throws InvalidPeriod if `date` is not a date (not-a-date-time, ±infinity).
    [[nodiscard]] static Period day(boost::gregorian::date date);
    /// The single day `year`-`month`-`day`.
    /// \throws InvalidPeriod if that day does not exist (2021-02-30, month 13, year 10000).
    [[nodiscard]] static Period day(int year, unsigned month, unsigned day);
    /// The calendar month `month` (1..12) of `year`.
    /// \throws InvalidPeriod for a month outside 1..12 or a year outside 1400..9999.
    [[nodiscard]] static Period month(int year, unsigned month);
    /// Quarter `quarter` (1..4) of the year labelled `year` that starts in `start`.
    /// \note `Period::quarter(2021, 1, YearStart::april())` is April-June 2021.
    /// \throws InvalidPeriod for a quarter outside 1..4 or a year out of range.
    [[nodiscard]] static Period quarter(int year, unsigned quarter, YearStart start = {});
    /// Half `half` (1 or 2) of the year labelled `year` that starts in `start`.
    /// \throws InvalidPeriod for a half other than 1 or 2 or a year out of range.
    [[nodiscard]] static Period half(int year, unsigned half, YearStart start = {});
    /// The year labelled `year` that starts in `start`: the calendar year by default, else the
    /// fiscal year starting in that month of `year`.
    /// \throws InvalidPeriod for a year out of range (its last day must not pass 9999-12-31).
    [[nodiscard]] static Period year(int year, YearStart start = {});
    /// The year-to-date of the year labelled `year` (starting in `start`) through the calendar
    /// month `through_month`: `Period::year_to_date(2021, 6)` is January-June 2021;
    /// `Period::year_to_date(2021, 2, YearStart::april())` is April 2021-February 2022.
    /// \throws InvalidPeriod for a month outside 1..12 or a year out of range.
    [[nodiscard]] static Period year_to_date(int year, unsigned through_month, YearStart start = {});
    /// The closed range of days from `first` to `last`, both included.
    /// \throws InvalidPeriod if either is not a date or `last` precedes `first`.
    [[nodiscard]] static Period range(boost::gregorian::date first, boost::gregorian::date last);
    /// The range covering Boost's half-open `period` ([begin, end)): its `last()` day included.
    /// \throws InvalidPeriod for a null (empty or reversed) period or one with special dates.
    [[nodiscard]] static Period range(const boost::gregorian::date_period& period);
    /// The period of kind `kind` that contains `date`: its day, month, quarter, half or year, or
    /// the year-to-date through the month of `date` (quarters, halves, years and year-to-date of
    /// the year starting in `start`).
    /// \throws InvalidArgument for PeriodKind::range (a range is not determined by one day);
    /// InvalidPeriod if `date` is not a date or the period leaves Boost's range.
    [[nodiscard]] static Period containing(boost::gregorian::date date, PeriodKind kind, YearStart start = {});

    // --- observers ----------------------------------------------------------------------------

    /// \returns what this period is.
    [[nodiscard]] PeriodKind kind() const noexcept { return kind_; }
    /// \returns the first month of the year this period belongs to: January except for fiscal
    /// quarters, halves, years and year-to-date; always January for days, months and ranges.
    [[nodiscard]] YearStart year_start() const noexcept { return YearStart{start_, 0}; }
    /// \returns true for a quarter, half, year or year-to-date of a fiscal (non-January) year.
    [[nodiscard]] bool is_fiscal() const noexcept { return start_ != 1; }
    /// \returns the first day.
    [[nodiscard]] boost::gregorian::date first() const noexcept { return first_; }
    /// \returns the last day, included in the period.
    [[nodiscard]] boost::gregorian::date last() const noexcept { return last_; }
    /// \returns the year label: the calendar year of first(), except for fiscal periods, which
    /// carry the calendar year their fiscal year starts in (Q4 of the April year 2021 is in 2022).
    [[nodiscard]] int year() const noexcept;
    /// \returns the position within the year: the calendar month (1..12) of a month, the quarter
    /// (1..4), the half (1..2), 1 for a year, the number of months (1..12) of a year-to-date, the
    /// day of the year (1..366) of a day, and 0 for a range.
    [[nodiscard]] unsigned position() const noexcept;
    /// \returns the number of days, both ends included (at least 1).
    [[nodiscard]] long days() const noexcept { return (last_ - first_).days() + 1; }
    /// \returns the number of calendar months covered, 0 unless the period starts on the first and
    /// ends on the last day of a month.
    [[nodiscard]] unsigned whole_months() const noexcept;

    /// \returns true if `date` is one of the period's days.
    /// \throws InvalidPeriod if `date` is not a date (not-a-date-time, ±infinity).
    [[nodiscard]] bool contains(boost::gregorian::date date) const;
    /// \returns true if every day of `other` is a day of this period (whatever their kinds).
    [[nodiscard]] bool contains(const Period& other) const noexcept {
        return first_ <= other.first_ && other.last_ <= last_;
    }
    /// \returns true if the two periods share at least one day.
    [[nodiscard]] bool overlaps(const Period& other) const noexcept {
        return first_ <= other.last_ && other.first_ <= last_;
    }
    /// \returns true if both periods cover exactly the same days, whatever their kinds:
    /// H1 2021, January-June 2021 and 2021-01-01..2021-06-30 have the same dates.
    [[nodiscard]] bool same_dates(const Period& other) const noexcept {
        return first_ == other.first_ && last_ == other.last_;
    }

    // --- the same dates as another kind -------------------------------------------------------

    /// \returns the period of kind `kind`, of years starting in `start`, that covers exactly this
    /// period's days: January-June 2021 (year-to-date) as PeriodKind::half_year is H1 2021 and H1
    /// 2021 as PeriodKind::year_to_date is January-June 2021; January-December is the year and the
    /// year is January-December; January-March is Q1; the range 2021-01-01..2021-06-30 is H1 as a
    /// half-year and any period is a range of its own dates (PeriodKind::range).
    /// \note Converting to the period's own kind and year start returns the period itself.
    /// \throws InvalidPeriod when no period of that kind and year start has these dates, naming
    /// both and the nearest period of the asked kind: H2 2021 is no year-to-date (a year-to-date
    /// starts with the year's first month), January-May is no half-year, a range from the 2nd of a
    /// month is no month; also when that period leaves Boost's range.
    [[nodiscard]] Period as_kind(PeriodKind kind, YearStart start) const;
    /// \returns as_kind(kind, year_start()): the period of kind `kind` of this period's own year
    /// start (January for days, months and ranges) with this period's dates.
    /// \throws as as_kind(PeriodKind, YearStart).
    [[nodiscard]] Period as_kind(PeriodKind kind) const { return as_kind(kind, year_start()); }
    /// \returns as_kind(kind, start), or no value when no period of that kind and year start has
    /// this period's dates (instead of throwing).
    [[nodiscard]] std::optional<Period> try_as_kind(PeriodKind kind, YearStart start) const;
    /// \returns try_as_kind(kind, year_start()).
    [[nodiscard]] std::optional<Period> try_as_kind(PeriodKind kind) const { return try_as_kind(kind, year_start()); }

    // --- interop ------------------------------------------------------------------------------

    /// \returns the period as Boost's half-open `date_period` [first, last + 1 day).
    [[nodiscard]] boost::gregorian::date_period to_date_period() const {
        return {first_, last_ + boost::gregorian::days(1)};
    }
    /// \returns the days of the period in order, as a forward range of Boost dates.
    /// \note Boost's own iterator works as well:
    /// `for (boost::gregorian::day_iterator it(p.first()); *it <= p.last(); ++it)`.
    [[nodiscard]] DayRange dates() const noexcept { return {first_, last_}; }

    // --- navigation ---------------------------------------------------------------------------

    /// \returns the period of the same kind `n` years later (earlier for negative `n`).
    /// Months, quarters, halves, years and year-to-date keep their position in the year. A day
    /// keeps its month and day, except that 29 February becomes 28 February in a common year
    /// (and 28 February stays 28 February in a leap year); a range shifts both ends by that rule.
    /// \throws InvalidPeriod if the result leaves Boost's range (years 1400..9999).
    [[nodiscard]] Period shifted_years(int n) const;
    /// \returns shifted_years(-1): the same period last year, the base of a year-on-year change.
    [[nodiscard]] Period same_period_last_year() const { return shifted_years(-1); }
    /// \returns the period of the same kind just before this one: the previous day, month,
    /// quarter (Q1 -> Q4 of the previous year), half or year; for a year-to-date, the one through
    /// the previous month (through June -> through May; through the year's first month -> the
    /// whole previous year to date, through its twelfth month); for a range, the range of equal
    /// length ending the day before first().
    /// \throws InvalidPeriod if the result leaves Boost's range.
    [[nodiscard]] Period previous() const;
    /// \returns the period of the same kind just after this one (the inverse of previous()).
    /// \throws InvalidPeriod if the result leaves Boost's range.
    [[nodiscard]] Period next() const;
    /// \returns the calendar months that make up the period, in order.
    /// \throws InvalidPeriod for a day or a range that does not start on the first and end on the
    /// last day of a month.
    [[nodiscard]] std::vector<Period> months() const;

    // --- value semantics ----------------------------------------------------------------------

    /// Periods are equal if they have the same kind, year start and dates.
    [[nodiscard]] friend bool operator==(const Period& a, const Period& b) noexcept {
        return a.kind_ == b.kind_ && a.start_ == b.start_ && a.first_ == b.first_ && a.last_ == b.last_;
    }
    /// Chronological order: by first day, then last day, then kind, then year start.
    [[nodiscard]] friend std::strong_ordering operator<=>(const Period& a, const Period& b) noexcept {
        if (auto c = a.first_.day_number() <=> b.first_.day_number(); c != 0) return c;
        if (auto c = a.last_.day_number() <=> b.last_.day_number(); c != 0) return c;
        if (auto c = a.kind_ <=> b.kind_; c != 0) return c;
        return a.start_ <=> b.start_;
    }
    /// \returns a hash of the value, consistent with ==.
    [[nodiscard]] std::size_t hash() const noexcept {
        std::size_t h = first_.day_number();
        h = h * 1000003U ^ last_.day_number();
        return h * 31U + static_cast<std::size_t>(kind_) * 16U + start_;
    }

private:
    Period(PeriodKind kind, unsigned start, boost::gregorian::date first, boost::gregorian::date last) noexcept
        : first_(first), last_(last), kind_(kind), start_(static_cast<std::uint8_t>(start)) {}
    static Period months_from(PeriodKind kind, unsigned start, long first_month_index, long count);

    boost::gregorian::date first_;
    boost::gregorian::date last_;
    PeriodKind kind_;
    std::uint8_t start_;
};

/// Rolls calendar months up into the periods `target` names, of years starting in `start`: each
/// quarter, half or year must be complete; a year-to-date is formed per year from the months
/// given, which must start at the year's first month and run without a gap.
/// \returns the periods, in chronological order: Jan..Jun 2021 rolled up to quarters is
/// {Q1 2021, Q2 2021}; to year-to-date it is {January-June 2021}.
/// \throws InvalidArgument if an input is not a month, a month appears twice, the months do not
/// complete a target period (the message names the missing month), or `target` is none of
/// RollUpTarget's enumerators.
/// \note The target is a RollUpTarget, not a PeriodKind: months cannot be rolled up into days or
/// ranges, and asking for it does not compile.
[[nodiscard]] SVCTRADE_EXPORT std::vector<Period> roll_up(std::span<const Period> months, RollUpTarget target,
                                                          YearStart start = {});

/// Writes the period's English name, as to_english() gives it ("Q2 2021", "January-June 2021"):
/// the one form every kind has. For SDMX, Chinese or ISO text use to_sdmx(), to_chinese(),
/// to_iso_interval(), or the formatters of `<svctrade/fmt.hpp>` (`{:zh}`, `{:sdmx}`).
SVCTRADE_EXPORT std::ostream& operator<<(std::ostream& os, const Period& period);

}  // namespace svctrade

namespace std {
/// Periods hash as values (kind, year start and dates), so they can key unordered containers.
template <>
struct hash<svctrade::Period> {
    /// \returns `period.hash()`.
    [[nodiscard]] std::size_t operator()(const svctrade::Period& period) const noexcept { return period.hash(); }
};
}  // namespace std
