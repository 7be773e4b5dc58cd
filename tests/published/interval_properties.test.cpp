// SPDX-License-Identifier: BSL-1.0
// Interval arithmetic against brute force on random intervals with fixed seeds: for every
// operation, the result must hold x op y for every pair on a grid over both operands (ends
// included), its ends must be the extreme corner values (the result is no wider than it must
// be), and an end must be closed exactly when some pair of members attains it.
#include <svctrade/error.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/ratio.hpp>
#include <svctrade/published/interval.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <random>
#include <vector>

using namespace svctrade;

namespace {

// A closed or half-open interval with ends of one decimal place in −50…50, from the engine's raw
// output (whose values the standard fixes).
struct Draw {
    std::mt19937_64 engine;
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(engine() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    Interval interval(bool avoid_zero) {
        for (;;) {
            std::int64_t a = between(-500, 500), b = between(-500, 500);
            if (a > b) std::swap(a, b);
            if (avoid_zero && a <= 0 && b >= 0) continue;
            const Decimal lo = Decimal::from_units(a, 1), hi = Decimal::from_units(b, 1);
            switch (engine() % 4) {
                case 0:
                    return Interval::closed(lo, hi);
                case 1:
                    if (a < b) return Interval::closed_open(lo, hi);
                    break;
                case 2:
                    if (a < b) return Interval::open_closed(lo, hi);
                    break;
                default:
                    if (a < b) return Interval::open(lo, hi);
                    break;
            }
            return Interval::closed(lo, hi);
        }
    }
};

// Eleven points from the lower end to the upper end of `i`, both ends included.
std::vector<Ratio> grid(const Interval& i) {
    std::vector<Ratio> points;
    for (int k = 0; k <= 10; ++k)
        points.push_back(i.lower() + (i.upper() - i.lower()) * Ratio(Decimal(k), Decimal(10)));
    return points;
}

bool at_open_end(const Interval& i, const Ratio& x) {
    return (x == i.lower() && i.lower_bound() == Bound::open) || (x == i.upper() && i.upper_bound() == Bound::open);
}

void check(const Interval& a, const Interval& b, const Interval& r, const std::function<Ratio(Ratio, Ratio)>& op) {
    CAPTURE(a);
    CAPTURE(b);
    CAPTURE(r);
    // Every grid pair: inside the result, unless it uses an open end (a value the operand lacks).
    for (const Ratio& x : grid(a))
        for (const Ratio& y : grid(b))
            if (!at_open_end(a, x) && !at_open_end(b, y)) CHECK(r.contains(op(x, y)));
    // The ends are the extreme corners; an end is closed when some corner giving it is closed.
    const std::array corners{std::pair{a.lower(), b.lower()}, std::pair{a.lower(), b.upper()},
                             std::pair{a.upper(), b.lower()}, std::pair{a.upper(), b.upper()}};
    Ratio lo = op(a.lower(), b.lower()), hi = lo;
    for (const auto& [x, y] : corners) {
        lo = std::min(lo, op(x, y));
        hi = std::max(hi, op(x, y));
    }
    CHECK(r.lower() == lo);
    CHECK(r.upper() == hi);
    // An extreme is attained (the end closed) at a corner of two closed ends, or along a side
    // where the operation is constant (0 × y, 0 ÷ y), which holds interior values of the other.
    bool lo_closed = false, hi_closed = false;
    for (const auto& [x, y] : corners) {
        const Ratio& other_x = x == a.lower() ? a.upper() : a.lower();
        const Ratio& other_y = y == b.lower() ? b.upper() : b.lower();
        const bool x_in = !at_open_end(a, x), y_in = !at_open_end(b, y);
        const bool attained =
            (x_in && y_in) || (x_in && op(x, other_y) == op(x, y)) || (y_in && op(other_x, y) == op(x, y));
        if (op(x, y) == lo && attained) lo_closed = true;
        if (op(x, y) == hi && attained) hi_closed = true;
    }
    CHECK((r.lower_bound() == Bound::closed) == lo_closed);
    CHECK((r.upper_bound() == Bound::closed) == hi_closed);
}

}  // namespace

TEST_CASE("interval properties: sums, differences, products and quotients against brute force") {
    Draw draw{std::mt19937_64(20260201)};
    for (int i = 0; i < 400; ++i) {
        const Interval a = draw.interval(false), b = draw.interval(false), nonzero = draw.interval(true);
        check(a, b, a + b, [](Ratio x, Ratio y) { return x + y; });
        check(a, b, a - b, [](Ratio x, Ratio y) { return x - y; });
        check(a, b, a * b, [](Ratio x, Ratio y) { return x * y; });
        check(a, nonzero, a / nonzero, [](Ratio x, Ratio y) { return x / y; });
        CHECK(-(-a) == a);
        if (b.contains(Decimal()) || b.lower() == Ratio() || b.upper() == Ratio())
            CHECK_THROWS_AS((void)(a / b), DivisionByZero);
    }
}
