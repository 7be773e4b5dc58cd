// SPDX-License-Identifier: BSL-1.0
// A small unsigned big integer (base 2^32 limbs) for the exact n-th roots of average growth:
// the comparisons k^n · D against N · 10^(q·n) have hundreds of digits for long spans or many
// places. Schoolbook multiplication; enough for the sizes of average growth (n ≤ 100, a few
// hundred digits). Private to the growth module.
#pragma once

#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/detail/int128.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace svctrade::detail {

class BigUnsigned {
public:
    BigUnsigned() = default;
    explicit BigUnsigned(u128 v) {
        while (v != 0) {
            limbs_.push_back(static_cast<std::uint32_t>(v));
            v >>= 32U;
        }
    }
    // The magnitude of an integer-valued Decimal (a Ratio's numerator or denominator).
    static BigUnsigned of(const Decimal& integer) {
        std::string s = integer.to_string();
        BigUnsigned b;
        for (char ch : s)
            if (ch >= '0' && ch <= '9') b.mul_add(10, static_cast<std::uint32_t>(ch - '0'));
        return b;
    }
    static BigUnsigned power_of_ten(int p) {
        BigUnsigned b(1);
        for (int i = 0; i < p; ++i) b.mul_add(10, 0);
        return b;
    }

    [[nodiscard]] bool is_zero() const noexcept { return limbs_.empty(); }
    [[nodiscard]] std::size_t bit_length() const noexcept {
        if (limbs_.empty()) return 0;
        std::size_t bits = 32 * (limbs_.size() - 1);
        for (std::uint32_t top = limbs_.back(); top != 0; top >>= 1U) ++bits;
        return bits;
    }
    void set_bit(std::size_t bit) {
        const std::size_t limb = bit / 32;
        if (limbs_.size() <= limb) limbs_.resize(limb + 1, 0);
        limbs_[limb] |= (std::uint32_t{1} << (bit % 32));
    }

