// SPDX-License-Identifier: BSL-1.0
#include <svctrade/error.hpp>
#include <svctrade/money/money.hpp>

#include <doctest/doctest.h>

#include <compare>
#include <list>
#include <sstream>
#include <string>
#include <vector>

using namespace svctrade;
using namespace svctrade::literals;

namespace {
const Currency cny = Currency::of("CNY");
const Currency usd = Currency::of("USD");
constexpr auto up = RoundingMode::half_up;
}  // namespace

TEST_CASE("amounts in one currency add and subtract exactly") {
    const Money a(34.32_dec, cny), b(32.41_dec, cny);
    CHECK(a + b == Money(66.73_dec, cny));
    CHECK(a - b == Money(1.91_dec, cny));
    CHECK((a - b).to_string() == "CNY 1.91");
    CHECK(-a == Money(-34.32_dec, cny));
    Money c = a;
    c += b;
    c -= b;
    CHECK(c == a);
    CHECK(Money(34.30_dec, cny) == Money(34.3_dec, cny));
    CHECK(partial_order(a, b) == std::partial_ordering::greater);
    CHECK(a.sign() == 1);
    CHECK(Money(0_dec, cny).is_zero());
    CHECK(Money(34320000000_dec, cny).to_string(Grouping::comma) == "CNY 34,320,000,000");
    std::ostringstream os;
    os << Money(5.31_dec, usd);
    CHECK(os.str() == "USD 5.31");
}

TEST_CASE("mixing currencies is an error naming both amounts") {
    const Money yuan(34.32_dec, cny), dollars(5.31_dec, usd);
    CHECK_THROWS_AS((void)(yuan + dollars), CurrencyMismatch);
    CHECK_THROWS_AS((void)(yuan - dollars), CurrencyMismatch);
    CHECK_THROWS_AS((void)(yuan / dollars), CurrencyMismatch);
    CHECK_FALSE(yuan == dollars);
    try {
        (void)(yuan + dollars);
        FAIL("no error");
    } catch (const CurrencyMismatch& e) {
        CHECK(std::string(e.what()) ==
              "cannot add USD 5.31 to CNY 34.32: currencies differ (convert with an exchange rate first)");
    }
    Money m = yuan;
    CHECK_THROWS_AS(m += dollars, CurrencyMismatch);
    CHECK(m == yuan);
}

TEST_CASE("amounts have an order within one currency and none across currencies") {
    const Money yuan(34.32_dec, cny), less_yuan(32.41_dec, cny), dollars(5.31_dec, usd);
    CHECK(partial_order(less_yuan, yuan) == std::partial_ordering::less);
    CHECK(partial_order(yuan, less_yuan) == std::partial_ordering::greater);
    CHECK(partial_order(Money(34.30_dec, cny), Money(34.3_dec, cny)) == std::partial_ordering::equivalent);
    // No order without an exchange rate: unordered, never a guess from the bare numbers.
    CHECK(partial_order(yuan, dollars) == std::partial_ordering::unordered);
    CHECK(partial_order(dollars, yuan) == std::partial_ordering::unordered);
    CHECK_FALSE((partial_order(dollars, yuan) < 0));
    CHECK_FALSE((partial_order(dollars, yuan) > 0));
    // The standard customisation point finds it.
    CHECK(std::partial_order(less_yuan, yuan) == std::partial_ordering::less);
    CHECK(std::partial_order(yuan, dollars) == std::partial_ordering::unordered);
    // The way to refuse a mix instead: the sign of the difference throws.
    CHECK((yuan - less_yuan).sign() > 0);
    CHECK_THROWS_AS((void)(yuan - dollars).sign(), CurrencyMismatch);
}

TEST_CASE("money scales by numbers and divides into a ratio") {
    const Money total(34.32_dec, cny);
    CHECK(total * 2_dec == Money(68.64_dec, cny));
    CHECK(0.385_dec * total == Money(13.21320_dec, cny));
    CHECK(total.times(Ratio(1_dec, 3_dec), 2, up) == Money(11.44_dec, cny));
    CHECK(total.divided_by(5.31_dec, 4, up) == Money(6.4633_dec, cny));
    CHECK(Money(34.32_dec, cny) / Money(32.41_dec, cny) == Ratio(3432_dec, 3241_dec));
    CHECK_THROWS_AS((void)(total / Money(0_dec, cny)), DivisionByZero);
    CHECK_THROWS_AS((void)total.divided_by(0_dec, 2, up), DivisionByZero);
}

TEST_CASE("money rounds to its currency's minor unit") {
    CHECK(Money(1234.565_dec, cny).round_to_minor_unit(up) == Money(1234.57_dec, cny));
    CHECK(Money(1234.5_dec, Currency::of("JPY")).round_to_minor_unit(up).to_string() == "JPY 1235");
    CHECK(Money(1.23456_dec, Currency::of("BHD")).round_to_minor_unit(RoundingMode::floor).to_string() == "BHD 1.234");
    CHECK(Money(1.5_dec, cny).round(0, RoundingMode::half_even).to_string() == "CNY 2");
    CHECK_THROWS_AS((void)Money(1_dec, Currency::of("XAU")).round_to_minor_unit(up), InvalidArgument);
}

TEST_CASE("a range of amounts sums exactly") {
    const std::vector<Money> halves{Money(17.16_dec, cny), Money(17.16_dec, cny)};
    CHECK(sum(halves) == Money(34.32_dec, cny));
    CHECK(sum(halves, cny) == Money(34.32_dec, cny));
    const std::list<Money> none;
    CHECK(sum(none, usd) == Money(0_dec, usd));
    CHECK_THROWS_AS((void)sum(none), InvalidArgument);
    const std::vector<Money> mixed{Money(1_dec, cny), Money(1_dec, usd)};
    CHECK_THROWS_AS((void)sum(mixed), CurrencyMismatch);
    CHECK_THROWS_AS((void)sum(halves, usd), CurrencyMismatch);
}
