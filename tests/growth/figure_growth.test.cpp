// SPDX-License-Identifier: BSL-1.0
// The interval forms on published figures: the intervals written out by hand from the rounding
// rule, and every kind and currency check.
#include <svctrade/error.hpp>
#include <svctrade/figures/figure.hpp>
#include <svctrade/growth/figure_growth.hpp>

#include <doctest/doctest.h>

using namespace svctrade;
using namespace svctrade::literals;

namespace {

constexpr auto magnitude = RoundingMode::half_up;
constexpr auto ceiling_ties = RoundingMode::half_ceiling;
const Ratio one{Decimal(1)};

Figure level(const char* text) {
    return Figure::parse(text, FigureKind::level);
}
Figure growth_rate(const char* text) {
    return Figure::parse(text, FigureKind::growth_rate);
}
Figure share_of(const char* text) {
    return Figure::parse(text, FigureKind::share);
}

}  // namespace

TEST_CASE("growth between two printed levels") {
    // 32.41 and 34.32 billion yuan: growth in (34.315/32.415 − 1, 34.325/32.405 − 1).
    const Outcome<Interval> g = growth(level("32.41 billion yuan"), level("34.32 billion yuan"), magnitude);
    REQUIRE(g);
    CHECK(g.value() ==
          Interval(Ratio(34315_dec, 32415_dec) - one, Bound::open, Ratio(34325_dec, 32405_dec) - one, Bound::open));
}

TEST_CASE("last year's level and the parts a share implies, from printed figures") {
    const Outcome<Interval> b = implied_base(level("34.32 billion yuan"), growth_rate("5.9%"), magnitude);
    REQUIRE(b);
    CHECK(b.value() ==
          Interval(Ratio(34315000000_dec, 1.0595_dec), Bound::open, Ratio(34325000000_dec, 1.0585_dec), Bound::open));
    // 38.5 % of 34.32 billion: [0.3845 × 34.315, 0.3855 × 34.325) billion.
    CHECK(implied_part(share_of("38.5%"), level("34.32 billion yuan"), magnitude) ==
          Interval(Ratio(13194117500_dec), Bound::closed, Ratio(13232287500_dec), Bound::open));
    const Outcome<Interval> w = implied_whole(level("13.21 billion yuan"), share_of("38.5%"), magnitude);
    REQUIRE(w);
    CHECK(w.value() ==
          Interval(Ratio(13205000000_dec, 0.3855_dec), Bound::open, Ratio(13215000000_dec, 0.3845_dec), Bound::open));
    const Outcome<Interval> s = share(level("13.21 billion yuan"), level("34.32 billion yuan"), magnitude);
    REQUIRE(s);
    CHECK(s.value() == Interval(Ratio(13205_dec, 34325_dec), Bound::open, Ratio(13215_dec, 34315_dec), Bound::open));
}

TEST_CASE("contribution, growth from a change, balance and rate from printed figures") {
    const Outcome<Interval> k =
        contribution(level("11.93 billion yuan"), level("13.21 billion yuan"), level("32.41 billion yuan"), magnitude);
    REQUIRE(k);
    CHECK(k.value() == Interval(Ratio(1.27_dec, 32.415_dec), Bound::open, Ratio(1.29_dec, 32.405_dec), Bound::open));
    const Outcome<Interval> g = growth_from_change(level("34.32 billion yuan"), level("1.91 billion yuan"), magnitude);
    REQUIRE(g);
    // d/(v − d) rises with d and falls with v: lowest at (v_hi, d_lo), highest at (v_lo, d_hi).
    CHECK(g.value() == Interval(Ratio(1.905_dec, 32.42_dec), Bound::open, Ratio(1.915_dec, 32.4_dec), Bound::open));
    CHECK(balance(level("20 billion yuan"), level("30 billion yuan"), magnitude) ==
          Interval::open(-11000000000_dec, -9000000000_dec));
    const Outcome<Interval> r = implied_rate(level("34.32 billion yuan"), level("$5.31 billion"), magnitude);
    REQUIRE(r);
    CHECK(r.value().to_exact_string() == "(6863/1063, 6865/1061)");
    const Outcome<AverageGrowthInterval> a = cagr(level("5000亿元"), level("5600亿元"), 2, magnitude);
    REQUIRE(a);
    CHECK(a.value().total_factor() ==
          Interval(Ratio(5599.5_dec, 5000.5_dec), Bound::open, Ratio(5600.5_dec, 4999.5_dec), Bound::open));
}

