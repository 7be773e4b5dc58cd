// SPDX-License-Identifier: BSL-1.0
// Series results read by period: the year-to-date growth and shares of a bureau's release, looked
// up for the period a reader asks about, with the common figure one call away.
#include <svctrade/error.hpp>
#include <svctrade/series/series_result.hpp>
#include <svctrade/series/time_series.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace svctrade;
using namespace svctrade::literals;

namespace {
const Currency cny = Currency::of("CNY");

Money yuan(Decimal amount) {
    return Money(amount, cny);
}

// Cumulative figures: January-March and January-June of 2020 and 2021, the 2021 June base zero
// for the part so that a reason other than missing shows.
TimeSeries total() {
    TimeSeries s(cny, Category::total(), Flow::total);
    s.insert(Period::year_to_date(2020, 3), yuan(100_dec));
    s.insert(Period::year_to_date(2020, 6), yuan(200_dec));
    s.insert(Period::year_to_date(2021, 3), yuan(110_dec));
    s.insert(Period::year_to_date(2021, 6), yuan(230_dec));
    return s;
}
TimeSeries part() {
    TimeSeries s(cny, Category::from_code("SI"), Flow::total);
    s.insert(Period::year_to_date(2020, 3), yuan(40_dec));
    s.insert(Period::year_to_date(2020, 6), yuan(0_dec));
    s.insert(Period::year_to_date(2021, 3), yuan(44_dec));
    s.insert(Period::year_to_date(2021, 6), yuan(92_dec));
    return s;
}
}  // namespace

TEST_CASE("a growth result is read by period and its rate is one call away") {
    const SeriesResult<SeriesGrowth> g = total().yoy_growth();
    const SeriesGrowth& june = g.at(Period::year_to_date(2021, 6));
    CHECK(june.period == Period::year_to_date(2021, 6));
    CHECK(june.rate().value() == GrowthRate::from_ratio(Ratio(30_dec, 200_dec)));
    CHECK(june.absolute().value() == yuan(30_dec));
    CHECK(june.rate().value() == june.change.value().relative.value());
    CHECK(g.contains(Period::year_to_date(2021, 3)));
    CHECK(g.find(Period::year_to_date(2021, 3))->rate().value() == GrowthRate::from_percent(10_dec));
}

TEST_CASE("the direct rate keeps the reasons reachable") {
    const SeriesResult<SeriesGrowth> g = total().yoy_growth();
    // 2020 has no 2019 base: the whole change is missing, and so is the rate.
    const SeriesGrowth& first = g.at(Period::year_to_date(2020, 3));
    CHECK(first.change.reason() == Reason::missing);
    CHECK(first.rate().reason() == Reason::missing);
    CHECK(first.absolute().reason() == Reason::missing);
    // A zero base has an absolute change but no rate: the rate says why.
    const SeriesGrowth& zero = part().yoy_growth().at(Period::year_to_date(2021, 6));
    CHECK(zero.absolute().value() == yuan(92_dec));
    CHECK(zero.rate().reason() == Reason::zero_base);
    CHECK(zero.change.value().relative.reason() == Reason::zero_base);
}

TEST_CASE("shares and share changes are looked up by the period of the release") {
    const SeriesResult<SeriesShare> s = share(part(), total());
    CHECK(s.at(Period::year_to_date(2021, 6)).share.value() == Share::of(92_dec, 230_dec));
    const SeriesResult<SeriesShareChange> c = yoy_share_change(part(), total());
    CHECK(c.at(Period::year_to_date(2021, 3)).change.value() ==
          Share::of(44_dec, 110_dec) - Share::of(40_dec, 100_dec));
    const SeriesResult<SeriesContribution> k = yoy_contribution(part(), total());
    CHECK(k.at(Period::year_to_date(2021, 6)).contribution.value() ==
          PercentagePoints::from_ratio(Ratio(92_dec, 200_dec)));
}

TEST_CASE("a period the result does not hold is not found, by value of the period") {
    const SeriesResult<SeriesGrowth> g = total().yoy_growth();
    CHECK(g.find(Period::half(2021, 1)) == g.end());  // same dates, another kind
    CHECK_FALSE(g.contains(Period::year_to_date(2022, 6)));
    CHECK_THROWS_AS((void)g.at(Period::half(2021, 1)), NotFound);
    CHECK_THROWS_WITH((void)g.at(Period::half(2021, 1)),
                      doctest::Contains("no entry for H1 2021 (a half-year): it holds 4 entries, from "
                                        "January-March 2020 to January-June 2021 (year-to-dates)"));
    // Converted to the kind the result holds, the same dates are found.
    CHECK(g.at(Period::half(2021, 1).as_kind(PeriodKind::year_to_date)).rate().has_value());
}

TEST_CASE("a result reads in order like a vector") {
    TimeSeries months(cny);
    for (unsigned m = 1; m <= 6; ++m) months.insert(Period::month(2021, m), yuan(Decimal(m)));
    const SeriesResult<RolledValue> r = months.roll_up(RollUpTarget::quarter);
    REQUIRE(r.size() == 2);
    CHECK(r.at(Period::quarter(2021, 2)).value.value() == yuan(15_dec));
    CHECK(r[0].period == Period::quarter(2021, 1));
    const SeriesResult<SeriesGrowth> g = total().yoy_growth();
    REQUIRE(g.size() == 4);
    CHECK(g.front().period == Period::year_to_date(2020, 3));
    CHECK(g.back().period == Period::year_to_date(2021, 6));
    CHECK(g[2].period == Period::year_to_date(2021, 3));
    std::vector<Period> periods;
    for (const SeriesGrowth& e : g) periods.push_back(e.period);
    CHECK(periods.size() == g.entries().size());
    CHECK(periods.back() == g.entries().back().period);
}

TEST_CASE("an empty result has no first or last entry and finds nothing") {
    const SeriesResult<SeriesGrowth> g = TimeSeries(cny).yoy_growth();
    CHECK(g.empty());
    CHECK(g.find(Period::month(2021, 1)) == g.end());
    CHECK_THROWS_AS((void)g.front(), NotFound);
    CHECK_THROWS_AS((void)g.back(), NotFound);
    CHECK_THROWS_WITH((void)g.at(Period::month(2021, 1)), doctest::Contains("it is empty"));
}

TEST_CASE("a result built from entries out of order is refused") {
    std::vector<SeriesShare> entries{SeriesShare{Period::month(2021, 2), Share(), {}},
                                     SeriesShare{Period::month(2021, 1), Share(), {}}};
    CHECK_THROWS_AS((void)SeriesResult<SeriesShare>(entries), InvalidArgument);
    std::vector<SeriesShare> twice{SeriesShare{Period::month(2021, 1), Share(), {}},
                                   SeriesShare{Period::month(2021, 1), Share(), {}}};
    CHECK_THROWS_AS((void)SeriesResult<SeriesShare>(twice), InvalidArgument);
    // The entry type deduced from the vector (class template argument deduction) is refused alike.
    CHECK_THROWS_WITH_AS((void)SeriesResult(twice),
                         "the entries of a series result must be in strictly increasing order of period: entry 1 "
                         "does not follow entry 0",
                         InvalidArgument);
    std::vector<SeriesShare> ordered{SeriesShare{Period::month(2021, 1), Share(), {}},
                                     SeriesShare{Period::month(2021, 2), Share(), {}}};
    CHECK(SeriesResult<SeriesShare>(ordered).at(Period::month(2021, 2)).share.value() == Share());
}
