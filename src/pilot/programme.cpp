// SPDX-License-Identifier: BSL-1.0
#include <svctrade/pilot/programme.hpp>

#include <svctrade/error.hpp>

#include <algorithm>
#include <utility>

#include "pilot/internal.hpp"

namespace svctrade {

namespace pi = pilot_internal;

ReplicableAchievement::ReplicableAchievement(std::string id, std::optional<std::string> title,
                                             boost::gregorian::date date, bool promoted_nationwide,
                                             std::vector<std::string> task_ids)
    : id_(std::move(id)),
      title_(std::move(title)),
      date_(date),
      nationwide_(promoted_nationwide),
      task_ids_(std::move(task_ids)) {
    pi::check_id(id_, "replicable achievement id");
    pi::check_optional_text(title_, "the title of replicable achievement " + id_);
    pi::check_date(date_, "the date of replicable achievement " + id_);
    for (auto it = task_ids_.begin(); it != task_ids_.end(); ++it) {
        pi::check_id(*it, "a task id of replicable achievement " + id_);
        if (std::find(task_ids_.begin(), it, *it) != it) {
            throw InvalidArgument("replicable achievement " + id_ + " lists pilot task " + *it + " twice");
        }
    }
}

PilotProgramme::PilotProgramme(std::string name, std::string jurisdiction, boost::gregorian::date approval_date,
                               const Period& pilot_period)
    : name_(std::move(name)),
      jurisdiction_(std::move(jurisdiction)),
      approval_(approval_date),
      period_(Period::range(pilot_period.first(), pilot_period.last())) {
    if (pi::is_blank(name_)) throw InvalidArgument("a pilot programme needs a name");
    pi::check_one_line(name_, "the programme name");
    if (pi::is_blank(jurisdiction_)) throw InvalidArgument("pilot programme \"" + name_ + "\" needs a jurisdiction");
    pi::check_one_line(jurisdiction_, "the jurisdiction");
    pi::check_date(approval_, "the approval date of pilot programme \"" + name_ + "\"");
    // A programme is approved before or during its period ("since August 2020" starts on the
    // 1st, the State Council approved on the 2nd); never after it has ended.
    if (approval_ > period_.last()) {
        throw InvalidPeriod("pilot programme \"" + name_ + "\" is approved on " + pi::iso(approval_) +
                            ", after its pilot period ends on " + pi::iso(period_.last()));
    }
}

void PilotProgramme::check_not_before_approval(boost::gregorian::date date, std::string_view what) const {
    if (date < approval_) {
        throw InvalidPeriod(std::string(what) + " is dated " + pi::iso(date) + ", before the programme's approval on " +
                            pi::iso(approval_));
    }
}

void PilotProgramme::add_task(PilotTask task) {
    if (task_index_.find(task.id()) != task_index_.end()) {
        throw InvalidArgument("duplicate pilot task id \"" + task.id() + "\" in pilot programme \"" + name_ + "\"");
    }
    // Nothing of a programme is dated before its approval (docs/pilot.md), a deadline included.
    if (task.due_date()) check_not_before_approval(*task.due_date(), "the due date of pilot task " + task.id());
    for (const auto& change : task.history()) {
        check_not_before_approval(change.date, "a status of pilot task " + task.id());
    }
    task_index_.emplace(task.id(), tasks_.size());
    tasks_.push_back(std::move(task));
}

std::size_t PilotProgramme::index_of(std::string_view task_id) const {
    const auto it = task_index_.find(task_id);
    if (it != task_index_.end()) return it->second;
    std::vector<std::string_view> known;
    known.reserve(tasks_.size());
    for (const auto& t : tasks_) known.emplace_back(t.id());
    throw UnknownCode("pilot task id", task_id, pi::suggestions(task_id, known));
}

void PilotProgramme::record(std::string_view task_id, boost::gregorian::date date, TaskStatus status,
                            std::string reason) {
    PilotTask& task = tasks_[index_of(task_id)];
    pi::check_date(date, "the date of a status of pilot task " + task.id());
    check_not_before_approval(date, "a status of pilot task " + task.id());
    task.record(date, status, std::move(reason));
}

const PilotTask& PilotProgramme::task(std::string_view task_id) const {
    return tasks_[index_of(task_id)];
}

const PilotTask* PilotProgramme::find_task(std::string_view task_id) const noexcept {
    const auto it = task_index_.find(task_id);
    return it == task_index_.end() ? nullptr : &tasks_[it->second];
}

void PilotProgramme::add_achievement(ReplicableAchievement achievement) {
    if (achievement_index_.find(achievement.id()) != achievement_index_.end()) {
        throw InvalidArgument("duplicate replicable achievement id \"" + achievement.id() + "\" in pilot programme \"" +
                              name_ + "\"");
    }
    for (const auto& id : achievement.task_ids()) (void)index_of(id);
    check_not_before_approval(achievement.date(), "replicable achievement " + achievement.id());
    achievement_index_.emplace(achievement.id(), achievements_.size());
    achievements_.push_back(std::move(achievement));
}

std::vector<ReplicableAchievement> PilotProgramme::achievements_as_of(boost::gregorian::date as_of) const {
    pi::check_date(as_of, "the as-of date");
    std::vector<ReplicableAchievement> result;
    for (const auto& a : achievements_) {
        if (a.date() <= as_of) result.push_back(a);
    }
    return result;
}

std::vector<std::string> PilotProgramme::achievements_of_task(std::string_view task_id) const {
    const std::string& id = tasks_[index_of(task_id)].id();
    std::vector<std::string> result;
    for (const auto& a : achievements_) {
        if (std::find(a.task_ids().begin(), a.task_ids().end(), id) != a.task_ids().end()) result.push_back(a.id());
    }
    return result;
}

}  // namespace svctrade
