// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::BasicPanel, the storage shared by Panel (cells in `double`) and ExactPanel (cells in
/// integer units): per reported flow one column of cells and one column of validity bytes, in
/// (reporter, category, month) order, and a column of ObservationStatus only once a cell of that
/// flow has a status other than a plain normal value (docs/status.md, "Panels").
#pragma once

#include <algorithm>
#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <svctrade/categories/flow.hpp>
#include <svctrade/error.hpp>
#include <svctrade/panels/keys.hpp>
#include <svctrade/status/observation_status.hpp>

namespace svctrade {

/// The type of a panel's cells: `double` for the fast path, `std::int64_t` units of a fixed
/// decimal scale for the exact path.
template <class Cell>
concept PanelCell = std::same_as<Cell, double> || std::same_as<Cell, std::int64_t>;

namespace detail {
struct PanelFill;  // the tidy panel readers' fill of a new panel (src/io/tidy_panel.cpp)
}  // namespace detail

/// The keys and the columns of a panel of monthly observations, whatever its cells are: every
/// (reporter, category, reported flow, month) cell exists and is valid or missing, and a missing
/// cell holds 0 (which the operations rely on) and is never read as zero.
///
/// Every cell also has an ObservationStatus: a valid cell is a plain normal value unless it was
/// set with a status (estimated, provisional, confidential…), and a missing cell is "not
/// provided" unless it was recorded as missing for a reason (erase() with a status: cannot exist,
/// not available…). Statuses are held sparsely: a reported flow gets a status column (4 bytes a
/// cell) the first time one of its cells is given a status other than a normal value, so a
/// panel without statuses costs nothing for them and its operations run as fast as before.
///
/// Panel and ExactPanel add how a value enters a cell (and how it is checked) and how it is read
/// back; everything else about the storage is here, once.
template <PanelCell Cell>
class BasicPanel : public PanelKeys {
public:
    /// Marks an observation of a reported flow as missing (not provided), dropping its status.
    /// \throws InvalidArgument if `flow` is derived (total, balance); NotFound / InvalidPeriod as
    ///         PanelKeys::position().
    void erase(std::size_t r, std::size_t c, Flow flow, MonthIndex month) {
        Column& column = columns_[reported_column(flow)];
        const std::size_t i = position(r, c, month);
        column.cells[i] = Cell{};
        column.valid[i] = 0;
        if (!column.status.empty()) column.status[i] = ObservationStatus();
    }
    /// Records an observation of a reported flow as missing for the reason `why` gives
    /// (ObservationStatus::missing(Missing::cannot_exist), perhaps with a confidentiality):
    /// status() then returns `why`, and the tidy writers write the cell back with it.
    /// \throws InvalidArgument if `why` is not missing (it gives no reason) or `flow` is derived;
    ///         NotFound / InvalidPeriod as PanelKeys::position().
    void erase(std::size_t r, std::size_t c, Flow flow, MonthIndex month, const ObservationStatus& why) {
        const std::size_t k = reported_column(flow);
        if (!why.is_missing()) {
            throw InvalidArgument("cannot record a panel cell as missing with the status \"" + why.to_string() +
                                  "\", which gives no reason for a missing value");
        }
        const std::size_t i = position(r, c, month);
        Column& column = columns_[k];
        column.cells[i] = Cell{};
        column.valid[i] = 0;
        status_column(column)[i] = why;
    }

