// SPDX-License-Identifier: BSL-1.0
/// \file
/// Whether two periods can be compared: year on year (同比) or period on period (环比).
///
/// Year on year needs the same kind at the same position of an earlier year: February 2024 and
/// February 2023 are comparable whatever their lengths. Period on period needs the same kind,
/// adjacent: Q1 2021 against Q4 2020, the year-to-date through June against the one through May.
/// Custom ranges also need equal day counts, unless the caller allows otherwise.
#pragma once

#include <string>
#include <utility>

#include <svctrade/export.hpp>
#include <svctrade/periods/period.hpp>

namespace svctrade {

/// The answer of a comparability check: comparable, or not and why.
class Comparability {
public:
    /// \returns a "comparable" answer.
    [[nodiscard]] static Comparability yes() { return Comparability{std::string{}}; }
    /// \returns a "not comparable" answer with its `reason` (must not be empty).
    [[nodiscard]] static Comparability no(std::string reason) { return Comparability{std::move(reason)}; }

    /// \returns true if the periods are comparable.
    [[nodiscard]] bool comparable() const noexcept { return reason_.empty(); }
    /// \returns comparable().
    [[nodiscard]] explicit operator bool() const noexcept { return comparable(); }
    /// \returns why the periods are not comparable, empty if they are.
    [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

private:
    explicit Comparability(std::string reason) : reason_(std::move(reason)) {}
    std::string reason_;
};

/// Options of the comparability checks.
struct ComparabilityOptions {
    /// Accept custom ranges with different day counts (e.g. a range through 29 February against
    /// the one through 28 February a year earlier). Off by default.
    bool allow_unequal_days = false;
};

/// Checks that `base` can serve as the base of a year-on-year change of `current`: same kind, same
/// year start, and `base` is `current` shifted back by a whole number (at least 1) of years; for
/// ranges, also equal day counts unless `options` allow otherwise.
/// \returns Comparability::yes() or the reason, naming both periods.
[[nodiscard]] SVCTRADE_EXPORT Comparability year_on_year_comparable(const Period& current, const Period& base,
                                                                    ComparabilityOptions options = {});
/// Checks that `base` can serve as the base of a period-on-period change of `current`: same kind,
/// same year start, and `base == current.previous()`; for ranges, `base` ends the day before
/// `current` starts and, unless `options` allow otherwise, has as many days.
/// \returns Comparability::yes() or the reason, naming both periods.
[[nodiscard]] SVCTRADE_EXPORT Comparability period_on_period_comparable(const Period& current, const Period& base,
                                                                        ComparabilityOptions options = {});

/// Like year_on_year_comparable(), but throws.
/// \throws NotComparable with the reason if the periods are not comparable year on year.
SVCTRADE_EXPORT void require_year_on_year_comparable(const Period& current, const Period& base,
                                                     ComparabilityOptions options = {});
/// Like period_on_period_comparable(), but throws.
/// \throws NotComparable with the reason if the periods are not comparable period on period.
SVCTRADE_EXPORT void require_period_on_period_comparable(const Period& current, const Period& base,
                                                         ComparabilityOptions options = {});

}  // namespace svctrade
