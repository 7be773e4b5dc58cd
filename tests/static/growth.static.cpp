// SPDX-License-Identifier: BSL-1.0
// Compile-time proof that the growth functions take exact values and keep roles apart. Each
// negative check has a positive twin, so that a check cannot pass because its concept is broken.
#include <svctrade/categories/flow.hpp>
#include <svctrade/growth/growth.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/outcome.hpp>

#include <concepts>
#include <type_traits>

namespace {

using namespace svctrade;
using namespace svctrade::literals;

template <class A>
concept GrowthOf = requires(A a) {
    growth(a, a);
};
template <class A>
concept ShareOf = requires(A a) {
    share(a, a);
};
template <class S, class C>
concept PreviousShare = requires(S s, C c) {
    { implied_previous_share(s, c) } -> std::same_as<Share>;
};
template <class A, class B>
concept ShareChange = requires(A a, B b) {
    { share_change(a, b) } -> std::same_as<PercentagePoints>;
};
template <class G>
concept BaseFrom = requires(G g) {
    implied_base(Decimal(1), g);
};

// Exact inputs only: no double sneaks into a published figure.
static_assert(GrowthOf<Decimal>);
static_assert(!GrowthOf<double>);
static_assert(ShareOf<Decimal>);
static_assert(!ShareOf<double>);

// Last year's share comes from a share and a change in points, not a growth rate.
static_assert(PreviousShare<Share, PercentagePoints>);
static_assert(!PreviousShare<Share, GrowthRate>);
static_assert(!PreviousShare<GrowthRate, PercentagePoints>);
static_assert(ShareChange<Share, Share>);
static_assert(!ShareChange<GrowthRate, GrowthRate>);
// (before, now): from 36.8 % to 38.5 % is up 1.7 points, the other way round down 1.7.
static_assert(share_change(Share::from_percent(36.8_dec), Share::from_percent(38.5_dec)) ==
              PercentagePoints::from_points(1.7_dec));
static_assert(share_change(Share::from_percent(38.5_dec), Share::from_percent(36.8_dec)) ==
              PercentagePoints::from_points(-1.7_dec));

// The base implied by a growth needs a GrowthRate, not a share or points.
static_assert(BaseFrom<GrowthRate>);
static_assert(!BaseFrom<Share>);
static_assert(!BaseFrom<PercentagePoints>);

// An outcome is not silently its value, and a reason is not a number.
static_assert(std::is_constructible_v<Outcome<GrowthRate>, GrowthRate>);
static_assert(!std::is_convertible_v<Outcome<GrowthRate>, GrowthRate>);
static_assert(std::is_constructible_v<Outcome<GrowthRate>, NoAnswer>);
static_assert(!std::is_constructible_v<Outcome<GrowthRate>, Reason>);
static_assert(!std::is_convertible_v<Reason, int>);
static_assert(!std::is_convertible_v<int, Flow>);
static_assert(std::is_same_v<std::underlying_type_t<Flow>, std::uint8_t>);
static_assert(!std::is_convertible_v<Outcome<double>, double>);
static_assert(std::is_constructible_v<bool, Outcome<double>>);

}  // namespace
