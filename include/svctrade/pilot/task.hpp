// SPDX-License-Identifier: BSL-1.0
/// \file
/// A pilot task: one of the numbered measures of a pilot programme, with its dated status history.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/categories/category.hpp>
#include <svctrade/export.hpp>
#include <svctrade/pilot/status.hpp>

namespace svctrade {

/// The text that stands for a title or agency that was not published (the Xiamen report gives
/// neither for its 88 tasks). Reserved: a published title or agency may not equal it.
inline constexpr std::string_view not_published = "not published";

/// One task of a pilot programme: a stable id, a title, the responsible agency, an optional due
/// date and a dated status history.
///
/// The history is kept in strictly increasing date order and obeys the transition rule of
/// check_transition(): forward moves are free, a backward move needs a reason. Before its first
/// entry a task has no recorded status (status_as_of() returns no value), which is different from
/// `TaskStatus::not_started`: the record simply does not say.
class SVCTRADE_EXPORT PilotTask {
public:
    /// Creates a task with no status history yet.
    /// \param id stable identifier: 1 to 64 characters from `A-Z a-z 0-9 . _ -`.
    /// \param title the published title, or no value when it was not published.
    /// \param agency the responsible agency, or no value when it was not published.
    /// \param due_date the day by which the task is due, if any.
    /// \throws InvalidArgument for a malformed id, a blank title or agency, one equal to
    /// \c not_published (use no value instead) or containing a line break.
    /// \throws InvalidPeriod when `due_date` is not a real date (not-a-date-time, ±infinity).
    explicit PilotTask(std::string id, std::optional<std::string> title = {}, std::optional<std::string> agency = {},
                       std::optional<boost::gregorian::date> due_date = {});

    /// \returns the stable id, unique within its programme.
    [[nodiscard]] const std::string& id() const noexcept { return id_; }
    /// \returns the published title, or no value when it was not published.
    [[nodiscard]] const std::optional<std::string>& title() const noexcept { return title_; }
    /// \returns the title, or \c not_published when it was not published.
    [[nodiscard]] std::string_view title_or_not_published() const noexcept;
    /// \returns the responsible agency, or no value when it was not published.
    [[nodiscard]] const std::optional<std::string>& agency() const noexcept { return agency_; }
    /// \returns the due date, if the task has one.
    [[nodiscard]] const std::optional<boost::gregorian::date>& due_date() const noexcept { return due_; }

    /// Links the task to a service category (an EBOPS 2010 code of any role, e.g. SI for
    /// computer services or SD for travel); progress by category counts the task under that code
    /// and every category above it.
    /// \note An aggregate such as knowledge-intensive services is linked through its member codes;
    /// progress_in() can then be asked for the aggregate as a whole.
    /// \throws InvalidArgument when the task is already linked to `category`.
    void link_category(Category category);

    /// \returns the linked categories, in the order linked.
    [[nodiscard]] const std::vector<Category>& categories() const noexcept { return categories_; }

    /// Appends a dated status to the history.
    /// \param date the day from which `status` holds; must be later than the last entry's date.
    /// \param status the new status.
    /// \param reason why; required (non-blank) when the move is backward.
    /// \throws InvalidPeriod when `date` is not a real date or is not after the last entry.
    /// \throws InvalidTransition when the move is backward and `reason` is blank.
    /// \throws InvalidArgument when `reason` contains a line break.
    void record(boost::gregorian::date date, TaskStatus status, std::string reason = {});

    /// \returns the status history, oldest first.
    [[nodiscard]] const std::vector<StatusChange>& history() const noexcept { return history_; }

    /// \returns the status that held at the end of day `as_of`: that of the last entry dated on or
    /// before it, or no value when the history has no such entry.
    /// \throws InvalidPeriod when `as_of` is not a real date.
    [[nodiscard]] std::optional<TaskStatus> status_as_of(boost::gregorian::date as_of) const;

    /// \returns the latest recorded status, or no value when the history is empty.
    [[nodiscard]] std::optional<TaskStatus> latest_status() const noexcept;

    /// \returns true when the task has a due date earlier than `as_of` and was not completed at
    /// the end of `as_of` (a task due on `as_of` itself is not yet overdue).
    /// \throws InvalidPeriod when `as_of` is not a real date.
    [[nodiscard]] bool overdue_as_of(boost::gregorian::date as_of) const;

    /// Two tasks are equal when id, title, agency, due date, categories and history are equal.
    friend bool operator==(const PilotTask&, const PilotTask&) = default;

private:
    std::string id_;
    std::optional<std::string> title_;
    std::optional<std::string> agency_;
    std::optional<boost::gregorian::date> due_;
    std::vector<Category> categories_;
    std::vector<StatusChange> history_;
};

}  // namespace svctrade
