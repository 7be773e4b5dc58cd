// SPDX-License-Identifier: BSL-1.0
#include <svctrade/error.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/ratio.hpp>

#include <doctest/doctest.h>

#include <limits>
#include <sstream>
#include <string>

using namespace svctrade;
using namespace svctrade::literals;

namespace {
Decimal D(std::string_view s) {
    return Decimal::parse(s);
}

// Runs parse and returns the ParseError it throws (fails the test if it does not throw).
ParseError parse_error(std::string_view text, Grouping g = Grouping::none) {
    try {
        (void)Decimal::parse(text, g);
    } catch (const ParseError& e) {
        return e;
    }
    FAIL("no ParseError for \"" << std::string(text) << "\"");
    return ParseError(text, 0, "unreachable");
}
}  // namespace

TEST_CASE("decimals parse and print back exactly") {
    for (const char* text : {"34.32", "-0.5", "0", "0.000", "1234567.891", "-34.30", "6600000000000.00",
                             "170141183460469231731687303715884105727", "0.000000000000000000000000000001"}) {
        CAPTURE(text);
        CHECK(D(text).to_string() == text);
    }
    CHECK(D("+7.25").to_string() == "7.25");
    CHECK(D("-0").to_string() == "0");
    CHECK(D("007.5").to_string() == "7.5");
    CHECK(D("34.32").scale() == 2);
}

TEST_CASE("grouped text parses only when grouping is asked for") {
    CHECK(Decimal::parse("1,234.5", Grouping::comma) == D("1234.5"));
    CHECK(Decimal::parse("34,320,000,000", Grouping::comma).to_string() == "34320000000");
    CHECK(Decimal::parse("-999", Grouping::comma) == Decimal(-999));
    CHECK(D("34320000000.25").to_string(Grouping::comma) == "34,320,000,000.25");
    CHECK(D("-1234").to_string(Grouping::comma) == "-1,234");
    CHECK(D("123").to_string(Grouping::comma) == "123");
    const ParseError e = parse_error("1,234.5");
    CHECK(e.position() == 1);
    CHECK(e.reason().find("Grouping::comma") != std::string::npos);
    CHECK(parse_error("12,34", Grouping::comma).position() == 5);
    CHECK(parse_error("1,2345", Grouping::comma).position() == 5);
    CHECK(parse_error("1234,567", Grouping::comma).position() == 4);
    CHECK(parse_error("1,234,56.7", Grouping::comma).position() == 8);
    CHECK(parse_error("1,234.5,6", Grouping::comma).position() == 7);
    CHECK(parse_error("1,,234", Grouping::comma).position() == 2);
    CHECK(parse_error(",123", Grouping::comma).position() == 0);
    CHECK(parse_error("123,", Grouping::comma).position() == 4);
}

TEST_CASE("malformed decimals are parse errors with position and reason") {
    struct Case {
        const char* text;
        std::size_t position;
        const char* reason_part;
    };
    const Case cases[] = {
        {"12..3", 3, "second decimal point"},
        {"", 0, "empty"},
        {"1e999", 1, "exponent"},
        {"--1", 1, "second sign"},
        {"12.5abc", 4, "unexpected character 'a'"},
        {"12 ", 2, "whitespace"},
        {" 12", 0, "whitespace"},
        {"-", 1, "sign without digits"},
        {".5", 0, "digit before"},
        {"5.", 2, "digit after"},
        {"1.2.3", 3, "second decimal point"},
        {"1-2", 1, "sign inside"},
        {"1234567890123456789012345678901234567890", 39, "must be below 2^127"},
        {"0.0000000000000000000000000000001", 32, "decimal places"},
        {"abc", 0, "unexpected character 'a'"},
    };
    for (const Case& c : cases) {
        const std::string text = c.text;
        CAPTURE(text);
        const ParseError e = parse_error(c.text);
        CHECK(e.position() == c.position);
        CHECK(e.reason().find(c.reason_part) != std::string::npos);
        CHECK(e.input() == c.text);
        CHECK(std::string(e.what()).find("position " + std::to_string(c.position)) != std::string::npos);
    }
    CHECK_THROWS_AS((void)Decimal::parse("12..3"), ParseError);
}

