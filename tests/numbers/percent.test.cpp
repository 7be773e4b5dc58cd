// SPDX-License-Identifier: BSL-1.0
#include <svctrade/error.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/numbers/ratio.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using namespace svctrade;
using namespace svctrade::literals;

namespace {
constexpr auto up = RoundingMode::half_up;
Decimal D(std::string_view s) {
    return Decimal::parse(s);
}
}  // namespace

// Fixture: China Daily, 27 Aug 2021, "Xiamen pioneers in services trade sector": services trade
// of 34.32 billion yuan in Jan-Jun 2021, up 5.9% year on year; knowledge-intensive services
// 38.5% of the total, up 1.7 percentage points.

TEST_CASE("a ratio keeps the exact quotient in lowest terms") {
    const Ratio r(34.32_dec, 32.41_dec);
    CHECK(r.numerator() == Decimal(3432));
    CHECK(r.denominator() == Decimal(3241));
    CHECK(r.to_string() == "3432/3241");
    CHECK(Ratio(1.5_dec, 0.5_dec).to_string() == "3");
    CHECK(Ratio(-1_dec, 4_dec) == Ratio(1_dec, -4_dec));
    CHECK(Ratio(-1_dec, 4_dec).denominator() == Decimal(4));
    CHECK(Ratio(3_dec, 8_dec).exact() == D("0.375"));
    CHECK_FALSE(Ratio(1_dec, 3_dec).exact().has_value());
    CHECK(Ratio(1_dec, 3_dec).round(4, up) == D("0.3333"));
    CHECK(Ratio(2_dec, 3_dec).round(2, RoundingMode::toward_zero) == D("0.66"));
    CHECK(Ratio(1_dec, 3_dec).to_double() == doctest::Approx(1.0 / 3.0));
    std::ostringstream os;
    os << Ratio(1_dec, 3_dec);
    CHECK(os.str() == "1/3");
    CHECK_THROWS_AS((void)Ratio(1_dec, 0_dec), DivisionByZero);
    CHECK_THROWS_AS((void)Ratio(1_dec, 3_dec).round(-1, up), InvalidArgument);
}

TEST_CASE("a ratio reduces terms beyond 64 bits whose remainders fall within them") {
    // Euclid's first steps need 128-bit remainders, the last ones fit 64 bits (gcd 231 and 2^40 * 13).
    const Ratio a(D("774763251095801167893"), D("231000693"));
    CHECK(a.to_string() == "3353953467947191203/1000003");
    const Ratio b(D("82397289014834911097285708349440"), D("128642860449792"));
    CHECK(b.to_string() == "5764607523034234880/9");
    CHECK(a * Ratio(D("1000003"), D("3353953467947191203")) == Ratio(1_dec));
    CHECK(b - Ratio(D("5764607523034234879"), D("9")) == Ratio(1_dec, 9_dec));
}

TEST_CASE("ratio arithmetic is exact") {
    const Ratio third(1_dec, 3_dec), sixth(1_dec, 6_dec);
    CHECK(third + sixth == Ratio(1_dec, 2_dec));
    CHECK(third - sixth == sixth);
    CHECK(third * Ratio(3_dec) == Ratio(1_dec));
    CHECK(third / sixth == Ratio(2_dec));
    CHECK(third / -sixth == Ratio(-2_dec));
    CHECK(-third < sixth);
    CHECK(third > sixth);
    CHECK((Ratio(1_dec, 3_dec) <=> Ratio(2_dec, 6_dec)) == std::strong_ordering::equal);
    CHECK_THROWS_AS((void)(third / Ratio()), DivisionByZero);
    const Ratio huge(D("170141183460469231731687303715884105727"), 1_dec);
    CHECK_THROWS_AS((void)(huge + huge), Overflow);
    CHECK_THROWS_AS((void)(huge * Ratio(2_dec)), Overflow);
    CHECK_THROWS_AS((void)(huge - -huge), Overflow);
    CHECK_THROWS_AS((void)huge.round(1, up), Overflow);
    const std::string limit = " exactly: the numerator or denominator reaches 2^127 (about 1.7e38)";
    // The same object on both sides is still a two-operand operation.
    CHECK_THROWS_WITH_AS((void)(huge * huge),
                         ("cannot multiply " + huge.to_string() + " and " + huge.to_string() + limit).c_str(),
                         Overflow);
    CHECK_THROWS_WITH_AS((void)(huge + huge),
                         ("cannot add " + huge.to_string() + " and " + huge.to_string() + limit).c_str(), Overflow);
    CHECK_THROWS_WITH_AS((void)huge.round(1, up), ("cannot round " + huge.to_string() + limit).c_str(), Overflow);
    CHECK_THROWS_WITH_AS((void)(third / Ratio()), "cannot divide 1/3 by zero", DivisionByZero);
    // Comparison never overflows, even where cross products exceed 128 bits.
    const Ratio a(D("170141183460469231731687303715884105727"), D("170141183460469231731687303715884105725"));
    const Ratio b(D("170141183460469231731687303715884105726"), D("170141183460469231731687303715884105724"));
    CHECK(a < b);
    CHECK(-a > -b);
}

TEST_CASE("a percent computed from exact inputs is correctly rounded") {
    const Percent p = percent(34.32_dec, 32.41_dec);
    CHECK(p.round(1, up) == D("105.9"));
    CHECK(p.round(4, up) == D("105.8932"));
    CHECK(p.to_string(1, up) == "105.9%");
    // 1.45 / 10 is exactly 14.5%; in doubles 1.45 / 10 * 100 is 14.499999999999998.
    CHECK(percent(1.45_dec, 10_dec).round(0, up) == Decimal(15));
    CHECK(percent(1.45_dec, 10_dec).exact_percent() == D("14.5"));
    CHECK_FALSE(percent(1_dec, 3_dec).exact_percent().has_value());
    CHECK_THROWS_AS((void)percent(1_dec, 0_dec), DivisionByZero);
}

