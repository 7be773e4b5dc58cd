// SPDX-License-Identifier: BSL-1.0
/// \file
/// Percentages that cannot be confused: Percent, Share, GrowthRate and PercentagePoints.
///
/// A share and a growth rate are levels (like a point in time); a percentage-point change is a
/// difference (like a duration). Only the arithmetic that means something compiles:
///
/// | expression | result |
/// |---|---|
/// | Share − Share | PercentagePoints |
/// | Share ± PercentagePoints | Share |
/// | GrowthRate − GrowthRate | PercentagePoints |
/// | GrowthRate ± PercentagePoints | GrowthRate |
/// | Percent − Percent | PercentagePoints |
/// | Percent ± PercentagePoints | Percent |
/// | PercentagePoints ± PercentagePoints | PercentagePoints |
/// | compound(GrowthRate, GrowthRate) | GrowthRate: (1 + a)(1 + b) − 1 |
///
/// Share + Share does not compile (the type cannot know that the parts are disjoint), nor does
/// GrowthRate + GrowthRate (growth compounds), nor mixing the roles, nor any implicit double.
/// Every value keeps its exact Ratio until the caller rounds it, once.
#pragma once

#include <compare>
#include <optional>
#include <string>

#include <svctrade/export.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/detail/percent_level.hpp>
#include <svctrade/numbers/ratio.hpp>
#include <svctrade/numbers/rounding.hpp>

namespace svctrade {

/// A difference of two percentages, in percentage points (个百分点): 38.5% − 36.8% = 1.7 pp.
/// Not a percent of anything: a 1.7 pp rise of a 36.8% share is not a 1.7% rise.
class PercentagePoints {
public:
    /// Zero percentage points.
    constexpr PercentagePoints() noexcept = default;
    /// \returns `points` percentage points, e.g. `from_points(1.7_dec)`.
    [[nodiscard]] static constexpr PercentagePoints from_points(Decimal points) {
        return PercentagePoints(detail::fraction_of_percent(points));
    }
    /// \returns the change whose fraction is `fraction` (0.017 → 1.7 pp).
    [[nodiscard]] static constexpr PercentagePoints from_ratio(Ratio fraction) noexcept {
        return PercentagePoints(fraction);
    }
    /// \returns the exact change as a fraction (1.7 pp → 0.017).
    [[nodiscard]] constexpr Ratio ratio() const noexcept { return fraction_; }
    /// \returns the number of points rounded once to `places` by `mode` (1.7 pp at 1 → 1.7).
    /// \throws InvalidArgument for places outside 0…Decimal::max_scale, Overflow when too large.
    [[nodiscard]] constexpr Decimal round(int places, RoundingMode mode) const {
        return detail::hundred_times(fraction_).round(places, mode);
    }
    /// \returns the exact number of points when it has a finite decimal expansion, else std::nullopt.
    [[nodiscard]] constexpr std::optional<Decimal> exact_points() const {
        return detail::hundred_times(fraction_).exact();
    }
    /// \returns the points rounded as asked, signed, with the unit: `"+1.7 pp"`, `"-0.4 pp"`, `"0.0 pp"`.
    [[nodiscard]] std::string to_string(int places, RoundingMode mode) const {
        return detail::format_percent(fraction_, places, mode, " pp", true);
    }

