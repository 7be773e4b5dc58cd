// SPDX-License-Identifier: BSL-1.0
// EBOPS 2010 lookups and tree operations over the constant table in ebops2010_table.cpp. The
// table is in pre-order, so a subtree is a contiguous run of rows: descendants and leaves are
// spans of `order`, and no operation recurses or allocates.
#include <svctrade/categories/category.hpp>
#include <svctrade/categories/fact_status.hpp>
#include <svctrade/categories/flow.hpp>
#include <svctrade/error.hpp>

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "categories/category_text.hpp"
#include "categories/ebops2010_table.hpp"
#include "utf8_decode.hpp"

namespace svctrade {

namespace ebops = detail::ebops;

std::string_view to_string(CategoryRole role) noexcept {
    switch (role) {
        case CategoryRole::component:
            return "component";
        case CategoryRole::alternative:
            return "alternative";
        case CategoryRole::memo:
            return "memo";
        case CategoryRole::aggregate:
            return "aggregate";
        case CategoryRole::residual:
            return "residual";
    }
    return "unknown role";
}

std::string_view to_string(FactStatus status) noexcept {
    switch (status) {
        case FactStatus::confirmed:
            return "confirmed";
        case FactStatus::inferred:
            return "inferred";
        case FactStatus::unconfirmed:
            return "unconfirmed";
    }
    return "unknown status";
}

namespace {

const ebops::Row& row(std::size_t index) noexcept {
    return ebops::rows[index];
}

std::optional<std::uint8_t> index_of(std::string_view code) noexcept {
    const auto* first = std::begin(ebops::sorted_codes);
    const auto* last = std::end(ebops::sorted_codes);
    const auto* it =
        std::lower_bound(first, last, code, [](const ebops::CodeEntry& e, std::string_view c) { return e.code < c; });
    if (it == last || it->code != code) return std::nullopt;
    return it->index;
}

bool has_child_in(std::size_t index, RoleFilter filter) noexcept {
    const auto& r = row(index);
    for (std::size_t k = 0; k < r.child_count; ++k) {
        if (filter.contains(row(ebops::child_indices[r.first_child + k]).role)) return true;
    }
    return false;
}

}  // namespace

Category Category::from_code(std::string_view code) {
    text_detail::require_utf8(code);

    if (const auto found = find(code)) return *found;
    std::string listed;
    for (const Category c : closest(code)) {
        if (!listed.empty()) listed += ", ";
        listed.append(c.code());
    }
    throw UnknownCode("EBOPS 2010 code", code, listed);
}

std::optional<Category> Category::find(std::string_view code) noexcept {
    if (const auto i = index_of(code)) return Category(*i);
    return std::nullopt;
}

std::vector<Category> Category::closest(std::string_view code, std::size_t max_count) {
    std::vector<Category> out;
    const auto add = [&](std::uint8_t index) {
        const Category c(index);
        if (out.size() < max_count && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
    };
    const std::string upper = detail::ascii_upper(detail::trim(code));
    if (upper.empty()) return out;
    // A code typed in the wrong case, or with stray blanks, is the one meant: nothing else is
    // as close.
    if (const auto i = index_of(upper)) {
        add(*i);
        return out;
    }
    // "SJ1125" is likely a sub-item of its longest valid prefix SJ112: offer it and its children.
    for (std::size_t n = upper.size() - 1; n > 0; --n) {
        if (const auto i = index_of(std::string_view(upper).substr(0, n))) {
            add(*i);
            const auto& r = row(*i);
            for (std::size_t k = 0; k < r.child_count; ++k) add(ebops::child_indices[r.first_child + k]);
            break;
        }
    }
    // Then plain typos: codes within two edits (one for codes of two characters or fewer).
    const std::size_t limit = upper.size() <= 2 ? 1 : 2;
    std::vector<std::pair<std::size_t, std::uint8_t>> near;
    for (std::size_t i = 0; i < ebops::count; ++i) {
        const std::size_t d = detail::edit_distance(upper, row(i).code, limit);
        if (d <= limit) near.emplace_back(d, static_cast<std::uint8_t>(i));
    }
    std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [d, i] : near) add(i);
    return out;
}

Category Category::total() noexcept {
    return Category(0);
}

CategoryList Category::all() noexcept {
    return CategoryList(std::begin(ebops::order), std::end(ebops::order), RoleFilter::any(), false);
}

CategoryList Category::main_components() noexcept {
    return total().children(CategoryRole::component);
}

std::size_t Category::count() noexcept {
    return ebops::count;
}

std::string_view Category::code() const noexcept {
    return row(index_).code;
}

std::string_view Category::name() const noexcept {
    return row(index_).name;
}

std::optional<std::string_view> Category::chinese_name(ChineseNameForm form) const noexcept {
    for (std::size_t k = 0; k < ebops::chinese_name_count; ++k) {
        const auto& z = ebops::chinese_names[k];
        if (z.index == index_) return form == ChineseNameForm::safe ? z.safe : z.mofcom_short;
    }
    return std::nullopt;
}

CategoryRole Category::role() const noexcept {
    return row(index_).role;
}

int Category::depth() const noexcept {
    return row(index_).depth;
}

std::optional<Category> Category::parent() const noexcept {
    const auto p = row(index_).parent;
    if (p == ebops::no_parent) return std::nullopt;
    return Category(p);
}

CategoryList Category::children(RoleFilter filter) const noexcept {
    const auto& r = row(index_);
    const std::uint8_t* first = ebops::child_indices + r.first_child;
    return CategoryList(first, first + r.child_count, filter, false);
}

CategoryList Category::ancestors() const noexcept {
    const auto& r = row(index_);
    const std::uint8_t* first = ebops::ancestor_indices + r.first_ancestor;
    return CategoryList(first, first + r.depth, RoleFilter::any(), false);
}

CategoryList Category::descendants(RoleFilter filter) const noexcept {
    const std::uint8_t* first = ebops::order + index_ + 1;
    return CategoryList(first, first + row(index_).subtree_size, filter, false);
}

CategoryList Category::leaves(RoleFilter filter) const noexcept {
    const std::uint8_t* first = ebops::order + index_;
    return CategoryList(first, first + 1 + row(index_).subtree_size, filter, true);
}

bool Category::is_leaf(RoleFilter filter) const noexcept {
    return !has_child_in(index_, filter);
}

bool Category::is_within(Category other) const noexcept {
    // Pre-order: the subtree of `other` is the rows other .. other + subtree_size.
    return index_ >= other.index_ && index_ <= other.index_ + row(other.index_).subtree_size;
}

std::ostream& operator<<(std::ostream& out, Category category) {
    return out << category.code();
}

void CategoryIterator::skip() noexcept {
    while (position_ != end_) {
        const std::uint8_t i = *position_;
        if (filter_.contains(row(i).role) && (!leaves_only_ || !has_child_in(i, filter_))) return;
        ++position_;
    }
}

std::size_t CategoryList::size() const noexcept {
    std::size_t n = 0;
    for (auto it = begin(); it != end(); ++it) ++n;
    return n;
}

std::vector<Category> CategoryList::to_vector() const {
    std::vector<Category> out;
    for (const Category c : *this) out.push_back(c);
    return out;
}

bool CategoryList::contains(Category category) const noexcept {
    for (const Category c : *this) {
        if (c == category) return true;
    }
    return false;
}

std::ostream& operator<<(std::ostream& os, CategoryRole role) {
    return os << to_string(role);
}

std::ostream& operator<<(std::ostream& os, FactStatus status) {
    return os << to_string(status);
}

// Flow's names are constexpr in flow.hpp; only its stream operator is compiled here.
std::ostream& operator<<(std::ostream& os, Flow flow) {
    return os << to_string(flow);
}

}  // namespace svctrade
