// SPDX-License-Identifier: BSL-1.0
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>

using boost::gregorian::date;
using svctrade::ParseError;
using svctrade::Period;
using svctrade::PeriodKind;
using svctrade::PeriodTextForm;
using svctrade::YearStart;

namespace {
date d(int y, unsigned m, unsigned dd) {
    return {static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(dd)};
}

// The ParseError raised by `parse`, so that position and reason can be checked.
template <class F>
std::optional<ParseError> error_of(F&& parse) {
    try {
        (void)parse();
    } catch (const ParseError& e) {
        return e;
    }
    return std::nullopt;
}
}  // namespace

TEST_CASE("SDMX and ISO codes are written for every kind but year-to-date") {
    CHECK(svctrade::to_sdmx(Period::year(2021)) == "2021");
    CHECK(svctrade::to_sdmx(Period::half(2021, 1)) == "2021-S1");
    CHECK(svctrade::to_sdmx(Period::quarter(2021, 2)) == "2021-Q2");
    CHECK(svctrade::to_sdmx(Period::month(2021, 6)) == "2021-M06");
    CHECK(svctrade::to_sdmx(Period::day(2021, 6, 30)) == "2021-06-30");
    CHECK(svctrade::to_sdmx(Period::range(d(2021, 1, 1), d(2021, 6, 30))) == "2021-01-01/2021-06-30");
    CHECK(svctrade::to_sdmx(Period::year(2021, YearStart::april())) == "2021-A1");
    CHECK(svctrade::to_sdmx(Period::quarter(2021, 1, YearStart::april())) == "2021-Q1");
    CHECK_THROWS_AS((void)svctrade::to_sdmx(Period::year_to_date(2021, 6)), svctrade::InvalidArgument);
    CHECK_THROWS_WITH((void)svctrade::to_sdmx(Period::year_to_date(2021, 6)),
                      doctest::Contains("SDMX has no code for the year-to-date 2021-01-01/2021-06-30"));
    CHECK(svctrade::to_iso_interval(Period::year_to_date(2021, 6)) == "2021-01-01/2021-06-30");
    CHECK_FALSE(svctrade::round_trips(PeriodKind::year_to_date, PeriodTextForm::sdmx));
    CHECK(svctrade::round_trips(PeriodKind::year_to_date, PeriodTextForm::chinese));
    CHECK(svctrade::round_trips(PeriodKind::range, PeriodTextForm::sdmx));
}

TEST_CASE("SDMX and ISO codes parse back") {
    CHECK(svctrade::parse_sdmx("2021") == Period::year(2021));
    CHECK(svctrade::parse_sdmx("2021-A1") == Period::year(2021));
    CHECK(svctrade::parse_sdmx("2021-S1") == Period::half(2021, 1));
    CHECK(svctrade::parse_sdmx("2021-Q2") == Period::quarter(2021, 2));
    CHECK(svctrade::parse_sdmx("2021-M06") == Period::month(2021, 6));
    CHECK(svctrade::parse_sdmx("2021-06") == Period::month(2021, 6));
    CHECK(svctrade::parse_sdmx("2021-06-30") == Period::day(2021, 6, 30));
    CHECK(svctrade::parse_sdmx("2021-01-01/2021-06-30") == Period::range(d(2021, 1, 1), d(2021, 6, 30)));
    CHECK(svctrade::parse_sdmx("2021-Q1", YearStart::april()) == Period::quarter(2021, 1, YearStart::april()));
    CHECK(svctrade::parse_sdmx("2021-A1", YearStart::july()) == Period::year(2021, YearStart::july()));
    CHECK(svctrade::parse_sdmx("2021", YearStart::july()) == Period::year(2021));
    CHECK(svctrade::parse_sdmx("2021-06", YearStart::july()) == Period::month(2021, 6));
    CHECK(svctrade::parse_period("2021-S2", PeriodTextForm::sdmx,
                                 {.as_of = std::nullopt, .reporting_year_start = YearStart::october()}) ==
          Period::half(2021, 2, YearStart::october()));
}

