// SPDX-License-Identifier: BSL-1.0
// The interval forms of the growth and share functions against brute force: every function is
// compared, on dense grids over boxes of inputs with every kind of end, with the single-value
// function of growth.hpp (or a formula written out here) at each grid point.
#include <svctrade/error.hpp>
#include <svctrade/figures/figure.hpp>
#include <svctrade/growth/growth.hpp>
#include <svctrade/growth/interval_growth.hpp>
#include <svctrade/numbers/percent.hpp>

#include <doctest/doctest.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "interval_grid.hpp"

using namespace svctrade;
using namespace svctrade::literals;
using grid::check_image;
using grid::decimal;

namespace {

const Ratio one{Decimal(1)};
constexpr auto magnitude = RoundingMode::half_up;
constexpr auto ceiling_ties = RoundingMode::half_ceiling;

Interval fig(const char* text, FigureKind kind, RoundingMode mode = magnitude) {
    return Figure::parse(text, kind).interval(mode);
}
Interval level(const char* text, RoundingMode mode = magnitude) {
    return fig(text, FigureKind::level, mode);
}
Interval rate(const char* text, RoundingMode mode = magnitude) {
    return fig(text, FigureKind::growth_rate, mode);
}
GrowthRate as_growth(const Ratio& r) {
    return GrowthRate::from_ratio(r);
}
Share as_share(const Ratio& r) {
    return Share::from_ratio(r);
}

// Boxes with every kind of end: closed, open, half-open, a point.
const std::array<Interval, 5> positive_levels{Interval::closed_open(30_dec, 35_dec), Interval::open(30_dec, 35_dec),
                                              Interval::closed(30_dec, 35_dec), Interval::open_closed(30_dec, 35_dec),
                                              Interval::point(32_dec)};
const std::array<Interval, 5> rates{Interval::closed_open(0.05_dec, 0.07_dec), Interval::open(-0.08_dec, -0.06_dec),
                                    Interval::closed(-0.01_dec, 0.02_dec), Interval::open_closed(0.1_dec, 0.3_dec),
                                    Interval::point(0.059_dec)};

}  // namespace

TEST_CASE("interval growth from two levels is the exact image and says which ends are attained") {
    for (const Interval& base : positive_levels) {
        for (const Interval& current : {Interval::closed_open(33_dec, 36_dec), Interval::open(0_dec, 40_dec),
                                        Interval::closed(0_dec, 1_dec), Interval::point(34.32_dec)}) {
            CAPTURE(base);
            CAPTURE(current);
            const Outcome<Interval> g = growth(base, current);
            REQUIRE(g);
            check_image<2>(g.value(), {base, current}, [](const std::array<Ratio, 2>& p) {
                return growth(decimal(p[0]), decimal(p[1])).relative.value().ratio();
            });
        }
    }
}

TEST_CASE("the Xiamen total gives last year's level as an exact interval") {
    // 34.32 billion yuan at +5.9 %: last year between 34.315/1.0595 and 34.325/1.0585 billion.
    const Outcome<Interval> base = implied_base(level("34.32 billion yuan"), rate("5.9%"));
    REQUIRE(base);
    CHECK(base.value() ==
          Interval(Ratio(34315000000_dec, 1.0595_dec), Bound::open, Ratio(34325000000_dec, 1.0585_dec), Bound::open));
    CHECK(base.value().to_string(0) ==
          "32387918829\xE2\x80\x93"
          "32427964101");
}

TEST_CASE("interval implied base and implied current match the single-value functions on a grid") {
    for (const Interval& current : positive_levels) {
        for (const Interval& g : rates) {
            CAPTURE(current);
            CAPTURE(g);
            const Outcome<Interval> b = implied_base(current, g);
            REQUIRE(b);
            check_image<2>(b.value(), {current, g}, [](const std::array<Ratio, 2>& p) {
                return implied_base(decimal(p[0]), as_growth(p[1])).value();
            });
            check_image<2>(implied_current(current, g), {current, g}, [](const std::array<Ratio, 2>& p) {
                return implied_current(decimal(p[0]), as_growth(p[1]));
            });
        }
    }
}

