// SPDX-License-Identifier: BSL-1.0
// Interval forms of the growth and share functions, exact.
//
// Interval arithmetic (+ − × ÷ of published/interval.hpp) gives the exact image of an expression
// in which every input occurs once: each operation is monotone in each argument and the inputs
// vary independently. So each formula is written with single occurrences where it can be:
//   growth          c/b − 1                  share            p/w
//   implied base    c/(1 + g)                implied current  b·(1 + g)
//   contribution    (c_p − b_p)/b_w          implied rate     q/b
//   balance change  X(1 − 1/(1+g_x)) − M(1 − 1/(1+g_m))     (X·g/(1+g) = X − X/(1+g))
//   chained growth  Π(1 + g_i) − 1
// Two formulas keep an input twice; their images are taken at the corners of the box of inputs
// (growth/box_image.hpp), which is exact for a function monotone in each input separately:
//   growth from a change, g(v, d) = d/(v − d) on v ≥ 0, b = v − d > 0:
//     ∂g/∂d = v/b² ≥ 0, ∂g/∂v = −d/b² (one sign for each fixed d);
//   balance growth, f = (X − M)/(aX − bM) − 1 with a = 1/(1 + g_x), b = 1/(1 + g_m), on a box
//   where the base balance aX − bM > 0: f is a ratio of two affine functions of each of X, M, a,
//   b (the others fixed) with a denominator that does not vanish, hence monotone in each, and
//   a, b are monotone in g_x, g_m.
// The tests compare every function with the single-value functions on dense grids of the box.
#include <svctrade/error.hpp>
#include <svctrade/growth/interval_growth.hpp>

#include "growth/box_image.hpp"

#include <array>
#include <string>
#include <vector>

