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

#include <string>

#include <svctrade/decimal.hpp>
#include <svctrade/export.hpp>
#include <svctrade/ratio.hpp>
#include <svctrade/rounding.hpp>

namespace svctrade {

namespace detail {
constexpr Ratio hundred_times(Ratio fraction) { return fraction * Ratio(Decimal(100)); }
constexpr Ratio fraction_of_percent(Decimal percent) { return Ratio(percent, Decimal(100)); }
SVCTRADE_EXPORT std::string format_percent(const Ratio& fraction, int places, RoundingMode mode, const char* suffix,
                                           bool explicit_plus);
}  // namespace detail

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
class Percent {
public:
    /// 0%.
    constexpr Percent() noexcept = default;
    /// \returns `percent` percent, e.g. `from_percent(105.9_dec)` is the ratio 1.059.
    [[nodiscard]] static constexpr Percent from_percent(Decimal percent) { return Percent(detail::fraction_of_percent(percent)); }
    /// \returns the percent whose fraction is `fraction` (1.059 → 105.9%).
    [[nodiscard]] static constexpr Percent from_ratio(Ratio fraction) noexcept { return Percent(fraction); }
    /// \returns the exact fraction (105.9% → 1.059).
    [[nodiscard]] constexpr Ratio ratio() const noexcept { return fraction_; }
    /// \returns the percent rounded once to `places` by `mode`: the number before the % sign.
    /// \throws InvalidArgument for places outside 0…Decimal::max_scale, Overflow when too large.
    [[nodiscard]] constexpr Decimal round(int places, RoundingMode mode) const {
        return detail::hundred_times(fraction_).round(places, mode);
    }
    /// \returns the exact percent when it has a finite decimal expansion, else std::nullopt.
    [[nodiscard]] constexpr std::optional<Decimal> exact_percent() const { return detail::hundred_times(fraction_).exact(); }
    /// \returns the percent rounded as asked, with the sign: `"105.9%"`.
    [[nodiscard]] std::string to_string(int places, RoundingMode mode) const {
        return detail::format_percent(fraction_, places, mode, "%", false);
    }

    /// \returns the difference of two percentages, in percentage points.
    [[nodiscard]] friend constexpr PercentagePoints operator-(Percent a, Percent b) {
        return PercentagePoints::from_ratio(a.fraction_ - b.fraction_);
    }
    /// \returns the percentage moved by `change`.
    [[nodiscard]] friend constexpr Percent operator+(Percent a, PercentagePoints change) {
        return Percent(a.fraction_ + change.ratio());
    }
    /// \returns the percentage moved by `change`.
    [[nodiscard]] friend constexpr Percent operator+(PercentagePoints change, Percent a) { return a + change; }
    /// \returns the percentage moved back by `change`.
    [[nodiscard]] friend constexpr Percent operator-(Percent a, PercentagePoints change) {
        return Percent(a.fraction_ - change.ratio());
    }
    /// \returns whether two percentages are equal.
    [[nodiscard]] friend constexpr bool operator==(Percent a, Percent b) noexcept { return a.fraction_ == b.fraction_; }
    /// \returns the order of two percentages.
    [[nodiscard]] friend constexpr std::strong_ordering operator<=>(Percent a, Percent b) noexcept {
        return a.fraction_ <=> b.fraction_;
    }

private:
    explicit constexpr Percent(Ratio fraction) noexcept : fraction_(fraction) {}
    Ratio fraction_;
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
class Share {
public:
    /// A share of 0%.
    constexpr Share() noexcept = default;
    /// \returns the share written as `percent` percent, e.g. `from_percent(38.5_dec)`.
    [[nodiscard]] static constexpr Share from_percent(Decimal percent) { return Share(detail::fraction_of_percent(percent)); }
    /// \returns the share whose fraction is `fraction` (0.385 → 38.5%).
    [[nodiscard]] static constexpr Share from_ratio(Ratio fraction) noexcept { return Share(fraction); }
    /// \returns the exact share of `part` in `whole`. \throws DivisionByZero when whole is zero.
    [[nodiscard]] static constexpr Share of(Decimal part, Decimal whole) { return Share(Ratio(part, whole)); }
    /// \returns the exact fraction (38.5% → 0.385).
    [[nodiscard]] constexpr Ratio ratio() const noexcept { return fraction_; }
    /// \returns the share as a Percent, still exact.
    [[nodiscard]] constexpr Percent percent() const noexcept { return Percent::from_ratio(fraction_); }
    /// \returns the percent rounded once to `places` by `mode` (38.5% at 1 → 38.5).
    /// \throws InvalidArgument for places outside 0…Decimal::max_scale, Overflow when too large.
    [[nodiscard]] constexpr Decimal round(int places, RoundingMode mode) const {
        return detail::hundred_times(fraction_).round(places, mode);
    }
    /// \returns the share rounded as asked: `"38.5%"`.
    [[nodiscard]] std::string to_string(int places, RoundingMode mode) const {
        return detail::format_percent(fraction_, places, mode, "%", false);
    }

