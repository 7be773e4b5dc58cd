// SPDX-License-Identifier: BSL-1.0
#include <svctrade/error.hpp>
#include <svctrade/money/magnitude.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace svctrade;
using namespace svctrade::literals;

namespace {
const Currency cny = Currency::of("CNY");
const Currency usd = Currency::of("USD");
constexpr auto up = RoundingMode::half_up;

ParseError parse_error(std::string_view text) {
    try {
        (void)parse_amount(text);
    } catch (const ParseError& e) {
        return e;
    }
    FAIL("no ParseError for \"" << std::string(text) << "\"");
    return ParseError(text, 0, "unreachable");
}
}  // namespace

// Fixture: China Daily, 27 Aug 2021, "Xiamen pioneers in services trade sector".
TEST_CASE("amounts parse as English writes them") {
    CHECK(parse_amount("34.32 billion yuan") == Money(34320000000_dec, cny));
    CHECK(parse_amount("$5.31 billion") == Money(5310000000_dec, usd));
    CHECK(parse_amount("$410 million") == Money(410000000_dec, usd));
    CHECK(parse_amount("USD 410 million") == Money(410000000_dec, usd));
    CHECK(parse_amount("CNY 34,320,000,000") == Money(34320000000_dec, cny));
    CHECK(parse_amount("5.31 billion US dollars") == Money(5310000000_dec, usd));
    CHECK(parse_amount("34.32 billion CNY") == Money(34320000000_dec, cny));
    CHECK(parse_amount("6.6 trillion yuan") == Money(6600000000000_dec, cny));
    CHECK(parse_amount("12 thousand yuan") == Money(12000_dec, cny));
    CHECK(parse_amount("1,234.5 yuan") == Money(1234.5_dec, cny));
    CHECK(parse_amount("-$5.31 billion") == Money(-5310000000_dec, usd));
    CHECK(parse_amount("USD -410 million") == Money(-410000000_dec, usd));
    CHECK(parse_amount("€2.5 million") == Money(2500000_dec, Currency::of("EUR")));
    CHECK(parse_amount("34.32 billion yuan").amount().to_string() == "34320000000.00");
}

TEST_CASE("amounts parse as Chinese writes them") {
    CHECK(parse_amount("343.2亿元") == Money(34320000000_dec, cny));
    CHECK(parse_amount("1.2万亿元") == Money(1200000000000_dec, cny));
    CHECK(parse_amount("4.1亿美元") == Money(410000000_dec, usd));
    CHECK(parse_amount("5万元") == Money(50000_dec, cny));
    CHECK(parse_amount("100元") == Money(100_dec, cny));
    CHECK(parse_amount("CNY 343.2亿") == Money(34320000000_dec, cny));
}

TEST_CASE("ambiguous or malformed amounts are parse errors with positions") {
    struct Case {
        const char* text;
        std::size_t position;
        const char* reason_part;
    };
    const Case cases[] = {
        {"5 billions of something", 2, "not a scale"},
        {"$ yuan 3", 1, "expected a number"},
        {"410 million dollars", 12, "ambiguous"},
        {"34.32 billion", 13, "no currency"},
        {"34.32", 5, "no currency"},
        {"", 0, "empty"},
        {"$5.31 billion yuan", 14, "second currency"},
        {"USD 5 yuan", 6, "second currency"},
        {"34.32 billion yuan!", 18, "unexpected text"},
        {"34..32 billion yuan", 3, "second decimal point"},
        {"XYZ 5", 0, "unknown ISO 4217"},
        {"5 XYZ", 2, "unknown ISO 4217"},
        {"343.2亿", 8, "no currency"},
        {"5 million pesos", 10, "expected a currency"},
        {"5  million yuan", 2, "expected a scale word"},
        {"5 millionyuan", 2, "expected a currency"},
        {"1e9 yuan", 1, "exponent"},
        {"abc", 0, "expected a number"},
    };
    for (const Case& c : cases) {
        const std::string text = c.text;
        CAPTURE(text);
        const ParseError e = parse_error(c.text);
        CHECK(e.position() == c.position);
        CHECK_MESSAGE(e.reason().find(c.reason_part) != std::string::npos, e.reason());
        CHECK(e.input() == c.text);
    }
}

TEST_CASE("amounts format in English style with chosen decimals") {
    const Money total(34320000000_dec, cny), dollars(5310000000_dec, usd), digital(410000000_dec, usd);
    CHECK(format_english(total, 2, up, CurrencyLabel::word) == "34.32 billion yuan");
    CHECK(format_english(dollars, 2, up, CurrencyLabel::symbol) == "$5.31 billion");
    CHECK(format_english(digital, 0, up) == "USD 410 million");
    CHECK(format_english(total, 0, up, CurrencyLabel::code, EnglishScale::units) == "CNY 34,320,000,000");
    CHECK(format_english(total, 1, up, CurrencyLabel::word, EnglishScale::million) == "34,320.0 million yuan");
    CHECK(format_english(Money(-5310000000_dec, usd), 2, up, CurrencyLabel::symbol) == "-$5.31 billion");
    CHECK(format_english(Money(-5310000000_dec, usd), 2, up) == "USD -5.31 billion");
    CHECK(format_english(Money(999996000_dec, usd), 2, up, CurrencyLabel::symbol) == "$1.00 billion");
    CHECK(format_english(Money(12.5_dec, usd), 2, up, CurrencyLabel::word) == "12.50 US dollars");
    CHECK(format_english(Money(5_dec, Currency::of("CHF")), 0, up, CurrencyLabel::symbol) == "CHF 5");
    CHECK(format_english(Money(5_dec, Currency::of("CHF")), 0, up, CurrencyLabel::word) == "5 CHF");
    CHECK(format_english(Money(34325000000_dec, cny), 2, RoundingMode::half_even, CurrencyLabel::word) ==
          "34.32 billion yuan");
    CHECK_THROWS_AS((void)format_english(total, -1, up), InvalidArgument);
    CHECK_THROWS_AS((void)format_english(total, 31, up), InvalidArgument);
}