TEST_CASE("interval shares, parts and wholes match the single-value functions on a grid") {
    const std::array<Interval, 4> parts{Interval::closed_open(13_dec, 14_dec), Interval::open(-2_dec, 1_dec),
                                        Interval::closed(0_dec, 3_dec), Interval::point(13.21_dec)};
    const std::array<Interval, 4> shares{Interval::closed_open(0.3845_dec, 0.3855_dec),
                                         Interval::open(0.1_dec, 0.5_dec), Interval::closed(-0.2_dec, -0.1_dec),
                                         Interval::point(0.385_dec)};
    for (const Interval& part : parts) {
        for (const Interval& whole : positive_levels) {
            CAPTURE(part);
            CAPTURE(whole);
            const Outcome<Interval> s = share(part, whole);
            REQUIRE(s);
            check_image<2>(s.value(), {part, whole}, [](const std::array<Ratio, 2>& p) {
                return share(decimal(p[0]), decimal(p[1])).value().ratio();
            });
        }
        for (const Interval& s : shares) {
            CAPTURE(part);
            CAPTURE(s);
            const Outcome<Interval> w = implied_whole(part, s);
            REQUIRE(w);
            check_image<2>(w.value(), {part, s}, [](const std::array<Ratio, 2>& p) {
                return implied_whole(decimal(p[0]), as_share(p[1])).value();
            });
        }
    }
    for (const Interval& s : shares) {
        for (const Interval& whole : positive_levels) {
            check_image<2>(implied_part(s, whole), {s, whole},
                           [](const std::array<Ratio, 2>& p) { return implied_part(as_share(p[0]), decimal(p[1])); });
        }
    }
}

TEST_CASE("interval share changes and last year's shares are percentage points and shares exactly") {
    const Interval now = fig("38.5%", FigureKind::share);
    const Interval change = fig("1.7 percentage points", FigureKind::percentage_points);
    // 38.5 % up 1.7 pp: last year's share in (0.3845 − 0.0175, 0.3855 − 0.0165) = (0.367, 0.369).
    CHECK(implied_previous_share(now, change) == Interval::open(0.367_dec, 0.369_dec));
    for (const Interval& before : {now, Interval::open(0.36_dec, 0.37_dec), Interval::point(0.368_dec)}) {
        for (const Interval& c : {change, Interval::closed(-0.01_dec, 0.01_dec)}) {
            check_image<2>(implied_previous_share(before, c), {before, c}, [](const std::array<Ratio, 2>& p) {
                return implied_previous_share(as_share(p[0]), PercentagePoints::from_ratio(p[1])).ratio();
            });
            check_image<2>(share_change(before, c), {before, c}, [](const std::array<Ratio, 2>& p) {
                return share_change(as_share(p[0]), as_share(p[1])).ratio();
            });
        }
    }
}

TEST_CASE("interval contributions match the single-value function on a grid") {
    for (const Interval& part_base : {Interval::closed_open(10_dec, 12_dec), Interval::point(11.93_dec)}) {
        for (const Interval& part_now : {Interval::open(13_dec, 14_dec), Interval::closed(9_dec, 11_dec)}) {
            for (const Interval& whole_base : positive_levels) {
                const Outcome<Interval> k = contribution(part_base, part_now, whole_base);
                REQUIRE(k);
                check_image<3>(k.value(), {part_base, part_now, whole_base}, [](const std::array<Ratio, 3>& p) {
                    return contribution(decimal(p[0]), decimal(p[1]), decimal(p[2])).value().ratio();
                });
            }
        }
    }
}

