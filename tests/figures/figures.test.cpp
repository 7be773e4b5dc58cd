// SPDX-License-Identifier: BSL-1.0
// Published figures with units, qualifiers and the two readings of a negative figure. Expected
// intervals are written out from the rounding rule by hand (half a unit either side of the
// printed value), not computed by the code under test.
#include <svctrade/error.hpp>
#include <svctrade/figures/figure.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace svctrade;
using namespace svctrade::literals;

namespace {

const Currency cny = Currency::of("CNY");
const Currency usd = Currency::of("USD");

Interval pct_closed_open(Decimal lo, Decimal hi) {
    return Interval(Ratio(lo, Decimal(100)), Bound::closed, Ratio(hi, Decimal(100)), Bound::open);
}
Interval pct(Decimal lo, Bound lb, Decimal hi, Bound ub) {
    return Interval(Ratio(lo, Decimal(100)), lb, Ratio(hi, Decimal(100)), ub);
}

}  // namespace

TEST_CASE("levels are read with their units as printed and kept in yuan or dollars") {
    struct Row {
        const char* text;
        Decimal amount;
        Decimal unit;
        int power;
        const char* currency;
    };
    const Row rows[] = {
        {"343.2亿元", 34320000000_dec, 10000000_dec, 8, "CNY"},
        {"1.2万亿元", 1200000000000_dec, 100000000000_dec, 12, "CNY"},
        {"5000万元", 50000000_dec, 10000_dec, 4, "CNY"},
        {"4.1亿美元", 410000000_dec, 10000000_dec, 8, "USD"},
        {"34.32 billion yuan", 34320000000_dec, 10000000_dec, 9, "CNY"},
        {"5.2 trillion yuan", 5200000000000_dec, 100000000000_dec, 12, "CNY"},
        {"$5.31 billion", 5310000000_dec, 10000000_dec, 9, "USD"},
        {"US$410 million", 410000000_dec, 1000000_dec, 6, "USD"},
        {"CNY 34,320,000,000", 34320000000_dec, 1_dec, 0, "CNY"},
    };
    for (const Row& r : rows) {
        CAPTURE(std::string(r.text));
        const Figure f = Figure::parse(r.text, FigureKind::level);
        CHECK(f.kind() == FigureKind::level);
        CHECK(f.money() == Money(r.amount, Currency::of(r.currency)));
        CHECK(f.currency() == Currency::of(r.currency));
        CHECK_FALSE(f.base_currency().has_value());
        CHECK(f.printed().unit() == r.unit);
        CHECK(f.scale_power() == r.power);
        CHECK(f.text() == r.text);
        CHECK(f.value() == Ratio(r.amount));
        const Ratio half(r.unit, Decimal(2));
        CHECK(f.interval(RoundingMode::half_up) ==
              Interval(Ratio(r.amount) - half, Bound::closed, Ratio(r.amount) + half, Bound::open));
    }
}

TEST_CASE("a change printed with down is a negative level") {
    const Figure f = Figure::parse("down 515.62 billion yuan", FigureKind::level);
    CHECK(f.money() == Money(-515620000000_dec, cny));
    CHECK(f.interval(RoundingMode::half_up) == Interval::open_closed(-515625000000_dec, -515615000000_dec));
    CHECK(f.interval(RoundingMode::half_ceiling) == Interval::closed_open(-515625000000_dec, -515615000000_dec));
    CHECK(Figure::parse("下降3.5亿元", FigureKind::level).money() == Money(-350000000_dec, cny));
    CHECK_THROWS_AS((void)Figure::parse("down -5 billion yuan", FigureKind::level), ParseError);
}

TEST_CASE("percent figures are growth rates or shares as the caller says, kept as fractions") {
    const Figure g = Figure::parse("5.9%", FigureKind::growth_rate);
    CHECK(g.kind() == FigureKind::growth_rate);
    CHECK(g.printed().value() == 5.9_dec);
    CHECK(g.value() == Ratio(59_dec, 1000_dec));
    CHECK(g.interval(RoundingMode::half_up) == pct_closed_open(5.85_dec, 5.95_dec));
    const Figure s = Figure::parse("38.5%", FigureKind::share);
    CHECK(s.kind() == FigureKind::share);
    CHECK(s.interval(RoundingMode::half_up) == pct_closed_open(38.45_dec, 38.55_dec));
    CHECK(Figure::parse("5.9 %", FigureKind::growth_rate) == g);
    CHECK(Figure::parse("5.9 percent", FigureKind::growth_rate) == g);
    CHECK(Figure::parse("5.9 per cent", FigureKind::growth_rate) == g);
    CHECK(Figure::parse("5.9\xEF\xBC\x85", FigureKind::growth_rate) == g);
    CHECK(Figure::parse("+5.9%", FigureKind::growth_rate) == g);
    CHECK(Figure::parse("up 5.9%", FigureKind::growth_rate) == g);
    CHECK(Figure::parse("增长5.9%", FigureKind::growth_rate) == g);
    CHECK(Figure::parse("  5.9%  ", FigureKind::growth_rate).text() == "5.9%");
}

