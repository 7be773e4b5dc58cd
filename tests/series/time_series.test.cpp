// SPDX-License-Identifier: BSL-1.0
#include <svctrade/error.hpp>
#include <svctrade/series/time_series.hpp>

#include <doctest/doctest.h>

using namespace svctrade;
using namespace svctrade::literals;

namespace {
const Currency cny = Currency::of("CNY");
const Currency usd = Currency::of("USD");

Money yuan(Decimal amount) {
    return Money(amount, cny);
}

// Jan..Jun 2021 without April, and Jan..Jun 2020 without March.
TimeSeries sample() {
    TimeSeries s(cny);
    s.insert(Period::month(2020, 1), yuan(10_dec));
    s.insert(Period::month(2020, 2), yuan(20_dec));
    s.insert(Period::month(2020, 4), yuan(40_dec));
    s.insert(Period::month(2020, 5), yuan(50_dec));
    s.insert(Period::month(2020, 6), yuan(60_dec));
    s.insert(Period::month(2021, 1), yuan(11_dec));
    s.insert(Period::month(2021, 2), yuan(22_dec));
    s.insert(Period::month(2021, 3), yuan(33_dec));
    s.insert(Period::month(2021, 5), yuan(55_dec));
    s.insert(Period::month(2021, 6), yuan(66_dec));
    return s;
}
}  // namespace

TEST_CASE("a lookup of an unreported month is missing and never zero") {
    const TimeSeries s = sample();
    CHECK(s.size() == 10);
    CHECK(s.currency() == cny);
    CHECK(s.kind() == PeriodKind::month);
    CHECK(s.at(Period::month(2021, 3)).value() == yuan(33_dec));
    const Outcome<Money> april = s.at(Period::month(2021, 4));
    CHECK_FALSE(april.has_value());
    CHECK(april.reason() == Reason::missing);
    CHECK_FALSE(s.contains(Period::month(2021, 4)));
    CHECK_THROWS_AS((void)april.value(), BadOutcomeAccess);
    CHECK_FALSE(TimeSeries(cny).kind().has_value());
}

TEST_CASE("inserting an amount in another currency is a currency mismatch") {
    TimeSeries s = sample();
    CHECK_THROWS_AS(s.insert(Period::month(2021, 7), Money(7_dec, usd)), CurrencyMismatch);
    CHECK_THROWS_WITH(s.insert(Period::month(2021, 7), Money(7_dec, usd)), doctest::Contains("into a series in CNY"));
    CHECK(s.size() == 10);
}

TEST_CASE("inserting a period of another kind or year start is not comparable") {
    TimeSeries s = sample();
    CHECK_THROWS_AS(s.insert(Period::quarter(2021, 3), yuan(1_dec)), NotComparable);
    TimeSeries q(cny);
    q.insert(Period::quarter(2021, 1), yuan(1_dec));
    CHECK_THROWS_AS(q.insert(Period::quarter(2021, 2, YearStart::april()), yuan(1_dec)), NotComparable);
    CHECK(q.size() == 1);
}

TEST_CASE("inserting a period twice is an invalid argument and keeps the first value") {
    TimeSeries s = sample();
    CHECK_THROWS_AS(s.insert(Period::month(2021, 1), yuan(99_dec)), InvalidArgument);
    CHECK_THROWS_WITH(s.insert(Period::month(2021, 1), yuan(99_dec)), doctest::Contains("already has a value"));
    CHECK(s.at(Period::month(2021, 1)).value() == yuan(11_dec));
}

TEST_CASE("year-on-year growth with a gap last year is missing for that month only") {
    const SeriesResult<SeriesGrowth> g = sample().yoy_growth();
    REQUIRE(g.size() == 10);
    // 2020 has no 2019 base.
    for (std::size_t i = 0; i < 5; ++i) CHECK(g[i].change.reason() == Reason::missing);
    CHECK(g[5].period == Period::month(2021, 1));
    CHECK(g[5].base_period == Period::month(2020, 1));
    CHECK(g[5].change.value().absolute == yuan(1_dec));
    CHECK(g[5].change.value().relative.value().round(1, RoundingMode::half_up) == 10_dec);
    // March 2020 was not reported.
    CHECK(g[7].period == Period::month(2021, 3));
    CHECK(g[7].change.reason() == Reason::missing);
    CHECK(g[8].period == Period::month(2021, 5));
    CHECK(g[8].change.value().relative.value().round(1, RoundingMode::half_up) == 10_dec);
}

