// SPDX-License-Identifier: BSL-1.0
// Implementation detail of svctrade::Ratio: the arithmetic of its terms (numerator, denominator
// in lowest terms, denominator > 0), in two forms with the same results. The 128-bit form
// works for any terms and reports overflow; the 64-bit form, for terms that all fit int64, does
// its gcds and divisions with the machine's 64-bit instructions and only the final products in
// 128 bits, where they always fit. Not part of the API.
#pragma once

#include <cstdint>
#include <limits>

#include <svctrade/numbers/detail/int128.hpp>

namespace svctrade::detail {

/// A ratio's terms: num/den with den > 0 and gcd(num, den) = 1.
struct RatioTerms {
    i128 num = 0;
    i128 den = 1;
};

constexpr bool fits_int64(i128 v) noexcept {
    return v >= std::numeric_limits<std::int64_t>::min() && v <= std::numeric_limits<std::int64_t>::max();
}

/// Whether all four terms fit int64 (the 64-bit forms' precondition).
constexpr bool ratio_terms_fit64(i128 an, i128 ad, i128 bn, i128 bd) noexcept {
    return fits_int64(an) && fits_int64(ad) && fits_int64(bn) && fits_int64(bd);
}

constexpr std::uint64_t gcd64(std::uint64_t a, std::uint64_t b) noexcept {
    while (b != 0) {
        const std::uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/// gcd(a, b) for b >= 1, so at least 1: the divisor of a reduction. Saying so once, here, is what
/// lets a reader and the static analyzer see that no division by it divides by zero.
constexpr std::uint64_t divisor_gcd64(std::uint64_t a, std::uint64_t b) noexcept {
    const std::uint64_t g = gcd64(a, b);
    if (g == 0) __builtin_unreachable();  // b >= 1 gives g >= 1
    return g;
}

/// gcd(a, b) for b != 0, so at least 1 (as divisor_gcd64).
constexpr i128 divisor_gcd128(i128 a, i128 b) noexcept {
    const i128 g = gcd128(a, b);
    if (g <= 0) __builtin_unreachable();  // b != 0 gives g >= 1
    return g;
}

constexpr std::uint64_t magnitude64(i128 v) noexcept {
    return static_cast<std::uint64_t>(abs128(v));
}

/// n/d in lowest terms with a positive denominator; d != 0, and neither is the minimum value.
constexpr RatioTerms lowest_terms(i128 n, i128 d) noexcept {
    if (d < 0) {
        n = -n;
        d = -d;
    }
    const i128 g = divisor_gcd128(n, d);
    constexpr i128 u64_max = std::numeric_limits<std::uint64_t>::max();
    if (g == 1) return {n, d};
    if (abs128(n) <= u64_max && d <= u64_max) {
        const auto g64 = static_cast<std::uint64_t>(g);
        const i128 q = static_cast<i128>(magnitude64(n) / g64);
        return {n < 0 ? -q : q, static_cast<i128>(static_cast<std::uint64_t>(d) / g64)};
    }
    return {n / g, d / g};
}

/// a × b for any terms; false when a term of the result does not fit.
constexpr bool ratio_mul128(i128 an, i128 ad, i128 bn, i128 bd, RatioTerms& out) noexcept {
    // Cross-reduce first so that intermediate products stay as small as possible.
    const i128 g1 = gcd128(an, bd), g2 = gcd128(bn, ad);
    i128 n = 0, d = 0;
    if (!checked_mul(g1 == 0 ? 0 : an / g1, g2 == 0 ? 0 : bn / g2, n) ||
        !checked_mul(ad / (g2 == 0 ? 1 : g2), bd / (g1 == 0 ? 1 : g1), d))
        return false;
    out = lowest_terms(n, d);
    return true;
}

/// a × b for terms that all fit int64 (ratio_terms_fit64): the same result as ratio_mul128,
/// which cannot overflow here. Cross-reduced terms of lowest-term operands give a product already
/// in lowest terms, so no gcd of the 128-bit products is needed.
constexpr RatioTerms ratio_mul64(i128 an, i128 ad, i128 bn, i128 bd) noexcept {
    const std::uint64_t ma = magnitude64(an), mb = magnitude64(bn);
    const auto da = static_cast<std::uint64_t>(ad), db = static_cast<std::uint64_t>(bd);
    const std::uint64_t g1 = divisor_gcd64(ma, db), g2 = divisor_gcd64(mb, da);
    const i128 m = static_cast<i128>(static_cast<u128>(ma / g1) * (mb / g2));  // <= 2^126
    const i128 d = static_cast<i128>(static_cast<u128>(da / g2) * (db / g1));
    return {(an < 0) != (bn < 0) ? -m : m, d};
}

/// a + b for any terms; false when a term of the result does not fit.
constexpr bool ratio_add128(i128 an, i128 ad, i128 bn, i128 bd, RatioTerms& out) noexcept {
    const i128 g = divisor_gcd128(ad, bd);
    i128 x = 0, y = 0, n = 0, d = 0;
    if (!checked_mul(an, bd / g, x) || !checked_mul(bn, ad / g, y) || !checked_add(x, y, n) ||
        !checked_mul(ad / g, bd, d))
        return false;
    out = lowest_terms(n, d);
    return true;
}

/// a + b for terms that all fit int64 (ratio_terms_fit64): the same result as ratio_add128,
/// which cannot overflow here. With g = gcd(ad, bd) and t = an·(bd/g) + bn·(ad/g), t shares no
/// factor with ad/g or bd/g, so the sum's gcd is gcd(t, g): one small gcd instead of one of
/// two 128-bit terms.
constexpr RatioTerms ratio_add64(i128 an, i128 ad, i128 bn, i128 bd) noexcept {
    const auto ua = static_cast<std::uint64_t>(ad), ub = static_cast<std::uint64_t>(bd);
    const std::uint64_t g = divisor_gcd64(ua, ub);
    const std::uint64_t xa = ua / g, xb = ub / g;
    // |an|, |bn| <= 2^63 and xa, xb < 2^63: each product is below 2^126, their sum below 2^127.
    const i128 t = an * static_cast<i128>(xb) + bn * static_cast<i128>(xa);
    if (g == 1) return {t, static_cast<i128>(static_cast<u128>(xa) * ub)};
    const u128 mt = static_cast<u128>(abs128(t));
    constexpr u128 u64_max = std::numeric_limits<std::uint64_t>::max();
    const std::uint64_t r = mt <= u64_max ? static_cast<std::uint64_t>(mt) % g : static_cast<std::uint64_t>(mt % g);
    const std::uint64_t g2 = divisor_gcd64(r, g);  // g when t is 0
    const i128 d = static_cast<i128>(static_cast<u128>(xa) * (ub / g2));
    if (g2 == 1) return {t, d};
    const i128 q = mt <= u64_max ? static_cast<i128>(static_cast<std::uint64_t>(mt) / g2) : static_cast<i128>(mt / g2);
    return {t < 0 ? -q : q, d};
}

}  // namespace svctrade::detail
