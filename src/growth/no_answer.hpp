// SPDX-License-Identifier: BSL-1.0
// The "no answer" rule of every relative measure, once, for the exact functions of the growth
// module (Decimal) and both panel paths (double, integer units); private to the library.
//
// The rule (docs/growth.md): no answer when an input is missing; none on a zero base; none on a
// negative base (statistics offices print "not meaningful" for the growth of a deficit, and
// dividing by |base| would invent a convention); none when a positive base turns negative.
// Arguments come as (before, now), as everywhere in the library. Written as conditional
// expressions on values, so that the panels' loops stay free of branches.
#pragma once

#include <svctrade/outcome.hpp>

namespace svctrade::detail {

// Why a ratio over `base` (a share's whole, a contribution's base) has no answer, or none.
template <class T>
[[nodiscard]] constexpr Reason base_reason(const T& base) noexcept {
    return base == T{} ? Reason::zero_base : base < T{} ? Reason::negative_base : Reason::none;
}

// As base_reason(), for a base that may be missing.
template <class T>
[[nodiscard]] constexpr Reason base_reason(bool have_base, const T& base) noexcept {
    return have_base ? base_reason(base) : Reason::missing;
}

// Why the relative change from `before` to `now` has no answer, or none.
template <class T>
[[nodiscard]] constexpr Reason change_reason(const T& before, const T& now) noexcept {
    const Reason r = base_reason(before);
    return r != Reason::none ? r : now < T{} ? Reason::sign_change : Reason::none;
}

// As change_reason(), for values that may be missing.
template <class T>
[[nodiscard]] constexpr Reason change_reason(bool have_before, const T& before, bool have_now, const T& now) noexcept {
    return have_before && have_now ? change_reason(before, now) : Reason::missing;
}

}  // namespace svctrade::detail
