// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::Decimal, an exact decimal number, and the arithmetic that keeps it exact.
#pragma once

#include <compare>
#include <concepts>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include <svctrade/export.hpp>
#include <svctrade/numbers/detail/decimal_text.hpp>
#include <svctrade/numbers/detail/hash.hpp>
#include <svctrade/numbers/detail/int128.hpp>
#include <svctrade/numbers/rounding.hpp>

namespace svctrade {

class Decimal;

namespace detail {
// One-operand form (round, rescale): "cannot <operation> <value> exactly: …".
[[noreturn]] SVCTRADE_EXPORT void throw_overflow(const char* operation, const Decimal& value);
// Two-operand form (a + b, also x * x): "cannot <operation> <a> and <b> exactly: …".
[[noreturn]] SVCTRADE_EXPORT void throw_overflow(const char* operation, const Decimal& a, const Decimal& b);
[[noreturn]] SVCTRADE_EXPORT void throw_invalid(const char* what, int value);
[[noreturn]] SVCTRADE_EXPORT void throw_division_by_zero(const Decimal& dividend);
}  // namespace detail

/// Whether thousands separators are accepted when parsing, or written when printing.
enum class Grouping {
    none,   ///< No separators: `"1234567.5"`; a comma in the text is an error.
    comma,  ///< Commas between groups of three integer digits: `"1,234,567.5"`.
};

/// An exact decimal number: a signed integer coefficient below 2^127 in magnitude (every number of
/// 38 digits, and 39-digit ones up to 170141183460469231731687303715884105727) and a scale (the
/// number of digits after the decimal point, 0 to Decimal::max_scale).
///
/// `Decimal::parse("34.32")` is exactly 34.32, not the nearest double. Addition, subtraction and
/// multiplication are exact; division rounds only where the caller says how (divide()) or
/// answers only when the quotient is exact (exact_quotient()). A result that does not fit is an
/// Overflow error, never a wrapped or truncated value.
///
/// The scale is carried: `34.30` keeps its two places and prints as `34.30`, so printing round-trips
/// the parsed text. Comparison is by value: `34.30 == 34.3`.
///
/// Range: |coefficient| < 2^127 (about 1.7e38), so with 4 places any value below 1e34 fits;
/// China's services trade total (about 6.6e12 yuan, 6.6e14 fen) leaves 19 orders of magnitude
/// of room for sums.
class Decimal {
public:
    /// The largest scale (digits after the decimal point) a Decimal may carry.
    static constexpr int max_scale = 30;

    /// Zero, with scale 0.
    constexpr Decimal() noexcept = default;

    /// The integer `value`, with scale 0. Explicit: `Decimal d = 5;` does not compile.
    template <std::integral T>
    requires(!std::same_as<T, bool>) explicit constexpr Decimal(T value) noexcept
        : coefficient_(static_cast<detail::i128>(value)) {}

    /// Construction from a binary floating-point number is deleted: `Decimal(0.1)` is not 0.1.
    /// Parse text instead (Decimal::parse or the `_dec` literal).
    template <std::floating_point T>
    Decimal(T) = delete;

    /// The value `units` × 10^−scale, e.g. `from_units(3432, 2)` is 34.32.
    /// \throws InvalidArgument when scale is outside 0…max_scale.
    [[nodiscard]] static constexpr Decimal from_units(std::int64_t units, int scale) {
        if (scale < 0 || scale > max_scale) detail::throw_invalid("scale", scale);
        return Decimal(static_cast<detail::i128>(units), scale, Raw{});
    }

    /// Parses `text` at compile time (Grouping::comma allowed): `constexpr auto d =
    /// Decimal::from_literal("1,234.5");`. Malformed text does not compile.
    [[nodiscard]] static consteval Decimal from_literal(std::string_view text) {
        const detail::DecimalText t = detail::parse_decimal_text(text, true, max_scale);
        if (!t.ok) throw "malformed decimal literal";  // not a constant expression: a compile error
        return Decimal(t.coefficient, t.scale, Raw{});
    }

