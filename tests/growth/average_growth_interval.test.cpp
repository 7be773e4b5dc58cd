// SPDX-License-Identifier: BSL-1.0
// Average growth and CAGR over intervals: the factor interval against brute force, the verdicts
// of the power domain against a reference that raises the growth interval to the n-th power with
// Ratio arithmetic, and the printed enclosures against digits computed independently (Python's
// decimal module at 80 digits: sqrt(5599.5/5000.5) − 1 and (149.5/100.5)^(1/10) − 1).
#include <svctrade/error.hpp>
#include <svctrade/figures/figure.hpp>
#include <svctrade/growth/average_growth_interval.hpp>
#include <svctrade/growth/growth.hpp>
#include <svctrade/numbers/percent.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include "interval_grid.hpp"

using namespace svctrade;
using namespace svctrade::literals;
using grid::check_image;

namespace {

const Ratio one{Decimal(1)};

Interval rounded(Decimal value) {
    return Published(value).interval(RoundingMode::half_up);
}

// {(1 + g)^n : g ∈ growth}, for growth above −100 %, with Ratio arithmetic (small n only).
Interval power_image(const Interval& growth, int n) {
    auto power = [n](const Ratio& g) {
        Ratio r = one;
        for (int i = 0; i < n; ++i) r = r * (one + g);
        return r;
    };
    return Interval(power(growth.lower()), growth.lower_bound(), power(growth.upper()), growth.upper_bound());
}

Ratio decimal_ratio(const std::string& text) {
    return Ratio(Decimal::parse(text));
}

}  // namespace

TEST_CASE("a two-year average growth prints an outward enclosure to 35 places") {
    const Outcome<AverageGrowthInterval> a = two_year_average_growth(rounded(5000_dec), rounded(5600_dec));
    REQUIRE(a);
    CHECK(a.value().periods() == 2);
    CHECK(a.value().total_factor() ==
          Interval(Ratio(5599.5_dec, 5000.5_dec), Bound::open, Ratio(5600.5_dec, 4999.5_dec), Bound::open));
    CHECK(a.value().lower_outward(35) == "0.05820036911630313982874622275528440");
    CHECK(a.value().upper_outward(35) == "0.05840069028800251062679138752483529");
    CHECK(a.value().to_string(3) ==
          "0.058\xE2\x80\x93"
          "0.059");
    CHECK(a.value().to_enclosure_string(4) == "[0.0582, 0.0585]");
    CHECK_FALSE(a.value().exact().has_value());
}

TEST_CASE("a ten-year CAGR prints 40 places and agrees with its own power-domain decisions") {
    const Outcome<AverageGrowthInterval> a = cagr(rounded(100_dec), rounded(150_dec), 10);
    REQUIRE(a);
    const std::string lo = a.value().lower_outward(40);
    const std::string hi = a.value().upper_outward(40);
    CHECK(lo == "0.0405130059999994288171564056349933370582");
    CHECK(hi == "0.0422486515624914207760735814048415985566");
    // The printed ends lie just outside the set; one unit of the last place in, they are inside.
    const std::string lo30 = a.value().lower_outward(30);
    const std::string hi30 = a.value().upper_outward(30);
    const Ratio unit(Decimal::from_units(1, 30));
    CHECK_FALSE(a.value().contains(decimal_ratio(lo30)));
    CHECK(a.value().contains(decimal_ratio(lo30) + unit));
    CHECK_FALSE(a.value().contains(decimal_ratio(hi30)));
    CHECK(a.value().contains(decimal_ratio(hi30) - unit));
}

