// SPDX-License-Identifier: BSL-1.0
/// \file
/// Whole-dataset operations on a Panel in `double` (the fast path): year-on-year and
/// period-on-period growth of every observation, shares of each category in its reporter / flow
/// / month total, percentage-point changes of those shares, contributions to growth, and the
/// roll-up of months to quarters, halves, years and year-to-date.
///
/// Every result carries one `Reason` per cell, so an observation without an answer (missing
/// input, zero or negative base, sign change) stays visibly without one: its value slot holds 0
/// and must never be read without its reason. A result of a panel with statuses also carries
/// each cell's ObservationStatus, derived from the observations it is computed from by the rules
/// of the TimeSeries operations (BasicPanelResult::statuses(), docs/status.md, "Panel results");
/// an in-place form clears the statuses `out` held. Values are fractions: a growth of 0.059 is 5.9 %,
/// a share of 0.385 is 38.5 %, a share change of 0.017 is 1.7 percentage points.
///
/// Every operation comes in two forms: one returns a fresh PanelResult, the other fills a
/// PanelResult the caller owns (the last parameter, `out`), reusing its storage. On a large panel
/// the second form is the fast one when called repeatedly: it allocates nothing once `out` has
/// held a result of the same size, so no fresh memory is zeroed or page-faulted per call
/// (docs/performance.md measures the difference).
#pragma once

#include <cstddef>

#include <svctrade/categories/category.hpp>
#include <svctrade/categories/flow.hpp>
#include <svctrade/export.hpp>
#include <svctrade/panels/panel.hpp>
#include <svctrade/panels/result.hpp>
#include <svctrade/periods/kind.hpp>

namespace svctrade {

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
[[nodiscard]] SVCTRADE_EXPORT PanelResult roll_up(const Panel& panel, Flow flow, RollUpTarget to,
                                                  PartialSums partial = PartialSums::refuse);
/// As roll_up(const Panel&, Flow, RollUpTarget, PartialSums), filling `out` in place.
/// \throws InvalidArgument for an unknown `to` or `partial` (`out` is then unchanged).
SVCTRADE_EXPORT void roll_up(const Panel& panel, Flow flow, RollUpTarget to, PartialSums partial, PanelResult& out);

}  // namespace svctrade
