// SPDX-License-Identifier: BSL-1.0
// An n-th root is irrational in general, so it is never stored: a verdict compares powers of
// rationals ((1 + a)^n against F) exactly, and printing finds the largest r with
// r^n ≤ F · 10^(K·n) bit by bit, which bounds the root to K decimal places from below (and r + 1
// from above). The integers outgrow 128 bits quickly (K = 33, n = 5 needs 550 bits), hence the
// small big integer below.
#include "audit/root.hpp"

#include <svctrade/audit/audit.hpp>
#include <svctrade/error.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace svctrade {

namespace {

// An unsigned integer of any size, little-endian in 32-bit limbs, never with a zero top limb.
class BigUint {
public:
    BigUint() = default;
    explicit BigUint(std::uint64_t v) {
        while (v != 0) {
            limbs_.push_back(static_cast<std::uint32_t>(v));
            v >>= 32;
        }
    }
    // From decimal digits (an integer's to_string(), without a sign).
    static BigUint from_digits(std::string_view digits) {
        BigUint r;
        for (const char c : digits) r = r.times_small(10).plus_small(static_cast<std::uint32_t>(c - '0'));
        return r;
    }
    static BigUint pow10(int k) {
        BigUint r(1);
        for (int i = 0; i < k; ++i) r = r.times_small(10);
        return r;
    }

    [[nodiscard]] bool is_zero() const noexcept { return limbs_.empty(); }

