// SPDX-License-Identifier: BSL-1.0
// What enters an exact panel: integers of its decimal unit, bounded so that sums and the
// numerators of every ratio are exact and the only rounding is the one the caller asks for.
#include <svctrade/panels/exact_panel.hpp>

#include <svctrade/error.hpp>

#include <algorithm>
#include <charconv>
#include <string>

namespace svctrade {

int ExactPanel::checked_scale(int scale) {
    if (scale < 0 || scale > 12) {
        throw InvalidArgument("an exact panel holds 0 to 12 decimal places, not " + std::to_string(scale));
    }
    return scale;
}

void ExactPanel::set(std::size_t r, std::size_t c, Flow flow, MonthIndex month, Decimal value) {
    (void)reported_column(flow);
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

void ExactPanel::set_units(std::size_t r, std::size_t c, Flow flow, MonthIndex month, std::int64_t units) {
    (void)reported_column(flow);
    if (units > max_units || units < -max_units) {
        throw Overflow("the value of " + std::to_string(units) +
                       " units exceeds an exact panel's range of +-10^17 units");
    }
    store(r, c, flow, month, units);
}

void ExactPanel::set(std::size_t r, std::size_t c, Flow flow, MonthIndex month, Decimal value,
                     const ObservationStatus& status) {
    check_value_status(flow, status);
    set(r, c, flow, month, value);
    if (status != ObservationStatus()) store(r, c, flow, month, units(flow)[position(r, c, month)], status);
}

void ExactPanel::set_units(std::size_t r, std::size_t c, Flow flow, MonthIndex month, std::int64_t units,
                           const ObservationStatus& status) {
    check_value_status(flow, status);
    set_units(r, c, flow, month, units);
    if (status != ObservationStatus()) store(r, c, flow, month, units, status);
}

}  // namespace svctrade
