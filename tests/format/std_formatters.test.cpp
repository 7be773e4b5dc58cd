// SPDX-License-Identifier: BSL-1.0
// The std::format formatters of <svctrade/format.hpp>, where the standard library has <format>
// (__cpp_lib_format); elsewhere (libstdc++ 12) every case reports skipped, and the parser and the
// formatter template they share with the {fmt} ones are tested in format/format_spec. The same
// figures as format/fmt_formatters, so that the two libraries are seen to write the same text.
#include <svctrade/format.hpp>
#include <svctrade/money/magnitude.hpp>

#include <doctest/doctest.h>

#include <string>

#include "skip.hpp"

using namespace svctrade;
using namespace svctrade::literals;

namespace {
[[maybe_unused]] constexpr const char* no_format =
    "the standard library has no <format> (__cpp_lib_format is not defined)";
}

TEST_CASE("std::format formats a growth rate at the places asked, half up by default") {
#if defined(__cpp_lib_format)
    const GrowthRate growth = GrowthRate::from_factor(Ratio(34.32_dec, 32.41_dec));
    CHECK(std::format("{}", growth) == "+5.9%");
    CHECK(std::format("{:.2f}", growth) == "+5.89%");
    CHECK(std::format("{:.0f}", GrowthRate::from_percent(2.5_dec)) == "+3%");
    CHECK(std::format("{:.0f half_even}", GrowthRate::from_percent(2.5_dec)) == "+2%");
    CHECK(std::format("{:words zh}", growth) == "同比增长5.9%");
    CHECK(std::format("{:>8}|{:<8}|", growth, Share::from_percent(38.5_dec)) == "   +5.9%|38.5%   |");
    CHECK(std::format("{:zh}", PercentagePoints::from_points(1.7_dec)) == "+1.7个百分点");
#else
    svctrade_test::skip(no_format);
#endif
}

TEST_CASE("std::format formats money, periods, codes and statuses") {
#if defined(__cpp_lib_format)
    const Money total = parse_amount("34.32 billion yuan");
    CHECK(std::format("{:word}", total) == "34.32 billion yuan");
    CHECK(std::format("{:zh}", total) == "343.2亿元");
    CHECK(std::format("{:,}", total) == "CNY 34,320,000,000.00");
    const Period h1 = Period::year_to_date(2021, 6);
    CHECK(std::format("{} / {:zh}", h1, h1) == "January-June 2021 / 2021年1-6月");
    CHECK(std::format("{} {:name}", Currency::of("USD"), Currency::of("USD")) == "USD US Dollar");
    CHECK(std::format("{:>8}|", Flow::exports) == " exports|");
    CHECK(std::format("{:zh}", TaskStatus::completed) == "全面完成");
    CHECK(std::format("{} {}", PeriodKind::month, RoundingMode::floor) == "month floor");
#else
    svctrade_test::skip(no_format);
#endif
}

TEST_CASE("a bad spec in std::vformat throws std::format_error naming the spec and the type") {
#if defined(__cpp_lib_format)
    const GrowthRate growth = GrowthRate::from_percent(5.9_dec);
    const std::string spec = "{:zz}";
    CHECK_THROWS_WITH_AS((void)std::vformat(spec, std::make_format_args(growth)),
                         "svctrade: invalid format spec \"{:zz}\" for GrowthRate: unknown word", std::format_error);
    const Period h1 = Period::year_to_date(2021, 6);
    // A good spec on a value its text function refuses throws that function's error.
    CHECK_THROWS_AS((void)std::format("{:sdmx}", h1), InvalidArgument);
#else
    svctrade_test::skip(no_format);
#endif
}
