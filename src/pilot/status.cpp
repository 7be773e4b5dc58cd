// SPDX-License-Identifier: BSL-1.0
#include <svctrade/pilot/status.hpp>

#include <svctrade/error.hpp>

#include <ostream>
#include <string>

#include "pilot/internal.hpp"
#include "utf8_decode.hpp"

namespace svctrade {

namespace {
struct StatusNames {
    std::string_view code;
    std::string_view english;
    std::string_view chinese;
};

// English wording follows the China Daily report of 27 Aug 2021 ("fully completed", "partially
// implemented", "being actively promoted"); the Chinese wording is ours (see chinese_name()).
constexpr StatusNames names[] = {
    {"not_started", "not started", "未启动"},
    {"being_promoted", "being promoted", "正在推进"},
    {"partially_implemented", "partially implemented", "部分落地"},
    {"completed", "completed", "全面完成"},
};

const StatusNames& names_of(TaskStatus status) noexcept {
    return names[static_cast<std::size_t>(status) < 4 ? static_cast<std::size_t>(status) : 0];
}
}  // namespace

std::string_view code(TaskStatus status) noexcept {
    return names_of(status).code;
}
std::string_view english_name(TaskStatus status) noexcept {
    return names_of(status).english;
}
std::string_view chinese_name(TaskStatus status) noexcept {
    return names_of(status).chinese;
}

TaskStatus parse_task_status(std::string_view text) {
    text_detail::require_utf8(text);

    for (const auto status : all_task_statuses) {
        if (code(status) == text) return status;
    }
    throw ParseError(text, 0,
                     "not a pilot task status (expected not_started, being_promoted, "
                     "partially_implemented or completed)");
}

void check_transition(TaskStatus from, TaskStatus to, std::string_view reason) {
    if (is_backward(from, to) && pilot_internal::is_blank(reason)) {
        throw InvalidTransition("cannot move a pilot task back from " + std::string(english_name(from)) + " to " +
                                std::string(english_name(to)) + " without a recorded reason");
    }
}

std::ostream& operator<<(std::ostream& os, TaskStatus status) {
    return os << english_name(status);
}

}  // namespace svctrade
