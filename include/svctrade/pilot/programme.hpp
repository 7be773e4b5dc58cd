// SPDX-License-Identifier: BSL-1.0
/// \file
/// A pilot programme: a jurisdiction's approved set of pilot tasks over a pilot period, and the
/// replicable achievements that came out of them.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/export.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/pilot/status.hpp>
#include <svctrade/pilot/task.hpp>

namespace svctrade {

/// A replicable achievement (an institutional innovation, 制度创新成果) of a pilot programme: when it
/// was recognised, whether it was promoted nationwide, and the tasks it came from.
class SVCTRADE_EXPORT ReplicableAchievement {
public:
    /// Creates an achievement.
    /// \param id stable identifier: 1 to 64 characters from `A-Z a-z 0-9 . _ -`.
    /// \param title the published title, or no value when it was not published.
    /// \param date the day it was recognised or announced.
    /// \param promoted_nationwide whether it was promoted (replicated) nationwide.
    /// \param task_ids the ids of the tasks it came from (checked by PilotProgramme::add_achievement).
    /// \throws InvalidArgument for a malformed id or task id, a task id listed twice, or a blank
    /// title, one equal to \c not_published or containing a line break.
    /// \throws InvalidPeriod when `date` is not a real date.
    ReplicableAchievement(std::string id, std::optional<std::string> title, boost::gregorian::date date,
                          bool promoted_nationwide, std::vector<std::string> task_ids);

    /// \returns the stable id, unique within its programme.
    [[nodiscard]] const std::string& id() const noexcept { return id_; }
    /// \returns the published title, or no value when it was not published.
    [[nodiscard]] const std::optional<std::string>& title() const noexcept { return title_; }
    /// \returns the day it was recognised or announced.
    [[nodiscard]] boost::gregorian::date date() const noexcept { return date_; }
    /// \returns whether it was promoted nationwide.
    [[nodiscard]] bool promoted_nationwide() const noexcept { return nationwide_; }
    /// \returns the ids of the tasks it came from, in the order given.
    [[nodiscard]] const std::vector<std::string>& task_ids() const noexcept { return task_ids_; }

    /// Two achievements are equal when all their fields are equal.
    friend bool operator==(const ReplicableAchievement&, const ReplicableAchievement&) = default;

private:
    std::string id_;
    std::optional<std::string> title_;
    boost::gregorian::date date_;
    bool nationwide_;
    std::vector<std::string> task_ids_;
};

/// A pilot programme of one jurisdiction: name, approval date, pilot period, tasks and
/// replicable achievements.
///
/// The programme guards its invariants: task and achievement ids are unique, every status and
/// achievement is dated on or after the approval date, achievements link only to known tasks, and
/// each task's history obeys the transition rule (see check_transition()).
class SVCTRADE_EXPORT PilotProgramme {
public:
    /// Creates a programme with no tasks.
    /// \param name the programme's name (e.g. "Pilot programme for the innovative development of
    /// trade in services").
    /// \param jurisdiction the pilot area (e.g. "Xiamen").
    /// \param approval_date the day the programme was approved.
    /// \param pilot_period the pilot period, e.g. `Period::range(2020-08-01, 2023-07-31)` for a
    /// three-year pilot "since August 2020"; kept as a closed date range (PeriodKind::range) with
    /// the same first and last day whatever kind is passed.
    /// \throws InvalidArgument when the name or jurisdiction is blank or contains a line break.
    /// \throws InvalidPeriod when the approval date is not a real date or is after the period's
    /// last day.
    PilotProgramme(std::string name, std::string jurisdiction, boost::gregorian::date approval_date,
                   const Period& pilot_period);

    /// \returns the programme's name.
    [[nodiscard]] const std::string& name() const noexcept { return name_; }
    /// \returns the pilot area (city, province or new area).
    [[nodiscard]] const std::string& jurisdiction() const noexcept { return jurisdiction_; }
    /// \returns the day the programme was approved.
    [[nodiscard]] boost::gregorian::date approval_date() const noexcept { return approval_; }
    /// \returns the pilot period, a closed date range (PeriodKind::range).
    [[nodiscard]] const Period& pilot_period() const noexcept { return period_; }

    /// Adds a task (with any history it already has) at the end of the task list.
    /// \throws InvalidArgument when a task with the same id exists.
    /// \throws InvalidPeriod when its due date or an entry of its history is dated before the
    /// approval date.
    void add_task(PilotTask task);

    /// Records a dated status for the task `task_id` (see PilotTask::record()).
    /// \throws UnknownCode when no task has that id (with close ids as suggestions).
    /// \throws InvalidPeriod when `date` is before the approval date, not a real date, or not
    /// after the task's last entry.
    /// \throws InvalidTransition when the move is backward and `reason` is blank.
    void record(std::string_view task_id, boost::gregorian::date date, TaskStatus status, std::string reason = {});

    /// \returns the tasks in the order they were added.
    [[nodiscard]] const std::vector<PilotTask>& tasks() const noexcept { return tasks_; }
    /// \returns the number of tasks.
    [[nodiscard]] std::size_t task_count() const noexcept { return tasks_.size(); }
    /// \returns the task with id `task_id`.
    /// \throws UnknownCode when no task has that id (with close ids as suggestions).
    [[nodiscard]] const PilotTask& task(std::string_view task_id) const;
    /// \returns the task with id `task_id`, or nullptr when there is none.
    /// \note The pointer is invalidated by add_task().
    [[nodiscard]] const PilotTask* find_task(std::string_view task_id) const noexcept;

    /// Adds a replicable achievement.
    /// \throws InvalidArgument when an achievement with the same id exists.
    /// \throws UnknownCode when it links to a task id the programme does not have.
    /// \throws InvalidPeriod when it is dated before the approval date.
    void add_achievement(ReplicableAchievement achievement);

    /// \returns the achievements in the order they were added.
    [[nodiscard]] const std::vector<ReplicableAchievement>& achievements() const noexcept { return achievements_; }

    /// \returns the achievements dated on or before `as_of`.
    /// \throws InvalidPeriod when `as_of` is not a real date.
    [[nodiscard]] std::vector<ReplicableAchievement> achievements_as_of(boost::gregorian::date as_of) const;

    /// \returns the ids of the achievements that came from task `task_id`.
    /// \throws UnknownCode when no task has that id.
    [[nodiscard]] std::vector<std::string> achievements_of_task(std::string_view task_id) const;

    /// Two programmes are equal when name, jurisdiction, dates, tasks (in order) and achievements
    /// (in order) are equal.
    [[nodiscard]] friend bool operator==(const PilotProgramme& a, const PilotProgramme& b) {
        return a.name_ == b.name_ && a.jurisdiction_ == b.jurisdiction_ && a.approval_ == b.approval_ &&
               a.period_ == b.period_ && a.tasks_ == b.tasks_ && a.achievements_ == b.achievements_;
    }

private:
    [[nodiscard]] std::size_t index_of(std::string_view task_id) const;
    void check_not_before_approval(boost::gregorian::date date, std::string_view what) const;

    std::string name_;
    std::string jurisdiction_;
    boost::gregorian::date approval_;
    Period period_;
    std::vector<PilotTask> tasks_;
    std::map<std::string, std::size_t, std::less<>> task_index_;
    std::map<std::string, std::size_t, std::less<>> achievement_index_;
    std::vector<ReplicableAchievement> achievements_;
};

}  // namespace svctrade
