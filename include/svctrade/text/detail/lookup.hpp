// SPDX-License-Identifier: BSL-1.0
/// \file
/// One shape for the small tables that name values: a constant array of (key, value) rows, read
/// in either direction. The words of a format spec (`"billion"` → FormatScale::billion), the codes
/// of a claim (`"exports"` ↔ ClaimFlow::exports) and the mapping of one enumeration onto another
/// (FormatScale::billion → EnglishScale::billion) are such tables; each lookup was a loop or an
/// if-chain of its own. A `switch` over an enumeration stays a switch where the compiler should
/// warn about a missing enumerator (PeriodKind's names, RollUpTarget's kinds).
/// Implementation header: installed because public headers use it, not API.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace svctrade::detail {

/// One row of a lookup table: a key and the value it names.
template <class Key, class Value>
struct LookupRow {
    Key key;      ///< What the caller has: a word, a code, a value of another enumeration.
    Value value;  ///< What it names.
};

/// A constant table of rows, written `constexpr LookupTable<std::string_view, Flow, 2> t{{{"a", …}, …}};`.
template <class Key, class Value, std::size_t N>
using LookupTable = std::array<LookupRow<Key, Value>, N>;

/// \returns the value of the first row whose key equals `key`, or nothing.
template <class Key, class Value, std::size_t N, class K>
[[nodiscard]] constexpr std::optional<Value> lookup(const LookupTable<Key, Value, N>& table, const K& key) noexcept {
    for (const auto& row : table) {
        if (row.key == key) return row.value;
    }
    return std::nullopt;
}

/// \returns the key of the first row whose value equals `value`, or nothing.
template <class Key, class Value, std::size_t N>
[[nodiscard]] constexpr std::optional<Key> reverse_lookup(const LookupTable<Key, Value, N>& table,
                                                          const Value& value) noexcept {
    for (const auto& row : table) {
        if (row.value == value) return row.key;
    }
    return std::nullopt;
}

/// \returns the keys of a table of words in row order, joined by `separator`: the list an error
///          message offers ("use one of exports, imports, …").
template <class Value, std::size_t N>
[[nodiscard]] std::string joined_keys(const LookupTable<std::string_view, Value, N>& table,
                                      std::string_view separator = ", ") {
    std::string s;
    for (std::size_t i = 0; i < N; ++i) {
        if (i > 0) s += separator;
        s += table[i].key;
    }
    return s;
}

}  // namespace svctrade::detail
