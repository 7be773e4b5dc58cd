// SPDX-License-Identifier: BSL-1.0
// The range of a part's growth implied by rounded published figures.
//
// The part's growth is f(s, p, g) = s(1 + g) / (s − p) − 1 for the share s now, its change p and
// the total's growth g: part now = s·T, part a year ago = (s − p)·T / (1 + g).
//
// Why evaluating the corners of the box is right (the examples used to do that by hand): on the
// domain we accept (s > 0, s − p > 0, 1 + g > 0), with h(s, p) = s / (s − p) > 0,
//   f + 1 = h(s, p) · (1 + g),
//   ∂h/∂p = s / (s − p)² > 0           h rises strictly with p;
//   ∂h/∂s = −p / (s − p)²               h falls with s when p > 0, rises when p < 0, flat at p = 0;
// and 1 + g > 0 rises with g. Both factors are positive and depend on disjoint inputs, so the
// extremes of f + 1 are the products of the extremes of h and of 1 + g; h's are at p's ends and,
// p fixed, at one of s's ends. Hence every extreme is at a corner of the box: for a rise (p > 0)
// the lowest growth is at (s_hi, p_lo, g_lo) and the highest at (s_lo, p_hi, g_hi).
//
// We do not pick corners by hand, though: written as
//   f + 1 = (1 + g) / (1 − p / s),
// each input occurs once, and interval arithmetic over an expression in which every variable
// occurs once, with operations monotone in each argument, yields the exact range (no dependency
// over-estimate). Interval's operations also carry whether each end is attained, so the result
// says whether "between 10.58 % and 11.00 %" includes its ends. The tests compare this with the
// corners and with a brute-force grid over the box.
#include <svctrade/error.hpp>
#include <svctrade/growth/published_growth.hpp>

#include <string>

namespace svctrade {

namespace {

constexpr Ratio one{Decimal(1)};

// Every value of the interval is above zero (an open lower end at zero counts: 0 is not in it).
bool all_positive(const Interval& i) {
    return i.lower().sign() > 0 || (i.lower().is_zero() && i.lower_bound() == Bound::open);
}
// Every value of the interval is below zero.
bool all_negative(const Interval& i) {
    return i.upper().sign() < 0 || (i.upper().is_zero() && i.upper_bound() == Bound::open);
}

}  // namespace

Outcome<Interval> implied_part_growth(const Interval& share, const Interval& change, const Interval& total_growth) {
    if (!all_positive(share) || share.lower().is_zero()) {
        throw InvalidArgument("the growth of a part needs a share above zero, bounded away from it; the share " +
                              share.to_exact_string() + " reaches " + (all_positive(share) ? "zero" : "zero or below"));
    }
    // The total's factor 1 + g: last year's total is this year's ÷ (1 + g), as in implied_base().
    // An open lower end at −100 % is fine: the part's growth then tends to −100 %, a bounded end.
    const Interval factor = Interval::point(one) + total_growth;
    if (!all_positive(factor))
        return Outcome<Interval>(all_negative(factor) ? NoAnswer(Reason::sign_change) : NoAnswer(Reason::zero_base));
    // The previous share over the current one, (s − p) / s = 1 − p/s: positive and bounded away
    // from zero, or the growth is unbounded (a base that may be zero) or meaningless (negative).
    const Interval previous_over_now = Interval::point(one) - change / share;
    if (previous_over_now.lower().sign() <= 0) {
        return Outcome<Interval>(all_negative(previous_over_now) ? NoAnswer(Reason::negative_base)
                                                                 : NoAnswer(Reason::zero_base));
    }
    return Outcome<Interval>(factor / previous_over_now - Interval::point(one));
}

Outcome<Interval> implied_part_growth(const Published& share_percent, const Published& change_points,
                                      const Published& total_growth_percent, RoundingMode mode) {
    const Interval hundredth = Interval::point(Ratio(Decimal(1), Decimal(100)));
    return implied_part_growth(share_percent.interval(mode) * hundredth, change_points.interval(mode) * hundredth,
                               total_growth_percent.interval(mode) * hundredth);
}

}  // namespace svctrade
