// SPDX-License-Identifier: BSL-1.0
// Fixtures: China Daily, 27 Aug 2021, "Xiamen pioneers in services trade sector" (34.32 billion
// yuan, +5.9 % year on year; knowledge-intensive 38.5 %, up 1.7 percentage points); NBS report of
// 20 Sep 2022 on services trade 2012-2021 (3.0422 → 5.2983 trillion yuan, "2013年至2021年年均增长
// 6.4%").
#include <svctrade/error.hpp>
#include <svctrade/growth/growth.hpp>
#include <svctrade/growth/words.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace svctrade;
using namespace svctrade::literals;

namespace {
GrowthRate pct(Decimal percent) {
    return GrowthRate::from_percent(percent);
}
PercentagePoints pp(Decimal points) {
    return PercentagePoints::from_points(points);
}
WordingOptions noun() {
    WordingOptions o;
    o.english_form = EnglishForm::noun;
    return o;
}
}  // namespace

TEST_CASE("the Xiamen growth is written as the release writes it in both languages") {
    const GrowthRate g = growth(32.41_dec, 34.32_dec).relative.value();  // +5.8932…%
    CHECK(chinese_growth(g) == "同比增长5.9%");
    CHECK(english_growth(g) == "up 5.9 percent year on year");
    CHECK(english_growth(g, ChangeBasis::year_on_year, noun()) == "a year-on-year increase of 5.9 percent");
    CHECK(english_growth(g, ChangeBasis::unstated) == "up 5.9 percent");
    CHECK(chinese_growth(g, ChangeBasis::unstated) == "增长5.9%");
    CHECK(growth_words(g, Language::chinese) == "同比增长5.9%");
    CHECK(growth_words(g, Language::english) == "up 5.9 percent year on year");
}

TEST_CASE("a fall is written as its magnitude after a falling word") {
    CHECK(chinese_growth(pct(-7.5_dec)) == "同比下降7.5%");
    CHECK(english_growth(pct(-7.5_dec)) == "down 7.5 percent year on year");
    CHECK(english_growth(pct(-7.5_dec), ChangeBasis::year_on_year, noun()) == "a year-on-year decrease of 7.5 percent");
    CHECK(english_growth(pct(-7.5_dec), ChangeBasis::unstated, noun()) == "a decrease of 7.5 percent");
    CHECK(english_growth(pct(5.9_dec), ChangeBasis::unstated, noun()) == "an increase of 5.9 percent");
}

TEST_CASE("the figure is rounded once by the mode asked and half up by default") {
    CHECK(chinese_growth(pct(-7.45_dec)) == "同比下降7.5%");  // half up: a tie goes away from zero
    WordingOptions even;
    even.mode = RoundingMode::half_even;
    CHECK(chinese_growth(pct(-7.45_dec), ChangeBasis::year_on_year, even) == "同比下降7.4%");
    WordingOptions down;
    down.mode = RoundingMode::floor;
    CHECK(chinese_growth(pct(5.99_dec), ChangeBasis::year_on_year, down) == "同比增长5.9%");
    CHECK(chinese_growth(pct(-5.91_dec), ChangeBasis::year_on_year, down) == "同比下降6.0%");
    WordingOptions two;
    two.places = 2;
    CHECK(english_growth(pct(5.8932_dec), ChangeBasis::year_on_year, two) == "up 5.89 percent year on year");
    WordingOptions none;
    none.places = 0;
    CHECK(chinese_growth(pct(37.4_dec), ChangeBasis::year_on_year, none) == "同比增长37%");
}

TEST_CASE("a growth that rounds to zero is level whatever its sign before rounding") {
    CHECK(chinese_growth(pct(-0.04_dec)) == "同比持平");
    CHECK(chinese_growth(pct(0.04_dec)) == "同比持平");
    CHECK(chinese_growth(GrowthRate()) == "同比持平");
    CHECK(english_growth(pct(-0.04_dec)) == "unchanged year on year");
    CHECK(english_growth(pct(0.04_dec), ChangeBasis::year_on_year, noun()) == "no year-on-year change");
    CHECK(english_growth(GrowthRate(), ChangeBasis::unstated) == "unchanged");
    CHECK(english_growth(GrowthRate(), ChangeBasis::unstated, noun()) == "no change");
    CHECK(chinese_growth(GrowthRate(), ChangeBasis::unstated) == "持平");
    WordingOptions two;
    two.places = 2;
    CHECK(chinese_growth(pct(-0.04_dec), ChangeBasis::year_on_year, two) == "同比下降0.04%");
}

