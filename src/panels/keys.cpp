// SPDX-License-Identifier: BSL-1.0
// The keys shared by the panels: names with a sorted index for lookup (binary search, no hash
// table, no allocation per lookup) and consecutive months as integers.
#include <svctrade/panels/keys.hpp>

#include <svctrade/categories/aggregate.hpp>
#include <svctrade/categories/category_set.hpp>
#include <svctrade/error.hpp>

#include "panels/month_text.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

namespace svctrade {

namespace {

// 2^40 cells × 9 bytes × 2 flows is far beyond any services dataset (the world's bilateral
// EBOPS data is ~10^8 cells); the limit exists so that size arithmetic can never overflow.
constexpr std::size_t max_cells = std::size_t{1} << 40U;

std::vector<std::size_t> sorted_order(const std::vector<std::string>& names, const char* what) {
    if (names.empty()) {
        throw InvalidArgument(std::string("a panel needs at least one ") + what);
    }
    std::vector<std::size_t> order(names.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (names[i].empty()) {
            throw InvalidArgument(std::string("a panel ") + what + " name is empty (position " + std::to_string(i) +
                                  ")");
        }
        order[i] = i;
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return names[a] < names[b]; });
    for (std::size_t i = 1; i < order.size(); ++i) {
        if (names[order[i]] == names[order[i - 1]]) {
            throw InvalidArgument(std::string("duplicate panel ") + what + " \"" + names[order[i]] + "\"");
        }
    }
    return order;
}

std::size_t find(const std::vector<std::string>& names, const std::vector<std::size_t>& order, std::string_view name,
                 const char* what) {
    const auto it = std::lower_bound(order.begin(), order.end(), name,
                                     [&](std::size_t i, std::string_view n) { return names[i] < n; });
    if (it == order.end() || names[*it] != name) {
        throw NotFound(std::string("the panel has no ") + what + " \"" + std::string(name) + "\"");
    }
    return *it;
}

std::vector<std::string> codes_of(std::span<const Category> categories) {
    std::vector<std::string> codes;
    codes.reserve(categories.size());
    for (const Category c : categories) codes.emplace_back(c.code());
    return codes;
}

std::string describe(Category c) {
    return std::string(c.code()) + " (" + std::string(c.name()) + ")";
}

}  // namespace

std::string detail::month_text(MonthIndex month) {
    // Floor division, so that a month before year 1 (MonthIndex is unchecked after arithmetic)
    // is still named as a year and a month 1-12 in the message that refuses it.
    const std::int32_t n = month.number();
    const std::int32_t year = n >= 0 ? n / 12 : -((11 - n) / 12);
    const std::int32_t m = n - year * 12 + 1;
    return std::to_string(year) + (m < 10 ? "-0" : "-") + std::to_string(m);
}

PanelKeys::PanelKeys(std::vector<std::string> reporters, std::vector<std::string> categories, MonthIndex first_month,
                     std::size_t month_count)
    : reporters_(std::move(reporters)),
      categories_(std::move(categories)),
      reporter_order_(sorted_order(reporters_, "reporter")),
      category_order_(sorted_order(categories_, "category")),
      first_(first_month),
      months_(month_count) {
    if (month_count == 0) {
        throw InvalidArgument("a panel needs at least one month");
    }
    const std::int32_t first = first_month.number();
    if (first < 12 || first > 9999 * 12 + 11 || month_count > static_cast<std::size_t>(9999 * 12 + 11 - first) + 1) {
        throw InvalidPeriod("a panel of " + std::to_string(month_count) + (month_count == 1 ? " month" : " months") +
                            " from " + detail::month_text(first_month) +
                            " leaves years 1-9999, where a panel's months lie");
    }
    const std::size_t rc = reporters_.size() * categories_.size();
    if (rc > max_cells || month_count > max_cells / rc) {
        throw InvalidArgument("a panel of " + std::to_string(reporters_.size()) + " reporters x " +
                              std::to_string(categories_.size()) + " categories x " + std::to_string(month_count) +
                              " months exceeds 2^40 cells");
    }
}

PanelKeys::PanelKeys(std::vector<std::string> reporters, std::span<const Category> categories, MonthIndex first_month,
                     std::size_t month_count)
    : PanelKeys(std::move(reporters), codes_of(categories), first_month, month_count) {
    classified_.assign(categories.begin(), categories.end());
}

PanelKeys::PanelKeys(std::vector<std::string> reporters, std::initializer_list<Category> categories,
                     MonthIndex first_month, std::size_t month_count)
    : PanelKeys(std::move(reporters), std::span<const Category>(categories.begin(), categories.size()), first_month,
                month_count) {}

