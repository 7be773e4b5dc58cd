// SPDX-License-Identifier: BSL-1.0
// Private helpers of the period text sources: a cursor over the input that reports errors as
// ParseError with the byte position of the offending part, and month names.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <svctrade/error.hpp>
#include <svctrade/periods/period.hpp>

#include "periods/util.hpp"

namespace svctrade::detail {

inline constexpr std::array<std::string_view, 12> english_months{"January",   "February", "March",    "April",
                                                                 "May",       "June",     "July",     "August",
                                                                 "September", "October",  "November", "December"};

struct Number {
    long value = 0;
    std::size_t position = 0;
    std::size_t length = 0;
};

class Cursor {
public:
    explicit Cursor(std::string_view text) : text_(text) {}

    [[nodiscard]] std::string_view text() const noexcept { return text_; }
    [[nodiscard]] std::size_t position() const noexcept { return pos_; }
    [[nodiscard]] bool done() const noexcept { return pos_ >= text_.size(); }
    [[nodiscard]] char peek() const noexcept { return done() ? '\0' : text_[pos_]; }
    [[nodiscard]] std::string_view rest() const noexcept { return text_.substr(pos_); }

    [[noreturn]] void fail(std::size_t at, const std::string& reason) const { throw ParseError(text_, at, reason); }
    [[noreturn]] void fail(const std::string& reason) const { fail(pos_, reason); }

    bool eat(std::string_view literal) {
        if (rest().substr(0, literal.size()) != literal) return false;
        pos_ += literal.size();
        return true;
    }
    // ASCII letters compare without case; the literal must not be followed by another letter.
    bool eat_word(std::string_view word) {
        const std::string_view r = rest();
        if (r.size() < word.size()) return false;
        for (std::size_t i = 0; i < word.size(); ++i) {
            if (lower(r[i]) != lower(word[i])) return false;
        }
        if (r.size() > word.size() && is_letter(r[word.size()])) return false;
        pos_ += word.size();
        return true;
    }
    void expect(std::string_view literal, std::string_view what) {
        if (!eat(literal)) fail("expected " + std::string(what));
    }
    bool skip_spaces() {
        const std::size_t before = pos_;
        while (!done() && (peek() == ' ' || peek() == '\t')) ++pos_;
        return pos_ != before;
    }
    void expect_space() {
        if (!skip_spaces()) fail("expected a space");
    }
    // A run of ASCII digits (at most 9), or nothing.
    std::optional<Number> number() {
        Number n;
        n.position = pos_;
        while (!done() && peek() >= '0' && peek() <= '9') {
            if (n.length == 9) fail(n.position, "number too long");
            n.value = n.value * 10 + (peek() - '0');
            ++n.length;
            ++pos_;
        }
        if (n.length == 0) return std::nullopt;
        return n;
    }
    Number expect_number(std::string_view what) {
        if (auto n = number()) return *n;
        fail("expected " + std::string(what));
    }
    Number expect_digits(std::size_t count, std::string_view what) {
        const std::size_t at = pos_;
        const Number n = expect_number(what);
        if (n.length != count) fail(at, "expected " + std::string(what));
        return n;
    }
    // A run of ASCII letters, or an empty view.
    std::string_view word() {
        const std::size_t start = pos_;
        while (!done() && is_letter(peek())) ++pos_;
        return text_.substr(start, pos_ - start);
    }
    void expect_end() {
        skip_spaces();
        if (!done()) fail("unexpected \"" + std::string(rest()) + "\" after the period");
    }

private:
    static char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
    static bool is_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    std::string_view text_;
    std::size_t pos_ = 0;
};

// Builds a period from parsed parts; a period that does not exist (InvalidPeriod from the
// constructors) becomes a ParseError at the part that makes it invalid.
template <class Make>
Period build_at(const Cursor& cursor, std::size_t position, Make&& make) {
    try {
        return std::forward<Make>(make)();
    } catch (const InvalidPeriod& e) {
        cursor.fail(position, e.what());
    }
}

inline unsigned checked_number(const Cursor& cursor, const Number& n, long low, long high, std::string_view what) {
    if (n.value < low || n.value > high) {
        cursor.fail(n.position, std::string(what) + " " + std::to_string(n.value) + " does not exist: " +
                                    std::string(what) + "s are " + std::to_string(low) + ".." + std::to_string(high));
    }
    return static_cast<unsigned>(n.value);
}

inline int checked_year(const Cursor& cursor, const Number& n) {
    if (n.length != 4) cursor.fail(n.position, "expected a 4-digit year");
    // The constructors decide whether the period named exists (its days in 1400-01-01..9999-12-31):
    // a fiscal year labelled 1399 may end in 1400, so only labels that can name nothing stop here.
    if (n.value < detail::min_year - 1)
        cursor.fail(n.position, "year " + std::to_string(n.value) + " names no period: a period's days must lie in " +
                                    "1400-01-01..9999-12-31 (Boost.Date_Time's range)");
    return static_cast<int>(n.value);
}

// "/22" after the year 2021 of a fiscal label: the second year must be the one after the first,
// written with its last two digits.
inline void fiscal_second_year(Cursor& cursor, int year) {
    cursor.expect("/", "\"/\" between the two years of a fiscal year");
    const Number next = cursor.expect_digits(2, "the last two digits of the fiscal year's second year");
    if (next.value != (year + 1) % 100) {
        cursor.fail(next.position, "a fiscal year starting in " + std::to_string(year) + " ends in " +
                                       std::to_string(year + 1) + ", not in a year ending in " +
                                       std::to_string(next.value));
    }
}

// The end of an open phrase ("since …", "…以来"): the caller's as-of date, which must be a real
// date on or after the phrase's start. `example` is the phrase as the message quotes it.
inline boost::gregorian::date open_end(const Cursor& cursor, boost::gregorian::date first,
                                       std::optional<boost::gregorian::date> as_of, std::string_view example) {
    if (!as_of) cursor.fail(0, "an open phrase such as \"" + std::string(example) + "\" needs an explicit as-of date");
    if (as_of->is_special()) cursor.fail(0, "the as-of date is not a date but " + iso(*as_of));
    if (*as_of < first) cursor.fail(0, "the as-of date " + iso(*as_of) + " precedes the start " + iso(first));
    return *as_of;
}

// The closed range from `first` to `last`; `end_at` is where the text of `last` begins, for the
// message when the range runs backwards.
inline Period checked_range(const Cursor& cursor, std::size_t end_at, boost::gregorian::date first,
                            boost::gregorian::date last) {
    if (last < first) cursor.fail(end_at, "the range ends on " + iso(last) + ", before its start " + iso(first));
    return Period::range(first, last);
}

inline std::string two_digits(int year) {
    const int yy = year % 100;
    return (yy < 10 ? "0" : "") + std::to_string(yy);
}

}  // namespace svctrade::detail
