// SPDX-License-Identifier: BSL-1.0
// Compile-time checks of the panels' vocabulary: results are read, never written, by callers; a
// month is a MonthIndex, never a plain number such as 202106; a roll-up target is a
// RollUpTarget, never a PeriodKind such as a day. Each negative check has a positive twin (see
// TOOLCHAIN.md), so that it cannot pass for a wrong reason.
#include <svctrade/panels/exact_ops.hpp>
#include <svctrade/panels/exact_panel.hpp>
#include <svctrade/panels/ops.hpp>
#include <svctrade/panels/panel.hpp>
#include <svctrade/panels/result.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

namespace {

using namespace svctrade;

// ---- result columns: readable, never writable ---------------------------------------------------

template <class R>
concept ValuesReadable = requires(const R& r) {
    { r.values()[0] } -> std::convertible_to<double>;
};
template <class R>
concept ValuesWritable = requires(R& r) {
    r.values()[0] = 1.0;
};
template <class R>
concept UnitsReadable = requires(const R& r) {
    { r.units()[0] } -> std::convertible_to<std::int64_t>;
};
template <class R>
concept UnitsWritable = requires(R& r) {
    r.units()[0] = 1;
};
template <class R>
concept ReasonsWritable = requires(R& r) {
    r.reasons()[0] = Reason::none;
};
template <class R>
concept MonthCountsWritable = requires(R& r) {
    r.month_counts()[0] = std::uint8_t{1};
};

// The twin: a type whose columns are writable spans is seen as writable by the same concepts.
struct WritableColumns {
    std::span<double> values();
    std::span<std::int64_t> units();
    std::span<Reason> reasons();
    std::span<std::uint8_t> month_counts();
};
static_assert(ValuesWritable<WritableColumns>);
static_assert(UnitsWritable<WritableColumns>);
static_assert(ReasonsWritable<WritableColumns>);
static_assert(MonthCountsWritable<WritableColumns>);

static_assert(ValuesReadable<PanelResult>);
static_assert(!ValuesWritable<PanelResult>);  // result.values()[i] = x does not compile
static_assert(!ReasonsWritable<PanelResult>);
static_assert(!MonthCountsWritable<PanelResult>);
static_assert(UnitsReadable<ExactPanelResult>);
static_assert(!UnitsWritable<ExactPanelResult>);
static_assert(!ReasonsWritable<ExactPanelResult>);
static_assert(!MonthCountsWritable<ExactPanelResult>);

// One template, two forms: a double result has values, an exact one units and a scale.
static_assert(std::same_as<PanelResult, BasicPanelResult<double>>);
static_assert(std::same_as<ExactPanelResult, BasicPanelResult<std::int64_t>>);
static_assert(!UnitsReadable<PanelResult>);
static_assert(!ValuesReadable<ExactPanelResult>);
template <class R>
concept HasScale = requires(const R& r) {
    r.scale();
};
static_assert(HasScale<ExactPanelResult>);
static_assert(!HasScale<PanelResult>);
static_assert(std::same_as<ExactPanelResult::answer_type, Decimal>);
static_assert(std::same_as<PanelResult::answer_type, double>);

// Cells are double or int64 units, nothing else.
static_assert(PanelCell<double> && PanelCell<std::int64_t>);
static_assert(!PanelCell<float> && !PanelCell<int> && !PanelCell<Decimal>);

// ---- months: a MonthIndex, never a plain number -------------------------------------------------

template <class Month>
concept SetsAtMonth = requires(Panel& p, Month m) {
    p.set(std::size_t{0}, std::size_t{0}, Flow::exports, m, 1.0);
};
template <class Month>
concept ExactSetsAtMonth = requires(ExactPanel& p, Month m) {
    p.set_units(std::size_t{0}, std::size_t{0}, Flow::exports, m, std::int64_t{1});
};
template <class Month>
concept ReadsAtMonth = requires(const Panel& p, Month m) {
    p.value(std::size_t{0}, std::size_t{0}, Flow::exports, m);
};
template <class Month>
concept CreatesFromMonth =
    std::constructible_from<Panel, std::vector<std::string>, std::vector<std::string>, Month, std::size_t>;

static_assert(SetsAtMonth<MonthIndex>);
static_assert(!SetsAtMonth<int>);  // panel.set(…, 202106, …) does not compile
static_assert(!SetsAtMonth<std::int32_t>);
static_assert(!SetsAtMonth<std::size_t>);
static_assert(ExactSetsAtMonth<MonthIndex>);
static_assert(!ExactSetsAtMonth<int>);
static_assert(ReadsAtMonth<MonthIndex>);
static_assert(!ReadsAtMonth<int>);
static_assert(CreatesFromMonth<MonthIndex>);
static_assert(!CreatesFromMonth<int>);

// A month moves by a number of months; two months do not add, and there is no way back to a
// plain integer except number().
template <class A, class B>
concept Addable = requires(A a, B b) {
    a + b;
};
static_assert(Addable<MonthIndex, std::int32_t>);
static_assert(!Addable<MonthIndex, MonthIndex>);
static_assert(std::same_as<decltype(MonthIndex(2021, 6) - MonthIndex(2020, 6)), std::int32_t>);
static_assert(!std::convertible_to<int, MonthIndex>);
static_assert(!std::convertible_to<MonthIndex, std::int32_t>);
static_assert(std::convertible_to<MonthIndex, MonthIndex>);
static_assert(MonthIndex(2021, 6) + 12 == MonthIndex(2022, 6));
static_assert(MonthIndex(2021, 6).number() == 2021 * 12 + 5);

// ---- roll-up targets: the periods module's RollUpTarget, never a PeriodKind ---------------------

template <class Target>
concept RollsUpTo = requires(const Panel& p, Target t, PanelResult& out) {
    { roll_up(p, Flow::exports, t) } -> std::same_as<PanelResult>;
    roll_up(p, Flow::exports, t, PartialSums::allow, out);
};
template <class Target>
concept ExactRollsUpTo = requires(const ExactPanel& p, Target t) {
    { roll_up(p, Flow::exports, t) } -> std::same_as<ExactPanelResult>;
};
static_assert(RollsUpTo<RollUpTarget>);
static_assert(!RollsUpTo<PeriodKind>);  // roll_up(panel, flow, PeriodKind::day) does not compile
static_assert(!RollsUpTo<int>);
static_assert(ExactRollsUpTo<RollUpTarget>);
static_assert(!ExactRollsUpTo<PeriodKind>);

}  // namespace
