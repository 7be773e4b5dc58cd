// SPDX-License-Identifier: BSL-1.0
// Compile-time proof that a TimeSeries is a value type that needs a currency, holds Money only,
// and combines only with another series. Each negative check has a positive twin, so that a check
// cannot pass because its concept is broken.
#include <svctrade/categories/category.hpp>
#include <svctrade/categories/flow.hpp>
#include <svctrade/money/money.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/series/time_series.hpp>

#include <concepts>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

using namespace svctrade;

template <class S, class V>
concept InsertableAs = requires(S s, Period p, V v) {
    s.insert(p, v);
};
template <class S, class K>
concept LookupBy = requires(const S s, K k) {
    { s.at(k) } -> std::same_as<Outcome<Money>>;
};
template <class P, class W>
concept ShareOfSeries = requires(P p, W w) {
    { share(p, w) } -> std::same_as<SeriesResult<SeriesShare>>;
};
template <class P, class W>
concept YoyContribution = requires(P p, W w) {
    { yoy_contribution(p, w) } -> std::same_as<SeriesResult<SeriesContribution>>;
};
template <class P, class W>
concept PeriodContribution = requires(P p, W w) {
    { period_contribution(p, w) } -> std::same_as<SeriesResult<SeriesContribution>>;
};
template <class P, class W>
concept YoyShareChange = requires(P p, W w) {
    { yoy_share_change(p, w) } -> std::same_as<SeriesResult<SeriesShareChange>>;
};
template <class A, class B>
concept Addable = requires(A a, B b) {
    a + b;
};
template <class K>
concept RollUpTo = requires(const TimeSeries s, K k) {
    s.roll_up(k);
};
template <class K, class P>
concept RollUpWith = requires(const TimeSeries s, K k, P p) {
    s.roll_up(k, p);
};
template <class K>
concept RollUpSeriesTo = requires(const TimeSeries s, K k) {
    { s.roll_up_series(k) } -> std::same_as<TimeSeries>;
};
template <class A, class B>
concept PartOf = requires(A a, B b) {
    { is_part_of(a, b) } -> std::same_as<bool>;
};

// A regular value type except for the default value: a series needs a currency.
static_assert(std::copyable<TimeSeries>);
static_assert(std::equality_comparable<TimeSeries>);
static_assert(std::is_nothrow_move_constructible_v<TimeSeries>);
static_assert(!std::is_default_constructible_v<TimeSeries>);
static_assert(std::is_constructible_v<TimeSeries, Currency>);
static_assert(!std::is_convertible_v<Currency, TimeSeries>);
// Labels are optional and typed: a category and a flow, not codes or numbers.
static_assert(std::is_constructible_v<TimeSeries, Currency, Category>);
static_assert(std::is_constructible_v<TimeSeries, Currency, Category, Flow>);
static_assert(std::is_constructible_v<TimeSeries, Currency, Flow>);
static_assert(std::is_constructible_v<TimeSeries, Currency, std::optional<Category>, std::optional<Flow>>);
static_assert(!std::is_constructible_v<TimeSeries, Currency, const char*>);
static_assert(!std::is_constructible_v<TimeSeries, Currency, int>);
static_assert(!std::is_constructible_v<TimeSeries, Currency, Flow, Category>);

// Observations are Money for a Period: no bare numbers, no percentages.
static_assert(InsertableAs<TimeSeries, Money>);
static_assert(!InsertableAs<TimeSeries, Decimal>);
static_assert(!InsertableAs<TimeSeries, double>);
static_assert(!InsertableAs<TimeSeries, Share>);
static_assert(!InsertableAs<const TimeSeries, Money>);
static_assert(LookupBy<TimeSeries, Period>);
static_assert(!LookupBy<TimeSeries, int>);
static_assert(!LookupBy<TimeSeries, PeriodKind>);

