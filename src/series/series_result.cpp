// SPDX-License-Identifier: BSL-1.0
// The message of SeriesResult::at() for a period the result does not hold: it names the period
// in words and the span the result covers, so that a caller who asked for H1 where the result
// holds January-June sees both.
#include <svctrade/error.hpp>
#include <svctrade/periods/text.hpp>
#include <svctrade/series/series_result.hpp>

#include <string>

namespace svctrade::detail {

void throw_period_not_in_result(const Period& period, std::size_t size, const Period* first, const Period* last) {
    std::string message = "the series result holds no entry for " + to_english(period) + " (a " +
                          std::string(to_string(period.kind())) + ")";
    if (size == 0 || first == nullptr || last == nullptr) {
        message += ": it is empty";
    } else {
        message += ": it holds " + std::to_string(size) + " entries, from " + to_english(*first) + " to " +
                   to_english(*last) + " (" + std::string(to_string(first->kind())) + "s)";
    }
    throw NotFound(message);
}

}  // namespace svctrade::detail
