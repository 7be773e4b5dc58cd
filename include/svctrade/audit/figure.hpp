// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::PrintedFigure: one figure as a release printed it ("343.2亿元", "$5.31 billion",
/// "-7.5%", "1.7 percentage points", "88"), with its unit, its qualifier and the exact interval of
/// true values it stands for under either convention for rounding negative figures.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <svctrade/export.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/published/interval.hpp>

namespace svctrade {

/// What a printed figure measures, which decides its base unit.
enum class PrintedKind : std::uint8_t {
    money,   ///< An amount of money in a currency ("343.2亿元"); base unit one yuan, one dollar …
    rate,    ///< A percent: a growth rate or a share ("5.9%"); base unit the fraction (0.059).
    points,  ///< A change of a share in percentage points ("1.7个百分点"); base unit the fraction (0.017).
    count,   ///< A count of things ("88" pilot tasks); base unit one.
};

/// \returns "money", "rate", "points" or "count".
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(PrintedKind kind) noexcept;

/// A word printed before a figure that widens what it stands for.
/// \note A stop-gap, named apart from the library's svctrade::Qualifier
///       (`<svctrade/figures/figure.hpp>`) until the audit moves to svctrade::Figure; the audit
///       reads qualifiers with the rule documented in docs/audit.md ("Qualifiers"): `nearly`,
///       `over` and `about` widen the figure by the place of its last non-zero digit.
enum class PrintedQualifier : std::uint8_t {
    none,    ///< The figure as rounded: 34.32 is [34.315, 34.325).
    nearly,  ///< nearly, almost, 近, 接近, 将近: just below the figure.
    over,    ///< over, more than, above, 超过, 逾, 多: just above the figure.
    about,   ///< about, around, approximately, 约, 左右: on either side of it.
    exact,   ///< exact, 整: the figure is not rounded (a point).
};

/// \returns the qualifier's code as written in release files: "", "nearly", "over", "about", "exact".
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(PrintedQualifier qualifier) noexcept;

/// \returns the qualifier a word stands for: English (`nearly`, `almost`, `over`, `more than`,
///          `above`, `about`, `around`, `approximately`, `exact`, any case) or Chinese (`近`,
///          `接近`, `将近`, `超过`, `逾`, `多`, `约`, `左右`, `整`); PrintedQualifier::none for empty text.
/// \throws ParseError naming the word and listing the known ones.
[[nodiscard]] SVCTRADE_EXPORT PrintedQualifier parse_printed_qualifier(std::string_view text);

/// How a negative printed figure was rounded: the two readings in common use. Positive figures
/// mean the same under both; they differ only for negative figures and zero.
enum class NegativeRounding : std::uint8_t {
    /// 四舍五入 of the magnitude (China's rule; half away from zero): −7.5 stands for
    /// (−7.55, −7.45] and a printed 0.0 for (−0.05, 0.05).
    magnitude,
    /// Half toward +∞ (the figure's value rounded half up on the number line): −7.5 stands for
    /// [−7.55, −7.45) and 0.0 for [−0.05, 0.05).
    toward_positive,
};

/// \returns "magnitude" or "toward_positive".
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(NegativeRounding convention) noexcept;

/// \returns the other convention.
[[nodiscard]] constexpr NegativeRounding other(NegativeRounding convention) noexcept {
    return convention == NegativeRounding::magnitude ? NegativeRounding::toward_positive : NegativeRounding::magnitude;
}

/// A figure as printed in a release, read into exact base units: "343.2亿元" is CNY
/// 34 320 000 000 to the nearest 10 000 000; "-7.5%" is −0.075 to the nearest 0.001; "1.7个百分点"
/// is 0.017 to the nearest 0.001; "88" is 88, a count, exact.
///
/// \note A stop-gap for the audit until the published module's typed figures (units,
///       qualifiers, negative-rounding conventions) land; its reading of qualifiers is the one
///       docs/audit.md documents.
class SVCTRADE_EXPORT PrintedFigure {
public:
    /// Reads a figure: an amount as parse_written_amount() reads it (also `US$…` and a leading
    /// `−`, U+2212), a percent (`5.9%`, `-7.5%`, `+16%`, `5.9 percent`), percentage points
    /// (`1.7 percentage points`, `1.7 pp`, `1.7个百分点`) or a plain count (`88`, `1,200`).
    /// `qualifier` widens it (see PrintedQualifier); a count without one is exact.
    /// \throws ParseError naming the text and the reason: no number, an unknown unit, two signs,
    ///         a fractional count.
    [[nodiscard]] static PrintedFigure parse(std::string_view text,
                                             PrintedQualifier qualifier = PrintedQualifier::none);

    /// \returns the text as printed.
    [[nodiscard]] const std::string& text() const noexcept { return text_; }
    /// \returns what the figure measures.
    [[nodiscard]] PrintedKind kind() const noexcept { return kind_; }
    /// \returns the figure in base units (yuan, dollars, a fraction for rates and points).
    [[nodiscard]] Decimal value() const noexcept { return value_; }
    /// \returns the value of one unit of the last printed digit, in base units (10 000 000 for
    ///          "34.32 billion yuan", 0.001 for "5.9%", 1 for "88").
    [[nodiscard]] Decimal unit() const noexcept { return unit_; }
    /// \returns the currency of a money figure, no value for the other kinds.
    [[nodiscard]] std::optional<Currency> currency() const noexcept { return currency_; }
    /// \returns the qualifier printed with the figure.
    [[nodiscard]] PrintedQualifier qualifier() const noexcept { return qualifier_; }
    /// \returns whether the figure is known to be approximate (a qualifier other than exact).
    [[nodiscard]] bool approximate() const noexcept {
        return qualifier_ != PrintedQualifier::none && qualifier_ != PrintedQualifier::exact;
    }
    /// \returns whether the figure is a point: an exact count, or declared exact.
    [[nodiscard]] bool is_exact() const noexcept {
        return qualifier_ == PrintedQualifier::exact ||
               (kind_ == PrintedKind::count && qualifier_ == PrintedQualifier::none);
    }

    /// \returns the exact set of true values the figure stands for, in base units, under
    ///          `convention` for a negative figure or zero (see NegativeRounding), widened by the
    ///          qualifier. "5.9%" gives [0.0585, 0.0595) under either convention.
    [[nodiscard]] Interval interval(NegativeRounding convention) const;

    /// \returns whether the convention changes interval(): the figure is negative or zero and
    ///          rounded (not exact).
    [[nodiscard]] bool depends_on_convention() const noexcept { return !is_exact() && value_.sign() <= 0; }

private:
    PrintedFigure() = default;
    std::string text_;
    PrintedKind kind_ = PrintedKind::count;
    Decimal value_;
    Decimal unit_;
    std::optional<Currency> currency_;
    PrintedQualifier qualifier_ = PrintedQualifier::none;
};

}  // namespace svctrade
