// SPDX-License-Identifier: BSL-1.0
// Private helper of the exact number types (Decimal, Ratio): the one wording of an Overflow from
// checked arithmetic. Whether the operation had one operand (rounding, rescaling) or two (a + b,
// x * x) is said by the caller's choice of type, never guessed from addresses: x * x is a
// two-operand product even when both references name the same object.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include <svctrade/error.hpp>

namespace svctrade::detail {

// The value that a one-operand operation (round, rescale) could not produce a result for.
struct OneOperand {
    std::string value;
};

// The two values of a two-operand operation (add, multiply, divide…), in the caller's order.
struct TwoOperands {
    std::string first;
    std::string second;
};

// "cannot <operation> <value> exactly: <limit>".
[[noreturn]] inline void throw_operation_overflow(std::string_view operation, const OneOperand& operand,
                                                  std::string_view limit) {
    std::string m = "cannot ";
    m += operation;
    m += ' ';
    m += operand.value;
    m += " exactly: ";
    m += limit;
    throw Overflow(m);
}

// "cannot <operation> <first> and <second> exactly: <limit>".
[[noreturn]] inline void throw_operation_overflow(std::string_view operation, const TwoOperands& operands,
                                                  std::string_view limit) {
    std::string both = operands.first;
    both += " and ";
    both += operands.second;
    throw_operation_overflow(operation, OneOperand{std::move(both)}, limit);
}

// "cannot divide <dividend> by zero".
[[noreturn]] inline void throw_division_by_zero_of(std::string_view dividend) {
    std::string m = "cannot divide ";
    m += dividend;
    m += " by zero";
    throw DivisionByZero(m);
}

}  // namespace svctrade::detail
