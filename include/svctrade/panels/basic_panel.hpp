// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::BasicPanel, the storage shared by Panel (cells in `double`) and ExactPanel (cells in
/// integer units): per reported flow one column of cells and one column of validity bytes, in
/// (reporter, category, month) order.
#pragma once

#include <algorithm>
#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include <svctrade/categories/flow.hpp>
#include <svctrade/panels/keys.hpp>

namespace svctrade {

/// The type of a panel's cells: `double` for the fast path, `std::int64_t` units of a fixed
/// decimal scale for the exact path.
template <class Cell>
concept PanelCell = std::same_as<Cell, double> || std::same_as<Cell, std::int64_t>;

/// The keys and the columns of a panel of monthly observations, whatever its cells are: every
/// (reporter, category, reported flow, month) cell exists and is valid or missing, and a missing
/// cell holds 0 (which the operations rely on) and is never read as zero.
///
/// Panel and ExactPanel add how a value enters a cell (and how it is checked) and how it is read
/// back; everything else about the storage is here, once.
template <PanelCell Cell>
class BasicPanel : public PanelKeys {
public:
    /// Marks an observation of a reported flow as missing.
    /// \throws InvalidArgument if `flow` is derived (total, balance); NotFound / InvalidPeriod as
    ///         PanelKeys::position().
    void erase(std::size_t r, std::size_t c, Flow flow, MonthIndex month) {
        Column& column = columns_[reported_column(flow)];
        const std::size_t i = position(r, c, month);
        column.cells[i] = Cell{};
        column.valid[i] = 0;
    }

    /// \returns the validity column of a reported flow: 1 for an observation, 0 for missing.
    /// \throws InvalidArgument if `flow` is derived.
    [[nodiscard]] std::span<const std::uint8_t> valid(Flow flow) const { return columns_[reported_column(flow)].valid; }
    /// \returns how many observations of a reported flow are valid.
    /// \throws InvalidArgument if `flow` is derived.
    [[nodiscard]] std::size_t valid_count(Flow flow) const {
        const std::vector<std::uint8_t>& v = columns_[reported_column(flow)].valid;
        return static_cast<std::size_t>(std::count(v.begin(), v.end(), std::uint8_t{1}));
    }

protected:
    /// Takes the keys and makes every cell missing.
    explicit BasicPanel(PanelKeys keys) : PanelKeys(std::move(keys)) {
        for (Column& column : columns_) {
            column.cells.assign(cell_count(), Cell{});
            column.valid.assign(cell_count(), 0);
        }
    }

    /// Records `value`, already checked by the derived panel, in a cell of a reported flow.
    /// \throws as erase().
    void store(std::size_t r, std::size_t c, Flow flow, MonthIndex month, Cell value) {
        Column& column = columns_[reported_column(flow)];
        const std::size_t i = position(r, c, month);
        column.cells[i] = value;
        column.valid[i] = 1;
    }

    /// \returns the cell, or nothing when it is missing; a derived flow is computed from exports
    ///          and imports (it cannot overflow: ExactPanel bounds its units) and is missing when
    ///          either is. \throws NotFound / InvalidPeriod as PanelKeys::position().
    [[nodiscard]] std::optional<Cell> load(std::size_t r, std::size_t c, Flow flow, MonthIndex month) const {
        const std::size_t i = position(r, c, month);
        const Column& e = columns_[0];
        const Column& m = columns_[1];
        const bool both = e.valid[i] != 0 && m.valid[i] != 0;
        switch (flow) {
            case Flow::exports:
                return e.valid[i] != 0 ? std::optional<Cell>(e.cells[i]) : std::nullopt;
            case Flow::imports:
                return m.valid[i] != 0 ? std::optional<Cell>(m.cells[i]) : std::nullopt;
            case Flow::total:
                return both ? std::optional<Cell>(e.cells[i] + m.cells[i]) : std::nullopt;
            case Flow::balance:
                return both ? std::optional<Cell>(e.cells[i] - m.cells[i]) : std::nullopt;
        }
        (void)reported_column(flow);  // throws InvalidArgument for a value that is no Flow
        return std::nullopt;
    }

    /// \returns the cell column of a reported flow (missing cells hold 0).
    /// \throws InvalidArgument if `flow` is derived.
    [[nodiscard]] std::span<const Cell> cells(Flow flow) const { return columns_[reported_column(flow)].cells; }

private:
    // One reported flow's columns. Per-observation attributes (a status, say) join here, so that
    // every panel gains them at once.
    struct Column {
        std::vector<Cell> cells;
        std::vector<std::uint8_t> valid;
    };
    std::array<Column, 2> columns_;  // exports, imports
};

}  // namespace svctrade
