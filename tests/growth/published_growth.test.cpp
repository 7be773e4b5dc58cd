// SPDX-License-Identifier: BSL-1.0
#include <svctrade/error.hpp>
#include <svctrade/growth/published_growth.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/published/interval.hpp>
#include <svctrade/published/published.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

using namespace svctrade;
using namespace svctrade::literals;

namespace {

constexpr auto half_up = RoundingMode::half_up;
const Ratio one{Decimal(1)};

// The part's growth at one point: s(1 + g) / (s − p) − 1, written independently of the library's
// single-use form.
Ratio growth_at(const Ratio& s, const Ratio& p, const Ratio& g) {
    return s * (one + g) / (s - p) - one;
}

Ratio pct(Decimal d) {
    return Ratio(d, Decimal(100));
}

// n + 1 evenly spaced values from the interval's lower end to its upper end, both ends included
// (whether or not they belong to it).
std::vector<Ratio> grid(const Interval& i, int n) {
    std::vector<Ratio> v;
    for (int k = 0; k <= n; ++k) v.push_back(i.lower() + (i.upper() - i.lower()) * Ratio(Decimal(k), Decimal(n)));
    return v;
}

// Brute force over a grid of the box (ends included): the range's ends are the grid's extremes
// (the extremes lie at corners, which the grid holds), an end is closed exactly when a grid
// point inside the box reaches it, and every point inside the box lies in the range.
void check_against_grid(const Interval& s, const Interval& p, const Interval& g) {
    const Outcome<Interval> range = implied_part_growth(s, p, g);
    REQUIRE(range.has_value());
    const Interval& r = range.value();
    bool first = true;
    Ratio lo, hi;
    bool lo_reached = false, hi_reached = false;
    std::vector<Ratio> inside;
    std::vector<bool> in_box;
    for (const Ratio& x : grid(s, 6))
        for (const Ratio& y : grid(p, 6))
            for (const Ratio& z : grid(g, 6)) {
                const Ratio f = growth_at(x, y, z);
                const bool in = s.contains(x) && p.contains(y) && g.contains(z);
                if (first || f < lo) lo = f;
                if (first || f > hi) hi = f;
                first = false;
                inside.push_back(f);
                in_box.push_back(in);
            }
    for (std::size_t k = 0; k < inside.size(); ++k) {
        if (!in_box[k]) continue;
        CHECK(r.contains(inside[k]));
        if (inside[k] == lo) lo_reached = true;
        if (inside[k] == hi) hi_reached = true;
    }
    CHECK(r.lower() == lo);
    CHECK(r.upper() == hi);
    CHECK((r.lower_bound() == Bound::closed) == lo_reached);
    CHECK((r.upper_bound() == Bound::closed) == hi_reached);
}

Interval closed_pct(Decimal a, Decimal b) {
    return Interval(pct(a), Bound::closed, pct(b), Bound::closed);
}
Interval closed_open_pct(Decimal a, Decimal b) {
    return Interval(pct(a), Bound::closed, pct(b), Bound::open);
}
Interval open_closed_pct(Decimal a, Decimal b) {
    return Interval(pct(a), Bound::open, pct(b), Bound::closed);
}

}  // namespace

// Source: China Daily, 27 August 2021, "Xiamen pioneers in services trade sector": knowledge-
// intensive services 38.5 % of services trade, up 1.7 percentage points; services trade +5.9 %.
TEST_CASE("the Xiamen knowledge-intensive growth lies strictly between the corners of the printed rounding") {
    const Outcome<Interval> range =
        implied_part_growth(Published(38.5_dec), Published(1.7_dec), Published(5.9_dec), half_up);
    REQUIRE(range.has_value());
    const Interval& r = range.value();
    // A rise (p > 0): lowest at the highest share and the lowest change and growth.
    CHECK(r.lower() == growth_at(pct(38.55_dec), pct(1.65_dec), pct(5.85_dec)));
    CHECK(r.upper() == growth_at(pct(38.45_dec), pct(1.75_dec), pct(5.95_dec)));
    CHECK(r.lower_bound() == Bound::open);
    CHECK(r.upper_bound() == Bound::open);
    CHECK(GrowthRate::from_ratio(r.lower()).to_string(2, half_up) == "+10.58%");
    CHECK(GrowthRate::from_ratio(r.upper()).to_string(2, half_up) == "+11.00%");
    // The growth from the printed figures themselves is inside.
    CHECK(r.contains(growth_at(pct(38.5_dec), pct(1.7_dec), pct(5.9_dec))));
    check_against_grid(Published(38.5_dec).interval(half_up) * Interval::point(pct(1_dec)),
                       Published(1.7_dec).interval(half_up) * Interval::point(pct(1_dec)),
                       Published(5.9_dec).interval(half_up) * Interval::point(pct(1_dec)));
}

TEST_CASE("the published form is the interval form on the figures divided by one hundred") {
    for (const RoundingMode mode : {RoundingMode::half_up, RoundingMode::half_even, RoundingMode::floor,
                                    RoundingMode::ceiling, RoundingMode::toward_zero, RoundingMode::away_from_zero}) {
        const Interval hundredth = Interval::point(pct(1_dec));
        const Published s(38.5_dec), p(-1.7_dec), g(5.9_dec);
        CHECK(implied_part_growth(s, p, g, mode) == implied_part_growth(s.interval(mode) * hundredth,
                                                                        p.interval(mode) * hundredth,
                                                                        g.interval(mode) * hundredth));
    }
}