TEST_CASE("printing needs no more than the places it is asked for, up to the maximum") {
    const AverageGrowthInterval a(Interval::closed(1_dec, 2_dec), 100);
    CHECK(a.lower_outward(0) == "0");
    CHECK(a.upper_outward(0) == "1");
    CHECK(a.upper_outward(AverageGrowthInterval::max_places).size() ==
          static_cast<std::size_t>(AverageGrowthInterval::max_places) + 2);
    CHECK(a.upper_outward(5) == "0.00696");  // 2^(1/100) = 1.006955…
    CHECK_THROWS_AS((void)a.lower_outward(-1), InvalidArgument);
    CHECK_THROWS_AS((void)a.upper_outward(AverageGrowthInterval::max_places + 1), InvalidArgument);
    CHECK_THROWS_AS((void)a.to_string(-1), InvalidArgument);
    CHECK_THROWS_AS((void)a.to_enclosure_string(301), InvalidArgument);
}

TEST_CASE("an exact root is recognised and printed exactly with its own bracket") {
    // 121/100 over two years is exactly +10 %; 81/100 exactly −10 %.
    const AverageGrowthInterval a(Interval(Ratio(81_dec, 100_dec), Bound::open, Ratio(121_dec, 100_dec), Bound::closed),
                                  2);
    REQUIRE(a.exact().has_value());
    CHECK(*a.exact() ==
          Interval(Ratio(Decimal(-1), Decimal(10)), Bound::open, Ratio(Decimal(1), Decimal(10)), Bound::closed));
    CHECK(a.to_enclosure_string(2) == "(-0.10, 0.10]");
    CHECK(a.lower_outward(3) == "-0.100");
    CHECK(a.contains(Ratio(Decimal(1), Decimal(10))));
    CHECK_FALSE(a.contains(Ratio(Decimal(-1), Decimal(10))));
    CHECK(a.contains(Ratio(Decimal(0))));
    CHECK_FALSE(a.contains(Ratio(Decimal(-3))));  // below −100 %
    const AverageGrowthInterval zero(Interval::closed(0_dec, 1_dec), 3);
    CHECK(zero.lower_outward(2) == "-1.00");
    CHECK(zero.contains(Ratio(Decimal(-1))));
}

TEST_CASE("the factor interval of a CAGR is the exact image of last over first") {
    for (const Interval& first : {rounded(100_dec), Interval::open(90_dec, 110_dec), Interval::point(100_dec)}) {
        for (const Interval& last :
             {rounded(150_dec), Interval::closed(0_dec, 10_dec), Interval::open_closed(80_dec, 90_dec)}) {
            const Outcome<AverageGrowthInterval> a = cagr(first, last, 5);
            REQUIRE(a);
            check_image<2>(a.value().total_factor(), {first, last},
                           [](const std::array<Ratio, 2>& p) { return p[1] / p[0]; });
        }
    }
}

TEST_CASE("the factor of an average of growth rates is the exact image of the product of factors") {
    for (const RoundingMode mode : {RoundingMode::half_up, RoundingMode::half_ceiling}) {
        const std::array<Interval, 3> rates{Figure::parse("5.9%", FigureKind::growth_rate).interval(mode),
                                            Figure::parse("-7.5%", FigureKind::growth_rate).interval(mode),
                                            Figure::parse("0.0%", FigureKind::growth_rate).interval(mode)};
        const Outcome<AverageGrowthInterval> a = average_growth(rates);
        REQUIRE(a);
        CHECK(a.value().periods() == 3);
        check_image<3>(a.value().total_factor(), rates,
                       [](const std::array<Ratio, 3>& p) { return (one + p[0]) * (one + p[1]) * (one + p[2]); });
        // The open upper ends of 5.9 % and 0.0 % leave the highest factor open under both readings.
        CHECK(a.value().upper_bound() == Bound::open);
    }
    const std::array<Interval, 1> closed_rate{Interval::closed(-0.0755_dec, -0.0745_dec)};
    CHECK(average_growth(closed_rate).value().lower_bound() == Bound::closed);
}

