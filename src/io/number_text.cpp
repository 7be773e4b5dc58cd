// SPDX-License-Identifier: BSL-1.0
#include "io/number_text.hpp"

#include <charconv>
#include <string>

#include <svctrade/error.hpp>

namespace svctrade::detail {

Decimal parse_observation_value(std::string_view text, bool decimal_comma) {
    std::string buffer;
    std::string_view mantissa = text;
    int exponent = 0;
    const std::size_t e = text.find_first_of("eE");
    if (e != std::string_view::npos) {
        mantissa = text.substr(0, e);
        std::string_view digits = text.substr(e + 1);
        if (!digits.empty() && digits.front() == '+') digits.remove_prefix(1);
        const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), exponent);
        if (digits.empty() || ec != std::errc{} || ptr != digits.data() + digits.size() || exponent < -30 ||
            exponent > 30) {
            throw ParseError(text, e + 1, "an exponent is a whole number from -30 to 30");
        }
    }
    if (decimal_comma && mantissa.find(',') != std::string_view::npos) {
        if (mantissa.find('.') != std::string_view::npos) {
            throw ParseError(text, mantissa.find('.'), "a decimal comma and a point in one number");
        }
        buffer.assign(mantissa);
        buffer[buffer.find(',')] = '.';
        mantissa = buffer;
    }
    Decimal value = Decimal::parse(mantissa);
    if (exponent != 0) value = value * power_of_ten(exponent);
    return value;
}

Decimal power_of_ten(int power) {
    if (power >= 0) {
        Decimal p(1);
        for (int i = 0; i < power; ++i) p = p * Decimal(10);
        return p;
    }
    return Decimal::from_units(1, -power);
}

std::string observation_value_text(const Decimal& value, bool decimal_comma) {
    std::string text = value.normalized().to_string();
    if (decimal_comma) {
        const std::size_t dot = text.find('.');
        if (dot != std::string::npos) text[dot] = ',';
    }
    return text;
}

}  // namespace svctrade::detail