namespace svctrade {

namespace {

constexpr Ratio one{Decimal(1)};

Interval point_one() {
    return Interval::point(one);
}
// Every value is above zero (an open lower end at zero counts: zero is not in it).
bool all_positive(const Interval& i) {
    return i.lower().sign() > 0 || (i.lower().is_zero() && i.lower_bound() == Bound::open);
}
// Bounded away from zero: a divisor whose quotient stays bounded.
bool away_from_zero(const Interval& i) {
    return i.lower().sign() > 0 || i.upper().sign() < 0;
}

// The Reason a divisor that must be positive has none, or Reason::none.
Reason positive_base(const Interval& base) {
    if (!away_from_zero(base)) return Reason::zero_base;
    if (base.upper().sign() < 0) return Reason::negative_base;
    return Reason::none;
}
// The Reason a growth factor 1 + g has none (growth of −100 % or below), or Reason::none.
Reason growth_factor(const Interval& factor) {
    if (!away_from_zero(factor)) return Reason::zero_base;
    if (factor.upper().sign() < 0) return Reason::sign_change;
    return Reason::none;
}

}  // namespace

Outcome<Interval> growth(const Interval& base, const Interval& current) {
    if (const Reason r = positive_base(base); r != Reason::none) return NoAnswer::of(r);
    if (current.lower().sign() < 0) return NoAnswer(Reason::sign_change);
    return current / base - point_one();
}

Outcome<Interval> implied_base(const Interval& current, const Interval& growth) {
    const Interval factor = point_one() + growth;
    if (const Reason r = growth_factor(factor); r != Reason::none) return NoAnswer::of(r);
    return current / factor;
}

Interval implied_current(const Interval& base, const Interval& growth) {
    return base * (point_one() + growth);
}

Outcome<Interval> share(const Interval& part, const Interval& whole) {
    if (const Reason r = positive_base(whole); r != Reason::none) return NoAnswer::of(r);
    return part / whole;
}

Interval implied_part(const Interval& share, const Interval& whole) {
    return share * whole;
}

Outcome<Interval> implied_whole(const Interval& part, const Interval& share) {
    if (!away_from_zero(share)) return NoAnswer(Reason::zero_base);
    return part / share;
}

Interval implied_previous_share(const Interval& now, const Interval& change) {
    return now - change;
}

Interval share_change(const Interval& before, const Interval& now) {
    return now - before;
}

Outcome<Interval> contribution(const Interval& part_base, const Interval& part_current, const Interval& whole_base) {
    if (const Reason r = positive_base(whole_base); r != Reason::none) return NoAnswer::of(r);
    return (part_current - part_base) / whole_base;
}

Outcome<Interval> growth_from_change(const Interval& current, const Interval& change) {
    // The base is current − change; as an interval expression each input occurs once.
    if (const Reason r = positive_base(current - change); r != Reason::none) return NoAnswer::of(r);
    if (current.lower().sign() < 0) return NoAnswer(Reason::sign_change);
    return detail::box_image<2>({current, change}, [](const std::array<Ratio, 2>& p) { return p[1] / (p[0] - p[1]); });
}

Interval total(const Interval& exports, const Interval& imports) {
    return exports + imports;
}

Interval balance(const Interval& exports, const Interval& imports) {
    return exports - imports;
}

Outcome<Interval> balance_change(const Interval& exports, const Interval& export_growth, const Interval& imports,
                                 const Interval& import_growth) {
    const Interval fx = point_one() + export_growth;
    const Interval fm = point_one() + import_growth;
    if (const Reason r = growth_factor(fx); r != Reason::none) return NoAnswer::of(r);
    if (const Reason r = growth_factor(fm); r != Reason::none) return NoAnswer::of(r);
    return exports * (point_one() - point_one() / fx) - imports * (point_one() - point_one() / fm);
}

Outcome<Interval> balance_growth(const Interval& exports, const Interval& export_growth, const Interval& imports,
                                 const Interval& import_growth) {
    const Interval fx = point_one() + export_growth;
    const Interval fm = point_one() + import_growth;
    if (const Reason r = growth_factor(fx); r != Reason::none) return NoAnswer::of(r);
    if (const Reason r = growth_factor(fm); r != Reason::none) return NoAnswer::of(r);
    // The base period's balance, each input once: exact.
    const Interval base = exports / fx - imports / fm;
    if (const Reason r = positive_base(base); r != Reason::none) return NoAnswer::of(r);
    if ((exports - imports).lower().sign() < 0) return NoAnswer(Reason::sign_change);
    return detail::box_image<4>({exports, export_growth, imports, import_growth}, [](const std::array<Ratio, 4>& p) {
        const Ratio now = p[0] - p[2];
        const Ratio before = p[0] / (one + p[1]) - p[2] / (one + p[3]);
        return now / before - one;
    });
}

Outcome<Interval> implied_rate(const Interval& quote_amount, const Interval& base_amount) {
    if (!away_from_zero(base_amount)) return NoAnswer(Reason::zero_base);
    const Interval rate = quote_amount / base_amount;
    if (!all_positive(rate)) return NoAnswer(Reason::sign_change);
    return rate;
}

Outcome<std::optional<Interval>> common_rate(std::span<const Interval> quote_amounts,
                                             std::span<const Interval> base_amounts) {
    if (quote_amounts.empty() || quote_amounts.size() != base_amounts.size()) {
        throw InvalidArgument(
            "a common rate needs as many amounts in the quote currency as in the base currency, and "
            "at least one pair; got " +
            std::to_string(quote_amounts.size()) + " and " + std::to_string(base_amounts.size()));
    }
    std::vector<Interval> rates;
    for (std::size_t i = 0; i < quote_amounts.size(); ++i) {
        const Outcome<Interval> r = implied_rate(quote_amounts[i], base_amounts[i]);
        if (!r) return NoAnswer::of(r.reason());
        rates.push_back(r.value());
    }
    std::optional<Interval> common = rates.front();
    for (std::size_t i = 1; i < rates.size() && common; ++i) common = intersection(*common, rates[i]);
    return common;
}

Interval compound(const Interval& a, const Interval& b) {
    return (point_one() + a) * (point_one() + b) - point_one();
}

Interval compound(std::span<const Interval> rates) {
    if (rates.empty()) throw InvalidArgument("a chained growth needs at least one growth rate");
    Interval factor = point_one();
    for (const Interval& g : rates) factor = factor * (point_one() + g);
    return factor - point_one();
}

}  // namespace svctrade
