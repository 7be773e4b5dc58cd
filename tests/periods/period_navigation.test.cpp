// SPDX-License-Identifier: BSL-1.0
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/periods/period.hpp>

using boost::gregorian::date;
using svctrade::Period;
using svctrade::RollUpTarget;
using svctrade::YearStart;

namespace {
date d(int y, unsigned m, unsigned dd) {
    return {static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(dd)};
}
}  // namespace

TEST_CASE("the same period last year keeps kind and position") {
    CHECK(Period::month(2024, 2).same_period_last_year() == Period::month(2023, 2));
    CHECK(Period::quarter(2021, 1).same_period_last_year() == Period::quarter(2020, 1));
    CHECK(Period::half(2021, 2).same_period_last_year() == Period::half(2020, 2));
    CHECK(Period::year(2021).same_period_last_year() == Period::year(2020));
    CHECK(Period::year_to_date(2021, 6).same_period_last_year() == Period::year_to_date(2020, 6));
    CHECK(Period::year_to_date(2021, 2, YearStart::april()).same_period_last_year() ==
          Period::year_to_date(2020, 2, YearStart::april()));
    CHECK(Period::year_to_date(2021, 2, YearStart::april()).same_period_last_year().last() == d(2021, 2, 28));
    CHECK(Period::year_to_date(2020, 2, YearStart::april()).same_period_last_year().last() == d(2020, 2, 29));
    CHECK(Period::quarter(2021, 3, YearStart::october()).shifted_years(3) ==
          Period::quarter(2024, 3, YearStart::october()));
    CHECK(Period::month(2021, 6).shifted_years(0) == Period::month(2021, 6));
}

TEST_CASE("a leap day shifts to 28 February and 28 February stays put") {
    CHECK(Period::day(2020, 2, 29).shifted_years(1) == Period::day(2021, 2, 28));
    CHECK(Period::day(2021, 2, 28).shifted_years(-1) == Period::day(2020, 2, 28));
    CHECK(Period::day(2020, 2, 29).shifted_years(4) == Period::day(2024, 2, 29));
    CHECK(Period::day(2020, 2, 29).shifted_years(-100) == Period::day(1920, 2, 29));
    CHECK(Period::day(2000, 2, 29).shifted_years(-100) == Period::day(1900, 2, 28));
    CHECK(Period::day(2021, 3, 31).same_period_last_year() == Period::day(2020, 3, 31));
    const Period r = Period::range(d(2020, 1, 1), d(2020, 2, 29));
    CHECK(r.shifted_years(1) == Period::range(d(2021, 1, 1), d(2021, 2, 28)));
    CHECK(r.shifted_years(1).days() == 59);
    CHECK(Period::range(d(2021, 1, 1), d(2021, 2, 28)).shifted_years(-1).last() == d(2020, 2, 28));
}

TEST_CASE("shifting out of the supported years is an InvalidPeriod") {
    CHECK_THROWS_AS((void)Period::year(9999).shifted_years(1), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::day(1400, 1, 1).previous(), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::day(9999, 12, 31).next(), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::month(1400, 1).previous(), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::range(d(9999, 12, 1), d(9999, 12, 31)).next(), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::range(d(1400, 1, 1), d(1400, 1, 31)).same_period_last_year(),
                    svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::quarter(9999, 4, YearStart::july()).next(), svctrade::InvalidPeriod);
}

