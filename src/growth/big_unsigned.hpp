// SPDX-License-Identifier: BSL-1.0
// A small unsigned big integer (base 2^32 limbs) for the exact n-th roots of average growth:
// the comparisons k^n · D against N · 10^(q·n) have hundreds of digits for long spans or many
// places. Schoolbook multiplication; enough for the sizes of average growth (n ≤ 100, a few
// hundred digits). Private to the growth module.
#pragma once

#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/detail/int128.hpp>

#include <algorithm>
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
    void trim() {
        while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
    }
    std::vector<std::uint32_t> limbs_;
};

}  // namespace svctrade::detail
