// SPDX-License-Identifier: BSL-1.0
// Periods are built from month indices (year * 12 + month - 1) and never from Boost's month or
// year arithmetic, which snaps month ends (2021-02-28 - years(1) = 2020-02-29): each kind's
// shifting rule is spelled out here instead.
#include <svctrade/periods/period.hpp>

#include <algorithm>
#include <ostream>
#include <stdexcept>
#include <string>

#include "periods/util.hpp"

namespace svctrade {

namespace bg = boost::gregorian;
using detail::checked_date;
using detail::end_of_month;
using detail::first_of_month;
using detail::iso;
using detail::month_index;

std::string_view to_string(PeriodKind kind) noexcept {
    switch (kind) {
        case PeriodKind::day:
            return "day";
        case PeriodKind::month:
            return "month";
        case PeriodKind::quarter:
            return "quarter";
        case PeriodKind::half_year:
            return "half-year";
        case PeriodKind::year:
            return "year";
        case PeriodKind::year_to_date:
            return "year-to-date";
        case PeriodKind::range:
            return "range";
    }
    return "unknown kind";
}

namespace {

// " of year 1399 (years starting in October)": the period as its caller named it.
std::string labelled(int year, YearStart start) {
    static constexpr std::string_view months[] = {"January",   "February", "March",    "April",
                                                  "May",       "June",     "July",     "August",
                                                  "September", "October",  "November", "December"};
    std::string s = " of year " + std::to_string(year);
    if (start.month() != 1) s += " (years starting in " + std::string(months[start.month() - 1]) + ")";
    return s;
}

// The one rule for labelled periods, in both directions (constructors here, the text parsers
// through them): a period exists when all its days lie in 1400-01-01..9999-12-31, Boost.Date_Time's
// range, whatever its year label. Quarter 4 of the fiscal year 1399 starting in October (July to
// September 1400) exists; quarter 1 of it does not. `name` describes the period for the message,
// built only when it is refused.
template <class Name>
void require_months(long first, long count, Name&& name) {
    if (first < month_index(detail::min_year, 1) || first + count - 1 > month_index(detail::max_year, 12)) {
        throw InvalidPeriod(std::forward<Name>(name)() +
                            " is outside the supported range: a period's days must lie in " +
                            std::to_string(detail::min_year) + "-01-01.." + std::to_string(detail::max_year) +
                            "-12-31 (Boost.Date_Time's range)");
    }
}

}  // namespace

Period Period::months_from(PeriodKind kind, unsigned start, long first_month_index, long count) {
    const bg::date first = first_of_month(first_month_index);
    const bg::date last = end_of_month(first_month_index + count - 1);
    return Period(kind, start, first, last);
}

Period Period::day(bg::date date) {
    detail::require_date(date, "a day");
    return Period(PeriodKind::day, 1, date, date);
}

Period Period::day(int year, unsigned month, unsigned day) {
    const bg::date d = checked_date(year, month, day);
    return Period(PeriodKind::day, 1, d, d);
}

Period Period::month(int year, unsigned month) {
    detail::require_month(month, "the month " + std::to_string(year) + "-" + std::to_string(month));
    require_months(month_index(year, month), 1,
                   [&] { return "the month " + std::to_string(month) + " of year " + std::to_string(year); });
    return months_from(PeriodKind::month, 1, month_index(year, month), 1);
}

Period Period::quarter(int year, unsigned quarter, YearStart start) {
    if (quarter < 1 || quarter > 4) {
        throw InvalidPeriod("quarter " + std::to_string(quarter) + " of " + std::to_string(year) +
                            " does not exist: quarters are 1..4");
    }
    const long first = month_index(year, start.month()) + 3 * static_cast<long>(quarter - 1);
    require_months(first, 3, [&] { return "quarter " + std::to_string(quarter) + labelled(year, start); });
    return months_from(PeriodKind::quarter, start.month(), first, 3);
}

Period Period::half(int year, unsigned half, YearStart start) {
    if (half < 1 || half > 2) {
        throw InvalidPeriod("half " + std::to_string(half) + " of " + std::to_string(year) +
                            " does not exist: halves are 1 and 2");
    }
    const long first = month_index(year, start.month()) + 6 * static_cast<long>(half - 1);
    require_months(first, 6, [&] { return "half " + std::to_string(half) + labelled(year, start); });
    return months_from(PeriodKind::half_year, start.month(), first, 6);
}

Period Period::year(int year, YearStart start) {
    require_months(month_index(year, start.month()), 12, [&] { return "the year" + labelled(year, start); });
    return months_from(PeriodKind::year, start.month(), month_index(year, start.month()), 12);
}

Period Period::year_to_date(int year, unsigned through_month, YearStart start) {
    detail::require_month(
        through_month, "the year-to-date " + std::to_string(year) + " through month " + std::to_string(through_month));
    // The number of months from the year's first month through `through_month`, wrapping into
    // the next calendar year for fiscal years (April..February is 11 months).
    const long count = (static_cast<long>(through_month) - static_cast<long>(start.month()) + 12) % 12 + 1;
    require_months(month_index(year, start.month()), count, [&] {
        return "the year-to-date through month " + std::to_string(through_month) + labelled(year, start);
    });
    return months_from(PeriodKind::year_to_date, start.month(), month_index(year, start.month()), count);
}

Period Period::range(bg::date first, bg::date last) {
    detail::require_date(first, "the first day of a range");
    detail::require_date(last, "the last day of a range");
    if (last < first) {
        throw InvalidPeriod("the range " + iso(first) + ".." + iso(last) + " ends before it starts");
    }
    return Period(PeriodKind::range, 1, first, last);
}

Period Period::range(const bg::date_period& period) {
    if (period.begin().is_special() || period.end().is_special()) {
        throw InvalidPeriod("a Boost date_period with a special date (not-a-date-time or infinity) is not a range");
    }
    if (period.is_null()) {
        throw InvalidPeriod("the Boost date_period [" + iso(period.begin()) + ", " + iso(period.end()) +
                            ") is empty or reversed");
    }
    return range(period.begin(), period.last());
}

Period Period::containing(bg::date date, PeriodKind kind, YearStart start) {
    detail::require_date(date, "the day a period contains");
    const int y = date.year();
    const unsigned m = date.month();
    // The label year of the year (starting in `start`) that contains `date`.
    const int fiscal = m >= start.month() ? y : y - 1;
    const long months_in = month_index(y, m) - month_index(fiscal, start.month());
    switch (kind) {
        case PeriodKind::day:
            return day(date);
        case PeriodKind::month:
            return month(y, m);
        case PeriodKind::quarter:
            return quarter(fiscal, static_cast<unsigned>(months_in / 3 + 1), start);
        case PeriodKind::half_year:
            return half(fiscal, static_cast<unsigned>(months_in / 6 + 1), start);
        case PeriodKind::year:
            return year(fiscal, start);
        case PeriodKind::year_to_date:
            return year_to_date(fiscal, m, start);
        case PeriodKind::range:
            break;
    }
    throw InvalidArgument("the range containing " + iso(date) + " is not determined: give its first and last day");
}

int Period::year() const noexcept {
    // A fiscal period in the months before its year's first month (January-March of an April
    // year) belongs to the year that started the calendar year before.
    const int y = first_.year();
    return first_.month() >= start_ ? y : y - 1;
}

unsigned Period::position() const noexcept {
    // Months from the year's first month to first(), wrapping for fiscal years that cross 1 January.
    const long months_in = (static_cast<long>(first_.month()) - static_cast<long>(start_) + 12) % 12;
    switch (kind_) {
        case PeriodKind::day:
            return first_.day_of_year();
        case PeriodKind::month:
            return first_.month();
        case PeriodKind::quarter:
            return static_cast<unsigned>(months_in / 3 + 1);
        case PeriodKind::half_year:
            return static_cast<unsigned>(months_in / 6 + 1);
        case PeriodKind::year:
            return 1;
        case PeriodKind::year_to_date:
            return whole_months();
        case PeriodKind::range:
            return 0;
    }
    return 0;
}

unsigned Period::whole_months() const noexcept {
    if (first_.day() != 1 || last_ != last_.end_of_month()) return 0;
    return static_cast<unsigned>(month_index(last_.year(), last_.month()) - month_index(first_.year(), first_.month()) +
                                 1);
}

bool Period::contains(bg::date date) const {
    detail::require_date(date, "the day to look for");
    return first_ <= date && date <= last_;
}

Period Period::shifted_years(int n) const {
    const long first_month = month_index(first_.year(), first_.month());
    switch (kind_) {
        case PeriodKind::day:
            return Period(kind_, start_, detail::shift_day(first_, n), detail::shift_day(first_, n));
        case PeriodKind::range:
            return Period(kind_, start_, detail::shift_day(first_, n), detail::shift_day(last_, n));
        default:
            break;
    }
    return months_from(kind_, start_, first_month + 12L * n, whole_months());
}

namespace {
long months_of(PeriodKind kind) {
    switch (kind) {
        case PeriodKind::month:
            return 1;
        case PeriodKind::quarter:
            return 3;
        case PeriodKind::half_year:
            return 6;
        default:
            return 12;
    }
}
}  // namespace

Period Period::previous() const {
    const long first_month = month_index(first_.year(), first_.month());
    switch (kind_) {
        case PeriodKind::day: {
            const bg::date d = detail::add_days(first_, -1);
            return Period(kind_, start_, d, d);
        }
        case PeriodKind::range:
            return Period(kind_, start_, detail::add_days(first_, -days()), detail::add_days(first_, -1));
        case PeriodKind::year_to_date: {
            // Cumulative series run Jan, Jan-Feb, …, Jan-Dec, then restart: the one before
            // January (count 1) is the whole previous year to date.
            const long count = whole_months();
            if (count > 1) return months_from(kind_, start_, first_month, count - 1);
            return months_from(kind_, start_, first_month - 12, 12);
        }
        default:
            break;
    }
    const long step = months_of(kind_);
    return months_from(kind_, start_, first_month - step, step);
}

Period Period::next() const {
    const long first_month = month_index(first_.year(), first_.month());
    switch (kind_) {
        case PeriodKind::day: {
            const bg::date d = detail::add_days(first_, 1);
            return Period(kind_, start_, d, d);
        }
        case PeriodKind::range:
            return Period(kind_, start_, detail::add_days(last_, 1), detail::add_days(last_, days()));
        case PeriodKind::year_to_date: {
            const long count = whole_months();
            if (count < 12) return months_from(kind_, start_, first_month, count + 1);
            return months_from(kind_, start_, first_month + 12, 1);
        }
        default:
            break;
    }
    const long step = months_of(kind_);
    return months_from(kind_, start_, first_month + step, step);
}

std::vector<Period> Period::months() const {
    const unsigned count = whole_months();
    if (count == 0) {
        throw InvalidPeriod("the " + std::string(to_string(kind_)) + " " + iso(first_) + ".." + iso(last_) +
                            " does not consist of whole months");
    }
    std::vector<Period> result;
    result.reserve(count);
    const long first_month = month_index(first_.year(), first_.month());
    for (long i = 0; i < static_cast<long>(count); ++i) {
        result.push_back(months_from(PeriodKind::month, 1, first_month + i, 1));
    }
    return result;
}

namespace {
std::string month_name(const Period& m) {
    return iso(m.first()).substr(0, 7);
}
}  // namespace

std::vector<Period> roll_up(std::span<const Period> months, RollUpTarget target, YearStart start) {
    const PeriodKind kind = to_period_kind(target);
    std::vector<Period> sorted(months.begin(), months.end());
    for (const Period& m : sorted) {
        if (m.kind() != PeriodKind::month) {
            throw InvalidArgument("roll_up takes months, not the " + std::string(to_string(m.kind())) + " " +
                                  iso(m.first()) + ".." + iso(m.last()));
        }
    }
    std::sort(sorted.begin(), sorted.end());
    const auto dup = std::adjacent_find(sorted.begin(), sorted.end());
    if (dup != sorted.end()) {
        throw InvalidArgument("month " + month_name(*dup) + " appears twice in a roll-up");
    }

    std::vector<Period> result;
    std::size_t i = 0;
    while (i < sorted.size()) {
        const bool ytd = target == RollUpTarget::year_to_date;
        const Period whole = Period::containing(sorted[i].first(), ytd ? PeriodKind::year : kind, start);
        // Walk the months of `whole` in order; every one must be present (for year-to-date, from the
        // year's first month up to the last month given).
        const std::vector<Period> expected = whole.months();
        std::size_t k = 0;
        while (k < expected.size() && i < sorted.size() && sorted[i] == expected[k]) {
            ++i;
            ++k;
        }
        const bool stopped_in_year = i < sorted.size() && whole.contains(sorted[i].first());
        if (k < expected.size() && (!ytd || k == 0 || stopped_in_year)) {
            throw InvalidArgument("cannot roll up into the " + std::string(to_string(target)) + " " +
                                  iso(whole.first()) + ".." + iso(whole.last()) + ": month " + month_name(expected[k]) +
                                  " is missing");
        }
        result.push_back(ytd ? Period::year_to_date(whole.year(), expected[k - 1].first().month(), start) : whole);
    }
    return result;
}

std::ostream& operator<<(std::ostream& os, PeriodKind kind) {
    return os << to_string(kind);
}

}  // namespace svctrade
