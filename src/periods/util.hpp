// SPDX-License-Identifier: BSL-1.0
// Private helpers of the period sources: checked date construction at our boundary (Boost throws
// bad_year / bad_month / bad_day_of_month, out_of_range; we throw InvalidPeriod with the date and
// the rule), month indices, ISO formatting without Boost's stream machinery.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/error.hpp>

namespace svctrade::detail {

// Boost.Date_Time's greg_year accepts 1400..9999.
inline constexpr int min_year = 1400;
inline constexpr int max_year = 9999;

inline std::string pad(long value, int width) {
    std::string s = std::to_string(value < 0 ? -value : value);
    if (static_cast<int>(s.size()) < width) s.insert(0, static_cast<std::size_t>(width) - s.size(), '0');
    return value < 0 ? "-" + s : s;
}

// Written into a buffer: periods are formatted in bulk (tables, round-trip tests).
inline std::string iso(int year, unsigned month, unsigned day) {
    if (year < 0 || year > 9999 || month > 99 || day > 99)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2);
    const auto y = static_cast<unsigned>(year);
    const char buffer[10] = {static_cast<char>('0' + y / 1000),
                             static_cast<char>('0' + y / 100 % 10),
                             static_cast<char>('0' + y / 10 % 10),
                             static_cast<char>('0' + y % 10),
                             '-',
                             static_cast<char>('0' + month / 10),
                             static_cast<char>('0' + month % 10),
                             '-',
                             static_cast<char>('0' + day / 10),
                             static_cast<char>('0' + day % 10)};
    return std::string(buffer, sizeof buffer);
}

inline std::string iso(boost::gregorian::date d) {
    if (d.is_not_a_date()) return "not-a-date-time";
    if (d.is_pos_infinity()) return "+infinity";
    if (d.is_neg_infinity()) return "-infinity";
    return iso(d.year(), d.month(), d.day());
}

inline void require_year(long year) {
    if (year < min_year || year > max_year) {
        throw InvalidPeriod("year " + std::to_string(year) + " is outside the supported range " +
                            std::to_string(min_year) + ".." + std::to_string(max_year) + " (Boost.Date_Time's)");
    }
}

inline void require_month(unsigned month, std::string_view what) {
    if (month < 1 || month > 12) {
        throw InvalidPeriod(std::string(what) + ": month " + std::to_string(month) +
                            " does not exist (months are 1..12)");
    }
}

inline void require_date(boost::gregorian::date d, std::string_view what) {
    if (d.is_special()) throw InvalidPeriod(std::string(what) + " is not a date but " + iso(d));
}

// The length of a month of the proleptic Gregorian calendar, for any year and month 1..12. Not
// Boost's end_of_month_day: its year parameter is a greg_year, which throws bad_year (not an
// svctrade::Error) outside 1400..9999, and parsers ask for a month's length before the year's
// range is checked ("1399-02-30", found by the fuzzer).
inline unsigned days_in_month(int year, unsigned month) {
    if (month == 2) return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
    return (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
}

inline boost::gregorian::date checked_date(long year, unsigned month, unsigned day) {
    require_year(year);
    if (month < 1 || month > 12) require_month(month, "the date " + iso(static_cast<int>(year), month, day));
    const int y = static_cast<int>(year);
    if (day < 1 || day > days_in_month(y, month)) {
        throw InvalidPeriod(iso(y, month, day) + " does not exist: month " + pad(month, 2) + " of " +
                            std::to_string(y) + " has " + std::to_string(days_in_month(y, month)) + " days");
    }
    try {
        return {static_cast<unsigned short>(y), static_cast<unsigned short>(month), static_cast<unsigned short>(day)};
    } catch (const std::out_of_range& e) {  // bad_year, bad_month, bad_day_of_month: checked above
        throw InvalidPeriod(iso(y, month, day) + " is not a valid date: " + e.what());
    }
}

inline long month_index(long year, unsigned month) {
    return year * 12 + static_cast<long>(month) - 1;
}

inline long floor_div(long a, long b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

inline boost::gregorian::date first_of_month(long index) {
    const long year = floor_div(index, 12);
    return checked_date(year, static_cast<unsigned>(index - year * 12 + 1), 1);
}

inline boost::gregorian::date end_of_month(long index) {
    const long year = floor_div(index, 12);
    require_year(year);
    const auto month = static_cast<unsigned>(index - year * 12 + 1);
    return checked_date(year, month, days_in_month(static_cast<int>(year), month));
}

// A day n years away keeps its month and day, except 29 February in a common year becomes
// 28 February: the day-by-day rule of year-on-year comparisons, never Boost's snapping of month ends.
inline boost::gregorian::date shift_day(boost::gregorian::date d, long years) {
    const long year = static_cast<long>(d.year()) + years;
    require_year(year);
    const unsigned month = d.month();
    return checked_date(year, month, std::min<unsigned>(d.day(), days_in_month(static_cast<int>(year), month)));
}

inline boost::gregorian::date add_days(boost::gregorian::date d, long n) {
    const boost::gregorian::date lo(min_year, 1, 1);
    const boost::gregorian::date hi(max_year, 12, 31);
    if (n > (hi - d).days() || n < (lo - d).days()) {
        throw InvalidPeriod(iso(d) + " moved by " + std::to_string(n) + " days leaves the supported range " + iso(lo) +
                            ".." + iso(hi));
    }
    return d + boost::gregorian::days(n);
}

}  // namespace svctrade::detail
