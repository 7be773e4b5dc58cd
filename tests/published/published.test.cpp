// SPDX-License-Identifier: BSL-1.0
#include <svctrade/error.hpp>
#include <svctrade/money/magnitude.hpp>
#include <svctrade/published/published.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace svctrade;
using namespace svctrade::literals;

TEST_CASE("a published figure stands for the interval its rounding allows") {
    const Published p = Published::parse("34.32");
    CHECK(p.value() == 34.32_dec);
    CHECK(p.unit() == 0.01_dec);
    CHECK(p.interval(RoundingMode::half_up) == Interval::closed_open(34.315_dec, 34.325_dec));
    CHECK(p.interval(RoundingMode::half_even) == Interval::closed(34.315_dec, 34.325_dec));
    CHECK(Published(34.31_dec).interval(RoundingMode::half_even) == Interval::open(34.305_dec, 34.315_dec));
    CHECK(p.interval(RoundingMode::toward_zero) == Interval::closed_open(34.32_dec, 34.33_dec));
    CHECK(p.interval(RoundingMode::floor) == Interval::closed_open(34.32_dec, 34.33_dec));
    CHECK(p.interval(RoundingMode::ceiling) == Interval::open_closed(34.31_dec, 34.32_dec));
    CHECK(p.interval(RoundingMode::away_from_zero) == Interval::open_closed(34.31_dec, 34.32_dec));
}

TEST_CASE("negative and zero published figures mirror the rounding rule") {
    const Published n(-34.32_dec);
    CHECK(n.interval(RoundingMode::half_up) == Interval::open_closed(-34.325_dec, -34.315_dec));
    CHECK(n.interval(RoundingMode::toward_zero) == Interval::open_closed(-34.33_dec, -34.32_dec));
    CHECK(n.interval(RoundingMode::away_from_zero) == Interval::closed_open(-34.32_dec, -34.31_dec));
    CHECK(n.interval(RoundingMode::floor) == Interval::closed_open(-34.32_dec, -34.31_dec));
    const Published z(0.0_dec);
    CHECK(z.interval(RoundingMode::half_up) == Interval::open(-0.05_dec, 0.05_dec));
    CHECK(z.interval(RoundingMode::half_even) == Interval::closed(-0.05_dec, 0.05_dec));
    CHECK(z.interval(RoundingMode::toward_zero) == Interval::open(-0.1_dec, 0.1_dec));
    CHECK(z.interval(RoundingMode::away_from_zero).is_point());
}

TEST_CASE("every value of the interval rounds back to the published figure") {
    for (const Decimal printed : {5.31_dec, -5.31_dec, 0.00_dec, -0.01_dec}) {
        const Published p(printed);
        for (const RoundingMode mode :
             {RoundingMode::half_up, RoundingMode::half_even, RoundingMode::toward_zero, RoundingMode::away_from_zero,
              RoundingMode::floor, RoundingMode::ceiling, RoundingMode::half_ceiling}) {
            const Interval i = p.interval(mode);
            CAPTURE(printed);
            CAPTURE(to_string(mode));
            // Every thousandth from printed − 0.02 to printed + 0.02: the ends, the ties, just inside and outside.
            for (int k = -20; k <= 20; ++k) {
                const Decimal x = printed + Decimal::from_units(k, 3);
                CAPTURE(x);
                CHECK(i.contains(x) == (x.round(2, mode) == p.value()));
            }
        }
    }
}

TEST_CASE("half ceiling reads a negative figure's ties toward plus infinity") {
    CHECK(Published(-34.32_dec).interval(RoundingMode::half_ceiling) ==
          Interval::closed_open(-34.325_dec, -34.315_dec));
    CHECK(Published(34.32_dec).interval(RoundingMode::half_ceiling) ==
          Published(34.32_dec).interval(RoundingMode::half_up));
    CHECK(Published(0.0_dec).interval(RoundingMode::half_ceiling) == Interval::closed_open(-0.05_dec, 0.05_dec));
}

TEST_CASE("a published figure can have an explicit rounding unit") {
    const Published p(410000000_dec, 10000000_dec);
    CHECK(p.interval(RoundingMode::half_up) == Interval::closed_open(405000000_dec, 415000000_dec));
    CHECK(Published(Decimal(88)).unit() == 1_dec);
    CHECK_THROWS_AS((void)Published(415000000_dec, 10000000_dec), InvalidArgument);
    CHECK_THROWS_AS((void)Published(1_dec, 0_dec), InvalidArgument);
    CHECK_THROWS_AS((void)Published(1_dec, -1_dec), InvalidArgument);
    CHECK_THROWS_AS((void)Published::parse("34..32"), ParseError);
}

TEST_CASE("a written amount carries the unit of its last digit") {
    const WrittenAmount yuan = parse_written_amount("34.32 billion yuan");
    CHECK(yuan.amount == Money(34320000000_dec, Currency::of("CNY")));
    CHECK(yuan.unit == 10000000_dec);
    CHECK(parse_written_amount("$410 million").unit == 1000000_dec);
    CHECK(parse_written_amount("343.2亿元").unit == 10000000_dec);
    CHECK(parse_written_amount("1.25 yuan").unit == 0.01_dec);
    CHECK(parse_written_amount("CNY 34,320,000,000").unit == 1_dec);
    // The yuan/dollar rate implied by the Xiamen report, from the text itself.
    const Interval rate = parse_written_amount("34.32 billion yuan").published().interval(RoundingMode::half_up) /
                          parse_written_amount("$5.31 billion").published().interval(RoundingMode::half_up);
    CHECK(rate.to_string(3) ==
          "6.456\xE2\x80\x93"
          "6.471");
    CHECK(rate.lower_bound() == Bound::open);
    CHECK(rate.upper_bound() == Bound::open);
}
