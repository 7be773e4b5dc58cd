// SPDX-License-Identifier: BSL-1.0
/// \file
/// The pure growth and share calculations of services-trade reports, exact on Decimal: growth
/// between two values, average growth (CAGR), shares, percentage-point changes, contributions to
/// growth, index numbers, and the inverses a reader of a report needs (the base implied by a
/// value and its growth, a part implied by a share, last year's share implied by a change).
///
/// Outcomes that come from the data (a zero or negative base, a sign change) are returned as an
/// Outcome with its Reason, never as infinity, NaN or an exception; the absolute change stays
/// available. Results stay exact (Ratio, GrowthRate, Share, PercentagePoints) until the caller
/// rounds them, once, with a RoundingMode.
#pragma once

#include <span>
#include <vector>

#include <svctrade/export.hpp>
#include <svctrade/growth/average_growth.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/numbers/ratio.hpp>
#include <svctrade/outcome.hpp>

namespace svctrade {

/// The change from a base value to a current value: the absolute change, always, and the
/// relative change when it is meaningful.
struct Change {
    /// current − base, exact (available even when the relative change is not).
    Decimal absolute;
    /// (current − base) ÷ base, or why there is none: Reason::zero_base, Reason::negative_base
    /// (the growth of a deficit is not defined), Reason::sign_change (a positive base turned
    /// negative).
    Outcome<GrowthRate> relative;
};

/// The growth from `base` to `current` (增长率): (current − base) ÷ base, exact.
/// Use it for year-on-year growth (同比: base = the same period last year) and period-on-period
/// growth (环比: base = the previous period).
/// \returns the absolute and relative change; current = 0 on a positive base is −100 %.
/// \throws Overflow if the exact difference does not fit a Decimal.
[[nodiscard]] SVCTRADE_EXPORT Change growth(Decimal base, Decimal current);

/// The compound annual growth rate (年均增长) from `first` to `last` over `years` years:
/// (last ÷ first)^(1/years) − 1.
/// \returns the average growth, or Reason::zero_base (first = 0), Reason::negative_base
///          (first < 0) or Reason::sign_change (first > 0 > last).
/// \throws InvalidArgument if `years` is outside 1…AverageGrowth::max_periods.
[[nodiscard]] SVCTRADE_EXPORT Outcome<AverageGrowth> cagr(Decimal first, Decimal last, int years);

/// China's "two-year average growth" (两年平均增长) of 2021: sqrt(X_2021 ÷ X_2019) − 1, the
/// geometric mean that reproduces MOFCOM's published 2021 figures; cagr(x2019, x2021, 2).
/// \returns as cagr().
[[nodiscard]] SVCTRADE_EXPORT Outcome<AverageGrowth> two_year_average_growth(Decimal x2019, Decimal x2021);

/// The average of several consecutive growth rates: the geometric mean of the factors,
/// (Π (1 + g_i))^(1/n) − 1 (growth rates compound; their arithmetic mean is wrong).
/// \returns the average growth, or Reason::sign_change if a rate is below −100 %.
/// \throws InvalidArgument if `rates` is empty or longer than AverageGrowth::max_periods;
///         Overflow if the exact product of the factors does not fit.
[[nodiscard]] SVCTRADE_EXPORT Outcome<AverageGrowth> average_growth(std::span<const GrowthRate> rates);

/// The share of `part` in `whole` (比重, 占比), exact.
/// \returns the share, or Reason::zero_base (whole = 0) or Reason::negative_base (whole < 0).
[[nodiscard]] SVCTRADE_EXPORT Outcome<Share> share(Decimal part, Decimal whole);

/// The change of a share from `before` to `now`, in percentage points (…个百分点): `now` − `before`.
/// \returns the exact change: share_change(36.8 %, 38.5 %) = +1.7 pp.
/// \note Arguments are (before, now), as in every function of svctrade that compares two times:
///       growth(base, current), contribution(part_base, part_current, whole_base).
[[nodiscard]] constexpr PercentagePoints share_change(Share before, Share now) {
    return now - before;
}

/// A part's contribution to the growth of the whole (拉动, percentage points):
/// (part_current − part_base) ÷ whole_base, which is also g_part × s_part,base.
/// \returns the contribution, or Reason::zero_base / Reason::negative_base for the whole's base.
/// \throws Overflow if the exact difference does not fit.
[[nodiscard]] SVCTRADE_EXPORT Outcome<PercentagePoints> contribution(Decimal part_base, Decimal part_current,
                                                                     Decimal whole_base);

/// The contributions of a complete partition and the growth of its whole.
struct Contributions {
    /// One contribution per part, in the order given.
    std::vector<PercentagePoints> parts;
    /// The growth of the whole (the sum of the parts): exactly the sum of `parts`.
    GrowthRate total;
};

/// The contribution of every part of a partition to the growth of the whole = Σ parts; the
/// contributions add up exactly to the whole's growth (the identity is exact: no rounding).
/// \returns the contributions, or the whole's Reason (zero_base, negative_base, sign_change).
/// \throws InvalidArgument if the spans are empty or differ in length; Overflow on sums that
///         do not fit.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Contributions> contributions(std::span<const Decimal> base_parts,
                                                                   std::span<const Decimal> current_parts);

/// The index number of `value` on `base` = 100 (定基指数): 100 × value ÷ base, exact.
/// \returns the index, or Reason::zero_base / Reason::negative_base.
/// \note The base comes first, as in growth(base, current): index_number(80, 100) is 125.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Ratio> index_number(Decimal base, Decimal value);

/// The index numbers of a series on element `base` = 100.
/// \returns one index per value; each is the Outcome of index_number(series[base], value).
/// \throws NotFound if `base` is not an index of `series`.
[[nodiscard]] SVCTRADE_EXPORT std::vector<Outcome<Ratio>> index_numbers(std::span<const Decimal> series,
                                                                        std::size_t base);

/// The base implied by a current value and its growth: current ÷ (1 + growth), exact
/// (34.32 at +5.9 % → 32.408…, printed 32.41).
/// \returns the base, or Reason::zero_base when the growth is −100 % (any base gives 0), or
///          Reason::sign_change when it is below −100 % (no positive base grows into it).
[[nodiscard]] SVCTRADE_EXPORT Outcome<Ratio> implied_base(Decimal current, GrowthRate growth);

/// The current value implied by a base and a growth: base × (1 + growth), exact.
[[nodiscard]] SVCTRADE_EXPORT Ratio implied_current(Decimal base, GrowthRate growth);

/// The part implied by a share of a whole: share × whole, exact (38.5 % of 34.32 → 13.2132).
[[nodiscard]] SVCTRADE_EXPORT Ratio implied_part(Share share, Decimal whole);

/// The whole implied by a part and its share: part ÷ share, exact.
/// \returns the whole, or Reason::zero_base for a share of 0.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Ratio> implied_whole(Decimal part, Share share);

/// Last year's share implied by this year's share and its change in percentage points
/// (38.5 % up 1.7 pp → 36.8 %).
[[nodiscard]] constexpr Share implied_previous_share(Share now, PercentagePoints change) {
    return now - change;
}

}  // namespace svctrade
