// SPDX-License-Identifier: BSL-1.0
#include <svctrade/error.hpp>
#include <svctrade/published/interval.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using namespace svctrade;
using namespace svctrade::literals;

namespace {
// Two overloads, not a default argument: Clang 14 rejects a consteval literal (1_dec) there.
Ratio R(Decimal n) {
    return Ratio(n);
}
Ratio R(Decimal n, Decimal d) {
    return Ratio(n, d);
}
}  // namespace

TEST_CASE("an interval knows which ends it holds") {
    const Interval i = Interval::closed_open(34.315_dec, 34.325_dec);
    CHECK(i.contains(34.315_dec));
    CHECK(i.contains(34.32_dec));
    CHECK(i.contains(34.324999_dec));
    CHECK_FALSE(i.contains(34.325_dec));
    CHECK_FALSE(i.contains(34.3149_dec));
    CHECK(i.width() == R(0.01_dec));
    CHECK(i.to_exact_string() == "[6863/200, 1373/40)");
    CHECK(Interval::open(1_dec, 2_dec).to_exact_string() == "(1, 2)");
    CHECK(Interval::open_closed(1_dec, 2_dec).to_exact_string() == "(1, 2]");
    CHECK(Interval::closed(1_dec, 2_dec).to_exact_string() == "[1, 2]");
    CHECK(Interval::point(3_dec).is_point());
    CHECK(Interval::point(3_dec).contains(3_dec));
    std::ostringstream os;
    os << Interval::open(1_dec, 2_dec);
    CHECK(os.str() == "(1, 2)");
}

TEST_CASE("an empty interval cannot be built") {
    CHECK_THROWS_AS((void)Interval::closed(2_dec, 1_dec), InvalidArgument);
    CHECK_THROWS_AS((void)Interval::open(1_dec, 1_dec), InvalidArgument);
    CHECK_THROWS_AS((void)Interval::closed_open(1_dec, 1_dec), InvalidArgument);
    CHECK_THROWS_AS((void)Interval::open_closed(1_dec, 1_dec), InvalidArgument);
    CHECK_NOTHROW((void)Interval::closed(1_dec, 1_dec));
}

TEST_CASE("interval containment and intersection respect open ends") {
    const Interval a = Interval::closed_open(0_dec, 1_dec), b = Interval::closed(1_dec, 2_dec);
    CHECK_FALSE(a.intersects(b));
    CHECK_FALSE(b.intersects(a));
    CHECK(Interval::closed(0_dec, 1_dec).intersects(b));
    CHECK(Interval::open(0_dec, 3_dec).contains(Interval::closed(1_dec, 2_dec)));
    CHECK_FALSE(Interval::open(1_dec, 3_dec).contains(Interval::closed(1_dec, 2_dec)));
    CHECK(Interval::closed(1_dec, 3_dec).contains(Interval::open(1_dec, 3_dec)));
    CHECK(a.contains(a));
}

TEST_CASE("sums and differences close an end only when both ends are closed") {
    const Interval x = Interval::closed_open(34.315_dec, 34.325_dec);
    const Interval y = Interval::closed_open(32.405_dec, 32.415_dec);
    const Interval sum = x + y;
    CHECK(sum.lower() == R(66.72_dec));
    CHECK(sum.lower_bound() == Bound::closed);
    CHECK(sum.upper() == R(66.74_dec));
    CHECK(sum.upper_bound() == Bound::open);
    const Interval diff = x - y;  // [34.315 - 32.415, 34.325 - 32.405) with the ends crossing
    CHECK(diff.lower() == R(1.9_dec));
    CHECK(diff.lower_bound() == Bound::open);
    CHECK(diff.upper() == R(1.92_dec));
    CHECK(diff.upper_bound() == Bound::open);
    CHECK(-Interval::closed_open(1_dec, 2_dec) == Interval::open_closed(-2_dec, -1_dec));
}

