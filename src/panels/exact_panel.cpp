// SPDX-License-Identifier: BSL-1.0
// The exact panel's storage: integers of a fixed decimal unit, so that sums and the numerators
// of every ratio are exact and the only rounding is the one the caller asks for.
#include <svctrade/panels/exact_panel.hpp>

#include <svctrade/error.hpp>

#include <algorithm>
#include <charconv>
#include <string>

namespace svctrade {

ExactPanel::ExactPanel(std::vector<std::string> reporters, std::vector<std::string> categories,
                       std::int32_t first_month, std::size_t month_count, int scale)
    : PanelKeys(std::move(reporters), std::move(categories), first_month, month_count), scale_(scale) {
    allocate();
}

ExactPanel::ExactPanel(std::vector<std::string> reporters, std::span<const Category> categories,
                       std::int32_t first_month, std::size_t month_count, int scale)
    : PanelKeys(std::move(reporters), categories, first_month, month_count), scale_(scale) {
    allocate();
}

ExactPanel::ExactPanel(std::vector<std::string> reporters, std::initializer_list<Category> categories,
                       std::int32_t first_month, std::size_t month_count, int scale)
    : PanelKeys(std::move(reporters), categories, first_month, month_count), scale_(scale) {
    allocate();
}

void ExactPanel::allocate() {
    if (scale_ < 0 || scale_ > 12) {
        throw InvalidArgument("an exact panel holds 0 to 12 decimal places, not " + std::to_string(scale_));
    }
    for (std::size_t f = 0; f < 2; ++f) {
        units_[f].assign(cell_count(), 0);
        valid_[f].assign(cell_count(), 0);
    }
}

std::size_t ExactPanel::column(Flow flow) {
    if (!is_reported(flow)) {
        throw InvalidArgument("the " + std::string(to_string(flow)) +
                              " flow is derived from exports and imports and is not stored");
    }
    return static_cast<std::size_t>(flow);
}

void ExactPanel::set(std::size_t r, std::size_t c, Flow flow, std::int32_t month, Decimal value) {
    (void)column(flow);
    if (value.normalized().scale() > scale_) {
        throw InvalidArgument("the value " + value.to_string() + " has more than the panel's " +
                              std::to_string(scale_) + " decimal places");
    }
    // The digits of the value at the panel's scale are its units.
    std::string digits = value.with_scale(scale_).to_string();
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    std::int64_t units = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), units);
    if (error != std::errc() || end != digits.data() + digits.size()) {
        throw Overflow("the value " + value.to_string() + " exceeds an exact panel's range");
    }
    set_units(r, c, flow, month, units);
}

void ExactPanel::set_units(std::size_t r, std::size_t c, Flow flow, std::int32_t month, std::int64_t units) {
    const std::size_t f = column(flow);
    if (units > max_units || units < -max_units) {
        throw Overflow("the value of " + std::to_string(units) +
                       " units exceeds an exact panel's range of +-10^17 units");
    }
    const std::size_t i = position(r, c, month);
    units_[f][i] = units;
    valid_[f][i] = 1;
}

void ExactPanel::erase(std::size_t r, std::size_t c, Flow flow, std::int32_t month) {
    const std::size_t f = column(flow);
    const std::size_t i = position(r, c, month);
    units_[f][i] = 0;
    valid_[f][i] = 0;
}

std::optional<Decimal> ExactPanel::value(std::size_t r, std::size_t c, Flow flow, std::int32_t month) const {
    const std::size_t i = position(r, c, month);
    const bool e = valid_[0][i] != 0;
    const bool m = valid_[1][i] != 0;
    const std::int64_t x = units_[0][i];
    const std::int64_t y = units_[1][i];
    switch (flow) {
        case Flow::exports:
            return e ? std::optional<Decimal>(Decimal::from_units(x, scale_)) : std::nullopt;
        case Flow::imports:
            return m ? std::optional<Decimal>(Decimal::from_units(y, scale_)) : std::nullopt;
        case Flow::total:
            return e && m ? std::optional<Decimal>(Decimal::from_units(x + y, scale_)) : std::nullopt;
        case Flow::balance:
            return e && m ? std::optional<Decimal>(Decimal::from_units(x - y, scale_)) : std::nullopt;
    }
    throw InvalidArgument("unknown flow");
}

std::span<const std::int64_t> ExactPanel::units(Flow flow) const {
    return units_[column(flow)];
}

std::span<const std::uint8_t> ExactPanel::valid(Flow flow) const {
    return valid_[column(flow)];
}

std::size_t ExactPanel::valid_count(Flow flow) const {
    const auto& v = valid_[column(flow)];
    return static_cast<std::size_t>(std::count(v.begin(), v.end(), std::uint8_t{1}));
}

}  // namespace svctrade
