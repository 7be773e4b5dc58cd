// SPDX-License-Identifier: BSL-1.0
// Additivity of values by category: parts against their wholes. Values are in tenths of 100 million yuan (MOFCOM prints
// 亿元 to one decimal), as integers, so the arithmetic is exact.
#include <svctrade/categories/additivity.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/money/money.hpp>
#include <svctrade/numbers/decimal.hpp>

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

using namespace svctrade;
using namespace svctrade::literals;

namespace {

Category cat(std::string_view code) {
    return Category::from_code(code);
}

using Values = std::map<Category, long long>;

// The twelve main components and SN of a made-up report whose parts sum exactly.
Values main_components() {
    return Values{{cat("SA"), 10}, {cat("SB"), 20}, {cat("SC"), 300}, {cat("SD"), 250}, {cat("SE"), 40},
                  {cat("SF"), 30}, {cat("SG"), 25}, {cat("SH"), 60},  {cat("SI"), 120}, {cat("SJ"), 200},
                  {cat("SK"), 15}, {cat("SL"), 5},  {cat("SN"), 0}};
}

}  // namespace

TEST_CASE("the additivity check derives parents from complete children") {
    const auto r = check_additivity(
        Values{{cat("SI1"), 10}, {cat("SI21"), 15}, {cat("SI22"), 5}, {cat("SI31"), 1}, {cat("SI32"), 2}}, 0LL);
    CHECK(r.value(cat("SI2")) == 20);
    CHECK(r.value(cat("SI3")) == 3);
    CHECK(r.value(cat("SI")) == 33);
    CHECK(r.is_derived(cat("SI")));
    CHECK_FALSE(r.is_reported(cat("SI")));
    CHECK(r.is_reported(cat("SI1")));
    CHECK_FALSE(r.value(cat("S")).has_value());  // the other components are unknown
    CHECK(r.consistent());
    CHECK(r.unchecked().empty());
}

TEST_CASE("the additivity check detects a planted inconsistency beyond the tolerance") {
    Values v{{cat("SI1"), 10}, {cat("SI2"), 20}, {cat("SI3"), 5}, {cat("SI"), 40}};
    const auto r = check_additivity(v, 2LL);
    REQUIRE(r.discrepancies().size() == 1);
    const auto& d = r.discrepancies().front();
    CHECK(d.category == cat("SI"));
    CHECK(d.reported == 40);
    CHECK(d.computed == 35);
    CHECK(d.difference() == 5);
    CHECK(d.parts == std::vector<Category>{cat("SI1"), cat("SI2"), cat("SI3")});
    CHECK(r.value(cat("SI")) == 40);  // the reported value stands
    CHECK_FALSE(r.consistent());
    // Within the tolerance, either way, a rounded total is accepted; one unit more is not.
    v[cat("SI")] = 37;
    CHECK(check_additivity(v, 2LL).consistent());
    v[cat("SI")] = 33;
    CHECK(check_additivity(v, 2LL).consistent());
    v[cat("SI")] = 32;
    CHECK_FALSE(check_additivity(v, 2LL).consistent());
    CHECK(check_additivity(v, 3LL).consistent());
}

TEST_CASE("a value on an alternative item does not break the check of SC") {
    Values v{{cat("SC1"), 100},
             {cat("SC2"), 150},
             {cat("SC3"), 30},
             {cat("SC4"), 20},
             {cat("SC"), 300},
             // passenger transport across all modes: an overlapping breakdown, not a fifth part
             {cat("SCA"), 90},
             {cat("SC3B"), 12},
             {cat("SC41X"), 7}};
    const auto r = check_additivity(v, 0LL);
    CHECK(r.consistent());
    CHECK(r.value(cat("SCA")) == 90);
    CHECK(r.is_reported(cat("SCA")));
    // And a planted error in SC is still found with SCA present.
    v[cat("SC")] = 310;
    const auto bad = check_additivity(v, 0LL);
    REQUIRE(bad.discrepancies().size() == 1);
    CHECK(bad.discrepancies().front().category == cat("SC"));
    CHECK(bad.discrepancies().front().computed == 300);
}

TEST_CASE("S is checked against SA to SL plus SN") {
    Values v = main_components();
    v[cat("S")] = 1075;
    CHECK(check_additivity(v, 0LL).consistent());
    v[cat("S")] = 1080;
    const auto r = check_additivity(v, 0LL);
    REQUIRE(r.discrepancies().size() == 1);
    CHECK(r.discrepancies().front().parts.size() == 13);
    // Without SN, S cannot be checked: it is reported as unchecked, not as consistent by default.
    v.erase(cat("SN"));
    const auto no_residual = check_additivity(v, 0LL);
    CHECK(no_residual.consistent());
    CHECK(no_residual.unchecked() == std::vector<Category>{cat("S")});
}

TEST_CASE("the additivity check sums into aggregates and checks reported aggregate items") {
    Values v = main_components();
    v[cat("SOX")] = 1070;  // SA … SK = 1070
    v[cat("SPX4")] = 31;   // SA + SB = 30: planted
    const auto r = check_additivity(v, 0LL);
    CHECK(r.value(cat("S")) == 1075);
    CHECK(r.value(cat("SOX1")) == 490);
    CHECK(r.is_derived(cat("SOX1")));
    CHECK(r.value(cat("SPX1")) == 495);
    REQUIRE(r.discrepancies().size() == 1);
    CHECK(r.discrepancies().front().category == cat("SPX4"));
    CHECK(r.discrepancies().front().computed == 30);
    const Aggregate& ki = Aggregate::builtin(BuiltinAggregate::knowledge_intensive);
    CHECK(r.total(ki) == 30 + 25 + 60 + 120 + 200 + 15);
    CHECK(r.sum(CategorySet::parse("SI SI2 SJ")) == 320);  // SI2 is inside SI: counted once
}