TEST_CASE("growth from a level and its change is exact although the formula uses both twice") {
    // Naive interval arithmetic on v/(v − d) − 1 would widen this; the exact image is narrower.
    const Interval v = level("34.32 billion yuan");
    const Interval d = level("1.91 billion yuan");
    const Outcome<Interval> g = growth_from_change(v, d);
    REQUIRE(g);
    const Interval naive = v / (v - d) - Interval::point(one);
    CHECK(naive.contains(g.value()));
    CHECK(g.value().width() < naive.width());
    check_image<2>(g.value(), {v, d}, [](const std::array<Ratio, 2>& p) {
        return growth(decimal(p[0] - p[1]), decimal(p[0])).relative.value().ratio();
    });
    const std::array<Interval, 5> changes{Interval::closed_open(1_dec, 3_dec), Interval::open(-4_dec, -1_dec),
                                          Interval::closed(-1_dec, 2_dec), Interval::open_closed(-2_dec, 0_dec),
                                          Interval::point(0_dec)};
    for (const Interval& current :
         {Interval::closed_open(30_dec, 35_dec), Interval::open(30_dec, 35_dec), Interval::closed(0_dec, 5_dec),
          Interval::open_closed(0_dec, 6_dec), Interval::point(32_dec)}) {
        for (const Interval& change : changes) {
            CAPTURE(current);
            CAPTURE(change);
            const Outcome<Interval> r = growth_from_change(current, change);
            if (!r) {
                // The base current − change reaches zero: only for the small currents with a rise.
                CHECK(r.reason() == Reason::zero_base);
                CHECK((current - change).lower().sign() <= 0);
                continue;
            }
            check_image<2>(r.value(), {current, change}, [](const std::array<Ratio, 2>& p) {
                return growth(decimal(p[0] - p[1]), decimal(p[0])).relative.value().ratio();
            });
        }
    }
}

TEST_CASE("a current level of zero reached at a closed end attains minus 100 percent along a face") {
    // v = 0 gives −100 % for every change d < 0: the lower end is attained although the change's
    // ends are open.
    const Outcome<Interval> g = growth_from_change(Interval::closed_open(0_dec, 2_dec), Interval::open(-3_dec, -2_dec));
    REQUIRE(g);
    CHECK(g.value().lower() == Ratio(Decimal(-1)));
    CHECK(g.value().lower_bound() == Bound::closed);
}

TEST_CASE("totals and balances are exact sums and differences") {
    const Interval x = level("34.32 billion yuan");
    const Interval m = level("-5.5 billion yuan", ceiling_ties);
    check_image<2>(total(x, m), {x, m}, [](const std::array<Ratio, 2>& p) { return p[0] + p[1]; });
    check_image<2>(balance(x, m), {x, m}, [](const std::array<Ratio, 2>& p) { return p[0] - p[1]; });
    CHECK(balance(Interval::closed_open(10_dec, 11_dec), Interval::closed_open(12_dec, 13_dec)) ==
          Interval::open(-3_dec, -1_dec));
}

TEST_CASE("the balance's change and growth from the parts' growths match brute force") {
    // The reference: last year's levels from implied_base, then the change and growth of X − M.
    auto bases = [](const std::array<Ratio, 4>& p) {
        const Ratio bx = implied_base(decimal(p[0]), as_growth(p[1])).value();
        const Ratio bm = implied_base(decimal(p[2]), as_growth(p[3])).value();
        return bx - bm;
    };
    const std::array<Interval, 3> exports{Interval::closed_open(20_dec, 21_dec), Interval::open(20_dec, 21_dec),
                                          Interval::point(20.5_dec)};
    const std::array<Interval, 3> imports{Interval::closed_open(8_dec, 9_dec), Interval::open_closed(9_dec, 10_dec),
                                          Interval::point(8.5_dec)};
    const std::array<Interval, 3> growths{Interval::closed_open(0.05_dec, 0.06_dec), Interval::open(-0.1_dec, 0.2_dec),
                                          Interval::point(0.03_dec)};
    const Ratio inside(Decimal(1), Decimal(10000));
    const Ratio tolerance(Decimal(1), Decimal(100));
    for (const Interval& x : exports)
        for (const Interval& gx : growths)
            for (const Interval& m : imports)
                for (const Interval& gm : growths) {
                    CAPTURE(x);
                    CAPTURE(gx);
                    CAPTURE(m);
                    CAPTURE(gm);
                    const Outcome<Interval> c = balance_change(x, gx, m, gm);
                    REQUIRE(c);
                    check_image<4>(
                        c.value(), {x, gx, m, gm},
                        [&](const std::array<Ratio, 4>& p) { return (p[0] - p[2]) - bases(p); }, 4, inside, tolerance);
                    const Outcome<Interval> g = balance_growth(x, gx, m, gm);
                    REQUIRE(g);
                    check_image<4>(
                        g.value(), {x, gx, m, gm},
                        [&](const std::array<Ratio, 4>& p) { return (p[0] - p[2]) / bases(p) - one; }, 4, inside,
                        tolerance);
                }
}