TEST_CASE("amounts format at up to 30 places while the figure in its scale fits") {
    const Money total(34320000000_dec, cny);
    const std::string zeros28(28, '0');
    CHECK(format_english(total, 30, up, CurrencyLabel::word) == "34.32" + zeros28 + " billion yuan");
    CHECK(format_english(total, 29, up, CurrencyLabel::word) == "34.32" + zeros28.substr(1) + " billion yuan");
    CHECK(format_english(Money(34325000000_dec, cny), 30, up, CurrencyLabel::word, EnglishScale::billion) ==
          "34.325" + zeros28.substr(1) + " billion yuan");
    CHECK(format_chinese(total, 30, up) == "343.2" + std::string(29, '0') + "亿元");
    // 34,320,000,000 units with 30 places is a 41-digit figure: more than a Decimal holds.
    CHECK_THROWS_WITH_AS((void)format_english(total, 30, up, CurrencyLabel::code, EnglishScale::units),
                         doctest::Contains("cannot format 34320000000 with 30 decimal places in units of 10^0: "),
                         Overflow);
    CHECK_THROWS_WITH_AS((void)format_chinese(total, 30, up, ChineseScale::units),
                         doctest::Contains("cannot format 34320000000 with 30 decimal places in units of 10^0: "),
                         Overflow);
    CHECK(format_english(Money(1_dec, cny), 30, up, CurrencyLabel::code, EnglishScale::units) ==
          "CNY 1." + std::string(30, '0'));
}

TEST_CASE("amounts format in Chinese style with chosen decimals") {
    CHECK(format_chinese(Money(34320000000_dec, cny), 1, up) == "343.2亿元");
    CHECK(format_chinese(Money(1200000000000_dec, cny), 1, up) == "1.2万亿元");
    CHECK(format_chinese(Money(410000000_dec, usd), 1, up) == "4.1亿美元");
    CHECK(format_chinese(Money(34320000000_dec, cny), 2, up, ChineseScale::wan) == "3432000.00万元");
    CHECK(format_chinese(Money(34320000000_dec, cny), 0, up, ChineseScale::units) == "34320000000元");
    CHECK(format_chinese(Money(999996000000_dec, cny), 1, up) == "1.0万亿元");
    CHECK(format_chinese(Money(12_dec, Currency::of("CHF")), 0, up) == "12CHF");
    CHECK_THROWS_AS((void)format_chinese(Money(1_dec, cny), 31, up), InvalidArgument);
}

TEST_CASE("formatted amounts parse back to the rounded value") {
    const Money m(34321234567_dec, cny);
    CHECK(parse_amount(format_english(m, 2, up, CurrencyLabel::word)) == Money(34320000000_dec, cny));
    CHECK(parse_amount(format_english(m, 4, up, CurrencyLabel::code)) == Money(34321200000_dec, cny));
    CHECK(parse_amount(format_chinese(m, 1, up)) == Money(34320000000_dec, cny));
    CHECK(parse_amount(format_english(m, 0, up, CurrencyLabel::code, EnglishScale::units)) == m);
}

TEST_CASE("US$ is the US dollar and a symbol amount still formats with $") {
    CHECK(parse_amount("US$410 million") == Money(410000000_dec, usd));
    CHECK(parse_amount("-US$5 billion") == Money(-5000000000_dec, usd));
    CHECK(format_english(Money(410000000_dec, usd), 0, up, CurrencyLabel::symbol) == "$410 million");
    CHECK_THROWS_AS((void)parse_amount("US$ 410 million"), ParseError);
}

TEST_CASE("a written amount keeps the power of its scale word") {
    CHECK(parse_written_amount("34.32 billion yuan").scale_power == 9);
    CHECK(parse_written_amount("343.2亿元").scale_power == 8);
    CHECK(parse_written_amount("1.2万亿元").scale_power == 12);
    CHECK(parse_written_amount("5000万元").scale_power == 4);
    CHECK(parse_written_amount("5.2 trillion yuan").scale_power == 12);
    CHECK(parse_written_amount("CNY 34,320,000,000").scale_power == 0);
}

TEST_CASE("currency words name currencies, bare dollars does not") {
    CHECK(currency_of_word("yuan") == cny);
    CHECK(currency_of_word("US dollars") == usd);
    CHECK(currency_of_word("美元") == usd);
    CHECK(currency_of_word("元") == cny);
    CHECK(currency_of_word("EUR") == Currency::of("EUR"));
    CHECK_FALSE(currency_of_word("dollars").has_value());
    CHECK_FALSE(currency_of_word("XYZ").has_value());
    CHECK_FALSE(currency_of_word("").has_value());
}