    void mul_add(std::uint32_t m, std::uint32_t add) {
        std::uint64_t carry = add;
        for (auto& limb : limbs_) {
            const std::uint64_t x = static_cast<std::uint64_t>(limb) * m + carry;
            limb = static_cast<std::uint32_t>(x);
            carry = x >> 32U;
        }
        if (carry != 0) limbs_.push_back(static_cast<std::uint32_t>(carry));
        trim();
    }
    friend BigUnsigned operator*(const BigUnsigned& a, const BigUnsigned& b) {
        BigUnsigned r;
        if (a.limbs_.empty() || b.limbs_.empty()) return r;
        r.limbs_.assign(a.limbs_.size() + b.limbs_.size(), 0);
        for (std::size_t i = 0; i < a.limbs_.size(); ++i) {
            std::uint64_t carry = 0;
            for (std::size_t j = 0; j < b.limbs_.size(); ++j) {
                const std::uint64_t x = static_cast<std::uint64_t>(a.limbs_[i]) * b.limbs_[j] + r.limbs_[i + j] + carry;
                r.limbs_[i + j] = static_cast<std::uint32_t>(x);
                carry = x >> 32U;
            }
            r.limbs_[i + b.limbs_.size()] = static_cast<std::uint32_t>(carry);
        }
        r.trim();
        return r;
    }
    friend BigUnsigned operator+(const BigUnsigned& a, const BigUnsigned& b) {
        BigUnsigned r;
        r.limbs_.assign(std::max(a.limbs_.size(), b.limbs_.size()) + 1, 0);
        std::uint64_t carry = 0;
        for (std::size_t i = 0; i + 1 < r.limbs_.size(); ++i) {
            const std::uint64_t x =
                carry + (i < a.limbs_.size() ? a.limbs_[i] : 0U) + (i < b.limbs_.size() ? b.limbs_[i] : 0U);
            r.limbs_[i] = static_cast<std::uint32_t>(x);
            carry = x >> 32U;
        }
        r.limbs_.back() = static_cast<std::uint32_t>(carry);
        r.trim();
        return r;
    }
    // a − b for a ≥ b.
    friend BigUnsigned operator-(const BigUnsigned& a, const BigUnsigned& b) {
        BigUnsigned r = a;
        std::int64_t borrow = 0;
        for (std::size_t i = 0; i < r.limbs_.size(); ++i) {
            std::int64_t x = static_cast<std::int64_t>(r.limbs_[i]) - borrow -
                             static_cast<std::int64_t>(i < b.limbs_.size() ? b.limbs_[i] : 0U);
            borrow = x < 0 ? 1 : 0;
            if (x < 0) x += std::int64_t{1} << 32;
            r.limbs_[i] = static_cast<std::uint32_t>(x);
        }
        r.trim();
        return r;
    }
    [[nodiscard]] BigUnsigned pow(int n) const {
        BigUnsigned result(1);
        BigUnsigned base = *this;
        for (auto e = static_cast<unsigned>(n); e != 0; e >>= 1U) {
            if ((e & 1U) != 0) result = result * base;
            if (e > 1) base = base * base;
        }
        return result;
    }
    friend int compare(const BigUnsigned& a, const BigUnsigned& b) noexcept {
        if (a.limbs_.size() != b.limbs_.size()) return a.limbs_.size() < b.limbs_.size() ? -1 : 1;
        for (std::size_t i = a.limbs_.size(); i-- > 0;) {
            if (a.limbs_[i] != b.limbs_[i]) return a.limbs_[i] < b.limbs_[i] ? -1 : 1;
        }
        return 0;
    }
    [[nodiscard]] BigUnsigned shifted_left(std::size_t bits) const {
        if (limbs_.empty()) return *this;
        BigUnsigned r;
        const std::size_t whole = bits / 32;
        const unsigned part = static_cast<unsigned>(bits % 32);
        r.limbs_.assign(limbs_.size() + whole + 1, 0);
        for (std::size_t i = 0; i < limbs_.size(); ++i) {
            const std::uint64_t x = static_cast<std::uint64_t>(limbs_[i]) << part;
            r.limbs_[i + whole] |= static_cast<std::uint32_t>(x);
            r.limbs_[i + whole + 1] |= static_cast<std::uint32_t>(x >> 32U);
        }
        r.trim();
        return r;
    }
    // The value divided by 2^40 (a relative margin for root estimates).
    [[nodiscard]] BigUnsigned top_fraction() const {
        BigUnsigned r;
        const std::size_t bits = bit_length();
        for (std::size_t i = 40; i < bits; ++i)
            if (bit(i)) r.set_bit(i - 40);
        return r;
    }
    [[nodiscard]] bool bit(std::size_t i) const noexcept {
        return i / 32 < limbs_.size() && ((limbs_[i / 32] >> (i % 32)) & 1U) != 0;
    }
    // The quotient and remainder of a division by a small divisor (> 0).
    std::uint32_t divide_small(std::uint32_t divisor) {
        std::uint64_t rem = 0;
        for (std::size_t i = limbs_.size(); i-- > 0;) {
            const std::uint64_t cur = (rem << 32U) | limbs_[i];
            limbs_[i] = static_cast<std::uint32_t>(cur / divisor);
            rem = cur % divisor;
        }
        trim();
        return static_cast<std::uint32_t>(rem);
    }
    // floor(a / b) for b > 0: schoolbook binary long division over the quotient's bits only.
    friend BigUnsigned operator/(const BigUnsigned& a, const BigUnsigned& b) {
        BigUnsigned q;
        if (compare(a, b) < 0) return q;
        if (b.limbs_.size() == 1) {
            q = a;
            q.divide_small(b.limbs_[0]);
            return q;
        }
        const std::size_t shift = a.bit_length() - b.bit_length();
        BigUnsigned rest = a;
        BigUnsigned d = b.shifted_left(shift);
        for (std::size_t i = shift + 1; i-- > 0;) {
            if (compare(rest, d) >= 0) {
                rest = rest - d;
                q.set_bit(i);
            }
            d.shift_right_one();
        }
        return q;
    }
    // log2 of the value (> 0) from its top three limbs: enough for a starting estimate.
    [[nodiscard]] long double log2() const {
        long double top = 0;
        const std::size_t n = limbs_.size();
        const std::size_t used = n < 3 ? n : 3;
        for (std::size_t i = 0; i < used; ++i) top = top * 4294967296.0L + limbs_[n - 1 - i];
        return std::log2(top) + 32.0L * static_cast<long double>(n - used);
    }
    // The decimal digits ("0" for zero).
    [[nodiscard]] std::string to_string() const {
        if (limbs_.empty()) return "0";
        std::vector<std::uint32_t> x = limbs_;
        std::string reversed;
        while (!x.empty()) {
            std::uint64_t rem = 0;
            for (std::size_t i = x.size(); i-- > 0;) {
                const std::uint64_t cur = (rem << 32U) | x[i];
                x[i] = static_cast<std::uint32_t>(cur / 1000000000U);
                rem = cur % 1000000000U;
            }
            while (!x.empty() && x.back() == 0) x.pop_back();
            for (int d = 0; d < 9; ++d) {
                reversed.push_back(static_cast<char>('0' + rem % 10));
                rem /= 10;
                if (x.empty() && rem == 0) break;
            }
        }
        while (reversed.size() > 1 && reversed.back() == '0') reversed.pop_back();
        return std::string(reversed.rbegin(), reversed.rend());
    }

private:
    void shift_right_one() noexcept {
        for (std::size_t i = 0; i < limbs_.size(); ++i) {
            limbs_[i] >>= 1U;
            if (i + 1 < limbs_.size()) limbs_[i] |= (limbs_[i + 1] & 1U) << 31U;
        }
        trim();
    }
    void trim() {
        while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
    }
    std::vector<std::uint32_t> limbs_;
};

// floor(value^(1/n)) for n ≥ 1: Newton's iteration from above, started from a long double
// estimate (so that it converges quadratically from the first step).
inline BigUnsigned integer_root(const BigUnsigned& value, int n) {
    if (value.is_zero() || n == 1) return value;
    const long double e_total = value.log2() / static_cast<long double>(n);
    const auto e = static_cast<long long>(std::floor(e_total));
    const auto m = static_cast<std::uint64_t>(std::ldexp(std::exp2(e_total - static_cast<long double>(e)), 62));
    BigUnsigned x;
    if (e >= 62) {
        x = BigUnsigned(m).shifted_left(static_cast<std::size_t>(e - 62));
    } else {
        x = BigUnsigned(m >> static_cast<unsigned>(62 - (e < 0 ? 0 : e)));
    }
    // Nudge above the root: the estimate is good to about 2^-50.
    x = x + x.top_fraction() + BigUnsigned(1);
    while (compare(x.pow(n), value) < 0) x = x.shifted_left(1);
    const auto un = static_cast<std::uint32_t>(n);
    for (;;) {
        BigUnsigned y = value / x.pow(n - 1);
        BigUnsigned t = x;
        t.mul_add(un - 1, 0);
        y = y + t;
        y.divide_small(un);
        if (compare(y, x) >= 0) return x;
        x = y;
    }
}

}  // namespace svctrade::detail
