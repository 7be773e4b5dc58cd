// SPDX-License-Identifier: BSL-1.0
// Published figures used as fixtures: China Daily, 27 Aug 2021, "Xiamen pioneers in services
// trade sector" (34.32 billion yuan, +5.9 %; knowledge-intensive 38.5 %, up 1.7 pp; digital
// exports $410 million, +37 %).
#include <svctrade/error.hpp>
#include <svctrade/growth/growth.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

using namespace svctrade;
using namespace svctrade::literals;

namespace {
constexpr auto up = RoundingMode::half_up;
}

TEST_CASE("growth between two values is exact and rounds once to the published digit") {
    const Change c = growth(32.41_dec, 34.32_dec);
    CHECK(c.absolute == 1.91_dec);
    REQUIRE(c.relative.has_value());
    CHECK(c.relative.value() == GrowthRate::from_ratio(Ratio(1.91_dec, 32.41_dec)));
    CHECK(c.relative.value().round(1, up) == 5.9_dec);
    CHECK(c.relative.value().round(4, up) == 5.8932_dec);
    CHECK(growth(10_dec, 0_dec).relative.value().round(1, up) == -100_dec);
    CHECK(growth(10_dec, 10_dec).relative.value() == GrowthRate());
}

TEST_CASE("growth on a zero base a negative base or a sign change has a reason and keeps the absolute change") {
    const Change zero = growth(0_dec, 5_dec);
    CHECK(zero.relative.reason() == Reason::zero_base);
    CHECK(zero.absolute == 5_dec);
    const Change negative = growth(-4_dec, 3_dec);
    CHECK(negative.relative.reason() == Reason::negative_base);
    CHECK(negative.absolute == 7_dec);
    CHECK(growth(-4_dec, -2_dec).relative.reason() == Reason::negative_base);
    const Change flip = growth(2_dec, -1_dec);
    CHECK(flip.relative.reason() == Reason::sign_change);
    CHECK(flip.absolute == -3_dec);
    CHECK_THROWS_AS((void)flip.relative.value(), BadOutcomeAccess);
}

TEST_CASE("growth whose exact difference does not fit a Decimal is an overflow") {
    const Decimal big = Decimal::parse("150000000000000000000000000000000000000");
    CHECK_THROWS_AS((void)growth(-big, big), Overflow);
}

TEST_CASE("the base implied by a value and its growth inverts growth exactly") {
    const std::array<Decimal, 6> bases = {32.41_dec, 1_dec, 0.01_dec, 123456789.12_dec, 7_dec, 99.99_dec};
    const std::array<Decimal, 5> currents = {34.32_dec, 0_dec, 3_dec, 1000000_dec, 0.5_dec};
    for (const Decimal& b : bases)
        for (const Decimal& c : currents) {
            const GrowthRate g = growth(b, c).relative.value();
            CHECK(implied_current(b, g) == Ratio(c));
            if (c.is_zero()) {  // −100 %: every base falls to 0, none is implied
                CHECK(implied_base(c, g).reason() == Reason::zero_base);
                continue;
            }
            CHECK(implied_base(c, g).value() == Ratio(b));
        }
}

TEST_CASE("the base implied by a growth of minus 100 percent or less has no answer") {
    CHECK(implied_base(0_dec, GrowthRate::from_percent(-100_dec)).reason() == Reason::zero_base);
    CHECK(implied_base(5_dec, GrowthRate::from_percent(-150_dec)).reason() == Reason::sign_change);
}