TEST_CASE("previous and next step within the kind across year boundaries") {
    CHECK(Period::quarter(2021, 1).previous() == Period::quarter(2020, 4));
    CHECK(Period::quarter(2020, 4).next() == Period::quarter(2021, 1));
    CHECK(Period::half(2021, 1).previous() == Period::half(2020, 2));
    CHECK(Period::half(2020, 2).next() == Period::half(2021, 1));
    CHECK(Period::month(2021, 1).previous() == Period::month(2020, 12));
    CHECK(Period::month(2020, 12).next() == Period::month(2021, 1));
    CHECK(Period::year(2021).previous() == Period::year(2020));
    CHECK(Period::day(2021, 1, 1).previous() == Period::day(2020, 12, 31));
    CHECK(Period::day(2020, 2, 28).next() == Period::day(2020, 2, 29));
    CHECK(Period::quarter(2021, 1, YearStart::april()).previous() == Period::quarter(2020, 4, YearStart::april()));
    CHECK(Period::quarter(2020, 4, YearStart::april()).first() == d(2021, 1, 1));
    CHECK(Period::quarter(2021, 3, YearStart::april()).next() == Period::quarter(2021, 4, YearStart::april()));
    CHECK(Period::half(2021, 2, YearStart::july()).next() == Period::half(2022, 1, YearStart::july()));
}

TEST_CASE("the year-to-date before the one through June is the one through May") {
    CHECK(Period::year_to_date(2021, 6).previous() == Period::year_to_date(2021, 5));
    CHECK(Period::year_to_date(2021, 5).next() == Period::year_to_date(2021, 6));
    CHECK(Period::year_to_date(2021, 1).previous() == Period::year_to_date(2020, 12));
    CHECK(Period::year_to_date(2020, 12).next() == Period::year_to_date(2021, 1));
    CHECK(Period::year_to_date(2021, 4, YearStart::april()).previous() ==
          Period::year_to_date(2020, 3, YearStart::april()));
    CHECK(Period::year_to_date(2021, 1, YearStart::april()).next() ==
          Period::year_to_date(2021, 2, YearStart::april()));
}

TEST_CASE("a range steps by its own length") {
    const Period r = Period::range(d(2021, 1, 1), d(2021, 1, 10));
    CHECK(r.next() == Period::range(d(2021, 1, 11), d(2021, 1, 20)));
    CHECK(r.previous() == Period::range(d(2020, 12, 22), d(2020, 12, 31)));
    CHECK(r.next().previous() == r);
}

TEST_CASE("next and previous are inverses for every kind") {
    const std::vector<Period> samples{Period::day(2020, 2, 29),
                                      Period::month(2020, 12),
                                      Period::quarter(2020, 4),
                                      Period::half(2020, 2, YearStart::october()),
                                      Period::year(2020, YearStart::july()),
                                      Period::year_to_date(2020, 12),
                                      Period::year_to_date(2020, 3, YearStart::april()),
                                      Period::range(d(2020, 2, 1), d(2020, 3, 15))};
    for (const Period& p : samples) {
        CAPTURE(svctrade::to_string(p.kind()));
        CHECK(p.next().previous() == p);
        CHECK(p.previous().next() == p);
        CHECK(p.next().kind() == p.kind());
        CHECK(p.next().year_start() == p.year_start());
        CHECK(p.shifted_years(3).shifted_years(-3).kind() == p.kind());
    }
}

TEST_CASE("a period splits into its calendar months") {
    const std::vector<Period> months = Period::year_to_date(2021, 6).months();
    REQUIRE(months.size() == 6);
    CHECK(months.front() == Period::month(2021, 1));
    CHECK(months.back() == Period::month(2021, 6));
    CHECK(Period::quarter(2021, 4, YearStart::april()).months() ==
          std::vector<Period>{Period::month(2022, 1), Period::month(2022, 2), Period::month(2022, 3)});
    CHECK(Period::month(2021, 6).months() == std::vector<Period>{Period::month(2021, 6)});
    CHECK(Period::range(d(2020, 8, 1), d(2021, 5, 31)).months().size() == 10);
    CHECK(Period::range(d(2020, 8, 1), d(2021, 5, 31)).whole_months() == 10);
    CHECK_THROWS_AS((void)Period::range(d(2020, 8, 2), d(2021, 5, 31)).months(), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::range(d(2020, 8, 1), d(2021, 5, 30)).months(), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::day(2021, 6, 30).months(), svctrade::InvalidPeriod);
}

