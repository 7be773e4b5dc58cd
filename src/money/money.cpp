// SPDX-License-Identifier: BSL-1.0
// Money's checked arithmetic: amounts in different currencies never combine without a rate.
#include <svctrade/error.hpp>
#include <svctrade/money/money.hpp>

#include <ostream>
#include <string>

namespace svctrade {

namespace detail {
void throw_empty_sum() {
    throw InvalidArgument("cannot sum an empty range of Money without a currency: pass the currency");
}
}  // namespace detail

namespace {
[[noreturn]] void mismatch(const char* verb, const char* joiner, const Money& a, const Money& b) {
    throw CurrencyMismatch(std::string("cannot ") + verb + " " + b.to_string() + " " + joiner + " " + a.to_string() +
                           ": currencies differ (convert with an exchange rate first)");
}
}  // namespace

Money Money::round_to_minor_unit(RoundingMode mode) const {
    const auto units = currency_.minor_units();
    if (!units) {
        throw InvalidArgument("cannot round " + to_string() + " to its minor unit: ISO 4217 gives " +
                              std::string(currency_.code()) + " none (N.A.)");
    }
    return round(*units, mode);
}

std::string Money::to_string() const {
    return std::string(currency_.code()) + " " + amount_.to_string();
}

std::string Money::to_string(Grouping grouping) const {
    return std::string(currency_.code()) + " " + amount_.to_string(grouping);
}

std::ostream& operator<<(std::ostream& os, const Money& m) {
    return os << m.to_string();
}

Money operator+(const Money& a, const Money& b) {
    if (a.currency() != b.currency()) mismatch("add", "to", a, b);
    return Money(a.amount() + b.amount(), a.currency());
}

Money operator-(const Money& a, const Money& b) {
    if (a.currency() != b.currency()) mismatch("subtract", "from", a, b);
    return Money(a.amount() - b.amount(), a.currency());
}

Money& Money::operator+=(const Money& b) {
    return *this = *this + b;
}
Money& Money::operator-=(const Money& b) {
    return *this = *this - b;
}

Money Money::times(const Ratio& factor, int places, RoundingMode mode) const {
    return Money((Ratio(amount_) * factor).round(places, mode), currency_);
}

Ratio operator/(const Money& a, const Money& b) {
    if (a.currency() != b.currency()) {
        throw CurrencyMismatch("cannot divide " + a.to_string() + " by " + b.to_string() +
                               ": currencies differ (convert with an exchange rate first)");
    }
    if (b.amount().is_zero()) throw DivisionByZero("cannot divide " + a.to_string() + " by a zero amount");
    return Ratio(a.amount(), b.amount());
}

}  // namespace svctrade
