// SPDX-License-Identifier: BSL-1.0
/// \file
/// Whole-dataset operations on an ExactPanel (the exact path, for publication): the same
/// operations as the fast path (ops.hpp), written once with it over the same core, computed from exact integers and
/// rounded once, correctly, to the published number of places with a RoundingMode.
///
/// Growth rates, shares, share changes and contributions are returned in percent (or percentage
/// points) with `places` decimals: 5.9 means +5.9 %. Roll-ups are exact sums in the panel's unit.
/// Statuses pass on to the results as on the fast path, to the same statuses (docs/status.md,
/// "Panel results").
#pragma once

#include <cstddef>

#include <svctrade/categories/category.hpp>
#include <svctrade/categories/flow.hpp>
#include <svctrade/export.hpp>
#include <svctrade/numbers/rounding.hpp>
#include <svctrade/panels/exact_panel.hpp>
#include <svctrade/panels/result.hpp>
#include <svctrade/periods/kind.hpp>

namespace svctrade {

/// The most decimal places an exact percentage result (growth, share, share change,
/// contribution) may ask for.
inline constexpr int max_exact_places = 6;

/// Year-on-year growth of every observation in percent, correctly rounded to `places` by `mode`.
/// \returns a monthly result with the same Reasons as the fast path's yoy_growth().
/// \throws InvalidArgument if `places` is outside 0…max_exact_places; Overflow if a
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
[[nodiscard]] SVCTRADE_EXPORT ExactPanelResult roll_up(const ExactPanel& panel, Flow flow, RollUpTarget to,
                                                       PartialSums partial = PartialSums::refuse);
/// As roll_up(const ExactPanel&, Flow, RollUpTarget, PartialSums), filling `out` in place.
SVCTRADE_EXPORT void roll_up(const ExactPanel& panel, Flow flow, RollUpTarget to, PartialSums partial,
                             ExactPanelResult& out);

}  // namespace svctrade
