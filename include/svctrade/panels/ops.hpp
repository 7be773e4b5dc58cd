// SPDX-License-Identifier: BSL-1.0
/// \file
/// Whole-dataset operations on a Panel in `double` (the fast path): year-on-year and
/// period-on-period growth of every observation, shares of each category in its reporter / flow
/// / month total, percentage-point changes of those shares, contributions to growth, and the
/// roll-up of months to quarters, halves, years and year-to-date.
///
/// Every result carries one `Reason` per cell, so an observation without an answer (missing
/// input, zero or negative base, sign change) stays visibly without one: its value slot holds 0
/// and must never be read without its reason. Values are fractions: a growth of 0.059 is 5.9 %,
/// a share of 0.385 is 38.5 %, a share change of 0.017 is 1.7 percentage points.
///
/// Every operation comes in two forms: one returns a fresh PanelResult, the other fills a
/// PanelResult the caller owns (the last parameter, `out`), reusing its storage. On a large panel
/// the second form is the fast one when called repeatedly: it allocates nothing once `out` has
/// held a result of the same size, so no fresh memory is zeroed or page-faulted per call
/// (docs/performance.md measures the difference).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include <svctrade/categories/category.hpp>
#include <svctrade/categories/flow.hpp>
#include <svctrade/export.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/panels/detail/uninitialized.hpp>
#include <svctrade/panels/panel.hpp>
#include <svctrade/periods/kind.hpp>

namespace svctrade {

namespace detail {
struct PanelResultShaper;
}

/// The length of the periods of a PanelResult.
enum class Frequency : std::uint8_t {
    month,      ///< Periods are months (number = year × 12 + month − 1).
    quarter,    ///< Periods are calendar quarters (number = year × 4 + quarter − 1).
    half_year,  ///< Periods are calendar halves (number = year × 2 + half − 1).
    year,       ///< Periods are calendar years (number = year).
};

/// The periods a roll-up sums months into.
enum class RollUp : std::uint8_t {
    quarter,       ///< Calendar quarters.
    half_year,     ///< Calendar halves (January–June, July–December).
    year,          ///< Calendar years.
    year_to_date,  ///< For every month M, January through M of the same year (Chinese "1-M月").
};

/// The result of a panel operation: one value and one Reason per reporter × category × period,
/// stored as columns in (reporter, category, period) order.
class SVCTRADE_EXPORT PanelResult {
public:
    /// Creates an empty result (no cells), to be filled by an operation's in-place form.
    PanelResult() noexcept = default;

    /// Creates a result in which every cell is missing.
    /// \param reporters     the number of reporters
    /// \param categories    the number of categories
    /// \param frequency     the length of the periods
    /// \param first_period  the number of the first period (see Frequency)
    /// \param periods       the number of periods
    /// \param cumulative    true for year-to-date roll-ups (monthly periods, each cumulative)
    /// \param month_counts  true for roll-ups, which record the months each cell holds
    /// \throws InvalidArgument if a dimension is zero.
    PanelResult(std::size_t reporters, std::size_t categories, Frequency frequency, std::int32_t first_period,
                std::size_t periods, bool cumulative, bool month_counts);

    /// \returns the number of reporters.
    [[nodiscard]] std::size_t reporter_count() const noexcept { return reporters_; }
    /// \returns the number of categories.
    [[nodiscard]] std::size_t category_count() const noexcept { return categories_; }
    /// \returns the number of periods.
    [[nodiscard]] std::size_t period_count() const noexcept { return periods_; }
    /// \returns the length of the periods.
    [[nodiscard]] Frequency frequency() const noexcept { return frequency_; }
    /// \returns true for a year-to-date roll-up.
    [[nodiscard]] bool cumulative() const noexcept { return cumulative_; }
    /// \returns the number of the first period (see Frequency for the numbering).
    [[nodiscard]] std::int32_t first_period() const noexcept { return first_; }
    /// \returns the number of months in period `p` (0-based offset) when complete: 1, 3, 6 or
    ///          12, or M for the year-to-date period ending in month M.
    /// \throws NotFound if `p` is out of range.
    [[nodiscard]] unsigned months_expected(std::size_t p) const;

    /// \returns the position of cell (r, c, p) in the columns; `p` is the 0-based period offset.
    /// \throws NotFound if an index is out of range.
    [[nodiscard]] std::size_t position(std::size_t r, std::size_t c, std::size_t p) const;
    /// \returns the cell's value or the reason it has none.
    /// \throws NotFound as position().
    [[nodiscard]] Outcome<double> at(std::size_t r, std::size_t c, std::size_t p) const;
    /// \returns the cell's value, or nothing when it has no answer.
    /// \throws NotFound as position().
    [[nodiscard]] std::optional<double> value(std::size_t r, std::size_t c, std::size_t p) const;
    /// \returns why the cell has no answer, or Reason::none.
    /// \throws NotFound as position().
    [[nodiscard]] Reason reason(std::size_t r, std::size_t c, std::size_t p) const;
    /// \returns how many months a roll-up cell holds (a partial sum holds fewer than
    ///          months_expected()).
    /// \throws InvalidArgument if the result is not a roll-up; NotFound as position().
    [[nodiscard]] unsigned months_held(std::size_t r, std::size_t c, std::size_t p) const;

