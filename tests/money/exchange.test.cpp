// SPDX-License-Identifier: BSL-1.0
#include <svctrade/error.hpp>
#include <svctrade/money/exchange.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace svctrade;
using namespace svctrade::literals;
using boost::gregorian::date;

namespace {
const Currency cny = Currency::of("CNY");
const Currency usd = Currency::of("USD");
const Currency eur = Currency::of("EUR");
const Currency jpy = Currency::of("JPY");
constexpr auto up = RoundingMode::half_up;
// Illustrative rates with central-parity precision (4 places); not published figures.
const ExchangeRate usd_cny = ExchangeRate::spot(usd, cny, 6.4601_dec, date(2021, 6, 30));
}  // namespace

TEST_CASE("an exchange rate converts both ways rounding once to the minor unit") {
    CHECK(usd_cny.convert(Money(5.31_dec, usd), up) == Money(34.30_dec, cny));
    CHECK(usd_cny.convert(Money(5310000000_dec, usd), up) == Money(34303131000_dec, cny));
    CHECK(usd_cny.convert(Money(34.32_dec, cny), up) == Money(5.31_dec, usd));
    CHECK(usd_cny.convert(Money(34.32_dec, cny), 6, up) == Money(5.312611_dec, usd));
    CHECK(usd_cny.convert(Money(100_dec, cny), RoundingMode::floor).to_string() == "USD 15.47");
    CHECK(usd_cny.base() == usd);
    CHECK(usd_cny.quote() == cny);
    CHECK(usd_cny.kind() == RateKind::spot);
    CHECK(usd_cny.to_string() == "USD/CNY 6.4601 (spot, 2021-06-30)");
    CHECK_THROWS_AS((void)usd_cny.convert(Money(1_dec, eur), up), CurrencyMismatch);
    CHECK_THROWS_AS((void)usd_cny.convert(Money(1_dec, usd), 31, up), InvalidArgument);
    const ExchangeRate gold = ExchangeRate::spot(Currency::of("XAU"), usd, 1800_dec, date(2021, 6, 30));
    CHECK_THROWS_AS((void)gold.convert(Money(1800_dec, usd), up), InvalidArgument);
    CHECK(gold.convert(Money(900_dec, usd), 1, up).to_string() == "XAU 0.5");
}

TEST_CASE("a rate must be positive and between two currencies") {
    CHECK_THROWS_AS((void)ExchangeRate::spot(usd, usd, 1_dec, date(2021, 6, 30)), InvalidArgument);
    CHECK_THROWS_AS((void)ExchangeRate::spot(usd, cny, 0_dec, date(2021, 6, 30)), InvalidArgument);
    CHECK_THROWS_AS((void)ExchangeRate::spot(usd, cny, -6.4_dec, date(2021, 6, 30)), InvalidArgument);
    CHECK_THROWS_AS((void)ExchangeRate::spot(usd, cny, 6.4_dec, date()), InvalidPeriod);
}

