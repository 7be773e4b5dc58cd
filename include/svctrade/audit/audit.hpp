// SPDX-License-Identifier: BSL-1.0
/// \file
/// audit(): every identity the printed figures of a set of releases allow, checked exactly.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <svctrade/audit/check.hpp>
#include <svctrade/audit/convention.hpp>
#include <svctrade/audit/release.hpp>
#include <svctrade/export.hpp>

namespace svctrade {

/// How audit() reads and reports.
struct AuditOptions {
    /// The convention for rounding negative figures under which `Check::verdict` is given;
    /// `Check::other_verdict` is the verdict under the other one.
    NegativeRounding convention = NegativeRounding::magnitude;
    /// Whether to report inferences (checks with nothing printed to compare with).
    bool inferences = true;
};

/// The checks of an audit, in a stable order: releases in the order given, within a release the
/// within-release checks first, then the checks against other releases.
struct AuditReport {
    NegativeRounding convention = NegativeRounding::magnitude;  ///< The convention of `Check::verdict`.
    std::vector<Check> checks;                                  ///< Every check found.
    /// Identities found but not evaluated because an exact intermediate did not fit (see
    /// docs/audit.md); each is named by its kind and the first claim it would have used.
    std::vector<std::pair<CheckKind, ClaimRef>> unevaluated;

    /// \returns the number of checks with `verdict` under the audit's convention.
    [[nodiscard]] SVCTRADE_EXPORT std::size_t count(Verdict verdict) const noexcept;
    /// \returns the indices of the checks whose verdict flips between the two conventions.
    [[nodiscard]] SVCTRADE_EXPORT std::vector<std::size_t> flips() const;
};

/// Finds and checks every identity among the claims of `releases` (docs/audit.md lists them):
/// within each release, and across releases with the same area and basis.
///
/// Every printed figure stands for the interval its rounding allows; each check computes the
/// exact image of its formula over those intervals (no dependency widening: formulas that use an
/// input twice are rewritten or evaluated at the corners where they are monotone) and compares it
/// with the interval of the printed figure it should match.
/// \returns the checks, each with its verdict under both conventions for negative figures.
/// \note Periods that cover the same dates are the same period here: a release's H1 and another's
///       January–June compare.
[[nodiscard]] SVCTRADE_EXPORT AuditReport audit(std::span<const Release> releases, const AuditOptions& options = {});

/// One identity whose verdict differs between the two conventions for negative figures: the same
/// check (kind, claims, period) as audited under each, with the verdict, computed interval and
/// published interval that convention gives.
///
/// Each side's `Check::other_verdict` is the other side's verdict, so each reads as a check of an
/// audit under its own convention.
struct ConventionFlip {
    /// The check under NegativeRounding::magnitude and under NegativeRounding::toward_positive.
    ConventionFlip(Check magnitude_, Check toward_positive_)
        : magnitude(std::move(magnitude_)), toward_positive(std::move(toward_positive_)) {}

    Check magnitude;        ///< Under 四舍五入 of the magnitude: −7.5 stands for (−7.55, −7.45].
    Check toward_positive;  ///< Under half toward +∞: −7.5 stands for [−7.55, −7.45).

    /// \returns the check under `convention`.
    [[nodiscard]] SVCTRADE_EXPORT const Check& under(NegativeRounding convention) const noexcept;
};

/// What convention_flips() found: every check whose verdict flips, in the order of audit()'s
/// report, and how many checks the audit has.
struct ConventionFlips {
    /// The convention of the audit's own report (AuditOptions::convention); the other is
    /// other(convention).
    NegativeRounding convention = NegativeRounding::magnitude;
    std::size_t checks = 0;             ///< The checks of the audit (as AuditReport::checks holds them).
    std::size_t evaluated_twice = 0;    ///< Of these, the ones with a negative or zero rounded figure, evaluated twice.
    std::vector<ConventionFlip> flips;  ///< The checks whose verdict differs, in the report's order.
    /// Identities not evaluated because an exact intermediate did not fit (as AuditReport::unevaluated).
    std::vector<std::pair<CheckKind, ClaimRef>> unevaluated;
};

/// Audits `releases` under both conventions for negative figures and returns every check whose
/// verdict differs between them, with its verdict and its computed and published intervals under
/// each (ConventionFlip).
///
/// The conventions differ only in which end of a negative or zero rounded figure is closed
/// (−7.5 % is (−7.55 %, −7.45 %] or [−7.55 %, −7.45 %); 0.0 % is (−0.05 %, 0.05 %) or
/// [−0.05 %, 0.05 %)), so a verdict can flip only between consistent and boundary: where a
/// computed interval reaches exactly the end of a printed one, or an exact figure sits at the end
/// of a rounded one. Checks whose inputs and compared figure are all positive or exact are
/// evaluated once. The flips listed are exactly the checks for which
/// `audit(releases, options).checks[i].flips()` holds (AuditReport::flips()), in the same order.
/// \returns the flips, with the number of checks of the audit and of those evaluated twice.
/// \note `options.convention` only orders the report: it says which side is the audit's own
///       (ConventionFlips::convention); the flips found are the same under either.
[[nodiscard]] SVCTRADE_EXPORT ConventionFlips convention_flips(std::span<const Release> releases,
                                                               const AuditOptions& options = {});

/// An outward enclosure of the average growth F^(1/n) − 1 over the factors F of `factor` (exact
/// ends open or closed as `factor`'s), each end rounded outward to `digits` significant digits.
/// \returns the enclosure in bracket notation with decimal ends, e.g.
///          `(0.0954451150103322269139395656016, 0.0954451150103322269139395656017)`.
/// \throws InvalidArgument when `factor` is not positive, `n` is below 1 or `digits` is
///         outside 1…60.
[[nodiscard]] SVCTRADE_EXPORT std::string root_enclosure(const Interval& factor, int n, int digits = 30);

}  // namespace svctrade
