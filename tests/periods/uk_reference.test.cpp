// SPDX-License-Identifier: BSL-1.0
// The UK reference-interval form (ONS and GSS files): every type read, written and read back,
// the whole URI and its path, and each refusal naming its place.
#include <doctest/doctest.h>

#include <string>

#include <svctrade/error.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>

using namespace svctrade;

namespace {

std::size_t position_of(const std::string& text) {
    try {
        (void)parse_uk_reference(text);
    } catch (const ParseError& e) {
        return e.position();
    }
    return std::string::npos;
}

}  // namespace

TEST_CASE("uk reference: every type reads as its period and writes back the same path") {
    const struct {
        const char* text;
        Period period;
    } cases[] = {
        {"year/2017", Period::year(2017)},
        {"half/2017-H2", Period::half(2017, 2)},
        {"quarter/2017-Q1", Period::quarter(2017, 1)},
        {"month/2017-06", Period::month(2017, 6)},
        {"day/2016-02-29", Period::day(2016, 2, 29)},
        {"government-year/2017-2018", Period::year(2017, YearStart::april())},
        {"government-half/2010-2011/H2", Period::half(2010, 2, YearStart::april())},
        {"government-quarter/2006-2007/Q1", Period::quarter(2006, 1, YearStart::april())},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(parse_uk_reference(c.text) == c.period);
        CHECK(parse_period(c.text, PeriodTextForm::uk_reference) == c.period);
        CHECK(to_uk_reference(c.period) == c.text);
        CHECK(to_text(c.period, PeriodTextForm::uk_reference) == c.text);
    }
    // The government year is the fiscal year from 1 April.
    const Period gy = parse_uk_reference("government-year/2017-2018");
    CHECK(gy.first() == boost::gregorian::date(2017, 4, 1));
    CHECK(gy.last() == boost::gregorian::date(2018, 3, 31));
}

TEST_CASE("uk reference: the whole identifier reads as its path") {
    CHECK(parse_uk_reference("http://reference.data.gov.uk/id/year/2017") == Period::year(2017));
    CHECK(parse_uk_reference("https://reference.data.gov.uk/id/month/2017-01") == Period::month(2017, 1));
}

TEST_CASE("uk reference: a type svctrade does not read, or a label that names nothing, is refused at its place") {
    CHECK_THROWS_WITH_AS((void)parse_uk_reference("week/2017-W01"),
                         doctest::Contains("the reference interval type \"week\" is not read"), ParseError);
    CHECK(position_of("week/2017-W01") == 0);
    CHECK(position_of("http://reference.data.gov.uk/id/gregorian-interval/2017-01-01T00:00:00/P3M") == 32);
    CHECK_THROWS_WITH_AS((void)parse_uk_reference("2017"), doctest::Contains("expected \"<type>/<label>\""),
                         ParseError);
    CHECK(position_of("/2017") == 0);
    CHECK(position_of("quarter/2017-Q5") == 14);
    CHECK(position_of("month/2017-13") == 11);
    CHECK(position_of("month/2017-6") == 11);
    CHECK_THROWS_WITH_AS((void)parse_uk_reference("day/2017-02-29"), doctest::Contains("2017-02-29"), ParseError);
    CHECK(position_of("day/2017-02-29") == 12);
    CHECK_THROWS_WITH_AS((void)parse_uk_reference("government-year/2017-2019"),
                         doctest::Contains("ends in 2018, not in 2019"), ParseError);
    CHECK(position_of("government-year/2017-2019") == 21);
    CHECK(position_of("government-quarter/2006-2007/Q5") == 30);
    CHECK(position_of("government-half/2010-2012/H1") == 21);
    CHECK(position_of("government-half/2010-2011-H1") == 25);
    CHECK(position_of("year/2017 ") == 9);
    CHECK(position_of("year/17") == 5);
    CHECK(position_of("year/1399") == 5);
    // The twins: the same types with labels that exist.
    CHECK(parse_uk_reference("quarter/2017-Q4") == Period::quarter(2017, 4));
    CHECK(parse_uk_reference("day/2016-02-29") == Period::day(2016, 2, 29));
    CHECK(parse_uk_reference("year/1400") == Period::year(1400));
}

TEST_CASE("uk reference: the government year starting in 9999 ends in 10000, written whole, both ways") {
    // Found by the CI fuzzer: its first three quarters lie within 9999, and the label written for
    // them must read back.
    const Period q1 = Period::quarter(9999, 1, YearStart::april());
    CHECK(to_uk_reference(q1) == "government-quarter/9999-10000/Q1");
    CHECK(parse_uk_reference("government-quarter/9999-10000/Q1") == q1);
    CHECK(parse_uk_reference("government-quarter/9999-10000/Q3") == Period::quarter(9999, 3, YearStart::april()));
    // Its last quarter and the whole year end in 10000, past the last day a period can have.
    CHECK_THROWS_AS((void)parse_uk_reference("government-quarter/9999-10000/Q4"), ParseError);
    CHECK_THROWS_AS((void)parse_uk_reference("government-year/9999-10000"), ParseError);
    // The end year is as long as it is: four digits where it has four.
    CHECK(position_of("government-year/9999-0000") == 21);
    CHECK(position_of("government-year/2017-02018") == 21);
    CHECK_THROWS_WITH_AS((void)parse_uk_reference("government-year/2017-02018"), doctest::Contains("4 digits"),
                         ParseError);
}

TEST_CASE(
    "uk reference: periods without an identifier are refused, and round_trips() says which kinds always have one") {
    CHECK_THROWS_WITH_AS((void)to_uk_reference(Period::quarter(2021, 1, YearStart::july())),
                         doctest::Contains("have no identifier"), InvalidArgument);
    CHECK(to_uk_reference(Period::quarter(2021, 1, YearStart::april())) == "government-quarter/2021-2022/Q1");
    CHECK_THROWS_AS((void)to_uk_reference(Period::year(2021, YearStart::july())), InvalidArgument);
    CHECK_THROWS_AS((void)to_uk_reference(Period::year_to_date(2021, 6)), InvalidArgument);
    CHECK_THROWS_AS((void)to_text(Period::range(boost::gregorian::date(2021, 1, 5), boost::gregorian::date(2021, 2, 1)),
                                  PeriodTextForm::uk_reference),
                    InvalidArgument);
    CHECK(to_uk_reference(Period::year(2021, YearStart::april())) == "government-year/2021-2022");
    CHECK(round_trips(PeriodKind::month, PeriodTextForm::uk_reference));
    CHECK(round_trips(PeriodKind::day, PeriodTextForm::uk_reference));
    CHECK_FALSE(round_trips(PeriodKind::quarter, PeriodTextForm::uk_reference));
    CHECK_FALSE(round_trips(PeriodKind::range, PeriodTextForm::uk_reference));
    CHECK_FALSE(round_trips(PeriodKind::year_to_date, PeriodTextForm::uk_reference));
}
