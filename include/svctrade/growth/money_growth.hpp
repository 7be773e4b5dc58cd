// SPDX-License-Identifier: BSL-1.0
/// \file
/// The growth and share functions of growth.hpp on Money and Period: the same exact arithmetic,
/// plus the checks that make a report's figures comparable. Amounts in different currencies throw
/// CurrencyMismatch; periods that are not comparable (a quarter against a month, June 2021
/// against May 2021 for a year-on-year change) throw NotComparable.
#pragma once

#include <svctrade/export.hpp>
#include <svctrade/growth/average_growth.hpp>
#include <svctrade/growth/growth.hpp>
#include <svctrade/money/money.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/numbers/rounding.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/periods/period.hpp>

namespace svctrade {

/// The change between two amounts of money: the absolute change, always, and the relative change
/// when it is meaningful (see Change).
struct MoneyChange {
    /// current − base, exact, in their common currency.
    Money absolute;
    /// (current − base) ÷ base, or the Reason there is none.
    Outcome<GrowthRate> relative;
};

/// The growth from `base` to `current`, exact.
/// \returns as growth(Decimal, Decimal), with the absolute change in the common currency.
/// \throws CurrencyMismatch if the currencies differ; Overflow as growth(Decimal, Decimal).
[[nodiscard]] SVCTRADE_EXPORT MoneyChange growth(const Money& base, const Money& current);

/// Year-on-year growth (同比) from `last_year` for `last_year_period` to `current` for `period`:
/// (before, now), as growth(base, current).
/// \returns as growth(const Money&, const Money&).
/// \throws NotComparable if `last_year_period` is not `period` one or more years earlier with the
///         same kind (require_year_on_year_comparable) — so arguments given in the wrong order are
///         refused, not silently inverted; CurrencyMismatch if the currencies differ.
[[nodiscard]] SVCTRADE_EXPORT MoneyChange yoy_growth(const Money& last_year, const Period& last_year_period,
                                                     const Money& current, const Period& period);

/// Period-on-period growth (环比) from `previous` for `previous_period`, which must be the period
/// of the same kind just before, to `current` for `period`: (before, now), as growth(base, current).
/// \returns as growth(const Money&, const Money&).
/// \throws NotComparable if the periods are not adjacent periods of the same kind (so arguments
///         given in the wrong order are refused); CurrencyMismatch if the currencies differ.
[[nodiscard]] SVCTRADE_EXPORT MoneyChange period_growth(const Money& previous, const Period& previous_period,
                                                        const Money& current, const Period& period);

/// The compound annual growth rate from `first` to `last` over `years` years.
/// \returns as cagr(Decimal, Decimal, int).
/// \throws CurrencyMismatch if the currencies differ; InvalidArgument for `years` as cagr().
[[nodiscard]] SVCTRADE_EXPORT Outcome<AverageGrowth> cagr(const Money& first, const Money& last, int years);

/// The compound annual growth rate between two comparable periods: `last_period` must be
/// `first_period` shifted by n ≥ 1 whole years (same kind and position); the rate spans n years.
/// China's 2021 "two-year average" is cagr(x, 2019, y, 2021) for the same period of both years.
/// \returns as cagr(Decimal, Decimal, int).
/// \throws NotComparable if the periods are not a whole number of years apart with the same kind;
///         CurrencyMismatch if the currencies differ.
[[nodiscard]] SVCTRADE_EXPORT Outcome<AverageGrowth> cagr(const Money& first, const Period& first_period,
                                                          const Money& last, const Period& last_period);

/// The share of `part` in `whole`, exact.
/// \returns as share(Decimal, Decimal).
/// \throws CurrencyMismatch if the currencies differ.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Share> share(const Money& part, const Money& whole);

/// A part's contribution to the growth of the whole, in percentage points.
/// \returns as contribution(Decimal, Decimal, Decimal).
/// \throws CurrencyMismatch if the currencies differ.
[[nodiscard]] SVCTRADE_EXPORT Outcome<PercentagePoints> contribution(const Money& part_base, const Money& part_current,
                                                                     const Money& whole_base);

/// The base implied by a current amount and its growth (34.32 billion yuan at +5.9 % → 32.41
/// billion), rounded once to `places` by `mode`.
/// \returns the amount, or the Reason of implied_base(Decimal, GrowthRate).
/// \throws InvalidArgument for `places` outside 0…30.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Money> implied_base(const Money& current, GrowthRate growth, int places,
                                                          RoundingMode mode);

/// The part implied by a share of a whole amount, rounded once to `places` by `mode`
/// (38.5 % of 34.32 billion yuan → 13.21 billion).
/// \throws InvalidArgument for `places` outside 0…30.
[[nodiscard]] SVCTRADE_EXPORT Money implied_part(Share share, const Money& whole, int places, RoundingMode mode);

}  // namespace svctrade
