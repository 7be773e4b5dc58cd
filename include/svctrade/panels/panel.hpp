// SPDX-License-Identifier: BSL-1.0
/// \file
/// A panel of monthly services-trade observations keyed by reporter, category, flow and month,
/// stored as sorted columnar arrays for whole-dataset calculations (see panel_ops.hpp).
///
/// Layout (docs/growth.md): for each reported flow (exports, imports) one column of `double`
/// values and one column of validity bytes, each of length reporters × categories × months,
/// ordered by reporter, then category, then month. The keys are implicit in the position, so an
/// observation costs 9 bytes per reported flow; the same month of last year is 12 slots back,
/// and the categories of one reporter and month are `months` slots apart. Total trade and the
/// balance are derived from the two reported columns when an operation asks for them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/categories/flow.hpp>
#include <svctrade/export.hpp>
#include <svctrade/panels/keys.hpp>

namespace svctrade {

/// A rectangular panel of monthly observations in `double` (the fast path, for analysis).
/// Every (reporter, category, reported flow, month) cell exists and is either valid or missing;
/// a missing observation is never read as zero.
class SVCTRADE_EXPORT Panel : public PanelKeys {
public:
    /// Creates a panel in which every observation is missing (see PanelKeys::PanelKeys).
    /// \param reporters    the reporters' codes or names, unique, in the order of the layout
    /// \param categories   the categories' codes, unique, in the order of the layout
    /// \param first_month  the first month, as returned by month_index()
    /// \param month_count  the number of consecutive months
    /// \throws as PanelKeys::PanelKeys.
    Panel(std::vector<std::string> reporters, std::vector<std::string> categories, std::int32_t first_month,
          std::size_t month_count);
    /// Creates a classified panel, whose categories are EBOPS 2010 categories, in which every
    /// observation is missing; its operations check how the categories combine (see
    /// PanelKeys::check_sum_of_categories(), PanelKeys::check_whole()).
    /// \param reporters    the reporters' codes or names, unique, in the order of the layout
    /// \param categories   the categories, unique, in the order of the layout
    /// \param first_month  the first month, as returned by month_index()
    /// \param month_count  the number of consecutive months
    /// \throws as PanelKeys::PanelKeys.
    Panel(std::vector<std::string> reporters, std::span<const Category> categories, std::int32_t first_month,
          std::size_t month_count);
    /// Creates a classified panel from a list such as `{Category::total(), si}` (see the
    /// overload taking a span). \throws as PanelKeys::PanelKeys.
    Panel(std::vector<std::string> reporters, std::initializer_list<Category> categories, std::int32_t first_month,
          std::size_t month_count);

    /// Records an observation of a reported flow, replacing any earlier one.
    /// \throws InvalidArgument if `flow` is derived (total, balance) or `value` is not finite;
    ///         NotFound / InvalidPeriod as position().
    void set(std::size_t r, std::size_t c, Flow flow, std::int32_t month, double value);
    /// Records an observation by reporter name and category code (see the overload by position).
    void set(std::string_view reporter, std::string_view category, Flow flow, std::int32_t month, double value);
    /// Marks an observation of a reported flow as missing.
    /// \throws as set().
    void erase(std::size_t r, std::size_t c, Flow flow, std::int32_t month);

    /// \returns the observation, or nothing when it is missing; a derived flow is computed from
    ///          exports and imports and is missing when either is.
    /// \throws NotFound / InvalidPeriod as position().
    [[nodiscard]] std::optional<double> value(std::size_t r, std::size_t c, Flow flow, std::int32_t month) const;

    /// \returns the value column of a reported flow (missing cells hold 0 and must be read
    ///          together with valid()).
    /// \throws InvalidArgument if `flow` is derived.
    [[nodiscard]] std::span<const double> values(Flow flow) const;
    /// \returns the validity column of a reported flow: 1 for an observation, 0 for missing.
    /// \throws InvalidArgument if `flow` is derived.
    [[nodiscard]] std::span<const std::uint8_t> valid(Flow flow) const;
    /// \returns how many observations of a reported flow are valid.
    /// \throws InvalidArgument if `flow` is derived.
    [[nodiscard]] std::size_t valid_count(Flow flow) const;

private:
    void allocate();
    [[nodiscard]] static std::size_t column(Flow flow);
    std::vector<double> values_[2];
    std::vector<std::uint8_t> valid_[2];
};

}  // namespace svctrade