TEST_CASE("inverse and cross rates are computed exactly and rounded once") {
    const ExchangeRate cny_usd = usd_cny.inverse(6, up);
    CHECK(cny_usd.base() == cny);
    CHECK(cny_usd.rate() == 0.154796_dec);
    CHECK(cny_usd.period() == usd_cny.period());
    CHECK_THROWS_AS((void)ExchangeRate::spot(usd, jpy, 1000000_dec, date(2021, 6, 30)).inverse(2, up), InvalidArgument);
    const ExchangeRate eur_usd = ExchangeRate::spot(eur, usd, 1.1884_dec, date(2021, 6, 30));
    const ExchangeRate eur_cny = cross_rate(eur_usd, usd_cny, 4, up);
    CHECK(eur_cny.base() == eur);
    CHECK(eur_cny.quote() == cny);
    CHECK(eur_cny.rate() == 7.6772_dec);  // 1.1884 × 6.4601 = 7.67718284
    const ExchangeRate usd_jpy = ExchangeRate::spot(usd, jpy, 110.5_dec, date(2021, 6, 30));
    const ExchangeRate cny_jpy = cross_rate(usd_cny, usd_jpy, 4, up);
    CHECK(cny_jpy.base() == cny);
    CHECK(cny_jpy.quote() == jpy);
    CHECK(cny_jpy.rate() == 17.1050_dec);  // 110.5 / 6.4601 = 17.10499...
    const ExchangeRate other_day = ExchangeRate::spot(usd, jpy, 110.5_dec, date(2021, 7, 1));
    CHECK_THROWS_AS((void)cross_rate(usd_cny, other_day, 4, up), NotComparable);
    CHECK_THROWS_AS((void)cross_rate(usd_cny, usd_cny, 4, up), CurrencyMismatch);
    const ExchangeRate eur_jpy = ExchangeRate::spot(eur, jpy, 130_dec, date(2021, 6, 30));
    CHECK_THROWS_AS((void)cross_rate(usd_cny, eur_jpy, 4, up), CurrencyMismatch);
}

TEST_CASE("period rates are keyed by svctrade Period") {
    const Period h1 = Period::year_to_date(2021, 6);
    const ExchangeRate avg = ExchangeRate::period_average(usd, cny, 6.4718_dec, h1);
    CHECK(avg.kind() == RateKind::period_average);
    CHECK(avg.period() == h1);
    CHECK(avg.to_string() == "USD/CNY 6.4718 (period average, 2021-01-01..2021-06-30)");
    CHECK(to_string(RateKind::end_of_period) == "end of period");
    RateTable table;
    table.add(avg);
    table.add(ExchangeRate::end_of_period(usd, cny, 6.4601_dec, h1));
    CHECK(table.average(usd, cny, h1) == avg);
    CHECK(table.end_of_period(usd, cny, h1).rate() == 6.4601_dec);
    // The half-year has the same dates as H1 2021 but is another period: no silent substitution.
    CHECK_THROWS_AS((void)table.average(usd, cny, Period::half(2021, 1)), NotFound);
    CHECK_THROWS_AS((void)table.average(usd, cny, Period::month(2021, 6)), NotFound);
    CHECK_THROWS_AS(table.add(ExchangeRate::period_average(usd, cny, 6.5_dec, h1)), InvalidArgument);
}

TEST_CASE("a rate table never uses a neighbouring date unless asked") {
    RateTable table;
    table.add(usd_cny);
    table.add(ExchangeRate::spot(usd, cny, 6.4709_dec, date(2021, 7, 2)));
    CHECK(table.size() == 2);
    CHECK(table.spot(usd, cny, date(2021, 6, 30)) == usd_cny);
    CHECK_THROWS_AS((void)table.spot(usd, cny, date(2021, 7, 1)), NotFound);
    try {
        (void)table.spot(usd, cny, date(2021, 7, 1));
    } catch (const NotFound& e) {
        CHECK(std::string(e.what()) ==
              "no spot rate USD/CNY for 2021-07-01 (spot_on_or_before() would use an earlier date)");
    }
    CHECK(table.spot_on_or_before(usd, cny, date(2021, 7, 1)) == usd_cny);
    CHECK(table.spot_on_or_before(usd, cny, date(2021, 7, 5)).rate() == 6.4709_dec);
    CHECK_THROWS_AS((void)table.spot_on_or_before(usd, cny, date(2021, 6, 29)), NotFound);
    CHECK_THROWS_AS((void)table.spot_on_or_before(usd, cny, date()), InvalidPeriod);
    try {
        (void)table.spot(cny, usd, date(2021, 6, 30));
    } catch (const NotFound& e) {
        CHECK(std::string(e.what()).find("use inverse()") != std::string::npos);
    }
    CHECK_THROWS_AS((void)table.spot(eur, usd, date(2021, 6, 30)), NotFound);
    CHECK_THROWS_AS(table.add(usd_cny), InvalidArgument);
}