TEST_CASE("the decimal literal is exact and checked by the compiler") {
    constexpr Decimal a = 34.32_dec;
    static_assert(a.scale() == 2);
    static_assert(a == Decimal::from_units(3432, 2));
    static_assert(-0.5_dec < 0_dec);
    constexpr Decimal grouped = Decimal::from_literal("1,234.5");
    static_assert(grouped == Decimal::from_units(12345, 1));
    CHECK(a.to_string() == "34.32");
}

TEST_CASE("addition and subtraction are exact and align scales") {
    CHECK((D("0.1") + D("0.2")) == D("0.3"));
    CHECK((D("0.1") + D("0.2")).to_string() == "0.3");
    CHECK((D("34.32") - D("32.41")).to_string() == "1.91");
    CHECK((D("1.5") + D("2.25")).to_string() == "3.75");
    CHECK((D("1.50") - D("1.5")).to_string() == "0.00");
    Decimal sum;
    for (int i = 0; i < 1000; ++i) sum += D("6600000000000.00");  // 1000 years of China's total, in yuan
    CHECK(sum == D("6600000000000000.00"));
    Decimal x = D("10");
    x -= D("0.01");
    CHECK(x.to_string() == "9.99");
}

TEST_CASE("multiplication is exact") {
    CHECK((D("0.385") * D("34.32")).to_string() == "13.21320");
    CHECK((D("-1.5") * D("2")).to_string() == "-3.0");
    Decimal y = D("1.1");
    y *= D("1.1");
    CHECK(y.to_string() == "1.21");
}

TEST_CASE("arithmetic beyond the range is an overflow error") {
    const Decimal big = D("170141183460469231731687303715884105727");
    CHECK_THROWS_AS((void)(big + Decimal(1)), Overflow);
    CHECK_THROWS_AS((void)(-big - Decimal(1)), Overflow);
    CHECK_THROWS_AS((void)(big * Decimal(2)), Overflow);
    CHECK_THROWS_AS((void)(big + D("0.1")), Overflow);
    CHECK_THROWS_AS((void)(D("0.000000000000001") * D("0.0000000000000001")), Overflow);
    CHECK((D("0.000000000000010") * D("0.0000000000000010")).to_string() == "0.000000000000000000000000000010");
    CHECK_THROWS_WITH_AS((void)(big + Decimal(1)),
                         "cannot add 170141183460469231731687303715884105727 and 1 exactly: the result exceeds the "
                         "Decimal range (|coefficient| < 2^127, about 1.7e38; at most 30 decimal places)",
                         Overflow);
    CHECK_THROWS_AS((void)big.with_scale(1), Overflow);
}

TEST_CASE("an overflow message names both operands of x op x and the one operand of a rounding") {
    const Decimal big = D("170141183460469231731687303715884105727");
    const std::string range =
        " exactly: the result exceeds the Decimal range (|coefficient| < 2^127, about 1.7e38; at most 30 decimal "
        "places)";
    // The same object on both sides is still a two-operand operation.
    CHECK_THROWS_WITH_AS((void)(big * big),
                         ("cannot multiply " + big.to_string() + " and " + big.to_string() + range).c_str(), Overflow);
    CHECK_THROWS_WITH_AS((void)(big + big),
                         ("cannot add " + big.to_string() + " and " + big.to_string() + range).c_str(), Overflow);
    CHECK_THROWS_WITH_AS((void)multiply(big, big, 2, RoundingMode::half_even),
                         ("cannot multiply " + big.to_string() + " and " + big.to_string() + range).c_str(), Overflow);
    Decimal x = big;
    CHECK_THROWS_WITH_AS(x *= x, ("cannot multiply " + big.to_string() + " and " + big.to_string() + range).c_str(),
                         Overflow);
    CHECK(x == big);  // unchanged after the failed compound assignment
    // Rounding and rescaling have one operand.
    CHECK_THROWS_WITH_AS((void)big.with_scale(1), ("cannot rescale " + big.to_string() + range).c_str(), Overflow);
    CHECK_THROWS_WITH_AS((void)D("170141183460469231731687303715884105727").round(-38, RoundingMode::ceiling),
                         ("cannot round " + big.to_string() + range).c_str(), Overflow);
}

