// SPDX-License-Identifier: BSL-1.0
// Exact interval arithmetic with open and closed ends, for bounding what rounded published
// figures can mean. Each operation is monotone in each argument, so its extremes are reached at
// the ends; an end of the result is attained (closed) only if an attained pair of ends gives it.
#include <svctrade/error.hpp>
#include <svctrade/published/interval.hpp>

#include <array>
#include <ostream>
#include <string>

namespace svctrade {

namespace {

Bound both(Bound a, Bound b) {
    return (a == Bound::closed && b == Bound::closed) ? Bound::closed : Bound::open;
}

// One candidate end of a product: its value and whether some attained pair of factors gives it.
struct Candidate {
    Ratio value;
    bool attained = false;
};

}  // namespace

Interval::Interval(const Ratio& lower, Bound lower_bound, const Ratio& upper, Bound upper_bound)
    : lower_(lower), upper_(upper), lower_bound_(lower_bound), upper_bound_(upper_bound) {
    const bool empty = lower > upper || (lower == upper && (lower_bound == Bound::open || upper_bound == Bound::open));
    if (empty) {
        throw InvalidArgument("empty interval: lower end " + lower.to_string() + " and upper end " + upper.to_string() +
                              " leave no value between them");
    }
}

Interval Interval::closed(Decimal lower, Decimal upper) {
    return Interval(Ratio(lower), Bound::closed, Ratio(upper), Bound::closed);
}
Interval Interval::open(Decimal lower, Decimal upper) {
    return Interval(Ratio(lower), Bound::open, Ratio(upper), Bound::open);
}
Interval Interval::closed_open(Decimal lower, Decimal upper) {
    return Interval(Ratio(lower), Bound::closed, Ratio(upper), Bound::open);
}
Interval Interval::open_closed(Decimal lower, Decimal upper) {
    return Interval(Ratio(lower), Bound::open, Ratio(upper), Bound::closed);
}
Interval Interval::point(Decimal value) {
    return point(Ratio(value));
}
Interval Interval::point(const Ratio& value) {
    return Interval(value, Bound::closed, value, Bound::closed);
}

bool Interval::contains(const Ratio& value) const noexcept {
    const bool above = lower_bound_ == Bound::closed ? value >= lower_ : value > lower_;
    const bool below = upper_bound_ == Bound::closed ? value <= upper_ : value < upper_;
    return above && below;
}

bool Interval::contains(const Interval& other) const noexcept {
    const bool low = other.lower_ > lower_ ||
                     (other.lower_ == lower_ && (lower_bound_ == Bound::closed || other.lower_bound_ == Bound::open));
    const bool high = other.upper_ < upper_ ||
                      (other.upper_ == upper_ && (upper_bound_ == Bound::closed || other.upper_bound_ == Bound::open));
    return low && high;
}

bool Interval::intersects(const Interval& other) const noexcept {
    // The larger lower end against the smaller upper end.
    const bool this_lower = lower_ > other.lower_ || (lower_ == other.lower_ && lower_bound_ == Bound::open);
    const Ratio& lo = this_lower ? lower_ : other.lower_;
    const Bound lo_b = this_lower ? lower_bound_ : other.lower_bound_;
    const bool this_upper = upper_ < other.upper_ || (upper_ == other.upper_ && upper_bound_ == Bound::open);
    const Ratio& hi = this_upper ? upper_ : other.upper_;
    const Bound hi_b = this_upper ? upper_bound_ : other.upper_bound_;
    return lo < hi || (lo == hi && lo_b == Bound::closed && hi_b == Bound::closed);
}

Interval Interval::operator-() const {
    return Interval(-upper_, upper_bound_, -lower_, lower_bound_);
}

std::string Interval::to_string(int places) const {
    return lower_outward(places).to_string() + "\xE2\x80\x93" + upper_outward(places).to_string();
}

std::string Interval::to_exact_string() const {
    return std::string(lower_bound_ == Bound::closed ? "[" : "(") + lower_.to_string() + ", " + upper_.to_string() +
           (upper_bound_ == Bound::closed ? "]" : ")");
}

std::ostream& operator<<(std::ostream& os, const Interval& i) {
    return os << i.to_exact_string();
}

Interval operator+(const Interval& a, const Interval& b) {
    return Interval(a.lower() + b.lower(), both(a.lower_bound(), b.lower_bound()), a.upper() + b.upper(),
                    both(a.upper_bound(), b.upper_bound()));
}

Interval operator-(const Interval& a, const Interval& b) {
    return a + (-b);
}

Interval operator*(const Interval& a, const Interval& b) {
    // A product of ends is attained when both ends are; a closed end at zero also attains the
    // product 0 with any value of the other factor.
    auto candidate = [](const Ratio& x, Bound bx, const Ratio& y, Bound by) {
        const bool attained = (bx == Bound::closed && by == Bound::closed) || (x.is_zero() && bx == Bound::closed) ||
                              (y.is_zero() && by == Bound::closed);
        return Candidate{x * y, attained};
    };
    const std::array<Candidate, 4> c{candidate(a.lower(), a.lower_bound(), b.lower(), b.lower_bound()),
                                     candidate(a.lower(), a.lower_bound(), b.upper(), b.upper_bound()),
                                     candidate(a.upper(), a.upper_bound(), b.lower(), b.lower_bound()),
                                     candidate(a.upper(), a.upper_bound(), b.upper(), b.upper_bound())};
    Ratio lo = c[0].value, hi = c[0].value;
    for (const Candidate& k : c) {
        if (k.value < lo) lo = k.value;
        if (k.value > hi) hi = k.value;
    }
    bool lo_attained = false, hi_attained = false;
    for (const Candidate& k : c) {
        if (k.value == lo && k.attained) lo_attained = true;
        if (k.value == hi && k.attained) hi_attained = true;
    }
    return Interval(lo, lo_attained ? Bound::closed : Bound::open, hi, hi_attained ? Bound::closed : Bound::open);
}

std::optional<Interval> intersection(const Interval& a, const Interval& b) {
    if (!a.intersects(b)) return std::nullopt;
    // The larger lower end (the open one on a tie) and the smaller upper end (the open one on a tie).
    const bool a_lower = a.lower() > b.lower() || (a.lower() == b.lower() && a.lower_bound() == Bound::open);
    const bool a_upper = a.upper() < b.upper() || (a.upper() == b.upper() && a.upper_bound() == Bound::open);
    const Interval& lo = a_lower ? a : b;
    const Interval& hi = a_upper ? a : b;
    return Interval(lo.lower(), lo.lower_bound(), hi.upper(), hi.upper_bound());
}

Interval operator/(const Interval& a, const Interval& b) {
    const bool positive = b.lower().sign() > 0 || (b.lower().is_zero() && b.lower_bound() == Bound::open);
    const bool negative = b.upper().sign() < 0 || (b.upper().is_zero() && b.upper_bound() == Bound::open);
    if (!positive && !negative) {
        throw DivisionByZero("cannot divide " + a.to_exact_string() + " by " + b.to_exact_string() +
                             ": the divisor contains zero");
    }
    if (b.lower().is_zero() || b.upper().is_zero()) {
        throw DivisionByZero("cannot divide " + a.to_exact_string() + " by " + b.to_exact_string() +
                             ": the divisor reaches zero, so the quotient is unbounded");
    }
    const Ratio one(Decimal(1));
    const Interval reciprocal(one / b.upper(), b.upper_bound(), one / b.lower(), b.lower_bound());
    return a * reciprocal;
}

}  // namespace svctrade
