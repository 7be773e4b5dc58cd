// SPDX-License-Identifier: BSL-1.0
// What enters a panel in double: finite values only, so that no NaN or infinity can reach a
// kernel (they would spread through every sum and share of their reporter and month).
#include <svctrade/panels/panel.hpp>

#include <svctrade/error.hpp>

#include "panels/month_text.hpp"

#include <cmath>
#include <string>

namespace svctrade {

void Panel::set(std::size_t r, std::size_t c, Flow flow, MonthIndex month, double value) {
    if (!std::isfinite(value)) {
        (void)reported_column(flow);
        throw InvalidArgument("a panel value must be finite (reporter " + std::to_string(r) + ", category " +
                              std::to_string(c) + ", " + detail::month_text(month) + ")");
    }
    store(r, c, flow, month, value);
}

void Panel::set(std::size_t r, std::size_t c, Flow flow, MonthIndex month, double value,
                const ObservationStatus& status) {
    check_value_status(flow, status);
    set(r, c, flow, month, value);  // checks the value and the key, then writes a normal value
    if (status != ObservationStatus()) store(r, c, flow, month, value, status);
}

void Panel::set(std::string_view reporter, std::string_view category, Flow flow, MonthIndex month, double value) {
    set(reporter_index(reporter), category_index(category), flow, month, value);
}

}  // namespace svctrade
