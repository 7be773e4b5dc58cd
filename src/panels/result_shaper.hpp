// SPDX-License-Identifier: BSL-1.0
// The only way the panel operations shape a result and write its columns. Private to the
// library: callers read results, never write them.
#pragma once

#include <svctrade/panels/result.hpp>

#include <cstddef>
#include <cstdint>

namespace svctrade::detail {

// The shape of a result: what every kernel decides before it writes a cell.
struct ResultShape {
    std::size_t reporters;
    std::size_t categories;
    PeriodKind kind;
    std::int32_t first;
    std::size_t periods;
    bool month_counts;  // roll-ups record the months each cell holds
    int scale;          // decimal places of exact units (0 for double)
};

struct PanelResultShaper {
    // Keeps the storage when it is large enough (so a result filled again with the same size
    // allocates nothing) and leaves the cells unwritten: every kernel writes every cell.
    template <PanelCell Cell>
    static void reshape(BasicPanelResult<Cell>& r, const ResultShape& shape) {
        const std::size_t n = shape.reporters * shape.categories * shape.periods;
        fit(r.cells_, n);
        fit(r.reasons_, n);
        if (shape.month_counts) {
            fit(r.months_, n);
        } else {
            r.months_.clear();
        }
        r.statuses_.clear();  // a status pass, if the panel has statuses, fills them again
        r.reporters_ = shape.reporters;
        r.categories_ = shape.categories;
        r.periods_ = shape.periods;
        r.first_ = shape.first;
        r.kind_ = shape.kind;
        r.scale_ = shape.scale;
    }

    template <PanelCell Cell>
    static Cell* cells(BasicPanelResult<Cell>& r) noexcept {
        return r.cells_.data();
    }
    template <PanelCell Cell>
    static Reason* reasons(BasicPanelResult<Cell>& r) noexcept {
        return r.reasons_.data();
    }
    template <PanelCell Cell>
    static std::uint8_t* month_counts(BasicPanelResult<Cell>& r) noexcept {
        return r.months_.data();
    }

    // Sizes the status column to the cells (after reshape()) for the status pass to write every
    // entry; only for a panel with statuses.
    template <PanelCell Cell>
    static ObservationStatus* statuses(BasicPanelResult<Cell>& r) {
        r.statuses_.resize(r.cells_.size());
        return r.statuses_.data();
    }

private:
    // A column that must grow gets storage of exactly `n` cells (vector growth could ask for up
    // to twice as much, and then miss the size class of the result memory freed last).
    template <class Column>
    static void fit(Column& column, std::size_t n) {
        if (column.capacity() < n) {
            Column larger;
            larger.reserve(n);
            column.swap(larger);
        }
        column.resize(n);
    }
};

}  // namespace svctrade::detail
