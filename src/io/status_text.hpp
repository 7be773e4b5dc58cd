// SPDX-License-Identifier: BSL-1.0
// The text of a tidy file's status column, both ways: the layout's markers first (ONS's
// `suppressed`), then its codes. One place, so that the readers and the writers cannot disagree.
#pragma once

#include <string>
#include <string_view>

#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/status/status_codes.hpp>

namespace svctrade::detail {

inline ObservationStatus read_status_text(std::string_view text, const TidyLayout& layout) {
    for (const StatusMarker& m : layout.status_markers)
        if (m.text == text) return m.status;
    return read_status(text, layout.status_codes);
}

inline std::string write_status_text(const ObservationStatus& status, const TidyLayout& layout) {
    for (const StatusMarker& m : layout.status_markers)
        if (m.status == status) return m.text;
    return write_status(status, layout.status_codes);
}

}  // namespace svctrade::detail