TEST_CASE("a brute-force grid over the box agrees with the exact range for rises falls and flat changes") {
    // A rise, a fall (the corners in s swap) and a change straddling zero, each with closed,
    // half-open and open boxes, rising and falling totals.
    check_against_grid(closed_pct(38_dec, 39_dec), closed_pct(1_dec, 2_dec), closed_pct(5_dec, 6_dec));
    check_against_grid(closed_pct(38_dec, 39_dec), closed_pct(-2_dec, -1_dec), closed_pct(5_dec, 6_dec));
    check_against_grid(closed_pct(38_dec, 39_dec), closed_pct(-0.5_dec, 0.5_dec), closed_pct(-6_dec, 6_dec));
    check_against_grid(closed_open_pct(10_dec, 12_dec), open_closed_pct(-3_dec, 4_dec),
                       closed_open_pct(-20_dec, -3_dec));
    check_against_grid(open_closed_pct(60_dec, 61_dec), closed_open_pct(55_dec, 59_dec),
                       open_closed_pct(0_dec, 40_dec));
    check_against_grid(Published(38.5_dec).interval(RoundingMode::half_even) * Interval::point(pct(1_dec)),
                       Published(0.0_dec).interval(RoundingMode::half_even) * Interval::point(pct(1_dec)),
                       Published(-2.4_dec).interval(RoundingMode::half_even) * Interval::point(pct(1_dec)));
}

TEST_CASE("a flat change closes an end at any share") {
    // p = 0 exactly and closed: the part grows as the total does, whatever the share.
    const Outcome<Interval> r = implied_part_growth(Interval(pct(10_dec), Bound::open, pct(20_dec), Bound::open),
                                                    Interval::point(Ratio()), closed_pct(5_dec, 6_dec));
    REQUIRE(r.has_value());
    CHECK(r.value() == closed_pct(5_dec, 6_dec));
    check_against_grid(closed_pct(10_dec, 20_dec), Interval::point(Ratio()), closed_pct(5_dec, 6_dec));
}

TEST_CASE("a total growth of minus 100 percent or below has no part growth") {
    const Interval s = closed_pct(30_dec, 31_dec), p = closed_pct(1_dec, 2_dec);
    CHECK(implied_part_growth(s, p, closed_pct(-100_dec, -99_dec)).reason() == Reason::zero_base);
    CHECK(implied_part_growth(s, p, closed_pct(-101_dec, -99_dec)).reason() == Reason::zero_base);
    CHECK(implied_part_growth(s, p, closed_pct(-102_dec, -101_dec)).reason() == Reason::sign_change);
    CHECK(implied_part_growth(s, p, Interval(pct(-101_dec), Bound::closed, pct(-100_dec), Bound::open)).reason() ==
          Reason::sign_change);
    // Above −100 % throughout, even arbitrarily close: the part's growth tends to −100 %.
    const Outcome<Interval> near = implied_part_growth(s, p, open_closed_pct(-100_dec, -99_dec));
    REQUIRE(near.has_value());
    CHECK(near.value().lower() == pct(-100_dec));
    CHECK(near.value().lower_bound() == Bound::open);
}

TEST_CASE("a previous share that may be zero or is negative has no part growth") {
    const Interval g = closed_pct(5_dec, 6_dec);
    // s − p reaches 0 at s = 2 %, p = 2 %.
    CHECK(implied_part_growth(closed_pct(2_dec, 3_dec), closed_pct(1_dec, 2_dec), g).reason() == Reason::zero_base);
    // s − p only approaches 0 (p's upper end is open): still unbounded.
    CHECK(implied_part_growth(closed_pct(2_dec, 3_dec), closed_open_pct(1_dec, 2_dec), g).reason() ==
          Reason::zero_base);
    CHECK(implied_part_growth(closed_pct(2_dec, 3_dec), closed_pct(4_dec, 5_dec), g).reason() == Reason::negative_base);
    // Bounded away from zero: an answer.
    CHECK(implied_part_growth(closed_pct(2_dec, 3_dec), closed_pct(1_dec, 1.9_dec), g).has_value());
}

TEST_CASE("a share that reaches zero is an invalid argument") {
    const Interval p = closed_pct(1_dec, 2_dec), g = closed_pct(5_dec, 6_dec);
    CHECK_THROWS_WITH_AS((void)implied_part_growth(Interval::open(-0.0005_dec, 0.0005_dec), p, g),
                         "the growth of a part needs a share above zero, bounded away from it; the share "
                         "(-1/2000, 1/2000) reaches zero or below",
                         InvalidArgument);
    CHECK_THROWS_WITH_AS((void)implied_part_growth(Interval::open(0_dec, 0.0005_dec), p, g),
                         "the growth of a part needs a share above zero, bounded away from it; the share "
                         "(0, 1/2000) reaches zero",
                         InvalidArgument);
    CHECK_THROWS_AS((void)implied_part_growth(Published(0.0_dec), Published(-1.7_dec), Published(5.9_dec), half_up),
                    InvalidArgument);
    CHECK_THROWS_AS((void)implied_part_growth(closed_pct(-5_dec, -4_dec), p, g), InvalidArgument);
}
