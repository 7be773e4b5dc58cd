// SPDX-License-Identifier: BSL-1.0
/// \file
/// Interval forms of the growth and share functions: the exact set of results over every
/// combination of values in the input intervals (each the set a rounded published figure stands
/// for), with each end open or closed as the inputs allow.
///
/// Levels are in base units (yuan, dollars), rates, shares and changes are fractions (0.059 for
/// 5.9 %), as Figure::interval() gives them. No result is widened by an input used twice: each
/// formula is evaluated in a form in which every input occurs once, or by its corners where it
/// is monotone in each input (the header of src/growth/interval_growth.cpp proves which).
///
/// A function answers only when every combination of input values has an answer; otherwise the
/// Outcome gives the reason some combination has none, checked in the order documented at each
/// function — never an infinite or unbounded interval. A divisor that may be zero, or comes
/// arbitrarily close to it (an open end at zero), is Reason::zero_base: the result would be
/// unbounded.
#pragma once

#include <optional>
#include <span>

#include <svctrade/export.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/published/interval.hpp>

namespace svctrade {

/// The growth from `base` to `current`, (current − base) ÷ base, over the intervals.
/// \returns the growth rates as fractions, or Reason::zero_base when the base may be zero (or
///          approach it), Reason::negative_base when it is negative throughout,
///          Reason::sign_change when the base is positive and the current value may be negative.
/// \throws Overflow when an exact intermediate does not fit.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> growth(const Interval& base, const Interval& current);

/// The base implied by a current value and its growth (last year's level): current ÷ (1 + growth).
/// \returns the bases, or Reason::zero_base when the growth may be −100 % (or approach it),
///          Reason::sign_change when it is below −100 % throughout.
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> implied_base(const Interval& current, const Interval& growth);

/// The current value implied by a base and a growth: base × (1 + growth).
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Interval implied_current(const Interval& base, const Interval& growth);

/// The share of `part` in `whole`: part ÷ whole.
/// \returns the shares as fractions, or Reason::zero_base when the whole may be zero (or
///          approach it), Reason::negative_base when it is negative throughout.
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> share(const Interval& part, const Interval& whole);

/// The part implied by a share of a whole: share × whole.
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Interval implied_part(const Interval& share, const Interval& whole);

/// The whole implied by a part and its share: part ÷ share.
/// \returns the wholes, or Reason::zero_base when the share may be zero (or approach it).
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> implied_whole(const Interval& part, const Interval& share);

/// Last year's share implied by this year's share and its change: now − change.
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Interval implied_previous_share(const Interval& now, const Interval& change);

/// The change of a share (or of a rate) from `before` to `now`, in percentage points as a
/// fraction: now − before.
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Interval share_change(const Interval& before, const Interval& now);

/// A part's contribution to the whole's growth (拉动): (part_current − part_base) ÷ whole_base.
/// \returns the contributions as fractions, or Reason::zero_base / Reason::negative_base for the
///          whole's base as share().
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> contribution(const Interval& part_base, const Interval& part_current,
                                                             const Interval& whole_base);

/// The growth of a level from its current value and its absolute change on the base period:
/// change ÷ (current − change), i.e. current ÷ (current − change) − 1 with both inputs used
/// twice, computed exactly (not by interval arithmetic on that formula).
/// \returns the growth rates, or Reason::zero_base when the base current − change may be zero
///          (or approach it), Reason::negative_base when it is negative throughout,
///          Reason::sign_change when the base is positive and the current value may be negative.
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> growth_from_change(const Interval& current, const Interval& change);

/// The total of two flows (exports + imports, 进出口总额), or of any two disjoint parts.
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Interval total(const Interval& exports, const Interval& imports);

/// The balance exports − imports (negative: a deficit), or any difference of two levels (services
/// excluding travel: S − SD). For the deficit imports − exports, swap the arguments.
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Interval balance(const Interval& exports, const Interval& imports);

/// The change of the balance on the base period implied by this period's exports and imports
/// and their growth rates: X·g_x/(1 + g_x) − M·g_m/(1 + g_m) (the balance now minus the balance
/// of the bases). For a deficit's change, swap the flows.
/// \returns the changes in base units, or Reason::zero_base when a growth may be −100 % (or
///          approach it), Reason::sign_change when it is below −100 % throughout.
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> balance_change(const Interval& exports, const Interval& export_growth,
                                                               const Interval& imports, const Interval& import_growth);

/// The growth of the balance implied by this period's exports and imports and their growth
/// rates: (X − M) ÷ (X/(1 + g_x) − M/(1 + g_m)) − 1, exactly (every input is used twice). For a
/// deficit's growth, swap the flows.
/// \returns the growth rates, or the Reasons of balance_change() for the growths, then
///          Reason::zero_base when the base period's balance may be zero (or approach it),
///          Reason::negative_base when it is negative throughout (the growth of a deficit is not
///          defined: swap the flows), Reason::sign_change when it is positive and the balance now
///          may be negative.
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> balance_growth(const Interval& exports, const Interval& export_growth,
                                                               const Interval& imports, const Interval& import_growth);

/// The exchange rate implied by one amount printed in two currencies: quote_amount ÷
/// base_amount, in units of the quote currency per unit of the base (34.32 billion yuan and $5.31
/// billion give the yuan per dollar).
/// \returns the rates, or Reason::zero_base when the base amount may be zero (or approach it),
///          Reason::sign_change when the two amounts may have different signs (a rate is positive).
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> implied_rate(const Interval& quote_amount, const Interval& base_amount);

/// The one exchange rate that converts every pair: the rates r with quote_i = r × base_i for
/// some values of every pair at once, i.e. the common part of the implied rates.
/// \returns the rates, std::nullopt when no single rate reproduces every pair (the figures were
///          not converted at one rate, or one is misprinted), or the first pair's Reason of
///          implied_rate().
/// \throws InvalidArgument when the spans are empty or differ in length; Overflow.
[[nodiscard]] SVCTRADE_EXPORT Outcome<std::optional<Interval>> common_rate(std::span<const Interval> quote_amounts,
                                                                           std::span<const Interval> base_amounts);

/// The growth over two consecutive spans (chained growth): (1 + a)(1 + b) − 1.
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Interval compound(const Interval& a, const Interval& b);

/// The growth over consecutive spans: Π(1 + g_i) − 1 (growth on a base year from the growth of
/// each year since).
/// \throws InvalidArgument when `rates` is empty; Overflow.
[[nodiscard]] SVCTRADE_EXPORT Interval compound(std::span<const Interval> rates);

}  // namespace svctrade