    [[nodiscard]] BigUint times_small(std::uint32_t m) const {
        BigUint r;
        std::uint64_t carry = 0;
        for (const std::uint32_t l : limbs_) {
            const std::uint64_t v = std::uint64_t{l} * m + carry;
            r.limbs_.push_back(static_cast<std::uint32_t>(v));
            carry = v >> 32;
        }
        if (carry != 0) r.limbs_.push_back(static_cast<std::uint32_t>(carry));
        r.trim();
        return r;
    }
    [[nodiscard]] BigUint plus_small(std::uint32_t a) const {
        BigUint r = *this;
        std::uint64_t carry = a;
        for (std::size_t i = 0; carry != 0; ++i) {
            if (i == r.limbs_.size()) r.limbs_.push_back(0);
            const std::uint64_t v = std::uint64_t{r.limbs_[i]} + carry;
            r.limbs_[i] = static_cast<std::uint32_t>(v);
            carry = v >> 32;
        }
        return r;
    }
    friend BigUint operator*(const BigUint& a, const BigUint& b) {
        BigUint r;
        if (a.is_zero() || b.is_zero()) return r;
        r.limbs_.assign(a.limbs_.size() + b.limbs_.size(), 0);
        for (std::size_t i = 0; i < a.limbs_.size(); ++i) {
            std::uint64_t carry = 0;
            for (std::size_t j = 0; j < b.limbs_.size(); ++j) {
                const std::uint64_t v = std::uint64_t{a.limbs_[i]} * b.limbs_[j] + r.limbs_[i + j] + carry;
                r.limbs_[i + j] = static_cast<std::uint32_t>(v);
                carry = v >> 32;
            }
            r.limbs_[i + b.limbs_.size()] = static_cast<std::uint32_t>(carry);
        }
        r.trim();
        return r;
    }
    [[nodiscard]] BigUint pow(int n) const {
        BigUint r(1);
        for (int i = 0; i < n; ++i) r = r * *this;
        return r;
    }
    friend int compare(const BigUint& a, const BigUint& b) noexcept {
        if (a.limbs_.size() != b.limbs_.size()) return a.limbs_.size() < b.limbs_.size() ? -1 : 1;
        for (std::size_t i = a.limbs_.size(); i-- > 0;) {
            if (a.limbs_[i] != b.limbs_[i]) return a.limbs_[i] < b.limbs_[i] ? -1 : 1;
        }
        return 0;
    }
    [[nodiscard]] std::size_t bits() const noexcept {
        if (limbs_.empty()) return 0;
        std::size_t b = 32 * (limbs_.size() - 1);
        for (std::uint32_t top = limbs_.back(); top != 0; top >>= 1) ++b;
        return b;
    }
    void set_bit(std::size_t bit) {
        const std::size_t limb = bit / 32;
        if (limbs_.size() <= limb) limbs_.resize(limb + 1, 0);
        limbs_[limb] |= std::uint32_t{1} << (bit % 32);
    }
    void clear_bit(std::size_t bit) {
        limbs_[bit / 32] &= ~(std::uint32_t{1} << (bit % 32));
        trim();
    }
    // a − b for a ≥ b.
    friend BigUint operator-(const BigUint& a, const BigUint& b) {
        BigUint r = a;
        std::int64_t borrow = 0;
        for (std::size_t i = 0; i < r.limbs_.size(); ++i) {
            std::int64_t v = std::int64_t{r.limbs_[i]} - borrow - (i < b.limbs_.size() ? std::int64_t{b.limbs_[i]} : 0);
            borrow = v < 0 ? 1 : 0;
            if (v < 0) v += std::int64_t{1} << 32;
            r.limbs_[i] = static_cast<std::uint32_t>(v);
        }
        r.trim();
        return r;
    }
    // The quotient and remainder of a division by a small divisor.
    [[nodiscard]] std::pair<BigUint, std::uint32_t> divmod_small(std::uint32_t d) const {
        BigUint q = *this;
        std::uint64_t rem = 0;
        for (std::size_t i = q.limbs_.size(); i-- > 0;) {
            const std::uint64_t cur = (rem << 32) | q.limbs_[i];
            q.limbs_[i] = static_cast<std::uint32_t>(cur / d);
            rem = cur % d;
        }
        q.trim();
        return {q, static_cast<std::uint32_t>(rem)};
    }
    [[nodiscard]] std::string to_digits() const {
        if (is_zero()) return "0";
        std::string out;
        BigUint v = *this;
        while (!v.is_zero()) {
            std::uint64_t rem = 0;
            for (std::size_t i = v.limbs_.size(); i-- > 0;) {
                const std::uint64_t cur = (rem << 32) | v.limbs_[i];
                v.limbs_[i] = static_cast<std::uint32_t>(cur / 10);
                rem = cur % 10;
            }
            v.trim();
            out += static_cast<char>('0' + rem);
        }
        std::reverse(out.begin(), out.end());
        return out;
    }

private:
    void trim() {
        while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
    }
    std::vector<std::uint32_t> limbs_;
};

struct Fraction {
    BigUint num;
    BigUint den;
};

// A positive Ratio as two big integers.
Fraction fraction_of(const Ratio& r) {
    std::string n = r.numerator().to_string();
    if (!n.empty() && n.front() == '-') n.erase(0, 1);
    return Fraction{BigUint::from_digits(n), BigUint::from_digits(r.denominator().to_string())};
}

// The largest r with r^n · den ≤ num · 10^(k·n): floor(x^(1/n) · 10^k) for x = num/den; and
// whether the root is exactly r / 10^k.
std::pair<BigUint, bool> root_floor(const Fraction& x, int n, int k) {
    const BigUint target = x.num * BigUint::pow10(k * n);
    // r^n ≤ target / den, so r < 2^(bits(target) / n + 1).
    const std::size_t top = target.bits() / static_cast<std::size_t>(n) + 1;
    BigUint r;
    for (std::size_t b = top + 1; b-- > 0;) {
        r.set_bit(b);
        if (compare(r.pow(n) * x.den, target) > 0) r.clear_bit(b);
    }
    return {r, compare(r.pow(n) * x.den, target) == 0};
}

// ⌊a / 10^k⌋ (or ⌈a / 10^k⌉ when `up`), for a ≥ 0.
BigUint shift_down(BigUint a, int k, bool up) {
    bool remainder = false;
    for (int i = 0; i < k; ++i) {
        auto [q, r] = a.divmod_small(10);
        remainder = remainder || r != 0;
        a = std::move(q);
    }
    return up && remainder ? a.plus_small(1) : a;
}

// The digits of a ≥ 0 as a decimal with `places` places, signed.
std::string decimal_text(const BigUint& a, bool negative, int places) {
    std::string digits = a.to_digits();
    if (places > 0) {
        const auto p = static_cast<std::size_t>(places);
        if (digits.size() <= p) digits.insert(0, p + 1 - digits.size(), '0');
        digits.insert(digits.size() - p, ".");
    }
    return (negative && !a.is_zero() ? "-" : "") + digits;
}

// The end of an enclosure of x^(1/n) − 1, rounded outward (down for the lower end, up for the
// upper) to `digits` significant digits.
std::string enclosure_end(const Ratio& factor, int n, int digits, bool upper) {
    const Fraction x = fraction_of(factor);
    for (int k = digits + 2;; k += digits) {
        auto [r, exact] = root_floor(x, n, k);
        // The root lies in [r, r + 1] / 10^k; the growth in [r − 10^k, r + 1 − 10^k] / 10^k.
        if (upper && !exact) r = r.plus_small(1);
        const BigUint scale = BigUint::pow10(k);
        const bool negative = compare(r, scale) < 0;
        const BigUint m = negative ? scale - r : r - scale;  // |growth| · 10^k
        if (m.is_zero()) return "0";
        const int have = static_cast<int>(m.to_digits().size());
        if (have < digits && k < 400) continue;  // too few digits yet: more places
        // Keep `digits` significant digits: drop have − digits places, outward.
        const int drop = have > digits ? have - digits : 0;
        // Outward is away from the other end: down for the lower end (away from zero when
        // negative), up for the upper end (toward zero when negative).
        const bool away = upper != negative;
        return decimal_text(shift_down(m, drop, away), negative, k - drop);
    }
}

}  // namespace

