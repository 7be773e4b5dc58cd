// SPDX-License-Identifier: BSL-1.0
// Compile-time checks of the pilot types: each negative check has a positive twin, so that it
// cannot pass for a wrong reason (a typo in a concept, a missing header).
#include <svctrade/pilot/claim.hpp>
#include <svctrade/pilot/programme.hpp>
#include <svctrade/pilot/progress.hpp>
#include <svctrade/pilot/status.hpp>
#include <svctrade/pilot/task.hpp>

#include <concepts>
#include <cstdint>
#include <string>
#include <type_traits>

#include "operators.hpp"

namespace {

using namespace svctrade_static;
using namespace svctrade;

template <class T>
concept Recordable = requires(T t, boost::gregorian::date d) {
    t.record(d, TaskStatus::completed);
};

// A status is not a number: no implicit conversion, no arithmetic; its underlying value is.
static_assert(!std::convertible_to<TaskStatus, int>);
static_assert(std::convertible_to<std::underlying_type_t<TaskStatus>, int>);
static_assert(!std::convertible_to<int, TaskStatus>);
static_assert(std::convertible_to<TaskStatus, TaskStatus>);
static_assert(!Addable<TaskStatus, int>);
static_assert(Addable<std::uint8_t, int>);

// Statuses are ordered by progress, and the rule is usable at compile time.
static_assert(TaskStatus::not_started < TaskStatus::completed);
static_assert(is_backward(TaskStatus::completed, TaskStatus::being_promoted));
static_assert(!is_backward(TaskStatus::being_promoted, TaskStatus::completed));
static_assert(all_task_statuses.size() == 4);

// A task needs an id: there is no default task, and a bare string does not silently become one.
static_assert(!std::is_default_constructible_v<PilotTask>);
static_assert(std::is_constructible_v<PilotTask, std::string>);
static_assert(!std::convertible_to<std::string, PilotTask>);
static_assert(std::equality_comparable<PilotTask>);

// A programme's history is recorded through it (so that its approval date is checked); its
// tasks are exposed read-only.
static_assert(Recordable<PilotTask&>);
static_assert(!Recordable<const PilotTask&>);
static_assert(std::is_same_v<decltype(std::declval<const PilotProgramme&>().tasks()), const std::vector<PilotTask>&>);
static_assert(!std::is_default_constructible_v<PilotProgramme>);
static_assert(std::equality_comparable<PilotProgramme>);

// Counts and claims are regular values.
static_assert(std::regular<StatusCounts>);
static_assert(std::regular<ProgressClaim>);
static_assert(std::equality_comparable<StatusChange>);
}  // namespace
