// SPDX-License-Identifier: BSL-1.0
// The panel results' accessors, once for both forms (double and exact units).
#include <svctrade/panels/result.hpp>

#include <svctrade/error.hpp>

#include "panels/reason_count.hpp"

#include <string>

namespace svctrade {

template <PanelCell Cell>
unsigned BasicPanelResult<Cell>::months_expected(std::size_t p) const {
    if (p >= periods_) {
        throw NotFound("the result has no period offset " + std::to_string(p) + " (it has " + std::to_string(periods_) +
                       ")");
    }
    switch (kind_) {
        case PeriodKind::year_to_date:
            return MonthIndex::from_number(first_ + static_cast<std::int32_t>(p)).month();
        case PeriodKind::quarter:
            return 3U;
        case PeriodKind::half_year:
            return 6U;
        case PeriodKind::year:
            return 12U;
        default:
            return 1U;
    }
}

template <PanelCell Cell>
std::size_t BasicPanelResult<Cell>::position(std::size_t r, std::size_t c, std::size_t p) const {
    if (r >= reporters_ || c >= categories_ || p >= periods_) {
        throw NotFound("the result has no cell (reporter " + std::to_string(r) + ", category " + std::to_string(c) +
                       ", period offset " + std::to_string(p) + "): it has " + std::to_string(reporters_) + " x " +
                       std::to_string(categories_) + " x " + std::to_string(periods_));
    }
    return (r * categories_ + c) * periods_ + p;
}

namespace {

template <PanelCell Cell>
auto answer_of(Cell cell, int scale) {
    if constexpr (BasicPanelResult<Cell>::exact) {
        return Decimal::from_units(cell, scale);
    } else {
        (void)scale;
        return cell;
    }
}

}  // namespace

template <PanelCell Cell>
Outcome<typename BasicPanelResult<Cell>::answer_type> BasicPanelResult<Cell>::at(std::size_t r, std::size_t c,
                                                                                 std::size_t p) const {
    const std::size_t i = position(r, c, p);
    if (reasons_[i] != Reason::none) return Outcome<answer_type>(NoAnswer::of(reasons_[i]));
    return Outcome<answer_type>(answer_of(cells_[i], scale_));
}

template <PanelCell Cell>
std::optional<typename BasicPanelResult<Cell>::answer_type> BasicPanelResult<Cell>::value(std::size_t r, std::size_t c,
                                                                                          std::size_t p) const {
    const std::size_t i = position(r, c, p);
    if (reasons_[i] != Reason::none) return std::nullopt;
    return answer_of(cells_[i], scale_);
}

template <PanelCell Cell>
Reason BasicPanelResult<Cell>::reason(std::size_t r, std::size_t c, std::size_t p) const {
    return reasons_[position(r, c, p)];
}

template <PanelCell Cell>
ObservationStatus BasicPanelResult<Cell>::status(std::size_t r, std::size_t c, std::size_t p) const {
    const std::size_t i = position(r, c, p);
    if (!statuses_.empty()) return statuses_[i];
    // Every observation of the panel was a plain value or not provided, and Reason::missing
    // says that an input was not provided.
    return reasons_[i] == Reason::missing ? ObservationStatus::missing(Missing::not_provided) : ObservationStatus();
}

template <PanelCell Cell>
unsigned BasicPanelResult<Cell>::months_held(std::size_t r, std::size_t c, std::size_t p) const {
    if (months_.empty()) throw InvalidArgument("only a roll-up records the months each cell holds");
    return months_[position(r, c, p)];
}

template <PanelCell Cell>
std::size_t BasicPanelResult<Cell>::count(Reason reason) const noexcept {
    return detail::count_reason(reasons_.data(), reasons_.size(), reason);
}

template <PanelCell Cell>
typename BasicPanelResult<Cell>::answer_type BasicPanelResult<Cell>::sum() const noexcept(!exact) {
    const std::size_t n = cells_.size();
    if constexpr (exact) {
        // Summed in 64-bit chunks so that the Decimal additions (which check overflow) stay few.
        Decimal total;
        std::int64_t chunk = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (reasons_[i] != Reason::none) continue;
            std::int64_t next = 0;
            if (__builtin_add_overflow(chunk, cells_[i], &next)) {
                total += Decimal::from_units(chunk, scale_);
                next = cells_[i];
            }
            chunk = next;
        }
        return total + Decimal::from_units(chunk, scale_);
    } else {
        // Four running sums (documented order) break the chain of dependent additions, which
        // would otherwise bound the speed at one addition per floating-point latency.
        double lane[4] = {0.0, 0.0, 0.0, 0.0};
        std::size_t i = 0;
        for (; i + 4 <= n; i += 4) {
            for (std::size_t k = 0; k < 4; ++k) {
                lane[k] += reasons_[i + k] == Reason::none ? cells_[i + k] : 0.0;
            }
        }
        for (std::size_t k = 0; i < n; ++i, ++k) {
            lane[k] += reasons_[i] == Reason::none ? cells_[i] : 0.0;
        }
        return (lane[0] + lane[1]) + (lane[2] + lane[3]);
    }
}

template class BasicPanelResult<double>;
template class BasicPanelResult<std::int64_t>;

}  // namespace svctrade