TEST_CASE("verdicts in the power domain agree with raising the printed growth to the n-th power") {
    // Factors with every kind of end against printed growths around, at and beyond their ends.
    const std::array<Interval, 3> factors{
        Interval(Ratio(121_dec, 100_dec), Bound::closed, Ratio(144_dec, 100_dec), Bound::open),
        Interval::open(1.1_dec, 1.3_dec), Interval::point(1.21_dec)};
    std::vector<Interval> growths;
    for (const char* lo : {"0.05", "0.1", "0.1000001", "0.0999999", "0.2", "-0.5"}) {
        for (const char* hi : {"0.1", "0.15", "0.2", "0.2000001", "0.3"}) {
            const Decimal l = Decimal::parse(lo), h = Decimal::parse(hi);
            if (l < h) {
                for (const Bound lb : {Bound::open, Bound::closed})
                    for (const Bound ub : {Bound::open, Bound::closed})
                        growths.emplace_back(Ratio(l), lb, Ratio(h), ub);
            } else if (l == h) {
                growths.push_back(Interval::point(l));
            }
        }
    }
    for (const Interval& f : factors) {
        const AverageGrowthInterval a(f, 2);
        for (const Interval& g : growths) {
            CAPTURE(f);
            CAPTURE(g);
            // The reference clips the growth at −100 %, where (1 + g)² stops increasing.
            const Interval clipped = g.lower() < Ratio(Decimal(-1))
                                         ? Interval(Ratio(Decimal(-1)), Bound::closed, g.upper(), g.upper_bound())
                                         : g;
            const Interval image = power_image(clipped, 2);
            CHECK(a.intersects(g) == image.intersects(f));
            CHECK(a.closure_intersects(g) == image.closure().intersects(f.closure()));
            CHECK(a.contains(g) == f.contains(image));
            CHECK(a.contains(g.lower()) == f.contains(power_image(Interval::point(g.lower()), 2).lower()));
        }
    }
}

TEST_CASE("a printed average growth that touches the set only at an open end is a boundary case") {
    // Factor (1.21, 1.44): averages (10 %, 20 %). A printed [5 %, 10 %] meets it only at 10 %.
    const AverageGrowthInterval a(Interval::open(1.21_dec, 1.44_dec), 2);
    const Interval printed = Interval::closed(0.05_dec, 0.1_dec);
    CHECK_FALSE(a.intersects(printed));
    CHECK(a.closure_intersects(printed));
    CHECK(a.intersects(Interval::closed(0.05_dec, 0.1000001_dec)));
    CHECK_FALSE(a.closure_intersects(Interval::closed(0.05_dec, 0.0999_dec)));
}

TEST_CASE("average growth over intervals has a reason where a value has none") {
    const Interval x = Interval::closed(10_dec, 11_dec);
    CHECK(cagr(Interval::open(-0.5_dec, 0.5_dec), x, 2).reason() == Reason::zero_base);
    CHECK(cagr(Interval::open(0_dec, 1_dec), x, 2).reason() == Reason::zero_base);
    CHECK(cagr(Interval::closed(-2_dec, -1_dec), x, 2).reason() == Reason::negative_base);
    CHECK(cagr(x, Interval::closed(-1_dec, 1_dec), 2).reason() == Reason::sign_change);
    CHECK(two_year_average_growth(Interval::closed(-2_dec, -1_dec), x).reason() == Reason::negative_base);
    const std::array<Interval, 2> fall{Interval::closed(0.1_dec, 0.2_dec), Interval::closed(-1.1_dec, -0.9_dec)};
    CHECK(average_growth(fall).reason() == Reason::sign_change);
}

TEST_CASE("average growth over intervals refuses impossible spans and factors") {
    const Interval x = Interval::closed(10_dec, 11_dec);
    CHECK_THROWS_AS((void)cagr(x, x, 0), InvalidArgument);
    CHECK_THROWS_AS((void)cagr(x, x, 101), InvalidArgument);
    CHECK_THROWS_AS((void)average_growth(std::span<const Interval>()), InvalidArgument);
    const std::vector<Interval> many(101, Interval::point(0.01_dec));
    CHECK_THROWS_AS((void)average_growth(many), InvalidArgument);
    CHECK_THROWS_AS(AverageGrowthInterval(Interval::closed(-1_dec, 1_dec), 2), InvalidArgument);
    CHECK_THROWS_AS(AverageGrowthInterval(x, 0), InvalidArgument);
}