TEST_CASE("the implied exchange rate of the Xiamen total is strictly between two fractions") {
    const Outcome<Interval> r = implied_rate(level("34.32 billion yuan"), level("$5.31 billion"));
    REQUIRE(r);
    CHECK(r.value() == Interval(Ratio(34315_dec, 5315_dec), Bound::open, Ratio(34325_dec, 5305_dec), Bound::open));
    CHECK(r.value().to_exact_string() == "(6863/1063, 6865/1061)");
    // Two deficits in two currencies imply a positive rate too.
    const Outcome<Interval> d = implied_rate(level("-64.6 billion yuan"), level("-$10 billion"));
    REQUIRE(d);
    CHECK(d.value().lower().sign() > 0);
    for (const Interval& quote : {Interval::closed_open(34.315_dec, 34.325_dec), Interval::point(6.5_dec)}) {
        for (const Interval& base : {Interval::closed_open(5.305_dec, 5.315_dec), Interval::open(1_dec, 2_dec)}) {
            const Outcome<Interval> k = implied_rate(quote, base);
            REQUIRE(k);
            check_image<2>(k.value(), {quote, base},
                           [](const std::array<Ratio, 2>& p) { return Ratio(decimal(p[0]), decimal(p[1])); });
        }
    }
}

TEST_CASE("one common rate converts several figures, or none does") {
    const std::vector<Interval> yuan{level("34.32 billion yuan"), level("13.21 billion yuan")};
    const std::vector<Interval> dollars{level("$5.31 billion"), level("$2.05 billion")};
    const Outcome<std::optional<Interval>> r = common_rate(yuan, dollars);
    REQUIRE(r);
    REQUIRE(r.value().has_value());
    // (6.45626…, 6.47031…) from the totals and (6.42579…, 6.46210…) from the parts: the binding
    // ends are 34.315/5.315 and 13.215/2.045.
    CHECK(*r.value() == Interval(Ratio(34315_dec, 5315_dec), Bound::open, Ratio(13215_dec, 2045_dec), Bound::open));
    // A third pair at 7 yuan per dollar cannot share that rate.
    const std::vector<Interval> yuan3{yuan[0], yuan[1], level("7.00 billion yuan")};
    const std::vector<Interval> dollars3{dollars[0], dollars[1], level("$1.00 billion")};
    const Outcome<std::optional<Interval>> none = common_rate(yuan3, dollars3);
    REQUIRE(none);
    CHECK_FALSE(none.value().has_value());
    // Touching closed ends meet in one rate.
    const std::vector<Interval> q{Interval::closed(6_dec, 7_dec), Interval::closed(14_dec, 16_dec)};
    const std::vector<Interval> b{Interval::point(1_dec), Interval::point(2_dec)};
    CHECK(*common_rate(q, b).value() == Interval::point(7_dec));
}