    /// Parses text such as `"34.32"`, `"-0.5"` or, with Grouping::comma, `"1,234.5"`.
    /// The scale is the number of digits written after the point.
    /// \throws ParseError naming the position and the reason for empty text, a lone or second
    /// sign, a second decimal point, a point without digits on both sides, exponent notation,
    /// whitespace, misplaced group separators, digits that read without the point reach 2^127, more than 30
    /// decimal places, text that is not UTF-8, and
    /// any trailing character that is not part of the number.
    [[nodiscard]] SVCTRADE_EXPORT static Decimal parse(std::string_view text, Grouping grouping = Grouping::none);

    /// \returns the number of digits after the decimal point.
    [[nodiscard]] constexpr int scale() const noexcept { return scale_; }
    /// \returns −1, 0 or +1.
    [[nodiscard]] constexpr int sign() const noexcept { return coefficient_ < 0 ? -1 : (coefficient_ > 0 ? 1 : 0); }
    /// \returns whether the value is zero (at any scale).
    [[nodiscard]] constexpr bool is_zero() const noexcept { return coefficient_ == 0; }
    /// \returns whether the value is a whole number.
    [[nodiscard]] constexpr bool is_integer() const noexcept {
        return scale_ == 0 || coefficient_ % detail::pow10(scale_) == 0;
    }
    /// \returns the absolute value, same scale.
    [[nodiscard]] constexpr Decimal abs() const noexcept { return coefficient_ < 0 ? -*this : *this; }
    /// \returns the negated value, same scale (never overflows: the range is symmetric).
    [[nodiscard]] constexpr Decimal operator-() const noexcept { return Decimal(-coefficient_, scale_, Raw{}); }
    /// \returns the value itself.
    [[nodiscard]] constexpr Decimal operator+() const noexcept { return *this; }

    /// \returns the same value with trailing fractional zeros removed (`34.300` → `34.3`).
    [[nodiscard]] constexpr Decimal normalized() const noexcept {
        Decimal r = *this;
        while (r.scale_ > 0 && r.coefficient_ % 10 == 0) {
            r.coefficient_ /= 10;
            --r.scale_;
        }
        return r;
    }

    /// \returns the same value written with `places` digits after the point (`5.3` at 2 → `5.30`).
    /// \throws InvalidArgument when places is outside 0…max_scale or would drop a non-zero digit
    /// (use round() for that), Overflow when the coefficient would not fit.
    [[nodiscard]] constexpr Decimal with_scale(int places) const {
        if (places < 0 || places > max_scale) detail::throw_invalid("places", places);
        if (places < scale_) {
            const Decimal r = round(places, RoundingMode::toward_zero);
            if (r != *this) detail::throw_invalid("places (would drop non-zero digits; use round())", places);
            return r;
        }
        detail::i128 c = 0;
        if (!detail::checked_scale_up(coefficient_, places - scale_, c)) detail::throw_overflow("rescale", *this);
        return Decimal(c, places, Raw{});
    }

    /// \returns the value rounded to `places` digits after the point by `mode`; a negative
    /// `places` rounds to tens, hundreds… (−2 → a multiple of 100, printed with scale 0).
    /// Fewer places than the value has: rounds; more: pads with zeros (exact).
    /// \throws InvalidArgument when places is outside −38…max_scale, Overflow when the result
    /// does not fit.
    [[nodiscard]] constexpr Decimal round(int places, RoundingMode mode) const {
        if (places < -detail::max_pow10 || places > max_scale) detail::throw_invalid("places", places);
        if (places >= scale_) return with_scale(places);
        const int drop = scale_ - places;  // > 0
        detail::i128 q = 0;
        if (drop > detail::max_pow10) {
            // Every coefficient is below 10^39 / 2, hence below half of 10^drop: only the
            // directional modes can move it off zero.
            q = detail::round_quotient(coefficient_ == 0 ? 0 : sign(), detail::i128_max, mode);
        } else {
            q = detail::round_quotient(coefficient_, detail::pow10(drop), mode);
        }
        if (places >= 0) return Decimal(q, places, Raw{});
        detail::i128 c = 0;
        if (!detail::checked_scale_up(q, -places, c)) detail::throw_overflow("round", *this);
        return Decimal(c, 0, Raw{});
    }