// Shares and contributions take two series; not a series and a money amount, not a bare number.
static_assert(ShareOfSeries<TimeSeries, TimeSeries>);
static_assert(ShareOfSeries<const TimeSeries&, const TimeSeries&>);
static_assert(!ShareOfSeries<TimeSeries, Money>);
static_assert(!ShareOfSeries<Money, TimeSeries>);
static_assert(!ShareOfSeries<TimeSeries, Decimal>);
static_assert(YoyContribution<TimeSeries, TimeSeries>);
static_assert(!YoyContribution<TimeSeries, Money>);
static_assert(!YoyContribution<Decimal, TimeSeries>);
static_assert(PeriodContribution<TimeSeries, TimeSeries>);
static_assert(!PeriodContribution<TimeSeries, Money>);
static_assert(YoyShareChange<TimeSeries, TimeSeries>);
static_assert(!YoyShareChange<TimeSeries, Share>);
static_assert(!YoyShareChange<Share, Share>);
// Results keep roles: a share is a Share, a contribution is percentage points.
static_assert(std::is_same_v<decltype(SeriesShare::share), Outcome<Share>>);
static_assert(std::is_same_v<decltype(SeriesContribution::contribution), Outcome<PercentagePoints>>);
static_assert(!std::is_same_v<decltype(SeriesContribution::contribution), Outcome<GrowthRate>>);
static_assert(std::is_same_v<decltype(SeriesShareChange::change), Outcome<PercentagePoints>>);
static_assert(!std::is_same_v<decltype(SeriesShareChange::change), Outcome<Share>>);

// Series do not add: a total is built from data, not by summing series of unknown overlap.
static_assert(Addable<Money, Money>);
static_assert(!Addable<TimeSeries, TimeSeries>);

// A roll-up target is a RollUpTarget: a day, a month or a range (a PeriodKind) does not compile
// as one, nor does a Period or a number. Partial sums are asked for by name, not by a bool; a
// fiscal year start goes in second place.
static_assert(RollUpTo<RollUpTarget>);
static_assert(!RollUpTo<PeriodKind>);
static_assert(!RollUpTo<Period>);
static_assert(!RollUpTo<int>);
static_assert(RollUpWith<RollUpTarget, PartialSums>);
static_assert(RollUpWith<RollUpTarget, YearStart>);
static_assert(!RollUpWith<RollUpTarget, bool>);
static_assert(!RollUpWith<PeriodKind, PartialSums>);
static_assert(RollUpSeriesTo<RollUpTarget>);
static_assert(!RollUpSeriesTo<PeriodKind>);

// The part-of rules take two categories or two flows, never one of each.
static_assert(PartOf<Category, Category>);
static_assert(PartOf<Flow, Flow>);
static_assert(!PartOf<Category, Flow>);
static_assert(!PartOf<Flow, Category>);
static_assert(is_part_of(Flow::imports, Flow::total));
static_assert(!is_part_of(Flow::total, Flow::imports));

// A result read from a temporary hands its entries out by value, so a reference bound to them
// does not dangle; a named result hands out references. An iterator into a temporary result is
// refused (it would dangle at the end of the statement); the named result's twin compiles.
using Growths = SeriesResult<SeriesGrowth>;
static_assert(std::same_as<decltype(std::declval<Growths>().at(std::declval<Period>())), SeriesGrowth>);
static_assert(std::same_as<decltype(std::declval<const Growths&>().at(std::declval<Period>())), const SeriesGrowth&>);
static_assert(std::same_as<decltype(std::declval<Growths>().front()), SeriesGrowth>);
static_assert(std::same_as<decltype(std::declval<const Growths&>().back()), const SeriesGrowth&>);
static_assert(std::same_as<decltype(std::declval<Growths>()[0]), SeriesGrowth>);
static_assert(std::same_as<decltype(std::declval<Growths>().entries()), std::vector<SeriesGrowth>>);
template <class R>
concept FindableIn = requires(R&& r, Period p) {
    std::forward<R>(r).find(p);
};
static_assert(FindableIn<const Growths&>);
static_assert(FindableIn<Growths&>);
static_assert(!FindableIn<Growths>);
static_assert(!FindableIn<const Growths>);

}  // namespace
