// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::Ratio, an exact dimensionless quotient kept unrounded until the caller rounds once.
#pragma once

#include <compare>
#include <iosfwd>
#include <optional>
#include <string>

#include <svctrade/export.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/detail/hash.hpp>
#include <svctrade/numbers/detail/int128.hpp>
#include <svctrade/numbers/detail/ratio_terms.hpp>
#include <svctrade/numbers/rounding.hpp>

namespace svctrade {

class Ratio;

namespace detail {
// One-operand form (round): "cannot <operation> <value> exactly: …".
[[noreturn]] SVCTRADE_EXPORT void throw_ratio_overflow(const char* operation, const Ratio& value);
// Two-operand form (a + b, also x * x): "cannot <operation> <a> and <b> exactly: …".
[[noreturn]] SVCTRADE_EXPORT void throw_ratio_overflow(const char* operation, const Ratio& a, const Ratio& b);
[[noreturn]] SVCTRADE_EXPORT void throw_ratio_by_zero(const Ratio& dividend);
}  // namespace detail

/// An exact dimensionless number p/q (q > 0, in lowest terms): the quotient of two amounts, a
/// share, a growth rate, before any rounding.
///
/// `Ratio(34.32, 32.41)` is exactly 3432/3241; rounding happens once, when the caller asks
/// (`round(places, mode)`), so the classic double-rounding bug (storing 0.1235, then rounding
/// again to 12.4% where the exact 12.3456% rounds to 12.3%) cannot happen. Numerator and
/// denominator are 128-bit integers; a result that does not fit is an Overflow error.
class Ratio {
public:
    /// Zero (0/1).
    constexpr Ratio() noexcept = default;

    /// The value of `value` itself (value/1), e.g. `Ratio(Decimal(100))`.
    explicit constexpr Ratio(Decimal value) : Ratio(value, Decimal(1)) {}

    /// The exact quotient numerator ÷ denominator, e.g. `Ratio(34.32_dec, 32.41_dec)`.
    /// \throws DivisionByZero when denominator is zero, Overflow when the scales cannot be aligned.
    constexpr Ratio(Decimal numerator, Decimal denominator) {
        if (denominator.is_zero()) detail::throw_division_by_zero(numerator);
        detail::i128 n = numerator.coefficient_, d = denominator.coefficient_;
        const int m = numerator.scale_ < denominator.scale_ ? numerator.scale_ : denominator.scale_;
        if (!detail::checked_scale_up(n, denominator.scale_ - m, n) ||
            !detail::checked_scale_up(d, numerator.scale_ - m, d))
            detail::throw_overflow("divide", numerator, denominator);
        set(n, d);
    }

    /// \returns the numerator in lowest terms (an integer; negative for a negative ratio).
    [[nodiscard]] constexpr Decimal numerator() const noexcept { return Decimal(num_, 0, Decimal::Raw{}); }
    /// \returns the denominator in lowest terms (a positive integer).
    [[nodiscard]] constexpr Decimal denominator() const noexcept { return Decimal(den_, 0, Decimal::Raw{}); }
    /// \returns a hash of the value, consistent with == (the terms are kept lowest).
    [[nodiscard]] constexpr std::size_t hash() const noexcept {
        return detail::hash_combine(detail::hash_combine(0x526174ULL, num_), den_);
    }
    /// \returns −1, 0 or +1.
    [[nodiscard]] constexpr int sign() const noexcept { return num_ < 0 ? -1 : (num_ > 0 ? 1 : 0); }
    /// \returns whether the ratio is zero.
    [[nodiscard]] constexpr bool is_zero() const noexcept { return num_ == 0; }

    /// \returns the ratio rounded once to `places` digits after the point by `mode`
    /// (3432/3241 at 4 half-up → 1.0589).
    /// \throws InvalidArgument when places is outside 0…Decimal::max_scale, Overflow when
    /// numerator × 10^places reaches 2^127.
    [[nodiscard]] constexpr Decimal round(int places, RoundingMode mode) const {
        if (places < 0 || places > Decimal::max_scale) detail::throw_invalid("places", places);
        detail::i128 n = 0;
        if (!detail::checked_scale_up(num_, places, n)) detail::throw_ratio_overflow("round", *this);
        return Decimal(detail::round_quotient(n, den_, mode), places, Decimal::Raw{});
    }