TEST_CASE("year-on-year growth on a zero base keeps the reason of the growth function") {
    TimeSeries s(cny);
    s.insert(Period::year(2020), yuan(0_dec));
    s.insert(Period::year(2021), yuan(5_dec));
    const SeriesResult<SeriesGrowth> g = s.yoy_growth();
    REQUIRE(g.size() == 2);
    REQUIRE(g[1].change.has_value());
    CHECK(g[1].change.value().absolute == yuan(5_dec));
    CHECK(g[1].change.value().relative.reason() == Reason::zero_base);
}

TEST_CASE("period-on-period growth is missing after a gap") {
    const SeriesResult<SeriesGrowth> g = sample().period_growth();
    REQUIRE(g.size() == 10);
    CHECK(g[0].change.reason() == Reason::missing);                                          // December 2019
    CHECK(g[1].change.value().relative.value().round(1, RoundingMode::half_up) == 100_dec);  // 10 -> 20
    CHECK(g[2].change.reason() == Reason::missing);                                         // April 2020 after no March
    CHECK(g[3].change.value().relative.value().round(1, RoundingMode::half_up) == 25_dec);  // 40 -> 50
    CHECK(g[5].base_period == Period::month(2020, 12));
    CHECK(g[5].change.reason() == Reason::missing);
    CHECK(g[8].change.reason() == Reason::missing);  // May 2021 after no April
}

TEST_CASE("growth of an observation whose base would fall before 1400 is an invalid period") {
    // Boost.Date_Time's range starts on 1 January 1400: the month before January 1400, and the
    // same month of 1399, are no periods at all, so no series can hold them.
    TimeSeries s(cny);
    s.insert(Period::month(1400, 1), yuan(10_dec));
    CHECK_THROWS_WITH_AS((void)s.yoy_growth(), doctest::Contains("year 1399 is outside the supported range"),
                         InvalidPeriod);
    CHECK_THROWS_WITH_AS((void)s.period_growth(), doctest::Contains("year 1399 is outside the supported range"),
                         InvalidPeriod);
    // The twins: from February 1400 the previous month exists, from January 1401 last year does.
    TimeSeries later(cny);
    later.insert(Period::month(1400, 2), yuan(10_dec));
    later.insert(Period::month(1400, 3), yuan(11_dec));
    later.insert(Period::month(1401, 2), yuan(12_dec));
    const SeriesResult<SeriesGrowth> p = later.period_growth();
    REQUIRE(p.size() == 3);
    CHECK(p[0].base_period == Period::month(1400, 1));
    CHECK(p[0].change.reason() == Reason::missing);
    CHECK(p[1].change.value().absolute == yuan(1_dec));
    TimeSeries next_year(cny);
    next_year.insert(Period::month(1401, 1), yuan(10_dec));
    CHECK(next_year.yoy_growth()[0].base_period == Period::month(1400, 1));
    CHECK_THROWS_AS((void)later.yoy_growth(), InvalidPeriod);  // February 1400's base is February 1399
}

TEST_CASE("a quarter with a missing month is missing") {
    const SeriesResult<RolledValue> r = sample().roll_up(RollUpTarget::quarter);
    // Q1 2020 .. Q2 2021, contiguous: Q3 and Q4 2020 have no reported month but are listed.
    REQUIRE(r.size() == 6);
    CHECK(r[0].period == Period::quarter(2020, 1));
    CHECK(r[0].value.reason() == Reason::missing);
    CHECK(r[0].months_present == 2);
    CHECK(r[1].period == Period::quarter(2020, 2));
    CHECK(r[1].value.value() == yuan(150_dec));
    CHECK(r[1].complete());
    CHECK(r[4].period == Period::quarter(2021, 1));
    CHECK(r[4].value.value() == yuan(66_dec));
    CHECK(r[5].period == Period::quarter(2021, 2));
    CHECK(r[5].value.reason() == Reason::missing);
    CHECK(r[5].months_present == 2);
    CHECK_FALSE(r[5].complete());
}

