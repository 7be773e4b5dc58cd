// SPDX-License-Identifier: BSL-1.0
// A category set is stored as the component leaves it covers (plus SN). Components sum to their
// parent (EBOPS 2010 / BPM6), so the leaves are a partition of total services: any union,
// intersection or difference of leaf sets is again a set of services with no double counting,
// and the shortest code list is recovered by collapsing wholly covered parents.
#include <svctrade/categories/category_set.hpp>
#include <svctrade/error.hpp>

#include <string>

#include "categories/ebops2010_table.hpp"
#include "utf8_decode.hpp"

namespace svctrade {

static_assert(detail::ebops::count <= std::size_t{3} * 64, "CategorySet's bit array is too small for the table");

namespace {

bool summable(Category c) noexcept {
    return RoleFilter::summable().contains(c.role());
}

bool is_summable_leaf(Category c) noexcept {
    return summable(c) && c.is_leaf(RoleFilter::summable());
}

bool test(const std::array<std::uint64_t, 3>& bits, std::size_t i) noexcept {
    return ((bits[i / 64] >> (i % 64)) & 1U) != 0;
}

// The nearest component (or S) above a non-summable item: an alternative or memo item is part
// of the services of the component it hangs under, and an aggregate item hangs under S.
Category summable_anchor(Category c) noexcept {
    for (const Category a : c.ancestors()) {
        if (summable(a)) return a;
    }
    return Category::total();
}

void collect_members(const CategorySet& set, Category node, std::vector<Category>& out) {
    if (set.contains(node)) {
        out.push_back(node);
        return;
    }
    if (!set.overlaps(node)) return;
    for (const Category child : node.children(RoleFilter::summable())) collect_members(set, child, out);
}

}  // namespace

CategorySet::CategorySet(std::initializer_list<Category> categories) {
    for (const Category c : categories) insert(c);
}

CategorySet CategorySet::parse(std::string_view codes) {
    text_detail::require_utf8(codes);

    CategorySet set;
    bool any = false;
    std::size_t i = 0;
    while (i < codes.size()) {
        const auto is_separator = [](char ch) {
            return ch == ' ' || ch == ',' || ch == '\t' || ch == '\n' || ch == '\r';
        };
        if (is_separator(codes[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < codes.size() && !is_separator(codes[j])) ++j;
        set.insert(Category::from_code(codes.substr(i, j - i)));
        any = true;
        i = j;
    }
    if (!any) throw InvalidArgument("cannot make a category set from \"" + std::string(codes) + "\": it lists no code");
    return set;
}

void CategorySet::insert(Category category) {
    if (!summable(category)) {
        throw InvalidArgument("cannot add " + std::string(category.code()) + " (" + std::string(category.name()) +
                              ") to a category set: it is " +
                              (category.role() == CategoryRole::alternative ? "an " : "a ") +
                              std::string(svctrade::to_string(category.role())) +
                              " item, and a set holds components and SN only (alternative, memo and aggregate items"
                              " overlap the components without summing to them)");
    }
    for (const Category leaf : category.leaves(RoleFilter::summable())) {
        bits_[leaf.index() / 64] |= std::uint64_t{1} << (leaf.index() % 64);
    }
}

bool CategorySet::covers_all_leaves(Category category) const noexcept {
    for (const Category leaf : category.leaves(RoleFilter::summable())) {
        if (!test(bits_, leaf.index())) return false;
    }
    return true;
}

bool CategorySet::covers_any_leaf(Category category) const noexcept {
    for (const Category leaf : category.leaves(RoleFilter::summable())) {
        if (test(bits_, leaf.index())) return true;
    }
    return false;
}

bool CategorySet::contains(Category category) const noexcept {
    if (empty()) return false;
    return covers_all_leaves(summable(category) ? category : summable_anchor(category));
}

bool CategorySet::overlaps(Category category) const noexcept {
    if (!summable(category)) return contains(category);
    return covers_any_leaf(category);
}

std::vector<Category> CategorySet::members() const {
    std::vector<Category> out;
    if (!empty()) collect_members(*this, Category::total(), out);
    return out;
}

std::vector<Category> CategorySet::leaves() const {
    std::vector<Category> out;
    for (const Category c : Category::all()) {
        if (test(bits_, c.index()) && is_summable_leaf(c)) out.push_back(c);
    }
    return out;
}

bool CategorySet::empty() const noexcept {
    return bits_[0] == 0 && bits_[1] == 0 && bits_[2] == 0;
}

bool CategorySet::is_subset_of(const CategorySet& other) const noexcept {
    return (*this - other).empty();
}

std::string CategorySet::to_string() const {
    std::string out;
    for (const Category c : members()) {
        if (!out.empty()) out += ' ';
        out.append(c.code());
    }
    return out;
}

}  // namespace svctrade
