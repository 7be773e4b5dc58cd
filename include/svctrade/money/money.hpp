// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::Money: an exact amount in one currency; amounts in different currencies never mix.
#pragma once

#include <compare>
#include <concepts>
#include <iosfwd>
#include <iterator>
#include <ranges>
#include <string>
#include <type_traits>

#include <svctrade/export.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/ratio.hpp>
#include <svctrade/numbers/rounding.hpp>

namespace svctrade {

namespace detail {
[[noreturn]] SVCTRADE_EXPORT void throw_empty_sum();
}  // namespace detail

/// An exact amount of money in one currency: 34 320 000 000 CNY, 5 310 000 000 USD.
///
/// Amounts in the same currency add and subtract exactly; amounts in different currencies
/// throw CurrencyMismatch (convert one first, with an ExchangeRate). A bare number is never
/// money: `money + Decimal(1)` and `money + 1.0` do not compile. Scaling by a dimensionless
/// Decimal is exact; the quotient of two amounts in one currency is an exact Ratio.
class SVCTRADE_EXPORT Money {
public:
    /// The amount `amount` in `currency`, with the amount's own scale (`Money(34.32_dec, cny)`).
    Money(Decimal amount, Currency currency) noexcept : amount_(amount), currency_(currency) {}

    /// \returns the amount as a Decimal.
    [[nodiscard]] Decimal amount() const noexcept { return amount_; }
    /// \returns the currency.
    [[nodiscard]] Currency currency() const noexcept { return currency_; }
    /// \returns −1, 0 or +1.
    [[nodiscard]] int sign() const noexcept { return amount_.sign(); }
    /// \returns whether the amount is zero.
    [[nodiscard]] bool is_zero() const noexcept { return amount_.is_zero(); }

    /// \returns the amount rounded to `places` by `mode`, same currency.
    /// \throws InvalidArgument for places outside −38…30.
    [[nodiscard]] Money round(int places, RoundingMode mode) const {
        return Money(amount_.round(places, mode), currency_);
    }
    /// \returns the amount rounded to the currency's minor unit (2 places for CNY, 0 for JPY).
    /// \throws InvalidArgument when the currency has no minor unit (XAU, XDR…).
    [[nodiscard]] Money round_to_minor_unit(RoundingMode mode) const;

    /// \returns `"CNY 34320000000.00"`: the code, a space and the exact amount.
    [[nodiscard]] std::string to_string() const;
    /// \returns the same with the integer digits grouped: `"CNY 34,320,000,000.00"`.
    [[nodiscard]] std::string to_string(Grouping grouping) const;
    /// Writes to_string() to `os`.
    friend SVCTRADE_EXPORT std::ostream& operator<<(std::ostream& os, const Money& m);

    /// \returns the negated amount.
    [[nodiscard]] Money operator-() const noexcept { return Money(-amount_, currency_); }
    /// Adds `b`. \throws CurrencyMismatch, Overflow.
    Money& operator+=(const Money& b);
    /// Subtracts `b`. \throws CurrencyMismatch, Overflow.
    Money& operator-=(const Money& b);
    /// \returns the amount scaled exactly by a dimensionless factor. \throws Overflow.
    [[nodiscard]] friend Money operator*(const Money& a, Decimal factor) {
        return Money(a.amount_ * factor, a.currency_);
    }
    /// \returns the amount scaled exactly by a dimensionless factor. \throws Overflow.
    [[nodiscard]] friend Money operator*(Decimal factor, const Money& a) { return a * factor; }
    /// \returns the amount scaled by an exact Ratio (e.g. a share), rounded once to `places` by `mode`.
    /// \throws InvalidArgument for places outside 0…30, Overflow.
    [[nodiscard]] Money times(const Ratio& factor, int places, RoundingMode mode) const;
    /// \returns the amount divided by `divisor`, rounded to `places` by `mode`.
    /// \throws DivisionByZero, InvalidArgument, Overflow.
    [[nodiscard]] Money divided_by(Decimal divisor, int places, RoundingMode mode) const {
        return Money(divide(amount_, divisor, places, mode), currency_);
    }