TEST_CASE("a day outside Boost's years is an svctrade error, and month lengths follow the Gregorian rule") {
    // Found by the fuzzer: the month's length was asked of Boost before the year was checked, and
    // Boost threw its own bad_year for 1399.
    for (const char* text : {"1399-02-30", "1399-02-28", "0001-01-31", "1399-12-31/1400-01-31"}) {
        CAPTURE(text);
        CHECK_THROWS_AS((void)svctrade::parse_sdmx(text), svctrade::Error);
    }
    auto e = error_of([] { return svctrade::parse_sdmx("1399-02-30"); });
    REQUIRE(e);
    CHECK(e->reason() == "day 30 does not exist in 1399-02, which has 28 days");
    CHECK_NOTHROW((void)svctrade::parse_sdmx("2000-02-29"));
    CHECK_NOTHROW((void)svctrade::parse_sdmx("2024-02-29"));
    e = error_of([] { return svctrade::parse_sdmx("1900-02-29"); });
    REQUIRE(e);
    CHECK(e->reason() == "day 29 does not exist in 1900-02, which has 28 days");
    e = error_of([] { return svctrade::parse_sdmx("2021-04-31"); });
    REQUIRE(e);
    CHECK(e->reason() == "day 31 does not exist in 2021-04, which has 30 days");
    CHECK_NOTHROW((void)svctrade::parse_sdmx("2021-12-31"));
}

TEST_CASE("invalid SDMX codes are rejected naming the offending part") {
    auto e = error_of([] { return svctrade::parse_sdmx("2021-Q5"); });
    REQUIRE(e);
    CHECK(e->position() == 6);
    CHECK(e->reason() == "quarter 5 does not exist: quarters are 1..4");
    e = error_of([] { return svctrade::parse_sdmx("2021-M13"); });
    REQUIRE(e);
    CHECK(e->position() == 6);
    CHECK(e->reason() == "month 13 does not exist: months are 1..12");
    e = error_of([] { return svctrade::parse_sdmx("2021-02-30"); });
    REQUIRE(e);
    CHECK(e->position() == 8);
    CHECK(e->reason() == "day 30 does not exist in 2021-02, which has 28 days");
    CHECK(std::string(e->what()) ==
          "cannot parse \"2021-02-30\" at position 8: day 30 does not exist in 2021-02, which has 28 days");
    e = error_of([] { return svctrade::parse_sdmx("2021-06-30/2021-01-01"); });
    REQUIRE(e);
    CHECK(e->position() == 11);
    CHECK(e->reason() == "the interval ends on 2021-01-01, before its start 2021-06-30");
    e = error_of([] { return svctrade::parse_sdmx("2021-X1"); });
    REQUIRE(e);
    CHECK(e->position() == 5);
    e = error_of([] { return svctrade::parse_sdmx("2021-S3"); });
    REQUIRE(e);
    CHECK(e->reason() == "half-year 3 does not exist: half-years are 1..2");
    e = error_of([] { return svctrade::parse_sdmx("2021-A2"); });
    REQUIRE(e);
    CHECK(e->position() == 6);
    e = error_of([] { return svctrade::parse_sdmx("2021-M06", YearStart::april()); });
    REQUIRE(e);
    CHECK(e->position() == 5);
    CHECK(e->reason().find("reporting months") != std::string::npos);
    CHECK_THROWS_AS((void)svctrade::parse_sdmx("21-Q1"), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_sdmx(""), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_sdmx("2021-Q1x"), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_sdmx("2021-6"), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_sdmx("1399"), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_sdmx("9999-A1", YearStart::april()), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_sdmx("2021-01-01/2021-13-01"), ParseError);
}

TEST_CASE("English names are written for every kind") {
    CHECK(svctrade::to_english(Period::day(2021, 6, 30)) == "30 June 2021");
    CHECK(svctrade::to_english(Period::month(2021, 6)) == "June 2021");
    CHECK(svctrade::to_english(Period::quarter(2021, 2)) == "Q2 2021");
    CHECK(svctrade::to_english(Period::half(2021, 1)) == "H1 2021");
    CHECK(svctrade::to_english(Period::year(2021)) == "2021");
    CHECK(svctrade::to_english(Period::year_to_date(2021, 6)) == "January-June 2021");
    CHECK(svctrade::to_english(Period::year_to_date(2021, 1)) == "January 2021 (year to date)");
    CHECK(svctrade::to_english(Period::range(d(2020, 8, 1), d(2021, 6, 30))) == "1 August 2020 to 30 June 2021");
    CHECK(svctrade::to_english(Period::year(2021, YearStart::april())) == "FY2021/22 (from April)");
    CHECK(svctrade::to_english(Period::year(1999, YearStart::april())) == "FY1999/00 (from April)");
    CHECK(svctrade::to_english(Period::quarter(2021, 1, YearStart::april())) == "Q1 FY2021/22 (from April)");
    CHECK(svctrade::to_english(Period::half(2021, 2, YearStart::july())) == "H2 FY2021/22 (from July)");
    CHECK(svctrade::to_english(Period::year_to_date(2021, 2, YearStart::april())) == "April 2021-February 2022");
    CHECK(svctrade::to_english(Period::year_to_date(2021, 6, YearStart::april())) == "April-June 2021");
    CHECK(svctrade::to_english(Period::year_to_date(2021, 4, YearStart::april())) == "April 2021 (year to date)");
}

