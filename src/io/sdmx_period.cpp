// SPDX-License-Identifier: BSL-1.0
#include <svctrade/io/sdmx_period.hpp>

#include <charconv>
#include <stdexcept>
#include <string>

#include <svctrade/error.hpp>
#include <svctrade/periods/text.hpp>

#include "periods/util.hpp"
#include "utf8_decode.hpp"

namespace svctrade {
namespace {

namespace greg = boost::gregorian;

[[noreturn]] void fail(std::string_view text, std::size_t at, std::string_view reason) {
    throw ParseError(text, at, reason);
}

// A start time of midnight ("T00:00:00", optionally "Z") is a day; any other time is refused.
std::string_view strip_midnight(std::string_view whole, std::string_view part, std::size_t offset) {
    const std::size_t t = part.find('T');
    if (t == std::string_view::npos) return part;
    std::string_view time = part.substr(t + 1);
    if (!time.empty() && time.back() == 'Z') time.remove_suffix(1);
    if (time != "00:00:00" && time != "00:00") {
        fail(whole, offset + t, "a time of day other than midnight: svctrade's periods are made of whole days");
    }
    return part.substr(0, t);
}

// Reads PnYnMnWnD (no time part). Returns false when nothing was given.
struct Duration {
    long years = 0;
    long months = 0;
    long days = 0;
};

constexpr long max_duration_number = 4'000'000;

Duration parse_duration(std::string_view whole, std::string_view text, std::size_t offset) {
    Duration d;
    std::size_t i = 1;  // after 'P'
    bool any = false;
    char last_unit = 0;
    const std::string_view order = "YMWD";
    while (i < text.size()) {
        if (text[i] == 'T') fail(whole, offset + i, "a duration in hours, minutes or seconds: periods are whole days");
        long n = 0;
        const char* begin = text.data() + i;
        const auto [ptr, ec] = std::from_chars(begin, text.data() + text.size(), n);
        if (ptr == begin || (ec != std::errc{} && ec != std::errc::result_out_of_range) || n < 0) {
            fail(whole, offset + i, "a duration needs a number before each of Y, M, W, D");
        }
        // No interval within the years 1400..9999 is longer (3.2 million days); the bound keeps
        // the sums below from overflowing. It once was 100000, which refused the days of an
        // interval this module prints (2021-01-01/P738160D, found by the sdmx fuzz target).
        if (ec == std::errc::result_out_of_range || n > max_duration_number) {
            fail(whole, offset + i, "the interval leaves the years 1400..9999");
        }
        i += static_cast<std::size_t>(ptr - begin);
        if (i >= text.size()) fail(whole, offset + i, "a number without a unit (Y, M, W or D) in the duration");
        const char unit = text[i];
        const std::size_t pos = order.find(unit);
        if (pos == std::string_view::npos || (last_unit != 0 && pos <= order.find(last_unit))) {
            fail(whole, offset + i, "the units of a duration are Y, M, W, D, in that order, each once");
        }
        last_unit = unit;
        if (unit == 'Y') d.years = n;
        if (unit == 'M') d.months = n;
        if (unit == 'W') d.days += 7 * n;
        if (unit == 'D') d.days += n;
        any = any || n != 0;
        ++i;
    }
    if (!any) fail(whole, offset, "a duration of zero: the interval would hold no day");
    return d;
}

greg::date add_months(greg::date d, long months) {
    // Month arithmetic without Boost's end-of-month snapping: only used on the first of a month
    // or where the day exists in the target month (checked by the caller's arithmetic).
    const long index = static_cast<long>(d.year()) * 12 + static_cast<long>(d.month()) - 1 + months;
    // Checked before the casts to Boost's unsigned short: a year of 67557 would become 2021.
    // The first of January 10000 is the end of an interval that ends on the last day Boost
    // holds: it is handed out as the unchecked day after 9999-12-31.
    if (index == 10000L * 12 && d.day() == 1) return greg::date(9999, 12, 31) + greg::days(1);
    if (index < 0 || index / 12 > 9999) throw std::out_of_range("the month leaves the calendar");
    const int year = static_cast<int>(index / 12);
    const unsigned month = static_cast<unsigned>(index % 12) + 1;
    const unsigned last = detail::days_in_month(year, month);
    const unsigned wanted = d.day();
    const unsigned day = wanted <= last ? wanted : last;
    return greg::date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                      static_cast<unsigned short>(day));
}

Period parse_interval(std::string_view text, std::size_t slash, YearStart start) {
    const std::string_view left = strip_midnight(text, text.substr(0, slash), 0);
    const std::string_view right_raw = text.substr(slash + 1);
    Period first = [&] {
        try {
            return parse_sdmx(left);
        } catch (const ParseError& e) {
            fail(text, e.position(), "the start of the interval: " + e.reason());
        }
    }();
    if (right_raw.empty()) fail(text, slash + 1, "an interval without an end or a duration");
    if (right_raw.front() == 'P') {
        const Duration d = parse_duration(text, right_raw, slash + 1);
        try {
            greg::date end = add_months(first.first(), d.years * 12 + d.months);
            end += greg::days(d.days);  // Boost does not check the sum: the last day is checked
            const greg::date last = end - greg::days(1);
            if (last > greg::date(9999, 12, 31)) throw std::out_of_range("the interval leaves the calendar");
            return Period::range(first.first(), last);
        } catch (const std::exception&) {
            fail(text, slash + 1, "the interval leaves the years 1400..9999");
        }
    }
    const std::string_view right = strip_midnight(text, right_raw, slash + 1);
    Period last = [&] {
        try {
            return parse_sdmx(right, start);
        } catch (const ParseError& e) {
            fail(text, slash + 1 + e.position(), "the end of the interval: " + e.reason());
        }
    }();
    if (last.last() < first.first()) fail(text, slash + 1, "the interval ends before it starts");
    return Period::range(first.first(), last.last());
}

// SDMX's reporting weeks (2021-W01, ISO 8601 weeks of a calendar year), days (2021-D032, the
// 32nd day of the reporting year) and trimesters (2021-T1, four months): svctrade has no period
// kind for a week or a trimester, so they are ranges of their days; a reporting day is a day.
Period parse_reporting_span(std::string_view text, char unit, YearStart start) {
    int year = 0;
    const auto [yend, yec] = std::from_chars(text.data(), text.data() + 4, year);
    if (yec != std::errc{} || yend != text.data() + 4 || year < 1400 || year > 9998) {
        fail(text, 0, "a year of four digits, 1400..9998");
    }
    const std::string_view digits = text.substr(6);
    const std::size_t width = unit == 'W' ? 2 : unit == 'D' ? 3 : 1;
    long n = 0;
    const auto [nend, nec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (digits.size() != width || nec != std::errc{} || nend != digits.data() + digits.size() || n < 1) {
        fail(text, 6,
             unit == 'W'   ? "a week is W01..W53"
             : unit == 'D' ? "a day is D001..D366"
                           : "a trimester is T1..T3");
    }
    const auto y = static_cast<unsigned short>(year);
    const greg::date year_first(y, static_cast<unsigned short>(start.month()), 1);
    if (unit == 'W') {
        if (!start.is_calendar())
            fail(text, 5, "reporting weeks of a year that does not start in January are not read");
        const greg::date jan4(y, 1, 4);
        const greg::date monday = jan4 - greg::days((jan4.day_of_week().as_number() + 6) % 7);
        const greg::date first = monday + greg::days(7 * (n - 1));
        if (n > 53 || (first + greg::days(3)).year() != year) fail(text, 6, "the year has no such week");
        return Period::range(first, first + greg::days(6));
    }
    if (unit == 'D') {
        const greg::date day = year_first + greg::days(n - 1);
        if (n > 366 || day >= add_months(year_first, 12)) fail(text, 6, "the reporting year has no such day");
        return Period::day(day);
    }
    if (n > 3) fail(text, 6, "a trimester is T1..T3");
    const greg::date first = add_months(year_first, 4 * (n - 1));
    return Period::range(first, add_months(first, 4) - greg::days(1));
}

}  // namespace

Period parse_sdmx_time_period(std::string_view text, YearStart reporting_year_start) {
    text_detail::require_utf8(text);
    if (text.empty()) fail(text, 0, "an empty TIME_PERIOD");
    const std::size_t slash = text.find('/');
    if (slash != std::string_view::npos) return parse_interval(text, slash, reporting_year_start);
    const std::size_t dash = text.find('-');
    if (dash == 4 && text.size() > 6) {
        const char c = text[5];
        if (c == 'W' || c == 'D' || c == 'T') return parse_reporting_span(text, c, reporting_year_start);
    }
    return parse_sdmx(strip_midnight(text, text, 0), reporting_year_start);
}

std::string to_sdmx_time_period(const Period& period) {
    if (period.kind() != PeriodKind::range && period.kind() != PeriodKind::year_to_date) return to_sdmx(period);
    const greg::date first = period.first();
    const greg::date last = period.last();
    // The day after 9999-12-31 has no Boost date: its year, month and day are written out.
    const bool to_the_end = last == greg::date(9999, 12, 31);
    const greg::date after = to_the_end ? last : last + greg::days(1);
    const long after_year = to_the_end ? 10000L : static_cast<long>(after.year());
    const long after_month = to_the_end ? 1L : static_cast<long>(after.month());
    const bool after_first_of_month = to_the_end || after.day() == 1;
    std::string out = to_sdmx(Period::day(first)) + "/P";
    if (first.day() == 1 && after_first_of_month) {
        const long months =
            (after_year - static_cast<long>(first.year())) * 12 + (after_month - static_cast<long>(first.month()));
        if (months % 12 == 0) return out + std::to_string(months / 12) + "Y";
        return out + std::to_string(months) + "M";
    }
    return out + std::to_string((last - first).days() + 1) + "D";
}

YearStart parse_reporting_year_start(std::string_view text) {
    text_detail::require_utf8(text);
    if (text.empty()) return YearStart{};
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (text.size() != 7 || text.substr(0, 2) != "--" || text[4] != '-' || !digit(text[2]) || !digit(text[3]) ||
        !digit(text[5]) || !digit(text[6])) {
        fail(text, 0, "REPORTING_YEAR_START_DAY is written --MM-DD (--04-01)");
    }
    const unsigned month = static_cast<unsigned>((text[2] - '0') * 10 + (text[3] - '0'));
    if (month < 1 || month > 12) fail(text, 2, "no such month");
    if (text.substr(5) != "01") fail(text, 5, "a year that starts on another day than the first of a month");
    return YearStart{month};
}

std::string sdmx_reporting_year_start(YearStart start) {
    std::string out = "--00-01";
    out[2] = static_cast<char>('0' + start.month() / 10);
    out[3] = static_cast<char>('0' + start.month() % 10);
    return out;
}

}  // namespace svctrade
