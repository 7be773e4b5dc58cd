// SPDX-License-Identifier: BSL-1.0
// The UK government's reference intervals (the data.gov.uk reference interval service, whose
// identifiers are http://reference.data.gov.uk/id/<type>/<label>): ONS and the GSS linked-data
// files write a period as that identifier or as its path, `year/2017`. Only the calendar-aligned
// types svctrade has a period for are read, and the government year (from 1 April), its halves
// and quarters; a type the service has but svctrade does not read (week, hour,
// gregorian-interval…) is named in the error, so a file using one is refused at its first such
// row rather than misread.
#include <string>
#include <string_view>

#include <svctrade/periods/text.hpp>

#include "periods/text_detail.hpp"
#include "periods/util.hpp"
#include "utf8_decode.hpp"

namespace svctrade {

using detail::Cursor;

namespace {

constexpr std::string_view uri_prefixes[] = {"http://reference.data.gov.uk/id/", "https://reference.data.gov.uk/id/"};

// "-" and a number of exactly `digits` digits between `low` and `high`.
unsigned dash_number(Cursor& c, std::size_t digits, long low, long high, std::string_view what) {
    c.expect("-", "\"-\" before the " + std::string(what));
    return detail::checked_number(
        c, c.expect_digits(digits, "a " + std::to_string(digits) + "-digit " + std::string(what)), low, high, what);
}

// "-2018" after the 2017 of a government year's label: the year it ends in, written whole, so
// the quarters of the government year starting in 9999 (which end in that calendar year) are
// "9999-10000/Q1" to "/Q3".
void government_second_year(Cursor& c, int year) {
    c.expect("-", "\"-\" between the two years of a government year");
    const std::string end_year = std::to_string(year + 1);
    const detail::Number second = c.expect_digits(
        end_year.size(), "the year the government year ends in, " + std::to_string(end_year.size()) + " digits");
    if (second.value != year + 1) {
        c.fail(second.position, "a government year starting in " + std::to_string(year) + " ends in " +
                                    std::to_string(year + 1) + ", not in " + std::to_string(second.value));
    }
}

Period read_uk_reference(std::string_view text) {
    Cursor c(text);
    for (const std::string_view prefix : uri_prefixes) {
        if (c.eat(prefix)) break;
    }
    const std::size_t type_at = c.position();
    const std::string_view rest = c.rest();
    const std::size_t slash = rest.find('/');
    if (slash == std::string_view::npos || slash == 0) {
        c.fail(type_at, "expected \"<type>/<label>\", such as year/2017 or month/2017-06");
    }
    const std::string type(rest.substr(0, slash));
    c.expect(rest.substr(0, slash + 1), "the interval type");
    const std::size_t year_at = c.position();
    const int year = detail::checked_year(c, c.expect_digits(4, "a 4-digit year"));
    Period result = Period::year(2000);
    if (type == "year") {
        result = detail::build_at(c, year_at, [&] { return Period::year(year); });
    } else if (type == "half") {
        c.expect("-H", "\"-H\" and the half-year number");
        const unsigned half = detail::checked_number(c, c.expect_digits(1, "a half-year number"), 1, 2, "half-year");
        result = detail::build_at(c, year_at, [&] { return Period::half(year, half); });
    } else if (type == "quarter") {
        c.expect("-Q", "\"-Q\" and the quarter number");
        const unsigned quarter = detail::checked_number(c, c.expect_digits(1, "a quarter number"), 1, 4, "quarter");
        result = detail::build_at(c, year_at, [&] { return Period::quarter(year, quarter); });
    } else if (type == "month") {
        const unsigned month = dash_number(c, 2, 1, 12, "month");
        result = detail::build_at(c, year_at, [&] { return Period::month(year, month); });
    } else if (type == "day") {
        const unsigned month = dash_number(c, 2, 1, 12, "month");
        const std::size_t day_at = c.position() + 1;
        const unsigned day = dash_number(c, 2, 1, 31, "day");
        result = detail::build_at(c, day_at, [&] { return Period::day(year, month, day); });
    } else if (type == "government-year") {
        government_second_year(c, year);
        result = detail::build_at(c, year_at, [&] { return Period::year(year, YearStart::april()); });
    } else if (type == "government-half") {
        government_second_year(c, year);
        c.expect("/H", "\"/H\" and the half-year number");
        const unsigned half = detail::checked_number(c, c.expect_digits(1, "a half-year number"), 1, 2, "half-year");
        result = detail::build_at(c, year_at, [&] { return Period::half(year, half, YearStart::april()); });
    } else if (type == "government-quarter") {
        government_second_year(c, year);
        c.expect("/Q", "\"/Q\" and the quarter number");
        const unsigned quarter = detail::checked_number(c, c.expect_digits(1, "a quarter number"), 1, 4, "quarter");
        result = detail::build_at(c, year_at, [&] { return Period::quarter(year, quarter, YearStart::april()); });
    } else {
        c.fail(type_at, "the reference interval type \"" + type +
                            "\" is not read: svctrade reads year, half, quarter, month, day and government-year, "
                            "-half and -quarter");
    }
    if (!c.done()) c.fail("unexpected \"" + std::string(c.rest()) + "\" after the period");
    return result;
}

}  // namespace

std::string to_uk_reference(const Period& period) {
    const std::string year = std::to_string(period.year());
    const bool calendar = !period.is_fiscal();
    const bool government = period.year_start() == YearStart::april();
    const std::string years = year + "-" + std::to_string(period.year() + 1);
    switch (period.kind()) {
        case PeriodKind::day:
            return "day/" + detail::iso(period.first());
        case PeriodKind::month:
            return "month/" + year + "-" + detail::pad(period.position(), 2);
        case PeriodKind::quarter:
            if (calendar) return "quarter/" + year + "-Q" + std::to_string(period.position());
            if (government) return "government-quarter/" + years + "/Q" + std::to_string(period.position());
            break;
        case PeriodKind::half_year:
            if (calendar) return "half/" + year + "-H" + std::to_string(period.position());
            if (government) return "government-half/" + years + "/H" + std::to_string(period.position());
            break;
        case PeriodKind::year:
            if (calendar) return "year/" + year;
            if (government) return "government-year/" + years;
            break;
        case PeriodKind::range:
        case PeriodKind::year_to_date:
            break;
    }
    throw InvalidArgument("the UK reference intervals have no identifier for " + to_english(period) + " (" +
                          to_iso_interval(period) +
                          "): only calendar years, halves, quarters, months and days, and the government "
                          "year from 1 April, its halves and quarters");
}

Period parse_uk_reference(std::string_view text) {
    text_detail::require_utf8(text);
    try {
        return read_uk_reference(text);
    } catch (const InvalidPeriod& e) {
        throw ParseError(text, 0, e.what());
    }
}

}  // namespace svctrade