    /// \returns the change from `b` to `a`, in percentage points.
    [[nodiscard]] friend constexpr PercentagePoints operator-(Share a, Share b) {
        return PercentagePoints::from_ratio(a.fraction_ - b.fraction_);
    }
    /// \returns the share moved by `change`.
    [[nodiscard]] friend constexpr Share operator+(Share s, PercentagePoints change) {
        return Share(s.fraction_ + change.ratio());
    }
    /// \returns the share moved by `change`.
    [[nodiscard]] friend constexpr Share operator+(PercentagePoints change, Share s) { return s + change; }
    /// \returns the share moved back by `change` (38.5% − 1.7 pp = 36.8%).
    [[nodiscard]] friend constexpr Share operator-(Share s, PercentagePoints change) {
        return Share(s.fraction_ - change.ratio());
    }
    /// \returns whether two shares are equal.
    [[nodiscard]] friend constexpr bool operator==(Share a, Share b) noexcept { return a.fraction_ == b.fraction_; }
    /// \returns the order of two shares.
    [[nodiscard]] friend constexpr std::strong_ordering operator<=>(Share a, Share b) noexcept {
        return a.fraction_ <=> b.fraction_;
    }

private:
    explicit constexpr Share(Ratio fraction) noexcept : fraction_(fraction) {}
    Ratio fraction_;
};

/// A relative change (增长率, 同比/环比): +5.9% year on year is the ratio 0.059.
/// Growth rates compound (compound()); they are never added. The difference of two growth
/// rates is in percentage points.
class GrowthRate {
public:
    /// No growth (0%).
    constexpr GrowthRate() noexcept = default;
    /// \returns the growth written as `percent` percent, e.g. `from_percent(5.9_dec)`.
    [[nodiscard]] static constexpr GrowthRate from_percent(Decimal percent) {
        return GrowthRate(detail::fraction_of_percent(percent));
    }
    /// \returns the growth whose fraction is `fraction` (0.059 → +5.9%).
    [[nodiscard]] static constexpr GrowthRate from_ratio(Ratio fraction) noexcept { return GrowthRate(fraction); }
    /// \returns the growth factor 1 + g (5.9% → 1.059), exact.
    [[nodiscard]] constexpr Ratio factor() const { return Ratio(Decimal(1)) + fraction_; }
    /// \returns the growth whose factor is `factor` (1.059 → +5.9%), e.g. current ÷ previous.
    [[nodiscard]] static constexpr GrowthRate from_factor(Ratio factor) {
        return GrowthRate(factor - Ratio(Decimal(1)));
    }
    /// \returns the exact fraction (+5.9% → 0.059).
    [[nodiscard]] constexpr Ratio ratio() const noexcept { return fraction_; }
    /// \returns the growth as a Percent, still exact.
    [[nodiscard]] constexpr Percent percent() const noexcept { return Percent::from_ratio(fraction_); }
    /// \returns the percent rounded once to `places` by `mode` (5.8932…% at 1 → 5.9).
    /// \throws InvalidArgument for places outside 0…Decimal::max_scale, Overflow when too large.
    [[nodiscard]] constexpr Decimal round(int places, RoundingMode mode) const {
        return detail::hundred_times(fraction_).round(places, mode);
    }
    /// \returns the growth rounded as asked, signed: `"+5.9%"`, `"-2.0%"`.
    [[nodiscard]] std::string to_string(int places, RoundingMode mode) const {
        return detail::format_percent(fraction_, places, mode, "%", true);
    }

    /// \returns how much faster `a` grew than `b`, in percentage points.
    [[nodiscard]] friend constexpr PercentagePoints operator-(GrowthRate a, GrowthRate b) {
        return PercentagePoints::from_ratio(a.fraction_ - b.fraction_);
    }
    /// \returns the growth raised by `change`.
    [[nodiscard]] friend constexpr GrowthRate operator+(GrowthRate g, PercentagePoints change) {
        return GrowthRate(g.fraction_ + change.ratio());
    }
    /// \returns the growth raised by `change`.
    [[nodiscard]] friend constexpr GrowthRate operator+(PercentagePoints change, GrowthRate g) { return g + change; }
    /// \returns the growth lowered by `change`.
    [[nodiscard]] friend constexpr GrowthRate operator-(GrowthRate g, PercentagePoints change) {
        return GrowthRate(g.fraction_ - change.ratio());
    }
    /// \returns whether two growth rates are equal.
    [[nodiscard]] friend constexpr bool operator==(GrowthRate a, GrowthRate b) noexcept {
        return a.fraction_ == b.fraction_;
    }
    /// \returns the order of two growth rates.
    [[nodiscard]] friend constexpr std::strong_ordering operator<=>(GrowthRate a, GrowthRate b) noexcept {
        return a.fraction_ <=> b.fraction_;
    }

private:
    explicit constexpr GrowthRate(Ratio fraction) noexcept : fraction_(fraction) {}
    Ratio fraction_;
};

/// \returns the growth over two consecutive periods: (1 + a)(1 + b) − 1, exact
/// (+10% then +10% is +21%, not +20%).
/// \throws Overflow when the exact result does not fit.
[[nodiscard]] constexpr GrowthRate compound(GrowthRate a, GrowthRate b) {
    return GrowthRate::from_factor(a.factor() * b.factor());
}

}  // namespace svctrade