TEST_CASE("months roll up into quarters halves years and year-to-date") {
    const std::vector<Period> h1 = Period::half(2021, 1).months();
    CHECK(svctrade::roll_up(h1, RollUpTarget::quarter) ==
          std::vector<Period>{Period::quarter(2021, 1), Period::quarter(2021, 2)});
    CHECK(svctrade::roll_up(h1, RollUpTarget::half_year) == std::vector<Period>{Period::half(2021, 1)});
    CHECK(svctrade::roll_up(h1, RollUpTarget::year_to_date) == std::vector<Period>{Period::year_to_date(2021, 6)});
    const std::vector<Period> reversed(h1.rbegin(), h1.rend());
    CHECK(svctrade::roll_up(reversed, RollUpTarget::quarter) == svctrade::roll_up(h1, RollUpTarget::quarter));
    CHECK(svctrade::roll_up(Period::range(d(2020, 1, 1), d(2021, 12, 31)).months(), RollUpTarget::year) ==
          std::vector<Period>{Period::year(2020), Period::year(2021)});
    // Fiscal: April 2021 .. March 2022 is FY2021 starting April, and two halves.
    const std::vector<Period> fy = Period::year(2021, YearStart::april()).months();
    CHECK(svctrade::roll_up(fy, RollUpTarget::year, YearStart::april()) ==
          std::vector<Period>{Period::year(2021, YearStart::april())});
    CHECK(svctrade::roll_up(fy, RollUpTarget::half_year, YearStart::april()).size() == 2);
    // Year-to-date per year: all of 2020 and January-March 2021.
    const std::vector<Period> run = Period::range(d(2020, 1, 1), d(2021, 3, 31)).months();
    CHECK(svctrade::roll_up(run, RollUpTarget::year_to_date) ==
          std::vector<Period>{Period::year_to_date(2020, 12), Period::year_to_date(2021, 3)});
}

TEST_CASE("an incomplete roll-up names the missing month") {
    std::vector<Period> months = Period::half(2021, 1).months();
    months.pop_back();
    CHECK_THROWS_AS((void)svctrade::roll_up(months, RollUpTarget::quarter), svctrade::InvalidArgument);
    try {
        (void)svctrade::roll_up(months, RollUpTarget::quarter);
    } catch (const svctrade::InvalidArgument& e) {
        CHECK(std::string(e.what()) ==
              "cannot roll up into the quarter 2021-04-01..2021-06-30: month 2021-06 is missing");
    }
    std::vector<Period> gap = Period::half(2021, 1).months();
    gap.erase(gap.begin() + 2);
    CHECK_THROWS_AS((void)svctrade::roll_up(gap, RollUpTarget::year_to_date), svctrade::InvalidArgument);
    std::vector<Period> late = Period::half(2021, 1).months();
    late.erase(late.begin());
    CHECK_THROWS_AS((void)svctrade::roll_up(late, RollUpTarget::year_to_date), svctrade::InvalidArgument);
    std::vector<Period> twice = Period::quarter(2021, 1).months();
    twice.push_back(Period::month(2021, 2));
    CHECK_THROWS_AS((void)svctrade::roll_up(twice, RollUpTarget::quarter), svctrade::InvalidArgument);
    const std::vector<Period> not_months{Period::quarter(2021, 1)};
    CHECK_THROWS_AS((void)svctrade::roll_up(not_months, RollUpTarget::year), svctrade::InvalidArgument);
    // Only a cast from an integer makes a target that is none of the enumerators.
    CHECK_THROWS_AS((void)svctrade::roll_up(Period::quarter(2021, 1).months(), static_cast<RollUpTarget>(7)),
                    svctrade::InvalidArgument);
    CHECK(svctrade::roll_up(std::vector<Period>{}, RollUpTarget::year).empty());
}
