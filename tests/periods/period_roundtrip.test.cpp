// SPDX-License-Identifier: BSL-1.0
// Property tests over every kind, every year 1900-2100 and every fiscal start month: each text
// form the kind supports parses back to the same value. Days are sampled (first and last day of
// every month, and 29 February where it exists) to keep the test fast under sanitizers.
#include <doctest/doctest.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>

using boost::gregorian::date;
using svctrade::Period;
using svctrade::PeriodKind;
using svctrade::PeriodTextForm;
using svctrade::YearStart;

namespace {

constexpr int first_year = 1900;
constexpr int last_year = 2100;

date d(int y, unsigned m, unsigned dd) {
    return {static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(dd)};
}

// Every period of every kind that the property covers for one year.
std::vector<Period> periods_of(int year) {
    std::vector<Period> out;
    for (unsigned s = 1; s <= 12; ++s) {
        const YearStart start{s};
        for (unsigned q = 1; q <= 4; ++q) out.push_back(Period::quarter(year, q, start));
        for (unsigned h = 1; h <= 2; ++h) out.push_back(Period::half(year, h, start));
        out.push_back(Period::year(year, start));
        for (unsigned m = 1; m <= 12; ++m) out.push_back(Period::year_to_date(year, m, start));
    }
    for (unsigned m = 1; m <= 12; ++m) {
        const Period month = Period::month(year, m);
        out.push_back(month);
        out.push_back(Period::day(month.first()));
        out.push_back(Period::day(month.last()));
    }
    if (boost::gregorian::gregorian_calendar::is_leap_year(static_cast<unsigned short>(year))) {
        out.push_back(Period::day(year, 2, 29));
    }
    out.push_back(Period::range(d(year, 1, 1), d(year, 1, 1)));
    out.push_back(Period::range(d(year, 2, 15), d(year, 3, 1)));
    out.push_back(Period::range(d(year, 8, 1), d(year + 1, 2, 28)));
    return out;
}

}  // namespace

TEST_CASE("every period of every year 1900-2100 round-trips through every text form it supports") {
    std::size_t checked = 0;
    std::size_t skipped = 0;
    for (int year = first_year; year <= last_year; ++year) {
        for (const Period& p : periods_of(year)) {
            for (const PeriodTextForm form : {PeriodTextForm::sdmx, PeriodTextForm::english, PeriodTextForm::chinese}) {
                if (!svctrade::round_trips(p.kind(), form)) {
                    ++skipped;
                    continue;
                }
                const std::string text = svctrade::to_text(p, form);
                const Period back =
                    svctrade::parse_period(text, form, {.as_of = std::nullopt, .reporting_year_start = p.year_start()});
                if (back != p) {
                    FAIL_CHECK("\"" << text << "\" parsed back as " << svctrade::to_iso_interval(back) << " ("
                                    << svctrade::to_string(back.kind()) << ")");
                }
                ++checked;
            }
        }
    }
    // Per year: 12 starts x (4 quarters, 2 halves, 1 year) in 3 forms, 12 starts x 12 year-to-date in
    // 2 forms, 12 months, 24 days and 3 ranges in 3 forms = 657, plus 3 for each 29 February.
    CHECK(checked == 201 * 657 + 49 * 3);  // 49 leap years: 1904..2096
    CHECK(skipped == 201 * 12 * 12);       // year-to-date has no SDMX code
}

TEST_CASE("the ISO interval of any period keeps its dates but not its kind") {
    for (int year = first_year; year <= last_year; year += 7) {
        for (const Period& p : periods_of(year)) {
            const Period interval = svctrade::parse_sdmx(svctrade::to_iso_interval(p));
            if (interval.kind() != PeriodKind::range || !interval.same_dates(p)) {
                FAIL_CHECK("ISO interval of " << svctrade::to_english(p) << " did not keep its dates");
            }
        }
    }
}

TEST_CASE("navigation is consistent for periods of every third year 1900-2100") {
    for (int year = first_year; year <= last_year; year += 3) {
        for (const Period& p : periods_of(year)) {
            const Period next = p.next();
            const Period previous = p.previous();
            const Period last_year_p = p.same_period_last_year();
            if (next.previous() != p || previous.next() != p || next.kind() != p.kind() ||
                last_year_p.kind() != p.kind() || last_year_p.year_start() != p.year_start() || !(previous < p) ||
                !(p < next)) {
                FAIL_CHECK("navigation broken for " << svctrade::to_english(p));
            }
            if (p.kind() != PeriodKind::range && p.kind() != PeriodKind::day &&
                (last_year_p.position() != p.position() || last_year_p.year() != p.year() - 1)) {
                FAIL_CHECK("the same period last year of " << svctrade::to_english(p) << " is "
                                                           << svctrade::to_english(last_year_p));
            }
        }
    }
}

