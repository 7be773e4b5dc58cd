// SPDX-License-Identifier: BSL-1.0
// Compile-time proof that money never mixes with bare numbers. Each negative check has a
// positive twin.
#include <svctrade/money/money.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/percent.hpp>

#include <compare>
#include <concepts>
#include <type_traits>

#include "operators.hpp"

namespace {

using namespace svctrade_static;
using namespace svctrade;

// Money + Money compiles (and checks the currency at run time); a bare number does not.
static_assert(Addable<Money, Money>);
static_assert(!Addable<Money, Decimal>);
static_assert(!Addable<Money, double>);
static_assert(!Addable<Money, int>);
static_assert(!Addable<Decimal, Money>);
static_assert(Subtractable<Money, Money>);
static_assert(!Subtractable<Money, Decimal>);
static_assert(!Subtractable<Money, double>);
// Scaling by a Decimal compiles; by a double, a percent type or money does not.
static_assert(Multipliable<Money, Decimal>);
static_assert(Multipliable<Decimal, Money>);
static_assert(!Multipliable<Money, double>);
static_assert(!Multipliable<Money, Money>);
static_assert(!Multipliable<Money, Share>);
// The quotient of two amounts is a dimensionless Ratio; money divided by a number is not an operator.
static_assert(QuotientIs<Money, Money, Ratio>);
static_assert(!QuotientIs<Money, Decimal, Money>);
// No implicit conversions in either direction.
static_assert(!std::is_convertible_v<Money, Decimal>);
static_assert(!std::is_convertible_v<Money, double>);
static_assert(!std::is_convertible_v<Decimal, Money>);
static_assert(std::is_constructible_v<Money, Decimal, Currency>);
static_assert(!std::is_constructible_v<Money, Decimal>);
static_assert(!std::is_default_constructible_v<Money>);
static_assert(!std::is_default_constructible_v<Currency>);
static_assert(std::is_trivially_copyable_v<Currency>);

// No order across currencies that compiles and throws: Money has == but no relational operator;
// partial_order() (also std::partial_order) says "unordered" for two currencies, noexcept.
template <class A>
concept ThreeWay = requires(A a, A b) {
    a <=> b;
};
template <class A>
concept PartiallyOrdered = requires(A a, A b) {
    { partial_order(a, b) }
    noexcept->std::same_as<std::partial_ordering>;
};
template <class A>
concept StdPartiallyOrdered = requires(A a, A b) {
    { std::partial_order(a, b) } -> std::same_as<std::partial_ordering>;
};
static_assert(!Comparable<Money, Money>);
static_assert(!ThreeWay<Money>);
static_assert(!std::totally_ordered<Money>);
static_assert(Comparable<Decimal, Decimal>);
static_assert(ThreeWay<Decimal>);
static_assert(std::equality_comparable<Money>);
static_assert(PartiallyOrdered<Money>);
static_assert(!PartiallyOrdered<int>);
static_assert(StdPartiallyOrdered<Money>);
static_assert(StdPartiallyOrdered<double>);

}  // namespace
