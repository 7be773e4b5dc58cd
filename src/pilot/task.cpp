// SPDX-License-Identifier: BSL-1.0
#include <svctrade/pilot/task.hpp>

#include <svctrade/error.hpp>

#include <algorithm>
#include <utility>

#include "pilot/internal.hpp"

namespace svctrade {

namespace pi = pilot_internal;

PilotTask::PilotTask(std::string id, std::optional<std::string> title, std::optional<std::string> agency,
                     std::optional<boost::gregorian::date> due_date)
    : id_(std::move(id)), title_(std::move(title)), agency_(std::move(agency)), due_(due_date) {
    pi::check_id(id_, "pilot task id");
    pi::check_optional_text(title_, "the title of pilot task " + id_);
    pi::check_optional_text(agency_, "the agency of pilot task " + id_);
    if (due_) pi::check_date(*due_, "the due date of pilot task " + id_);
}

std::string_view PilotTask::title_or_not_published() const noexcept {
    return title_ ? std::string_view(*title_) : not_published;
}

void PilotTask::link_category(Category category) {
    if (std::find(categories_.begin(), categories_.end(), category) != categories_.end()) {
        throw InvalidArgument("pilot task " + id_ + " is already linked to category " + std::string(category.code()));
    }
    categories_.push_back(category);
}

void PilotTask::record(boost::gregorian::date date, TaskStatus status, std::string reason) {
    pi::check_date(date, "the date of a status of pilot task " + id_);
    pi::check_one_line(reason, "the reason for a status of pilot task " + id_);
    if (!history_.empty()) {
        const StatusChange& last = history_.back();
        // One entry per day: two on the same day would leave the status at the end of that day
        // to the order of insertion, which a file or a merge of reports does not preserve.
        if (date <= last.date) {
            throw InvalidPeriod("pilot task " + id_ + ": a status dated " + pi::iso(date) +
                                " is out of chronological order (the last entry is dated " + pi::iso(last.date) + ")");
        }
        try {
            check_transition(last.status, status, reason);
        } catch (const InvalidTransition& e) {
            throw InvalidTransition("pilot task " + id_ + " on " + pi::iso(date) + ": " + e.what());
        }
    }
    history_.push_back(StatusChange{date, status, std::move(reason)});
}

std::optional<TaskStatus> PilotTask::status_as_of(boost::gregorian::date as_of) const {
    pi::check_date(as_of, "the as-of date");
    // The history is sorted by date: the last entry dated on or before as_of holds.
    const auto after = std::upper_bound(history_.begin(), history_.end(), as_of,
                                        [](boost::gregorian::date d, const StatusChange& c) { return d < c.date; });
    if (after == history_.begin()) return std::nullopt;
    return std::prev(after)->status;
}

std::optional<TaskStatus> PilotTask::latest_status() const noexcept {
    if (history_.empty()) return std::nullopt;
    return history_.back().status;
}

bool PilotTask::overdue_as_of(boost::gregorian::date as_of) const {
    const auto status = status_as_of(as_of);
    return due_ && *due_ < as_of && status != TaskStatus::completed;
}

}  // namespace svctrade
