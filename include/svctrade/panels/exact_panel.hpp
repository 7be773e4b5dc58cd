// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::ExactPanel, a panel of monthly observations held exactly, as integers of a fixed
/// decimal unit (e.g. 0.01 yuan), for figures that will be published (see exact_ops.hpp).
///
/// Same keys and storage as Panel (BasicPanel): per reported flow one column of int64 units and
/// one validity column, in (reporter, category, month) order: 9 bytes per observation and flow.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <svctrade/categories/flow.hpp>
#include <svctrade/export.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/panels/basic_panel.hpp>

namespace svctrade {

/// A rectangular panel of exact monthly observations: each value is an integer number of units
/// of 10^−scale (scale 2: cents of the currency or of "100 million yuan", whatever the data's
/// unit is). A missing observation is never read as zero.
class SVCTRADE_EXPORT ExactPanel : public BasicPanel<std::int64_t> {
public:
    /// The largest magnitude of a stored value, in units: 10^17, so that totals, balances and
    /// twelve-month sums of any cells never overflow 64 bits.
    static constexpr std::int64_t max_units = 100'000'000'000'000'000LL;

    /// Creates a panel in which every observation is missing.
    /// \param reporters    the reporters' codes or names, unique, in the order of the layout
    /// \param categories   the categories' codes, unique, in the order of the layout
    /// \param first_month  the first month
    /// \param month_count  the number of consecutive months
    /// \param scale        the number of decimal places of every value, 0–12
    /// \throws as PanelKeys::PanelKeys; InvalidArgument if `scale` is outside 0–12.
    ExactPanel(std::vector<std::string> reporters, std::vector<std::string> categories, MonthIndex first_month,
               std::size_t month_count, int scale)
        : BasicPanel(PanelKeys(std::move(reporters), std::move(categories), first_month, month_count)),
          scale_(checked_scale(scale)) {}
    /// Creates a classified panel, whose categories are EBOPS 2010 categories, in which every
    /// observation is missing; its operations check how the categories combine (see
    /// PanelKeys::check_sum_of_categories(), PanelKeys::check_whole()).
    /// \param reporters    the reporters' codes or names, unique, in the order of the layout
    /// \param categories   the categories, unique, in the order of the layout
    /// \param first_month  the first month
    /// \param month_count  the number of consecutive months
    /// \param scale        the number of decimal places of every value, 0–12
    /// \throws as PanelKeys::PanelKeys; InvalidArgument if `scale` is outside 0–12.
    ExactPanel(std::vector<std::string> reporters, std::span<const Category> categories, MonthIndex first_month,
               std::size_t month_count, int scale)
        : BasicPanel(PanelKeys(std::move(reporters), categories, first_month, month_count)),
          scale_(checked_scale(scale)) {}
    /// Creates a classified panel from a list such as `{Category::total(), si}` (see the
    /// overload taking a span). \throws as that overload.
    ExactPanel(std::vector<std::string> reporters, std::initializer_list<Category> categories, MonthIndex first_month,
               std::size_t month_count, int scale)
        : BasicPanel(PanelKeys(std::move(reporters), categories, first_month, month_count)),
          scale_(checked_scale(scale)) {}

    /// \returns the number of decimal places of every value.
    [[nodiscard]] int scale() const noexcept { return scale_; }

    /// Records an observation of a reported flow, replacing any earlier one.
    /// \throws InvalidArgument if `flow` is derived or `value` has more places than scale();
    ///         Overflow if it exceeds max_units; NotFound / InvalidPeriod as position().
    void set(std::size_t r, std::size_t c, Flow flow, MonthIndex month, Decimal value);
    /// Records an observation as a number of units of 10^−scale (34.32 at scale 2 is 3432).
    /// \throws InvalidArgument if `flow` is derived; Overflow if |units| exceeds max_units;
    ///         NotFound / InvalidPeriod as position().
    void set_units(std::size_t r, std::size_t c, Flow flow, MonthIndex month, std::int64_t units);
    /// Records an observation with its status, replacing any earlier one (see Panel::set() with
    /// a status).
    /// \throws InvalidArgument if `status` is missing; as set(std::size_t, std::size_t, Flow, MonthIndex, Decimal).
    void set(std::size_t r, std::size_t c, Flow flow, MonthIndex month, Decimal value, const ObservationStatus& status);
    /// Records an observation as units with its status.
    /// \throws InvalidArgument if `status` is missing; as set_units(std::size_t, std::size_t, Flow, MonthIndex,
    /// std::int64_t).
    void set_units(std::size_t r, std::size_t c, Flow flow, MonthIndex month, std::int64_t units,
                   const ObservationStatus& status);

    /// \returns the observation, or nothing when it is missing; a derived flow is computed from
    ///          exports and imports, exactly, and is missing when either is.
    /// \throws NotFound / InvalidPeriod as position().
    [[nodiscard]] std::optional<Decimal> value(std::size_t r, std::size_t c, Flow flow, MonthIndex month) const {
        const std::optional<std::int64_t> units = load(r, c, flow, month);
        return units ? std::optional<Decimal>(Decimal::from_units(*units, scale_)) : std::nullopt;
    }

    /// \returns the units column of a reported flow (missing cells hold 0; read with valid()).
    /// \throws InvalidArgument if `flow` is derived.
    [[nodiscard]] std::span<const std::int64_t> units(Flow flow) const { return cells(flow); }

private:
    [[nodiscard]] static int checked_scale(int scale);
    int scale_;
};

}  // namespace svctrade