    /// \returns the opposite change.
    [[nodiscard]] constexpr PercentagePoints operator-() const noexcept { return PercentagePoints(-fraction_); }
    /// \returns the sum of two changes.
    [[nodiscard]] friend constexpr PercentagePoints operator+(PercentagePoints a, PercentagePoints b) {
        return PercentagePoints(a.fraction_ + b.fraction_);
    }
    /// \returns the difference of two changes.
    [[nodiscard]] friend constexpr PercentagePoints operator-(PercentagePoints a, PercentagePoints b) {
        return PercentagePoints(a.fraction_ - b.fraction_);
    }
    /// \returns the change scaled by a dimensionless factor (e.g. an average over periods).
    [[nodiscard]] friend constexpr PercentagePoints operator*(PercentagePoints a, Ratio factor) {
        return PercentagePoints(a.fraction_ * factor);
    }
    /// \returns the change scaled by a dimensionless factor.
    [[nodiscard]] friend constexpr PercentagePoints operator*(Ratio factor, PercentagePoints a) { return a * factor; }
    /// \returns whether two changes are equal.
    [[nodiscard]] friend constexpr bool operator==(PercentagePoints a, PercentagePoints b) noexcept {
        return a.fraction_ == b.fraction_;
    }
    /// \returns the order of two changes.
    [[nodiscard]] friend constexpr std::strong_ordering operator<=>(PercentagePoints a, PercentagePoints b) noexcept {
        return a.fraction_ <=> b.fraction_;
    }

private:
    explicit constexpr PercentagePoints(Ratio fraction) noexcept : fraction_(fraction) {}
    Ratio fraction_;
};

/// A percentage in no particular role (a ratio to GDP, a coverage rate): 105.9% is the ratio 1.059.
/// Use Share for a part of a whole and GrowthRate for a relative change.
///
/// Members shared with Share and GrowthRate (defined once, in an implementation base):
/// - `static Percent from_percent(Decimal percent)`: `percent` percent, e.g.
///   `from_percent(105.9_dec)` is the ratio 1.059.
/// - `static Percent from_ratio(Ratio fraction) noexcept`: the percent whose fraction is
///   `fraction` (1.059 → 105.9%).
/// - `Ratio ratio() const noexcept`: the exact fraction (105.9% → 1.059).
/// - `Decimal round(int places, RoundingMode mode) const`: the percent rounded once to `places`
///   by `mode`, the number before the % sign. \throws InvalidArgument for places outside
///   0…Decimal::max_scale, Overflow when too large.
/// - `std::string to_string(int places, RoundingMode mode) const`: the percent rounded as asked,
///   with the sign: `"105.9%"`.
/// - `Percent − Percent → PercentagePoints` (the difference of two percentages);
///   `Percent ± PercentagePoints → Percent` and `PercentagePoints + Percent → Percent` (the
///   percentage moved by a change). \throws Overflow when the exact result does not fit.
/// - `==` and `<=>` (std::strong_ordering): exact, by value.
class Percent : public detail::PercentLevel<Percent, PercentagePoints, false> {
public:
    /// 0%.
    constexpr Percent() noexcept = default;
    /// \returns the exact percent when it has a finite decimal expansion, else std::nullopt.
    [[nodiscard]] constexpr std::optional<Decimal> exact_percent() const {
        return detail::hundred_times(ratio()).exact();
    }

private:
    friend PercentLevel;
    explicit constexpr Percent(Ratio fraction) noexcept : PercentLevel(fraction) {}
};

/// `part` as a percent of `whole`, exact until rounded: `percent(34.32_dec, 32.41_dec)` is
/// 105.8932…%, which rounds to 105.9 at one place.
/// \throws DivisionByZero when whole is zero.
[[nodiscard]] constexpr Percent percent(Decimal part, Decimal whole) {
    return Percent::from_ratio(Ratio(part, whole));
}

/// A part of a whole (比重, 占比): knowledge-intensive services are 38.5% of services trade.
/// A level, not a change: Share − Share is PercentagePoints; Share + Share does not compile.
/// \note Not restricted to 0…100%: a part of a total with negative items (balances) can exceed it.
///
/// Members shared with Percent and GrowthRate (defined once, in an implementation base):
/// - `static Share from_percent(Decimal percent)`: the share written as `percent` percent, e.g.
///   `from_percent(38.5_dec)`.
/// - `static Share from_ratio(Ratio fraction) noexcept`: the share whose fraction is `fraction`
///   (0.385 → 38.5%).
/// - `Ratio ratio() const noexcept`: the exact fraction (38.5% → 0.385).
/// - `Decimal round(int places, RoundingMode mode) const`: the percent rounded once to `places`
///   by `mode` (38.5% at 1 → 38.5). \throws InvalidArgument for places outside
///   0…Decimal::max_scale, Overflow when too large.
/// - `std::string to_string(int places, RoundingMode mode) const`: the share rounded as asked:
///   `"38.5%"`.
/// - `Share − Share → PercentagePoints` (the change from the right share to the left);
///   `Share ± PercentagePoints → Share` and `PercentagePoints + Share → Share` (the share moved
///   by a change: 38.5% − 1.7 pp = 36.8%). \throws Overflow when the exact result does not fit.
/// - `==` and `<=>` (std::strong_ordering): exact, by value.
class Share : public detail::PercentLevel<Share, PercentagePoints, false> {
public:
    /// A share of 0%.
    constexpr Share() noexcept = default;
    /// \returns the exact share of `part` in `whole`. \throws DivisionByZero when whole is zero.
    [[nodiscard]] static constexpr Share of(Decimal part, Decimal whole) { return Share(Ratio(part, whole)); }
    /// \returns the share as a Percent, still exact.
    [[nodiscard]] constexpr Percent percent() const noexcept { return Percent::from_ratio(ratio()); }

private:
    friend PercentLevel;
    explicit constexpr Share(Ratio fraction) noexcept : PercentLevel(fraction) {}
};

/// A relative change (增长率, 同比/环比): +5.9% year on year is the ratio 0.059.
/// Growth rates compound (compound()); they are never added. The difference of two growth
/// rates is in percentage points.
///
/// Members shared with Percent and Share (defined once, in an implementation base):
/// - `static GrowthRate from_percent(Decimal percent)`: the growth written as `percent`
///   percent, e.g. `from_percent(5.9_dec)`.
/// - `static GrowthRate from_ratio(Ratio fraction) noexcept`: the growth whose fraction is
///   `fraction` (0.059 → +5.9%).
/// - `Ratio ratio() const noexcept`: the exact fraction (+5.9% → 0.059).
/// - `Decimal round(int places, RoundingMode mode) const`: the percent rounded once to `places`
///   by `mode` (5.8932…% at 1 → 5.9). \throws InvalidArgument for places outside
///   0…Decimal::max_scale, Overflow when too large.
/// - `std::string to_string(int places, RoundingMode mode) const`: the growth rounded as asked,
///   signed: `"+5.9%"`, `"-2.0%"`.
/// - `GrowthRate − GrowthRate → PercentagePoints` (how much faster the left grew than the
///   right); `GrowthRate ± PercentagePoints → GrowthRate` and `PercentagePoints + GrowthRate →
///   GrowthRate` (the growth raised or lowered by a change). \throws Overflow when the exact
///   result does not fit.
/// - `==` and `<=>` (std::strong_ordering): exact, by value.
class GrowthRate : public detail::PercentLevel<GrowthRate, PercentagePoints, true> {
public:
    /// No growth (0%).
    constexpr GrowthRate() noexcept = default;
    /// \returns the growth factor 1 + g (5.9% → 1.059), exact.
    [[nodiscard]] constexpr Ratio factor() const { return Ratio(Decimal(1)) + ratio(); }
    /// \returns the growth whose factor is `factor` (1.059 → +5.9%), e.g. current ÷ previous.
    [[nodiscard]] static constexpr GrowthRate from_factor(Ratio factor) {
        return GrowthRate(factor - Ratio(Decimal(1)));
    }
    /// \returns the growth as a Percent, still exact.
    [[nodiscard]] constexpr Percent percent() const noexcept { return Percent::from_ratio(ratio()); }
    /// Not a conversion: a change of 1.7 percentage points is no growth rate of 1.7%. Deleted
    /// rather than absent so that passing points where a growth rate is wanted is refused with
    /// this line, and its reason, in the compiler's message.
    GrowthRate(PercentagePoints) = delete;  // percentage points are not a growth rate

private:
    friend PercentLevel;
    explicit constexpr GrowthRate(Ratio fraction) noexcept : PercentLevel(fraction) {}
};

/// \returns the growth over two consecutive periods: (1 + a)(1 + b) − 1, exact
/// (+10% then +10% is +21%, not +20%).
/// \throws Overflow when the exact result does not fit.
[[nodiscard]] constexpr GrowthRate compound(GrowthRate a, GrowthRate b) {
    return GrowthRate::from_factor(a.factor() * b.factor());
}

}  // namespace svctrade

