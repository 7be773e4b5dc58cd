// SPDX-License-Identifier: BSL-1.0
/// \file
/// Progress of a pilot programme as of a date: counts by status, what changed between two dates,
/// overdue tasks, progress by agency.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/categories/aggregate.hpp>
#include <svctrade/categories/category.hpp>
#include <svctrade/categories/category_set.hpp>
#include <svctrade/export.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/pilot/programme.hpp>
#include <svctrade/pilot/status.hpp>

namespace svctrade {

/// Which tasks count as "implemented".
///
/// National reports give one "implemented" share (110 of 122 measures, December 2021); a city
/// such as Xiamen reports three states. How the three map onto the national share is not
/// published (unconfirmed), so the caller chooses.
enum class ImplementedDefinition : unsigned char {
    completed_only,          ///< Only completed tasks are implemented.
    completed_or_partially,  ///< Completed and partially implemented tasks are implemented.
};

/// The number of tasks in each status, plus those with no recorded status, at one date.
class SVCTRADE_EXPORT StatusCounts {
public:
    /// Creates all-zero counts.
    StatusCounts() = default;

    /// Adds one task whose status is `status` (no value: no recorded status).
    void add(std::optional<TaskStatus> status) noexcept;

    /// \returns the number of tasks in `status`.
    [[nodiscard]] std::size_t count(TaskStatus status) const noexcept;
    /// \returns the number of tasks with no status recorded at that date.
    [[nodiscard]] std::size_t unrecorded() const noexcept { return unrecorded_; }
    /// \returns the number of tasks with a recorded status.
    [[nodiscard]] std::size_t recorded() const noexcept;
    /// \returns the number of tasks, recorded or not.
    [[nodiscard]] std::size_t total() const noexcept { return recorded() + unrecorded_; }
    /// \returns the number of implemented tasks under `definition`.
    [[nodiscard]] std::size_t implemented(ImplementedDefinition definition) const noexcept;

    /// \returns the exact share of all tasks (recorded or not) that are in `status`, e.g. 41 of
    /// 88 = 46.59…%; Reason::zero_base when there are no tasks.
    [[nodiscard]] Outcome<Share> share(TaskStatus status) const;
    /// \returns the exact share of all tasks that have no recorded status; Reason::zero_base when
    /// there are no tasks.
    [[nodiscard]] Outcome<Share> unrecorded_share() const;
    /// \returns the completion rate: the exact share of all tasks that are completed;
    /// Reason::zero_base when there are no tasks.
    [[nodiscard]] Outcome<Share> completion_rate() const;
    /// \returns the exact share of all tasks that are implemented under `definition` (41 or 61
    /// of 88 for Xiamen, August 2021); Reason::zero_base when there are no tasks.
    /// \note Which definition matches a national "implemented" share is unconfirmed.
    [[nodiscard]] Outcome<Share> implemented_rate(ImplementedDefinition definition) const;

    /// Two counts are equal when every count is equal.
    friend bool operator==(const StatusCounts&, const StatusCounts&) = default;

private:
    std::array<std::size_t, 4> by_status_{};
    std::size_t unrecorded_ = 0;
};

/// \returns the counts by status of the programme's tasks at the end of day `as_of`.
/// \throws InvalidPeriod when `as_of` is not a real date.
[[nodiscard]] SVCTRADE_EXPORT StatusCounts count_statuses(const PilotProgramme& programme,
                                                          boost::gregorian::date as_of);

/// One task and its status at a date.
struct TaskStatusAsOf {
    std::string task_id;               ///< The task's id.
    std::optional<TaskStatus> status;  ///< Its status at that date, or no value when none was recorded.

    /// Equal when both fields are equal.
    friend bool operator==(const TaskStatusAsOf&, const TaskStatusAsOf&) = default;
};

/// \returns every task's status at the end of day `as_of`, in the programme's task order.
/// \throws InvalidPeriod when `as_of` is not a real date.
[[nodiscard]] SVCTRADE_EXPORT std::vector<TaskStatusAsOf> statuses_as_of(const PilotProgramme& programme,
                                                                         boost::gregorian::date as_of);

/// A task whose status differs between two dates.
struct TaskChange {
    std::string task_id;                ///< The task's id.
    std::optional<TaskStatus> before;   ///< Its status at the first date (no value: none recorded).
    TaskStatus after;                   ///< Its status at the second date.
    boost::gregorian::date changed_on;  ///< The date of the entry that gives `after`.
    bool backward;                      ///< Whether `after` is behind `before` (a setback).

