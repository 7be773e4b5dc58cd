// SPDX-License-Identifier: BSL-1.0
/// \file
/// The two conventions for rounding negative figures that an audit reads a release by.
#pragma once

#include <cstdint>
#include <string_view>

#include <svctrade/numbers/rounding.hpp>

namespace svctrade {

/// How a negative printed figure was rounded: the two readings in common use. Positive figures
/// mean the same under both; they differ only for negative figures and zero.
enum class NegativeRounding : std::uint8_t {
    /// 四舍五入 of the magnitude (China's rule; RoundingMode::half_up): −7.5 stands for
    /// (−7.55, −7.45] and a printed 0.0 for (−0.05, 0.05).
    magnitude,
    /// Half toward +∞ (RoundingMode::half_ceiling): −7.5 stands for [−7.55, −7.45) and 0.0 for
    /// [−0.05, 0.05).
    toward_positive,
};

/// \returns "magnitude" or "toward_positive".
[[nodiscard]] constexpr std::string_view to_string(NegativeRounding convention) noexcept {
    return convention == NegativeRounding::magnitude ? "magnitude" : "toward_positive";
}

/// \returns the other convention.
[[nodiscard]] constexpr NegativeRounding other(NegativeRounding convention) noexcept {
    return convention == NegativeRounding::magnitude ? NegativeRounding::toward_positive : NegativeRounding::magnitude;
}

/// \returns the rounding mode of the convention: RoundingMode::half_up for magnitude,
///          RoundingMode::half_ceiling for toward_positive (what Figure::interval() takes).
[[nodiscard]] constexpr RoundingMode rounding_mode(NegativeRounding convention) noexcept {
    return convention == NegativeRounding::magnitude ? RoundingMode::half_up : RoundingMode::half_ceiling;
}

}  // namespace svctrade