TEST_CASE("English names parse back with abbreviations and any case") {
    CHECK(svctrade::parse_english("30 June 2021") == Period::day(2021, 6, 30));
    CHECK(svctrade::parse_english("june 2021") == Period::month(2021, 6));
    CHECK(svctrade::parse_english("Jun 2021") == Period::month(2021, 6));
    CHECK(svctrade::parse_english("Q2 2021") == Period::quarter(2021, 2));
    CHECK(svctrade::parse_english("H1 2021") == Period::half(2021, 1));
    CHECK(svctrade::parse_english("2021") == Period::year(2021));
    CHECK(svctrade::parse_english("January-June 2021") == Period::year_to_date(2021, 6));
    CHECK(svctrade::parse_english("Jan\xE2\x80\x93Jun 2021") == Period::year_to_date(2021, 6));
    CHECK(svctrade::parse_english("January 2021 (year to date)") == Period::year_to_date(2021, 1));
    CHECK(svctrade::parse_english("1 August 2020 to 30 June 2021") == Period::range(d(2020, 8, 1), d(2021, 6, 30)));
    CHECK(svctrade::parse_english("FY2021/22 (from April)") == Period::year(2021, YearStart::april()));
    CHECK(svctrade::parse_english("Q4 FY2021/22 (from October)") == Period::quarter(2021, 4, YearStart::october()));
    CHECK(svctrade::parse_english("April 2021-February 2022") == Period::year_to_date(2021, 2, YearStart::april()));
    CHECK(svctrade::parse_english("  Q2 2021  ") == Period::quarter(2021, 2));
}

TEST_CASE("open English phrases need the caller's as-of date") {
    CHECK(svctrade::parse_english("since August 2020", d(2021, 6, 30)) == Period::range(d(2020, 8, 1), d(2021, 6, 30)));
    CHECK(svctrade::parse_english("since 15 August 2020", d(2021, 6, 30)) ==
          Period::range(d(2020, 8, 15), d(2021, 6, 30)));
    CHECK(svctrade::parse_period("since August 2020", PeriodTextForm::english, {.as_of = d(2020, 8, 1)}).days() == 1);
    auto e = error_of([] { return svctrade::parse_english("since August 2020"); });
    REQUIRE(e);
    CHECK(e->reason().find("needs an explicit as-of date") != std::string::npos);
    e = error_of([] { return svctrade::parse_english("since August 2020", d(2020, 7, 31)); });
    REQUIRE(e);
    CHECK(e->reason() == "the as-of date 2020-07-31 precedes the start 2020-08-01");
    CHECK_THROWS_AS((void)svctrade::parse_english("since August 2020", date()), ParseError);
    e = error_of([] { return svctrade::parse_english("since August 2020", date()); });
    REQUIRE(e);
    CHECK(e->reason() == "the as-of date is not a date but not-a-date-time");
}

TEST_CASE("a day range that runs backwards is refused at its end in either language") {
    auto e = error_of([] { return svctrade::parse_english("30 June 2021 to 1 January 2021"); });
    REQUIRE(e);
    CHECK(e->reason() == "the range ends on 2021-01-01, before its start 2021-06-30");
    CHECK(e->position() == 16);
    e = error_of([] { return svctrade::parse_chinese("2021年6月30日至2021年1月1日"); });
    REQUIRE(e);
    CHECK(e->reason() == "the range ends on 2021-01-01, before its start 2021-06-30");
    CHECK(svctrade::parse_english("1 January 2021 to 30 June 2021") == Period::range(d(2021, 1, 1), d(2021, 6, 30)));
    CHECK(svctrade::parse_chinese("2021年1月1日至2021年6月30日") == Period::range(d(2021, 1, 1), d(2021, 6, 30)));
}

