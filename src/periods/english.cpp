// SPDX-License-Identifier: BSL-1.0
// English period names as used in English editions of statistical releases: "Q2 2021",
// "H1 2021", "January-June 2021" (cumulative from January). A fiscal year names both its years and
// its first month, "FY2021/22 (from April)", because the label convention (start year or end year)
// differs between countries. A month span that does not start in January is a fiscal year-to-date
// starting in its first month: "April 2021-February 2022".
#include <string>

#include <svctrade/periods/text.hpp>

#include "periods/text_detail.hpp"
#include "periods/util.hpp"
#include "utf8_decode.hpp"

namespace svctrade {

namespace bg = boost::gregorian;
using detail::Cursor;
using detail::english_months;
using detail::Number;

namespace {

std::string month_name(unsigned month) {
    return std::string(english_months.at(month - 1));
}

std::string day_text(bg::date d) {
    return std::to_string(d.day()) + " " + month_name(d.month()) + " " + std::to_string(d.year());
}

std::string fiscal_suffix(const Period& p) {
    return "FY" + std::to_string(p.year()) + "/" + detail::two_digits(p.year() + 1) + " (from " +
           month_name(p.year_start().month()) + ")";
}

std::string year_text(const Period& p) {
    return p.is_fiscal() ? fiscal_suffix(p) : std::to_string(p.year());
}

}  // namespace

std::string to_english(const Period& period) {
    switch (period.kind()) {
        case PeriodKind::day:
            return day_text(period.first());
        case PeriodKind::month:
            return month_name(period.first().month()) + " " + std::to_string(period.year());
        case PeriodKind::quarter:
            return "Q" + std::to_string(period.position()) + " " + year_text(period);
        case PeriodKind::half_year:
            return "H" + std::to_string(period.position()) + " " + year_text(period);
        case PeriodKind::year:
            return year_text(period);
        case PeriodKind::year_to_date: {
            const bg::date first = period.first();
            const bg::date last = period.last();
            if (period.position() == 1) {
                return month_name(first.month()) + " " + std::to_string(first.year()) + " (year to date)";
            }
            if (first.year() == last.year()) {
                return month_name(first.month()) + "-" + month_name(last.month()) + " " + std::to_string(first.year());
            }
            return month_name(first.month()) + " " + std::to_string(first.year()) + "-" + month_name(last.month()) +
                   " " + std::to_string(last.year());
        }
        case PeriodKind::range:
            return day_text(period.first()) + " to " + day_text(period.last());
    }
    return {};
}

namespace {

// A month name or its three-letter abbreviation, in any case; 0 if the next word is not one.
unsigned month_word(Cursor& c) {
    for (unsigned m = 1; m <= 12; ++m) {
        if (c.eat_word(english_months.at(m - 1)) || c.eat_word(english_months.at(m - 1).substr(0, 3))) return m;
    }
    return 0;
}

unsigned expect_month(Cursor& c) {
    const std::size_t at = c.position();
    if (const unsigned m = month_word(c)) return m;
    const std::string_view w = c.word();
    if (w.empty()) c.fail(at, "expected a month name");
    c.fail(at, "unknown word \"" + std::string(w) + "\": expected a month name");
}

bool eat_dash(Cursor& c) {
    return c.eat("-") || c.eat("\xE2\x80\x93");
}  // "-" or an en dash

// "FY2021/22 (from April)" after "FY": the label year and the year start.
std::pair<int, YearStart> fiscal_year(Cursor& c) {
    const int year = detail::checked_year(c, c.expect_digits(4, "a 4-digit year"));
    detail::fiscal_second_year(c, year);
    c.expect_space();
    c.expect("(", "\"(from <month>)\" naming the fiscal year's first month");
    if (!c.eat_word("from")) c.fail("expected \"from\" and the fiscal year's first month");
    c.expect_space();
    const std::size_t at = c.position();
    const unsigned start = expect_month(c);
    if (start == 1) c.fail(at, "a year from January is the calendar year: write it without FY");
    c.expect(")", "\")\"");
    return {year, YearStart{start}};
}

// The year after a Q or H number: "2021" or "FY2021/22 (from April)".
std::pair<int, YearStart> year_or_fiscal(Cursor& c) {
    if (c.eat("FY")) return fiscal_year(c);
    return {detail::checked_year(c, c.expect_digits(4, "a 4-digit year")), YearStart{}};
}

// "30 June 2021" after its day number has been read.
bg::date day_rest(Cursor& c, const Number& day) {
    c.expect_space();
    const unsigned month = expect_month(c);
    c.expect_space();
    const int year = detail::checked_year(c, c.expect_digits(4, "a 4-digit year"));
    return detail::build_at(c, day.position, [&] { return Period::day(year, month, static_cast<unsigned>(day.value)); })
        .first();
}

}  // namespace

namespace {

Period read_english(std::string_view text, std::optional<bg::date> as_of) {
    Cursor c(text);
    c.skip_spaces();
    const std::size_t start_at = c.position();
    Period result = Period::year(2000);
    if (c.eat_word("since")) {
        c.expect_space();
        bg::date first;
        if (const auto day = c.number()) {
            first = day_rest(c, *day);
        } else {
            const unsigned month = expect_month(c);
            c.expect_space();
            const int year = detail::checked_year(c, c.expect_digits(4, "a 4-digit year"));
            first = detail::build_at(c, start_at, [&] { return Period::month(year, month); }).first();
        }
        c.expect_end();
        return Period::range(first, detail::open_end(c, first, as_of, "since ..."));
    }
    if (c.eat("Q")) {
        const unsigned q = detail::checked_number(c, c.expect_number("a quarter number"), 1, 4, "quarter");
        c.expect_space();
        const auto labelled = year_or_fiscal(c);  // no structured binding: Clang 14 cannot capture one
        result = detail::build_at(c, start_at, [&] { return Period::quarter(labelled.first, q, labelled.second); });
    } else if (c.eat("H")) {
        const unsigned h = detail::checked_number(c, c.expect_number("a half-year number"), 1, 2, "half-year");
        c.expect_space();
        const auto labelled = year_or_fiscal(c);
        result = detail::build_at(c, start_at, [&] { return Period::half(labelled.first, h, labelled.second); });
    } else if (c.eat("FY")) {
        const auto labelled = fiscal_year(c);
        result = detail::build_at(c, start_at, [&] { return Period::year(labelled.first, labelled.second); });
    } else if (const auto number = c.number()) {
        if (c.done() || c.peek() == ' ') {
            if (number->length == 4 && (c.done() || c.rest().find_first_not_of(' ') == std::string_view::npos)) {
                const int year = detail::checked_year(c, *number);
                result = detail::build_at(c, start_at, [&] { return Period::year(year); });
            } else {
                const bg::date first = day_rest(c, *number);
                c.skip_spaces();
                if (c.eat_word("to")) {
                    c.expect_space();
                    const std::size_t end_at = c.position();
                    result = detail::checked_range(c, end_at, first, day_rest(c, c.expect_number("a day number")));
                } else {
                    result = Period::day(first);
                }
            }
        } else {
            c.fail(number->position, "unexpected \"" + std::string(c.rest()) + "\" after a number");
        }
    } else if (const unsigned m1 = month_word(c)) {
        if (eat_dash(c)) {
            // "January-June 2021": a year-to-date from the first month, within one calendar year.
            const std::size_t m2_at = c.position();
            const unsigned m2 = expect_month(c);
            c.expect_space();
            const int year = detail::checked_year(c, c.expect_digits(4, "a 4-digit year"));
            if (m2 < m1) {
                c.fail(m2_at, month_name(m1) + "-" + month_name(m2) +
                                  " runs backwards: a year-to-date across 1 January names both years, as in "
                                  "\"April 2021-February 2022\"");
            }
            result = detail::build_at(c, start_at, [&] { return Period::year_to_date(year, m2, YearStart{m1}); });
        } else {
            c.expect_space();
            const int year = detail::checked_year(c, c.expect_digits(4, "a 4-digit year"));
            const std::size_t after_year = c.position();
            c.skip_spaces();
            if (c.eat("(")) {
                if (!c.eat("year to date)")) c.fail("expected \"(year to date)\"");
                result = detail::build_at(c, start_at, [&] { return Period::year_to_date(year, m1, YearStart{m1}); });
            } else if (c.position() == after_year && eat_dash(c)) {
                // "April 2021-February 2022": a fiscal year-to-date across 1 January.
                const unsigned m2 = expect_month(c);
                c.expect_space();
                const Number y2 = c.expect_digits(4, "a 4-digit year");
                const bool same = y2.value == year && m2 >= m1;
                const bool crossing = y2.value == year + 1 && m2 < m1;
                if (!same && !crossing) {
                    c.fail(y2.position, "a year-to-date from " + month_name(m1) + " " + std::to_string(year) +
                                            " ends within the next 12 months, not in " + month_name(m2) + " " +
                                            std::to_string(y2.value));
                }
                result = detail::build_at(c, start_at, [&] { return Period::year_to_date(year, m2, YearStart{m1}); });
            } else {
                result = Period::month(year, m1);
            }
        }
    } else {
        const std::string_view w = c.word();
        if (w.empty())
            c.fail(start_at, "expected a period such as \"Q2 2021\", \"June 2021\" or \"January-June 2021\"");
        c.fail(start_at, "unknown word \"" + std::string(w) + "\"");
    }
    c.expect_end();
    return result;
}

}  // namespace

Period parse_english(std::string_view text, std::optional<bg::date> as_of) {
    text_detail::require_utf8(text);
    try {
        return read_english(text, as_of);
    } catch (const InvalidPeriod& e) {
        // A period refused by its constructor where the reader did not name a place: the text
        // is still what failed, so the caller gets a ParseError like any other.
        throw ParseError(text, 0, e.what());
    }
}

}  // namespace svctrade
