// SPDX-License-Identifier: BSL-1.0
// Chinese period names as in releases of the National Bureau of Statistics and MOFCOM:
// 2021年, 2021年上半年, 2021年第二季度, 2021年6月, and the cumulative 2021年1-6月 (also written
// 2021年6月累计: January through June). A fiscal year (财年) names both its years and its first
// month: 2021/22财年（4月起）. A month span not starting in January is a fiscal year-to-date
// starting in its first month: 2021年4-6月, 2021年4月-2022年2月.
#include <array>
#include <string>

#include <svctrade/periods/text.hpp>

#include "periods/text_detail.hpp"
#include "periods/util.hpp"
#include "utf8_decode.hpp"

namespace svctrade {

namespace bg = boost::gregorian;
using detail::Cursor;
using detail::Number;

namespace {

constexpr std::string_view nian = "年";
constexpr std::string_view yue = "月";
constexpr std::string_view ri = "日";
constexpr std::array<std::string_view, 4> numerals{"一", "二", "三", "四"};

std::string fiscal_prefix(const Period& p) {
    return std::to_string(p.year()) + "/" + detail::two_digits(p.year() + 1) + "财年（" +
           std::to_string(p.year_start().month()) + "月起）";
}

std::string year_prefix(const Period& p) {
    return p.is_fiscal() ? fiscal_prefix(p) : std::to_string(p.year()) + std::string(nian);
}

std::string day_text(bg::date d) {
    return std::to_string(d.year()) + "年" + std::to_string(d.month()) + "月" + std::to_string(d.day()) + "日";
}

}  // namespace

std::string to_chinese(const Period& period) {
    const std::string y = std::to_string(period.year());
    switch (period.kind()) {
        case PeriodKind::day:
            return day_text(period.first());
        case PeriodKind::month:
            return y + "年" + std::to_string(period.first().month()) + "月";
        case PeriodKind::quarter:
            return year_prefix(period) + "第" + std::string(numerals.at(period.position() - 1)) + "季度";
        case PeriodKind::half_year:
            return year_prefix(period) + (period.position() == 1 ? "上半年" : "下半年");
        case PeriodKind::year:
            return year_prefix(period);
        case PeriodKind::year_to_date: {
            const bg::date first = period.first();
            const bg::date last = period.last();
            if (period.position() == 1) return y + "年" + std::to_string(first.month()) + "月（累计）";
            if (first.year() == last.year()) {
                return y + "年" + std::to_string(first.month()) + "-" + std::to_string(last.month()) + "月";
            }
            return y + "年" + std::to_string(first.month()) + "月-" + std::to_string(last.year()) + "年" +
                   std::to_string(last.month()) + "月";
        }
        case PeriodKind::range:
            return day_text(period.first()) + "至" + day_text(period.last());
    }
    return {};
}

namespace {

bool eat_dash(Cursor& c) {
    return c.eat("-") || c.eat("\xE2\x80\x93") || c.eat("\xE2\x80\x94");
}  // - – —
bool eat_open(Cursor& c) {
    return c.eat("（") || c.eat("(");
}
bool eat_close(Cursor& c) {
    return c.eat("）") || c.eat(")");
}

unsigned month_number(Cursor& c) {
    return detail::checked_number(c, c.expect_number("a month number"), 1, 12, "month");
}

// 第二季度, 第2季度, 二季度: the quarter number; 0 if the text does not start a quarter.
unsigned quarter_number(Cursor& c) {
    const std::size_t at = c.position();
    const bool di = c.eat("第");
    for (unsigned q = 1; q <= 4; ++q) {
        if (c.eat(numerals.at(q - 1))) {
            c.expect("季度", "季度");
            return q;
        }
    }
    if (!di) return 0;  // 2021年6月: a month, not a quarter
    if (const auto n = c.number()) {
        const unsigned q = detail::checked_number(c, *n, 1, 4, "quarter");
        c.expect("季度", "季度");
        return q;
    }
    if (c.position() != at) c.fail(c.position(), "expected a quarter number 一..四 or 1..4");
    return 0;
}

// 上半年 / 下半年: the half number; 0 if neither.
unsigned half_number(Cursor& c) {
    if (c.eat("上半年")) return 1;
    if (c.eat("下半年")) return 2;
    return 0;
}

// 2021年6月30日 after 2021年6月 has been read.
bg::date day_rest(Cursor& c, int year, unsigned month) {
    const Number day = c.expect_number("a day number");
    c.expect(ri, "日");
    return detail::build_at(c, day.position, [&] { return Period::day(year, month, static_cast<unsigned>(day.value)); })
        .first();
}

bg::date full_day(Cursor& c) {
    const int year = detail::checked_year(c, c.expect_digits(4, "a 4-digit year"));
    c.expect(nian, "年");
    const unsigned month = month_number(c);
    c.expect(yue, "月");
    return day_rest(c, year, month);
}

Period fiscal(Cursor& c, int year, std::size_t start_at) {
    c.expect("财年", "财年 after a fiscal year such as 2021/22");
    if (!eat_open(c)) c.fail("expected （N月起） naming the fiscal year's first month");
    const std::size_t month_at = c.position();
    const unsigned start = month_number(c);
    if (start == 1) c.fail(month_at, "a year from January is the calendar year: write 2021年");
    c.expect("月起", "月起");
    if (!eat_close(c)) c.fail("expected ）");
    if (const unsigned h = half_number(c)) {
        return detail::build_at(c, start_at, [&] { return Period::half(year, h, YearStart{start}); });
    }
    if (const unsigned q = quarter_number(c)) {
        return detail::build_at(c, start_at, [&] { return Period::quarter(year, q, YearStart{start}); });
    }
    return detail::build_at(c, start_at, [&] { return Period::year(year, YearStart{start}); });
}

}  // namespace

namespace {

Period read_chinese(std::string_view text, std::optional<bg::date> as_of) {
    Cursor c(text);
    c.skip_spaces();
    const std::size_t start_at = c.position();
    const bool since = c.eat("自");
    const Number year_number = c.expect_digits(4, "a 4-digit year");
    const int year = detail::checked_year(c, year_number);
    Period result = Period::year(2000);
    const auto require_no_since = [&] {
        if (since) c.fail(start_at, "自 starts an open phrase, which must end in 以来");
    };
    if (c.peek() == '/') {
        require_no_since();
        detail::fiscal_second_year(c, year);
        result = fiscal(c, year, start_at);
        c.expect_end();
        return result;
    }
    c.expect(nian, "年 after the year");
    if (c.done() || c.rest().find_first_not_of(' ') == std::string_view::npos) {
        require_no_since();
        return detail::build_at(c, start_at, [&] { return Period::year(year); });
    }
    if (const unsigned h = half_number(c)) {
        require_no_since();
        result = detail::build_at(c, start_at, [&] { return Period::half(year, h); });
    } else if (const unsigned q = quarter_number(c)) {
        require_no_since();
        result = detail::build_at(c, start_at, [&] { return Period::quarter(year, q); });
    } else {
        const auto m1_number = c.number();
        if (!m1_number) {
            c.fail("unknown text \"" + std::string(c.rest()) + "\": expected 上半年, 下半年, 第N季度 or a month");
        }
        const unsigned m1 = detail::checked_number(c, *m1_number, 1, 12, "month");
        if (eat_dash(c)) {
            // 2021年1-6月: a year-to-date from the first month within one calendar year.
            require_no_since();
            const std::size_t m2_at = c.position();
            const unsigned m2 = month_number(c);
            c.expect(yue, "月");
            c.eat("累计");
            if (m2 < m1) {
                c.fail(m2_at, std::to_string(m1) + "-" + std::to_string(m2) +
                                  "月 runs backwards: a year-to-date across 1 January names both years, as in "
                                  "2021年4月-2022年2月");
            }
            result = detail::build_at(c, start_at, [&] { return Period::year_to_date(year, m2, YearStart{m1}); });
        } else {
            c.expect(yue, "月 after the month");
            if (c.eat("以来")) {
                const bg::date first = Period::month(year, m1).first();
                c.expect_end();
                return Period::range(first, detail::open_end(c, first, as_of, "…以来"));
            }
            if (c.peek() >= '0' && c.peek() <= '9') {
                const bg::date first = day_rest(c, year, m1);
                if (c.eat("以来")) {
                    c.expect_end();
                    return Period::range(first, detail::open_end(c, first, as_of, "…以来"));
                }
                require_no_since();
                if (c.eat("至")) {
                    const std::size_t end_at = c.position();
                    result = detail::checked_range(c, end_at, first, full_day(c));
                } else {
                    result = Period::day(first);
                }
            } else if (since) {
                c.fail(start_at, "自 starts an open phrase, which must end in 以来");
            } else if (eat_open(c)) {
                c.expect("累计", "（累计）");
                if (!eat_close(c)) c.fail("expected ）");
                result = detail::build_at(c, start_at, [&] { return Period::year_to_date(year, m1, YearStart{m1}); });
            } else if (c.eat("累计")) {
                // 2021年6月累计: cumulative from January through June.
                result = Period::year_to_date(year, m1);
            } else if (eat_dash(c)) {
                // 2021年4月-2022年2月: a fiscal year-to-date across 1 January.
                const Number y2 = c.expect_digits(4, "a 4-digit year");
                c.expect(nian, "年");
                const unsigned m2 = month_number(c);
                c.expect(yue, "月");
                c.eat("累计");
                const bool same = y2.value == year && m2 >= m1;
                const bool crossing = y2.value == year + 1 && m2 < m1;
                if (!same && !crossing) {
                    c.fail(y2.position, "a year-to-date from " + std::to_string(year) + "年" + std::to_string(m1) +
                                            "月 ends within the next 12 months, not in " + std::to_string(y2.value) +
                                            "年" + std::to_string(m2) + "月");
                }
                result = detail::build_at(c, start_at, [&] { return Period::year_to_date(year, m2, YearStart{m1}); });
            } else {
                result = Period::month(year, m1);
            }
        }
    }
    c.expect_end();
    return result;
}

}  // namespace

Period parse_chinese(std::string_view text, std::optional<bg::date> as_of) {
    text_detail::require_utf8(text);
    try {
        return read_chinese(text, as_of);
    } catch (const InvalidPeriod& e) {
        // A period refused by its constructor where the reader did not name a place: the text
        // is still what failed, so the caller gets a ParseError like any other.
        throw ParseError(text, 0, e.what());
    }
}

}  // namespace svctrade
