// SPDX-License-Identifier: BSL-1.0
// Exact interval helpers of the audit. Every function returns the exact image of its inputs,
// with ends open or closed as attained.
#include "audit/exact.hpp"

#include <svctrade/error.hpp>

#include <cstddef>

namespace svctrade::audit_exact {

namespace {
constexpr Ratio one{Decimal(1)};
}

bool all_positive(const Interval& i) noexcept {
    return i.lower().sign() > 0 || (i.lower().is_zero() && i.lower_bound() == Bound::open);
}
bool all_negative(const Interval& i) noexcept {
    return i.upper().sign() < 0 || (i.upper().is_zero() && i.upper_bound() == Bound::open);
}
bool away_from_zero(const Interval& i) noexcept {
    return i.lower().sign() > 0 || i.upper().sign() < 0;
}

Interval plus_one(const Interval& g) {
    return Interval(g.lower() + one, g.lower_bound(), g.upper() + one, g.upper_bound());
}
Interval minus_one(const Interval& f) {
    return Interval(f.lower() - one, f.lower_bound(), f.upper() - one, f.upper_bound());
}
Interval times(const Interval& i, const Ratio& k) {
    return i * Interval::point(k);
}

Interval power(const Interval& i, int n) {
    Ratio lo = one, hi = one;
    for (int k = 0; k < n; ++k) {
        lo = lo * i.lower();
        hi = hi * i.upper();
    }
    return Interval(lo, i.lower_bound(), hi, i.upper_bound());
}

std::optional<Interval> intersection(const Interval& a, const Interval& b) {
    if (!a.intersects(b)) return std::nullopt;
    const bool a_low = a.lower() > b.lower() || (a.lower() == b.lower() && a.lower_bound() == Bound::open);
    const bool a_high = a.upper() < b.upper() || (a.upper() == b.upper() && a.upper_bound() == Bound::open);
    const Interval& lo = a_low ? a : b;
    const Interval& hi = a_high ? a : b;
    return Interval(lo.lower(), lo.lower_bound(), hi.upper(), hi.upper_bound());
}

std::optional<Interval> quotient(const Interval& a, const Interval& b) {
    if (!away_from_zero(b)) return std::nullopt;
    return a / b;
}

std::optional<Interval> vertex_image(std::span<const Interval> inputs,
                                     const std::function<std::optional<Ratio>(std::span<const Ratio>)>& f) {
    const std::size_t n = inputs.size();
    std::vector<Ratio> x(n);
    std::optional<Ratio> lo, hi;
    bool lo_closed = false, hi_closed = false;
    for (std::size_t mask = 0; mask < (std::size_t{1} << n); ++mask) {
        bool closed = true;
        for (std::size_t k = 0; k < n; ++k) {
            const bool upper = (mask >> k) & 1U;
            x[k] = upper ? inputs[k].upper() : inputs[k].lower();
            closed = closed && (upper ? inputs[k].upper_bound() : inputs[k].lower_bound()) == Bound::closed;
        }
        const std::optional<Ratio> v = f(x);
        if (!v) return std::nullopt;
        if (!lo || *v < *lo) {
            lo = *v;
            lo_closed = closed;
        } else if (*v == *lo) {
            lo_closed = lo_closed || closed;
        }
        if (!hi || *v > *hi) {
            hi = *v;
            hi_closed = closed;
        } else if (*v == *hi) {
            hi_closed = hi_closed || closed;
        }
    }
    return Interval(*lo, lo_closed ? Bound::closed : Bound::open, *hi, hi_closed ? Bound::closed : Bound::open);
}

int vertex_sign(std::span<const Interval> inputs, const std::function<Ratio(std::span<const Ratio>)>& f) {
    const std::size_t n = inputs.size();
    std::vector<Ratio> x(n);
    int sign = 2;
    for (std::size_t mask = 0; mask < (std::size_t{1} << n); ++mask) {
        for (std::size_t k = 0; k < n; ++k) x[k] = ((mask >> k) & 1U) ? inputs[k].upper() : inputs[k].lower();
        const int s = f(x).sign();
        if (s == 0) return 0;
        if (sign == 2) sign = s;
        if (s != sign) return 0;
    }
    return sign;
}

}  // namespace svctrade::audit_exact
