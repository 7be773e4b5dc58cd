// SPDX-License-Identifier: BSL-1.0
/// \file
/// The range a derived growth rate can take when every published figure it comes from is
/// rounded: the growth of a part implied by its share, the share's change and the total's growth.
#pragma once

#include <svctrade/export.hpp>
#include <svctrade/numbers/rounding.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/published/interval.hpp>
#include <svctrade/published/published.hpp>

namespace svctrade {

/// The growth of a part implied by its share of a total, the change of that share and the
/// growth of the total, over every combination of values in the given intervals (all three as
/// fractions: 38.5 % is 0.385, +1.7 pp is 0.017, +5.9 % is 0.059).
///
/// With share s now, a change of p (so s − p a year ago) and total growth g, the part grew by
/// s(1 + g) / (s − p) − 1 (the total cancels out). The result is the exact set of those values,
/// each end open or closed as the inputs' ends allow: the infimum and supremum are computed, not
/// sampled.
/// \returns the growth rates as fractions (0.105831… for +10.5831…%), or the Reason there is no
///          bounded answer:
///          - Reason::zero_base when the total's growth may be −100 % (the total's base may be
///            zero), or the previous share s − p may be zero or arbitrarily close to it (the
///            part's base may vanish: the growth is unbounded);
///          - Reason::sign_change when the total's growth is below −100 % throughout;
///          - Reason::negative_base when the previous share s − p is negative throughout.
/// \throws InvalidArgument when the share interval reaches zero or below (a published 0.0 %
///         says nothing about the part's growth), Overflow when an exact intermediate does not fit.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> implied_part_growth(const Interval& share, const Interval& change,
                                                                    const Interval& total_growth);

/// The growth of a part implied by three published figures, as implied_part_growth() on the
/// intervals they stand for under `mode`: a share printed in percent (38.5), its change printed
/// in percentage points (1.7) and the total's growth printed in percent (5.9).
///
/// The Xiamen report's 38.5 %, +1.7 pp and +5.9 %, all rounded half up, give the open interval
/// (0.105831…, 0.110021…): the knowledge-intensive growth printed as +10.8 % can be anything
/// strictly between +10.58 % and +11.00 %.
/// \returns as implied_part_growth(const Interval&, const Interval&, const Interval&): the
///          growth as fractions, or the Reason there is no bounded answer.
/// \throws InvalidArgument when the share's interval reaches zero or below, Overflow when an
///         exact intermediate does not fit.
[[nodiscard]] SVCTRADE_EXPORT Outcome<Interval> implied_part_growth(const Published& share_percent,
                                                                    const Published& change_points,
                                                                    const Published& total_growth_percent,
                                                                    RoundingMode mode);

}  // namespace svctrade