TEST_CASE("comparison is by value whatever the scale") {
    CHECK(D("1.50") == D("1.5"));
    CHECK(D("-0.00") == Decimal());
    CHECK(D("1.49") < D("1.5"));
    CHECK(D("-2") < D("-1.99"));
    CHECK(D("100") > D("99.999999"));
    CHECK((D("1.50") <=> D("1.5")) == std::weak_ordering::equivalent);
    // One side cannot be brought to the other's scale: it is the larger in magnitude.
    const Decimal big = D("170141183460469231731687303715884105727");
    CHECK(big > D("0.5"));
    CHECK(-big < D("-0.5"));
    CHECK(D("0.5") < big);
}

TEST_CASE("rounding to places follows the mode exactly") {
    CHECK(D("5.85").round(1, RoundingMode::half_up) == D("5.9"));  // a double would give 5.8
    CHECK(D("0.125").round(2, RoundingMode::half_even) == D("0.12"));
    CHECK(D("0.135").round(2, RoundingMode::half_even) == D("0.14"));
    CHECK(D("-2.5").round(0, RoundingMode::half_up) == D("-3"));
    CHECK(D("-2.5").round(0, RoundingMode::half_even) == D("-2"));
    CHECK(D("2.79").round(1, RoundingMode::toward_zero) == D("2.7"));
    CHECK(D("-2.79").round(1, RoundingMode::toward_zero) == D("-2.7"));
    CHECK(D("2.71").round(1, RoundingMode::away_from_zero) == D("2.8"));
    CHECK(D("-2.71").round(1, RoundingMode::away_from_zero) == D("-2.8"));
    CHECK(D("2.79").round(1, RoundingMode::floor) == D("2.7"));
    CHECK(D("-2.71").round(1, RoundingMode::floor) == D("-2.8"));
    CHECK(D("2.71").round(1, RoundingMode::ceiling) == D("2.8"));
    CHECK(D("-2.79").round(1, RoundingMode::ceiling) == D("-2.7"));
    CHECK(D("2.70").round(1, RoundingMode::away_from_zero) == D("2.7"));
    CHECK(D("5.84999").round(1, RoundingMode::half_up) == D("5.8"));
    CHECK(D("34.32").round(4, RoundingMode::half_up).to_string() == "34.3200");
    CHECK(D("34.325").round(2, RoundingMode::half_up).to_string() == "34.33");
}

TEST_CASE("half ceiling sends ties toward plus infinity and agrees with half up elsewhere") {
    CHECK(D("2.5").round(0, RoundingMode::half_ceiling) == D("3"));
    CHECK(D("-2.5").round(0, RoundingMode::half_ceiling) == D("-2"));
    CHECK(D("-7.55").round(1, RoundingMode::half_ceiling) == D("-7.5"));
    CHECK(D("-7.45").round(1, RoundingMode::half_ceiling) == D("-7.4"));
    CHECK(D("-7.551").round(1, RoundingMode::half_ceiling) == D("-7.6"));
    CHECK(D("-7.549").round(1, RoundingMode::half_ceiling) == D("-7.5"));
    CHECK(D("-0.05").round(1, RoundingMode::half_ceiling) == D("0"));
    CHECK(D("-12350").round(-2, RoundingMode::half_ceiling).to_string() == "-12300");
    CHECK(D("2.375").round_to_multiple(D("0.05"), RoundingMode::half_ceiling).to_string() == "2.40");
    CHECK(D("-2.375").round_to_multiple(D("0.05"), RoundingMode::half_ceiling).to_string() == "-2.35");
    CHECK(Ratio(D("-15"), D("200")).round(2, RoundingMode::half_ceiling) == D("-0.07"));
    CHECK(Ratio(D("-15"), D("200")).round(2, RoundingMode::half_up) == D("-0.08"));
    CHECK(divide(D("-1"), D("8"), 2, RoundingMode::half_ceiling) == D("-0.12"));
    CHECK(multiply(D("-0.5"), D("0.25"), 2, RoundingMode::half_ceiling) == D("-0.12"));
    for (const char* text : {"5.85", "5.84999", "34.325", "0.125", "2.71"}) {
        CAPTURE(std::string(text));
        CHECK(D(text).round(1, RoundingMode::half_ceiling) == D(text).round(1, RoundingMode::half_up));
    }
    CHECK(to_string(RoundingMode::half_ceiling) == "half_ceiling");
}

