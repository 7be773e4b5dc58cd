// SPDX-License-Identifier: BSL-1.0
// Compile-time checks of the Period value type: each negative check has a positive twin, so it
// cannot pass because of a typo or a missing include.
#include <concepts>
#include <functional>
#include <iterator>
#include <ranges>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>

#include "operators.hpp"

namespace {

using namespace svctrade_static;
using svctrade::DayRange;
using svctrade::PartialSums;
using svctrade::Period;
using svctrade::PeriodKind;
using svctrade::RollUpTarget;
using svctrade::YearStart;

template <class T>
concept MonthsRollUpTo = requires(std::span<const Period> months, T target) {
    { svctrade::roll_up(months, target) } -> std::same_as<std::vector<Period>>;
};
template <class T>
concept Hashable = requires(T t) {
    std::hash<T>{}(t);
};

// A period is not built from a bare date or number: only the named constructors make one.
static_assert(!std::is_default_constructible_v<Period>);
static_assert(std::is_default_constructible_v<YearStart>);
static_assert(!std::is_constructible_v<Period, boost::gregorian::date>);
static_assert(!std::is_convertible_v<boost::gregorian::date, Period>);
static_assert(std::is_constructible_v<Period, const Period&>);
static_assert(!std::is_constructible_v<Period, int>);
static_assert(std::is_nothrow_copy_constructible_v<Period>);

// A year start is explicit: no YearStart ys = 4.
static_assert(!std::is_convertible_v<unsigned, YearStart>);
static_assert(std::is_constructible_v<YearStart, unsigned>);
static_assert(YearStart::april().month() == 4 && !YearStart::april().is_calendar());
static_assert(YearStart{}.is_calendar() && YearStart{} == YearStart::calendar());
static_assert(YearStart{7} == YearStart::july() && YearStart::july() < YearStart::october());

// Periods do not add to each other or to numbers; dates do add to durations (the positive twin).
static_assert(!Addable<Period, Period>);
static_assert(!Addable<Period, int>);
static_assert(Addable<boost::gregorian::date, boost::gregorian::days>);

// Values: ordered, hashable.
static_assert(std::totally_ordered<Period>);
static_assert(std::same_as<decltype(std::declval<Period>() <=> std::declval<Period>()), std::strong_ordering>);
static_assert(Hashable<Period>);
static_assert(!Hashable<DayRange>);

// The days of a period are a forward range of Boost dates.
static_assert(std::ranges::forward_range<DayRange>);
static_assert(std::same_as<std::ranges::range_value_t<DayRange>, boost::gregorian::date>);
static_assert(std::forward_iterator<DayRange::iterator>);
static_assert(!std::bidirectional_iterator<DayRange::iterator>);

// Period::day takes a Boost date; a range needs two.
static_assert(std::is_invocable_v<decltype(static_cast<Period (*)(boost::gregorian::date)>(&Period::day)),
                                  boost::gregorian::date>);
static_assert(!std::is_invocable_v<
              decltype(static_cast<Period (*)(boost::gregorian::date, boost::gregorian::date)>(&Period::range)),
              boost::gregorian::date>);

// Text forms are named, not numbered; parse options are built by designated initialisers.
static_assert(!std::is_convertible_v<int, svctrade::PeriodTextForm>);
static_assert(std::is_constructible_v<svctrade::PeriodTextForm, svctrade::PeriodTextForm>);
static_assert(std::is_aggregate_v<svctrade::PeriodParseOptions>);
static_assert(!std::is_aggregate_v<YearStart>);
// Parsing needs text: a date or a Period is not text (the positive twin takes a string_view).
static_assert(!std::is_invocable_v<decltype(&svctrade::parse_sdmx), boost::gregorian::date, YearStart>);
static_assert(std::is_invocable_v<decltype(&svctrade::parse_sdmx), std::string_view, YearStart>);
static_assert(!std::is_invocable_v<decltype(&svctrade::to_sdmx), boost::gregorian::date>);
static_assert(std::is_invocable_v<decltype(&svctrade::to_sdmx), const Period&>);

// Months roll up into a RollUpTarget only: a day, a month or a range target does not compile,
// where it used to throw; to_period_kind() names the kind of the periods a roll-up yields.
static_assert(MonthsRollUpTo<RollUpTarget>);
static_assert(!MonthsRollUpTo<PeriodKind>);
static_assert(!MonthsRollUpTo<int>);
static_assert(!std::is_convertible_v<PeriodKind, RollUpTarget>);
static_assert(!std::is_constructible_v<RollUpTarget, PeriodKind>);
static_assert(std::is_constructible_v<RollUpTarget, RollUpTarget>);
static_assert(svctrade::to_period_kind(RollUpTarget::quarter) == PeriodKind::quarter);
static_assert(svctrade::to_period_kind(RollUpTarget::half_year) == PeriodKind::half_year);
static_assert(svctrade::to_period_kind(RollUpTarget::year) == PeriodKind::year);
static_assert(svctrade::to_period_kind(RollUpTarget::year_to_date) == PeriodKind::year_to_date);
static_assert(svctrade::to_string(RollUpTarget::half_year) == "half-year");
// Partial sums are a named choice with stable values (the panels store them), not a bool.
static_assert(!std::is_convertible_v<bool, PartialSums>);
static_assert(static_cast<int>(PartialSums::refuse) == 0 && static_cast<int>(PartialSums::allow) == 1);

}  // namespace
