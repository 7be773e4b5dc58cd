// SPDX-License-Identifier: BSL-1.0
// Observation values as data files write them: decimal points or commas, exponents, and the
// powers of ten of unit multipliers.
#pragma once

#include <string>
#include <string_view>

#include <svctrade/numbers/decimal.hpp>

namespace svctrade::detail {

// Reads "12.4", "-0.5", "1.5E-3" and, when `decimal_comma`, "12,4", exactly.
// Throws ParseError (position, reason) for anything else.
Decimal parse_observation_value(std::string_view text, bool decimal_comma);

// 10^power as a Decimal, for powers -30..30 (a negative power is a scale).
Decimal power_of_ten(int power);

// The shortest text of `value` (trailing zeros dropped), with a decimal comma when asked.
std::string observation_value_text(const Decimal& value, bool decimal_comma);

}  // namespace svctrade::detail