TEST_CASE("rounding to tens and hundreds uses negative places") {
    CHECK(D("12345.6").round(-2, RoundingMode::half_up).to_string() == "12300");
    CHECK(D("12350").round(-2, RoundingMode::half_even).to_string() == "12400");
    CHECK(D("-12350").round(-2, RoundingMode::half_up).to_string() == "-12400");
    CHECK(D("0.4").round(-38, RoundingMode::half_up).to_string() == "0");
    CHECK(D("0.4").round(-38, RoundingMode::ceiling).to_string() == "1" + std::string(38, '0'));
    CHECK_THROWS_AS((void)D("2E1").round(0, RoundingMode::half_up), ParseError);
    CHECK_THROWS_AS((void)D("170141183460469231731687303715884105727").round(-38, RoundingMode::ceiling), Overflow);
    CHECK(D("0.000000000000000000000000000001").round(-10, RoundingMode::floor) == Decimal());
}

TEST_CASE("rounding to a unit and to significant digits") {
    CHECK(D("2.37").round_to_multiple(D("0.05"), RoundingMode::half_up).to_string() == "2.35");
    CHECK(D("2.375").round_to_multiple(D("0.05"), RoundingMode::half_up).to_string() == "2.40");
    CHECK(D("3432000000").round_to_multiple(Decimal(100000000), RoundingMode::half_up) == Decimal(3400000000));
    CHECK(D("12345.6").round_significant(3, RoundingMode::half_up).to_string() == "12300");
    CHECK(D("0.0012345").round_significant(2, RoundingMode::half_up).to_string() == "0.0012");
    CHECK(D("9.96").round_significant(2, RoundingMode::half_up).to_string() == "10");
    CHECK(D("9.996").round_significant(3, RoundingMode::half_up).to_string() == "10.0");
    CHECK(D("5.31").round_significant(5, RoundingMode::half_up).to_string() == "5.31");
    CHECK(Decimal().round_significant(2, RoundingMode::half_up) == Decimal());
    CHECK_THROWS_AS((void)D("1").round_to_multiple(Decimal(), RoundingMode::half_up), InvalidArgument);
    CHECK_THROWS_AS((void)D("1").round_to_multiple(D("-0.5"), RoundingMode::half_up), InvalidArgument);
    CHECK_THROWS_AS((void)D("1").round_significant(0, RoundingMode::half_up), InvalidArgument);
    CHECK_THROWS_AS((void)D("1").round(31, RoundingMode::half_up), InvalidArgument);
    CHECK_THROWS_AS((void)D("1").round(-39, RoundingMode::half_up), InvalidArgument);
}

TEST_CASE("rescaling is exact or refused") {
    CHECK(D("5.3").with_scale(2).to_string() == "5.30");
    CHECK(D("5.30").with_scale(1).to_string() == "5.3");
    CHECK(D("34.300").normalized().to_string() == "34.3");
    CHECK(D("100").normalized().to_string() == "100");
    CHECK_THROWS_AS((void)D("5.35").with_scale(1), InvalidArgument);
    CHECK_THROWS_AS((void)D("5.35").with_scale(-1), InvalidArgument);
    CHECK_THROWS_AS((void)Decimal::from_units(1, 31), InvalidArgument);
    CHECK_THROWS_AS((void)Decimal::from_units(1, -1), InvalidArgument);
    try {
        (void)D("5.35").with_scale(1);
    } catch (const InvalidArgument& e) {
        CHECK(std::string(e.what()).find("round()") != std::string::npos);
    }
}

