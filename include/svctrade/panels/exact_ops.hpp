// SPDX-License-Identifier: BSL-1.0
/// \file
/// Whole-dataset operations on an ExactPanel (the exact path, for publication): the same
/// operations as the fast path (panel_ops.hpp), computed from exact integers and rounded once,
/// correctly, to the published number of places with a RoundingMode.
///
/// Growth rates, shares, share changes and contributions are returned in percent (or percentage
/// points) with `places` decimals: 5.9 means +5.9 %. Roll-ups are exact sums in the panel's unit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include <svctrade/categories/category.hpp>
#include <svctrade/categories/flow.hpp>
#include <svctrade/export.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/rounding.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/panels/detail/uninitialized.hpp>
#include <svctrade/panels/exact_panel.hpp>
#include <svctrade/panels/ops.hpp>

namespace svctrade {

namespace detail {
struct PanelResultShaper;
}

/// The result of an exact panel operation: one exact value (an integer number of units of
/// 10^−scale) and one Reason per reporter × category × period, in (reporter, category, period)
/// order.
class SVCTRADE_EXPORT ExactPanelResult {
public:
    /// The most decimal places an exact percentage result may ask for.
    static constexpr int max_places = 6;

    /// Creates an empty result (no cells, scale 0), to be filled by an operation's in-place form.
    ExactPanelResult() noexcept = default;

    /// Creates a result in which every cell is missing.
    /// \param reporters     the number of reporters
    /// \param categories    the number of categories
    /// \param frequency     the length of the periods
    /// \param first_period  the number of the first period (see Frequency)
    /// \param periods       the number of periods
    /// \param cumulative    true for year-to-date roll-ups
    /// \param month_counts  true for roll-ups, which record the months each cell holds
    /// \param scale         the number of decimal places of the values, 0–12
    /// \throws InvalidArgument if a dimension is zero or `scale` is outside 0–12.
    ExactPanelResult(std::size_t reporters, std::size_t categories, Frequency frequency, std::int32_t first_period,
                     std::size_t periods, bool cumulative, bool month_counts, int scale);

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
    /// \returns the number of the first period (see Frequency).
    [[nodiscard]] std::int32_t first_period() const noexcept { return first_; }
    /// \returns the number of decimal places of the values.
    [[nodiscard]] int scale() const noexcept { return scale_; }
    /// \returns the number of months in period offset `p` when complete (see PanelResult).
    /// \throws NotFound if `p` is out of range.
    [[nodiscard]] unsigned months_expected(std::size_t p) const;

    /// \returns the position of cell (r, c, p) in the columns.
    /// \throws NotFound if an index is out of range.
    [[nodiscard]] std::size_t position(std::size_t r, std::size_t c, std::size_t p) const;
    /// \returns the cell's exact value or the reason it has none.
    /// \throws NotFound as position().
    [[nodiscard]] Outcome<Decimal> at(std::size_t r, std::size_t c, std::size_t p) const;
    /// \returns the cell's exact value, or nothing when it has no answer.
    /// \throws NotFound as position().
    [[nodiscard]] std::optional<Decimal> value(std::size_t r, std::size_t c, std::size_t p) const;
    /// \returns why the cell has no answer, or Reason::none.
    /// \throws NotFound as position().
    [[nodiscard]] Reason reason(std::size_t r, std::size_t c, std::size_t p) const;
    /// \returns how many months a roll-up cell holds.
    /// \throws InvalidArgument if the result is not a roll-up; NotFound as position().
    [[nodiscard]] unsigned months_held(std::size_t r, std::size_t c, std::size_t p) const;

    /// \returns the units column (0 where the reason is not Reason::none).
    [[nodiscard]] std::span<const std::int64_t> units() const noexcept { return units_; }
    /// \returns the units column, for operations that fill a result.
    [[nodiscard]] std::span<std::int64_t> units() noexcept { return units_; }
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
    /// \returns the exact sum of the answered values (a checksum).
    [[nodiscard]] Decimal sum() const;

private:
    friend struct detail::PanelResultShaper;