TEST_CASE("the reading of a negative printed growth decides which end of last year's level is attained") {
    const Figure now = level("34.32 billion yuan");
    const Interval by_magnitude = implied_base(now, growth_rate("-7.5%"), magnitude).value();
    const Interval toward_plus = implied_base(now, growth_rate("-7.5%"), ceiling_ties).value();
    CHECK(by_magnitude.lower() == Ratio(34315000000_dec, 0.9255_dec));
    CHECK(by_magnitude.lower_bound() == Bound::closed);
    CHECK(toward_plus.lower() == by_magnitude.lower());
    CHECK(toward_plus.lower_bound() == Bound::open);
}

TEST_CASE("figures of the wrong kind or in different currencies are refused") {
    const Figure yuan = level("34.32 billion yuan");
    const Figure dollars = level("$5.31 billion");
    const Figure g = growth_rate("5.9%");
    const Figure s = share_of("38.5%");
    CHECK_THROWS_AS((void)growth(yuan, g, magnitude), InvalidArgument);
    CHECK_THROWS_AS((void)growth(g, yuan, magnitude), InvalidArgument);
    CHECK_THROWS_AS((void)growth(yuan, dollars, magnitude), CurrencyMismatch);
    CHECK_THROWS_AS((void)implied_base(yuan, s, magnitude), InvalidArgument);
    CHECK_THROWS_AS((void)implied_base(g, g, magnitude), InvalidArgument);
    CHECK_THROWS_AS((void)share(yuan, dollars, magnitude), CurrencyMismatch);
    CHECK_THROWS_AS((void)share(s, yuan, magnitude), InvalidArgument);
    CHECK_THROWS_AS((void)implied_part(g, yuan, magnitude), InvalidArgument);
    CHECK_THROWS_AS((void)implied_part(s, s, magnitude), InvalidArgument);
    CHECK_THROWS_AS((void)implied_whole(yuan, g, magnitude), InvalidArgument);
    CHECK_THROWS_AS((void)contribution(yuan, yuan, dollars, magnitude), CurrencyMismatch);
    CHECK_THROWS_AS((void)contribution(yuan, dollars, yuan, magnitude), CurrencyMismatch);
    CHECK_THROWS_AS((void)contribution(yuan, g, yuan, magnitude), InvalidArgument);
    CHECK_THROWS_AS((void)growth_from_change(yuan, dollars, magnitude), CurrencyMismatch);
    CHECK_THROWS_AS((void)growth_from_change(yuan, g, magnitude), InvalidArgument);
    CHECK_THROWS_AS((void)balance(yuan, dollars, magnitude), CurrencyMismatch);
    CHECK_THROWS_AS((void)balance(s, yuan, magnitude), InvalidArgument);
    CHECK_THROWS_AS((void)implied_rate(yuan, yuan, magnitude), InvalidArgument);
    CHECK_THROWS_AS((void)implied_rate(yuan, g, magnitude), InvalidArgument);
    CHECK_THROWS_AS((void)cagr(yuan, dollars, 2, magnitude), CurrencyMismatch);
    CHECK_THROWS_AS((void)cagr(yuan, g, 2, magnitude), InvalidArgument);
    CHECK_THROWS_AS((void)cagr(yuan, yuan, 0, magnitude), InvalidArgument);
}

TEST_CASE("no answer on printed figures is the interval form's reason") {
    CHECK(growth(level("0.0 billion yuan"), level("5 billion yuan"), magnitude).reason() == Reason::zero_base);
    CHECK(implied_base(level("5 billion yuan"), growth_rate("-100%"), magnitude).reason() == Reason::zero_base);
    CHECK(cagr(level("-5 billion yuan"), level("5 billion yuan"), 3, magnitude).reason() == Reason::negative_base);
}
