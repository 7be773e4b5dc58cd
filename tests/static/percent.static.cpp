// SPDX-License-Identifier: BSL-1.0
// Compile-time proof that only meaningful percentage arithmetic compiles. Each negative check
// has a positive twin, so that a check cannot pass because the concept itself is broken.
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/numbers/ratio.hpp>

#include <concepts>
#include <ostream>
#include <type_traits>

#include "operators.hpp"

namespace {

using namespace svctrade_static;
using namespace svctrade;

using PP = PercentagePoints;

// Share − Share → PercentagePoints; Share + Share does not compile.
static_assert(DifferenceIs<Share, Share, PP>);
static_assert(!Addable<Share, Share>);
// Share ± pp → Share.
static_assert(SumIs<Share, PP, Share>);
static_assert(SumIs<PP, Share, Share>);
static_assert(DifferenceIs<Share, PP, Share>);
static_assert(!Subtractable<PP, Share>);
// GrowthRate − GrowthRate → pp; GrowthRate + GrowthRate does not compile (growth compounds).
static_assert(DifferenceIs<GrowthRate, GrowthRate, PP>);
static_assert(!Addable<GrowthRate, GrowthRate>);
static_assert(std::same_as<decltype(compound(GrowthRate{}, GrowthRate{})), GrowthRate>);
static_assert(!Multipliable<GrowthRate, GrowthRate>);
// GrowthRate ± pp → GrowthRate.
static_assert(SumIs<GrowthRate, PP, GrowthRate>);
static_assert(SumIs<PP, GrowthRate, GrowthRate>);
static_assert(DifferenceIs<GrowthRate, PP, GrowthRate>);
static_assert(!Subtractable<PP, GrowthRate>);
// pp ± pp → pp.
static_assert(SumIs<PP, PP, PP>);
static_assert(DifferenceIs<PP, PP, PP>);
// Percent − Percent → pp, Percent ± pp → Percent, Percent + Percent does not compile.
static_assert(DifferenceIs<Percent, Percent, PP>);
static_assert(!Addable<Percent, Percent>);
static_assert(SumIs<Percent, PP, Percent>);
static_assert(DifferenceIs<Percent, PP, Percent>);

// Roles do not mix: a share is not a growth rate nor a plain percent.
static_assert(!Subtractable<Share, GrowthRate>);
static_assert(!Subtractable<GrowthRate, Share>);
static_assert(!Subtractable<Share, Percent>);
static_assert(!Addable<Share, GrowthRate>);
static_assert(!Comparable<Share, GrowthRate>);
static_assert(Comparable<Share, Share>);
static_assert(!Comparable<Share, PP>);
static_assert(Comparable<PP, PP>);
static_assert(!std::is_convertible_v<Share, GrowthRate>);
static_assert(!std::is_convertible_v<Share, Percent>);
static_assert(std::is_convertible_v<Share, Share>);

// The three roles share an implementation base (detail::PercentLevel), but it is no common
// ground: no common type, no conversion through it, no object of it alone, and its operators
// take only the role itself.
static_assert(!HaveCommonType<Share, GrowthRate>);
static_assert(!HaveCommonType<Share, Percent>);
static_assert(!HaveCommonType<GrowthRate, Percent>);
static_assert(HaveCommonType<Share, Share>);
static_assert(!EqualityComparable<Share, GrowthRate>);
static_assert(!EqualityComparable<Percent, Share>);
static_assert(EqualityComparable<Share, Share>);
static_assert(EqualityComparable<GrowthRate, GrowthRate>);
static_assert(!Comparable<GrowthRate, Percent>);
static_assert(Comparable<GrowthRate, GrowthRate>);
static_assert(!Addable<GrowthRate, Share>);
static_assert(!Addable<Percent, GrowthRate>);
static_assert(Addable<Percent, PP>);
static_assert(!std::is_convertible_v<GrowthRate, Share>);
static_assert(!std::is_convertible_v<Percent, Share>);
static_assert(!std::is_convertible_v<Percent, GrowthRate>);
static_assert(std::is_convertible_v<GrowthRate, GrowthRate>);
using ShareBase = detail::PercentLevel<Share, PP, false>;
using GrowthBase = detail::PercentLevel<GrowthRate, PP, true>;
static_assert(std::is_base_of_v<ShareBase, Share>);  // twin of the checks below: the base is the right one
static_assert(!std::is_base_of_v<ShareBase, GrowthRate>);
static_assert(!std::is_convertible_v<Share, ShareBase>);  // no slicing copy
static_assert(!std::is_constructible_v<ShareBase, Share>);
static_assert(!std::is_default_constructible_v<ShareBase>);
static_assert(std::is_default_constructible_v<Share>);
static_assert(!std::is_constructible_v<ShareBase, Ratio>);
static_assert(!std::is_convertible_v<Share, GrowthBase>);
static_assert(!Subtractable<ShareBase, ShareBase>);
static_assert(Subtractable<Share, Share>);
// The roles stay the plain values they were: trivially copyable, the size of their Ratio.
static_assert(std::is_trivially_copyable_v<Share>);
static_assert(std::is_trivially_copyable_v<GrowthRate>);
static_assert(std::is_trivially_copyable_v<Percent>);
static_assert(sizeof(Share) == sizeof(Ratio));
// Each member returns its own role.
static_assert(std::same_as<decltype(Share::from_ratio(Ratio{})), Share>);
static_assert(std::same_as<decltype(Percent::from_percent(Decimal{})), Percent>);
static_assert(std::same_as<decltype(GrowthRate::from_percent(Decimal{}) + PP{}), GrowthRate>);
static_assert(std::same_as<decltype(PP{} + Percent{}), Percent>);

// Never a bare number: no implicit double, no construction from one, no mixing with Decimal.
static_assert(!std::is_convertible_v<Share, double>);
static_assert(!std::is_constructible_v<double, Share>);
static_assert(!std::is_convertible_v<GrowthRate, double>);
static_assert(!std::is_convertible_v<PP, double>);
static_assert(!std::is_convertible_v<Percent, double>);
static_assert(!std::is_convertible_v<double, Share>);
static_assert(!std::is_constructible_v<Share, double>);
static_assert(!std::is_constructible_v<Share, Decimal>);
static_assert(!std::is_constructible_v<GrowthRate, Ratio>);
static_assert(std::same_as<decltype(GrowthRate::from_ratio(Ratio{})), GrowthRate>);
static_assert(std::same_as<decltype(Share::from_percent(Decimal{})), Share>);
static_assert(!Addable<Share, double>);
static_assert(!Addable<Share, Decimal>);
static_assert(!Addable<PP, Decimal>);
static_assert(!Addable<PP, double>);
static_assert(!Addable<GrowthRate, int>);
static_assert(Addable<Decimal, Decimal>);
static_assert(!Multipliable<Share, double>);
static_assert(Multipliable<PP, Ratio>);
static_assert(!Multipliable<PP, double>);

// Ratio is dimensionless and takes all four operations; Decimal has no operator/ (division
// needs a rounding: divide()) and no implicit conversion from double or int.
static_assert(Dividable<Ratio, Ratio>);
static_assert(SumIs<Ratio, Ratio, Ratio>);
static_assert(!Dividable<Decimal, Decimal>);
static_assert(Multipliable<Decimal, Decimal>);
static_assert(!Addable<Decimal, double>);
static_assert(!Addable<Decimal, int>);
static_assert(!std::is_convertible_v<Decimal, Ratio>);
static_assert(std::is_constructible_v<Ratio, Decimal>);
static_assert(!std::is_constructible_v<Decimal, double>);
static_assert(std::is_constructible_v<Decimal, long>);

// The arithmetic is usable in constant expressions.
using namespace svctrade::literals;
static_assert(Share::from_percent(38.5_dec) - Share::from_percent(36.8_dec) == PP::from_points(1.7_dec));
static_assert(compound(GrowthRate::from_percent(10_dec), GrowthRate::from_percent(10_dec)) ==
              GrowthRate::from_percent(21_dec));
static_assert(percent(34.32_dec, 32.41_dec).round(1, RoundingMode::half_up) == 105.9_dec);

// No operator<< for the percentage types: their text needs places and a rounding mode, which a
// stream has no place for (docs/formatting.md); the formatters take them in the spec. The twin:
// Decimal, whose exact text needs neither, streams.
template <class T>
concept Streamable = requires(std::ostream& os, const T& t) {
    os << t;
};
static_assert(!Streamable<GrowthRate>);
static_assert(!Streamable<Share>);
static_assert(!Streamable<Percent>);
static_assert(!Streamable<PercentagePoints>);
static_assert(Streamable<Decimal>);

}  // namespace
