// SPDX-License-Identifier: BSL-1.0
// The keys shared by the panels: names with a sorted index for lookup (binary search, no hash
// table, no allocation per lookup) and consecutive months as integers.
#include <svctrade/panel_keys.hpp>

#include <svctrade/error.hpp>

#include <algorithm>
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
            throw InvalidArgument(std::string("a panel ") + what + " name is empty (position " +
                                  std::to_string(i) + ")");
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

std::size_t find(const std::vector<std::string>& names, const std::vector<std::size_t>& order,
                 std::string_view name, const char* what) {
    const auto it = std::lower_bound(order.begin(), order.end(), name,
                                     [&](std::size_t i, std::string_view n) { return names[i] < n; });
    if (it == order.end() || names[*it] != name) {
        throw NotFound(std::string("the panel has no ") + what + " \"" + std::string(name) + "\"");
    }
    return *it;
}

std::string month_text(std::int32_t index) {
    const int y = PanelKeys::year_of(index);
    const unsigned m = PanelKeys::month_of(index);
    return std::to_string(y) + (m < 10 ? "-0" : "-") + std::to_string(m);
}

}  // namespace

std::int32_t PanelKeys::month_index(int year, unsigned month) {
    if (month < 1 || month > 12) {
        throw InvalidPeriod("month " + std::to_string(month) + " of " + std::to_string(year) +
                            " does not exist: months are 1-12");
    }
    if (year < 1 || year > 9999) {
        throw InvalidPeriod("year " + std::to_string(year) + " is outside 1-9999");
    }
    return year * 12 + static_cast<std::int32_t>(month) - 1;
}

PanelKeys::PanelKeys(std::vector<std::string> reporters, std::vector<std::string> categories,
             std::int32_t first_month, std::size_t month_count)
    : reporters_(std::move(reporters)),
      categories_(std::move(categories)),
      reporter_order_(sorted_order(reporters_, "reporter")),
      category_order_(sorted_order(categories_, "category")),
      first_(first_month),
      months_(month_count) {
    if (month_count == 0) {
        throw InvalidArgument("a panel needs at least one month");
    }
    if (first_month < 12 || first_month > 9999 * 12 + 11 ||
        month_count > static_cast<std::size_t>(9999 * 12 + 11 - first_month) + 1) {
        throw InvalidPeriod("the panel's months must lie within years 1-9999");
    }
    const std::size_t rc = reporters_.size() * categories_.size();
    if (rc > max_cells || month_count > max_cells / rc) {
        throw InvalidArgument("a panel of " + std::to_string(reporters_.size()) + " reporters x " +
                              std::to_string(categories_.size()) + " categories x " +
                              std::to_string(month_count) + " months exceeds 2^40 cells");
    }
}

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

std::size_t PanelKeys::position(std::size_t r, std::size_t c, std::int32_t month) const {
    (void)reporter(r);
    (void)category(c);
    if (month < first_ || month > last_month()) {
        throw InvalidPeriod("month " + month_text(month) + " is outside the panel's months " +
                            month_text(first_) + " to " + month_text(last_month()));
    }
    return (r * categories_.size() + c) * months_ + static_cast<std::size_t>(month - first_);
}

}  // namespace svctrade
