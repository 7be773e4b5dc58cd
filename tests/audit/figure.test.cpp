// SPDX-License-Identifier: BSL-1.0
// Printed figures: units, qualifiers and both conventions for negative figures. Expected
// intervals are worked out by hand in the comments.
#include <doctest/doctest.h>

#include <svctrade/audit/figure.hpp>
#include <svctrade/error.hpp>

using namespace svctrade;

namespace {
std::string iv(std::string_view text, NegativeRounding c = NegativeRounding::magnitude,
               PrintedQualifier q = PrintedQualifier::none) {
    return PrintedFigure::parse(text, q).interval(c).to_exact_string();
}
}  // namespace

TEST_CASE("amounts are read in base units with the unit of their last digit") {
    const PrintedFigure yuan = PrintedFigure::parse("343.2亿元");
    CHECK(yuan.kind() == PrintedKind::money);
    CHECK(yuan.currency()->code() == "CNY");
    CHECK(yuan.value() == Decimal(34320000000));
    CHECK(yuan.unit() == Decimal(10000000));
    // 343.15亿 to 343.25亿
    CHECK(iv("343.2亿元") == "[34315000000, 34325000000)");
    CHECK(iv("$5.31 billion") == "[5305000000, 5315000000)");
    CHECK(iv("US$410 million") == "[409500000, 410500000)");
    CHECK(iv("2.38 trillion yuan") == "[2375000000000, 2385000000000)");
    CHECK(PrintedFigure::parse("US$410 million").currency()->code() == "USD");
}

TEST_CASE("percents and percentage points are fractions") {
    const PrintedFigure g = PrintedFigure::parse("5.9%");
    CHECK(g.kind() == PrintedKind::rate);
    CHECK(g.value() == Decimal::parse("0.059"));
    CHECK(iv("5.9%") == "[117/2000, 119/2000)");  // [0.0585, 0.0595)
    CHECK(iv("16%") == "[31/200, 33/200)");       // [0.155, 0.165)
    CHECK(iv("+16%") == "[31/200, 33/200)");
    CHECK(iv("5.9 percent") == "[117/2000, 119/2000)");
    const PrintedFigure pp = PrintedFigure::parse("1.7 percentage points");
    CHECK(pp.kind() == PrintedKind::points);
    CHECK(iv("1.7个百分点") == "[33/2000, 7/400)");  // [0.0165, 0.0175)
    CHECK(iv("1.7 pp") == iv("1.7 percentage points"));
    CHECK(iv("5.9％") == "[117/2000, 119/2000)");  // a full-width percent sign
}

TEST_CASE("a count is exact and a count with a qualifier is not") {
    const PrintedFigure n = PrintedFigure::parse("88");
    CHECK(n.kind() == PrintedKind::count);
    CHECK(n.is_exact());
    CHECK(iv("88") == "[88, 88]");
    CHECK(iv("1,200") == "[1200, 1200]");
    // over 100: the place of the last non-zero digit is 100, so (100, 200]
    CHECK(iv("100", NegativeRounding::magnitude, PrintedQualifier::over) == "(100, 200]");
    CHECK(PrintedFigure::parse("100", PrintedQualifier::over).approximate());
}

TEST_CASE("negative figures stand for different intervals under the two conventions") {
    // −7.5 %: 四舍五入 of the magnitude (−7.55, −7.45]; half toward +∞ [−7.55, −7.45)
    CHECK(iv("-7.5%") == "(-151/2000, -149/2000]");
    CHECK(iv("-7.5%", NegativeRounding::toward_positive) == "[-151/2000, -149/2000)");
    CHECK(iv("−7.5%") == iv("-7.5%"));  // U+2212
    CHECK(PrintedFigure::parse("-7.5%").depends_on_convention());
    CHECK_FALSE(PrintedFigure::parse("7.5%").depends_on_convention());
    CHECK(iv("-2355.9亿元") == "(-235595000000, -235585000000]");
}