TEST_CASE("the previous year and the previous period are named as communiques and releases name them") {
    CHECK(chinese_growth(pct(5.9_dec), ChangeBasis::previous_year) == "比上年增长5.9%");
    CHECK(chinese_growth(pct(-2_dec), ChangeBasis::previous_year) == "比上年下降2.0%");
    CHECK(chinese_growth(GrowthRate(), ChangeBasis::previous_year) == "与上年持平");
    CHECK(english_growth(pct(5.9_dec), ChangeBasis::previous_year) == "up 5.9 percent over the previous year");
    CHECK(english_growth(GrowthRate(), ChangeBasis::previous_year) == "unchanged from the previous year");
    CHECK(english_growth(pct(5.9_dec), ChangeBasis::previous_year, noun()) ==
          "an increase of 5.9 percent over the previous year");
    CHECK(english_growth(GrowthRate(), ChangeBasis::previous_year, noun()) == "no change from the previous year");
    CHECK(chinese_growth(pct(1.2_dec), ChangeBasis::previous_period) == "环比增长1.2%");
    CHECK(chinese_growth(GrowthRate(), ChangeBasis::previous_period) == "环比持平");
    CHECK(english_growth(pct(-1.2_dec), ChangeBasis::previous_period) == "down 1.2 percent from the previous period");
}

TEST_CASE("MOFCOM's dropped trailing zero is asked for and never drops a significant digit") {
    WordingOptions mofcom;
    mofcom.drop_trailing_zeros = true;
    CHECK(chinese_growth(pct(16_dec), ChangeBasis::year_on_year, mofcom) == "同比增长16%");
    CHECK(chinese_growth(pct(16.04_dec), ChangeBasis::year_on_year, mofcom) == "同比增长16%");
    CHECK(chinese_growth(pct(10.5_dec), ChangeBasis::year_on_year, mofcom) == "同比增长10.5%");
    CHECK(chinese_growth(pct(100_dec), ChangeBasis::year_on_year, mofcom) == "同比增长100%");
    CHECK(chinese_growth(pct(16_dec)) == "同比增长16.0%");
}

TEST_CASE("the change of the knowledge-intensive share is written in percentage points") {
    const PercentagePoints change = share_change(Share::from_percent(36.8_dec), Share::from_percent(38.5_dec));
    CHECK(chinese_points(change) == "提升1.7个百分点");
    CHECK(english_points(change) == "up 1.7 percentage points");
    CHECK(english_points(change, ChangeBasis::unstated, noun()) == "an increase of 1.7 percentage points");
    CHECK(chinese_points(change, ChangeBasis::year_on_year) == "同比提升1.7个百分点");
    CHECK(english_points(change, ChangeBasis::year_on_year) == "up 1.7 percentage points year on year");
    CHECK(points_words(change, Language::chinese) == "提升1.7个百分点");
    CHECK(points_words(change, Language::english) == "up 1.7 percentage points");
}

TEST_CASE("falling and level percentage-point changes have their own words") {
    CHECK(chinese_points(pp(-2.1_dec)) == "下降2.1个百分点");
    CHECK(english_points(pp(-2.1_dec)) == "down 2.1 percentage points");
    CHECK(english_points(pp(-2.1_dec), ChangeBasis::unstated, noun()) == "a decrease of 2.1 percentage points");
    CHECK(chinese_points(pp(0.04_dec)) == "持平");
    CHECK(chinese_points(PercentagePoints()) == "持平");
    CHECK(english_points(pp(-0.04_dec)) == "unchanged");
    CHECK(english_points(PercentagePoints(), ChangeBasis::unstated, noun()) == "no change");
    CHECK(chinese_points(PercentagePoints(), ChangeBasis::previous_year) == "与上年持平");
    CHECK(chinese_points(pp(-2.1_dec), ChangeBasis::previous_year) == "比上年下降2.1个百分点");
}