TEST_CASE("open Chinese phrases quote their own form when the as-of date is missing or wrong") {
    auto e = error_of([] { return svctrade::parse_chinese("2020年8月以来"); });
    REQUIRE(e);
    CHECK(e->reason() == "an open phrase such as \"…以来\" needs an explicit as-of date");
    e = error_of([] { return svctrade::parse_chinese("2020年8月以来", d(2020, 7, 31)); });
    REQUIRE(e);
    CHECK(e->reason() == "the as-of date 2020-07-31 precedes the start 2020-08-01");
    e = error_of([] { return svctrade::parse_english("since August 2020"); });
    REQUIRE(e);
    CHECK(e->reason() == "an open phrase such as \"since ...\" needs an explicit as-of date");
}

TEST_CASE("invalid English names are rejected naming the offending part") {
    auto e = error_of([] { return svctrade::parse_english("Q5 2021"); });
    REQUIRE(e);
    CHECK(e->position() == 1);
    CHECK(e->reason() == "quarter 5 does not exist: quarters are 1..4");
    e = error_of([] { return svctrade::parse_english("Juni 2021"); });
    REQUIRE(e);
    CHECK(e->position() == 0);
    CHECK(e->reason() == "unknown word \"Juni\"");
    e = error_of([] { return svctrade::parse_english("January-Juli 2021"); });
    REQUIRE(e);
    CHECK(e->position() == 8);
    CHECK(e->reason() == "unknown word \"Juli\": expected a month name");
    e = error_of([] { return svctrade::parse_english("30 February 2021"); });
    REQUIRE(e);
    CHECK(e->position() == 0);
    CHECK(e->reason().find("2021-02-30 does not exist") != std::string::npos);
    e = error_of([] { return svctrade::parse_english("June-January 2021"); });
    REQUIRE(e);
    CHECK(e->position() == 5);
    e = error_of([] { return svctrade::parse_english("1 July 2021 to 30 June 2021"); });
    REQUIRE(e);
    CHECK(e->position() == 15);
    e = error_of([] { return svctrade::parse_english("FY2021/23 (from April)"); });
    REQUIRE(e);
    CHECK(e->position() == 7);
    e = error_of([] { return svctrade::parse_english("FY2021/22 (from January)"); });
    REQUIRE(e);
    CHECK(e->position() == 16);
    e = error_of([] { return svctrade::parse_english("April 2021-May 2022"); });
    REQUIRE(e);
    CHECK(e->position() == 15);
    CHECK_THROWS_AS((void)svctrade::parse_english("H3 2021"), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_english("Q2 2021 extra"), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_english(""), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_english("FY2021/22"), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_english("January 2021 (year)"), ParseError);
}

TEST_CASE("Chinese names are written for every kind") {
    CHECK(svctrade::to_chinese(Period::day(2021, 6, 30)) == "2021年6月30日");
    CHECK(svctrade::to_chinese(Period::month(2021, 6)) == "2021年6月");
    CHECK(svctrade::to_chinese(Period::quarter(2021, 2)) == "2021年第二季度");
    CHECK(svctrade::to_chinese(Period::half(2021, 1)) == "2021年上半年");
    CHECK(svctrade::to_chinese(Period::half(2021, 2)) == "2021年下半年");
    CHECK(svctrade::to_chinese(Period::year(2021)) == "2021年");
    CHECK(svctrade::to_chinese(Period::year_to_date(2021, 6)) == "2021年1-6月");
    CHECK(svctrade::to_chinese(Period::year_to_date(2021, 1)) == "2021年1月（累计）");
    CHECK(svctrade::to_chinese(Period::range(d(2020, 8, 1), d(2021, 6, 30))) == "2020年8月1日至2021年6月30日");
    CHECK(svctrade::to_chinese(Period::year(2021, YearStart::april())) == "2021/22财年（4月起）");
    CHECK(svctrade::to_chinese(Period::quarter(2021, 1, YearStart::april())) == "2021/22财年（4月起）第一季度");
    CHECK(svctrade::to_chinese(Period::half(2021, 2, YearStart::july())) == "2021/22财年（7月起）下半年");
    CHECK(svctrade::to_chinese(Period::year_to_date(2021, 2, YearStart::april())) == "2021年4月-2022年2月");
    CHECK(svctrade::to_chinese(Period::year_to_date(2021, 6, YearStart::april())) == "2021年4-6月");
}