    /// \returns whether both are the same amount in the same currency (34.30 CNY == 34.3 CNY;
    /// amounts in different currencies are never equal).
    [[nodiscard]] friend bool operator==(const Money& a, const Money& b) noexcept {
        return a.currency_ == b.currency_ && a.amount_ == b.amount_;
    }

private:
    Decimal amount_;
    Currency currency_;
};

/// \returns the exact sum. \throws CurrencyMismatch when the currencies differ (naming both
/// amounts), Overflow when the sum does not fit.
[[nodiscard]] SVCTRADE_EXPORT Money operator+(const Money& a, const Money& b);
/// \returns the exact difference. \throws CurrencyMismatch, Overflow.
[[nodiscard]] SVCTRADE_EXPORT Money operator-(const Money& a, const Money& b);
namespace detail {
/// A number without a currency: an arithmetic type or a Decimal.
template <class T>
concept BareNumber = std::is_arithmetic_v<T> || std::same_as<T, Decimal>;
}  // namespace detail
/// A bare number (a Decimal, an int, a double) has no currency: money and a number neither add
/// nor subtract; write the number as Money(amount, currency). Deleted rather than absent so that
/// the compiler's message quotes the reason. (Two currencies are a run-time matter: a Money's
/// currency is a value read with it, so CNY + USD compiles and throws CurrencyMismatch.)
template <detail::BareNumber Number>
Money operator+(const Money&, Number) = delete;  // a bare number has no currency: add Money
/// As operator+(const Money&, Number): a bare number has no currency.
template <detail::BareNumber Number>
Money operator+(Number, const Money&) = delete;  // a bare number has no currency: add Money
/// As operator+(const Money&, Number): a bare number has no currency.
template <detail::BareNumber Number>
Money operator-(const Money&, Number) = delete;  // a bare number has no currency: subtract Money
/// As operator+(const Money&, Number): a bare number has no currency.
template <detail::BareNumber Number>
Money operator-(Number, const Money&) = delete;  // a bare number has no currency: subtract Money
/// \returns the exact quotient of two amounts in one currency (a dimensionless number).
/// \throws CurrencyMismatch when the currencies differ, DivisionByZero when b is zero.
[[nodiscard]] SVCTRADE_EXPORT Ratio operator/(const Money& a, const Money& b);
/// The order of two amounts, which amounts in different currencies do not have: Money has `==`
/// but no `<`, `>`, `<=`, `>=` or `<=>`, so an order across currencies neither compiles nor
/// throws. Found by `std::partial_order(a, b)` too.
/// \returns the order of the amounts when both are in one currency (34.30 CNY is equivalent to
///          34.3 CNY), std::partial_ordering::unordered when the currencies differ (convert one
///          with an ExchangeRate first).
/// \note `partial_order(a, b) < 0` is false for amounts in different currencies; to refuse them
///       instead, compare `(a - b).sign()`, which throws CurrencyMismatch.
[[nodiscard]] inline std::partial_ordering partial_order(const Money& a, const Money& b) noexcept {
    if (a.currency() != b.currency()) return std::partial_ordering::unordered;
    return a.amount() <=> b.amount();
}

/// \returns the exact sum of `amounts`, all in `currency`; zero in `currency` for an empty range.
/// \throws CurrencyMismatch when an element is in another currency, Overflow.
template <std::ranges::input_range R>
requires std::same_as<std::ranges::range_value_t<R>, Money>
[[nodiscard]] Money sum(const R& amounts, Currency currency) {
    Money total(Decimal(), currency);
    for (const Money& m : amounts) total += m;
    return total;
}

/// \returns the exact sum of a non-empty range of amounts in one currency.
/// \throws InvalidArgument for an empty range (its currency is unknown: use the overload taking
/// a Currency), CurrencyMismatch, Overflow.
template <std::ranges::input_range R>
requires std::same_as<std::ranges::range_value_t<R>, Money>
[[nodiscard]] Money sum(const R& amounts) {
    auto it = std::ranges::begin(amounts);
    const auto end = std::ranges::end(amounts);
    if (it == end) detail::throw_empty_sum();
    Money total = *it;
    for (++it; it != end; ++it) total += *it;
    return total;
}

}  // namespace svctrade

namespace std {
/// Money hashes by currency and value, consistent with == (CNY 34.30 and CNY 34.3 are one key;
/// the same amount in two currencies, two keys).
template <>
struct hash<svctrade::Money> {
    /// \returns a hash of `m.currency()` and `m.amount()`.
    [[nodiscard]] std::size_t operator()(const svctrade::Money& m) const noexcept {
        return svctrade::detail::hash_combine(std::hash<svctrade::Currency>{}(m.currency()),
                                              static_cast<std::uint64_t>(m.amount().hash()));
    }
};
}  // namespace std
