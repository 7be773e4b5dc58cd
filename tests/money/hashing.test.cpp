// SPDX-License-Identifier: BSL-1.0
// std::hash for the value types: equal values hash alike (the contract unordered containers rely
// on), and the containers hold them as keys.
#include <doctest/doctest.h>

#include <string>
#include <unordered_map>
#include <unordered_set>

#include <svctrade/money.hpp>
#include <svctrade/numbers.hpp>

using namespace svctrade;
using namespace svctrade::literals;

namespace {
template <class T>
std::size_t h(const T& v) {
    return std::hash<T>{}(v);
}
}  // namespace

TEST_CASE("Decimal hashes by value: equal at any scale, one key") {
    CHECK(h(34.30_dec) == h(34.3_dec));
    CHECK(h(34.300_dec) == h(34.3_dec));
    CHECK(h(Decimal::parse("0.000")) == h(Decimal(0)));
    CHECK(h(-0.5_dec) == h(Decimal::parse("-0.50")));
    std::unordered_set<Decimal> set{34.30_dec, 34.3_dec, 34.31_dec, -34.3_dec};
    CHECK(set.size() == 3);
    CHECK(set.contains(34.300_dec));
}

TEST_CASE("Decimal hashes spread over values that differ only in the high coefficient bits or the scale") {
    // 2^64 and 2^64 + 1, 1.0e-30 and 1: a hash of only the low 64 bits or of the coefficient alone
    // would put these together.
    const Decimal two64 = Decimal::parse("18446744073709551616");
    CHECK(h(two64) != h(Decimal(0)));
    CHECK(h(two64) != h(two64 + Decimal(1)));
    CHECK(h(Decimal::parse("0.000000000000000000000000000001")) != h(Decimal(1)));
    // Distinct values (some of these 1000 coincide, e.g. 1.00 and 1) give distinct hashes.
    std::unordered_set<Decimal> values;
    std::unordered_set<std::size_t> hashes;
    for (int i = 0; i < 1000; ++i) {
        values.insert(Decimal::from_units(i * 37, i % 7));
        hashes.insert(h(Decimal::from_units(i * 37, i % 7)));
    }
    CHECK(values.size() > 900);
    CHECK(hashes.size() == values.size());
}

TEST_CASE("Ratio and the percentage types hash by their exact fraction") {
    CHECK(h(Ratio(1_dec, 2_dec)) == h(Ratio(50_dec, 100_dec)));
    CHECK(h(Ratio(1_dec, 2_dec)) != h(Ratio(-1_dec, 2_dec)));
    CHECK(h(Share::from_percent(38.5_dec)) == h(Share::from_ratio(Ratio(385_dec, 1000_dec))));
    CHECK(h(GrowthRate::from_percent(5.90_dec)) == h(GrowthRate::from_percent(5.9_dec)));
    CHECK(h(PercentagePoints::from_points(1.7_dec)) == h(PercentagePoints::from_ratio(Ratio(17_dec, 1000_dec))));
    CHECK(h(Percent::from_percent(100_dec)) == h(Percent::from_ratio(Ratio(1_dec, 1_dec))));
    std::unordered_map<GrowthRate, std::string> words{{GrowthRate::from_percent(5.9_dec), "up"},
                                                      {GrowthRate::from_percent(-7.5_dec), "down"}};
    CHECK(words.at(GrowthRate::from_percent(5.90_dec)) == "up");
    std::unordered_set<Share> shares{Share::from_percent(38.5_dec), Share::from_percent(38.50_dec)};
    CHECK(shares.size() == 1);
    std::unordered_set<PercentagePoints> changes{PercentagePoints::from_points(1.7_dec)};
    CHECK(changes.contains(PercentagePoints::from_points(1.70_dec)));
    std::unordered_set<Percent> percents{Percent::from_percent(1_dec)};
    CHECK(percents.contains(Percent::from_percent(1.0_dec)));
}

TEST_CASE("Currency hashes by code and keys unordered containers") {
    std::unordered_set<Currency> set{Currency::of("CNY"), Currency::of("USD"), Currency::of("CNY")};
    CHECK(set.size() == 2);
    CHECK(set.contains(Currency::of_numeric(156)));
    CHECK(h(Currency::of("CNY")) == h(Currency::of_numeric(156)));
}

TEST_CASE("Money hashes by currency and value, consistent with ==") {
    const Currency cny = Currency::of("CNY"), usd = Currency::of("USD");
    CHECK(h(Money(34.30_dec, cny)) == h(Money(34.3_dec, cny)));
    CHECK(h(Money(34.3_dec, cny)) != h(Money(34.3_dec, usd)));
    std::unordered_map<Money, int> seen;
    ++seen[Money(34.30_dec, cny)];
    ++seen[Money(34.3_dec, cny)];
    ++seen[Money(34.3_dec, usd)];
    CHECK(seen.size() == 2);
    CHECK(seen.at(Money(34.300_dec, cny)) == 2);
}