TEST_CASE("the Chinese rise verb is the caller's choice") {
    WordingOptions o;
    o.chinese_rise = ChineseRise::tigao;
    CHECK(chinese_points(pp(1.7_dec), ChangeBasis::unstated, o) == "提高1.7个百分点");
    o.chinese_rise = ChineseRise::shangsheng;
    CHECK(chinese_points(pp(1.7_dec), ChangeBasis::unstated, o) == "上升1.7个百分点");
    CHECK(chinese_points(pp(-1.7_dec), ChangeBasis::unstated, o) == "下降1.7个百分点");
}

TEST_CASE("one percentage point is singular only when written as exactly one") {
    WordingOptions none;
    none.places = 0;
    CHECK(english_points(pp(1_dec), ChangeBasis::unstated, none) == "up 1 percentage point");
    CHECK(english_points(pp(-0.6_dec), ChangeBasis::unstated, none) == "down 1 percentage point");
    CHECK(english_points(pp(1_dec)) == "up 1.0 percentage points");
    WordingOptions mofcom;
    mofcom.drop_trailing_zeros = true;
    CHECK(english_points(pp(1_dec), ChangeBasis::unstated, mofcom) == "up 1 percentage point");
    CHECK(english_points(pp(2_dec), ChangeBasis::unstated, mofcom) == "up 2 percentage points");
}

TEST_CASE("average annual growth is written from its correctly rounded root") {
    const AverageGrowth nbs = cagr(3.0422_dec, 5.2983_dec, 9).value();
    CHECK(chinese_average_growth(nbs) == "年均增长6.4%");
    CHECK(english_average_growth(nbs) == "up 6.4 percent a year on average");
    CHECK(english_average_growth(nbs, noun()) == "an average annual increase of 6.4 percent");
    const AverageGrowth fall = cagr(100_dec, 81_dec, 2).value();  // exactly −10 % a year
    CHECK(chinese_average_growth(fall) == "年均下降10.0%");
    CHECK(english_average_growth(fall, noun()) == "an average annual decrease of 10.0 percent");
    const AverageGrowth level = cagr(100_dec, 100_dec, 3).value();
    CHECK(chinese_average_growth(level) == "年均持平");
    CHECK(english_average_growth(level) == "unchanged on average");
    CHECK(english_average_growth(level, noun()) == "no average annual change");
}

TEST_CASE("places outside the range a figure can be rounded to are refused") {
    WordingOptions o;
    o.places = -1;
    CHECK_THROWS_AS((void)chinese_growth(pct(5.9_dec), ChangeBasis::year_on_year, o), InvalidArgument);
    CHECK_THROWS_AS((void)english_points(pp(1.7_dec), ChangeBasis::unstated, o), InvalidArgument);
    o.places = Decimal::max_scale + 1;
    CHECK_THROWS_AS((void)english_growth(pct(5.9_dec), ChangeBasis::year_on_year, o), InvalidArgument);
    CHECK_THROWS_AS((void)chinese_points(pp(1.7_dec), ChangeBasis::unstated, o), InvalidArgument);
    o.places = AverageGrowth::max_places + 1;
    const AverageGrowth g = cagr(100_dec, 121_dec, 2).value();
    CHECK_THROWS_AS((void)chinese_average_growth(g, o), InvalidArgument);
    CHECK_THROWS_AS((void)english_average_growth(g, o), InvalidArgument);
    o.places = AverageGrowth::max_places;
    CHECK(chinese_average_growth(g, o) == "年均增长10.0000000000000000%");
}

TEST_CASE("a figure too large to round at the places asked is an overflow, not a wrong word") {
    WordingOptions o;
    o.places = Decimal::max_scale;
    const GrowthRate huge = pct(Decimal::parse("100000000000000000000"));
    CHECK_THROWS_AS((void)chinese_growth(huge, ChangeBasis::year_on_year, o), Overflow);
    CHECK_THROWS_AS((void)english_points(PercentagePoints::from_ratio(huge.ratio()), ChangeBasis::unstated, o),
                    Overflow);
}