TEST_CASE("a negative growth rate has two readings: rounding the magnitude or ties toward plus infinity") {
    for (const char* text : {"-7.5%",
                             "\xE2\x88\x92"
                             "7.5%",
                             "down 7.5%", "下降7.5%", "Down 7.5 percent"}) {
        CAPTURE(std::string(text));
        const Figure f = Figure::parse(text, FigureKind::growth_rate);
        CHECK(f.printed().value() == -7.5_dec);
        // 四舍五入 on the magnitude: -7.55 rounds to -7.6, -7.45 to -7.5.
        CHECK(f.interval(RoundingMode::half_up) == pct(-7.55_dec, Bound::open, -7.45_dec, Bound::closed));
        // Ties toward +inf: -7.55 rounds to -7.5, -7.45 to -7.4.
        CHECK(f.interval(RoundingMode::half_ceiling) == pct(-7.55_dec, Bound::closed, -7.45_dec, Bound::open));
    }
}

TEST_CASE("a printed zero stands for values either side under both readings") {
    const Figure z = Figure::parse("0.0%", FigureKind::growth_rate);
    CHECK(z.interval(RoundingMode::half_up) == pct(-0.05_dec, Bound::open, 0.05_dec, Bound::open));
    CHECK(z.interval(RoundingMode::half_ceiling) == pct(-0.05_dec, Bound::closed, 0.05_dec, Bound::open));
    CHECK(Figure::parse("-0.0%", FigureKind::growth_rate).interval(RoundingMode::half_up) ==
          z.interval(RoundingMode::half_up));
}

TEST_CASE("every value of a figure's interval rounds back to it under the same convention") {
    for (const RoundingMode mode : {RoundingMode::half_up, RoundingMode::half_ceiling}) {
        for (const char* text : {"-7.5%", "7.5%", "0.0%", "-0.1%"}) {
            const Figure f = Figure::parse(text, FigureKind::growth_rate);
            const Interval i = f.interval(mode);
            CAPTURE(std::string(text));
            CAPTURE(to_string(mode));
            // Every thousandth of a percent from printed - 0.2 to printed + 0.2, ends and ties included.
            for (int k = -200; k <= 200; ++k) {
                const Decimal percent = f.printed().value() + Decimal::from_units(k, 3);
                CAPTURE(percent);
                CHECK(i.contains(Ratio(percent, Decimal(100))) == (percent.round(1, mode) == f.printed().value()));
            }
        }
    }
}

TEST_CASE("percentage points are read in English and Chinese and never confused with percent") {
    const Figure p = Figure::parse("1.7 percentage points", FigureKind::percentage_points);
    CHECK(p.kind() == FigureKind::percentage_points);
    CHECK(p.interval(RoundingMode::half_up) == pct_closed_open(1.65_dec, 1.75_dec));
    CHECK(Figure::parse("1.7个百分点", FigureKind::percentage_points) == p);
    CHECK(Figure::parse("1.7 percentage point", FigureKind::percentage_points) == p);
    CHECK(Figure::parse("1.7 pp", FigureKind::percentage_points) == p);
    CHECK(Figure::parse("up 1.7 percentage points", FigureKind::percentage_points) == p);
    CHECK(Figure::parse("下降0.4个百分点", FigureKind::percentage_points).printed().value() == -0.4_dec);
    CHECK_THROWS_AS((void)Figure::parse("1.7%", FigureKind::percentage_points), ParseError);
    CHECK_THROWS_AS((void)Figure::parse("1.7 percentage points", FigureKind::share), ParseError);
    CHECK_THROWS_AS((void)Figure::parse("1.7个百分点", FigureKind::growth_rate), ParseError);
}

