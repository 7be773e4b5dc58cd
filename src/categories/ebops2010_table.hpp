// SPDX-License-Identifier: BSL-1.0
// The compiled-in EBOPS 2010 table (private to the library; src/ebops2010_table.cpp is generated
// from data/*.csv by tools/generate_ebops_table.py). Indices are 8-bit: 145 codes fit, and the
// generator refuses more than 254.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <svctrade/categories/category.hpp>
#include <svctrade/categories/classification.hpp>
#include <svctrade/categories/fact_status.hpp>

namespace svctrade::detail::ebops {

inline constexpr std::size_t count = 145;
inline constexpr std::uint8_t no_parent = 0xFF;

struct Row {
    std::string_view code;
    std::string_view name;
    std::uint8_t parent;
    std::uint8_t depth;
    CategoryRole role;
    std::uint8_t subtree_size;  // rows i+1 .. i+subtree_size are the subtree (pre-order)
    std::uint16_t first_child;  // into child_indices
    std::uint8_t child_count;
    std::uint16_t first_ancestor;  // into ancestor_indices; depth entries, nearest first
};

struct CodeEntry {
    std::string_view code;
    std::uint8_t index;
};

struct ChineseNames {
    std::uint8_t index;
    std::string_view safe;
    std::string_view mofcom_short;
};

struct AggregateRow {
    std::string_view key;
    std::string_view name_en;
    std::string_view name_zh;
    std::string_view members;  // codes separated by spaces
    FactStatus status;
    std::string_view source;
    std::string_view ebops_code;  // the EBOPS aggregate item it is published as, or empty
};

struct AliasRow {
    std::string_view text;
    bool is_aggregate;
    std::string_view target;
    AliasRelation relation;
    FactStatus status;
    std::string_view source;
};

extern const Row rows[count];
extern const std::uint8_t child_indices[];
extern const std::uint8_t ancestor_indices[];
extern const std::uint8_t order[count];
extern const CodeEntry sorted_codes[count];
extern const ChineseNames chinese_names[];
extern const std::size_t chinese_name_count;
inline constexpr std::size_t aggregate_count = 8;  // the BuiltinAggregate enumerators, in CSV order
extern const AggregateRow aggregate_rows[aggregate_count];
extern const AliasRow alias_rows[];
extern const std::size_t alias_count;

}  // namespace svctrade::detail::ebops