TEST_CASE("quarters without any reported month inside the series are listed as missing") {
    const SeriesResult<RolledValue> r = sample().roll_up(RollUpTarget::quarter, PartialSums::allow);
    REQUIRE(r.size() == 6);
    for (std::size_t i = 2; i < 4; ++i) {
        CHECK(r[i].period == Period::quarter(2020, static_cast<unsigned>(i + 1)));
        // Even with partial sums: a sum of no month would be a zero nobody reported.
        CHECK(r[i].value.reason() == Reason::missing);
        CHECK(r[i].months_present == 0);
        CHECK(r[i].months_expected == 3);
    }
    CHECK(r[0].value.value() == yuan(30_dec));
    CHECK(r[5].value.value() == yuan(121_dec));
}

TEST_CASE("a gap of a whole quarter gives a missing quarter between the reported ones") {
    TimeSeries s(cny);
    for (unsigned m : {1U, 2U, 3U, 7U, 8U, 9U}) s.insert(Period::month(2021, m), yuan(Decimal(m)));
    const SeriesResult<RolledValue> q = s.roll_up(RollUpTarget::quarter, PartialSums::allow);
    REQUIRE(q.size() == 3);
    CHECK(q[0].value.value() == yuan(6_dec));
    CHECK(q[1].period == Period::quarter(2021, 2));
    CHECK(q[1].value.reason() == Reason::missing);
    CHECK(q[1].months_present == 0);
    CHECK(q[2].period == Period::quarter(2021, 3));
    CHECK(q[2].value.value() == yuan(24_dec));
    const SeriesResult<RolledValue> h = s.roll_up(RollUpTarget::half_year, PartialSums::allow);
    REQUIRE(h.size() == 2);
    CHECK(h[0].value.value() == yuan(6_dec));
    CHECK(h[0].months_present == 3);
    CHECK(h[1].value.value() == yuan(24_dec));
    CHECK(h[1].months_present == 3);
}

TEST_CASE("a year with no reported month between two reported years is missing") {
    TimeSeries s(cny);
    s.insert(Period::month(2019, 12), yuan(5_dec));
    s.insert(Period::month(2021, 1), yuan(7_dec));
    const SeriesResult<RolledValue> r = s.roll_up(RollUpTarget::year, PartialSums::allow);
    REQUIRE(r.size() == 3);
    CHECK(r[0].value.value() == yuan(5_dec));
    CHECK(r[0].months_present == 1);
    CHECK(r[1].period == Period::year(2020));
    CHECK(r[1].value.reason() == Reason::missing);
    CHECK(r[1].months_present == 0);
    CHECK(r[1].months_expected == 12);
    CHECK(r[2].value.value() == yuan(7_dec));
}

TEST_CASE("a partial roll-up sums the months present and reports how many") {
    const SeriesResult<RolledValue> r = sample().roll_up(RollUpTarget::half_year, PartialSums::allow);
    REQUIRE(r.size() == 3);
    CHECK(r[0].value.value() == yuan(180_dec));
    CHECK(r[1].period == Period::half(2020, 2));
    CHECK(r[1].value.reason() == Reason::missing);
    CHECK(r[1].months_present == 0);
    CHECK(r[1].months_expected == 6);
    CHECK(r[2].period == Period::half(2021, 1));
    CHECK(r[2].value.value() == yuan(187_dec));
    CHECK(r[2].months_present == 5);
    CHECK(r[2].months_expected == 6);
    const SeriesResult<RolledValue> y = sample().roll_up(RollUpTarget::year, PartialSums::allow);
    REQUIRE(y.size() == 2);
    CHECK(y[0].months_present == 5);
    CHECK(y[0].months_expected == 12);
    CHECK(y[0].value.value() == yuan(180_dec));
    CHECK(sample().roll_up(RollUpTarget::year)[0].value.reason() == Reason::missing);
}

TEST_CASE("a year-to-date roll-up has an entry for every month from the first to the last observed") {
    const SeriesResult<RolledValue> r = sample().roll_up(RollUpTarget::year_to_date);
    // January 2020 .. June 2021: 18 year-to-date periods, including the unreported months.
    REQUIRE(r.size() == 18);
    for (std::size_t i = 0; i < r.size(); ++i) {
        const int year = i < 12 ? 2020 : 2021;
        const auto through = static_cast<unsigned>(i % 12 + 1);
        CHECK(r[i].period == Period::year_to_date(year, through));
        CHECK(r[i].months_expected == through);
    }
    CHECK(r[0].value.value() == yuan(10_dec));
    CHECK(r[1].value.value() == yuan(30_dec));
    // March 2020 was never reported: January-March 2020 is missing, and so is every later one.
    CHECK(r[2].value.reason() == Reason::missing);
    CHECK(r[2].months_present == 2);
    CHECK(r[11].value.reason() == Reason::missing);
    CHECK(r[11].months_present == 5);
    CHECK(r[12].value.value() == yuan(11_dec));
    CHECK(r[14].period == Period::year_to_date(2021, 3));
    CHECK(r[14].value.value() == yuan(66_dec));
}

