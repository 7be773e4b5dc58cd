// SPDX-License-Identifier: BSL-1.0
// The {fmt} formatters of <svctrade/fmt.hpp> (built only when {fmt} is found: svctrade::fmt):
// literal format strings, checked by fmt at compile time, and fmt::runtime ones, whose bad specs
// throw fmt::format_error naming the spec.
#include <svctrade/fmt.hpp>
#include <svctrade/money/magnitude.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace svctrade;
using namespace svctrade::literals;

namespace {
const GrowthRate growth = GrowthRate::from_factor(Ratio(34.32_dec, 32.41_dec));
}

TEST_CASE("fmt formats a growth rate at the places asked, half up by default") {
    CHECK(fmt::format("{}", growth) == "+5.9%");
    CHECK(fmt::format("{:.2f}", growth) == "+5.89%");
    CHECK(fmt::format("{:.0f}", GrowthRate::from_percent(2.5_dec)) == "+3%");
    CHECK(fmt::format("{:.0f half_even}", GrowthRate::from_percent(2.5_dec)) == "+2%");
    CHECK(fmt::format("{:words zh}", growth) == "同比增长5.9%");
    CHECK(fmt::format("{:>8}|{:<8}|", growth, Share::from_percent(38.5_dec)) == "   +5.9%|38.5%   |");
    CHECK(fmt::format("{:zh}", PercentagePoints::from_points(1.7_dec)) == "+1.7个百分点");
    CHECK(fmt::format("{:.2}", Percent::from_percent(105.9_dec)) == "105.90%");
}

TEST_CASE("fmt formats money, periods, codes and statuses") {
    const Money total = parse_amount("34.32 billion yuan");
    CHECK(fmt::format("{:word}", total) == "34.32 billion yuan");
    CHECK(fmt::format("{:zh}", total) == "343.2亿元");
    CHECK(fmt::format("{:,}", total) == "CNY 34,320,000,000.00");
    CHECK(fmt::format("{}", 34.30_dec) == "34.30");
    CHECK(fmt::format("{:.1f}", 34.25_dec) == "34.3");
    const Period h1 = Period::year_to_date(2021, 6);
    CHECK(fmt::format("{} / {:zh}", h1, h1) == "January-June 2021 / 2021年1-6月");
    CHECK(fmt::format("{:sdmx}", Period::quarter(2021, 2)) == "2021-Q2");
    CHECK(fmt::format("{} {:name}", Currency::of("USD"), Currency::of("USD")) == "USD US Dollar");
    CHECK(fmt::format("{}", Category::from_code("SI2")) == "SI2");
    CHECK(fmt::format("{:zh}{}", Flow::exports, Flow::imports) == "出口imports");
    CHECK(fmt::format("{:zh}", TaskStatus::completed) == "全面完成");
    CHECK(fmt::format("[{:^10}]", TaskStatus::completed) == "[completed ]");
    CHECK(fmt::format("{}", ObservationStatus::missing(Missing::cannot_exist)) == "missing: cannot exist");
    CHECK(fmt::format("{} {} {} {}", PeriodKind::month, FactStatus::inferred, CategoryRole::memo,
                      RoundingMode::floor) == "month inferred memo floor");
    CHECK(fmt::format("{} {} {}", StatusFlag::estimated, Missing::not_provided, Confidentiality::free) ==
          "estimated not provided free");
}

TEST_CASE("a bad spec in fmt::runtime throws fmt::format_error naming the spec and the type") {
    CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:zz}"), growth),
                         "svctrade: invalid format spec \"{:zz}\" for GrowthRate: unknown word", fmt::format_error);
    CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:.2f}"), Period::half(2021, 1)),
                         "svctrade: invalid format spec \"{:.2f}\" for Period: places apply to numbers only (\".2\")",
                         fmt::format_error);
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:billion zh}"), parse_amount("$5.31 billion")), fmt::format_error);
    // A good spec on a value its text function refuses throws that function's error.
    CHECK_THROWS_AS((void)fmt::format("{:sdmx}", Period::year_to_date(2021, 6)), InvalidArgument);
}
