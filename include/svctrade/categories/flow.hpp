// SPDX-License-Identifier: BSL-1.0
/// \file
/// The direction of a services-trade figure: exports, imports, and the two flows derived from
/// them, total trade (exports + imports) and the balance (exports − imports).
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string_view>

#include <svctrade/export.hpp>

namespace svctrade {

/// A flow of trade in services. Exports and imports are reported; total trade and the balance
/// are derived from them and are never stored separately.
enum class Flow : std::uint8_t {
    exports = 0,  ///< Credits, 出口: services sold to non-residents.
    imports = 1,  ///< Debits, 进口: services bought from non-residents.
    total = 2,    ///< Total trade, 进出口总额: exports + imports.
    balance = 3,  ///< Balance, 顺差/逆差: exports − imports (negative for a deficit).
};

/// \returns true for the two reported flows (exports and imports), false for the derived ones.
[[nodiscard]] constexpr bool is_reported(Flow flow) noexcept {
    return flow == Flow::exports || flow == Flow::imports;
}

/// \returns the flow's English name: "exports", "imports", "total", "balance".
[[nodiscard]] constexpr std::string_view to_string(Flow flow) noexcept {
    switch (flow) {
        case Flow::exports:
            return "exports";
        case Flow::imports:
            return "imports";
        case Flow::total:
            return "total";
        case Flow::balance:
            return "balance";
    }
    return "unknown";
}

/// \returns the flow's name in Chinese releases: "出口", "进口", "进出口" (total trade, as in
/// 服务进出口总额) and "差额" (the balance; a release names its sign: 顺差 surplus, 逆差 deficit).
[[nodiscard]] constexpr std::string_view chinese_name(Flow flow) noexcept {
    switch (flow) {
        case Flow::exports:
            return "出口";
        case Flow::imports:
            return "进口";
        case Flow::total:
            return "进出口";
        case Flow::balance:
            return "差额";
    }
    return "未知";
}

/// Writes to_string(flow): "exports".
SVCTRADE_EXPORT std::ostream& operator<<(std::ostream& os, Flow flow);

/// Whether figures of flow `part` can be a part of figures of flow `whole` (the rule the series
/// operations check).
/// \returns true for the same flow (a balance is compared with balances only), and for exports or
///          imports as a part of total trade (total = exports + imports).
[[nodiscard]] constexpr bool is_part_of(Flow part, Flow whole) noexcept {
    return part == whole || (whole == Flow::total && is_reported(part));
}

}  // namespace svctrade
