// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::BasicPanelResult, the result of a whole-panel operation: one cell and one Reason per
/// reporter × category × period, and an ObservationStatus per cell when the panel had statuses
/// (docs/status.md, "Panel results"). PanelResult (cells in `double`, from a Panel) and
/// ExactPanelResult (cells in integer units of a decimal scale, from an ExactPanel) are its two
/// forms. Callers read every column; only the operations write them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <type_traits>
#include <vector>

#include <svctrade/export.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/panels/basic_panel.hpp>
#include <svctrade/panels/detail/result_memory.hpp>
#include <svctrade/periods/kind.hpp>
#include <svctrade/status/observation_status.hpp>

namespace svctrade {

namespace detail {
struct PanelResultShaper;
}

/// The result of a panel operation: one cell and one Reason per reporter × category × period,
/// stored as columns in (reporter, category, period) order.
///
/// A cell without an answer holds 0 in its value slot and must never be read without its
/// reason: read cells through at() or value(), or the columns together with reasons().
///
/// A result of a panel with statuses (BasicPanel::has_statuses()) also holds a status column:
/// each cell's derived_status() of the observations it is computed from, by the rules of the
/// TimeSeries operations (docs/status.md, "Panel results"). A result of a panel without statuses
/// holds none and costs nothing for them.
/// \tparam Cell `double` (PanelResult: values are fractions, 0.059 is 5.9 %) or `std::int64_t`
///         (ExactPanelResult: units of 10^−scale(), e.g. percent with `places` decimals).
template <PanelCell Cell>
class SVCTRADE_EXPORT BasicPanelResult {
public:
    /// Whether the cells are exact integer units (ExactPanelResult) rather than `double`.
    static constexpr bool exact = std::is_same_v<Cell, std::int64_t>;
    /// What a cell's answer reads as: `double`, or Decimal for exact units.
    using answer_type = std::conditional_t<exact, Decimal, double>;

    /// Creates an empty result (no cells), to be filled by an operation's in-place form.
    BasicPanelResult() noexcept = default;

    /// \returns the number of reporters.
    [[nodiscard]] std::size_t reporter_count() const noexcept { return reporters_; }
    /// \returns the number of categories.
    [[nodiscard]] std::size_t category_count() const noexcept { return categories_; }
    /// \returns the number of periods.
    [[nodiscard]] std::size_t period_count() const noexcept { return periods_; }
    /// \returns what the periods are: PeriodKind::month for growth, shares, share changes and
    ///          contributions; quarter, half_year, year or year_to_date for roll-ups.
    [[nodiscard]] PeriodKind period_kind() const noexcept { return kind_; }
    /// \returns the number of the first period: for months and year-to-date periods the
    ///          MonthIndex::number() of its (last) month; year × 4 + quarter − 1 for quarters,
    ///          year × 2 + half − 1 for halves, the year for years.
    [[nodiscard]] std::int32_t first_period() const noexcept { return first_; }
    /// \returns the number of decimal places of the units (exact results only).
    [[nodiscard]] int scale() const noexcept requires exact { return scale_; }
    /// \returns the number of months in period `p` (0-based offset) when complete: 1, 3, 6 or
    ///          12, or M for the year-to-date period ending in month M.
    /// \throws NotFound if `p` is out of range.
    [[nodiscard]] unsigned months_expected(std::size_t p) const;

    /// \returns the position of cell (r, c, p) in the columns; `p` is the 0-based period offset.
    /// \throws NotFound if an index is out of range.
    [[nodiscard]] std::size_t position(std::size_t r, std::size_t c, std::size_t p) const;
    /// \returns the cell's answer or the reason it has none.
    /// \throws NotFound as position().
    [[nodiscard]] Outcome<answer_type> at(std::size_t r, std::size_t c, std::size_t p) const;
    /// \returns the cell's answer, or nothing when it has none.
    /// \throws NotFound as position().
    [[nodiscard]] std::optional<answer_type> value(std::size_t r, std::size_t c, std::size_t p) const;
    /// \returns why the cell has no answer, or Reason::none.
    /// \throws NotFound as position().
    [[nodiscard]] Reason reason(std::size_t r, std::size_t c, std::size_t p) const;
    /// \returns how many months a roll-up cell holds (a partial sum holds fewer than
    ///          months_expected()).
    /// \throws InvalidArgument if the result is not a roll-up; NotFound as position().
    [[nodiscard]] unsigned months_held(std::size_t r, std::size_t c, std::size_t p) const;

