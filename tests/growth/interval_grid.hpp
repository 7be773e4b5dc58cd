// SPDX-License-Identifier: BSL-1.0
// Brute force for the interval functions: the value of a reference function at every point of a
// grid over the box of inputs, compared with the interval a function computed.
#pragma once

#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/ratio.hpp>
#include <svctrade/published/interval.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <vector>

namespace grid {

using svctrade::Bound;
using svctrade::Decimal;
using svctrade::Interval;
using svctrade::Ratio;

// The points of an interval a brute force visits: each end that belongs to it, the points
// `inside` × width inside each end (just inside an open end), and n − 1 evenly spaced interior
// points. A point interval is its one value.
inline std::vector<Ratio> points(const Interval& i, int n, const Ratio& inside) {
    if (i.is_point()) return {i.lower()};
    const Ratio w = i.width();
    std::vector<Ratio> v;
    if (i.lower_bound() == Bound::closed) v.push_back(i.lower());
    if (i.upper_bound() == Bound::closed) v.push_back(i.upper());
    v.push_back(i.lower() + w * inside);
    v.push_back(i.upper() - w * inside);
    for (int k = 1; k < n; ++k) v.push_back(i.lower() + w * Ratio(Decimal(k), Decimal(n)));
    return v;
}

// The exact decimal value of a grid point (grids over decimal ends are decimal).
inline Decimal decimal(const Ratio& r) {
    return r.exact().value();
}

struct Extremes {
    Ratio lo;
    Ratio hi;
    std::size_t count = 0;
};

// Checks that `computed` is the image of `f` over the box: every grid value lies in it; a closed
// end is a grid value (attained); an open end is not, and the grid comes within `tolerance` ×
// width of it (the end is approached, not loose). `f` is a reference written independently of
// the function under test (usually the single-value function of growth.hpp).
template <std::size_t N, class F>
Extremes check_image(const Interval& computed, const std::array<Interval, N>& box, F f, int n = 8,
                     const Ratio& inside = Ratio(Decimal(1), Decimal(100000000)),
                     const Ratio& tolerance = Ratio(Decimal(1), Decimal(10000))) {
    std::array<std::vector<Ratio>, N> axes;
    for (std::size_t i = 0; i < N; ++i) axes[i] = points(box[i], n, inside);
    std::array<std::size_t, N> at{};
    Extremes e;
    std::size_t outside = 0;
    for (;;) {
        std::array<Ratio, N> p;
        for (std::size_t i = 0; i < N; ++i) p[i] = axes[i][at[i]];
        const Ratio v = f(p);
        if (!computed.contains(v)) {
            ++outside;
            CAPTURE(v);
            CHECK(computed.contains(v));
        }
        if (e.count == 0 || v < e.lo) e.lo = v;
        if (e.count == 0 || v > e.hi) e.hi = v;
        ++e.count;
        std::size_t k = 0;
        while (k < N && ++at[k] == axes[k].size()) at[k++] = 0;
        if (k == N) break;
    }
    CHECK(outside == 0);
    const Ratio slack = computed.width() * tolerance;
    CAPTURE(computed);
    if (computed.lower_bound() == Bound::closed) {
        CHECK(e.lo == computed.lower());
    } else {
        CHECK(e.lo > computed.lower());
        CHECK(e.lo - computed.lower() <= slack);
    }
    if (computed.upper_bound() == Bound::closed) {
        CHECK(e.hi == computed.upper());
    } else {
        CHECK(e.hi < computed.upper());
        CHECK(computed.upper() - e.hi <= slack);
    }
    return e;
}

}  // namespace grid
