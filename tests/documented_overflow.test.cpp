// SPDX-License-Identifier: BSL-1.0
// Every documented Overflow of the exact functions, provoked at the edge of the range: a
// Decimal's coefficient and a Ratio's terms are below 2^127, and 2^127 − 1 (a prime, so no
// fraction built on it reduces) is where each function's exact intermediate stops fitting.
// Each case has a twin on ordinary figures, so that the test fails if the function threw for
// another reason.
#include <svctrade/svctrade.hpp>

#include <doctest/doctest.h>

#include <vector>

using namespace svctrade;
using namespace svctrade::literals;

namespace {

const Currency cny = Currency::of("CNY");
const Currency usd = Currency::of("USD");

// 2^127 − 1, the largest coefficient a Decimal holds.
Decimal largest() {
    return Decimal::parse("170141183460469231731687303715884105727");
}

const Interval big = Interval::point(Ratio(largest()));
const Interval negative_big = Interval::point(Ratio(-largest()));
const Interval tiny = Interval::point(Ratio(Decimal(1), largest()));  // 1 / (2^127 − 1)
const Interval level = Interval::closed_open(34.315_dec, 34.325_dec);
const Interval rate = Interval::closed_open(0.0585_dec, 0.0595_dec);
const Interval share_of = Interval::closed_open(0.3845_dec, 0.3855_dec);

}  // namespace

TEST_CASE("documented overflow: the interval forms of growth and shares") {
    CHECK_THROWS_AS((void)implied_base(big, big), Overflow);
    CHECK(implied_base(level, rate));
    CHECK_THROWS_AS((void)implied_current(big, big), Overflow);
    CHECK_NOTHROW((void)implied_current(level, rate));
    CHECK_THROWS_AS((void)share(big, tiny), Overflow);
    CHECK(share(level, level));
    CHECK_THROWS_AS((void)implied_part(big, big), Overflow);
    CHECK_NOTHROW((void)implied_part(share_of, level));
    CHECK_THROWS_AS((void)implied_whole(big, tiny), Overflow);
    CHECK(implied_whole(level, share_of));
    CHECK_THROWS_AS((void)implied_previous_share(big, negative_big), Overflow);
    CHECK_NOTHROW((void)implied_previous_share(share_of, rate));
    CHECK_THROWS_AS((void)share_change(big, negative_big), Overflow);
    CHECK_NOTHROW((void)share_change(share_of, share_of));
    CHECK_THROWS_AS((void)contribution(big, negative_big, big), Overflow);
    CHECK(contribution(level, level, level));
    CHECK_THROWS_AS((void)growth_from_change(big, negative_big), Overflow);
    CHECK(growth_from_change(level, rate));
    CHECK_THROWS_AS((void)balance(big, negative_big), Overflow);
    CHECK_NOTHROW((void)balance(level, level));
    CHECK_THROWS_AS((void)balance_change(big, big, big, big), Overflow);
    CHECK(balance_change(level, rate, level, rate));
    CHECK_THROWS_AS((void)balance_growth(big, big, big, big), Overflow);
    CHECK(balance_growth(level + level, rate, level, rate));
    CHECK_THROWS_AS((void)implied_rate(big, tiny), Overflow);
    CHECK(implied_rate(level, level));
    const std::vector<Interval> quotes{big};
    const std::vector<Interval> bases{tiny};
    CHECK_THROWS_AS((void)common_rate(quotes, bases), Overflow);
    const std::vector<Interval> levels{level};
    CHECK(common_rate(levels, levels));
    CHECK_THROWS_AS((void)compound(big, big), Overflow);
    CHECK_NOTHROW((void)compound(rate, rate));
    const std::vector<Interval> huge_rates{big, big};
    const std::vector<Interval> rates{rate, rate};
    CHECK_THROWS_AS((void)compound(std::span<const Interval>(huge_rates)), Overflow);
    CHECK_NOTHROW((void)compound(std::span<const Interval>(rates)));
}

TEST_CASE("documented overflow: interval arithmetic and outward rounding") {
    CHECK_THROWS_AS((void)(big / tiny), Overflow);
    CHECK_NOTHROW((void)(level / level));
    CHECK_THROWS_AS((void)big.lower_outward(30), Overflow);
    CHECK_THROWS_AS((void)big.upper_outward(30), Overflow);
    CHECK(level.lower_outward(2) == 34.31_dec);
    CHECK(level.upper_outward(2) == 34.33_dec);
}

TEST_CASE("documented overflow: average growth over intervals") {
    CHECK_THROWS_AS((void)cagr(tiny, big, 2), Overflow);
    CHECK(cagr(level, level + level, 2));
    CHECK_THROWS_AS((void)two_year_average_growth(tiny, big), Overflow);
    CHECK(two_year_average_growth(level, level + level));
    const std::vector<Interval> huge_rates{big, big};
    const std::vector<Interval> rates{rate, rate};
    CHECK_THROWS_AS((void)average_growth(std::span<const Interval>(huge_rates)), Overflow);
    CHECK(average_growth(std::span<const Interval>(rates)));
}

