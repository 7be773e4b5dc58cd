// SPDX-License-Identifier: BSL-1.0
/// \file
/// The states of a pilot task, their names, and the rule for moving between them.
///
/// A city in China's pilot programme for the innovative development of trade in services reports
/// each of its pilot tasks in one of a few states (Xiamen, August 2021: "41 fully completed, 20
/// partially implemented, the other 27 being actively promoted"). The states are ordered by
/// progress; moving forward is free, moving backward needs a recorded reason.
#pragma once

#include <array>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/export.hpp>

namespace svctrade {

/// The state of a pilot task, ordered by progress (`not_started` < … < `completed`).
/// \note The three states a city such as Xiamen reports are `being_promoted`,
/// `partially_implemented` and `completed`; `not_started` completes the scale.
enum class TaskStatus : std::uint8_t {
    not_started = 0,            ///< Not yet started (未启动).
    being_promoted = 1,         ///< In progress, "being actively promoted" (正在推进).
    partially_implemented = 2,  ///< Partially implemented (部分落地).
    completed = 3,              ///< Fully completed (全面完成).
};

/// Every status, in order of progress: iterate over this to list or count them all.
inline constexpr std::array<TaskStatus, 4> all_task_statuses{TaskStatus::not_started, TaskStatus::being_promoted,
                                                             TaskStatus::partially_implemented, TaskStatus::completed};

/// \returns the status's stable code as written in pilot files: `not_started`, `being_promoted`,
/// `partially_implemented` or `completed`.
[[nodiscard]] SVCTRADE_EXPORT std::string_view code(TaskStatus status) noexcept;

/// \returns the status in English as reports print it: "not started", "being promoted",
/// "partially implemented", "completed".
[[nodiscard]] SVCTRADE_EXPORT std::string_view english_name(TaskStatus status) noexcept;

/// \returns the status in Chinese: 未启动, 正在推进, 部分落地, 全面完成 (UTF-8).
/// \note These are svctrade's wording in the style of Chinese progress reports; the Chinese
/// original of the Xiamen report was not consulted, so its exact wording is unconfirmed.
[[nodiscard]] SVCTRADE_EXPORT std::string_view chinese_name(TaskStatus status) noexcept;

/// Writes english_name(status): "partially implemented" (code() is the form of pilot files).
SVCTRADE_EXPORT std::ostream& operator<<(std::ostream& os, TaskStatus status);

/// Reads a status from its code (see code(TaskStatus)).
/// \returns the status whose code is `text`, exactly (lower case, underscores).
/// \throws ParseError naming the text and listing the valid codes.
[[nodiscard]] SVCTRADE_EXPORT TaskStatus parse_task_status(std::string_view text);

/// \returns true when moving from `from` to `to` goes back in progress (e.g. completed →
/// partially implemented), the case that needs a recorded reason.
[[nodiscard]] constexpr bool is_backward(TaskStatus from, TaskStatus to) noexcept {
    return static_cast<std::uint8_t>(to) < static_cast<std::uint8_t>(from);
}

/// Checks the transition rule: forward moves and staying in a state are free; a backward move
/// needs a non-blank `reason`.
/// \throws InvalidTransition naming both states when the move is backward and `reason` is blank.
SVCTRADE_EXPORT void check_transition(TaskStatus from, TaskStatus to, std::string_view reason);

/// One dated entry of a task's status history: on `date` the task was in `status`.
/// \note An entry says the status held from that date on; it does not say when the task first
/// reached it. When only a report date is known (as for Xiamen's figures), the entry carries the
/// report date and `reason` names the report.
struct StatusChange {
    boost::gregorian::date date;  ///< The day from which the status holds (or was reported).
    TaskStatus status;            ///< The status from that day on.
    std::string reason;           ///< Why (required for a backward move) or the source; may be empty.

    /// Two entries are equal when date, status and reason are equal.
    friend bool operator==(const StatusChange&, const StatusChange&) = default;
};

}  // namespace svctrade