TEST_CASE("the compound annual growth rate is correctly rounded in every mode") {
    // sqrt(1.3) = 1.14017542509913797913...
    const AverageGrowth g = cagr(100_dec, 130_dec, 2).value();
    CHECK(g.periods() == 2);
    CHECK(g.total_factor() == Ratio(13_dec, 10_dec));
    CHECK(g.round(1, up) == 14.0_dec);
    CHECK(g.round(4, up) == 14.0175_dec);
    CHECK(g.round(14, up) == Decimal::parse("14.01754250991380"));
    CHECK(g.round(14, RoundingMode::floor) == Decimal::parse("14.01754250991379"));
    CHECK(g.round(16, RoundingMode::toward_zero) == Decimal::parse("14.0175425099137979"));
    CHECK(g.to_string(1, up) == "+14.0%");
    CHECK(g.rate(2, up) == GrowthRate::from_percent(14.02_dec));
    CHECK(g.to_double() == doctest::Approx(0.140175425099138));
    // sqrt(0.8) = 0.89442719099991587856...: a negative average growth.
    const AverageGrowth d = cagr(100_dec, 80_dec, 2).value();
    CHECK(d.round(1, up) == -10.6_dec);
    CHECK(d.round(1, RoundingMode::toward_zero) == -10.5_dec);
    CHECK(d.round(1, RoundingMode::floor) == -10.6_dec);
    CHECK(d.round(1, RoundingMode::ceiling) == -10.5_dec);
    CHECK(d.round(1, RoundingMode::away_from_zero) == -10.6_dec);
    CHECK(d.round(1, RoundingMode::half_even) == -10.6_dec);
    CHECK(d.round(5, up) == -10.55728_dec);
}

TEST_CASE("an average growth with an exact root rounds ties by the mode") {
    CHECK(cagr(100_dec, 121_dec, 2).value().round(3, up) == 10.000_dec);
    CHECK(cagr(100_dec, 81_dec, 2).value().round(0, RoundingMode::floor) == -10_dec);
    // 1.00125^2 = 1.0025015625: the average is exactly 0.125 %, a tie at two places.
    const AverageGrowth tie = cagr(1_dec, 1.0025015625_dec, 2).value();
    CHECK(tie.round(2, up) == 0.13_dec);
    CHECK(tie.round(2, RoundingMode::half_even) == 0.12_dec);
    CHECK(tie.round(3, RoundingMode::half_even) == 0.125_dec);
    // 0.99875^2 = 0.9975015625: exactly −0.125 %.
    const AverageGrowth down = cagr(1_dec, 0.9975015625_dec, 2).value();
    CHECK(down.round(2, up) == -0.13_dec);
    CHECK(down.round(2, RoundingMode::half_even) == -0.12_dec);
    CHECK(down.round(2, RoundingMode::ceiling) == -0.12_dec);
    CHECK(down.round(2, RoundingMode::half_ceiling) == -0.12_dec);
    CHECK(tie.round(2, RoundingMode::half_ceiling) == 0.13_dec);
    CHECK(cagr(5_dec, 0_dec, 3).value().round(1, up) == -100_dec);
    CHECK(cagr(7_dec, 7_dec, 10).value().round(6, up) == 0_dec);
}

TEST_CASE("an average growth over many periods is still exact") {
    // 2^(1/100) = 1.00695555005671880883...
    const AverageGrowth g = cagr(1_dec, 2_dec, 100).value();
    CHECK(g.round(12, up) == Decimal::parse("0.695555005672"));
    CHECK(g.round(12, RoundingMode::floor) == Decimal::parse("0.695555005671"));
}

TEST_CASE("China's two-year average growth is the geometric mean of the two yearly factors") {
    // +10 % then +21 %: sqrt(1.1 × 1.21) − 1 = 15.3689…%, not the arithmetic 15.5 %.
    const AverageGrowth two = two_year_average_growth(100_dec, 133.1_dec).value();
    const std::array<GrowthRate, 2> yearly = {GrowthRate::from_percent(10_dec), GrowthRate::from_percent(21_dec)};
    const AverageGrowth mean = average_growth(yearly).value();
    CHECK(two.round(6, up) == mean.round(6, up));
    CHECK(two.round(2, up) == 15.37_dec);
    const std::array<GrowthRate, 2> crash = {GrowthRate::from_percent(10_dec), GrowthRate::from_percent(-120_dec)};
    CHECK(average_growth(crash).reason() == Reason::sign_change);
}