    /// \returns the value column (0 where the reason is not Reason::none).
    [[nodiscard]] std::span<const double> values() const noexcept { return values_; }
    /// \returns the value column, for operations that fill a result.
    [[nodiscard]] std::span<double> values() noexcept { return values_; }
    /// \returns the reason column.
    [[nodiscard]] std::span<const Reason> reasons() const noexcept { return reasons_; }
    /// \returns the reason column, for operations that fill a result.
    [[nodiscard]] std::span<Reason> reasons() noexcept { return reasons_; }
    /// \returns the months-held column of a roll-up (empty otherwise).
    [[nodiscard]] std::span<const std::uint8_t> month_counts() const noexcept { return months_; }
    /// \returns the months-held column, for operations that fill a result.
    [[nodiscard]] std::span<std::uint8_t> month_counts() noexcept { return months_; }

    /// \returns how many cells have an answer.
    [[nodiscard]] std::size_t answered() const noexcept;
    /// \returns how many cells have no answer for `reason`.
    [[nodiscard]] std::size_t count(Reason reason) const noexcept;
    /// \returns the sum of the answered values (a checksum). The order is fixed, so a sum is
    ///          reproducible to the bit: the answered value at position i is added to running
    ///          sum i mod 4 (each in position order), and the result is (s0 + s1) + (s2 + s3).
    ///          Four running sums are faster than one and round off less.
    [[nodiscard]] double sum() const noexcept;

private:
    friend struct detail::PanelResultShaper;