    /// \returns the exact decimal value when the expansion terminates within Decimal::max_scale
    /// places (3/8 → 0.375), std::nullopt otherwise (1/3).
    [[nodiscard]] constexpr std::optional<Decimal> exact() const { return exact_quotient(numerator(), denominator()); }

    /// \returns the nearest double, for fast analysis paths only.
    [[nodiscard]] SVCTRADE_EXPORT double to_double() const;
    /// \returns `"numerator/denominator"` in lowest terms, e.g. `"3432/3241"`, or just the
    /// numerator when the denominator is 1.
    [[nodiscard]] SVCTRADE_EXPORT std::string to_string() const;
    /// Writes to_string() to `os`.
    SVCTRADE_EXPORT friend std::ostream& operator<<(std::ostream& os, const Ratio& r);

    /// \returns −r.
    [[nodiscard]] constexpr Ratio operator-() const noexcept { return raw(-num_, den_); }

    /// \returns the exact sum. \throws Overflow when it does not fit.
    [[nodiscard]] friend constexpr Ratio operator+(Ratio a, Ratio b) { return add(a, b, false); }
    /// \returns the exact difference. \throws Overflow when it does not fit.
    [[nodiscard]] friend constexpr Ratio operator-(Ratio a, Ratio b) { return add(a, b, true); }
    /// \returns the exact product. \throws Overflow when it does not fit.
    [[nodiscard]] friend constexpr Ratio operator*(Ratio a, Ratio b) {
        detail::RatioTerms r;
        if (detail::ratio_terms_fit64(a.num_, a.den_, b.num_, b.den_))
            r = detail::ratio_mul64(a.num_, a.den_, b.num_, b.den_);
        else if (!detail::ratio_mul128(a.num_, a.den_, b.num_, b.den_, r))
            detail::throw_ratio_overflow("multiply", a, b);
        return raw(r.num, r.den);
    }
    /// \returns the exact quotient. \throws DivisionByZero when b is zero, Overflow when it does not fit.
    [[nodiscard]] friend constexpr Ratio operator/(Ratio a, Ratio b) {
        if (b.num_ == 0) detail::throw_ratio_by_zero(a);
        return a * (b.num_ < 0 ? raw(-b.den_, -b.num_) : raw(b.den_, b.num_));
    }

    /// \returns whether the ratios are equal (they are kept in lowest terms).
    [[nodiscard]] friend constexpr bool operator==(Ratio a, Ratio b) noexcept = default;
    /// \returns the exact order of the values (no rounding, no overflow).
    [[nodiscard]] friend constexpr std::strong_ordering operator<=>(Ratio a, Ratio b) noexcept {
        if (detail::ratio_terms_fit64(a.num_, a.den_, b.num_, b.den_)) return a.num_ * b.den_ <=> b.num_ * a.den_;
        return detail::compare_products(a.num_, b.den_, b.num_, a.den_);
    }

private:
    static constexpr Ratio raw(detail::i128 n, detail::i128 d) noexcept {
        Ratio r;
        r.num_ = n;
        r.den_ = d;
        return r;
    }
    constexpr void set(detail::i128 n, detail::i128 d) noexcept {
        const detail::RatioTerms r = detail::lowest_terms(n, d);
        num_ = r.num;
        den_ = r.den;
    }
    static constexpr Ratio add(Ratio a, Ratio b, bool subtract) {
        // -b.num_ cannot overflow: the terms never hold the minimum value.
        const detail::i128 bn = subtract ? -b.num_ : b.num_;
        detail::RatioTerms r;
        if (detail::ratio_terms_fit64(a.num_, a.den_, bn, b.den_))
            r = detail::ratio_add64(a.num_, a.den_, bn, b.den_);
        else if (!detail::ratio_add128(a.num_, a.den_, bn, b.den_, r))
            detail::throw_ratio_overflow(subtract ? "subtract" : "add", a, b);
        return raw(r.num, r.den);
    }

    detail::i128 num_ = 0;
    detail::i128 den_ = 1;
};

}  // namespace svctrade

namespace std {
/// Ratios hash by value (Ratio::hash()).
template <>
struct hash<svctrade::Ratio> {
    /// \returns `r.hash()`.
    [[nodiscard]] constexpr std::size_t operator()(const svctrade::Ratio& r) const noexcept { return r.hash(); }
};
}  // namespace std
