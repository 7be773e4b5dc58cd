// SPDX-License-Identifier: BSL-1.0
// The set of true values a rounded figure stands for, by rounding rule: a published 34.32 rounded
// half up (China's 四舍五入) is any value in [34.315, 34.325).
#include <svctrade/error.hpp>
#include <svctrade/published/published.hpp>

#include <string>
#include "utf8_decode.hpp"

namespace svctrade {

Published::Published(Decimal value) noexcept : value_(value), unit_(Decimal::from_units(1, value.scale())) {}

Published::Published(Decimal value, Decimal unit) : value_(value), unit_(unit) {
    if (unit.sign() <= 0)
        throw InvalidArgument("the rounding unit of a published figure must be positive, got " + unit.to_string());
    if (value.round_to_multiple(unit, RoundingMode::toward_zero) != value)
        throw InvalidArgument("published figure " + value.to_string() + " is not a multiple of its rounding unit " +
                              unit.to_string());
}

Published Published::parse(std::string_view text) {
    text_detail::require_utf8(text);

    return Published(Decimal::parse(text, Grouping::comma));
}

Interval Published::interval(RoundingMode mode) const {
    const Ratio v(value_);
    const Ratio half = Ratio(unit_, Decimal(2));
    const Ratio u(unit_);
    const int s = value_.sign();
    switch (mode) {
        case RoundingMode::half_up:
            // Ties go away from zero: the end nearer zero is in, the far end belongs to the next figure.
            if (s > 0) return Interval(v - half, Bound::closed, v + half, Bound::open);
            if (s < 0) return Interval(v - half, Bound::open, v + half, Bound::closed);
            return Interval(v - half, Bound::open, v + half, Bound::open);
        case RoundingMode::half_even: {
            const bool even = (value_.round_to_multiple(unit_ * Decimal(2), RoundingMode::toward_zero) == value_);
            const Bound b = even ? Bound::closed : Bound::open;
            return Interval(v - half, b, v + half, b);
        }
        case RoundingMode::toward_zero:
            if (s > 0) return Interval(v, Bound::closed, v + u, Bound::open);
            if (s < 0) return Interval(v - u, Bound::open, v, Bound::closed);
            return Interval(v - u, Bound::open, v + u, Bound::open);
        case RoundingMode::away_from_zero:
            if (s > 0) return Interval(v - u, Bound::open, v, Bound::closed);
            if (s < 0) return Interval(v, Bound::closed, v + u, Bound::open);
            return Interval::point(v);
        case RoundingMode::floor:
            return Interval(v, Bound::closed, v + u, Bound::open);
        case RoundingMode::ceiling:
            return Interval(v - u, Bound::open, v, Bound::closed);
        case RoundingMode::half_ceiling:
            // Ties go toward +inf whatever the sign: the lower end is in, the upper is the next figure's.
            return Interval(v - half, Bound::closed, v + half, Bound::open);
    }
    return Interval::point(v);
}

}  // namespace svctrade