    /// \returns the value column of a PanelResult (0 where the reason is not Reason::none),
    ///          read-only.
    /// \note Typed `Cell` rather than `double` (the same for a PanelResult) because Clang 14
    ///       instantiates constrained members in an explicit instantiation.
    [[nodiscard]] std::span<const Cell> values() const noexcept requires(!exact) {
        return {cells_.data(), cells_.size()};
    }
    /// \returns the units column of an ExactPanelResult (0 where the reason is not
    ///          Reason::none), read-only.
    [[nodiscard]] std::span<const Cell> units() const noexcept requires exact { return {cells_.data(), cells_.size()}; }
    /// \returns the reason column, read-only.
    [[nodiscard]] std::span<const Reason> reasons() const noexcept { return {reasons_.data(), reasons_.size()}; }
    /// \returns whether the result holds a status column: true when the panel it was computed
    ///          from had statuses (BasicPanel::has_statuses()), false for a panel without.
    [[nodiscard]] bool has_statuses() const noexcept { return !statuses_.empty(); }
    /// \returns the status column, read-only, in the order of the cells: each cell's
    ///          derived_status() of the observations it is computed from (docs/status.md, "Panel
    ///          results"); empty when has_statuses() is false.
    [[nodiscard]] std::span<const ObservationStatus> statuses() const noexcept {
        return {statuses_.data(), statuses_.size()};
    }
    /// \returns the status of cell (r, c, p): its entry in statuses(); for a result without a
    ///          status column (no observation of the panel had a status), Missing::not_provided
    ///          where the reason is Reason::missing, else a plain normal value (which is what the
    ///          column would hold, except for a share change whose current share has no answer
    ///          for a zero or negative whole while last year's lacks an observation: its reason
    ///          is the current share's, and its status there would be not provided).
    /// \throws NotFound as position().
    [[nodiscard]] ObservationStatus status(std::size_t r, std::size_t c, std::size_t p) const;
    /// \returns the months-held column of a roll-up (empty otherwise), read-only.
    [[nodiscard]] std::span<const std::uint8_t> month_counts() const noexcept {
        return {months_.data(), months_.size()};
    }

    /// \returns how many cells have an answer.
    [[nodiscard]] std::size_t answered() const noexcept { return count(Reason::none); }
    /// \returns how many cells have no answer for `reason`.
    [[nodiscard]] std::size_t count(Reason reason) const noexcept;
    /// \returns the sum of the answered cells (a checksum). For `double` the order is fixed, so a
    ///          sum is reproducible to the bit: the answered value at position i is added to
    ///          running sum i mod 4 (each in position order), and the result is
    ///          (s0 + s1) + (s2 + s3); four running sums are faster than one and round off less.
    ///          For exact units the sum is exact, and always fits a Decimal: fewer than 2^64
    ///          cells of |units| < 2^63 sum to less than 2^127 (the Decimal additions that check
    ///          it cannot fail).
    [[nodiscard]] answer_type sum() const noexcept(!exact);

private:
    friend struct detail::PanelResultShaper;
    template <class T>
    using Column = std::vector<T, detail::ResultAllocator<T>>;

    std::size_t reporters_ = 0;
    std::size_t categories_ = 0;
    std::size_t periods_ = 0;
    std::int32_t first_ = 0;
    PeriodKind kind_ = PeriodKind::month;
    int scale_ = 0;
    Column<Cell> cells_;
    Column<Reason> reasons_;
    Column<std::uint8_t> months_;
    // Not a Column: ObservationStatus is not trivial, and the column exists only for panels with
    // statuses, whose second pass writes every entry anyway.
    std::vector<ObservationStatus> statuses_;
};

/// The result of an operation on a Panel: `double` values (fractions) and their reasons.
using PanelResult = BasicPanelResult<double>;
/// The result of an operation on an ExactPanel: exact units of 10^−scale() and their reasons.
using ExactPanelResult = BasicPanelResult<std::int64_t>;

extern template class BasicPanelResult<double>;
extern template class BasicPanelResult<std::int64_t>;

/// Frees the memory the calling thread keeps for its next results.
///
/// A large result column (1 MiB or more) freed by a thread is kept for that thread's next result
/// of the same size, up to 8 columns and 512 MiB per thread, so that a loop computing a fresh
/// result per call writes into pages it already owns instead of page-faulting new ones; the
/// memory is freed when the thread ends, or now by this call.
/// \note Call it after a burst of large results when the memory is wanted for something else;
///       correctness never depends on it.
SVCTRADE_EXPORT void release_cached_result_memory() noexcept;

}  // namespace svctrade
