// SPDX-License-Identifier: BSL-1.0
/// \file
/// A published progress claim ("88 pilot tasks: 41 fully completed, 20 partially implemented, the
/// other 27 being actively promoted") and its consistency checks, on its own and against a
/// programme.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/export.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/pilot/programme.hpp>
#include <svctrade/pilot/status.hpp>

namespace svctrade {

/// A progress claim as a report prints it: a number of tasks and how many are in each status.
/// \note A report's counts must add up to its total; a status the report does not mention counts
/// as zero (Xiamen's report names three states and no "not started").
struct SVCTRADE_EXPORT ProgressClaim {
    std::size_t total = 0;                  ///< The number of tasks the report gives.
    std::size_t completed = 0;              ///< Tasks reported completed.
    std::size_t partially_implemented = 0;  ///< Tasks reported partially implemented.
    std::size_t being_promoted = 0;         ///< Tasks reported being promoted.
    std::size_t not_started = 0;            ///< Tasks reported not started.

    /// \returns the count claimed for `status`.
    [[nodiscard]] std::size_t count(TaskStatus status) const noexcept;
    /// \returns the exact share of the claimed total in `status` (41 of 88 = 46.59…%, printed
    /// 46.6%); Reason::zero_base when the total is zero.
    [[nodiscard]] Outcome<Share> share(TaskStatus status) const;

    /// Reads a claim such as `41 completed, 20 partially implemented, 27 being promoted of 88`:
    /// comma-separated `<count> <status>` parts (status in English as english_name() prints it,
    /// or its code; "partial" and "promoted" are accepted for short), then ` of <total>`.
    /// \throws ParseError naming the position and the reason (a missing count, an unknown
    /// status, a status given twice, no " of <total>", trailing text, a count too large).
    [[nodiscard]] static ProgressClaim parse(std::string_view text);

    /// Equal when every count is equal.
    friend bool operator==(const ProgressClaim&, const ProgressClaim&) = default;
};

/// One disagreement found by a check: what, the claimed number, the number found.
struct ClaimFinding {
    std::string subject;      ///< What disagrees: "total", a status code, or "unrecorded".
    std::size_t claimed = 0;  ///< The number the claim gives (or implies).
    std::size_t found = 0;    ///< The number computed (the sum of the parts, or from the programme).
    std::string message;      ///< A sentence naming both numbers.

    /// Equal when all fields are equal.
    friend bool operator==(const ClaimFinding&, const ClaimFinding&) = default;
};

/// The outcome of checking a claim: consistent, or the list of findings.
/// \note Inconsistency is a normal outcome for published figures, so checks return this rather
/// than throw.
class SVCTRADE_EXPORT ClaimCheck {
public:
    /// Creates the outcome from its findings (none: consistent).
    explicit ClaimCheck(std::vector<ClaimFinding> findings) : findings_(std::move(findings)) {}
    /// \returns true when nothing disagrees.
    [[nodiscard]] bool consistent() const noexcept { return findings_.empty(); }
    /// \returns what disagrees, in the order checked.
    [[nodiscard]] const std::vector<ClaimFinding>& findings() const noexcept { return findings_; }
    /// \returns the findings' messages joined by "; ", or "consistent".
    [[nodiscard]] std::string summary() const;

private:
    std::vector<ClaimFinding> findings_;
};

/// Checks a claim on its own: its counts must add up to its total.
/// \returns the outcome; a finding with subject "total" when the parts add up to another number.
[[nodiscard]] SVCTRADE_EXPORT ClaimCheck check_claim(const ProgressClaim& claim);

/// Checks a claim against a programme at the end of day `as_of`: the claim's own sum, its total
/// against the number of tasks, each status's count against the count by query, and tasks with
/// no status recorded at that date.
/// \returns the outcome, with one finding per disagreement.
/// \throws InvalidPeriod when `as_of` is not a real date.
[[nodiscard]] SVCTRADE_EXPORT ClaimCheck check_claim(const ProgressClaim& claim, const PilotProgramme& programme,
                                                     boost::gregorian::date as_of);

}  // namespace svctrade
