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

/// An outward enclosure of the average growth F^(1/n) − 1 over the factors F of `factor` (exact
/// ends open or closed as `factor`'s), each end rounded outward to `digits` significant digits.
/// \returns the enclosure in bracket notation with decimal ends, e.g.
///          `(0.0954451150103322269139395656016, 0.0954451150103322269139395656017)`.
/// \throws InvalidArgument when `factor` is not positive, `n` is below 1 or `digits` is
///         outside 1…60.
[[nodiscard]] SVCTRADE_EXPORT std::string root_enclosure(const Interval& factor, int n, int digits = 30);

}  // namespace svctrade
