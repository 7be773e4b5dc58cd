// SPDX-License-Identifier: BSL-1.0
#include <svctrade/pilot/progress.hpp>

#include <svctrade/error.hpp>

#include <algorithm>
#include <map>

#include "pilot/internal.hpp"

namespace svctrade {

namespace pi = pilot_internal;

void StatusCounts::add(std::optional<TaskStatus> status) noexcept {
    if (status) {
        ++by_status_[static_cast<std::size_t>(*status)];
    } else {
        ++unrecorded_;
    }
}

std::size_t StatusCounts::count(TaskStatus status) const noexcept {
    const auto i = static_cast<std::size_t>(status);
    return i < by_status_.size() ? by_status_[i] : 0;
}

std::size_t StatusCounts::recorded() const noexcept {
    std::size_t n = 0;
    for (const auto c : by_status_) n += c;
    return n;
}

std::size_t StatusCounts::implemented(ImplementedDefinition definition) const noexcept {
    const std::size_t completed = count(TaskStatus::completed);
    return definition == ImplementedDefinition::completed_only ? completed
                                                               : completed + count(TaskStatus::partially_implemented);
}

namespace {
// Shares are exact ratios of counts, rounded once by the caller; a programme with no tasks has
// no shares (zero base), which is an outcome of the data, not an error.
Outcome<Share> share_of(std::size_t part, std::size_t whole) {
    if (whole == 0) return NoAnswer(Reason::zero_base);
    return Share::of(Decimal(part), Decimal(whole));
}
}  // namespace

Outcome<Share> StatusCounts::share(TaskStatus status) const {
    return share_of(count(status), total());
}

Outcome<Share> StatusCounts::unrecorded_share() const {
    return share_of(unrecorded_, total());
}

Outcome<Share> StatusCounts::completion_rate() const {
    return share(TaskStatus::completed);
}

Outcome<Share> StatusCounts::implemented_rate(ImplementedDefinition definition) const {
    return share_of(implemented(definition), total());
}

StatusCounts count_statuses(const PilotProgramme& programme, boost::gregorian::date as_of) {
    pi::check_date(as_of, "the as-of date");
    StatusCounts counts;
    for (const auto& task : programme.tasks()) counts.add(task.status_as_of(as_of));
    return counts;
}

std::vector<TaskStatusAsOf> statuses_as_of(const PilotProgramme& programme, boost::gregorian::date as_of) {
    pi::check_date(as_of, "the as-of date");
    std::vector<TaskStatusAsOf> result;
    result.reserve(programme.task_count());
    for (const auto& task : programme.tasks()) result.push_back(TaskStatusAsOf{task.id(), task.status_as_of(as_of)});
    return result;
}

std::vector<TaskChange> changes_between(const PilotProgramme& programme, boost::gregorian::date from,
                                        boost::gregorian::date to) {
    pi::check_date(from, "the first date");
    pi::check_date(to, "the second date");
    if (to < from) {
        throw InvalidPeriod("cannot list changes from " + pi::iso(from) + " to " + pi::iso(to) +
                            ": the second date is before the first");
    }
    std::vector<TaskChange> result;
    for (const auto& task : programme.tasks()) {
        const auto before = task.status_as_of(from);
        const auto after = task.status_as_of(to);
        if (!after || before == after) continue;
        const auto& history = task.history();
        const auto entry =
            std::find_if(history.rbegin(), history.rend(), [to](const StatusChange& c) { return c.date <= to; });
        result.push_back(TaskChange{task.id(), before, *after, entry->date, before && is_backward(*before, *after)});
    }
    return result;
}

std::vector<std::string> overdue_tasks(const PilotProgramme& programme, boost::gregorian::date as_of) {
    pi::check_date(as_of, "the as-of date");
    std::vector<std::string> result;
    for (const auto& task : programme.tasks()) {
        if (task.overdue_as_of(as_of)) result.push_back(task.id());
    }
    return result;
}

std::vector<AgencyProgress> progress_by_agency(const PilotProgramme& programme, boost::gregorian::date as_of) {
    pi::check_date(as_of, "the as-of date");
    std::map<std::string, StatusCounts, std::less<>> named;
    std::optional<StatusCounts> unpublished;
    for (const auto& task : programme.tasks()) {
        const auto status = task.status_as_of(as_of);
        if (task.agency()) {
            named[*task.agency()].add(status);
        } else {
            if (!unpublished) unpublished.emplace();
            unpublished->add(status);
        }
    }
    std::vector<AgencyProgress> result;
    result.reserve(named.size() + 1);
    for (auto& [agency, counts] : named) result.push_back(AgencyProgress{agency, counts});
    if (unpublished) result.push_back(AgencyProgress{std::nullopt, *unpublished});
    return result;
}

namespace {
template <class Linked>
StatusCounts counts_where(const PilotProgramme& programme, boost::gregorian::date as_of, Linked linked) {
    pi::check_date(as_of, "the as-of date");
    StatusCounts counts;
    for (const auto& task : programme.tasks()) {
        const auto& links = task.categories();
        if (std::any_of(links.begin(), links.end(), linked)) counts.add(task.status_as_of(as_of));
    }
    return counts;
}
}  // namespace

std::vector<CategoryProgress> progress_by_category(const PilotProgramme& programme, boost::gregorian::date as_of) {
    pi::check_date(as_of, "the as-of date");
    std::map<Category, StatusCounts> linked;  // Category orders by classification order.
    std::optional<StatusCounts> unlinked;
    for (const auto& task : programme.tasks()) {
        const auto status = task.status_as_of(as_of);
        if (task.categories().empty()) {
            if (!unlinked) unlinked.emplace();
            unlinked->add(status);
        }
        for (const auto category : task.categories()) linked[category].add(status);
    }
    std::vector<CategoryProgress> result;
    result.reserve(linked.size() + 1);
    for (const auto& [category, counts] : linked) result.push_back(CategoryProgress{category, counts});
    if (unlinked) result.push_back(CategoryProgress{std::nullopt, *unlinked});
    return result;
}

StatusCounts progress_in(const PilotProgramme& programme, boost::gregorian::date as_of, Category category) {
    return counts_where(programme, as_of, [category](Category c) { return c.is_within(category); });
}

StatusCounts progress_in(const PilotProgramme& programme, boost::gregorian::date as_of, const CategorySet& categories) {
    return counts_where(programme, as_of, [&categories](Category c) { return categories.contains(c); });
}

StatusCounts progress_in(const PilotProgramme& programme, boost::gregorian::date as_of, const Aggregate& aggregate) {
    return progress_in(programme, as_of, aggregate.members());
}

}  // namespace svctrade
