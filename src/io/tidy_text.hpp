// SPDX-License-Identifier: BSL-1.0
// The texts the tidy writers share: a field CSV-encoded once, a double as the shortest text that
// reads back to it, exact units at a scale, and the status column's text of each status met,
// written (or refused) before any byte of the file is.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/status/observation_status.hpp>

namespace svctrade::detail {

// `text` as one CSV field in `separator`'s dialect: quoted when it must be.
[[nodiscard]] std::string encoded(std::string_view text, char separator);

// A buffer large enough for any double in fixed notation and any units text.
using NumberBuffer = std::array<char, 400>;

// The shortest text that reads back to `x`, in fixed notation (the panel readers take no
// exponent).
[[nodiscard]] std::string_view double_text(double x, NumberBuffer& buffer);

// `units` of 10^-scale, with exactly `scale` places: 3430 at scale 2 is "34.30". Any int64.
[[nodiscard]] std::string_view units_text(std::int64_t units, int scale, NumberBuffer& buffer);

// The status column's text of each distinct status a writer meets, CSV-encoded; the `implied`
// statuses are an empty cell.
class StatusTexts {
public:
    // `what` names the cells in messages: "a panel cell".
    StatusTexts(const TidyLayout& layout, std::string what, std::initializer_list<ObservationStatus> implied);

    // Writes `status` in the layout's codes, once.
    // Throws InvalidArgument when the layout has no status column or its codes cannot write it.
    void add(const ObservationStatus& status);
    [[nodiscard]] bool has(const ObservationStatus& status) const;
    // The CSV-encoded text of a status added or implied.
    [[nodiscard]] std::string_view of(const ObservationStatus& status) const;
    // The text before CSV encoding.
    [[nodiscard]] std::string_view raw_of(const ObservationStatus& status) const;

private:
    [[nodiscard]] std::size_t index(const ObservationStatus& status) const;
    const TidyLayout* layout_;
    std::string what_;
    std::vector<ObservationStatus> statuses_;
    std::vector<std::string> texts_;
    std::vector<std::string> raw_;
    mutable std::size_t last_ = 0;
};

// The status a result cell's reason implies, which the writers leave empty (null in Arrow): not
// provided for a missing input, a plain normal value otherwise (what BasicPanelResult::status()
// reads for a result without a status column).
[[nodiscard]] ObservationStatus implied_status(Reason reason) noexcept;

// Whether a result cell's status is written with the marker: not provided, on a cell without an
// answer for a reason other than a missing input (a share change whose share has a zero whole
// while last year's lacks an observation). No code list has a code for "not provided", so the
// status is written `-` followed by the codes of the rest of it (`-`, `-P;F`).
[[nodiscard]] bool marked_status(const ObservationStatus& status, Reason reason) noexcept;
inline constexpr char not_provided_marker = '-';

// The text of a result cell's status in `codes`: nothing where the reason implies it, the
// marker and the rest where marked_status(), else write_status().
// Throws InvalidArgument for a status the codes cannot write (as write_status()).
[[nodiscard]] std::optional<std::string> result_status_text(const ObservationStatus& status, Reason reason,
                                                            StatusCodes codes);

}  // namespace svctrade::detail
