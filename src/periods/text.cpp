// SPDX-License-Identifier: BSL-1.0
// SDMX codes follow the SDMX 2.1 standard time period formats (ISO 8601 dates and intervals,
// plus reporting periods YYYY-A1, YYYY-S1..S2, YYYY-Q1..Q4, YYYY-M01..M12). Reporting periods are
// relative to the REPORTING_YEAR_START_DAY attribute, which is how SDMX carries a fiscal year; SDMX
// has no code for a cumulative year-to-date, so those are refused rather than silently written as
// an interval that would parse back as a different kind.
#include <svctrade/periods/text.hpp>

#include <ostream>
#include <string>

#include "periods/text_detail.hpp"
#include "periods/util.hpp"
#include "utf8_decode.hpp"

namespace svctrade {

using detail::Cursor;
using detail::Number;

bool round_trips(PeriodKind kind, PeriodTextForm form) noexcept {
    if (form == PeriodTextForm::uk_reference) return kind == PeriodKind::day || kind == PeriodKind::month;
    return !(form == PeriodTextForm::sdmx && kind == PeriodKind::year_to_date);
}

std::string to_iso_interval(const Period& period) {
    return detail::iso(period.first()) + "/" + detail::iso(period.last());
}

std::string to_sdmx(const Period& period) {
    const std::string year = std::to_string(period.year());
    switch (period.kind()) {
        case PeriodKind::day:
            return detail::iso(period.first());
        case PeriodKind::month:
            return year + "-M" + detail::pad(period.position(), 2);
        case PeriodKind::quarter:
            return year + "-Q" + std::to_string(period.position());
        case PeriodKind::half_year:
            return year + "-S" + std::to_string(period.position());
        case PeriodKind::year:
            return period.is_fiscal() ? year + "-A1" : year;
        case PeriodKind::range:
            return to_iso_interval(period);
        case PeriodKind::year_to_date:
            break;
    }
    throw InvalidArgument("SDMX has no code for the year-to-date " + to_iso_interval(period) +
                          ": use to_iso_interval() for its dates, or the English or Chinese form");
}

std::string to_text(const Period& period, PeriodTextForm form) {
    switch (form) {
        case PeriodTextForm::sdmx:
            return to_sdmx(period);
        case PeriodTextForm::english:
            return to_english(period);
        case PeriodTextForm::chinese:
            return to_chinese(period);
        case PeriodTextForm::uk_reference:
            return to_uk_reference(period);
    }
    throw InvalidArgument("unknown period text form " + std::to_string(static_cast<int>(form)));
}

Period parse_period(std::string_view text, PeriodTextForm form, const PeriodParseOptions& options) {
    text_detail::require_utf8(text);

    switch (form) {
        case PeriodTextForm::sdmx:
            return parse_sdmx(text, options.reporting_year_start);
        case PeriodTextForm::english:
            return parse_english(text, options.as_of);
        case PeriodTextForm::chinese:
            return parse_chinese(text, options.as_of);
        case PeriodTextForm::uk_reference:
            return parse_uk_reference(text);
    }
    throw InvalidArgument("unknown period text form " + std::to_string(static_cast<int>(form)));
}

namespace {

// YYYY-MM-DD after its year has been read; the day is checked against the month's length.
boost::gregorian::date iso_date_rest(Cursor& c, int year, const Number& month_number) {
    const unsigned month = detail::checked_number(c, month_number, 1, 12, "month");
    c.expect("-", "\"-\" before the day");
    const Number day = c.expect_digits(2, "a 2-digit day");
    const unsigned days = detail::days_in_month(year, month);
    if (day.value < 1 || day.value > static_cast<long>(days)) {
        c.fail(day.position, "day " + std::to_string(day.value) + " does not exist in " + std::to_string(year) + "-" +
                                 detail::pad(month, 2) + ", which has " + std::to_string(days) + " days");
    }
    return detail::checked_date(year, month, static_cast<unsigned>(day.value));
}

boost::gregorian::date iso_date(Cursor& c) {
    const int year = detail::checked_year(c, c.expect_digits(4, "a 4-digit year"));
    c.expect("-", "\"-\" after the year");
    return iso_date_rest(c, year, c.expect_digits(2, "a 2-digit month"));
}

}  // namespace

namespace {

Period read_sdmx(std::string_view text, YearStart reporting_year_start) {
    Cursor c(text);
    const std::size_t year_at = c.position();
    const int year = detail::checked_year(c, c.expect_digits(4, "a 4-digit year"));
    if (c.done()) return detail::build_at(c, year_at, [&] { return Period::year(year); });
    c.expect("-", "\"-\" after the year");
    const std::size_t code_at = c.position();
    Period result = Period::year(2000);
    if (c.eat("A")) {
        const Number n = c.expect_number("the annual period number 1");
        detail::checked_number(c, n, 1, 1, "annual period");
        result = detail::build_at(c, year_at, [&] { return Period::year(year, reporting_year_start); });
    } else if (c.eat("S")) {
        const unsigned half = detail::checked_number(c, c.expect_number("a half-year number"), 1, 2, "half-year");
        result = detail::build_at(c, year_at, [&] { return Period::half(year, half, reporting_year_start); });
    } else if (c.eat("Q")) {
        const unsigned quarter = detail::checked_number(c, c.expect_number("a quarter number"), 1, 4, "quarter");
        result = detail::build_at(c, year_at, [&] { return Period::quarter(year, quarter, reporting_year_start); });
    } else if (c.eat("M")) {
        if (!reporting_year_start.is_calendar()) {
            c.fail(code_at, "reporting months of a year starting in month " +
                                std::to_string(reporting_year_start.month()) +
                                " are not supported: write the calendar month as YYYY-MM");
        }
        const unsigned month = detail::checked_number(c, c.expect_digits(2, "a 2-digit month"), 1, 12, "month");
        result = Period::month(year, month);
    } else if (c.peek() >= '0' && c.peek() <= '9') {
        const Number month = c.expect_digits(2, "a 2-digit month");
        if (c.done()) return Period::month(year, detail::checked_number(c, month, 1, 12, "month"));
        const boost::gregorian::date first = iso_date_rest(c, year, month);
        if (!c.eat("/")) {
            c.expect_end();
            return Period::day(first);
        }
        const std::size_t end_at = c.position();
        const boost::gregorian::date last = iso_date(c);
        if (last < first) {
            c.fail(end_at, "the interval ends on " + detail::iso(last) + ", before its start " + detail::iso(first));
        }
        result = Period::range(first, last);
    } else {
        c.fail(code_at, "unknown period code \"" + std::string(c.rest()) +
                            "\": expected A1, S1..S2, Q1..Q4, M01..M12, a month or a date");
    }
    c.expect_end();
    return result;
}

}  // namespace

Period parse_sdmx(std::string_view text, YearStart reporting_year_start) {
    text_detail::require_utf8(text);
    try {
        return read_sdmx(text, reporting_year_start);
    } catch (const InvalidPeriod& e) {
        // A period refused by its constructor where the reader did not name a place: the text
        // is still what failed, so the caller gets a ParseError like any other.
        throw ParseError(text, 0, e.what());
    }
}

std::ostream& operator<<(std::ostream& os, const Period& period) {
    return os << to_english(period);
}

}  // namespace svctrade