    /// \returns the multiple of `unit` nearest by `mode` (e.g. unit 0.05, or 100000000 for
    /// 亿), written with the unit's scale.
    /// \throws InvalidArgument when unit is not positive, Overflow when the result does not fit.
    [[nodiscard]] constexpr Decimal round_to_multiple(Decimal unit, RoundingMode mode) const {
        if (unit.sign() <= 0) detail::throw_invalid("rounding unit (must be positive), sign", unit.sign());
        const int s = scale_ > unit.scale_ ? scale_ : unit.scale_;
        detail::i128 n = 0, d = 0, c = 0;
        if (!detail::checked_scale_up(coefficient_, s - scale_, n) ||
            !detail::checked_scale_up(unit.coefficient_, s - unit.scale_, d))
            detail::throw_overflow("round to a multiple", *this, unit);
        const detail::i128 q = detail::round_quotient(n, d, mode);
        if (!detail::checked_mul(q, unit.coefficient_, c)) detail::throw_overflow("round to a multiple", *this, unit);
        return Decimal(c, unit.scale_, Raw{});
    }

    /// \returns the value rounded to `digits` significant digits by `mode` (12345.6 at 3 →
    /// 12300, 0.0012345 at 2 → 0.0012). A carry keeps the digit count (9.96 at 2 → 10).
    /// \throws InvalidArgument when digits is not in 1…38.
    [[nodiscard]] constexpr Decimal round_significant(int digits, RoundingMode mode) const {
        if (digits < 1 || digits > detail::max_pow10) detail::throw_invalid("significant digits", digits);
        if (coefficient_ == 0) return *this;
        const int have = detail::digit_count(coefficient_);
        const int places = scale_ - (have - digits);
        if (places >= scale_) return *this;  // already that few digits: nothing to round
        Decimal r = round(places, mode);
        if (places > 0 && detail::digit_count(r.coefficient_) > digits) r = r.round(places - 1, mode);
        return r;
    }

    /// \returns the exact sum. \throws Overflow when it does not fit.
    [[nodiscard]] friend constexpr Decimal operator+(Decimal a, Decimal b) {
        detail::i128 x = 0, y = 0, r = 0;
        const int s = align(a, b, x, y, "add");
        if (!detail::checked_add(x, y, r)) detail::throw_overflow("add", a, b);
        return Decimal(r, s, Raw{});
    }
    /// \returns the exact difference. \throws Overflow when it does not fit.
    [[nodiscard]] friend constexpr Decimal operator-(Decimal a, Decimal b) {
        detail::i128 x = 0, y = 0, r = 0;
        const int s = align(a, b, x, y, "subtract");
        if (!detail::checked_sub(x, y, r)) detail::throw_overflow("subtract", a, b);
        return Decimal(r, s, Raw{});
    }
    /// \returns the exact product, with scale a.scale() + b.scale() (trailing zeros are dropped
    /// if that exceeds max_scale). \throws Overflow when the exact product does not fit; use
    /// multiply() to round it.
    [[nodiscard]] friend constexpr Decimal operator*(Decimal a, Decimal b) {
        detail::i128 c = 0;
        if (!detail::checked_mul(a.coefficient_, b.coefficient_, c)) detail::throw_overflow("multiply", a, b);
        int s = a.scale_ + b.scale_;
        while (s > max_scale && c % 10 == 0) {
            c /= 10;
            --s;
        }
        if (s > max_scale) detail::throw_overflow("multiply (more than 30 decimal places)", a, b);
        return Decimal(c, s, Raw{});
    }
    /// Adds `b` exactly. \throws Overflow when the sum does not fit.
    constexpr Decimal& operator+=(Decimal b) { return *this = *this + b; }
    /// Subtracts `b` exactly. \throws Overflow when the difference does not fit.
    constexpr Decimal& operator-=(Decimal b) { return *this = *this - b; }
    /// Multiplies by `b` exactly. \throws Overflow when the product does not fit.
    constexpr Decimal& operator*=(Decimal b) { return *this = *this * b; }

    /// \returns whether the values are equal, whatever their scales (`1.50 == 1.5`).
    [[nodiscard]] friend constexpr bool operator==(Decimal a, Decimal b) noexcept { return compare(a, b) == 0; }
    /// \returns the order of the values. Weak, not strong: `1.50` and `1.5` are equivalent but
    /// print differently.
    [[nodiscard]] friend constexpr std::weak_ordering operator<=>(Decimal a, Decimal b) noexcept {
        return compare(a, b);
    }