TEST_CASE("average growth has no answer on a zero or negative start or a sign change") {
    CHECK(cagr(0_dec, 5_dec, 2).reason() == Reason::zero_base);
    CHECK(cagr(-1_dec, 5_dec, 2).reason() == Reason::negative_base);
    CHECK(cagr(1_dec, -5_dec, 2).reason() == Reason::sign_change);
}

TEST_CASE("average growth rejects impossible spans factors and places") {
    CHECK_THROWS_AS((void)cagr(1_dec, 2_dec, 0), InvalidArgument);
    CHECK_THROWS_WITH((void)cagr(1_dec, 2_dec, 101), "a compound annual growth rate spans 1 to 100 years, not 101");
    CHECK_THROWS_AS((void)average_growth(std::span<const GrowthRate>()), InvalidArgument);
    CHECK_THROWS_AS(AverageGrowth(Ratio(-1_dec, 2_dec), 2), InvalidArgument);
    CHECK_THROWS_AS(AverageGrowth(Ratio(1_dec, 2_dec), 0), InvalidArgument);
    const AverageGrowth g = cagr(1_dec, 2_dec, 2).value();
    CHECK_THROWS_AS((void)g.round(17, up), InvalidArgument);
    CHECK_THROWS_AS((void)g.round(-1, up), InvalidArgument);
    CHECK_THROWS_AS((void)AverageGrowth(Ratio(Decimal::parse("1000000000000000000000000"), 1_dec), 1).round(16, up),
                    Overflow);
}

TEST_CASE("a share is exact and has no answer on a zero or negative whole") {
    CHECK(share(13.2132_dec, 34.32_dec).value() == Share::from_percent(38.5_dec));
    CHECK(share(1_dec, 3_dec).value().round(1, up) == 33.3_dec);
    CHECK(share(1_dec, 0_dec).reason() == Reason::zero_base);
    CHECK(share(1_dec, -3_dec).reason() == Reason::negative_base);
    CHECK(share(-1_dec, 4_dec).value() == Share::from_percent(-25_dec));
}

TEST_CASE("shares of a complete partition sum to 100 percent exactly") {
    const std::array<Decimal, 4> parts = {1_dec, 2_dec, 3.33_dec, 0.07_dec};
    const Decimal whole = parts[0] + parts[1] + parts[2] + parts[3];
    Ratio sum;
    for (const Decimal& p : parts) sum = sum + share(p, whole).value().ratio();
    CHECK(sum == Ratio(1_dec));
}

TEST_CASE("share changes are percentage points and invert to last year's share") {
    const Share now = Share::from_percent(38.5_dec);
    const PercentagePoints change = PercentagePoints::from_points(1.7_dec);
    const Share before = implied_previous_share(now, change);
    CHECK(before == Share::from_percent(36.8_dec));
    CHECK(share_change(before, now) == change);
}

TEST_CASE("a share change takes the earlier share first like every comparison of two times") {
    // (before, now): from 36.8 % to 38.5 % is up 1.7 points, from 38.5 % to 36.8 % down 1.7.
    const Share before = Share::from_percent(36.8_dec);
    const Share now = Share::from_percent(38.5_dec);
    CHECK(share_change(before, now) == PercentagePoints::from_points(1.7_dec));
    CHECK(share_change(now, before) == PercentagePoints::from_points(-1.7_dec));
    // The same order as growth(base, current): both are positive for a rise.
    CHECK(growth(36.8_dec, 38.5_dec).absolute == 1.7_dec);
}

TEST_CASE("a contribution to growth is the part's change over the whole's base") {
    const Outcome<PercentagePoints> c = contribution(10_dec, 12_dec, 60_dec);
    CHECK(c.value().round(4, up) == 3.3333_dec);
    // = growth of the part × its share of the whole's base.
    CHECK(c.value().ratio() == growth(10_dec, 12_dec).relative.value().ratio() * share(10_dec, 60_dec).value().ratio());
    CHECK(contribution(10_dec, 12_dec, 0_dec).reason() == Reason::zero_base);
    CHECK(contribution(10_dec, 12_dec, -5_dec).reason() == Reason::negative_base);
}