TEST_CASE("counts are exact points unless qualified") {
    const Figure c = Figure::parse("88", FigureKind::count);
    CHECK(c.kind() == FigureKind::count);
    CHECK(c.is_exact());
    CHECK(c.interval(RoundingMode::half_up) == Interval::point(88_dec));
    CHECK(Figure::parse("88 tasks", FigureKind::count) == c);
    CHECK(Figure::parse("88 pilot tasks", FigureKind::count).text() == "88 pilot tasks");
    CHECK(Figure::parse("88项", FigureKind::count) == c);
    CHECK(Figure::parse("1,234", FigureKind::count).printed().value() == 1234_dec);
    CHECK(Figure::count(41_dec) == Figure::parse("41", FigureKind::count));
    // A count given a rounding unit is rounded: 90 to the nearest ten is 85…94.
    CHECK(Figure::count(90_dec).with_unit(10_dec).interval(RoundingMode::half_up) == Interval::closed(85_dec, 94_dec));
    CHECK_THROWS_AS((void)Figure::count(-1_dec), InvalidArgument);
    CHECK_THROWS_AS((void)Figure::count(1.5_dec), InvalidArgument);
    CHECK_THROWS_AS((void)c.with_unit(0.1_dec), InvalidArgument);
    CHECK_THROWS_AS((void)Figure::parse("88.5", FigureKind::count), ParseError);
    CHECK_THROWS_AS((void)Figure::parse("-3", FigureKind::count), ParseError);
    CHECK_THROWS_AS((void)Figure::parse("up 3", FigureKind::count), ParseError);
    CHECK_THROWS_AS((void)Figure::parse("88 7", FigureKind::count), ParseError);
}

TEST_CASE("exchange rates carry their currency pair") {
    const Figure r = Figure::parse("USD/CNY 6.4601", FigureKind::exchange_rate);
    CHECK(r.kind() == FigureKind::exchange_rate);
    CHECK(r.base_currency() == usd);
    CHECK(r.currency() == cny);
    CHECK(r.interval(RoundingMode::half_up) == Interval::closed_open(6.46005_dec, 6.46015_dec));
    CHECK(Figure::parse("6.4601 yuan per US dollar", FigureKind::exchange_rate) == r);
    CHECK(Figure::parse("6.4601 CNY per USD", FigureKind::exchange_rate) == r);
    CHECK(Figure::parse("1美元兑6.4601元", FigureKind::exchange_rate) == r);
    CHECK(Figure::parse("1美元兑换6.4601元人民币", FigureKind::exchange_rate) == r);
    CHECK(Figure::parse("1美元兑人民币6.4601元", FigureKind::exchange_rate) == r);
    CHECK(Figure::exchange_rate(usd, cny, Published(6.4601_dec)).text() == "USD/CNY 6.4601");
    CHECK_THROWS_AS((void)Figure::parse("6.4601", FigureKind::exchange_rate), ParseError);
    CHECK_THROWS_AS((void)Figure::parse("USD/USD 1.0", FigureKind::exchange_rate), ParseError);
    CHECK_THROWS_AS((void)Figure::parse("USD/CNY -6.4", FigureKind::exchange_rate), ParseError);
    CHECK_THROWS_AS((void)Figure::parse("USD/XYZ 6.4", FigureKind::exchange_rate), ParseError);
    CHECK_THROWS_AS((void)Figure::parse("6.46 dollars per yuan", FigureKind::exchange_rate), ParseError);
    CHECK_THROWS_AS((void)Figure::parse("up USD/CNY 6.4", FigureKind::exchange_rate), ParseError);
    CHECK_THROWS_AS((void)Figure::exchange_rate(usd, usd, Published(1_dec)), InvalidArgument);
    CHECK_THROWS_AS((void)Figure::exchange_rate(usd, cny, Published(0_dec)), InvalidArgument);
}

TEST_CASE("qualifiers widen a figure to its last non-zero digit on the side they name") {
    // 近3000亿元: rounds to 3000亿 at the 1000亿 digit, and lies below it.
    const Figure nearly = Figure::parse("近3000亿元", FigureKind::level);
    CHECK(nearly.qualifier() == Qualifier::nearly);
    CHECK(nearly.is_approximate());
    CHECK(nearly.interval(RoundingMode::half_up) == Interval::closed_open(250000000000_dec, 300000000000_dec));
    CHECK(Figure::parse("接近3000亿元", FigureKind::level) == nearly);
    CHECK(Figure::parse("nearly 300 billion yuan", FigureKind::level).interval(RoundingMode::half_up) ==
          nearly.interval(RoundingMode::half_up));
    // 超过90%: above 90 %, and rounds to 90 at the tens digit.
    const Figure over = Figure::parse("超过90%", FigureKind::share);
    CHECK(over.qualifier() == Qualifier::over);
    CHECK(over.interval(RoundingMode::half_up) == pct(90_dec, Bound::open, 95_dec, Bound::closed));
    CHECK(Figure::parse("more than 90%", FigureKind::share) == over);
    CHECK(Figure::parse("逾90%", FigureKind::share) == over);
    // 约13.2亿美元 and 3000亿元左右: either side, half a unit of the last non-zero digit.
    CHECK(Figure::parse("约13.2亿美元", FigureKind::level).interval(RoundingMode::half_up) ==
          Interval::closed(1315000000_dec, 1325000000_dec));
    CHECK(Figure::parse("3000亿元左右", FigureKind::level).interval(RoundingMode::half_up) ==
          Interval::closed(250000000000_dec, 350000000000_dec));
    CHECK(Figure::parse("about $5.31 billion", FigureKind::level).qualifier() == Qualifier::about);
    CHECK(Figure::parse("Around 5.9%", FigureKind::growth_rate).qualifier() == Qualifier::about);
    // A qualified figure is read the same under both conventions.
    CHECK(over.interval(RoundingMode::half_ceiling) == over.interval(RoundingMode::half_up));
}