    /// \returns the shortest text that parses back to this exact value and scale, e.g. `"-34.30"`.
    [[nodiscard]] SVCTRADE_EXPORT std::string to_string() const;
    /// \returns the text with the integer digits grouped as asked, e.g. `"34,320,000,000.5"`.
    [[nodiscard]] SVCTRADE_EXPORT std::string to_string(Grouping grouping) const;
    /// \returns the nearest double (correctly rounded). For fast analysis paths (plots,
    /// regressions) only: published figures and their checks stay in Decimal.
    [[nodiscard]] SVCTRADE_EXPORT double to_double() const;

    /// \returns a hash of the value, consistent with ==: it hashes the normalized() value, so
    /// `34.30` and `34.3` (equal) hash alike.
    [[nodiscard]] constexpr std::size_t hash() const noexcept {
        const Decimal n = normalized();
        return detail::hash_combine(detail::hash_combine(0x44656369ULL, n.coefficient_),
                                    static_cast<std::uint64_t>(n.scale_));
    }

    /// Writes to_string() to `os`.
    SVCTRADE_EXPORT friend std::ostream& operator<<(std::ostream& os, const Decimal& d);

private:
    struct Raw {};
    constexpr Decimal(detail::i128 coefficient, int scale, Raw) noexcept : coefficient_(coefficient), scale_(scale) {}

    friend class Ratio;
    friend constexpr std::optional<Decimal> exact_quotient(Decimal a, Decimal b);
    friend constexpr Decimal divide(Decimal a, Decimal b, int places, RoundingMode mode);
    friend constexpr Decimal multiply(Decimal a, Decimal b, int places, RoundingMode mode);

    // Brings both coefficients to the larger scale; returns it.
    static constexpr int align(Decimal a, Decimal b, detail::i128& x, detail::i128& y, const char* op) {
        const int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
        if (!detail::checked_scale_up(a.coefficient_, s - a.scale_, x) ||
            !detail::checked_scale_up(b.coefficient_, s - b.scale_, y))
            detail::throw_overflow(op, a, b);
        return s;
    }

    static constexpr std::weak_ordering compare(Decimal a, Decimal b) noexcept {
        if (a.sign() != b.sign()) return a.sign() <=> b.sign();
        // Scale the one with fewer places up; if that overflows its magnitude is the larger.
        if (a.scale_ <= b.scale_) {
            detail::i128 x = 0;
            if (!detail::checked_scale_up(a.coefficient_, b.scale_ - a.scale_, x))
                return a.sign() > 0 ? std::weak_ordering::greater : std::weak_ordering::less;
            return x <=> b.coefficient_;
        }
        detail::i128 y = 0;
        if (!detail::checked_scale_up(b.coefficient_, a.scale_ - b.scale_, y))
            return b.sign() > 0 ? std::weak_ordering::less : std::weak_ordering::greater;
        return a.coefficient_ <=> y;
    }

