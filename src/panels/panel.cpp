// SPDX-License-Identifier: BSL-1.0
// The panel's storage: dense columns in (reporter, category, month) order, one pair of columns
// (values, validity) per reported flow. Dense storage makes "the same month last year" a fixed
// offset and keeps whole-dataset passes sequential in memory.
#include <svctrade/panels/panel.hpp>

#include <svctrade/error.hpp>

#include <algorithm>
#include <cmath>
#include <string>

namespace svctrade {

namespace {

std::string month_text(std::int32_t index) {
    const int y = PanelKeys::year_of(index);
    const unsigned m = PanelKeys::month_of(index);
    return std::to_string(y) + (m < 10 ? "-0" : "-") + std::to_string(m);
}

}  // namespace

Panel::Panel(std::vector<std::string> reporters, std::vector<std::string> categories, std::int32_t first_month,
             std::size_t month_count)
    : PanelKeys(std::move(reporters), std::move(categories), first_month, month_count) {
    allocate();
}

Panel::Panel(std::vector<std::string> reporters, std::span<const Category> categories, std::int32_t first_month,
             std::size_t month_count)
    : PanelKeys(std::move(reporters), categories, first_month, month_count) {
    allocate();
}

Panel::Panel(std::vector<std::string> reporters, std::initializer_list<Category> categories, std::int32_t first_month,
             std::size_t month_count)
    : PanelKeys(std::move(reporters), categories, first_month, month_count) {
    allocate();
}

void Panel::allocate() {
    for (std::size_t f = 0; f < 2; ++f) {
        values_[f].assign(cell_count(), 0.0);
        valid_[f].assign(cell_count(), 0);
    }
}

std::size_t Panel::column(Flow flow) {
    if (!is_reported(flow)) {
        throw InvalidArgument("the " + std::string(to_string(flow)) +
                              " flow is derived from exports and imports and is not stored");
    }
    return static_cast<std::size_t>(flow);
}

void Panel::set(std::size_t r, std::size_t c, Flow flow, std::int32_t month, double value) {
    const std::size_t f = column(flow);
    if (!std::isfinite(value)) {
        throw InvalidArgument("a panel value must be finite (reporter " + std::to_string(r) + ", category " +
                              std::to_string(c) + ", " + month_text(month) + ")");
    }
    const std::size_t i = position(r, c, month);
    values_[f][i] = value;
    valid_[f][i] = 1;
}

void Panel::set(std::string_view reporter, std::string_view category, Flow flow, std::int32_t month, double value) {
    set(reporter_index(reporter), category_index(category), flow, month, value);
}

void Panel::erase(std::size_t r, std::size_t c, Flow flow, std::int32_t month) {
    const std::size_t f = column(flow);
    const std::size_t i = position(r, c, month);
    values_[f][i] = 0.0;
    valid_[f][i] = 0;
}

std::optional<double> Panel::value(std::size_t r, std::size_t c, Flow flow, std::int32_t month) const {
    const std::size_t i = position(r, c, month);
    const bool e = valid_[0][i] != 0;
    const bool m = valid_[1][i] != 0;
    switch (flow) {
        case Flow::exports:
            return e ? std::optional<double>(values_[0][i]) : std::nullopt;
        case Flow::imports:
            return m ? std::optional<double>(values_[1][i]) : std::nullopt;
        case Flow::total:
            return e && m ? std::optional<double>(values_[0][i] + values_[1][i]) : std::nullopt;
        case Flow::balance:
            return e && m ? std::optional<double>(values_[0][i] - values_[1][i]) : std::nullopt;
    }
    throw InvalidArgument("unknown flow");
}

std::span<const double> Panel::values(Flow flow) const {
    return values_[column(flow)];
}

std::span<const std::uint8_t> Panel::valid(Flow flow) const {
    return valid_[column(flow)];
}

std::size_t Panel::valid_count(Flow flow) const {
    const auto& v = valid_[column(flow)];
    return static_cast<std::size_t>(std::count(v.begin(), v.end(), std::uint8_t{1}));
}

}  // namespace svctrade
