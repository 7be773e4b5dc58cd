// SPDX-License-Identifier: BSL-1.0
// Implementation detail of svctrade's exact arithmetic: 128-bit integers with checked operations,
// powers of ten and integer division with a rounding mode. Not part of the API.
#pragma once

#include <compare>
#include <cstdint>
#include <limits>

#include <svctrade/numbers/rounding.hpp>

namespace svctrade::detail {

__extension__ using i128 = __int128;
__extension__ using u128 = unsigned __int128;

/// Largest coefficient magnitude; the range is kept symmetric so that negation never overflows.
inline constexpr i128 i128_max = std::numeric_limits<i128>::max();
inline constexpr i128 i128_min = std::numeric_limits<i128>::min();
/// 10^38 < 2^127 - 1 < 10^39.
inline constexpr int max_pow10 = 38;

constexpr i128 pow10(int n) noexcept {
    i128 r = 1;
    for (int i = 0; i < n; ++i) r *= 10;
    return r;
}

// Each returns true when the result fits in the symmetric range (never the minimum value).
constexpr bool checked_add(i128 a, i128 b, i128& out) noexcept {
    return !__builtin_add_overflow(a, b, &out) && out != i128_min;
}
constexpr bool checked_sub(i128 a, i128 b, i128& out) noexcept {
    return !__builtin_sub_overflow(a, b, &out) && out != i128_min;
}
constexpr bool checked_mul(i128 a, i128 b, i128& out) noexcept {
    return !__builtin_mul_overflow(a, b, &out) && out != i128_min;
}
/// a * 10^n.
constexpr bool checked_scale_up(i128 a, int n, i128& out) noexcept {
    if (a == 0) {
        out = 0;
        return true;
    }
    if (n > max_pow10) return false;
    return checked_mul(a, pow10(n), out);
}

constexpr i128 abs128(i128 v) noexcept {
    return v < 0 ? -v : v;
}

/// Number of decimal digits of |v| (1 for zero).
constexpr int digit_count(i128 v) noexcept {
    u128 u = static_cast<u128>(abs128(v));
    int n = 1;
    while (u >= 10) {
        u /= 10;
        ++n;
    }
    return n;
}

constexpr i128 gcd128(i128 a, i128 b) noexcept {
    a = abs128(a);
    b = abs128(b);
    constexpr i128 u64_max = std::numeric_limits<std::uint64_t>::max();
    while (b != 0) {
        if (a >= 0 && a <= u64_max && b > 0 && b <= u64_max) {
            // Both fit 64 bits (most exact fractions do): finish with the machine's 64-bit
            // remainder, the same gcd at a fraction of the cost of libgcc's 128-bit division.
            auto x = static_cast<std::uint64_t>(a);
            auto y = static_cast<std::uint64_t>(b);
            while (y != 0) {
                const std::uint64_t t = x % y;
                x = y;
                y = t;
            }
            return static_cast<i128>(x);
        }
        const i128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/// n / d rounded to an integer by `mode`; d != 0. The result always fits: |n / d| <= |n|, and
/// when |d| == 1 there is no remainder to round.
constexpr i128 round_quotient(i128 n, i128 d, RoundingMode mode) noexcept {
    // Callers guarantee d != 0 (the analyzer cannot see across them).
    const i128 q = n / d;  // NOLINT(clang-analyzer-core.DivideZero)
    const i128 r = n % d;
    if (r == 0) return q;
    const bool negative = (n < 0) != (d < 0);
    const i128 away = negative ? q - 1 : q + 1;
    const i128 ar = abs128(r);
    const i128 rest = abs128(d) - ar;  // distance to the next multiple, compared without overflow
    switch (mode) {
        case RoundingMode::toward_zero:
            return q;
        case RoundingMode::away_from_zero:
            return away;
        case RoundingMode::floor:
            return negative ? away : q;
        case RoundingMode::ceiling:
            return negative ? q : away;
        case RoundingMode::half_up:
            return ar >= rest ? away : q;
        case RoundingMode::half_even:
            if (ar != rest) return ar > rest ? away : q;
            return (q % 2 == 0) ? q : away;
        case RoundingMode::half_ceiling:
            if (ar != rest) return ar > rest ? away : q;
            return negative ? q : away;
    }
    return q;
}

/// Three-way comparison of a*b with c*d, exact for any operands (256-bit products).
constexpr std::strong_ordering compare_products(i128 a, i128 b, i128 c, i128 d) noexcept {
    struct U256 {
        u128 hi, lo;
    };
    auto mul = [](u128 x, u128 y) {
        const u128 mask = (static_cast<u128>(1) << 64) - 1;
        const u128 x0 = x & mask, x1 = x >> 64, y0 = y & mask, y1 = y >> 64;
        const u128 p00 = x0 * y0, p01 = x0 * y1, p10 = x1 * y0, p11 = x1 * y1;
        const u128 mid = (p00 >> 64) + (p01 & mask) + (p10 & mask);
        return U256{p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64), (mid << 64) | (p00 & mask)};
    };
    const int s1 = (a == 0 || b == 0) ? 0 : (((a < 0) != (b < 0)) ? -1 : 1);
    const int s2 = (c == 0 || d == 0) ? 0 : (((c < 0) != (d < 0)) ? -1 : 1);
    if (s1 != s2) return s1 <=> s2;
    if (s1 == 0) return std::strong_ordering::equal;
    const U256 p = mul(static_cast<u128>(abs128(a)), static_cast<u128>(abs128(b)));
    const U256 q = mul(static_cast<u128>(abs128(c)), static_cast<u128>(abs128(d)));
    std::strong_ordering m = p.hi != q.hi ? p.hi <=> q.hi : p.lo <=> q.lo;
    if (s1 < 0) m = 0 <=> m;
    return m;
}

}  // namespace svctrade::detail
