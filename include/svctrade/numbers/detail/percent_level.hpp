// SPDX-License-Identifier: BSL-1.0
// Implementation detail of percent.hpp: what Percent, Share and GrowthRate have in common, once.
// Each is a level kept as an exact fraction; the difference of two levels of the same role is
// PercentagePoints, and a level moves by PercentagePoints. Not part of the API: the members are
// documented on each public class, where users read them.
#pragma once

#include <compare>
#include <string>

#include <svctrade/export.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/ratio.hpp>
#include <svctrade/numbers/rounding.hpp>

namespace svctrade::detail {

constexpr Ratio hundred_times(Ratio fraction) {
    return fraction * Ratio(Decimal(100));
}
constexpr Ratio fraction_of_percent(Decimal percent) {
    return Ratio(percent, Decimal(100));
}
SVCTRADE_EXPORT std::string format_percent(const Ratio& fraction, int places, RoundingMode mode, const char* suffix,
                                           bool explicit_plus);

// CRTP base of one percentage role. `Derived` befriends it so that from_percent()/from_ratio()
// can reach its private constructor from a Ratio; `Points` is PercentagePoints (a parameter
// only because it is defined in percent.hpp); `explicit_plus` writes "+5.9%" rather than "5.9%".
//
// Every operator takes and returns `Derived` itself, never the base: two roles share no base
// type, so a Share never meets a GrowthRate in an expression, and the base can be neither
// constructed, copied into nor compared on its own (its special members are protected).
template <class Derived, class Points, bool explicit_plus>
class PercentLevel {
public:
    [[nodiscard]] static constexpr Derived from_percent(Decimal percent) {
        return Derived(fraction_of_percent(percent));
    }
    [[nodiscard]] static constexpr Derived from_ratio(Ratio fraction) noexcept { return Derived(fraction); }
    [[nodiscard]] constexpr Ratio ratio() const noexcept { return fraction_; }
    [[nodiscard]] constexpr Decimal round(int places, RoundingMode mode) const {
        return hundred_times(fraction_).round(places, mode);
    }
    [[nodiscard]] std::string to_string(int places, RoundingMode mode) const {
        return format_percent(fraction_, places, mode, "%", explicit_plus);
    }

    [[nodiscard]] friend constexpr Points operator-(Derived a, Derived b) {
        return Points::from_ratio(a.ratio() - b.ratio());
    }
    [[nodiscard]] friend constexpr Derived operator+(Derived a, Points change) {
        return Derived::from_ratio(a.ratio() + change.ratio());
    }
    [[nodiscard]] friend constexpr Derived operator+(Points change, Derived a) { return a + change; }
    // Deleted rather than absent so that the compiler's message quotes this line and its reason.
    friend Derived operator+(Derived, Derived) = delete;  // levels do not add: a - b is points; compound()
    [[nodiscard]] friend constexpr Derived operator-(Derived a, Points change) {
        return Derived::from_ratio(a.ratio() - change.ratio());
    }
    [[nodiscard]] friend constexpr bool operator==(Derived a, Derived b) noexcept { return a.ratio() == b.ratio(); }
    [[nodiscard]] friend constexpr std::strong_ordering operator<=>(Derived a, Derived b) noexcept {
        return a.ratio() <=> b.ratio();
    }

protected:
    constexpr PercentLevel() noexcept = default;
    explicit constexpr PercentLevel(Ratio fraction) noexcept : fraction_(fraction) {}
    constexpr PercentLevel(const PercentLevel&) noexcept = default;
    constexpr PercentLevel& operator=(const PercentLevel&) noexcept = default;
    ~PercentLevel() = default;

private:
    Ratio fraction_;
};

}  // namespace svctrade::detail