TEST_CASE("a common rate is exactly the rates every pair allows, checked rate by rate") {
    // Brute force over rates: r is common iff for every pair some base amount b gives r·b in the
    // quote interval, i.e. r·B meets Q.
    const std::vector<Interval> quotes{Interval::closed_open(34.315_dec, 34.325_dec),
                                       Interval::open(13.2_dec, 13.3_dec), Interval::closed(6.4_dec, 6.46_dec)};
    const std::vector<Interval> bases{Interval::closed_open(5.305_dec, 5.315_dec), Interval::closed(2.04_dec, 2.06_dec),
                                      Interval::point(1_dec)};
    const Outcome<std::optional<Interval>> r = common_rate(quotes, bases);
    REQUIRE(r);
    REQUIRE(r.value().has_value());
    const Interval common = *r.value();
    // The totals bind the lower end (open), the exact third pair the upper (closed, 6.46).
    CHECK(common == Interval(Ratio(34315_dec, 5315_dec), Bound::open, Ratio(6.46_dec), Bound::closed));
    auto allowed = [&](const Ratio& rate) {
        for (std::size_t i = 0; i < quotes.size(); ++i)
            if (!(Interval::point(rate) * bases[i]).intersects(quotes[i])) return false;
        return true;
    };
    const Ratio lo(Decimal(64), Decimal(10)), hi(Decimal(65), Decimal(10));
    for (int k = 0; k <= 2000; ++k) {
        const Ratio rate = lo + (hi - lo) * Ratio(Decimal(k), Decimal(2000));
        CAPTURE(rate);
        CHECK(common.contains(rate) == allowed(rate));
    }
    for (const Ratio& end : {common.lower(), common.upper()}) CHECK(common.contains(end) == allowed(end));
}

TEST_CASE("chained growth compounds exactly") {
    // +10 % then +10 %, both exact: +21 %.
    CHECK(compound(Interval::point(0.1_dec), Interval::point(0.1_dec)) == Interval::point(0.21_dec));
    for (const Interval& a : rates) {
        for (const Interval& b : rates) {
            check_image<2>(compound(a, b), {a, b}, [](const std::array<Ratio, 2>& p) {
                return compound(as_growth(p[0]), as_growth(p[1])).ratio();
            });
        }
    }
    const std::array<Interval, 3> three{rate("5.9%"), rate("-7.5%", ceiling_ties), rate("0.0%")};
    check_image<3>(compound(three), three, [](const std::array<Ratio, 3>& p) {
        return compound(compound(as_growth(p[0]), as_growth(p[1])), as_growth(p[2])).ratio();
    });
    CHECK(compound(std::span<const Interval>(three.data(), 1)) == three[0]);
}

TEST_CASE("both readings of a negative growth give exact images with mirrored ends") {
    const Interval current = level("34.32 billion yuan");
    for (const RoundingMode mode : {magnitude, ceiling_ties}) {
        CAPTURE(to_string(mode));
        const Interval g = rate("-7.5%", mode);
        const Outcome<Interval> b = implied_base(current, g);
        REQUIRE(b);
        check_image<2>(b.value(), {current, g}, [](const std::array<Ratio, 2>& p) {
            return implied_base(decimal(p[0]), as_growth(p[1])).value();
        });
    }
    // The base is current / (1 + g): the larger g end gives the lower base end.
    const Interval half_up_base = implied_base(current, rate("-7.5%", magnitude)).value();
    const Interval half_ceiling_base = implied_base(current, rate("-7.5%", ceiling_ties)).value();
    CHECK(half_up_base.lower() == half_ceiling_base.lower());
    // 34.315 ÷ (1 − 0.0745): attained when −7.45 % belongs to the figure (half up), not otherwise.
    CHECK(half_up_base.lower_bound() == Bound::closed);
    CHECK(half_ceiling_base.lower_bound() == Bound::open);
    CHECK(half_up_base.upper_bound() == Bound::open);  // 34.325 never belongs to the level
    CHECK(half_ceiling_base.upper_bound() == Bound::open);
    CHECK(growth(level("32.41 billion yuan"), level("0.0 billion yuan", ceiling_ties)).reason() == Reason::sign_change);
}