TEST_CASE("a year-to-date through a month never reported is missing with its months counted") {
    const SeriesResult<RolledValue> r = sample().roll_up(RollUpTarget::year_to_date);
    REQUIRE(r.size() == 18);
    // April 2021 was never reported: January-April 2021 is an entry, not silence.
    CHECK(r[15].period == Period::year_to_date(2021, 4));
    CHECK(r[15].value.reason() == Reason::missing);
    CHECK(r[15].months_present == 3);
    CHECK(r[15].months_expected == 4);
    CHECK(r[16].period == Period::year_to_date(2021, 5));
    CHECK(r[16].value.reason() == Reason::missing);
    CHECK(r[16].months_present == 4);
    CHECK(r[16].months_expected == 5);
    const SeriesResult<RolledValue> p = sample().roll_up(RollUpTarget::year_to_date, PartialSums::allow);
    REQUIRE(p.size() == 18);
    CHECK(p[15].value.value() == yuan(66_dec));
    CHECK(p[15].months_present == 3);
    CHECK(p[16].value.value() == yuan(121_dec));
    CHECK(p[16].months_present == 4);
    CHECK(p[17].value.value() == yuan(187_dec));
    CHECK(p[17].months_present == 5);
    CHECK_FALSE(p[17].complete());
}

TEST_CASE("a fiscal year-to-date roll-up restarts at the year start") {
    TimeSeries s(cny);
    s.insert(Period::month(2021, 2), yuan(1_dec));
    s.insert(Period::month(2021, 3), yuan(2_dec));
    s.insert(Period::month(2021, 5), yuan(4_dec));
    const SeriesResult<RolledValue> r = s.roll_up(RollUpTarget::year_to_date, YearStart::april(), PartialSums::allow);
    REQUIRE(r.size() == 4);
    // The April year 2020 runs April 2020 - March 2021: its first ten months were not reported.
    CHECK(r[0].period == Period::year_to_date(2020, 2, YearStart::april()));
    CHECK(r[0].value.value() == yuan(1_dec));
    CHECK(r[0].months_present == 1);
    CHECK(r[0].months_expected == 11);
    CHECK(r[1].period == Period::year_to_date(2020, 3, YearStart::april()));
    CHECK(r[1].value.value() == yuan(3_dec));
    // April 2021, the first month of the April year 2021, was not reported.
    CHECK(r[2].period == Period::year_to_date(2021, 4, YearStart::april()));
    CHECK(r[2].value.reason() == Reason::missing);
    CHECK(r[2].months_present == 0);
    CHECK(r[3].period == Period::year_to_date(2021, 5, YearStart::april()));
    CHECK(r[3].value.value() == yuan(4_dec));
    CHECK(r[3].months_present == 1);
}

TEST_CASE("a fiscal roll-up groups months by the year start") {
    TimeSeries s(cny);
    s.insert(Period::month(2021, 4), yuan(1_dec));
    s.insert(Period::month(2021, 5), yuan(2_dec));
    s.insert(Period::month(2021, 6), yuan(3_dec));
    const SeriesResult<RolledValue> r = s.roll_up(RollUpTarget::quarter, YearStart::april());
    REQUIRE(r.size() == 1);
    CHECK(r[0].period == Period::quarter(2021, 1, YearStart::april()));
    CHECK(r[0].value.value() == yuan(6_dec));
}

