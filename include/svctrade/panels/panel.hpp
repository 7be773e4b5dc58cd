// SPDX-License-Identifier: BSL-1.0
/// \file
/// A panel of monthly services-trade observations keyed by reporter, category, flow and month,
/// stored as sorted columnar arrays for whole-dataset calculations (see ops.hpp).
///
/// Layout (docs/growth.md): for each reported flow (exports, imports) one column of `double`
/// values and one column of validity bytes, each of length reporters × categories × months,
/// ordered by reporter, then category, then month. The keys are implicit in the position, so an
/// observation costs 9 bytes per reported flow; the same month of last year is 12 slots back,
/// and the categories of one reporter and month are `months` slots apart. Total trade and the
/// balance are derived from the two reported columns when an operation asks for them.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <svctrade/categories/flow.hpp>
#include <svctrade/export.hpp>
#include <svctrade/panels/basic_panel.hpp>

namespace svctrade {

/// A rectangular panel of monthly observations in `double` (the fast path, for analysis).
/// Every (reporter, category, reported flow, month) cell exists and is either valid or missing;
/// a missing observation is never read as zero.
class SVCTRADE_EXPORT Panel : public BasicPanel<double> {
public:
    /// Creates a panel in which every observation is missing (see PanelKeys::PanelKeys).
    /// \param reporters    the reporters' codes or names, unique, in the order of the layout
    /// \param categories   the categories' codes, unique, in the order of the layout
    /// \param first_month  the first month
    /// \param month_count  the number of consecutive months
    /// \throws as PanelKeys::PanelKeys.
    Panel(std::vector<std::string> reporters, std::vector<std::string> categories, MonthIndex first_month,
          std::size_t month_count)
        : BasicPanel(PanelKeys(std::move(reporters), std::move(categories), first_month, month_count)) {}
    /// Creates a classified panel, whose categories are EBOPS 2010 categories, in which every
    /// observation is missing; its operations check how the categories combine (see
    /// PanelKeys::check_sum_of_categories(), PanelKeys::check_whole()).
    /// \param reporters    the reporters' codes or names, unique, in the order of the layout
    /// \param categories   the categories, unique, in the order of the layout
    /// \param first_month  the first month
    /// \param month_count  the number of consecutive months
    /// \throws as PanelKeys::PanelKeys.
    Panel(std::vector<std::string> reporters, std::span<const Category> categories, MonthIndex first_month,
          std::size_t month_count)
        : BasicPanel(PanelKeys(std::move(reporters), categories, first_month, month_count)) {}
    /// Creates a classified panel from a list such as `{Category::total(), si}` (see the
    /// overload taking a span). \throws as PanelKeys::PanelKeys.
    Panel(std::vector<std::string> reporters, std::initializer_list<Category> categories, MonthIndex first_month,
          std::size_t month_count)
        : BasicPanel(PanelKeys(std::move(reporters), categories, first_month, month_count)) {}

    /// Records an observation of a reported flow, replacing any earlier one.
    /// \throws InvalidArgument if `flow` is derived (total, balance) or `value` is not finite;
    ///         NotFound / InvalidPeriod as position().
    void set(std::size_t r, std::size_t c, Flow flow, MonthIndex month, double value);
    /// Records an observation by reporter name and category code (see the overload by position).
    void set(std::string_view reporter, std::string_view category, Flow flow, MonthIndex month, double value);
    /// Records an observation with its status (estimated, provisional, confidential…), replacing
    /// any earlier one; status() returns it and the operations pass it on (docs/status.md).
    /// \throws InvalidArgument if `status` is missing (erase() records a missing cell's reason),
    ///         and as set(std::size_t, std::size_t, Flow, MonthIndex, double).
    void set(std::size_t r, std::size_t c, Flow flow, MonthIndex month, double value, const ObservationStatus& status);

    /// \returns the observation, or nothing when it is missing; a derived flow is computed from
    ///          exports and imports and is missing when either is.
    /// \throws NotFound / InvalidPeriod as position().
    [[nodiscard]] std::optional<double> value(std::size_t r, std::size_t c, Flow flow, MonthIndex month) const {
        return load(r, c, flow, month);
    }

    /// \returns the value column of a reported flow (missing cells hold 0 and must be read
    ///          together with valid()).
    /// \throws InvalidArgument if `flow` is derived.
    [[nodiscard]] std::span<const double> values(Flow flow) const { return cells(flow); }
};

}  // namespace svctrade
