// SPDX-License-Identifier: BSL-1.0
// Amounts as a bulletin prints them: the scale chosen by size (million/billion/trillion; 万/亿/
// 万亿), each figure rounded once from its exact value, approximate figures with their qualifier.
#pragma once

#include <optional>
#include <string>

#include <svctrade/bulletins/render.hpp>
#include <svctrade/bulletins/spec.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/ratio.hpp>

namespace svctrade::bulletins_detail {

/// How an approximate figure was qualified.
enum class Qualified { none, nearly, over, about };

/// \returns the release file's code for a qualifier ("nearly", …, "" for none).
[[nodiscard]] const char* qualifier_code(Qualified q) noexcept;

/// One printed amount.
struct PrintedAmount {
    Decimal value;       ///< The rounded value, in base units (yuan).
    std::string number;  ///< The amount with its unit, without a qualifier: "34.32 billion yuan".
    Qualified qualifier = Qualified::none;
    int power = 0;   ///< The scale: 10^power (9 for billion, 8 for 亿).
    int places = 0;  ///< Decimal places written in that scale.
};

/// \returns `exact` (in base units of `currency`) rounded once and written in `language`:
///          by size, with the style's places, or to the significant digits of `approximate`.
[[nodiscard]] PrintedAmount print_amount(const Ratio& exact, Currency currency, Language language,
                                         const FigureStyle& style, const std::optional<Approximate>& approximate);

/// \returns `exact` rounded once in the scale and places of `like` (never approximate).
[[nodiscard]] PrintedAmount print_in_scale(const Ratio& exact, Currency currency, Language language,
                                           const FigureStyle& style, const PrintedAmount& like);

/// \returns `value` (a sum of printed figures, exact) written in the scale of `like`, with as
///          many places as it needs (never rounded).
[[nodiscard]] std::string exact_amount_text(Decimal value, Currency currency, Language language,
                                            const PrintedAmount& like);

/// \returns 10^e as a Decimal, for e in −30…38.
[[nodiscard]] Decimal power_of_ten(int e);

}  // namespace svctrade::bulletins_detail