TEST_CASE("division rounds only as asked or answers only when exact") {
    CHECK(divide(D("34.32"), D("5.31"), 4, RoundingMode::half_up).to_string() == "6.4633");
    CHECK(divide(D("1"), D("3"), 2, RoundingMode::half_up).to_string() == "0.33");
    CHECK(divide(D("2"), D("3"), 0, RoundingMode::toward_zero).to_string() == "0");
    CHECK(divide(D("-1"), D("8"), 2, RoundingMode::half_even).to_string() == "-0.12");
    CHECK(divide(D("1"), D("0.000000000000000000000000000001"), 0, RoundingMode::half_up) ==
          D("1000000000000000000000000000000"));
    // A divisor too large to align: the quotient is far below one unit.
    const Decimal tiny = D("0.000000000000000000000000000001");
    CHECK(divide(tiny, D("1000000000"), 0, RoundingMode::half_up).to_string() == "0");
    CHECK(divide(tiny, D("1000000000"), 0, RoundingMode::ceiling).to_string() == "1");
    CHECK(divide(-tiny, D("1000000000"), 0, RoundingMode::floor).to_string() == "-1");
    CHECK(exact_quotient(D("34.32"), D("4")) == D("8.58"));
    CHECK(exact_quotient(D("1"), D("8")) == D("0.125"));
    CHECK(exact_quotient(D("-3"), D("0.75")) == D("-4"));
    CHECK_FALSE(exact_quotient(D("1"), D("3")).has_value());
    CHECK_THROWS_AS((void)divide(D("1"), Decimal(), 2, RoundingMode::half_up), DivisionByZero);
    CHECK_THROWS_AS((void)exact_quotient(D("1"), D("0.00")), DivisionByZero);
    CHECK_THROWS_AS((void)divide(D("1"), D("3"), -1, RoundingMode::half_up), InvalidArgument);
    CHECK_THROWS_AS((void)divide(D("170141183460469231731687303715884105727"), D("3"), 2, RoundingMode::half_up),
                    Overflow);
    try {
        (void)divide(D("34.32"), D("0"), 2, RoundingMode::half_up);
    } catch (const DivisionByZero& e) {
        CHECK(std::string(e.what()) == "cannot divide 34.32 by zero");
    }
}

TEST_CASE("multiply with rounding handles products finer than the scale limit") {
    CHECK(multiply(D("34.32"), D("0.385"), 2, RoundingMode::half_up).to_string() == "13.21");
    CHECK(multiply(D("0.000000000000000000001"), D("0.000000000000005"), 30, RoundingMode::half_up).to_string() ==
          "0.000000000000000000000000000000");
    CHECK(multiply(D("0.000000000000000000001"), D("0.000000000000005"), 30, RoundingMode::ceiling).to_string() ==
          "0.000000000000000000000000000001");
    CHECK(multiply(D("12.5"), D("10"), -2, RoundingMode::half_up).to_string() == "100");
    CHECK_THROWS_AS((void)multiply(D("170141183460469231731687303715884105727"), Decimal(2), 0, RoundingMode::half_up),
                    Overflow);
}

TEST_CASE("decimals convert to double only on request") {
    CHECK(D("34.32").to_double() == 34.32);
    CHECK(D("-0.1").to_double() == -0.1);
    CHECK(D("6600000000000.00").to_double() == 6.6e12);
    static_assert(!std::is_convertible_v<Decimal, double>);
    static_assert(!std::is_constructible_v<Decimal, double>);
    static_assert(!std::is_convertible_v<int, Decimal>);
    static_assert(std::is_constructible_v<Decimal, int>);
    std::ostringstream os;
    os << D("-1.50");
    CHECK(os.str() == "-1.50");
    CHECK(Decimal(std::numeric_limits<std::uint64_t>::max()).to_string() == "18446744073709551615");
}

TEST_CASE("rounding modes have names") {
    CHECK(to_string(RoundingMode::half_up) == "half_up");
    CHECK(to_string(RoundingMode::half_even) == "half_even");
    CHECK(to_string(RoundingMode::toward_zero) == "toward_zero");
    CHECK(to_string(RoundingMode::away_from_zero) == "away_from_zero");
    CHECK(to_string(RoundingMode::floor) == "floor");
    CHECK(to_string(RoundingMode::ceiling) == "ceiling");
}
