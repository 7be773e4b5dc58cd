// SPDX-License-Identifier: BSL-1.0
// Property tests of Ratio's 64-bit arithmetic (detail/ratio_terms.hpp) against its 128-bit
// arithmetic, on random terms with fixed seeds (std::mt19937_64's output, which the standard
// fixes): terms just inside and just outside int64, near 2^126 products, with shared factors so
// that the gcds are not all 1, and small ones. Every result must be the same terms, in lowest
// terms by a gcd written here, and Ratio's operators must give them whichever path they take.
#include <svctrade/error.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/detail/ratio_terms.hpp>
#include <svctrade/numbers/ratio.hpp>

#include <doctest/doctest.h>

#include <array>
#include <compare>
#include <cstdint>
#include <random>
#include <string>

using namespace svctrade;
using svctrade::detail::i128;
using svctrade::detail::RatioTerms;
using svctrade::detail::u128;

namespace {

constexpr i128 two63 = static_cast<i128>(1) << 63;

u128 reference_gcd(u128 a, u128 b) {
    while (b != 0) {
        const u128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

u128 magnitude(i128 v) {
    return v < 0 ? static_cast<u128>(-v) : static_cast<u128>(v);
}

bool in_lowest_terms(RatioTerms r) {
    return r.den > 0 && reference_gcd(magnitude(r.num), static_cast<u128>(r.den)) == 1;
}

std::string text(i128 v) {
    u128 m = magnitude(v);
    std::string s;
    do {
        s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(m % 10)));
        m /= 10;
    } while (m != 0);
    return v < 0 ? "-" + s : s;
}

std::string text(RatioTerms r) {
    return r.den == 1 ? text(r.num) : text(r.num) + "/" + text(r.den);
}

Ratio ratio_of(RatioTerms r) {
    return Ratio(Decimal::parse(text(r.num)), Decimal::parse(text(r.den)));
}

// A magnitude from one of several families: near 2^63 on either side, near 2^62 and 2^32, a
// multiple of a shared factor, any 63-bit value, or a small value; never zero.
i128 draw_magnitude(std::mt19937_64& rng, std::uint64_t shared) {
    const std::uint64_t r = rng();
    const auto k = static_cast<i128>(r % 4096);
    switch (rng() % 8) {
        case 0:
            return two63 - 1 - k;  // the largest int64 values
        case 1:
            return two63 + k;  // just beyond int64
        case 2:
            return (static_cast<i128>(1) << 62) + k;
        case 3:
            return (static_cast<i128>(1) << 32) - 2048 + k;
        case 4:
            return static_cast<i128>(shared) * static_cast<i128>(1 + r % (static_cast<std::uint64_t>(1) << 40));
        case 5:
            return 1 + static_cast<i128>(r >> 1);
        case 6:
            return 1 + static_cast<i128>(r >> (rng() % 62));
        default:
            return 1 + k % 100;
    }
}

RatioTerms draw_terms(std::mt19937_64& rng) {
    static constexpr std::array<std::uint64_t, 6> shared{6, 30, 1024, 3 * 5 * 7 * 11 * 13, 999983, 2147483647};
    const std::uint64_t f = shared[rng() % shared.size()];
    i128 n = draw_magnitude(rng, f);
    const i128 d = draw_magnitude(rng, f);
    if (rng() % 2 == 0) n = -n;
    if (rng() % 16 == 0) n = 0;
    if (rng() % 32 == 0) n = -two63;  // the one int64 value whose negation is not one
    const u128 g = reference_gcd(magnitude(n), static_cast<u128>(d));
    return {n / static_cast<i128>(g), d / static_cast<i128>(g)};
}

void check_pair(RatioTerms a, RatioTerms b) {
    CAPTURE(text(a));
    CAPTURE(text(b));
    const bool fit = detail::ratio_terms_fit64(a.num, a.den, b.num, b.den);
    RatioTerms wide_product, wide_sum;
    const bool product_fits = detail::ratio_mul128(a.num, a.den, b.num, b.den, wide_product);
    const bool sum_fits = detail::ratio_add128(a.num, a.den, b.num, b.den, wide_sum);
    if (fit) {
        // The 64-bit forms cannot overflow, and neither can the 128-bit ones on the same terms.
        REQUIRE(product_fits);
        REQUIRE(sum_fits);
        const RatioTerms product = detail::ratio_mul64(a.num, a.den, b.num, b.den);
        const RatioTerms sum = detail::ratio_add64(a.num, a.den, b.num, b.den);
        CHECK(in_lowest_terms(product));
        CHECK(in_lowest_terms(sum));
        CHECK(text(product) == text(wide_product));
        CHECK(text(sum) == text(wide_sum));
    }
    // Ratio's operators, on whichever path they take, give the 128-bit results or throw Overflow.
    const Ratio x = ratio_of(a), y = ratio_of(b);
    if (product_fits) {
        CHECK(in_lowest_terms(wide_product));
        CHECK((x * y).to_string() == text(wide_product));
    } else {
        CHECK_THROWS_AS((void)(x * y), Overflow);
    }
    if (sum_fits) {
        CHECK(in_lowest_terms(wide_sum));
        CHECK((x + y).to_string() == text(wide_sum));
    } else {
        CHECK_THROWS_AS((void)(x + y), Overflow);
    }
    RatioTerms wide_difference;
    if (detail::ratio_add128(a.num, a.den, -b.num, b.den, wide_difference))
        CHECK((x - y).to_string() == text(wide_difference));
    else
        CHECK_THROWS_AS((void)(x - y), Overflow);
    CHECK((x <=> y) == detail::compare_products(a.num, b.den, b.num, a.den));
}

}  // namespace

