// SPDX-License-Identifier: BSL-1.0
// Roots decided exactly: average growth F^(1/n) − 1 compared in the power domain and printed as
// an outward enclosure to any number of digits, with a small unsigned big integer (private).
//
// Stop-gap: the published module is getting exact average growth and CAGR with enclosures of
// any precision; once they land on main the audit uses those.
#pragma once

#include <svctrade/audit/check.hpp>
#include <svctrade/numbers/ratio.hpp>
#include <svctrade/published/interval.hpp>

#include <string>
#include <utility>

namespace svctrade::audit_root {

// The sign of x^n − y for positive x and y, exactly (no overflow).
[[nodiscard]] int compare_power(const Ratio& x, int n, const Ratio& y);

// The ends of an outward enclosure of F^(1/n) − 1 over `factor`, as decimal text with `digits`
// significant digits (see root_enclosure()).
[[nodiscard]] std::pair<std::string, std::string> enclosure_ends(const Interval& factor, int n, int digits);

// The verdict of comparing the factor interval `factor` with {(1 + a)^n : a ∈ average}: whether
// the printed average growth is consistent with the factor, decided without roots.
[[nodiscard]] Verdict compare_average(const Interval& factor, int n, const Interval& average);

}  // namespace svctrade::audit_root