TEST_CASE("interval functions give a reason instead of an unbounded or meaningless result") {
    const Interval x = Interval::closed(10_dec, 11_dec);
    const Interval zero_printed = Interval::open(-0.05_dec, 0.05_dec);
    const Interval touching_zero = Interval::open(0_dec, 1_dec);
    const Interval negative = Interval::closed(-3_dec, -2_dec);
    // growth
    CHECK(growth(zero_printed, x).reason() == Reason::zero_base);
    CHECK(growth(touching_zero, x).reason() == Reason::zero_base);
    CHECK(growth(negative, x).reason() == Reason::negative_base);
    CHECK(growth(x, Interval::closed(-1_dec, 5_dec)).reason() == Reason::sign_change);
    // implied base
    CHECK(implied_base(x, Interval::closed(-1_dec, 0_dec)).reason() == Reason::zero_base);
    CHECK(implied_base(x, Interval::open(-1_dec, 0_dec)).reason() == Reason::zero_base);
    CHECK(implied_base(x, Interval::closed(-1.5_dec, -0.5_dec)).reason() == Reason::zero_base);
    CHECK(implied_base(x, Interval::closed(-3_dec, -2_dec)).reason() == Reason::sign_change);
    // shares
    CHECK(share(x, zero_printed).reason() == Reason::zero_base);
    CHECK(share(x, negative).reason() == Reason::negative_base);
    CHECK(implied_whole(x, Interval::closed(0_dec, 0.1_dec)).reason() == Reason::zero_base);
    CHECK(implied_whole(x, Interval::open(-0.1_dec, 0.1_dec)).reason() == Reason::zero_base);
    // contributions
    CHECK(contribution(x, x, zero_printed).reason() == Reason::zero_base);
    CHECK(contribution(x, x, negative).reason() == Reason::negative_base);
    // growth from a change
    CHECK(growth_from_change(x, Interval::closed(10_dec, 12_dec)).reason() == Reason::zero_base);
    CHECK(growth_from_change(x, Interval::closed(20_dec, 30_dec)).reason() == Reason::negative_base);
    CHECK(growth_from_change(Interval::closed(-2_dec, 1_dec), Interval::closed(-5_dec, -4_dec)).reason() ==
          Reason::sign_change);
    // balances
    const Interval g = Interval::closed(0.05_dec, 0.06_dec);
    CHECK(balance_change(x, Interval::closed(-1_dec, 0_dec), x, g).reason() == Reason::zero_base);
    CHECK(balance_change(x, g, x, Interval::closed(-3_dec, -2_dec)).reason() == Reason::sign_change);
    CHECK(balance_growth(x, Interval::open(-1_dec, 0_dec), x, g).reason() == Reason::zero_base);
    CHECK(balance_growth(x, g, x, Interval::closed(-3_dec, -2_dec)).reason() == Reason::sign_change);
    CHECK(balance_growth(x, g, x, g).reason() == Reason::zero_base);  // last year's balance may be 0
    CHECK(balance_growth(Interval::closed(5_dec, 6_dec), g, x, g).reason() == Reason::negative_base);
    CHECK(balance_growth(Interval::closed(10_dec, 12_dec), Interval::closed(0.5_dec, 0.6_dec),
                         Interval::closed(6_dec, 11_dec), Interval::closed(1_dec, 2_dec))
              .reason() == Reason::sign_change);
    // rates
    CHECK(implied_rate(x, zero_printed).reason() == Reason::zero_base);
    CHECK(implied_rate(x, negative).reason() == Reason::sign_change);
    CHECK(implied_rate(Interval::closed(-1_dec, 1_dec), x).reason() == Reason::sign_change);
    const std::vector<Interval> q{x, x};
    const std::vector<Interval> b{x, zero_printed};
    CHECK(common_rate(q, b).reason() == Reason::zero_base);
}

TEST_CASE("interval functions refuse malformed argument lists") {
    const std::vector<Interval> two{Interval::point(1_dec), Interval::point(2_dec)};
    const std::vector<Interval> one_item{Interval::point(1_dec)};
    const std::vector<Interval> none;
    CHECK_THROWS_AS((void)common_rate(two, one_item), InvalidArgument);
    CHECK_THROWS_AS((void)common_rate(none, none), InvalidArgument);
    CHECK_THROWS_AS((void)compound(std::span<const Interval>(none)), InvalidArgument);
}

TEST_CASE("an interval function whose exact result does not fit is an overflow") {
    const Interval big = Interval::point(Decimal::parse("170000000000000000000000000000000000000"));
    CHECK_THROWS_AS((void)total(big, big), Overflow);
}
