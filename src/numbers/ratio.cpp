// SPDX-License-Identifier: BSL-1.0
// Ratio's text and double conversions, the formatting shared by the percentage types, and the
// error messages of their checked arithmetic.
#include <svctrade/error.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/numbers/ratio.hpp>

#include "numbers/overflow_message.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace svctrade {

namespace detail {

namespace {
// Ratio's limit, as the message of every overflow names it.
constexpr std::string_view ratio_range = "the numerator or denominator reaches 2^127 (about 1.7e38)";
}  // namespace

void throw_ratio_overflow(const char* operation, const Ratio& value) {
    throw_operation_overflow(operation, OneOperand{value.to_string()}, ratio_range);
}

void throw_ratio_overflow(const char* operation, const Ratio& a, const Ratio& b) {
    throw_operation_overflow(operation, TwoOperands{a.to_string(), b.to_string()}, ratio_range);
}

void throw_ratio_by_zero(const Ratio& dividend) {
    throw_division_by_zero_of(dividend.to_string());
}

std::string format_percent(const Ratio& fraction, int places, RoundingMode mode, const char* suffix,
                           bool explicit_plus) {
    const Decimal value = hundred_times(fraction).round(places, mode);
    // Appended piece by piece: GCC 12 at -O3 reports a false -Wrestrict on "+" + string.
    std::string s;
    if (explicit_plus && value.sign() > 0) s += '+';
    s += value.to_string();
    s += suffix;
    return s;
}

}  // namespace detail

double Ratio::to_double() const {
    // Both terms are converted to the nearest double first, so the quotient is within about
    // one ulp of the exact value: good enough for analysis, never for published figures.
    return static_cast<double>(num_) / static_cast<double>(den_);
}

std::string Ratio::to_string() const {
    std::string s = numerator().to_string();
    if (den_ != 1) {
        s += '/';
        s += denominator().to_string();
    }
    return s;
}

std::ostream& operator<<(std::ostream& os, const Ratio& r) {
    return os << r.to_string();
}

}  // namespace svctrade