    std::size_t reporters_ = 0;
    std::size_t categories_ = 0;
    std::size_t periods_ = 0;
    std::int32_t first_ = 0;
    Frequency frequency_ = Frequency::month;
    bool cumulative_ = false;
    int scale_ = 0;
    std::vector<std::int64_t, detail::UninitializedAllocator<std::int64_t>> units_;
    std::vector<Reason, detail::UninitializedAllocator<Reason>> reasons_;
    std::vector<std::uint8_t, detail::UninitializedAllocator<std::uint8_t>> months_;
};

/// Year-on-year growth of every observation in percent, correctly rounded to `places` by `mode`.
/// \returns a monthly result with the same Reasons as the fast path's yoy_growth().
/// \throws InvalidArgument if `places` is outside 0…ExactPanelResult::max_places; Overflow if a
///         rounded growth exceeds 64 bits (a base of a few units growing by 10^11 %).
[[nodiscard]] SVCTRADE_EXPORT ExactPanelResult yoy_growth(const ExactPanel& panel, Flow flow, int places,
                                                          RoundingMode mode);
/// As yoy_growth(const ExactPanel&, Flow, int, RoundingMode), filling `out` in place.
SVCTRADE_EXPORT void yoy_growth(const ExactPanel& panel, Flow flow, int places, RoundingMode mode,
                                ExactPanelResult& out);
/// Month-on-month growth of every observation in percent, rounded as yoy_growth().
/// \throws as yoy_growth().
[[nodiscard]] SVCTRADE_EXPORT ExactPanelResult period_growth(const ExactPanel& panel, Flow flow, int places,
                                                             RoundingMode mode);
/// As period_growth(const ExactPanel&, Flow, int, RoundingMode), filling `out` in place.
SVCTRADE_EXPORT void period_growth(const ExactPanel& panel, Flow flow, int places, RoundingMode mode,
                                   ExactPanelResult& out);
/// The share of each category in the sum of all categories, in percent, rounded once.
/// \returns as the fast path's shares(). \throws InvalidArgument for `places` as yoy_growth();
///          NotComparable for a classified panel whose categories overlap or cannot be summed
///          (see PanelKeys::check_sum_of_categories()); a panel of custom codes is not checked.
[[nodiscard]] SVCTRADE_EXPORT ExactPanelResult shares(const ExactPanel& panel, Flow flow, int places,
                                                      RoundingMode mode);
/// As shares(const ExactPanel&, Flow, int, RoundingMode), filling `out` in place.
SVCTRADE_EXPORT void shares(const ExactPanel& panel, Flow flow, int places, RoundingMode mode, ExactPanelResult& out);
/// The share of each category in category `whole`, in percent, rounded once.
/// \throws NotFound if `whole` is out of range; InvalidArgument for `places`; NotComparable for
///         a classified panel with a category outside the whole (see PanelKeys::check_whole()).
[[nodiscard]] SVCTRADE_EXPORT ExactPanelResult shares(const ExactPanel& panel, Flow flow, std::size_t whole, int places,
                                                      RoundingMode mode);
/// As shares(const ExactPanel&, Flow, std::size_t, int, RoundingMode), filling `out` in place.
SVCTRADE_EXPORT void shares(const ExactPanel& panel, Flow flow, std::size_t whole, int places, RoundingMode mode,
                            ExactPanelResult& out);
/// The change of each share against the same month last year in percentage points: the exact
/// difference of the exact shares, rounded once (never the difference of rounded shares).
/// \throws InvalidArgument for `places`; Overflow if the exact difference exceeds 128 bits;
///         NotComparable as shares(const ExactPanel&, Flow, int, RoundingMode).
[[nodiscard]] SVCTRADE_EXPORT ExactPanelResult share_changes(const ExactPanel& panel, Flow flow, int places,
                                                             RoundingMode mode);
/// As share_changes(const ExactPanel&, Flow, int, RoundingMode), filling `out` in place.
SVCTRADE_EXPORT void share_changes(const ExactPanel& panel, Flow flow, int places, RoundingMode mode,
                                   ExactPanelResult& out);
/// As share_changes(const ExactPanel&, Flow, int, RoundingMode) with category `whole`.
/// \throws NotFound if `whole` is out of range; NotComparable for a category outside the whole
///         (see PanelKeys::check_whole()); as the other overload.
[[nodiscard]] SVCTRADE_EXPORT ExactPanelResult share_changes(const ExactPanel& panel, Flow flow, std::size_t whole,
                                                             int places, RoundingMode mode);
/// As share_changes(const ExactPanel&, Flow, std::size_t, int, RoundingMode), filling `out` in place.
SVCTRADE_EXPORT void share_changes(const ExactPanel& panel, Flow flow, std::size_t whole, int places, RoundingMode mode,
                                   ExactPanelResult& out);
/// Each category's contribution to the year-on-year growth of the sum of all categories, in
/// percentage points, rounded once.
/// \throws InvalidArgument for `places`; Overflow as yoy_growth(); NotComparable as
///         shares(const ExactPanel&, Flow, int, RoundingMode).
[[nodiscard]] SVCTRADE_EXPORT ExactPanelResult contributions(const ExactPanel& panel, Flow flow, int places,
                                                             RoundingMode mode);
/// As contributions(const ExactPanel&, Flow, int, RoundingMode), filling `out` in place.
SVCTRADE_EXPORT void contributions(const ExactPanel& panel, Flow flow, int places, RoundingMode mode,
                                   ExactPanelResult& out);
/// As contributions(const ExactPanel&, Flow, int, RoundingMode) with category `whole`.
/// \throws NotFound if `whole` is out of range; NotComparable for a category outside the whole
///         (see PanelKeys::check_whole()); as the other overload.
[[nodiscard]] SVCTRADE_EXPORT ExactPanelResult contributions(const ExactPanel& panel, Flow flow, std::size_t whole,
                                                             int places, RoundingMode mode);
/// As contributions(const ExactPanel&, Flow, std::size_t, int, RoundingMode), filling `out` in place.
SVCTRADE_EXPORT void contributions(const ExactPanel& panel, Flow flow, std::size_t whole, int places, RoundingMode mode,
                                   ExactPanelResult& out);

/// As shares(const ExactPanel&, Flow, std::size_t, int, RoundingMode), with the whole given as
/// an EBOPS 2010 category of a classified panel.
/// \throws InvalidArgument if the panel is not classified; NotFound if it does not hold
///         `whole`; as the overload taking a position.
[[nodiscard]] inline ExactPanelResult shares(const ExactPanel& panel, Flow flow, Category whole, int places,
                                             RoundingMode mode) {
    return shares(panel, flow, panel.category_index(whole), places, mode);
}
/// As shares(const ExactPanel&, Flow, Category, int, RoundingMode), filling `out` in place.
/// \throws as that overload.
inline void shares(const ExactPanel& panel, Flow flow, Category whole, int places, RoundingMode mode,
                   ExactPanelResult& out) {
    shares(panel, flow, panel.category_index(whole), places, mode, out);
}
/// As share_changes(const ExactPanel&, Flow, std::size_t, int, RoundingMode), with the whole
/// given as an EBOPS 2010 category of a classified panel.
/// \throws InvalidArgument if the panel is not classified; NotFound if it does not hold
///         `whole`; as the overload taking a position.
[[nodiscard]] inline ExactPanelResult share_changes(const ExactPanel& panel, Flow flow, Category whole, int places,
                                                    RoundingMode mode) {
    return share_changes(panel, flow, panel.category_index(whole), places, mode);
}
/// As share_changes(const ExactPanel&, Flow, Category, int, RoundingMode), filling `out` in
/// place. \throws as that overload.
inline void share_changes(const ExactPanel& panel, Flow flow, Category whole, int places, RoundingMode mode,
                          ExactPanelResult& out) {
    share_changes(panel, flow, panel.category_index(whole), places, mode, out);
}
/// As contributions(const ExactPanel&, Flow, std::size_t, int, RoundingMode), with the whole
/// given as an EBOPS 2010 category of a classified panel.
/// \throws InvalidArgument if the panel is not classified; NotFound if it does not hold
///         `whole`; as the overload taking a position.
[[nodiscard]] inline ExactPanelResult contributions(const ExactPanel& panel, Flow flow, Category whole, int places,
                                                    RoundingMode mode) {
    return contributions(panel, flow, panel.category_index(whole), places, mode);
}
/// As contributions(const ExactPanel&, Flow, Category, int, RoundingMode), filling `out` in
/// place. \throws as that overload.
inline void contributions(const ExactPanel& panel, Flow flow, Category whole, int places, RoundingMode mode,
                          ExactPanelResult& out) {
    contributions(panel, flow, panel.category_index(whole), places, mode, out);
}
/// Exact sums of the months of every series into quarters, halves, years or year-to-date
/// periods, in the panel's unit; the rules for missing months are those of the fast path.
[[nodiscard]] SVCTRADE_EXPORT ExactPanelResult roll_up(const ExactPanel& panel, Flow flow, RollUp to,
                                                       PartialSums partial = PartialSums::refuse);
/// As roll_up(const ExactPanel&, Flow, RollUp, PartialSums), filling `out` in place.
SVCTRADE_EXPORT void roll_up(const ExactPanel& panel, Flow flow, RollUp to, PartialSums partial, ExactPanelResult& out);

}  // namespace svctrade
