// SPDX-License-Identifier: BSL-1.0
// The exact image of a function over a box of intervals, for the formulas in which an input
// occurs more than once (v / (v − d) − 1, a balance's growth from its parts' growths), where
// interval arithmetic would widen the result. Private to the growth module.
//
// The function must be, on the closed box, defined, continuous, rational, and monotone in each
// argument when the others are held fixed (the direction may depend on the others). Then:
// - the extremes are at corners: max over the box = max over x_1's ends of the max over the
//   rest, by induction;
// - the image is the interval between them (a connected box, a continuous function);
// - an extreme M is attained iff f ≡ M on some face of the box made of attained points, and
//   that happens iff, at some corner c with f(c) = M, f equals M at the point that keeps c's
//   closed ends and puts every coordinate whose end at c is open at its midpoint. (If f reaches
//   its extreme at a point q of the box, q is inside a face whose fixed coordinates are closed
//   ends; a separately monotone function that reaches its extreme inside a face is flat along
//   each free coordinate there, and a rational function flat on an interval is flat on the
//   whole face, which holds such a corner and such a point. Conversely that point is in the box.)
// Each caller proves the monotonicity of its formula where it calls this.
#pragma once

#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/ratio.hpp>
#include <svctrade/published/interval.hpp>

#include <array>
#include <cstddef>

namespace svctrade::detail {

template <std::size_t N, class F>
Interval box_image(const std::array<Interval, N>& box, F f) {
    static_assert(N >= 1 && N <= 8);
    constexpr std::size_t corners = std::size_t{1} << N;
    const Ratio half(Decimal(1), Decimal(2));
    auto corner = [&](std::size_t m) {
        std::array<Ratio, N> p{};
        for (std::size_t i = 0; i < N; ++i) p[i] = ((m >> i) & 1U) != 0 ? box[i].upper() : box[i].lower();
        return p;
    };
    auto closed_at = [&](std::size_t m, std::size_t i) {
        return (((m >> i) & 1U) != 0 ? box[i].upper_bound() : box[i].lower_bound()) == Bound::closed;
    };
    std::array<Ratio, corners> value{};
    for (std::size_t m = 0; m < corners; ++m) value[m] = f(corner(m));
    Ratio lo = value[0], hi = value[0];
    for (const Ratio& v : value) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
    }
    auto attained = [&](const Ratio& extreme) {
        for (std::size_t m = 0; m < corners; ++m) {
            if (value[m] != extreme) continue;
            std::array<Ratio, N> p = corner(m);
            bool all_closed = true;
            for (std::size_t i = 0; i < N; ++i) {
                if (!closed_at(m, i)) {
                    p[i] = (box[i].lower() + box[i].upper()) * half;
                    all_closed = false;
                }
            }
            if (all_closed || f(p) == extreme) return true;
        }
        return false;
    };
    return Interval(lo, attained(lo) ? Bound::closed : Bound::open, hi, attained(hi) ? Bound::closed : Bound::open);
}

}  // namespace svctrade::detail