    detail::i128 coefficient_ = 0;
    int scale_ = 0;
};

/// \returns a × b rounded to `places` digits after the point by `mode`.
/// \throws InvalidArgument for places outside −38…max_scale, Overflow when the exact product's
/// coefficient (|coefficient| < 2^127) or the result does not fit.
[[nodiscard]] constexpr Decimal multiply(Decimal a, Decimal b, int places, RoundingMode mode) {
    detail::i128 c = 0;
    if (!detail::checked_mul(a.coefficient_, b.coefficient_, c)) detail::throw_overflow("multiply", a, b);
    const int s = a.scale_ + b.scale_;
    if (s <= Decimal::max_scale) return Decimal(c, s, Decimal::Raw{}).round(places, mode);
    // More places than a Decimal carries: round the coefficient directly.
    if (places < -detail::max_pow10 || places > Decimal::max_scale) detail::throw_invalid("places", places);
    const int drop = s - places;  // > 0 since places <= max_scale < s
    const detail::i128 q = drop > detail::max_pow10
                               ? detail::round_quotient(c == 0 ? 0 : (c < 0 ? -1 : 1), detail::i128_max, mode)
                               : detail::round_quotient(c, detail::pow10(drop), mode);
    if (places >= 0) return Decimal(q, places, Decimal::Raw{});
    detail::i128 r = 0;
    if (!detail::checked_scale_up(q, -places, r)) detail::throw_overflow("multiply", a, b);
    return Decimal(r, 0, Decimal::Raw{});
}

/// \returns a ÷ b rounded to `places` digits after the point by `mode` (0 ≤ places ≤ max_scale).
/// \throws DivisionByZero when b is zero, InvalidArgument for places out of range, Overflow
/// when an intermediate (a's coefficient × 10^(places + b.scale − a.scale)) reaches 2^127.
[[nodiscard]] constexpr Decimal divide(Decimal a, Decimal b, int places, RoundingMode mode) {
    if (b.is_zero()) detail::throw_division_by_zero(a);
    if (places < 0 || places > Decimal::max_scale) detail::throw_invalid("places", places);
    // a/b = (A / 10^sa) / (B / 10^sb); the result's coefficient is A·10^(p + sb − sa) / B.
    const int shift = places + b.scale_ - a.scale_;
    detail::i128 n = a.coefficient_, d = b.coefficient_;
    if (shift >= 0) {
        if (!detail::checked_scale_up(n, shift, n)) detail::throw_overflow("divide", a, b);
    } else if (!detail::checked_scale_up(d, -shift, d)) {
        // The divisor alone exceeds the range: the quotient is far below one unit of `places`.
        return Decimal(detail::round_quotient(static_cast<detail::i128>(a.sign()) * b.sign(), detail::i128_max, mode),
                       places, Decimal::Raw{});
    }
    return Decimal(detail::round_quotient(n, d, mode), places, Decimal::Raw{});
}

/// \returns a ÷ b exactly when the quotient has a finite decimal expansion of at most
/// max_scale places (34.32 ÷ 4 = 8.58), std::nullopt otherwise (1 ÷ 3).
/// \throws DivisionByZero when b is zero.
[[nodiscard]] constexpr std::optional<Decimal> exact_quotient(Decimal a, Decimal b) {
    if (b.is_zero()) detail::throw_division_by_zero(a);
    // n/d in lowest terms; it terminates iff d has no prime factor but 2 and 5.
    detail::i128 n = a.coefficient_, d = b.coefficient_;
    const int m = a.scale_ < b.scale_ ? a.scale_ : b.scale_;
    if (!detail::checked_scale_up(n, b.scale_ - m, n) || !detail::checked_scale_up(d, a.scale_ - m, d))
        return std::nullopt;
    if (d < 0) {
        n = -n;
        d = -d;
    }
    const detail::i128 g = detail::gcd128(n, d);
    n /= g;
    d /= g;
    int twos = 0, fives = 0;
    detail::i128 rest = d;
    while (rest % 2 == 0) {
        rest /= 2;
        ++twos;
    }
    while (rest % 5 == 0) {
        rest /= 5;
        ++fives;
    }
    if (rest != 1) return std::nullopt;
    const int places = twos > fives ? twos : fives;
    if (places > Decimal::max_scale) return std::nullopt;
    detail::i128 c = 0;
    if (!detail::checked_mul(n, detail::pow10(places) / d, c)) return std::nullopt;
    return Decimal(c, places, Decimal::Raw{});
}

/// User-defined literals for svctrade's value types.
namespace literals {
/// `34.32_dec` is the exact Decimal 34.32 with scale 2, parsed by the compiler (an integer
/// literal gives scale 0; a negative value is `-34.32_dec`).
[[nodiscard]] consteval Decimal operator""_dec(const char* text) {
    return Decimal::from_literal(text);
}
}  // namespace literals

}  // namespace svctrade

namespace std {
/// Decimals hash by value (Decimal::hash()), so `34.30` and `34.3` are one key.
template <>
struct hash<svctrade::Decimal> {
    /// \returns `d.hash()`.
    [[nodiscard]] constexpr std::size_t operator()(const svctrade::Decimal& d) const noexcept { return d.hash(); }
};
}  // namespace std
