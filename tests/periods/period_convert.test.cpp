// SPDX-License-Identifier: BSL-1.0
// Periods with the same dates but another kind: January-June 2021 (as "2021年1-6月" releases
// print it) and H1 2021 (上半年), January-December and the year.
#include <svctrade/error.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>

#include <doctest/doctest.h>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <string>

using namespace svctrade;
namespace bg = boost::gregorian;

TEST_CASE("January to June is the first half and the first half is January to June") {
    const Period ytd = Period::year_to_date(2021, 6);
    const Period h1 = Period::half(2021, 1);
    CHECK(ytd != h1);
    CHECK(ytd.as_kind(PeriodKind::half_year) == h1);
    CHECK(h1.as_kind(PeriodKind::year_to_date) == ytd);
    CHECK(ytd.as_kind(PeriodKind::half_year).kind() == PeriodKind::half_year);
}

TEST_CASE("January to December is the year and the year is January to December") {
    CHECK(Period::year_to_date(2021, 12).as_kind(PeriodKind::year) == Period::year(2021));
    CHECK(Period::year(2021).as_kind(PeriodKind::year_to_date) == Period::year_to_date(2021, 12));
}

TEST_CASE("January to March is the first quarter and January alone is the month") {
    CHECK(Period::year_to_date(2021, 3).as_kind(PeriodKind::quarter) == Period::quarter(2021, 1));
    CHECK(Period::quarter(2021, 1).as_kind(PeriodKind::year_to_date) == Period::year_to_date(2021, 3));
    CHECK(Period::year_to_date(2021, 1).as_kind(PeriodKind::month) == Period::month(2021, 1));
    CHECK(Period::month(2021, 1).as_kind(PeriodKind::year_to_date) == Period::year_to_date(2021, 1));
}

TEST_CASE("a range is any kind with its dates and every period is a range of its own dates") {
    const Period r = Period::range(bg::date(2021, 1, 1), bg::date(2021, 6, 30));
    CHECK(r.as_kind(PeriodKind::half_year) == Period::half(2021, 1));
    CHECK(r.as_kind(PeriodKind::year_to_date) == Period::year_to_date(2021, 6));
    CHECK(Period::half(2021, 1).as_kind(PeriodKind::range) == r);
    CHECK(Period::range(bg::date(2021, 6, 30), bg::date(2021, 6, 30)).as_kind(PeriodKind::day) ==
          Period::day(2021, 6, 30));
    CHECK(Period::day(2021, 6, 30).as_kind(PeriodKind::range).days() == 1);
}

TEST_CASE("the own kind gives the period back") {
    const Period q = Period::quarter(2021, 2, YearStart::april());
    CHECK(q.as_kind(PeriodKind::quarter) == q);
    CHECK(Period::month(2021, 6).as_kind(PeriodKind::month) == Period::month(2021, 6));
}

TEST_CASE("fiscal periods convert within their year start and a range needs the start named") {
    const Period fy_ytd = Period::year_to_date(2021, 9, YearStart::april());  // April-September 2021
    const Period fy_h1 = Period::half(2021, 1, YearStart::april());
    CHECK(fy_ytd.as_kind(PeriodKind::half_year) == fy_h1);
    CHECK(fy_h1.as_kind(PeriodKind::year_to_date) == fy_ytd);
    const Period r = Period::range(bg::date(2021, 4, 1), bg::date(2022, 3, 31));
    CHECK(r.as_kind(PeriodKind::year, YearStart::april()) == Period::year(2021, YearStart::april()));
    CHECK_THROWS_AS((void)r.as_kind(PeriodKind::year), InvalidPeriod);  // not a calendar year
    // The calendar half with the dates of a fiscal quarter does not exist; the calendar Q2 does.
    const Period fy_q1 = Period::quarter(2021, 1, YearStart::april());  // April-June 2021
    CHECK(fy_q1.as_kind(PeriodKind::quarter, YearStart::calendar()) == Period::quarter(2021, 2));
}

TEST_CASE("dates that no period of the other kind has are refused naming both") {
    CHECK_THROWS_AS((void)Period::half(2021, 2).as_kind(PeriodKind::year_to_date), InvalidPeriod);
    CHECK_THROWS_AS((void)Period::year_to_date(2021, 5).as_kind(PeriodKind::half_year), InvalidPeriod);
    CHECK_THROWS_AS((void)Period::year_to_date(2021, 6).as_kind(PeriodKind::year), InvalidPeriod);
    CHECK_THROWS_AS((void)Period::year(2021).as_kind(PeriodKind::month), InvalidPeriod);
    CHECK_THROWS_AS((void)Period::range(bg::date(2021, 6, 2), bg::date(2021, 6, 30)).as_kind(PeriodKind::month),
                    InvalidPeriod);
    CHECK_THROWS_AS((void)Period::month(2021, 6).as_kind(PeriodKind::day), InvalidPeriod);
    try {
        (void)Period::year_to_date(2021, 5).as_kind(PeriodKind::half_year);
        FAIL("no exception");
    } catch (const InvalidPeriod& e) {
        const std::string message = e.what();
        CHECK(message.find("January-May 2021 (2021-01-01..2021-05-31)") != std::string::npos);
        CHECK(message.find("is not a half-year of calendar years") != std::string::npos);
        CHECK(message.find("H1 2021, covers 2021-01-01..2021-06-30") != std::string::npos);
    }
}

TEST_CASE("try_as_kind says no instead of throwing") {
    CHECK(Period::year_to_date(2021, 6).try_as_kind(PeriodKind::half_year) == Period::half(2021, 1));
    CHECK_FALSE(Period::half(2021, 2).try_as_kind(PeriodKind::year_to_date).has_value());
    CHECK_FALSE(Period::year_to_date(2021, 5).try_as_kind(PeriodKind::quarter).has_value());
    // The fiscal year holding the last days of 9999 would end in 10000: no such period.
    const Period end = Period::range(bg::date(9999, 4, 1), bg::date(9999, 12, 31));
    CHECK_FALSE(end.try_as_kind(PeriodKind::year, YearStart::april()).has_value());
    CHECK_THROWS_AS((void)end.as_kind(PeriodKind::year, YearStart::april()), InvalidPeriod);
}
