// SPDX-License-Identifier: BSL-1.0
// Checks shared by the pilot sources (not installed): ids, free text, dates, and the "did you
// mean" suggestions for unknown ids.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace svctrade::pilot_internal {

// Ids appear in space-separated lists (an achievement's tasks) and in file fields, so they are
// restricted to characters that need no quoting anywhere.
void check_id(std::string_view id, std::string_view what);

// Free text (titles, agencies, reasons) must fit on one line of a pilot file; `optional_text`
// also rejects blank text and the reserved "not published" marker.
void check_one_line(std::string_view text, std::string_view what);
void check_optional_text(const std::optional<std::string>& text, std::string_view what);

// Rejects Boost's special values (not-a-date-time, ±infinity) at our boundary.
void check_date(boost::gregorian::date date, std::string_view what);

// ISO 8601 calendar date, YYYY-MM-DD.
[[nodiscard]] std::string iso(boost::gregorian::date date);

// Up to three known ids close to `wanted` (same prefix or a small edit distance), comma-separated.
[[nodiscard]] std::string suggestions(std::string_view wanted, const std::vector<std::string_view>& known);

[[nodiscard]] bool is_blank(std::string_view text) noexcept;

}  // namespace svctrade::pilot_internal