TEST_CASE("documented overflow: the interval forms on published figures") {
    constexpr auto mode = RoundingMode::half_up;
    // A level printed to the yuan at 2^127 − 1 yuan: its upper end, + 0.5, does not fit.
    const Figure huge = Figure::level(Money(largest(), cny), Decimal(1));
    const Figure yuan = Figure::parse("34.32 billion yuan", FigureKind::level);
    const Figure dollars = Figure::parse("$5.31 billion", FigureKind::level);
    const Figure growth_rate = Figure::parse("5.9%", FigureKind::growth_rate);
    const Figure share_figure = Figure::parse("38.5%", FigureKind::share);
    CHECK_THROWS_AS((void)implied_base(huge, growth_rate, mode), Overflow);
    CHECK(implied_base(yuan, growth_rate, mode));
    CHECK_THROWS_AS((void)share(huge, yuan, mode), Overflow);
    CHECK(share(yuan, yuan, mode));
    CHECK_THROWS_AS((void)implied_part(share_figure, huge, mode), Overflow);
    CHECK_NOTHROW((void)implied_part(share_figure, yuan, mode));
    CHECK_THROWS_AS((void)implied_whole(huge, share_figure, mode), Overflow);
    CHECK(implied_whole(yuan, share_figure, mode));
    CHECK_THROWS_AS((void)contribution(huge, yuan, yuan, mode), Overflow);
    CHECK(contribution(yuan, yuan, yuan, mode));
    CHECK_THROWS_AS((void)growth_from_change(huge, yuan, mode), Overflow);
    CHECK(growth_from_change(yuan, Figure::parse("1.2 billion yuan", FigureKind::level), mode));
    CHECK_THROWS_AS((void)balance(huge, yuan, mode), Overflow);
    CHECK_NOTHROW((void)balance(yuan, yuan, mode));
    CHECK_THROWS_AS((void)implied_rate(huge, dollars, mode), Overflow);
    CHECK(implied_rate(yuan, dollars, mode));
    CHECK_THROWS_AS((void)cagr(yuan, huge, 2, mode), Overflow);
    CHECK(cagr(yuan, yuan, 2, mode));
}

TEST_CASE("documented overflow: a part's growth implied by its share") {
    CHECK_THROWS_AS((void)implied_part_growth(tiny, negative_big, big), Overflow);
    CHECK(implied_part_growth(share_of, Interval::closed_open(0.0165_dec, 0.0175_dec), rate));
    const Published huge_percent(largest());
    CHECK_THROWS_AS(
        (void)implied_part_growth(Published(38.5_dec), Published(1.7_dec), huge_percent, RoundingMode::half_up),
        Overflow);
    CHECK(implied_part_growth(Published(38.5_dec), Published(1.7_dec), Published(5.9_dec), RoundingMode::half_up));
}

TEST_CASE("documented overflow: exact growth, contributions and sums of money") {
    const GrowthRate huge = GrowthRate::from_factor(Ratio(largest()));
    const std::vector<GrowthRate> huge_rates{huge, huge};
    CHECK_THROWS_AS((void)average_growth(std::span<const GrowthRate>(huge_rates)), Overflow);
    const std::vector<GrowthRate> rates{GrowthRate::from_percent(5.9_dec), GrowthRate::from_percent(-7.5_dec)};
    CHECK(average_growth(std::span<const GrowthRate>(rates)));
    CHECK_THROWS_AS((void)compound(huge, huge), Overflow);
    CHECK(compound(GrowthRate::from_percent(10_dec), GrowthRate::from_percent(10_dec)) ==
          GrowthRate::from_percent(21_dec));
    CHECK_THROWS_AS((void)contribution(-largest(), largest(), 1_dec), Overflow);
    CHECK(contribution(10_dec, 12_dec, 40_dec));
    const std::vector<Decimal> base_parts{-largest(), 1_dec};
    const std::vector<Decimal> current_parts{largest(), 1_dec};
    CHECK_THROWS_AS((void)contributions(base_parts, current_parts), Overflow);
    const std::vector<Decimal> before{10_dec, 30_dec};
    const std::vector<Decimal> now{12_dec, 31_dec};
    CHECK(contributions(before, now));
    CHECK_THROWS_AS((void)(Ratio(largest()) / Ratio(Decimal(1), largest())), Overflow);
    CHECK(Ratio(1_dec) / Ratio(1_dec, 3_dec) == Ratio(3_dec));

    const std::vector<Money> amounts{Money(largest(), cny), Money(1_dec, cny)};
    CHECK_THROWS_AS((void)sum(amounts, cny), Overflow);
    CHECK_THROWS_AS((void)sum(amounts), Overflow);
    const std::vector<Money> small{Money(1_dec, cny), Money(2_dec, cny)};
    CHECK(sum(small, cny) == Money(3_dec, cny));
    CHECK(sum(small) == Money(3_dec, cny));
}

TEST_CASE("documented overflow: converting an amount too large for the rate") {
    const ExchangeRate r = ExchangeRate::period_average(usd, cny, 6.4718_dec, Period::half(2021, 1));
    CHECK_THROWS_AS((void)r.convert(Money(largest(), usd), 2, RoundingMode::half_up), Overflow);
    CHECK(r.convert(Money(5.31_dec, usd), 2, RoundingMode::half_up) == Money(34.37_dec, cny));
}
