// SPDX-License-Identifier: BSL-1.0
#include <svctrade/error.hpp>
#include <svctrade/money/currency.hpp>

#include <doctest/doctest.h>

#include "skip.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

using namespace svctrade;

TEST_CASE("the compiled-in ISO 4217 list has every active code once and in order") {
    // ISO 4217 List One published 2025-03-31: 178 distinct alphabetic codes.
    const auto all = Currency::all();
    CHECK(all.size() == 178);
    CHECK(std::is_sorted(all.begin(), all.end()));
    CHECK(std::adjacent_find(all.begin(), all.end()) == all.end());
    std::set<int> numerics;
    for (const Currency c : all) {
        CAPTURE(c.code());
        CHECK(c.code().size() == 3);
        CHECK(c.numeric() > 0);
        CHECK(c.numeric() < 1000);
        CHECK(!c.name().empty());
        numerics.insert(c.numeric());
        if (c.minor_units()) CHECK(*c.minor_units() <= 4);
    }
    CHECK(numerics.size() == all.size());
    CHECK(Currency::list_published() == "2025-03-31");
}

TEST_CASE("minor units and numeric codes match the published list") {
    CHECK(Currency::of("JPY").minor_units() == 0);
    CHECK(Currency::of("BHD").minor_units() == 3);
    CHECK(Currency::of("CLF").minor_units() == 4);
    CHECK(Currency::of("CNY").minor_units() == 2);
    CHECK(Currency::of("CNY").numeric() == 156);
    CHECK(Currency::of("CNY").name() == "Yuan Renminbi");
    CHECK(Currency::of("USD").numeric() == 840);
    CHECK(Currency::of("EUR").numeric() == 978);
    CHECK(Currency::of("ALL").numeric() == 8);
    CHECK(Currency::of("UYW").minor_units() == 4);
    CHECK(Currency::of("XCG").numeric() == 532);
    CHECK(Currency::of("ZWG").numeric() == 924);
    CHECK_FALSE(Currency::of("XAU").minor_units().has_value());
    CHECK_FALSE(Currency::of("XDR").minor_units().has_value());
    CHECK(Currency::of("CLF").is_fund());
    CHECK(Currency::of("USN").is_fund());
    CHECK_FALSE(Currency::of("USD").is_fund());
    CHECK(Currency::of_numeric(156) == Currency::of("CNY"));
    CHECK(Currency::of_numeric(8) == Currency::of("ALL"));
}

TEST_CASE("withdrawn and unknown codes are errors with suggestions") {
    CHECK_THROWS_AS((void)Currency::of("XYZ"), UnknownCode);
    CHECK_THROWS_AS((void)Currency::of("HRK"), UnknownCode);  // replaced by the euro in 2023
    CHECK_THROWS_AS((void)Currency::of(""), UnknownCode);
    CHECK_THROWS_AS((void)Currency::of_numeric(191), UnknownCode);
    CHECK_FALSE(Currency::find("ZWL").has_value());
    CHECK(Currency::find("ZWG").has_value());
    try {
        (void)Currency::of("usd");
        FAIL("no error");
    } catch (const UnknownCode& e) {
        CHECK(e.code() == "usd");
        CHECK(std::string(e.what()).find("did you mean USD") != std::string::npos);
    }
    try {
        (void)Currency::of("RMB");
        FAIL("no error");
    } catch (const UnknownCode& e) {
        CHECK(std::string(e.what()).find("CNY") != std::string::npos);
    }
    try {
        (void)Currency::of_numeric(8000);
        FAIL("no error");
    } catch (const UnknownCode& e) {
        CHECK(e.code() == "8000");
    }
    std::ostringstream os;
    os << Currency::of("CNY");
    CHECK(os.str() == "CNY");
}

TEST_CASE("the list agrees with Debian iso-codes where both have a code") {
    // Debian's iso-codes package (installed by .ci/run) ships its own ISO 4217 list. The two lists
    // may date from different amendments: a code in only one of them must be one that an
    // amendment around 2023-2026 added or withdrew; every shared code must have the same numeric.
    const char* path = "/usr/share/iso-codes/json/iso_4217.json";
    std::ifstream in(path);
    if (!in) {
        svctrade_test::skip(std::string(path) + " not found (install Debian's iso-codes to run this cross-check)");
        return;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string json = buffer.str();
    std::map<std::string, int> debian;
    for (std::size_t at = json.find("\"alpha_3\""); at != std::string::npos; at = json.find("\"alpha_3\"", at + 1)) {
        const std::size_t open = json.find('"', json.find(':', at) + 1);
        const std::string code = json.substr(open + 1, 3);
        const std::size_t end = json.find('}', at);
        const std::size_t num = json.find("\"numeric\"", at);
        REQUIRE(num < end);
        const std::size_t q = json.find('"', json.find(':', num) + 1);
        debian[code] = std::stoi(json.substr(q + 1, 3));
    }
    REQUIRE(debian.size() > 150);
    const std::set<std::string> amended{"ANG", "CUC", "HRK", "SLL", "ZWL", "XCG", "ZWG", "XAD", "BGN", "VED", "SLE"};
    std::string only_here, only_debian;
    for (const Currency c : Currency::all()) {
        const std::string code(c.code());
        const auto it = debian.find(code);
        if (it == debian.end()) {
            only_here += code + " ";
            CHECK_MESSAGE(amended.count(code) == 1, code << " is missing from iso-codes");
        } else {
            CHECK_MESSAGE(it->second == c.numeric(), code << " numeric differs from iso-codes");
        }
    }
    for (const auto& entry : debian) {
        const std::string& code = entry.first;
        if (!Currency::find(code)) {
            only_debian += code + " ";
            CHECK_MESSAGE(amended.count(code) == 1, code << " is in iso-codes but not in the compiled-in list");
        }
    }
    MESSAGE("cross-checked " << debian.size() << " iso-codes entries; only in svctrade: " << only_here
                             << "; only in iso-codes: " << only_debian);
}