TEST_CASE("totals of aggregates with missing members name what is missing") {
    const auto r = check_additivity(Values{{cat("SF"), 1}, {cat("SG"), 2}, {cat("SI21"), 3}}, 0LL);
    const Aggregate& ki = Aggregate::builtin(BuiltinAggregate::knowledge_intensive);
    CHECK_FALSE(r.sum(ki.members()).has_value());
    CHECK(r.missing(ki.members()) == std::vector<Category>{cat("SH"), cat("SI"), cat("SJ"), cat("SK")});
    CHECK_THROWS_WITH_AS((void)r.total(ki),
                         "cannot total knowledge_intensive (SF SG SH SI SJ SK): no value for SH, SI, SJ, SK", NotFound);
    CHECK_FALSE(r.sum(CategorySet{}).has_value());
}

TEST_CASE("a reported whole with only some parts is listed as unchecked") {
    const auto r = check_additivity(Values{{cat("SF1"), 50}, {cat("SF11"), 20}, {cat("SF12"), 10}}, 0LL);
    CHECK(r.unchecked() == std::vector<Category>{cat("SF1")});
    CHECK(r.consistent());
    CHECK_FALSE(r.is_derived(cat("SF1")));
}

TEST_CASE("the additivity check works with floating values and rejects a negative tolerance") {
    const std::map<Category, double> v{{cat("SG1"), 1.25}, {cat("SG2"), 0.5}, {cat("SG"), 1.8}};
    CHECK(check_additivity(v, 0.1).consistent());
    CHECK_FALSE(check_additivity(v, 0.01).consistent());
    CHECK_THROWS_WITH_AS((void)check_additivity(v, -0.1), "the tolerance of an additivity check must not be negative",
                         InvalidArgument);
    CHECK_THROWS_AS((void)check_additivity(Values{}, -1LL), InvalidArgument);
}

TEST_CASE("the additivity check of Decimal values accepts rounded parts within half a unit each") {
    // Parts printed in 亿元 to one decimal: each may be off by up to 0.05, so a total of three
    // parts may differ from their sum by up to 0.15.
    std::map<Category, Decimal> v{
        {cat("SJ1"), 12.3_dec}, {cat("SJ2"), 45.6_dec}, {cat("SJ3"), 7.8_dec}, {cat("SJ"), 65.8_dec}};
    const auto ok = check_additivity(v, 0.15_dec);
    CHECK(ok.consistent());
    v[cat("SJ")] = 66.0_dec;  // 0.3 above 65.7: more than rounding explains
    const auto bad = check_additivity(v, 0.15_dec);
    REQUIRE(bad.discrepancies().size() == 1);
    CHECK(bad.discrepancies().front().computed == 65.7_dec);
    CHECK(bad.discrepancies().front().difference() == 0.3_dec);
    CHECK_THROWS_AS((void)check_additivity(v, -0.01_dec), InvalidArgument);
}

TEST_CASE("the additivity check of money of one currency uses its partial order") {
    // Money has no < (amounts in two currencies have no order); the check orders a difference
    // and the tolerance by partial_order() and refuses a tolerance in another currency.
    const Currency cny = Currency::of("CNY");
    const auto yuan = [&](Decimal d) { return Money(d, cny); };
    std::map<Category, Money> v{{cat("SJ1"), yuan(12.3_dec)},
                                {cat("SJ2"), yuan(45.6_dec)},
                                {cat("SJ3"), yuan(7.8_dec)},
                                {cat("SJ"), yuan(65.8_dec)}};
    CHECK(check_additivity(v, yuan(0.15_dec)).consistent());
    v.at(cat("SJ")) = yuan(66.0_dec);
    const auto bad = check_additivity(v, yuan(0.15_dec));
    REQUIRE(bad.discrepancies().size() == 1);
    CHECK(bad.discrepancies().front().difference() == yuan(0.3_dec));
    CHECK_THROWS_AS((void)check_additivity(v, yuan(-0.01_dec)), InvalidArgument);
    CHECK_THROWS_AS((void)check_additivity(v, Money(0.15_dec, Currency::of("USD"))), NotComparable);
    v.at(cat("SJ3")) = Money(7.8_dec, Currency::of("USD"));
    CHECK_THROWS_AS((void)check_additivity(v, yuan(0.15_dec)), CurrencyMismatch);
    CHECK_THROWS_WITH_AS((void)AdditivityCheck<Money>::of(v, yuan(0.15_dec)), doctest::Contains("USD"),
                         CurrencyMismatch);
}

TEST_CASE("a Decimal value on SCA does not break the check of SC") {
    const std::map<Category, Decimal> v{{cat("SC1"), 100.4_dec}, {cat("SC2"), 150.1_dec}, {cat("SC3"), 30.2_dec},
                                        {cat("SC4"), 20.3_dec},  {cat("SC"), 301.0_dec},  {cat("SCA"), 88.8_dec}};
    const auto r = check_additivity(v, 0.0_dec);
    CHECK(r.consistent());
    CHECK(r.value(cat("SCA")) == 88.8_dec);
    const auto s = check_additivity(v, 0.0_dec).sum(CategorySet::parse("SC1 SC2"));
    CHECK(s == 250.5_dec);
}