    /// \returns the status of an observation: the one it was set with (a plain normal value if
    ///          none), the reason it was recorded missing for, or Missing::not_provided for a cell
    ///          never set; for a derived flow (total, balance) derived_status() of its exports and
    ///          imports, as any figure computed from both.
    /// \throws NotFound / InvalidPeriod as PanelKeys::position().
    [[nodiscard]] ObservationStatus status(std::size_t r, std::size_t c, Flow flow, MonthIndex month) const {
        const std::size_t i = position(r, c, month);
        if (flow != Flow::total && flow != Flow::balance) return status_at(reported_column(flow), i);
        return derived_status(status_at(0, i), status_at(1, i));
    }
    /// \returns whether a cell of any reported flow has a status other than a plain normal value
    ///          (or was recorded missing for a reason): without, the operations' results hold no
    ///          status column either.
    [[nodiscard]] bool has_statuses() const noexcept {
        return !columns_[0].status.empty() || !columns_[1].status.empty();
    }
    /// \returns the status column of a reported flow as stored, in the order of the cells: empty
    ///          when no cell of the flow was given a status. A valid cell's entry is its status; a
    ///          missing cell's is the reason it was recorded missing for, or a plain normal value
    ///          for a cell never set (read status() for what that means).
    /// \throws InvalidArgument if `flow` is derived.
    [[nodiscard]] std::span<const ObservationStatus> statuses(Flow flow) const {
        return columns_[reported_column(flow)].status;
    }
    /// \returns whether the cell at `index` (PanelKeys::position()) of a reported flow was
    ///          recorded missing for a reason (erase() with a status), as a file listing the cell
    ///          without a value records it. \throws InvalidArgument if `flow` is derived;
    ///          NotFound if `index` is not below cell_count().
    [[nodiscard]] bool recorded_missing(Flow flow, std::size_t index) const {
        const Column& column = columns_[reported_column(flow)];
        if (index >= cell_count()) throw NotFound("the panel has no cell " + std::to_string(index));
        return column.valid[index] == 0 && !column.status.empty() && column.status[index].is_missing();
    }
    /// \returns the status of the cell at `index` of reported column `k` (0 exports, 1 imports),
    ///          as status() reads it; unchecked, for the operations' inner loops.
    [[nodiscard]] ObservationStatus status_at(std::size_t k, std::size_t index) const noexcept {
        const Column& column = columns_[k];
        if (column.valid[index] != 0) return column.status.empty() ? ObservationStatus() : column.status[index];
        if (!column.status.empty() && column.status[index].is_missing()) return column.status[index];
        return ObservationStatus::missing(Missing::not_provided);
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

    /// Records `value`, already checked by the derived panel, in a cell of a reported flow, as a
    /// plain normal value.
    /// \throws as erase().
    void store(std::size_t r, std::size_t c, Flow flow, MonthIndex month, Cell value) {
        Column& column = columns_[reported_column(flow)];
        const std::size_t i = position(r, c, month);
        column.cells[i] = value;
        column.valid[i] = 1;
        if (!column.status.empty()) column.status[i] = ObservationStatus();
    }
    /// Records `value` with `status`; a plain normal status allocates no status column. Throws
    /// InvalidArgument if `status` is missing (a value is not missing); as erase().
    void store(std::size_t r, std::size_t c, Flow flow, MonthIndex month, Cell value, const ObservationStatus& status) {
        check_value_status(flow, status);
        Column& column = columns_[reported_column(flow)];
        const std::size_t i = position(r, c, month);
        column.cells[i] = value;
        column.valid[i] = 1;
        if (status != ObservationStatus()) {
            status_column(column)[i] = status;
        } else if (!column.status.empty()) {
            column.status[i] = status;
        }
    }
    /// Checks, before anything is written, that a value may be recorded with `status`. Throws
    /// InvalidArgument if `flow` is derived or `status` is missing.
    static void check_value_status(Flow flow, const ObservationStatus& status) {
        (void)reported_column(flow);
        if (status.is_missing()) {
            throw InvalidArgument("cannot set a panel value with the status \"" + status.to_string() +
                                  "\": a missing observation has no value (erase() records why it is missing)");
        }
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
    friend struct detail::PanelFill;
    // One reported flow's columns. Per-observation attributes join here, so that every panel
    // gains them at once; `status` stays empty (no memory) until a cell is given a status.
    struct Column {
        std::vector<Cell> cells;
        std::vector<std::uint8_t> valid;
        std::vector<ObservationStatus> status;
    };
    std::vector<ObservationStatus>& status_column(Column& column) {
        if (column.status.empty()) column.status.assign(cell_count(), ObservationStatus());
        return column.status;
    }
    std::array<Column, 2> columns_;  // exports, imports
};

}  // namespace svctrade