TEST_CASE("a printed zero is open on both sides under the magnitude rule and half-open otherwise") {
    CHECK(iv("0.0%") == "(-1/2000, 1/2000)");
    CHECK(iv("0.0%", NegativeRounding::toward_positive) == "[-1/2000, 1/2000)");
    CHECK(PrintedFigure::parse("0.0%").depends_on_convention());
}

TEST_CASE("qualifiers widen a figure by the place of its last non-zero digit") {
    // nearly 1.11 trillion: [1.10, 1.11) trillion
    CHECK(iv("1.11 trillion yuan", NegativeRounding::magnitude, PrintedQualifier::nearly) ==
          "[1100000000000, 1110000000000)");
    // over 90%: (90, 100]
    CHECK(iv("90%", NegativeRounding::magnitude, PrintedQualifier::over) == "(9/10, 1]");
    // about 367.97 billion: [367.96, 367.98] billion
    CHECK(iv("367.97 billion US dollars", NegativeRounding::magnitude, PrintedQualifier::about) ==
          "[367960000000, 367980000000]");
    // nearly −5%: a magnitude just below 5%: (−0.05, −0.04]
    CHECK(iv("-5%", NegativeRounding::magnitude, PrintedQualifier::nearly) == "(-1/20, -1/25]");
    CHECK(iv("-5%", NegativeRounding::magnitude, PrintedQualifier::over) == "[-3/50, -1/20)");
    CHECK(iv("5.9%", NegativeRounding::magnitude, PrintedQualifier::exact) == "[59/1000, 59/1000]");
    CHECK_FALSE(PrintedFigure::parse("5.9%", PrintedQualifier::exact).approximate());
}

TEST_CASE("qualifier words in English and Chinese") {
    CHECK(parse_printed_qualifier("") == PrintedQualifier::none);
    CHECK(parse_printed_qualifier("Nearly") == PrintedQualifier::nearly);
    CHECK(parse_printed_qualifier("接近") == PrintedQualifier::nearly);
    CHECK(parse_printed_qualifier("more than") == PrintedQualifier::over);
    CHECK(parse_printed_qualifier("逾") == PrintedQualifier::over);
    CHECK(parse_printed_qualifier("约") == PrintedQualifier::about);
    CHECK(parse_printed_qualifier("exact") == PrintedQualifier::exact);
    CHECK(to_string(PrintedQualifier::over) == "over");
    CHECK_THROWS_AS((void)parse_printed_qualifier("roughly-ish"), ParseError);
}

TEST_CASE("figures that are not figures are refused with the reason") {
    CHECK_THROWS_AS((void)PrintedFigure::parse(""), ParseError);
    CHECK_THROWS_AS((void)PrintedFigure::parse("%"), ParseError);
    CHECK_THROWS_AS((void)PrintedFigure::parse("5.9.1%"), ParseError);
    CHECK_THROWS_AS((void)PrintedFigure::parse("5.9"), ParseError);  // a fractional count
    CHECK_THROWS_AS((void)PrintedFigure::parse("-3"), ParseError);   // a negative count
    CHECK_THROWS_AS((void)PrintedFigure::parse("5 apples"), ParseError);
    try {
        (void)PrintedFigure::parse("5.9");
    } catch (const ParseError& e) {
        CHECK(std::string(e.what()).find("whole number") != std::string::npos);
    }
}

TEST_CASE("the conventions have names and each is the other's other") {
    CHECK(to_string(NegativeRounding::magnitude) == "magnitude");
    CHECK(to_string(NegativeRounding::toward_positive) == "toward_positive");
    CHECK(other(NegativeRounding::magnitude) == NegativeRounding::toward_positive);
    CHECK(other(NegativeRounding::toward_positive) == NegativeRounding::magnitude);
    CHECK(to_string(PrintedKind::points) == "points");
}