TEST_CASE("rolling up a series that is not monthly or to a bad target is an invalid argument") {
    TimeSeries q(cny);
    q.insert(Period::quarter(2021, 1), yuan(1_dec));
    CHECK_THROWS_AS((void)q.roll_up(RollUpTarget::year), InvalidArgument);
    CHECK_THROWS_WITH((void)q.roll_up(RollUpTarget::year), doctest::Contains("only a monthly series"));
    // A day, a month or a range is no target at all (it does not compile: time_series.static.cpp);
    // only a cast from an integer makes a value that is none of the enumerators.
    const TimeSeries s = sample();
    CHECK_THROWS_AS((void)s.roll_up(static_cast<RollUpTarget>(9)), InvalidArgument);
    CHECK_THROWS_AS((void)s.roll_up(RollUpTarget::quarter, static_cast<PartialSums>(2)), InvalidArgument);
    CHECK(TimeSeries(cny).roll_up(RollUpTarget::quarter).empty());
}

TEST_CASE("a roll-up whose sum does not fit a decimal is an overflow naming the terms") {
    const Decimal largest = Decimal::parse("170141183460469231731687303715884105727");  // 2^127 - 1
    TimeSeries s(cny);
    s.insert(Period::month(2021, 1), yuan(largest));
    CHECK(s.roll_up(RollUpTarget::quarter, PartialSums::allow)[0].value.value() == yuan(largest));
    s.insert(Period::month(2021, 2), yuan(-1_dec));
    CHECK(s.roll_up(RollUpTarget::quarter, PartialSums::allow)[0].value.value() == yuan(largest - 1_dec));
    s.insert(Period::month(2021, 3), yuan(largest));
    CHECK_THROWS_WITH_AS((void)s.roll_up(RollUpTarget::quarter),
                         doctest::Contains("170141183460469231731687303715884105726 and "
                                           "170141183460469231731687303715884105727"),
                         Overflow);
    CHECK_THROWS_AS((void)s.roll_up(RollUpTarget::year_to_date, PartialSums::allow), Overflow);
    CHECK_THROWS_AS((void)s.roll_up_series(RollUpTarget::half_year), Overflow);
}

TEST_CASE("a roll-up as a series holds the complete periods only and keeps the labels") {
    TimeSeries s(cny, Category::from_code("SI"), Flow::exports);
    const TimeSeries unlabelled = sample();  // named: observations() refers into it
    for (const auto& [period, value] : unlabelled.observations()) s.insert(period, value);
    const TimeSeries q = s.roll_up_series(RollUpTarget::quarter);
    CHECK(q.currency() == cny);
    CHECK(q.category() == Category::from_code("SI"));
    CHECK(q.flow() == Flow::exports);
    CHECK(q.kind() == PeriodKind::quarter);
    // Q1 2020 lacks March, Q2 2021 lacks April, Q3 and Q4 2020 have no month: all missing.
    REQUIRE(q.size() == 2);
    CHECK(q.at(Period::quarter(2020, 2)).value() == yuan(150_dec));
    CHECK(q.at(Period::quarter(2021, 1)).value() == yuan(66_dec));
    CHECK(q.at(Period::quarter(2020, 1)).reason() == Reason::missing);
    CHECK(q.at(Period::quarter(2021, 2)).reason() == Reason::missing);
    // Quarterly growth of the rolled-up series: Q1 2021 has no complete Q1 2020 to grow from.
    const SeriesResult<SeriesGrowth> g = q.yoy_growth();
    REQUIRE(g.size() == 2);
    CHECK(g[1].period == Period::quarter(2021, 1));
    CHECK(g[1].change.reason() == Reason::missing);
    const TimeSeries ytd = s.roll_up_series(RollUpTarget::year_to_date);
    CHECK(ytd.size() == 5);  // January-February 2020 and January-March 2021
    CHECK(ytd.at(Period::year_to_date(2021, 3)).value() == yuan(66_dec));
    CHECK(ytd.yoy_growth()[3].change.value().absolute == yuan(3_dec));  // January-February: 33 vs 30
}

TEST_CASE("a roll-up as a series refuses what roll_up refuses") {
    TimeSeries q(cny);
    q.insert(Period::quarter(2021, 1), yuan(1_dec));
    CHECK_THROWS_AS((void)q.roll_up_series(RollUpTarget::year), InvalidArgument);
    CHECK_THROWS_AS((void)sample().roll_up_series(static_cast<RollUpTarget>(4)), InvalidArgument);
    const TimeSeries empty(cny, Flow::imports);
    const TimeSeries rolled = empty.roll_up_series(RollUpTarget::quarter);
    CHECK(rolled.empty());
    CHECK(rolled == empty);
}
