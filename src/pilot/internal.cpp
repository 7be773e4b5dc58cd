// SPDX-License-Identifier: BSL-1.0
#include "pilot/internal.hpp"

#include <svctrade/error.hpp>
#include <svctrade/pilot/task.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <utility>

#include <boost/date_time/gregorian/gregorian.hpp>

namespace svctrade::pilot_internal {

namespace {
constexpr std::size_t max_id_length = 64;

bool id_char(char c) noexcept {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-';
}

std::string in_quotes(std::string_view text) {
    std::string q = "\"";
    q.append(text);
    q += '"';
    return q;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}
}  // namespace

bool is_blank(std::string_view text) noexcept {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

void check_id(std::string_view id, std::string_view what) {
    if (id.empty() || id.size() > max_id_length) {
        throw InvalidArgument(std::string(what) + " " + in_quotes(id) + " must have 1 to 64 characters");
    }
    const auto bad = std::find_if_not(id.begin(), id.end(), id_char);
    if (bad != id.end()) {
        throw InvalidArgument(std::string(what) + " " + in_quotes(id) + " has the character '" + std::string(1, *bad) +
                              "' at position " + std::to_string(bad - id.begin()) + ": ids use only A-Z a-z 0-9 . _ -");
    }
}

void check_one_line(std::string_view text, std::string_view what) {
    if (text.find_first_of("\r\n") != std::string_view::npos) {
        throw InvalidArgument(std::string(what) + " " + in_quotes(text) +
                              " contains a line break: it must fit on one line");
    }
}

void check_optional_text(const std::optional<std::string>& text, std::string_view what) {
    if (!text) return;
    if (is_blank(*text)) {
        throw InvalidArgument(std::string(what) + " is blank: pass no value when it was not published");
    }
    if (equal_ignoring_case(*text, not_published)) {
        throw InvalidArgument(std::string(what) + " " + in_quotes(*text) +
                              " is the reserved marker: pass no value when it was not published");
    }
    check_one_line(*text, what);
}

void check_date(boost::gregorian::date date, std::string_view what) {
    if (date.is_special()) {
        throw InvalidPeriod(std::string(what) + " is not a real date (" + boost::gregorian::to_simple_string(date) +
                            ")");
    }
}

std::string iso(boost::gregorian::date date) {
    if (date.is_special()) return boost::gregorian::to_simple_string(date);
    const auto ymd = date.year_month_day();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(ymd.year), static_cast<int>(ymd.month),
                  static_cast<int>(ymd.day));
    return buffer;
}

std::string suggestions(std::string_view wanted, const std::vector<std::string_view>& known) {
    std::vector<std::pair<std::size_t, std::string_view>> close;
    for (const auto k : known) {
        const std::size_t d = edit_distance(wanted, k);
        if (d <= 2 || (!wanted.empty() && k.substr(0, wanted.size()) == wanted)) close.emplace_back(d, k);
    }
    std::stable_sort(close.begin(), close.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string list;
    for (std::size_t i = 0; i < close.size() && i < 3; ++i) {
        if (i > 0) list += ", ";
        list.append(close[i].second);
    }
    return list;
}

}  // namespace svctrade::pilot_internal