    /// Equal when all fields are equal.
    friend bool operator==(const TaskChange&, const TaskChange&) = default;
};

/// \returns the tasks whose status at the end of day `to` differs from that at the end of day
/// `from`, in task order (a task that moved and came back to the same status is not listed).
/// \throws InvalidPeriod when a date is not a real date or `to` is before `from`.
[[nodiscard]] SVCTRADE_EXPORT std::vector<TaskChange> changes_between(const PilotProgramme& programme,
                                                                      boost::gregorian::date from,
                                                                      boost::gregorian::date to);

/// \returns the ids of the tasks overdue at `as_of` (due before it, not completed by its end),
/// in task order; tasks without a due date are never overdue.
/// \throws InvalidPeriod when `as_of` is not a real date.
[[nodiscard]] SVCTRADE_EXPORT std::vector<std::string> overdue_tasks(const PilotProgramme& programme,
                                                                     boost::gregorian::date as_of);

/// The progress of the tasks of one responsible agency.
struct AgencyProgress {
    std::optional<std::string> agency;  ///< The agency, or no value for tasks whose agency was not published.
    StatusCounts counts;                ///< Its tasks' counts by status.

    /// Equal when both fields are equal.
    friend bool operator==(const AgencyProgress&, const AgencyProgress&) = default;
};

/// \returns the counts by status at `as_of` for each responsible agency, ordered by agency name,
/// with the tasks of unpublished agency (if any) last.
/// \throws InvalidPeriod when `as_of` is not a real date.
[[nodiscard]] SVCTRADE_EXPORT std::vector<AgencyProgress> progress_by_agency(const PilotProgramme& programme,
                                                                             boost::gregorian::date as_of);

/// The progress of the tasks linked to one service category.
struct CategoryProgress {
    std::optional<Category> category;  ///< The linked category, or no value for tasks linked to none.
    StatusCounts counts;               ///< Its tasks' counts by status.

    /// Equal when both fields are equal.
    friend bool operator==(const CategoryProgress&, const CategoryProgress&) = default;
};

/// \returns the counts by status at `as_of` for each category that some task links to, in
/// classification order, with the tasks linked to no category (if any) last. A task linked to
/// several categories is counted under each.
/// \throws InvalidPeriod when `as_of` is not a real date.
[[nodiscard]] SVCTRADE_EXPORT std::vector<CategoryProgress> progress_by_category(const PilotProgramme& programme,
                                                                                 boost::gregorian::date as_of);

/// \returns the counts by status at `as_of` of the tasks linked to `category` or to a category
/// within it (a task linked to SI2 counts under SI and S); each task counted once.
/// \throws InvalidPeriod when `as_of` is not a real date.
[[nodiscard]] SVCTRADE_EXPORT StatusCounts progress_in(const PilotProgramme& programme, boost::gregorian::date as_of,
                                                       Category category);

/// \returns the counts by status at `as_of` of the tasks linked to a category the set covers
/// (CategorySet::contains()); each task counted once.
/// \throws InvalidPeriod when `as_of` is not a real date.
[[nodiscard]] SVCTRADE_EXPORT StatusCounts progress_in(const PilotProgramme& programme, boost::gregorian::date as_of,
                                                       const CategorySet& categories);

/// \returns the counts by status at `as_of` of the tasks linked to a category in `aggregate`
/// (e.g. knowledge-intensive services); each task counted once.
/// \note The aggregate's own status (confirmed, inferred, unconfirmed) carries over to the result.
/// \throws InvalidPeriod when `as_of` is not a real date.
[[nodiscard]] SVCTRADE_EXPORT StatusCounts progress_in(const PilotProgramme& programme, boost::gregorian::date as_of,
                                                       const Aggregate& aggregate);

}  // namespace svctrade
