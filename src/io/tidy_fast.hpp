// SPDX-License-Identifier: BSL-1.0
// A tidy file's period and value fields in the forms nearly every row of a large file has, read
// without building a Period or a Decimal. Each answers false (or nothing) for any other text,
// valid or not, which then goes the general way: these never refuse, and never accept what the
// general way would read differently.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include <svctrade/panels/month_index.hpp>

// Inlined into the row loops, where GCC 12 left them calls with out-parameters through memory.
#if defined(__GNUC__)
#define SVCTRADE_ROW_INLINE [[gnu::always_inline]] inline
#else
#define SVCTRADE_ROW_INLINE inline
#endif

namespace svctrade::detail {

// Whether two short texts (keys of a few characters) are the same: compared in line, where
// std::string_view's == calls memcmp.
SVCTRADE_ROW_INLINE bool same_text(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i]) return false;
    }
    return true;
}

inline bool is_ascii_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}

// "2021-M06" or "2021-06", a month of years 1400-9999 as Period::month accepts, as its
// MonthIndex::number().
SVCTRADE_ROW_INLINE bool sdmx_month_number(std::string_view s, std::int32_t& number) noexcept {
    std::size_t m = 5;
    if (s.size() == 8 && s[5] == 'M') {
        m = 6;
    } else if (s.size() != 7) {
        return false;
    }
    if (s[4] != '-' || !is_ascii_digit(s[0]) || !is_ascii_digit(s[1]) || !is_ascii_digit(s[2]) ||
        !is_ascii_digit(s[3]) || !is_ascii_digit(s[m]) || !is_ascii_digit(s[m + 1])) {
        return false;
    }
    const int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    const int month = (s[m] - '0') * 10 + (s[m + 1] - '0');
    if (year < 1400 || month < 1 || month > 12) return false;
    number = year * 12 + month - 1;  // MonthIndex's number, without its checks (made above)
    return true;
}
static_assert(MonthIndex(2021, 6).number() == 2021 * 12 + 6 - 1);

inline std::optional<MonthIndex> sdmx_month(std::string_view s) noexcept {
    std::int32_t number = 0;
    if (!sdmx_month_number(s, number)) return std::nullopt;
    return MonthIndex::from_number(number);
}

// [+|-] digits [. digits] with at most 19 digits: the digits as one integer and the number of
// places. False for any other text. (At most 21 characters, so the digits are counted once, at
// the end: an integer of more than 19 digits wraps, and is refused by its count.)
SVCTRADE_ROW_INLINE bool plain_digits(std::string_view s, bool& negative, std::uint64_t& digits_value,
                                      std::size_t& places) noexcept {
    const char* p = s.data();
    const char* const end = p + s.size();
    if (s.empty() || s.size() > 21) return false;
    negative = *p == '-';
    if (*p == '+' || *p == '-') ++p;
    const char* const first = p;
    std::uint64_t m = 0;
    while (p != end && is_ascii_digit(*p)) m = m * 10 + static_cast<std::uint64_t>(*p++ - '0');
    const char* const point = p;
    if (p == first) return false;
    places = 0;
    if (p != end) {
        if (*p != '.') return false;
        ++p;
        while (p != end && is_ascii_digit(*p)) m = m * 10 + static_cast<std::uint64_t>(*p++ - '0');
        places = static_cast<std::size_t>(p - point - 1);
        if (places == 0 || p != end) return false;
    }
    if (static_cast<std::size_t>(point - first) + places > 19) return false;
    digits_value = m;
    return true;
}

// The nearest double to a number of at most 19 digits whose integer is below 2^53 and at most 22
// places: both the integer and 10^places are doubles exactly, and IEEE division rounds correctly,
// so the result is from_chars' (Clinger's fast path).
// A bool and an out-parameter rather than an optional: GCC 12 built the optional<double> from an
// 8-byte and a 1-byte store and read it back in one 16-byte load, a store-forwarding stall on
// every value (a fifth of value_double's time under perf).
SVCTRADE_ROW_INLINE bool fast_double(std::string_view s, double& out) noexcept {
    static constexpr double powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    bool negative = false;
    std::uint64_t m = 0;
    std::size_t places = 0;
    if (!plain_digits(s, negative, m, places) || places > 22 || m >= (std::uint64_t{1} << 53)) return false;
    const double x = static_cast<double>(m) / powers[places];
    out = negative ? -x : x;
    return true;
}

// The number as units of 10^-scale (scale 0-12) when it has at most `scale` places and at most
// `max_units` (below 10^18) units.
SVCTRADE_ROW_INLINE bool fast_units(std::string_view s, int scale, std::int64_t max_units, std::int64_t& out) noexcept {
    bool negative = false;
    std::uint64_t m = 0;
    std::size_t places = 0;
    if (!plain_digits(s, negative, m, places) || places > static_cast<std::size_t>(scale)) return false;
    for (std::size_t p = places; p < static_cast<std::size_t>(scale); ++p) {
        if (m > static_cast<std::uint64_t>(max_units) / 10) return false;
        m *= 10;
    }
    if (m > static_cast<std::uint64_t>(max_units)) return false;
    out = negative ? -static_cast<std::int64_t>(m) : static_cast<std::int64_t>(m);
    return true;
}

}  // namespace svctrade::detail
