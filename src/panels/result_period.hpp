// SPDX-License-Identifier: BSL-1.0
// The period a result's period number stands for, in BasicPanelResult::first_period()'s
// numbering: one function, so that the tidy result files and the Arrow export cannot name a
// period differently.
#pragma once

#include <cstdint>

#include <svctrade/periods/kind.hpp>
#include <svctrade/periods/period.hpp>

namespace svctrade::detail {

inline Period result_period(PeriodKind kind, std::int32_t number) {
    switch (kind) {
        case PeriodKind::quarter:
            return Period::quarter(number / 4, static_cast<unsigned>(number % 4) + 1U);
        case PeriodKind::half_year:
            return Period::half(number / 2, static_cast<unsigned>(number % 2) + 1U);
        case PeriodKind::year:
            return Period::year(number);
        case PeriodKind::year_to_date:
            return Period::year_to_date(number / 12, static_cast<unsigned>(number % 12) + 1U);
        default:
            return Period::month(number / 12, static_cast<unsigned>(number % 12) + 1U);
    }
}

}  // namespace svctrade::detail
