// SPDX-License-Identifier: BSL-1.0
// Decimal's text conversions and the error messages of its checked arithmetic.
#include <svctrade/error.hpp>
#include <svctrade/numbers/decimal.hpp>

#include "numbers/overflow_message.hpp"

#include <charconv>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include "utf8_decode.hpp"

namespace svctrade {

namespace detail {

namespace {
// Decimal's limits, as the message of every overflow names them.
constexpr std::string_view decimal_range =
    "the result exceeds the Decimal range (|coefficient| < 2^127, about 1.7e38; at most 30 decimal places)";
}  // namespace

void throw_overflow(const char* operation, const Decimal& value) {
    throw_operation_overflow(operation, OneOperand{value.to_string()}, decimal_range);
}

void throw_overflow(const char* operation, const Decimal& a, const Decimal& b) {
    throw_operation_overflow(operation, TwoOperands{a.to_string(), b.to_string()}, decimal_range);
}

void throw_invalid(const char* what, int value) {
    throw InvalidArgument(std::string("invalid ") + what + ": " + std::to_string(value));
}

void throw_division_by_zero(const Decimal& dividend) {
    throw_division_by_zero_of(dividend.to_string());
}

}  // namespace detail

Decimal Decimal::parse(std::string_view text, Grouping grouping) {
    text_detail::require_utf8(text);

    const detail::DecimalText t = detail::parse_decimal_text(text, grouping == Grouping::comma, max_scale);
    if (!t.ok) {
        std::string reason = t.error_reason;
        if (reason == "unexpected character" && t.error_position < text.size()) {
            reason += " '";
            reason += text[t.error_position];
            reason += "'";
        }
        throw ParseError(text, t.error_position, reason);
    }
    return Decimal(t.coefficient, t.scale, Raw{});
}

namespace {

// Digits of |c| in order, most significant first.
std::string magnitude_digits(detail::i128 c) {
    auto u = static_cast<detail::u128>(c < 0 ? -c : c);
    std::string digits;
    do {
        digits += static_cast<char>('0' + static_cast<int>(u % 10));
        u /= 10;
    } while (u != 0);
    return std::string(digits.rbegin(), digits.rend());
}

std::string render(detail::i128 coefficient, int scale, bool group) {
    std::string digits = magnitude_digits(coefficient);
    const auto places = static_cast<std::size_t>(scale);
    if (digits.size() <= places) digits.insert(0, places + 1 - digits.size(), '0');
    const std::string integer = digits.substr(0, digits.size() - places);
    std::string out;
    if (coefficient < 0) out += '-';
    for (std::size_t i = 0; i < integer.size(); ++i) {
        if (group && i > 0 && (integer.size() - i) % 3 == 0) out += ',';
        out += integer[i];
    }
    if (places > 0) {
        out += '.';
        out.append(digits, digits.size() - places, places);
    }
    return out;
}

}  // namespace

std::string Decimal::to_string() const {
    return render(coefficient_, scale_, false);
}

std::string Decimal::to_string(Grouping grouping) const {
    return render(coefficient_, scale_, grouping == Grouping::comma);
}

double Decimal::to_double() const {
    // from_chars rounds correctly to nearest; a coefficient of 38 digits is far inside double's range.
    const std::string text = to_string();
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::ostream& operator<<(std::ostream& os, const Decimal& d) {
    return os << d.to_string();
}

std::ostream& operator<<(std::ostream& os, RoundingMode mode) {
    return os << to_string(mode);
}

}  // namespace svctrade