TEST_CASE("contributions of a partition add up exactly to the growth of the whole") {
    const std::vector<Decimal> base = {10_dec, 20_dec, 30_dec, 0.01_dec, 7.77_dec};
    const std::vector<Decimal> now = {12_dec, 19_dec, 33.5_dec, 0_dec, 9.99_dec};
    const Contributions c = contributions(base, now).value();
    REQUIRE(c.parts.size() == 5);
    PercentagePoints sum;
    for (const PercentagePoints& p : c.parts) sum = sum + p;
    CHECK(sum.ratio() == c.total.ratio());
    CHECK(c.total == growth(67.78_dec, 74.49_dec).relative.value());
    CHECK(contributions(std::vector<Decimal>{1_dec, -1_dec}, std::vector<Decimal>{1_dec, 1_dec}).reason() ==
          Reason::zero_base);
    CHECK(contributions(std::vector<Decimal>{1_dec}, std::vector<Decimal>{-1_dec}).reason() == Reason::sign_change);
    CHECK_THROWS_AS((void)contributions(base, std::vector<Decimal>{1_dec}), InvalidArgument);
    CHECK_THROWS_AS((void)contributions(std::vector<Decimal>{}, std::vector<Decimal>{}), InvalidArgument);
}

TEST_CASE("index numbers put the base period at 100") {
    const std::vector<Decimal> series = {80_dec, 100_dec, 105.9_dec, 0_dec};
    const std::vector<Outcome<Ratio>> idx = index_numbers(series, 1);
    CHECK(idx[1].value() == Ratio(100_dec));
    CHECK(idx[2].value().round(1, up) == 105.9_dec);
    CHECK(idx[0].value() == Ratio(80_dec));
    CHECK(idx[3].value().is_zero());
    CHECK(index_numbers(series, 3)[0].reason() == Reason::zero_base);
    CHECK(index_number(-2_dec, 1_dec).reason() == Reason::negative_base);
    CHECK(index_number(0_dec, 1_dec).reason() == Reason::zero_base);
    // The base comes first, as in growth(base, current): 100 on a base of 80 is 125.
    CHECK(index_number(80_dec, 100_dec).value() == Ratio(125_dec));
    CHECK_THROWS_AS((void)index_numbers(series, 4), NotFound);
}

TEST_CASE("parts and wholes implied by a share") {
    CHECK(implied_part(Share::from_percent(38.5_dec), 34.32_dec) == Ratio(13.2132_dec));
    CHECK(implied_whole(13.2132_dec, Share::from_percent(38.5_dec)).value() == Ratio(34.32_dec));
    CHECK(implied_whole(1_dec, Share()).reason() == Reason::zero_base);
}

TEST_CASE("the figures a reader derives from the Xiamen article") {
    const Decimal total = 34.32_dec;
    const GrowthRate total_growth = GrowthRate::from_percent(5.9_dec);
    const Ratio last_year = implied_base(total, total_growth).value();
    CHECK(last_year.round(2, up) == 32.41_dec);
    const Share ki = Share::from_percent(38.5_dec);
    const Share ki_before = implied_previous_share(ki, PercentagePoints::from_points(1.7_dec));
    CHECK(ki_before.round(1, up) == 36.8_dec);
    const Ratio ki_now = implied_part(ki, total);
    CHECK(ki_now.round(2, up) == 13.21_dec);
    const Ratio ki_then = ki_before.ratio() * last_year;
    CHECK(ki_then.round(2, up) == 11.93_dec);
    CHECK(GrowthRate::from_factor(ki_now / ki_then).round(1, up) == 10.8_dec);
    const Ratio digital_before = implied_base(410_dec, GrowthRate::from_percent(37_dec)).value();
    CHECK(digital_before.round(0, up) == 299_dec);
}