namespace {

// Every labelled period of one year label that constructs; the others must be refused as
// InvalidPeriod (their days leave 1400-01-01..9999-12-31), which `refused` counts.
std::vector<Period> edge_periods_of(int year, std::size_t& refused) {
    std::vector<Period> out;
    const auto add = [&](auto&& make) {
        try {
            out.push_back(make());
        } catch (const svctrade::InvalidPeriod&) {
            ++refused;
        }
    };
    for (unsigned s = 1; s <= 12; ++s) {
        const YearStart start{s};
        for (unsigned q = 1; q <= 4; ++q) add([&] { return Period::quarter(year, q, start); });
        for (unsigned h = 1; h <= 2; ++h) add([&] { return Period::half(year, h, start); });
        add([&] { return Period::year(year, start); });
        for (unsigned m = 1; m <= 12; ++m) add([&] { return Period::year_to_date(year, m, start); });
    }
    for (unsigned m = 1; m <= 12; ++m) add([&] { return Period::month(year, m); });
    return out;
}

}  // namespace

TEST_CASE("at the edges of the range every period that constructs round-trips, and the rest are refused") {
    // One rule both ways: a period exists when its days lie in 1400-01-01..9999-12-31, whatever its
    // label; what prints reads back, and a label the constructors refuse no parser accepts.
    std::size_t checked = 0;
    std::size_t refused = 0;
    for (const int year : {1398, 1399, 1400, 1401, 9998, 9999}) {
        for (const Period& p : edge_periods_of(year, refused)) {
            for (const PeriodTextForm form : {PeriodTextForm::sdmx, PeriodTextForm::english, PeriodTextForm::chinese}) {
                if (!svctrade::round_trips(p.kind(), form)) continue;
                const std::string text = svctrade::to_text(p, form);
                try {
                    const Period back = svctrade::parse_period(
                        text, form, {.as_of = std::nullopt, .reporting_year_start = p.year_start()});
                    if (back != p) FAIL_CHECK("\"" << text << "\" parsed back as " << svctrade::to_iso_interval(back));
                } catch (const svctrade::ParseError& e) {
                    FAIL_CHECK("\"" << text << "\" printed but does not parse: " << e.what());
                }
                ++checked;
            }
        }
    }
    // The days of the first and last day of the range, in every kind and year start.
    for (const date day : {d(1400, 1, 1), d(9999, 12, 31)}) {
        for (const PeriodKind kind :
             {PeriodKind::month, PeriodKind::quarter, PeriodKind::half_year, PeriodKind::year}) {
            for (unsigned s = 1; s <= 12; ++s) {
                std::optional<Period> p;
                try {
                    p = Period::containing(day, kind, YearStart{s});
                } catch (const svctrade::InvalidPeriod&) {
                    ++refused;  // the period holding 9999-12-31 would run into 10000
                    continue;
                }
                for (const PeriodTextForm form :
                     {PeriodTextForm::sdmx, PeriodTextForm::english, PeriodTextForm::chinese}) {
                    const std::string text = svctrade::to_text(*p, form);
                    CHECK_NOTHROW(
                        CHECK(svctrade::parse_period(
                                  text, form, {.as_of = std::nullopt, .reporting_year_start = p->year_start()}) == *p));
                    ++checked;
                }
            }
        }
    }
    // Labels 1399 reach into 1400 for every start but January; labels 1398 name nothing.
    CHECK(checked > 1000);
    CHECK(refused > 0);
    std::size_t refused_1398 = 0;
    CHECK(edge_periods_of(1398, refused_1398).empty());
    std::size_t refused_1399 = 0;
    CHECK(!edge_periods_of(1399, refused_1399).empty());
    for (const std::string text : {"1398-Q4", "1399-Q1", "1399-01"}) {
        CHECK_THROWS_AS((void)svctrade::parse_sdmx(text, YearStart::october()), svctrade::ParseError);
    }
}
