// SPDX-License-Identifier: BSL-1.0
// Implementation detail: the decimal-text grammar shared by Decimal::parse (run time) and the
// _dec literal (compile time). Not part of the API.
#pragma once

#include <cstddef>
#include <string_view>

#include <svctrade/numbers/detail/int128.hpp>

namespace svctrade::detail {

struct DecimalText {
    i128 coefficient = 0;
    int scale = 0;
    bool ok = false;
    std::size_t error_position = 0;
    const char* error_reason = "";
};

constexpr DecimalText fail(std::size_t position, const char* reason) noexcept {
    DecimalText r;
    r.error_position = position;
    r.error_reason = reason;
    return r;
}

/// Grammar: [+|-] digits [ "." digits ], where the integer digits may be grouped by commas in
/// groups of three when `grouping` is set ("1,234,567.5"). Nothing else: no spaces, no exponent,
/// no leading or trailing decimal point.
constexpr DecimalText parse_decimal_text(std::string_view s, bool grouping, int max_scale) noexcept {
    if (s.empty()) return fail(0, "empty text, expected a number");
    std::size_t i = 0;
    bool negative = false;
    if (s[0] == '+' || s[0] == '-') {
        negative = s[0] == '-';
        ++i;
    }
    if (i == s.size()) return fail(i, "a sign without digits");
    if (s[i] == '+' || s[i] == '-') return fail(i, "a second sign");
    if (s[i] == '.') return fail(i, "a decimal point needs a digit before it (write 0.5, not .5)");
    if (s[i] == ',') return fail(i, "a number cannot start with a group separator");
    i128 coef = 0;
    int scale = 0;
    bool in_fraction = false;
    bool any_grouping = false;
    std::size_t group_len = 0;  // digits since the last comma (or since the start)
    std::size_t first_group_len = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            i128 next = 0;
            if (!checked_mul(coef, 10, next) || !checked_add(next, c - '0', next))
                return fail(i,
                            "beyond the Decimal range: the digits, read without the point, must be below 2^127 "
                            "(170141183460469231731687303715884105728)");
            coef = next;
            if (in_fraction) {
                if (++scale > max_scale) return fail(i, "too many decimal places (at most 30)");
            } else {
                ++group_len;
                if (any_grouping && group_len > 3) return fail(i, "a digit group after a comma must have 3 digits");
            }
        } else if (c == '.') {
            if (in_fraction) return fail(i, "a second decimal point");
            if (any_grouping && group_len != 3) return fail(i, "a digit group after a comma must have 3 digits");
            if (i + 1 == s.size()) return fail(i + 1, "a decimal point needs a digit after it");
            if (s[i + 1] < '0' || s[i + 1] > '9') {
                if (s[i + 1] == '.') return fail(i + 1, "a second decimal point");
                return fail(i + 1, "a decimal point needs a digit after it");
            }
            in_fraction = true;
        } else if (c == ',') {
            if (!grouping) return fail(i, "a group separator ',' is not allowed (parse with Grouping::comma)");
            if (in_fraction) return fail(i, "a group separator in the fraction");
            if (!any_grouping) {
                first_group_len = group_len;
                if (first_group_len > 3) return fail(i, "the first digit group before a comma has more than 3 digits");
            } else if (group_len != 3) {
                return fail(i, "a digit group after a comma must have 3 digits");
            }
            if (i + 1 == s.size() || s[i + 1] < '0' || s[i + 1] > '9')
                return fail(i + 1, "a group separator must be followed by a digit");
            any_grouping = true;
            group_len = 0;
        } else if (c == 'e' || c == 'E') {
            return fail(i, "exponent notation is not accepted");
        } else if (c == '+' || c == '-') {
            return fail(i, "a sign inside the number");
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            return fail(i, "whitespace is not part of a number");
        } else {
            return fail(i, "unexpected character");
        }
    }
    if (any_grouping && !in_fraction && group_len != 3)
        return fail(s.size(), "a digit group after a comma must have 3 digits");
    DecimalText r;
    r.coefficient = negative ? -coef : coef;
    r.scale = scale;
    r.ok = true;
    return r;
}

}  // namespace svctrade::detail
