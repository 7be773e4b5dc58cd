// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::Interval: the exact set of values a rounded figure, or a result computed from
/// rounded figures, may stand for.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include <svctrade/export.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/ratio.hpp>

namespace svctrade {

/// Whether an end of an Interval belongs to it.
enum class Bound {
    closed,  ///< The end value is in the interval: `[34.315, …`.
    open,    ///< The end value is not: `…, 34.325)`.
};

/// A bounded interval of exact rational numbers whose ends are each open or closed, e.g.
/// [34.315, 34.325), the values that round half-up to 34.32.
///
/// Arithmetic is exact and tracks each end honestly: [34.315, 34.325) ÷ [5.305, 5.315) is the
/// open interval (34.315/5.315, 34.325/5.305) = (6.45626…, 6.47031…): a yuan/dollar rate that
/// reproduces both published figures lies strictly between those numbers. An Interval is never
/// empty; ends are Ratios (the quotient above has no finite decimal expansion) and print rounded
/// outward, so the printed range always contains the exact one.
class SVCTRADE_EXPORT Interval {
public:
    /// \returns [lower, upper]. \throws InvalidArgument when lower > upper.
    [[nodiscard]] static Interval closed(Decimal lower, Decimal upper);
    /// \returns (lower, upper). \throws InvalidArgument when lower >= upper (it would be empty).
    [[nodiscard]] static Interval open(Decimal lower, Decimal upper);
    /// \returns [lower, upper). \throws InvalidArgument when lower >= upper.
    [[nodiscard]] static Interval closed_open(Decimal lower, Decimal upper);
    /// \returns (lower, upper]. \throws InvalidArgument when lower >= upper.
    [[nodiscard]] static Interval open_closed(Decimal lower, Decimal upper);
    /// \returns the single value [value, value].
    [[nodiscard]] static Interval point(Decimal value);
    /// \returns the single value [value, value].
    [[nodiscard]] static Interval point(const Ratio& value);

    /// The interval from `lower` to `upper` with the given ends.
    /// \throws InvalidArgument when it would be empty (lower > upper, or lower == upper with an
    /// open end).
    Interval(const Ratio& lower, Bound lower_bound, const Ratio& upper, Bound upper_bound);

    /// \returns the lower end (exact).
    [[nodiscard]] const Ratio& lower() const noexcept { return lower_; }
    /// \returns the upper end (exact).
    [[nodiscard]] const Ratio& upper() const noexcept { return upper_; }
    /// \returns whether the lower end belongs to the interval.
    [[nodiscard]] Bound lower_bound() const noexcept { return lower_bound_; }
    /// \returns whether the upper end belongs to the interval.
    [[nodiscard]] Bound upper_bound() const noexcept { return upper_bound_; }
    /// \returns whether the interval holds a single value.
    [[nodiscard]] bool is_point() const noexcept { return lower_ == upper_; }
    /// \returns upper − lower.
    [[nodiscard]] Ratio width() const { return upper_ - lower_; }
    /// \returns whether `value` is in the interval.
    [[nodiscard]] bool contains(const Ratio& value) const noexcept;
    /// \returns whether `value` is in the interval.
    [[nodiscard]] bool contains(Decimal value) const { return contains(Ratio(value)); }
    /// \returns whether every value of `other` is in this interval.
    [[nodiscard]] bool contains(const Interval& other) const noexcept;
    /// \returns whether the two intervals have a value in common.
    [[nodiscard]] bool intersects(const Interval& other) const noexcept;
    /// \returns the interval with both ends closed: every value the interval reaches. Two
    /// intervals that do not intersect but whose closures do meet only at an open end.
    [[nodiscard]] Interval closure() const { return Interval(lower_, Bound::closed, upper_, Bound::closed); }

    /// \returns the lower end rounded down (toward −∞) to `places`: never above the exact end.
    /// \throws InvalidArgument for places outside 0…30, Overflow.
    [[nodiscard]] Decimal lower_outward(int places) const { return lower_.round(places, RoundingMode::floor); }
    /// \returns the upper end rounded up (toward +∞) to `places`: never below the exact end.
    /// \throws InvalidArgument for places outside 0…30, Overflow.
    [[nodiscard]] Decimal upper_outward(int places) const { return upper_.round(places, RoundingMode::ceiling); }
    /// \returns the ends rounded outward to `places`, joined by an en dash: `"6.456–6.471"`.
    /// \throws InvalidArgument for places outside 0…30.
    [[nodiscard]] std::string to_string(int places) const;
    /// \returns the exact interval in bracket notation with its ends as fractions in lowest
    /// terms, e.g. `"(6863/1063, 6865/1061)"`.
    [[nodiscard]] std::string to_exact_string() const;
    /// Writes to_exact_string() to `os`.
    friend SVCTRADE_EXPORT std::ostream& operator<<(std::ostream& os, const Interval& i);

    /// \returns −i: the ends swap and change sign.
    [[nodiscard]] Interval operator-() const;
    /// \returns whether both intervals have the same ends of the same kinds.
    [[nodiscard]] friend bool operator==(const Interval& a, const Interval& b) noexcept = default;

private:
    Ratio lower_;
    Ratio upper_;
    Bound lower_bound_;
    Bound upper_bound_;
};

/// \returns {x + y : x ∈ a, y ∈ b}; an end is closed only when both ends it comes from are.
/// \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Interval operator+(const Interval& a, const Interval& b);
/// \returns {x − y : x ∈ a, y ∈ b}. \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Interval operator-(const Interval& a, const Interval& b);
/// \returns {x × y : x ∈ a, y ∈ b}, for intervals of any signs. \throws Overflow.
[[nodiscard]] SVCTRADE_EXPORT Interval operator*(const Interval& a, const Interval& b);
/// \returns {x ÷ y : x ∈ a, y ∈ b}.
/// \throws DivisionByZero when b contains zero or reaches it (its values must be all positive or
/// all negative), Overflow.
[[nodiscard]] SVCTRADE_EXPORT Interval operator/(const Interval& a, const Interval& b);

/// \returns the values `a` and `b` have in common, or std::nullopt when they have none
/// ([1, 2) and [2, 3] have none; [1, 2] and [2, 3] have the point 2).
[[nodiscard]] SVCTRADE_EXPORT std::optional<Interval> intersection(const Interval& a, const Interval& b);

}  // namespace svctrade
