// SPDX-License-Identifier: BSL-1.0
/// \file
/// How a value that needs more digits than a result may keep is brought to that many digits.
#pragma once

#include <iosfwd>
#include <string_view>

#include <svctrade/export.hpp>

namespace svctrade {

/// A rule for rounding a value to a given number of places (or to a unit).
///
/// Every rounding in svctrade names its mode explicitly: there is no default, because the right
/// rule depends on who publishes the figure. China's statistics offices round half up
/// (四舍五入, "本表计数采用四舍五入原则"), which for negative values means away from zero.
enum class RoundingMode {
    half_up,         ///< Nearest; a tie goes away from zero (5.85 → 5.9, −2.5 → −3). China's 四舍五入.
    half_even,       ///< Nearest; a tie goes to the even neighbour (0.125 → 0.12, 0.135 → 0.14).
    toward_zero,     ///< Truncation: drop the extra digits (2.79 → 2.7, −2.79 → −2.7).
    away_from_zero,  ///< Any extra non-zero digit moves away from zero (2.71 → 2.8, −2.71 → −2.8).
    floor,           ///< Toward negative infinity (2.79 → 2.7, −2.71 → −2.8).
    ceiling,         ///< Toward positive infinity (2.71 → 2.8, −2.79 → −2.7).
    half_ceiling,    ///< Nearest; a tie goes toward positive infinity (2.5 → 3, −2.5 → −2, −7.55 → −7.5):
                     ///< the other common reading of "round half up", e.g. JavaScript's Math.round.
                     ///< Same as half_up for positive values; differs only at negative ties.
};

/// \returns the mode's name as written in code, e.g. `"half_up"`.
[[nodiscard]] constexpr std::string_view to_string(RoundingMode mode) noexcept {
    switch (mode) {
        case RoundingMode::half_up:
            return "half_up";
        case RoundingMode::half_even:
            return "half_even";
        case RoundingMode::toward_zero:
            return "toward_zero";
        case RoundingMode::away_from_zero:
            return "away_from_zero";
        case RoundingMode::floor:
            return "floor";
        case RoundingMode::ceiling:
            return "ceiling";
        case RoundingMode::half_ceiling:
            return "half_ceiling";
    }
    return "unknown";
}

/// Writes to_string(mode): "half_up".
SVCTRADE_EXPORT std::ostream& operator<<(std::ostream& os, RoundingMode mode);

}  // namespace svctrade