TEST_CASE("a share is rounded once from its exact ratio") {
    // Exact 12.3456%: rounding 0.1235 again would give 12.4%.
    const Share s = Share::of(D("123456"), D("1000000"));
    CHECK(s.round(1, up) == D("12.3"));
    CHECK(s.round(2, up) == D("12.35"));
    CHECK(Share::from_ratio(Ratio(Share::of(D("123456"), D("1000000")).round(2, up), 100_dec)).round(1, up) ==
          D("12.4"));  // the bug the exact type avoids, spelled out
    CHECK(s.percent().round(1, up) == D("12.3"));
    CHECK(s.ratio() == Ratio(D("0.123456")));
}

TEST_CASE("share minus share is percentage points") {
    const Share now = Share::from_percent(38.5_dec);
    const PercentagePoints change = PercentagePoints::from_points(1.7_dec);
    const Share before = now - change;
    CHECK(before.round(1, up) == D("36.8"));
    CHECK(before == Share::from_percent(36.8_dec));
    CHECK(now - before == change);
    CHECK((now - before).round(1, up) == D("1.7"));
    CHECK((now - before).to_string(1, up) == "+1.7 pp");
    CHECK((before - now).to_string(1, up) == "-1.7 pp");
    CHECK(before + change == now);
    CHECK(change + before == now);
    CHECK(now.to_string(1, up) == "38.5%");
    CHECK(now > before);
}

TEST_CASE("a growth rate differs from a percentage point change") {
    const GrowthRate g = GrowthRate::from_factor(Ratio(34.32_dec, 32.41_dec));
    CHECK(g.round(1, up) == D("5.9"));
    CHECK(g.to_string(1, up) == "+5.9%");
    CHECK(GrowthRate::from_percent(-2_dec).to_string(1, up) == "-2.0%");
    CHECK(g.factor() == Ratio(34.32_dec, 32.41_dec));
    CHECK(g.percent().round(2, up) == D("5.89"));
    const GrowthRate faster = GrowthRate::from_percent(37_dec);
    CHECK((faster - GrowthRate::from_percent(5.9_dec)).round(1, up) == D("31.1"));
    CHECK(GrowthRate::from_percent(5_dec) + PercentagePoints::from_points(1_dec) == GrowthRate::from_percent(6_dec));
    CHECK(PercentagePoints::from_points(1_dec) + GrowthRate::from_percent(5_dec) == GrowthRate::from_percent(6_dec));
    CHECK(GrowthRate::from_percent(5_dec) - PercentagePoints::from_points(1_dec) == GrowthRate::from_percent(4_dec));
    CHECK(GrowthRate::from_ratio(Ratio(0.059_dec)) == GrowthRate::from_percent(5.9_dec));
    CHECK(faster > g);
}

TEST_CASE("growth rates compound and are never added") {
    const GrowthRate ten = GrowthRate::from_percent(10_dec);
    CHECK(compound(ten, ten) == GrowthRate::from_percent(21_dec));
    CHECK(compound(ten, GrowthRate::from_percent(-10_dec)).round(2, up) == D("-1.00"));
    CHECK(compound(GrowthRate(), ten) == ten);
}

TEST_CASE("percentage points add and scale") {
    const PercentagePoints a = PercentagePoints::from_points(1.7_dec), b = PercentagePoints::from_points(0.3_dec);
    CHECK(a + b == PercentagePoints::from_points(2_dec));
    CHECK(a - b == PercentagePoints::from_points(1.4_dec));
    CHECK(-a == PercentagePoints::from_points(-1.7_dec));
    CHECK(a * Ratio(1_dec, 2_dec) == PercentagePoints::from_points(0.85_dec));
    CHECK(Ratio(2_dec) * b == PercentagePoints::from_points(0.6_dec));
    CHECK(a.exact_points() == D("1.7"));
    CHECK(a.ratio() == Ratio(0.017_dec));
    CHECK(PercentagePoints::from_ratio(Ratio(0.017_dec)) == a);
    CHECK(PercentagePoints().to_string(1, up) == "0.0 pp");
    CHECK(a > b);
}

TEST_CASE("a plain percent moves by percentage points") {
    const Percent p = Percent::from_percent(105.9_dec);
    CHECK(p.ratio() == Ratio(1.059_dec));
    CHECK(p - Percent::from_percent(100_dec) == PercentagePoints::from_points(5.9_dec));
    CHECK(p + PercentagePoints::from_points(0.1_dec) == Percent::from_percent(106_dec));
    CHECK(PercentagePoints::from_points(0.1_dec) + p == Percent::from_percent(106_dec));
    CHECK(p - PercentagePoints::from_points(0.9_dec) == Percent::from_percent(105_dec));
    CHECK(Percent::from_ratio(Ratio(1_dec, 8_dec)).exact_percent() == D("12.5"));
    CHECK(p > Percent());
}

TEST_CASE("percentage rounding rejects bad places") {
    CHECK_THROWS_AS((void)Share::from_percent(1_dec).round(-1, up), InvalidArgument);
    CHECK_THROWS_AS((void)GrowthRate::from_percent(1_dec).round(31, up), InvalidArgument);
    CHECK_THROWS_AS((void)Share::of(1_dec, 0_dec), DivisionByZero);
}