    std::size_t reporters_ = 0;
    std::size_t categories_ = 0;
    std::size_t periods_ = 0;
    std::int32_t first_ = 0;
    Frequency frequency_ = Frequency::month;
    bool cumulative_ = false;
    std::vector<double, detail::UninitializedAllocator<double>> values_;
    std::vector<Reason, detail::UninitializedAllocator<Reason>> reasons_;
    std::vector<std::uint8_t, detail::UninitializedAllocator<std::uint8_t>> months_;
};

/// Year-on-year growth of every observation: (X_t − X_{t−12}) / X_{t−12}.
/// \returns a monthly result shaped like the panel; the first 12 months are missing, and a
///          zero base, a negative base or a sign change give their Reason.
[[nodiscard]] SVCTRADE_EXPORT PanelResult yoy_growth(const Panel& panel, Flow flow);
/// As yoy_growth(const Panel&, Flow), filling `out` in place (see the file's description).
SVCTRADE_EXPORT void yoy_growth(const Panel& panel, Flow flow, PanelResult& out);

/// Month-on-month growth of every observation: (X_t − X_{t−1}) / X_{t−1}.
/// \returns a monthly result shaped like the panel; the first month is missing.
[[nodiscard]] SVCTRADE_EXPORT PanelResult period_growth(const Panel& panel, Flow flow);
/// As period_growth(const Panel&, Flow), filling `out` in place.
SVCTRADE_EXPORT void period_growth(const Panel& panel, Flow flow, PanelResult& out);

/// The share of each category in the sum of all the panel's categories, per reporter, flow and
/// month. The categories must partition the whole (e.g. the 12 EBOPS main components, SA–SL):
/// the whole is missing, and so is every share of that month, when any category is missing.
/// \returns a monthly result shaped like the panel; a zero whole gives Reason::zero_base, a
///          negative one Reason::negative_base.
/// \throws NotComparable for a classified panel whose categories overlap or cannot be summed
///         (see PanelKeys::check_sum_of_categories()); a panel of custom codes is not checked.
[[nodiscard]] SVCTRADE_EXPORT PanelResult shares(const Panel& panel, Flow flow);
/// As shares(const Panel&, Flow), filling `out` in place.
SVCTRADE_EXPORT void shares(const Panel& panel, Flow flow, PanelResult& out);
/// The share of each category in category `whole` (e.g. the total S), per reporter, flow and
/// month; the whole's own share is 1.
/// \throws NotFound if `whole` is out of range; NotComparable for a classified panel with a
///         category outside the whole (see PanelKeys::check_whole()).
[[nodiscard]] SVCTRADE_EXPORT PanelResult shares(const Panel& panel, Flow flow, std::size_t whole);
/// As shares(const Panel&, Flow, std::size_t), filling `out` in place.
/// \throws NotFound if `whole` is out of range (`out` is then unchanged).
SVCTRADE_EXPORT void shares(const Panel& panel, Flow flow, std::size_t whole, PanelResult& out);

/// The change of each share against the same month last year, in percentage points expressed as
/// a fraction (0.017 = 1.7 pp); the whole is the sum of all categories, as in shares().
/// \returns a monthly result; a share without an answer gives its reason to the change.
/// \throws NotComparable as shares(const Panel&, Flow).
[[nodiscard]] SVCTRADE_EXPORT PanelResult share_changes(const Panel& panel, Flow flow);
/// As share_changes(const Panel&, Flow), filling `out` in place.
SVCTRADE_EXPORT void share_changes(const Panel& panel, Flow flow, PanelResult& out);
/// As share_changes(const Panel&, Flow), with category `whole` as the whole.
/// \throws NotFound if `whole` is out of range; NotComparable as shares() with a whole.
[[nodiscard]] SVCTRADE_EXPORT PanelResult share_changes(const Panel& panel, Flow flow, std::size_t whole);
/// As share_changes(const Panel&, Flow, std::size_t), filling `out` in place.
/// \throws NotFound if `whole` is out of range (`out` is then unchanged).
SVCTRADE_EXPORT void share_changes(const Panel& panel, Flow flow, std::size_t whole, PanelResult& out);

/// Each category's contribution to the year-on-year growth of the whole (拉动, as a fraction:
/// 0.021 = 2.1 pp): (X_{c,t} − X_{c,t−12}) / W_{t−12}, where W is the sum of all categories.
/// The contributions of a complete partition add up to the whole's growth.
/// \returns a monthly result; a zero or negative W_{t−12} gives its Reason.
/// \throws NotComparable as shares(const Panel&, Flow).
[[nodiscard]] SVCTRADE_EXPORT PanelResult contributions(const Panel& panel, Flow flow);
/// As contributions(const Panel&, Flow), filling `out` in place.
SVCTRADE_EXPORT void contributions(const Panel& panel, Flow flow, PanelResult& out);
/// As contributions(const Panel&, Flow), with category `whole` as W.
/// \throws NotFound if `whole` is out of range; NotComparable as shares() with a whole.
[[nodiscard]] SVCTRADE_EXPORT PanelResult contributions(const Panel& panel, Flow flow, std::size_t whole);
/// As contributions(const Panel&, Flow, std::size_t), filling `out` in place.
/// \throws NotFound if `whole` is out of range (`out` is then unchanged).
SVCTRADE_EXPORT void contributions(const Panel& panel, Flow flow, std::size_t whole, PanelResult& out);

/// As shares(const Panel&, Flow, std::size_t), with the whole given as an EBOPS 2010 category
/// of a classified panel: `shares(panel, Flow::exports, Category::total())`.
/// \throws InvalidArgument if the panel is not classified; NotFound if it does not hold
///         `whole`; NotComparable as the overload taking a position.
[[nodiscard]] inline PanelResult shares(const Panel& panel, Flow flow, Category whole) {
    return shares(panel, flow, panel.category_index(whole));
}
/// As shares(const Panel&, Flow, Category), filling `out` in place. \throws as that overload.
inline void shares(const Panel& panel, Flow flow, Category whole, PanelResult& out) {
    shares(panel, flow, panel.category_index(whole), out);
}
/// As share_changes(const Panel&, Flow, std::size_t), with the whole given as an EBOPS 2010
/// category of a classified panel.
/// \throws InvalidArgument if the panel is not classified; NotFound if it does not hold
///         `whole`; NotComparable as the overload taking a position.
[[nodiscard]] inline PanelResult share_changes(const Panel& panel, Flow flow, Category whole) {
    return share_changes(panel, flow, panel.category_index(whole));
}
/// As share_changes(const Panel&, Flow, Category), filling `out` in place. \throws as that overload.
inline void share_changes(const Panel& panel, Flow flow, Category whole, PanelResult& out) {
    share_changes(panel, flow, panel.category_index(whole), out);
}
/// As contributions(const Panel&, Flow, std::size_t), with W given as an EBOPS 2010 category of
/// a classified panel.
/// \throws InvalidArgument if the panel is not classified; NotFound if it does not hold
///         `whole`; NotComparable as the overload taking a position.
[[nodiscard]] inline PanelResult contributions(const Panel& panel, Flow flow, Category whole) {
    return contributions(panel, flow, panel.category_index(whole));
}
/// As contributions(const Panel&, Flow, Category), filling `out` in place. \throws as that overload.
inline void contributions(const Panel& panel, Flow flow, Category whole, PanelResult& out) {
    contributions(panel, flow, panel.category_index(whole), out);
}

/// Sums the months of every series into quarters, halves, years or year-to-date periods.
/// \returns a result with months_held(); a period is missing when it lacks a month (one that is
///          missing or outside the panel), unless `partial` is PartialSums::allow, in which case
///          it is the sum of the months it holds (missing only when it holds none).
[[nodiscard]] SVCTRADE_EXPORT PanelResult roll_up(const Panel& panel, Flow flow, RollUp to,
                                                  PartialSums partial = PartialSums::refuse);
/// As roll_up(const Panel&, Flow, RollUp, PartialSums), filling `out` in place.
/// \throws InvalidArgument for an unknown `to` or `partial` (`out` is then unchanged).
SVCTRADE_EXPORT void roll_up(const Panel& panel, Flow flow, RollUp to, PartialSums partial, PanelResult& out);

}  // namespace svctrade