TEST_CASE("qualifiers on negative figures bound the magnitude") {
    const Figure f = Figure::parse("down nearly 7.5%", FigureKind::growth_rate);
    CHECK(f.qualifier() == Qualifier::nearly);
    CHECK(f.interval(RoundingMode::half_up) == pct(-7.5_dec, Bound::open, -7.45_dec, Bound::closed));
    CHECK(Figure::parse("下降近7.5%", FigureKind::growth_rate) == f);
    CHECK(Figure::parse("nearly down 7.5%", FigureKind::growth_rate) == f);
    CHECK(Figure::parse("down over 7.5%", FigureKind::growth_rate).interval(RoundingMode::half_up) ==
          pct(-7.55_dec, Bound::closed, -7.5_dec, Bound::open));
}

TEST_CASE("qualified counts are whole numbers, to the tens at least") {
    CHECK(Figure::parse("more than 80", FigureKind::count).interval(RoundingMode::half_up) ==
          Interval::closed(81_dec, 85_dec));
    CHECK(Figure::parse("nearly 90", FigureKind::count).interval(RoundingMode::half_up) ==
          Interval::closed(85_dec, 89_dec));
    CHECK(Figure::parse("top 88", FigureKind::count).interval(RoundingMode::half_up) ==
          Interval::closed(89_dec, 93_dec));
    CHECK(Figure::parse("about 88 tasks", FigureKind::count).interval(RoundingMode::half_up) ==
          Interval::closed(83_dec, 93_dec));
    CHECK(Figure::parse("about 3", FigureKind::count).interval(RoundingMode::half_up) ==
          Interval::closed(0_dec, 8_dec));
    CHECK_FALSE(Figure::parse("more than 80", FigureKind::count).is_exact());
}

TEST_CASE("a qualifier may come from a separate column") {
    const Figure f = Figure::parse("90%", FigureKind::share, Qualifier::over);
    CHECK(f.qualifier() == Qualifier::over);
    CHECK(f.text() == "90%");
    CHECK(f == Figure::parse("over 90%", FigureKind::share));
    CHECK(Figure::parse("over 90%", FigureKind::share, Qualifier::over).qualifier() == Qualifier::over);
    CHECK(Figure::parse("90%", FigureKind::share, Qualifier::none).qualifier() == Qualifier::none);
    CHECK_THROWS_AS((void)Figure::parse("nearly 90%", FigureKind::share, Qualifier::over), ParseError);
    CHECK(parse_qualifier("nearly") == Qualifier::nearly);
    CHECK(parse_qualifier("More than") == Qualifier::over);
    CHECK(parse_qualifier("超过") == Qualifier::over);
    CHECK(parse_qualifier("约") == Qualifier::about);
    CHECK(parse_qualifier("左右") == Qualifier::about);
    CHECK(parse_qualifier("") == Qualifier::none);
    CHECK_THROWS_AS((void)parse_qualifier("perhaps"), ParseError);
}

TEST_CASE("a figure declared exact is a point") {
    const Figure f = Figure::parse("34.32 billion yuan", FigureKind::level).declared_exact();
    CHECK(f.is_exact());
    CHECK(f.interval(RoundingMode::half_up) == Interval::point(34320000000_dec));
    CHECK(Figure::parse("5.9%", FigureKind::growth_rate).declared_exact().interval(RoundingMode::half_up) ==
          Interval::point(Ratio(59_dec, 1000_dec)));
    CHECK_THROWS_AS((void)Figure::parse("nearly 5.9%", FigureKind::growth_rate).declared_exact(), InvalidArgument);
}

