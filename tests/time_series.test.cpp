// SPDX-License-Identifier: BSL-1.0
#include <svctrade/error.hpp>
#include <svctrade/time_series.hpp>

#include <doctest/doctest.h>

using namespace svctrade;
using namespace svctrade::literals;

namespace {
const Currency cny = Currency::of("CNY");
const Currency usd = Currency::of("USD");

Money yuan(Decimal amount) { return Money(amount, cny); }

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
    CHECK_THROWS_AS((void)april.value(), NotFound);
    CHECK_FALSE(TimeSeries(cny).kind().has_value());
}

TEST_CASE("inserting an amount in another currency is a currency mismatch") {
    TimeSeries s = sample();
    CHECK_THROWS_AS(s.insert(Period::month(2021, 7), Money(7_dec, usd)), CurrencyMismatch);
    CHECK_THROWS_WITH(s.insert(Period::month(2021, 7), Money(7_dec, usd)),
                      doctest::Contains("into a series in CNY"));
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
    const std::vector<SeriesGrowth> g = sample().yoy_growth();
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
    const std::vector<SeriesGrowth> g = s.yoy_growth();
    REQUIRE(g.size() == 2);
    REQUIRE(g[1].change.has_value());
    CHECK(g[1].change.value().absolute == yuan(5_dec));
    CHECK(g[1].change.value().relative.reason() == Reason::zero_base);
}

TEST_CASE("period-on-period growth is missing after a gap") {
    const std::vector<SeriesGrowth> g = sample().period_growth();
    REQUIRE(g.size() == 10);
    CHECK(g[0].change.reason() == Reason::missing);  // December 2019
    CHECK(g[1].change.value().relative.value().round(1, RoundingMode::half_up) == 100_dec);  // 10 -> 20
    CHECK(g[2].change.reason() == Reason::missing);  // April 2020 after no March
    CHECK(g[3].change.value().relative.value().round(1, RoundingMode::half_up) == 25_dec);  // 40 -> 50
    CHECK(g[5].base_period == Period::month(2020, 12));
    CHECK(g[5].change.reason() == Reason::missing);
    CHECK(g[8].change.reason() == Reason::missing);  // May 2021 after no April
}

TEST_CASE("a quarter with a missing month is missing") {
    const std::vector<RolledValue> r = sample().roll_up(PeriodKind::quarter);
    REQUIRE(r.size() == 4);
    CHECK(r[0].period == Period::quarter(2020, 1));
    CHECK(r[0].value.reason() == Reason::missing);
    CHECK(r[0].months_present == 2);
    CHECK(r[1].period == Period::quarter(2020, 2));
    CHECK(r[1].value.value() == yuan(150_dec));
    CHECK(r[1].complete());
    CHECK(r[2].value.value() == yuan(66_dec));
    CHECK(r[3].value.reason() == Reason::missing);
    CHECK_FALSE(r[3].complete());
}

TEST_CASE("a partial roll-up sums the months present and reports how many") {
    const std::vector<RolledValue> r = sample().roll_up(PeriodKind::half_year, true);
    REQUIRE(r.size() == 2);
    CHECK(r[1].period == Period::half(2021, 1));
    CHECK(r[1].value.value() == yuan(187_dec));
    CHECK(r[1].months_present == 5);
    CHECK(r[1].months_expected == 6);
    const std::vector<RolledValue> y = sample().roll_up(PeriodKind::year, true);
    REQUIRE(y.size() == 2);
    CHECK(y[0].months_present == 5);
    CHECK(y[0].months_expected == 12);
    CHECK(y[0].value.value() == yuan(180_dec));
    CHECK(sample().roll_up(PeriodKind::year)[0].value.reason() == Reason::missing);
}

TEST_CASE("a year-to-date roll-up is missing from the first missing month on") {
    const std::vector<RolledValue> r = sample().roll_up(PeriodKind::year_to_date);
    REQUIRE(r.size() == 10);
    CHECK(r[5].period == Period::year_to_date(2021, 1));
    CHECK(r[5].value.value() == yuan(11_dec));
    CHECK(r[7].period == Period::year_to_date(2021, 3));
    CHECK(r[7].value.value() == yuan(66_dec));
    CHECK(r[8].period == Period::year_to_date(2021, 5));
    CHECK(r[8].value.reason() == Reason::missing);
    CHECK(r[8].months_present == 4);
    CHECK(r[8].months_expected == 5);
}

TEST_CASE("a fiscal roll-up groups months by the year start") {
    TimeSeries s(cny);
    s.insert(Period::month(2021, 4), yuan(1_dec));
    s.insert(Period::month(2021, 5), yuan(2_dec));
    s.insert(Period::month(2021, 6), yuan(3_dec));
    const std::vector<RolledValue> r = s.roll_up(PeriodKind::quarter, false, YearStart::april());
    REQUIRE(r.size() == 1);
    CHECK(r[0].period == Period::quarter(2021, 1, YearStart::april()));
    CHECK(r[0].value.value() == yuan(6_dec));
}

TEST_CASE("rolling up a series that is not monthly or to a bad target is an invalid argument") {
    TimeSeries q(cny);
    q.insert(Period::quarter(2021, 1), yuan(1_dec));
    CHECK_THROWS_AS((void)q.roll_up(PeriodKind::year), InvalidArgument);
    CHECK_THROWS_WITH((void)q.roll_up(PeriodKind::year), doctest::Contains("only a monthly series"));
    const TimeSeries s = sample();
    CHECK_THROWS_AS((void)s.roll_up(PeriodKind::month), InvalidArgument);
    CHECK_THROWS_AS((void)s.roll_up(PeriodKind::day), InvalidArgument);
    CHECK_THROWS_AS((void)s.roll_up(PeriodKind::range), InvalidArgument);
    CHECK(TimeSeries(cny).roll_up(PeriodKind::quarter).empty());
}