TEST_CASE("the Xiamen figures bound the yuan per dollar rate strictly") {
    // China Daily, 27 Aug 2021: 34.32 billion yuan ($5.31 billion), both rounded half up.
    const Interval yuan = Interval::closed_open(34.315_dec, 34.325_dec);
    const Interval dollars = Interval::closed_open(5.305_dec, 5.315_dec);
    const Interval rate = yuan / dollars;
    CHECK(rate.lower() == Ratio(34.315_dec, 5.315_dec));
    CHECK(rate.upper() == Ratio(34.325_dec, 5.305_dec));
    CHECK(rate.lower_bound() == Bound::open);
    CHECK(rate.upper_bound() == Bound::open);
    CHECK(rate.lower().round(5, RoundingMode::toward_zero) == 6.45625_dec);
    CHECK(rate.upper().round(5, RoundingMode::toward_zero) == 6.47031_dec);
    CHECK(rate.to_string(3) ==
          "6.456\xE2\x80\x93"
          "6.471");
    CHECK(rate.lower_outward(3) == 6.456_dec);
    CHECK(rate.upper_outward(3) == 6.471_dec);
    CHECK(rate.to_exact_string() == "(6863/1063, 6865/1061)");
    CHECK_FALSE(rate.contains(Ratio(34.315_dec, 5.315_dec)));
    CHECK(rate.contains(6.4633_dec));
}

TEST_CASE("products of intervals of any sign find the right ends") {
    const Interval neg = Interval::closed_open(-2_dec, -1_dec);
    const Interval pos = Interval::closed(3_dec, 4_dec);
    const Interval p = neg * pos;  // [-8, -3)
    CHECK(p.lower() == R(-8_dec));
    CHECK(p.lower_bound() == Bound::closed);
    CHECK(p.upper() == R(-3_dec));
    CHECK(p.upper_bound() == Bound::open);
    const Interval across = Interval::closed_open(-1_dec, 1_dec) * Interval::open(0_dec, 2_dec);
    CHECK(across == Interval(R(-2_dec), Bound::open, R(2_dec), Bound::open));
    // A closed zero end attains zero whatever the other factor's ends are.
    const Interval zero_end = Interval::closed(0_dec, 1_dec) * Interval::open(0_dec, 1_dec);
    CHECK(zero_end == Interval(R(0_dec), Bound::closed, R(1_dec), Bound::open));
    CHECK((Interval::point(2_dec) * Interval::closed_open(1_dec, 3_dec)) == Interval::closed_open(2_dec, 6_dec));
}

TEST_CASE("division needs a divisor away from zero") {
    CHECK_THROWS_AS((void)(Interval::closed(1_dec, 2_dec) / Interval::closed(-1_dec, 1_dec)), DivisionByZero);
    CHECK_THROWS_AS((void)(Interval::closed(1_dec, 2_dec) / Interval::closed(0_dec, 1_dec)), DivisionByZero);
    CHECK_THROWS_AS((void)(Interval::closed(1_dec, 2_dec) / Interval::open(0_dec, 1_dec)), DivisionByZero);
    CHECK_THROWS_AS((void)(Interval::closed(1_dec, 2_dec) / Interval::point(0_dec)), DivisionByZero);
    const Interval q = Interval::closed(1_dec, 2_dec) / Interval::closed_open(-4_dec, -2_dec);
    CHECK(q == Interval(R(-1_dec), Bound::open, R(-1_dec, 4_dec), Bound::closed));
    try {
        (void)(Interval::closed(1_dec, 2_dec) / Interval::closed(-1_dec, 1_dec));
    } catch (const DivisionByZero& e) {
        CHECK(std::string(e.what()) == "cannot divide [1, 2] by [-1, 1]: the divisor contains zero");
    }
}

TEST_CASE("outward rounding never narrows the interval") {
    const Interval i(R(1_dec, 3_dec), Bound::open, R(2_dec, 3_dec), Bound::open);
    CHECK(i.lower_outward(2) == 0.33_dec);
    CHECK(i.upper_outward(2) == 0.67_dec);
    const Interval n(R(-2_dec, 3_dec), Bound::closed, R(-1_dec, 3_dec), Bound::closed);
    CHECK(n.to_string(2) == "-0.67\xE2\x80\x93-0.33");
    CHECK_THROWS_AS((void)i.to_string(-1), InvalidArgument);
}
