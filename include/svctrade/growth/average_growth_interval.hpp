// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::AverageGrowthInterval: the exact set of average growth rates (CAGR, China's
/// two-year average) that rounded published figures allow, decided in the power domain and
/// printed to any precision; the interval forms of cagr(), two_year_average_growth() and
/// average_growth().
#pragma once

#include <optional>
#include <span>
#include <string>

#include <svctrade/export.hpp>
#include <svctrade/growth/average_growth.hpp>
#include <svctrade/numbers/ratio.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/published/interval.hpp>

namespace svctrade {

/// The average growth rates per period F^(1/n) − 1 for every total factor F of an Interval
/// (last ÷ first, or the product of yearly factors) over n periods.
///
/// The ends are n-th roots, usually irrational, so they are never stored as numbers: the object
/// keeps the exact factor interval, and every question is answered exactly in the power domain —
/// a growth g is in the set iff (1 + g)^n is in the factor interval (x ↦ (1 + x)^n is increasing
/// for x ≥ −1), decided with big integers. The ends print rounded outward to any number of places
/// up to max_places, so the printed range always contains the exact one. Each end is open or
/// closed as the factor interval's end is.
class SVCTRADE_EXPORT AverageGrowthInterval {
public:
    /// The most decimal places the ends print with.
    static constexpr int max_places = 300;
    /// The most periods an average may span (as AverageGrowth::max_periods).
    static constexpr int max_periods = AverageGrowth::max_periods;

    /// The average growth per period of every factor in `factor` over `periods` periods.
    /// \throws InvalidArgument when the factor interval has a negative value or `periods` is
    ///         outside 1…max_periods.
    AverageGrowthInterval(const Interval& factor, int periods);

    /// \returns the exact interval of total factors (X_last ÷ X_first).
    [[nodiscard]] const Interval& total_factor() const noexcept { return factor_; }
    /// \returns the number of periods.
    [[nodiscard]] int periods() const noexcept { return periods_; }
    /// \returns whether the lowest average growth belongs to the set.
    [[nodiscard]] Bound lower_bound() const noexcept { return factor_.lower_bound(); }
    /// \returns whether the highest average growth belongs to the set.
    [[nodiscard]] Bound upper_bound() const noexcept { return factor_.upper_bound(); }

    /// \returns whether the growth `growth` (a fraction) is an average growth of the set.
    [[nodiscard]] bool contains(const Ratio& growth) const;
    /// \returns whether every growth of `growth` is in the set.
    [[nodiscard]] bool contains(const Interval& growth) const;
    /// \returns whether `growth` and the set have a growth in common: a printed average growth
    ///          (its interval) is consistent with the factor.
    [[nodiscard]] bool intersects(const Interval& growth) const;
    /// \returns whether the closures meet: with intersects() false, the two touch only at an open
    ///          end ("consistent only at the boundary").
    [[nodiscard]] bool closure_intersects(const Interval& growth) const;

    /// \returns the set as an exact Interval when both ends are rational (the factor's ends are
    ///          n-th powers of fractions that fit: 1.21 over 2 years is exactly 10 %), else
    ///          std::nullopt.
    [[nodiscard]] std::optional<Interval> exact() const;

    /// \returns the lowest average growth as a fraction rounded down (toward −∞) to `places`
    ///          decimal places: never above the exact end, e.g. `"0.0381624193…"`.
    /// \throws InvalidArgument for places outside 0…max_places.
    [[nodiscard]] std::string lower_outward(int places) const;
    /// \returns the highest average growth rounded up (toward +∞) to `places` places.
    /// \throws InvalidArgument for places outside 0…max_places.
    [[nodiscard]] std::string upper_outward(int places) const;
    /// \returns the ends rounded outward to `places`, joined by an en dash, as Interval::to_string.
    /// \throws InvalidArgument for places outside 0…max_places.
    [[nodiscard]] std::string to_string(int places) const;
    /// \returns the outward enclosure in bracket notation, e.g. `"[0.0381…, 0.0392…]"`: an end
    ///          printed exactly keeps its own bracket; an end rounded outward is closed (the
    ///          printed number is outside the set, the bracket encloses it).
    /// \throws InvalidArgument for places outside 0…max_places.
    [[nodiscard]] std::string to_enclosure_string(int places) const;

private:
    Interval factor_;
    int periods_;
};

/// The compound annual growth rates from every `first` to every `last` over `years` years:
/// (last ÷ first)^(1/years) − 1 over the intervals.
/// \returns the set, or Reason::zero_base when the first level may be zero (or approach it),
///          Reason::negative_base when it is negative throughout, Reason::sign_change when it is
///          positive and the last level may be negative.
/// \throws InvalidArgument for `years` outside 1…AverageGrowthInterval::max_periods; Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<AverageGrowthInterval> cagr(const Interval& first, const Interval& last,
                                                                  int years);

/// China's two-year average growth of 2021 over the intervals: cagr(x2019, x2021, 2).
/// \returns as cagr(const Interval&, const Interval&, int).
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<AverageGrowthInterval> two_year_average_growth(const Interval& x2019,
                                                                                     const Interval& x2021);

/// The average of consecutive growth rates over the intervals: (Π(1 + g_i))^(1/n) − 1.
/// \returns the set, or Reason::sign_change when a rate may be below −100 %.
/// \throws InvalidArgument when `rates` is empty or longer than max_periods; Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<AverageGrowthInterval> average_growth(std::span<const Interval> rates);

}  // namespace svctrade