TEST_CASE("Chinese names parse back in their usual variants") {
    CHECK(svctrade::parse_chinese("2021年6月30日") == Period::day(2021, 6, 30));
    CHECK(svctrade::parse_chinese("2021年6月") == Period::month(2021, 6));
    CHECK(svctrade::parse_chinese("2021年第二季度") == Period::quarter(2021, 2));
    CHECK(svctrade::parse_chinese("2021年第2季度") == Period::quarter(2021, 2));
    CHECK(svctrade::parse_chinese("2021年二季度") == Period::quarter(2021, 2));
    CHECK(svctrade::parse_chinese("2021年上半年") == Period::half(2021, 1));
    CHECK(svctrade::parse_chinese("2021年") == Period::year(2021));
    CHECK(svctrade::parse_chinese("2021年1-6月") == Period::year_to_date(2021, 6));
    CHECK(svctrade::parse_chinese("2021年1-6月累计") == Period::year_to_date(2021, 6));
    CHECK(svctrade::parse_chinese("2021年6月累计") == Period::year_to_date(2021, 6));
    CHECK(svctrade::parse_chinese("2021年1月(累计)") == Period::year_to_date(2021, 1));
    CHECK(svctrade::parse_chinese("2020年8月1日至2021年6月30日") == Period::range(d(2020, 8, 1), d(2021, 6, 30)));
    CHECK(svctrade::parse_chinese("2021/22财年(4月起)第四季度") == Period::quarter(2021, 4, YearStart::april()));
    CHECK(svctrade::parse_chinese("2021年4月-2022年2月") == Period::year_to_date(2021, 2, YearStart::april()));
}

TEST_CASE("open Chinese phrases need the caller's as-of date") {
    const date as_of = d(2021, 6, 30);
    CHECK(svctrade::parse_chinese("2020年8月以来", as_of) == Period::range(d(2020, 8, 1), as_of));
    CHECK(svctrade::parse_chinese("自2020年8月以来", as_of) == Period::range(d(2020, 8, 1), as_of));
    CHECK(svctrade::parse_chinese("2020年8月15日以来", as_of) == Period::range(d(2020, 8, 15), as_of));
    CHECK_THROWS_AS((void)svctrade::parse_chinese("2020年8月以来"), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_chinese("2020年8月以来", d(2020, 7, 1)), ParseError);
    auto e = error_of([] { return svctrade::parse_chinese("自2020年8月"); });
    REQUIRE(e);
    CHECK(e->position() == 0);
    CHECK(e->reason() == "自 starts an open phrase, which must end in 以来");
}

TEST_CASE("invalid Chinese names are rejected naming the offending part") {
    auto e = error_of([] { return svctrade::parse_chinese("2021年13月"); });
    REQUIRE(e);
    CHECK(e->position() == 7);
    CHECK(e->reason() == "month 13 does not exist: months are 1..12");
    e = error_of([] { return svctrade::parse_chinese("2021年第五季度"); });
    REQUIRE(e);
    CHECK(e->position() == 10);
    e = error_of([] { return svctrade::parse_chinese("2021年2月30日"); });
    REQUIRE(e);
    CHECK(e->position() == 11);
    CHECK(e->reason().find("2021-02-30 does not exist") != std::string::npos);
    e = error_of([] { return svctrade::parse_chinese("2021年6-1月"); });
    REQUIRE(e);
    CHECK(e->position() == 9);
    e = error_of([] { return svctrade::parse_chinese("2021年中"); });
    REQUIRE(e);
    CHECK(e->position() == 7);
    CHECK(e->reason().find("unknown text \"中\"") != std::string::npos);
    e = error_of([] { return svctrade::parse_chinese("2021年7月1日至2021年6月30日"); });
    REQUIRE(e);
    CHECK(e->position() == 18);
    CHECK_THROWS_AS((void)svctrade::parse_chinese("2021/23财年（4月起）"), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_chinese("2021/22财年（1月起）"), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_chinese("2021/22财年"), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_chinese("2021年第2季"), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_chinese("2021"), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_chinese("2021年6月末"), ParseError);
    CHECK_THROWS_AS((void)svctrade::parse_chinese("2021年4月-2023年2月"), ParseError);
}