TEST_CASE("ratio arithmetic in 64 bits gives the 128-bit results on both sides of the boundary") {
    for (const std::uint64_t seed : {1ULL, 20261203ULL, 0x5eed64ULL}) {
        CAPTURE(seed);
        std::mt19937_64 rng(seed);
        int inside = 0;
        for (int i = 0; i < 20000; ++i) {
            const RatioTerms a = draw_terms(rng), b = draw_terms(rng);
            if (detail::ratio_terms_fit64(a.num, a.den, b.num, b.den)) ++inside;
            check_pair(a, b);
        }
        // Both paths are exercised: a good share of the pairs on each side.
        CHECK(inside > 4000);
        CHECK(inside < 16000);
    }
}

TEST_CASE("ratio arithmetic at the edges of int64 and of 2^127") {
    const i128 max64 = two63 - 1;
    const std::array<RatioTerms, 10> edges{{{max64, 1},
                                            {-two63, 1},
                                            {1, max64},
                                            {-1, max64},
                                            {max64, max64 - 1},
                                            {-two63, max64},
                                            {two63, 1},
                                            {1, two63},
                                            {-two63 - 1, max64},
                                            {0, 1}}};
    for (const RatioTerms a : edges)
        for (const RatioTerms b : edges) check_pair(a, b);
    // Products of int64 terms reach 2^126 and still fit; past 2^127 - 1 they overflow.
    const Ratio min64 = ratio_of({-two63, 1}), two64 = ratio_of({two63 * 2, 1});
    CHECK((min64 * min64).to_string() == "85070591730234615865843651857942052864");
    CHECK_THROWS_AS((void)(two64 * min64 * Ratio(Decimal(-1))), Overflow);
    // -2^127 fits two's complement but not Ratio's symmetric range.
    CHECK_THROWS_AS((void)(min64 * min64 * Ratio(Decimal(-1)) - min64 * min64), Overflow);
    CHECK_THROWS_AS((void)(min64 * min64 + min64 * min64), Overflow);
    CHECK((ratio_of({1, max64}) + ratio_of({1, max64 - 1})).to_string() ==
          "18446744073709551613/85070591730234615838173535747377725442");
}
