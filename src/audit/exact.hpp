// SPDX-License-Identifier: BSL-1.0
// Exact interval forms the audit needs beyond Interval's + − × ÷ (private to the audit module).
//
// Stop-gap: the published module is getting exact interval forms of every growth and share
// function; once they land on main the audit uses those and these go.
#pragma once

#include <svctrade/numbers/ratio.hpp>
#include <svctrade/published/interval.hpp>

#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace svctrade::audit_exact {

// Every value of the interval is above zero.
[[nodiscard]] bool all_positive(const Interval& i) noexcept;
// Every value of the interval is below zero.
[[nodiscard]] bool all_negative(const Interval& i) noexcept;
// No value is zero and the interval is bounded away from it (a divisor).
[[nodiscard]] bool away_from_zero(const Interval& i) noexcept;

[[nodiscard]] Interval plus_one(const Interval& g);
[[nodiscard]] Interval minus_one(const Interval& f);
[[nodiscard]] Interval times(const Interval& i, const Ratio& k);
// {x^n : x ∈ i} for an interval of positive values (monotone: ends map to ends).
[[nodiscard]] Interval power(const Interval& i, int n);
// The common values of two intervals, or no value when they have none.
[[nodiscard]] std::optional<Interval> intersection(const Interval& a, const Interval& b);
// a ÷ b, or no value when b reaches zero.
[[nodiscard]] std::optional<Interval> quotient(const Interval& a, const Interval& b);

// The image of a function over the box of `inputs`, for a function that is monotone in each
// argument while the others are held fixed: its extremes are at vertices of the box. `f` gives
// the value at a vertex, or no value where it is undefined (then the image is no value too). An
// end of the result is closed when a vertex reaching it has every coordinate at a closed end.
// Where the function is flat along a coordinate with an open end, an attained extreme may be
// reported open: the error is on the side of "boundary", never of "consistent".
[[nodiscard]] std::optional<Interval> vertex_image(
    std::span<const Interval> inputs, const std::function<std::optional<Ratio>(std::span<const Ratio>)>& f);

// The sign of a function over the box, when it is multilinear (so that its extremes are at the
// vertices): +1 or −1 when every vertex has that sign, 0 when a vertex is zero or signs differ.
[[nodiscard]] int vertex_sign(std::span<const Interval> inputs, const std::function<Ratio(std::span<const Ratio>)>& f);

}  // namespace svctrade::audit_exact
