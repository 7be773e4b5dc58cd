// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::AverageGrowth, the average growth per period over several periods (CAGR, China's
/// "two-year average growth"): an n-th root, kept exact until the caller rounds it.
#pragma once

#include <string>

#include <svctrade/export.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/numbers/ratio.hpp>
#include <svctrade/numbers/rounding.hpp>

namespace svctrade {

/// The average growth per period of a quantity whose factor over `periods` periods is F:
/// F^(1/periods) − 1 (geometric; 两年平均增长 of 2021 is sqrt(X_2021 / X_2019) − 1).
///
/// The root is usually irrational, so it is not stored as a number: the object keeps the exact
/// factor and the number of periods, and round() gives the **correctly rounded** percent for any
/// rounding mode, to up to `max_places` places, by exact integer arithmetic (no double is
/// involved in the digits it returns). Only to_double() is approximate.
class SVCTRADE_EXPORT AverageGrowth {
public:
    /// The most places round() accepts.
    static constexpr int max_places = 16;
    /// The most periods an average may span.
    static constexpr int max_periods = 100;

    /// The average growth per period of a total `factor` (last ÷ first) over `periods` periods.
    /// \throws InvalidArgument if `factor` is negative or `periods` is outside 1…max_periods.
    AverageGrowth(Ratio factor, int periods);

    /// \returns the exact total factor over all periods (X_last ÷ X_first).
    [[nodiscard]] const Ratio& total_factor() const noexcept { return factor_; }
    /// \returns the number of periods the average spans.
    [[nodiscard]] int periods() const noexcept { return periods_; }

    /// \returns the average growth in percent, rounded once and correctly to `places` by `mode`
    ///          (e.g. 5.9 for +5.9 %).
    /// \throws InvalidArgument if `places` is outside 0…max_places.
    [[nodiscard]] Decimal round(int places, RoundingMode mode) const;
    /// \returns the average growth rounded as round() does, as a GrowthRate (exact from then on).
    /// \throws as round().
    [[nodiscard]] GrowthRate rate(int places, RoundingMode mode) const;
    /// \returns the average growth rounded as asked and signed, e.g. `"+3.8%"`.
    /// \throws as round().
    [[nodiscard]] std::string to_string(int places, RoundingMode mode) const;
    /// \returns the average growth as a fraction in double (0.038 for +3.8 %), for analysis only.
    [[nodiscard]] double to_double() const;

private:
    Ratio factor_;
    int periods_;
};

}  // namespace svctrade