namespace audit_root {

std::pair<std::string, std::string> enclosure_ends(const Interval& factor, int n, int digits) {
    return {enclosure_end(factor.lower(), n, digits, false), enclosure_end(factor.upper(), n, digits, true)};
}

int compare_power(const Ratio& x, int n, const Ratio& y) {
    const Fraction a = fraction_of(x), b = fraction_of(y);
    return compare(a.num.pow(n) * b.den, b.num * a.den.pow(n));
}

Verdict compare_average(const Interval& factor, int n, const Interval& average) {
    const Ratio one{Decimal(1)};
    const Ratio a_lo = average.lower() + one, a_hi = average.upper() + one;
    if (a_lo.sign() <= 0 || factor.lower().sign() <= 0) return Verdict::inconsistent;
    // The two sets meet when each one's lower end lies below the other's upper end.
    const int lo_vs_hi = -compare_power(a_hi, n, factor.lower());  // factor.lower vs a_hi^n
    const int hi_vs_lo = compare_power(a_lo, n, factor.upper());   // a_lo^n vs factor.upper
    const bool meet_low = lo_vs_hi < 0 || (lo_vs_hi == 0 && factor.lower_bound() == Bound::closed &&
                                           average.upper_bound() == Bound::closed);
    const bool meet_high = hi_vs_lo < 0 || (hi_vs_lo == 0 && average.lower_bound() == Bound::closed &&
                                            factor.upper_bound() == Bound::closed);
    if (meet_low && meet_high) return Verdict::consistent;
    if (lo_vs_hi <= 0 && hi_vs_lo <= 0) return Verdict::boundary;
    return Verdict::inconsistent;
}

}  // namespace audit_root

std::string root_enclosure(const Interval& factor, int n, int digits) {
    if (factor.lower().sign() <= 0) {
        throw InvalidArgument("an average growth needs a positive growth factor, got " + factor.to_exact_string());
    }
    if (n < 1) throw InvalidArgument("an average growth spans at least one year, got " + std::to_string(n));
    if (digits < 1 || digits > 60) {
        throw InvalidArgument("an enclosure has 1 to 60 significant digits, got " + std::to_string(digits));
    }
    return std::string(factor.lower_bound() == Bound::closed ? "[" : "(") +
           enclosure_end(factor.lower(), n, digits, false) + ", " + enclosure_end(factor.upper(), n, digits, true) +
           (factor.upper_bound() == Bound::closed ? "]" : ")");
}

}  // namespace svctrade
