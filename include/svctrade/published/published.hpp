// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::Published: a rounded figure as printed, and the interval of true values it stands for.
#pragma once

#include <string_view>

#include <svctrade/export.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/rounding.hpp>
#include <svctrade/published/interval.hpp>

namespace svctrade {

/// A figure as published, rounded to a unit: 34.32 (billion yuan) is 34.32 to the nearest 0.01.
///
/// The true value is unknown but bounded: with half-up rounding (China's 四舍五入) 34.32 stands
/// for every x with 34.315 ≤ x < 34.325. interval() gives that set for any rounding mode, so
/// that figures derived from published ones (an implied exchange rate, last year's value, a
/// growth rate) can be bounded exactly instead of computed once from rounded inputs.
class SVCTRADE_EXPORT Published {
public:
    /// The figure `value` rounded to its last written digit: Published(34.32_dec) has unit 0.01;
    /// Published(Decimal(88)) has unit 1.
    explicit Published(Decimal value) noexcept;
    /// The figure `value` rounded to a multiple of `unit` (e.g. 410 million published to the
    /// nearest 10 million: Published(410000000_dec, 10000000_dec)).
    /// \throws InvalidArgument when unit is not positive or value is not a multiple of it.
    Published(Decimal value, Decimal unit);
    /// \returns the figure as published, e.g. Published::parse("34.32") (comma grouping allowed).
    /// \throws ParseError as Decimal::parse does.
    [[nodiscard]] static Published parse(std::string_view text);

    /// \returns the value as published.
    [[nodiscard]] Decimal value() const noexcept { return value_; }
    /// \returns the rounding unit (0.01 for 34.32).
    [[nodiscard]] Decimal unit() const noexcept { return unit_; }

    /// \returns the exact set of true values that `mode` rounds to this figure, e.g. for 34.32:
    /// half_up [34.315, 34.325); half_even [34.315, 34.325] (2 is even); toward_zero
    /// [34.32, 34.33); floor [34.32, 34.33); ceiling (34.31, 34.32]; away_from_zero (34.31, 34.32].
    /// For a negative figure the ends mirror the mode's rule (half_up is away from zero:
    /// −34.32 stands for (−34.325, −34.315]); half_ceiling sends ties toward +∞ whatever the
    /// sign (−34.32 stands for [−34.325, −34.315), 0.00 for [−0.005, 0.005)).
    [[nodiscard]] Interval interval(RoundingMode mode) const;

    /// \returns whether both have the same value and the same rounding unit (34.30 and 34.3 at
    /// unit 0.01 are equal; 34.3 at 0.01 and at 0.1 are not).
    [[nodiscard]] friend bool operator==(const Published& a, const Published& b) noexcept = default;

private:
    Decimal value_;
    Decimal unit_;
};

}  // namespace svctrade