namespace std {
/// Percentage points hash by their exact fraction (PercentagePoints::ratio()).
template <>
struct hash<svctrade::PercentagePoints> {
    /// \returns the hash of `p.ratio()`.
    [[nodiscard]] constexpr std::size_t operator()(svctrade::PercentagePoints p) const noexcept {
        return p.ratio().hash();
    }
};
/// Percents hash by their exact fraction (Percent::ratio()).
template <>
struct hash<svctrade::Percent> {
    /// \returns the hash of `p.ratio()`.
    [[nodiscard]] constexpr std::size_t operator()(svctrade::Percent p) const noexcept { return p.ratio().hash(); }
};
/// Shares hash by their exact fraction (Share::ratio()).
template <>
struct hash<svctrade::Share> {
    /// \returns the hash of `s.ratio()`.
    [[nodiscard]] constexpr std::size_t operator()(svctrade::Share s) const noexcept { return s.ratio().hash(); }
};
/// Growth rates hash by their exact fraction (GrowthRate::ratio()).
template <>
struct hash<svctrade::GrowthRate> {
    /// \returns the hash of `g.ratio()`.
    [[nodiscard]] constexpr std::size_t operator()(svctrade::GrowthRate g) const noexcept { return g.ratio().hash(); }
};
}  // namespace std
