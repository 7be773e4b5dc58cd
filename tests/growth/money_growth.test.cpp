// SPDX-License-Identifier: BSL-1.0
// Fixtures: China Daily, 27 Aug 2021, "Xiamen pioneers in services trade sector".
#include <svctrade/error.hpp>
#include <svctrade/growth/money_growth.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace svctrade;
using namespace svctrade::literals;

namespace {
const Currency cny = Currency::of("CNY");
const Currency usd = Currency::of("USD");
constexpr auto up = RoundingMode::half_up;
}  // namespace

TEST_CASE("growth of money keeps the absolute change in its currency") {
    const MoneyChange c = growth(Money(32.41_dec, cny), Money(34.32_dec, cny));
    CHECK(c.absolute == Money(1.91_dec, cny));
    CHECK(c.relative.value().round(1, up) == 5.9_dec);
    const MoneyChange z = growth(Money(0_dec, cny), Money(3_dec, cny));
    CHECK(z.relative.reason() == Reason::zero_base);
    CHECK(z.absolute == Money(3_dec, cny));
}

TEST_CASE("growth of amounts in different currencies is a currency mismatch") {
    CHECK_THROWS_AS((void)growth(Money(32.41_dec, cny), Money(5.31_dec, usd)), CurrencyMismatch);
    CHECK_THROWS_WITH((void)growth(Money(32.41_dec, cny), Money(5.31_dec, usd)),
                      "cannot compute the growth of CNY 32.41 and USD 5.31: currencies differ");
    CHECK_THROWS_AS((void)share(Money(1_dec, cny), Money(5_dec, usd)), CurrencyMismatch);
    CHECK_THROWS_AS((void)contribution(Money(1_dec, cny), Money(2_dec, cny), Money(5_dec, usd)), CurrencyMismatch);
    CHECK_THROWS_AS((void)contribution(Money(1_dec, cny), Money(2_dec, usd), Money(5_dec, cny)), CurrencyMismatch);
    CHECK_THROWS_AS((void)cagr(Money(1_dec, cny), Money(2_dec, usd), 2), CurrencyMismatch);
    CHECK_THROWS_AS(
        (void)yoy_growth(Money(2_dec, usd), Period::month(2020, 6), Money(1_dec, cny), Period::month(2021, 6)),
        CurrencyMismatch);
}

TEST_CASE("year-on-year growth needs the same period last year") {
    const Period h1 = Period::year_to_date(2021, 6);
    const MoneyChange c = yoy_growth(Money(32.41_dec, cny), h1.same_period_last_year(), Money(34.32_dec, cny), h1);
    CHECK(c.relative.value().round(1, up) == 5.9_dec);
    CHECK_THROWS_AS((void)yoy_growth(Money(32.41_dec, cny), Period::year_to_date(2021, 5), Money(34.32_dec, cny), h1),
                    NotComparable);
    CHECK_THROWS_AS((void)yoy_growth(Money(32.41_dec, cny), Period::half(2020, 1), Money(34.32_dec, cny), h1),
                    NotComparable);
    CHECK_THROWS_AS(
        (void)yoy_growth(Money(1_dec, cny), Period::month(2020, 5), Money(1_dec, cny), Period::month(2021, 6)),
        NotComparable);
}

TEST_CASE("year-on-year growth takes last year first and refuses the periods the other way round") {
    // (before, now), as growth(base, current): the same answer as the growth of the two amounts.
    const Period h1 = Period::year_to_date(2021, 6);
    const Money before(32.41_dec, cny);
    const Money now(34.32_dec, cny);
    CHECK(yoy_growth(before, h1.same_period_last_year(), now, h1).absolute == Money(1.91_dec, cny));
    // Given as (now, before), the periods run backwards in time: refused, never silently inverted.
    CHECK_THROWS_AS((void)yoy_growth(now, h1, before, h1.same_period_last_year()), NotComparable);
    CHECK_THROWS_AS((void)period_growth(now, Period::quarter(2021, 1), before, Period::quarter(2020, 4)),
                    NotComparable);
}

TEST_CASE("period-on-period growth needs the adjacent period of the same kind") {
    const MoneyChange c =
        period_growth(Money(100_dec, cny), Period::quarter(2020, 4), Money(110_dec, cny), Period::quarter(2021, 1));
    CHECK(c.relative.value() == GrowthRate::from_percent(10_dec));
    CHECK_THROWS_AS((void)period_growth(Money(100_dec, cny), Period::quarter(2020, 3), Money(110_dec, cny),
                                        Period::quarter(2021, 1)),
                    NotComparable);
    CHECK_THROWS_AS((void)period_growth(Money(100_dec, cny), Period::month(2020, 12), Money(110_dec, cny),
                                        Period::quarter(2021, 1)),
                    NotComparable);
}

TEST_CASE("period-on-period growth of amounts in different currencies is a currency mismatch") {
    CHECK_THROWS_WITH_AS((void)period_growth(Money(100_dec, cny), Period::quarter(2020, 4), Money(110_dec, usd),
                                             Period::quarter(2021, 1)),
                         "cannot compute the period-on-period growth of CNY 100 and USD 110: currencies differ",
                         CurrencyMismatch);
    // The periods are checked first: wrong periods are named as such whatever the currencies.
    CHECK_THROWS_AS((void)period_growth(Money(100_dec, cny), Period::quarter(2020, 3), Money(110_dec, usd),
                                        Period::quarter(2021, 1)),
                    NotComparable);
}

TEST_CASE("the two-year average growth between comparable periods") {
    const Period h1_2021 = Period::year_to_date(2021, 6);
    const Period h1_2019 = Period::year_to_date(2019, 6);
    const AverageGrowth g = cagr(Money(100_dec, cny), h1_2019, Money(130_dec, cny), h1_2021).value();
    CHECK(g.periods() == 2);
    CHECK(g.round(2, up) == 14.02_dec);
    CHECK(cagr(Money(100_dec, cny), Period::year(2011), Money(200_dec, cny), Period::year(2021)).value().periods() ==
          10);
    CHECK_THROWS_AS((void)cagr(Money(100_dec, cny), Period::year(2021), Money(130_dec, cny), Period::year(2021)),
                    NotComparable);
    CHECK_THROWS_AS((void)cagr(Money(100_dec, cny), h1_2019, Money(130_dec, cny), Period::year(2021)), NotComparable);
    CHECK(cagr(Money(0_dec, cny), Money(1_dec, cny), 2).reason() == Reason::zero_base);
}

TEST_CASE("shares contributions and implied amounts in money") {
    CHECK(share(Money(13.2132_dec, cny), Money(34.32_dec, cny)).value() == Share::from_percent(38.5_dec));
    CHECK(contribution(Money(10_dec, cny), Money(12_dec, cny), Money(40_dec, cny)).value() ==
          PercentagePoints::from_points(5_dec));
    CHECK(implied_base(Money(34.32_dec, cny), GrowthRate::from_percent(5.9_dec), 2, up).value() ==
          Money(32.41_dec, cny));
    CHECK(implied_base(Money(410_dec, usd), GrowthRate::from_percent(37_dec), 0, up).value() == Money(299_dec, usd));
    CHECK(implied_base(Money(0_dec, usd), GrowthRate::from_percent(-100_dec), 0, up).reason() == Reason::zero_base);
    CHECK(implied_part(Share::from_percent(38.5_dec), Money(34.32_dec, cny), 2, up) == Money(13.21_dec, cny));
    CHECK_THROWS_AS((void)implied_part(Share::from_percent(38.5_dec), Money(34.32_dec, cny), 31, up), InvalidArgument);
}
