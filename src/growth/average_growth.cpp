// SPDX-License-Identifier: BSL-1.0
// Correctly rounded n-th roots of an exact ratio N/D, for average growth rates.
//
// The digits are decided by exact integer comparisons: k = floor(10^q · (N/D)^(1/n)) is the
// largest k with k^n · D ≤ N · 10^(q·n), and the tie test for the half-way modes compares
// (2k+1)^n · D with N · 10^(q·n) · 2^n. These products have hundreds of digits for long spans,
// so they use a small unsigned big integer (growth/big_unsigned.hpp); a long double estimate only
// chooses where the exact search starts.
#include <svctrade/growth/average_growth.hpp>

#include <svctrade/error.hpp>

#include "growth/big_unsigned.hpp"

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace svctrade {

namespace {

using Big = detail::BigUnsigned;

__extension__ using u128 = unsigned __int128;
__extension__ using i128 = __int128;

// floor(10^q · (N/D)^(1/n)) with a flag for exactness and the comparison of the remainder
// with one half (−1 below, 0 at, +1 above).
struct Root {
    u128 floor;
    bool exact;
    int half;
};

Root root_digits(const Ratio& factor, int n, int q) {
    const Big N = Big::of(factor.numerator());
    const Big D = Big::of(factor.denominator());
    Big target = N;
    for (int i = 0; i < q * n; ++i) target.mul_add(10, 0);
    auto fits = [&](u128 k) { return compare(Big(k).pow(n) * D, target) <= 0; };

    const long double estimate =
        std::pow(static_cast<long double>(factor.to_double()), 1.0L / static_cast<long double>(n)) *
        std::pow(10.0L, static_cast<long double>(q));
    if (!(estimate < 1e36L)) {
        throw Overflow("the average growth of a factor of " + factor.to_string() + " over " + std::to_string(n) +
                       " periods is too large to round at " + std::to_string(q - 2) + " places");
    }
    // Bracket the answer around the estimate (lo fits, hi does not), then bisect exactly.
    const auto e = static_cast<u128>(estimate);
    u128 step = e / 1000000000000ULL + 2;
    u128 lo = e > step ? e - step : 0;
    while (lo > 0 && !fits(lo)) {
        step *= 2;
        lo = lo > step ? lo - step : 0;
    }
    step = e / 1000000000000ULL + 2;
    u128 hi = e + step;
    while (fits(hi)) {
        step *= 2;
        hi += step;
    }
    while (hi - lo > 1) {
        const u128 mid = lo + (hi - lo) / 2;
        (fits(mid) ? lo : hi) = mid;
    }
    const Big lhs = Big(lo).pow(n) * D;
    const bool exact = compare(lhs, target) == 0;
    Big twice_target = target;
    for (int i = 0; i < n; ++i) twice_target.mul_add(2, 0);
    const int half = -compare(Big(2 * lo + 1).pow(n) * D, twice_target);
    return {lo, exact, half};
}

i128 apply(i128 v, bool exact, int half, RoundingMode mode) {
    // v = floor of the scaled value; the remainder lies in [0, 1), zero when exact.
    if (exact) return v;
    const bool negative = v < 0;  // the value is negative iff its floor is
    switch (mode) {
        case RoundingMode::floor:
            return v;
        case RoundingMode::ceiling:
            return v + 1;
        case RoundingMode::toward_zero:
            return negative ? v + 1 : v;
        case RoundingMode::away_from_zero:
            return negative ? v : v + 1;
        case RoundingMode::half_up:
            if (half != 0) return half < 0 ? v : v + 1;
            return negative ? v : v + 1;
        case RoundingMode::half_even:
            if (half != 0) return half < 0 ? v : v + 1;
            return (v % 2 == 0) ? v : v + 1;
        case RoundingMode::half_ceiling:
            // v is the floor, so a tie toward +inf is always v + 1.
            if (half != 0) return half < 0 ? v : v + 1;
            return v + 1;
    }
    throw InvalidArgument("unknown rounding mode " + std::to_string(static_cast<int>(mode)));
}

// The decimal text of v × 10^−places, built with push_back only (GCC 12 at -O3 reports false
// -Wrestrict warnings on std::string insert and operator+).
std::string scaled_text(i128 v, int places) {
    const bool negative = v < 0;
    auto u = static_cast<u128>(negative ? -v : v);
    char reversed[48];
    std::size_t n = 0;
    do {
        reversed[n++] = static_cast<char>('0' + static_cast<int>(u % 10));
        u /= 10;
    } while (u != 0);
    const auto p = static_cast<std::size_t>(places);
    while (n <= p) reversed[n++] = '0';  // at least one digit before the point
    std::string text;
    if (negative) text.push_back('-');
    for (std::size_t i = n; i-- > 0;) {
        text.push_back(reversed[i]);
        if (i == p && p > 0) text.push_back('.');
    }
    return text;
}

}  // namespace

AverageGrowth::AverageGrowth(Ratio factor, int periods) : factor_(factor), periods_(periods) {
    if (factor.sign() < 0) {
        throw InvalidArgument("an average growth needs a factor of at least 0, not " + factor.to_string());
    }
    if (periods < 1 || periods > max_periods) {
        throw InvalidArgument("an average growth spans 1 to " + std::to_string(max_periods) + " periods, not " +
                              std::to_string(periods));
    }
}

Decimal AverageGrowth::round(int places, RoundingMode mode) const {
    if (places < 0 || places > max_places) {
        throw InvalidArgument("an average growth rounds to 0 to " + std::to_string(max_places) + " places, not " +
                              std::to_string(places));
    }
    const int q = places + 2;  // digits of the fraction: percent × 10^places
    const Root r = root_digits(factor_, periods_, q);
    i128 one = 1;
    for (int i = 0; i < q; ++i) one *= 10;
    const i128 v = apply(static_cast<i128>(r.floor) - one, r.exact, r.half, mode);
    return Decimal::parse(scaled_text(v, places));
}

GrowthRate AverageGrowth::rate(int places, RoundingMode mode) const {
    return GrowthRate::from_percent(round(places, mode));
}

std::string AverageGrowth::to_string(int places, RoundingMode mode) const {
    return rate(places, mode).to_string(places, mode);
}

double AverageGrowth::to_double() const {
    return static_cast<double>(
        std::pow(static_cast<long double>(factor_.to_double()), 1.0L / static_cast<long double>(periods_)) - 1.0L);
}

}  // namespace svctrade