const std::string& PanelKeys::reporter(std::size_t r) const {
    if (r >= reporters_.size()) {
        throw NotFound("the panel has no reporter number " + std::to_string(r) + " (it has " +
                       std::to_string(reporters_.size()) + ")");
    }
    return reporters_[r];
}

const std::string& PanelKeys::category(std::size_t c) const {
    if (c >= categories_.size()) {
        throw NotFound("the panel has no category number " + std::to_string(c) + " (it has " +
                       std::to_string(categories_.size()) + ")");
    }
    return categories_[c];
}

std::size_t PanelKeys::reporter_index(std::string_view name) const {
    return find(reporters_, reporter_order_, name, "reporter");
}

std::size_t PanelKeys::category_index(std::string_view code) const {
    return find(categories_, category_order_, code, "category");
}

Category PanelKeys::category_of(std::size_t c) const {
    const std::string& code = category(c);
    if (!is_classified()) {
        throw InvalidArgument(
            "the panel's category \"" + code +
            "\" is a custom code: the panel was created from strings, not from EBOPS 2010 categories");
    }
    return classified_[c];
}

std::size_t PanelKeys::category_index(Category category) const {
    if (!is_classified()) {
        throw InvalidArgument("cannot look up " + std::string(category.code()) +
                              " by category: the panel was created from custom codes, not from EBOPS 2010 categories"
                              " (look the code up as a string)");
    }
    return category_index(category.code());
}

// A sum of categories is a whole only when it counts every service once. Components nest (S ⊃ SC
// ⊃ SC1), the analytical aggregates (SOX, SPX1 …) are unions of components, and alternative and
// memo items overlap the components in ways EBOPS 2010 does not give as sums (BPM6; see
// CategoryRole), as do SDZ and S5, which are measured separately. So every category must be a set
// of components, and the sets must be disjoint.
void PanelKeys::check_sum_of_categories() const {
    if (!is_classified() || classified_.size() < 2) return;
    std::vector<CategorySet> sets;
    sets.reserve(classified_.size());
    CategorySet covered;
    for (const Category c : classified_) {
        std::optional<CategorySet> set = members_of(c);
        if (!set) {
            const bool aggregate = c.role() == CategoryRole::aggregate;
            throw NotComparable("cannot use the sum of the panel's categories as the whole: " + describe(c) +
                                (aggregate
                                     ? " is an aggregate measured separately, not a set of components,"
                                     : " is " + std::string(c.role() == CategoryRole::alternative ? "an " : "a ") +
                                           std::string(to_string(c.role())) + " item,") +
                                " which EBOPS 2010 never sums with other categories; pass the whole category instead");
        }
        if (!(covered & *set).empty()) {
            for (std::size_t i = 0; i < sets.size(); ++i) {
                const CategorySet common = sets[i] & *set;
                if (common.empty()) continue;
                const Category a = classified_[i];
                std::string how;
                if (set->is_subset_of(sets[i])) {
                    how = std::string(c.code()) + " lies within " + std::string(a.code());
                } else if (sets[i].is_subset_of(*set)) {
                    how = std::string(a.code()) + " lies within " + std::string(c.code());
                } else {
                    how = "both cover " + common.to_string();
                }
                throw NotComparable("cannot use the sum of the panel's categories as the whole: " +
                                    std::string(a.code()) + " and " + std::string(c.code()) + " overlap (" + how +
                                    "), so the sum counts the same services twice; pass the whole category instead");
            }
        }
        covered = covered | *set;
        sets.push_back(*set);
    }
}

void PanelKeys::check_whole(std::size_t whole) const {
    (void)category(whole);
    if (!is_classified()) return;
    const Category w = classified_[whole];
    for (const Category c : classified_) {
        if (!is_part_of(c, w)) {
            throw NotComparable("the panel's category " + describe(c) + " is not within the whole " + describe(w) +
                                ": a share or contribution is taken of a part inside its whole");
        }
    }
}

std::size_t PanelKeys::reported_column(Flow flow) {
    if (flow != Flow::exports && flow != Flow::imports && flow != Flow::total && flow != Flow::balance) {
        throw InvalidArgument("unknown flow " + std::to_string(static_cast<int>(flow)));
    }
    if (!is_reported(flow)) {
        throw InvalidArgument("the " + std::string(to_string(flow)) +
                              " flow is derived from exports and imports and is not stored");
    }
    return static_cast<std::size_t>(flow);
}

std::size_t PanelKeys::position(std::size_t r, std::size_t c, MonthIndex month) const {
    (void)reporter(r);
    (void)category(c);
    if (month < first_ || month > last_month()) {
        throw InvalidPeriod("month " + detail::month_text(month) + " is outside the panel's months " +
                            detail::month_text(first_) + " to " + detail::month_text(last_month()));
    }
    return (r * categories_.size() + c) * months_ + static_cast<std::size_t>(month - first_);
}

}  // namespace svctrade