TEST_CASE("a growth printed without its trailing zero can be read at the publisher's unit") {
    const Figure f = Figure::parse("16%", FigureKind::growth_rate).with_unit(0.1_dec);
    CHECK(f.interval(RoundingMode::half_up) == pct_closed_open(15.95_dec, 16.05_dec));
    CHECK(Figure::parse("16%", FigureKind::growth_rate).interval(RoundingMode::half_up) ==
          pct_closed_open(15.5_dec, 16.5_dec));
    CHECK_THROWS_AS((void)Figure::parse("16.5%", FigureKind::growth_rate).with_unit(1_dec), InvalidArgument);
}

TEST_CASE("a qualified zero bounds nothing on one side") {
    CHECK_THROWS_AS((void)Figure::parse("nearly 0%", FigureKind::growth_rate).interval(RoundingMode::half_up),
                    InvalidArgument);
    CHECK_THROWS_AS((void)Figure::parse("over 0.0%", FigureKind::growth_rate).interval(RoundingMode::half_up),
                    InvalidArgument);
    CHECK(Figure::parse("about 0.0%", FigureKind::growth_rate).interval(RoundingMode::half_up) ==
          pct(-0.05_dec, Bound::closed, 0.05_dec, Bound::closed));
}

TEST_CASE("malformed figures are refused with the position of the fault") {
    auto position = [](const char* text, FigureKind kind) -> std::size_t {
        try {
            (void)Figure::parse(text, kind);
        } catch (const ParseError& e) {
            return e.position();
        }
        return std::string::npos;
    };
    CHECK(position("", FigureKind::growth_rate) == 0);
    CHECK(position("   ", FigureKind::growth_rate) == 0);
    CHECK(position("5.9", FigureKind::growth_rate) == 3);
    CHECK(position("5.9% more", FigureKind::growth_rate) == 4);
    CHECK(position("5.9 kg", FigureKind::growth_rate) == 3);
    CHECK(position("up 38.5%", FigureKind::share) == 0);
    CHECK(position("down -7.5%", FigureKind::growth_rate) == 5);
    CHECK(position("nearly about 5%", FigureKind::growth_rate) == 7);
    CHECK(position("up down 5%", FigureKind::growth_rate) == 3);
    CHECK(position("5..9%", FigureKind::growth_rate) == 2);
    CHECK(position("about 5 billion", FigureKind::level) == 15);
    CHECK(position("34.32 billion yuan!", FigureKind::level) == 18);
    CHECK(position("percent", FigureKind::growth_rate) == 0);
}

TEST_CASE("kinds and qualifiers have stable names") {
    CHECK(to_string(FigureKind::level) == "level");
    CHECK(to_string(FigureKind::growth_rate) == "growth_rate");
    CHECK(to_string(FigureKind::share) == "share");
    CHECK(to_string(FigureKind::percentage_points) == "percentage_points");
    CHECK(to_string(FigureKind::count) == "count");
    CHECK(to_string(FigureKind::exchange_rate) == "exchange_rate");
    CHECK(to_string(Qualifier::none) == "none");
    CHECK(to_string(Qualifier::nearly) == "nearly");
    CHECK(to_string(Qualifier::over) == "over");
    CHECK(to_string(Qualifier::about) == "about");
}

TEST_CASE("figures built by factories print a text of the same form") {
    CHECK(Figure::growth_rate(Published(5.9_dec)).text() == "5.9%");
    CHECK(Figure::share(Published(38.5_dec)).with_qualifier(Qualifier::over).text() == "over 38.5%");
    CHECK(Figure::percentage_points(Published(1.7_dec)).text() == "1.7 percentage points");
    CHECK(Figure::level(Money(34320000000_dec, cny), 10000000_dec).text() == "CNY 34320000000");
    CHECK(Figure::count(88_dec).text() == "88");
    CHECK_THROWS_AS((void)Figure::growth_rate(Published(5.9_dec)).money(), InvalidArgument);
}

TEST_CASE("a level whose amount is not a multiple of its unit, or whose unit is not positive, is refused") {
    CHECK_THROWS_WITH_AS((void)Figure::level(Money(34325000000_dec, cny), 10000000_dec),
                         doctest::Contains("34325000000 is not a multiple of its rounding unit 10000000"),
                         InvalidArgument);
    CHECK_THROWS_WITH_AS((void)Figure::level(Money(34320000000_dec, cny), 0_dec),
                         doctest::Contains("must be positive, got 0"), InvalidArgument);
    CHECK_NOTHROW((void)Figure::level(Money(34320000000_dec, cny), 10000000_dec));
}
