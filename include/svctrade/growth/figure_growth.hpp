// SPDX-License-Identifier: BSL-1.0
/// \file
/// The interval forms of the growth and share functions on published figures: the functions of
/// interval_growth.hpp and average_growth_interval.hpp on Figure::interval(mode), after the
/// checks money_growth.hpp makes on Money — each figure must be of the kind the function takes
/// (a level, a growth rate, a share), and amounts must be in one currency.
///
/// `mode` is how the publisher rounded: RoundingMode::half_up reads a negative figure by its
/// magnitude (四舍五入), RoundingMode::half_ceiling with ties toward +∞ (docs/figures.md).
#pragma once

#include <svctrade/export.hpp>
#include <svctrade/figures/figure.hpp>
#include <svctrade/growth/average_growth_interval.hpp>
#include <svctrade/numbers/rounding.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/published/interval.hpp>

namespace svctrade {

/// The growth between two printed levels, as growth(const Interval&, const Interval&).
/// \throws InvalidArgument when a figure is not a level; CurrencyMismatch when the currencies
///         differ; Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> growth(const Figure& base, const Figure& current, RoundingMode mode);

/// Last year's level from a printed level and its printed growth, as implied_base(const
/// Interval&, const Interval&), in the level's currency.
/// \throws InvalidArgument when `current` is not a level or `growth` not a growth rate; Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> implied_base(const Figure& current, const Figure& growth,
                                                             RoundingMode mode);

/// The share of a printed level in another, as share(const Interval&, const Interval&).
/// \throws InvalidArgument when a figure is not a level; CurrencyMismatch; Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> share(const Figure& part, const Figure& whole, RoundingMode mode);

/// The part implied by a printed share of a printed whole, in the whole's currency.
/// \throws InvalidArgument when `share` is not a share or `whole` not a level; Overflow.
[[nodiscard]] SVCTRADE_EXPORT Interval implied_part(const Figure& share, const Figure& whole, RoundingMode mode);

/// The whole implied by a printed part and its printed share, in the part's currency.
/// \throws InvalidArgument when `part` is not a level or `share` not a share; Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> implied_whole(const Figure& part, const Figure& share,
                                                              RoundingMode mode);

/// A part's contribution to the whole's growth from three printed levels.
/// \throws InvalidArgument when a figure is not a level; CurrencyMismatch; Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> contribution(const Figure& part_base, const Figure& part_current,
                                                             const Figure& whole_base, RoundingMode mode);

/// The growth of a printed level from its printed absolute change on the base period, as
/// growth_from_change(const Interval&, const Interval&).
/// \throws InvalidArgument when a figure is not a level; CurrencyMismatch; Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> growth_from_change(const Figure& current, const Figure& change,
                                                                   RoundingMode mode);

/// The balance of printed exports and imports (exports − imports).
/// \throws InvalidArgument when a figure is not a level; CurrencyMismatch; Overflow.
[[nodiscard]] SVCTRADE_EXPORT Interval balance(const Figure& exports, const Figure& imports, RoundingMode mode);

/// The exchange rate implied by one amount printed in two currencies (34.32 billion yuan and $5.31
/// billion), in units of `quote_amount`'s currency per unit of `base_amount`'s.
/// \throws InvalidArgument when a figure is not a level or both are in one currency; Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> implied_rate(const Figure& quote_amount, const Figure& base_amount,
                                                             RoundingMode mode);

/// The compound annual growth rates between two printed levels `years` years apart.
/// \throws InvalidArgument when a figure is not a level or for `years` as cagr(const Interval&,
///         const Interval&, int); CurrencyMismatch; Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<AverageGrowthInterval> cagr(const Figure& first, const Figure& last, int years,
                                                                  RoundingMode mode);

}  // namespace svctrade
