// SPDX-License-Identifier: BSL-1.0
// The built-in aggregates come from data/aggregates.csv (compiled into ebops2010_table.cpp);
// their members and status are as that file gives them, see docs/categories.md.
#include <svctrade/categories/aggregate.hpp>
#include <svctrade/error.hpp>

#include <array>
#include <string>
#include <utility>

#include "categories/ebops2010_table.hpp"

namespace svctrade {

namespace ebops = detail::ebops;

Aggregate::Aggregate(std::string key, std::string name, CategorySet members, FactStatus status, std::string source,
                     std::string chinese_name)
    : key_(std::move(key)),
      name_(std::move(name)),
      chinese_name_(std::move(chinese_name)),
      members_(members),
      status_(status),
      source_(std::move(source)) {
    if (key_.empty()) throw InvalidArgument("an aggregate needs a key (\"" + name_ + "\" has none)");
    if (key_.find_first_of(" \t\r\n") != std::string::npos) {
        throw InvalidArgument("aggregate key \"" + key_ +
                              "\" contains white space: use a word such as cultural_creativity");
    }
    if (name_.empty()) throw InvalidArgument("aggregate \"" + key_ + "\" needs an English name");
    if (members_.empty()) throw InvalidArgument("aggregate \"" + key_ + "\" has no members");
}

Aggregate Aggregate::make_builtin(std::size_t index) {
    const auto& r = ebops::aggregate_rows[index];
    Aggregate a(std::string(r.key), std::string(r.name_en), CategorySet::parse(r.members), r.status,
                std::string(r.source), std::string(r.name_zh));
    if (!r.ebops_code.empty()) a.ebops_code_ = Category::from_code(r.ebops_code);
    return a;
}

std::span<const Aggregate> Aggregate::builtins() {
    // Built on first use from the constant rows (a handful of strings); thread-safe as a
    // function-local static.
    static_assert(ebops::aggregate_count == 8);
    static const std::array<Aggregate, 8> all = [] {
        return std::array<Aggregate, 8>{make_builtin(0), make_builtin(1), make_builtin(2), make_builtin(3),
                                        make_builtin(4), make_builtin(5), make_builtin(6), make_builtin(7)};
    }();
    return all;
}

const Aggregate& Aggregate::builtin(BuiltinAggregate which) {
    const auto i = static_cast<std::size_t>(which);
    const auto all = builtins();
    if (i >= all.size()) throw InvalidArgument("no built-in aggregate number " + std::to_string(i));
    return all[i];
}

std::optional<CategorySet> members_of(Category category) {
    if (RoleFilter::summable().contains(category.role())) return CategorySet{category};
    for (const Aggregate& a : Aggregate::builtins()) {
        if (a.ebops_code() == category) return a.members();
    }
    return std::nullopt;
}

bool is_part_of(Category part, Category whole) {
    if (part.is_within(whole)) return true;
    // SOX, SOX1, SPX1 and SPX4 are sets of components that sit beside them in the tree (their
    // parent is S): SI is part of SOX although it is not below it.
    if (whole.role() != CategoryRole::aggregate) return false;
    const std::optional<CategorySet> members = members_of(whole);
    if (!members) return false;  // SDZ and S5 are measured items, not sets: only their own code.
    // A part that is itself a set (a component, SN, or another aggregate such as SOX1 in SOX)
    // must be covered in full; an alternative or memo item by the component above it.
    if (const std::optional<CategorySet> part_members = members_of(part)) {
        return part_members->is_subset_of(*members);
    }
    return members->contains(part);
}

}  // namespace svctrade
