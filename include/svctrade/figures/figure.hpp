// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::Figure: a figure as a release prints it — the number, its unit, what it measures and
/// the word that qualifies it — and the exact interval of true values it stands for.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <svctrade/export.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/money/magnitude.hpp>
#include <svctrade/money/money.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/ratio.hpp>
#include <svctrade/numbers/rounding.hpp>
#include <svctrade/published/interval.hpp>
#include <svctrade/published/published.hpp>

namespace svctrade {

namespace detail {
class FigureParser;
}  // namespace detail

/// What a printed figure measures. A "%" alone does not say whether it is a growth rate or a
/// share: the caller, who knows the measure, says which.
enum class FigureKind : std::uint8_t {
    level,              ///< An amount of money: "34.32 billion yuan", "343.2亿元", "$5.31 billion".
    growth_rate,        ///< A relative change, in percent: "5.9%", "-7.5%", "down 7.5%".
    share,              ///< A share of a whole, in percent: "38.5%".
    percentage_points,  ///< A change of a percentage: "1.7 percentage points", "1.7个百分点".
    count,              ///< A number of things (pilot tasks, enterprises): "88".
    exchange_rate,      ///< Units of one currency per unit of another: "USD/CNY 6.4601".
};

/// \returns the kind's name as written in code and files: `"level"`, `"growth_rate"`, `"share"`,
/// `"percentage_points"`, `"count"`, `"exchange_rate"`.
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(FigureKind kind) noexcept;

/// A word printed with a figure that makes it approximate: it widens the figure's interval
/// instead of being dropped. docs/figures.md gives the interval each stands for; those readings
/// are conventions of svctrade (inferred from usage), not definitions found in a source.
enum class Qualifier : std::uint8_t {
    none,    ///< The figure is a rounded value, nothing more.
    nearly,  ///< Just below the printed value: nearly, almost, close to, 近, 接近, 将近.
    over,    ///< Just above it: over, more than, top(ped), exceeding, 超过, 逾, 超.
    about,   ///< Near it on either side: about, around, approximately, roughly, 约, 大约, …左右.
};

/// \returns the qualifier's name as written in code and files: `"none"`, `"nearly"`, `"over"`,
/// `"about"`.
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(Qualifier qualifier) noexcept;

/// \returns the qualifier a word stands for: `"nearly"`, `"over"`, `"about"` and their synonyms
/// in English (any letter case) and Chinese (the words listed at Qualifier); an empty word is
/// Qualifier::none.
/// \throws ParseError for any other word.
[[nodiscard]] SVCTRADE_EXPORT Qualifier parse_qualifier(std::string_view word);

/// A figure as published: the rounded number with its unit (`Published`), what it measures
/// (`FigureKind`), its currency or currency pair, the qualifier printed with it, and the text it
/// was read from.
///
/// `interval(mode)` is the exact set of true values the figure stands for, in base units: yuan
/// or dollars for a level (not billions), plain fractions for growth rates, shares and
/// percentage points (0.059 for 5.9 %), the count itself, quote units per base unit for a rate.
/// A count and a figure declared exact are points; a qualified figure is widened
/// (docs/figures.md); any other figure is the interval its rounding allows, by the rounding
/// mode the publisher used — for negative figures a choice: RoundingMode::half_up rounds the
/// magnitude (China's 四舍五入: −7.5 stands for (−7.55, −7.45]), RoundingMode::half_ceiling
/// rounds ties toward +∞ (−7.5 stands for [−7.55, −7.45)).
class SVCTRADE_EXPORT Figure {
public:
    /// An amount of money published to a multiple of `unit` (in the amount's own units: 10^7
    /// yuan for "34.32 billion yuan").
    /// \throws InvalidArgument as Published(Decimal, Decimal).
    [[nodiscard]] static Figure level(const Money& amount, Decimal unit);
    /// An amount as written in a text, to the unit of its last written digit.
    [[nodiscard]] static Figure level(const WrittenAmount& amount);
    /// A growth rate printed in percent (Published(5.9_dec) for "5.9%").
    [[nodiscard]] static Figure growth_rate(const Published& percent);
    /// A share printed in percent (Published(38.5_dec) for "38.5%").
    [[nodiscard]] static Figure share(const Published& percent);
    /// A change printed in percentage points (Published(1.7_dec) for "1.7 percentage points").
    [[nodiscard]] static Figure percentage_points(const Published& points);
    /// A count, exact unless qualified.
    /// \throws InvalidArgument when `count` is negative or not a whole number.
    [[nodiscard]] static Figure count(Decimal count);
    /// A rate of `quote` units per unit of `base` (USD/CNY 6.4601: base USD, quote CNY), rounded
    /// to its last written digit as `rate` says.
    /// \throws InvalidArgument when base == quote or the rate is not positive.
    [[nodiscard]] static Figure exchange_rate(Currency base, Currency quote, const Published& rate);

    /// Reads a figure of the expected kind as a release prints it, with its unit and an optional
    /// qualifier and direction word:
    /// - level: anything parse_amount() reads ("34.32 billion yuan", "343.2亿元", "1.2万亿元",
    ///   "5000万元", "$5.31 billion", "US$410 million", "4.1亿美元"); "down 515.62 billion yuan"
    ///   and "下降…" are negative (a change);
    /// - growth_rate, share: a number and "%" ("％", " percent", " per cent"): "5.9%", "-7.5%",
    ///   "−7.5%", "+5.9%", "up 5.9%", "down 7.5%", "增长5.9%", "下降7.5%" (a share has no
    ///   direction);
    /// - percentage_points: "1.7 percentage points" (" percentage point", " pp"), "1.7个百分点";
    /// - count: a whole number with comma grouping allowed and an optional counter word ("88",
    ///   "88 tasks", "88项", "88个");
    /// - exchange_rate: "USD/CNY 6.4601", "6.4601 yuan per US dollar", "6.4601 CNY per USD",
    ///   "1美元兑6.4601元", "1美元兑换6.4601元人民币".
    ///
    /// A qualifier word may precede the number ("nearly 3,000", "more than 80", "近3000亿元",
    /// "超过90%", "约13.2亿美元") or follow it ("3000亿元左右"); the text is kept as given.
    /// \throws ParseError with the position and reason: empty text, a unit of another kind ("%"
    ///         where percentage points are expected — 1.7 % and 1.7 pp are different statements),
    ///         a missing unit or currency, two qualifiers or two signs, a direction on a share,
    ///         count or rate, a count with a fraction, an unknown word, anything left over.
    [[nodiscard]] static Figure parse(std::string_view text, FigureKind kind);
    /// Reads a figure as parse(text, kind) does, with the qualifier given separately (a
    /// release file's `qualifier` column).
    /// \throws ParseError as parse(std::string_view, FigureKind), and when the text carries a
    ///         different qualifier of its own.
    [[nodiscard]] static Figure parse(std::string_view text, FigureKind kind, Qualifier qualifier);

    /// \returns what the figure measures.
    [[nodiscard]] FigureKind kind() const noexcept { return kind_; }
    /// \returns the number as printed with its rounding unit, in the kind's printed unit: yuan
    /// (not billions) for a level, percent for a growth rate or share (5.9), points for a change
    /// (1.7), the count, the rate.
    [[nodiscard]] const Published& printed() const noexcept { return printed_; }
    /// \returns the printed value exactly, in base units: yuan for a level, a fraction for a
    /// percentage (0.059 for 5.9 %), the count, the rate.
    [[nodiscard]] Ratio value() const;
    /// \returns the qualifier printed with the figure.
    [[nodiscard]] Qualifier qualifier() const noexcept { return qualifier_; }
    /// \returns whether the figure is approximate (qualified).
    [[nodiscard]] bool is_approximate() const noexcept { return qualifier_ != Qualifier::none; }
    /// \returns whether the figure is exact: a count without a qualifier, or declared exact.
    [[nodiscard]] bool is_exact() const noexcept { return exact_; }
    /// \returns the currency of a level, or the quote currency of a rate (what the number is
    /// in); std::nullopt for other kinds.
    [[nodiscard]] std::optional<Currency> currency() const noexcept { return currency_; }
    /// \returns the base currency of a rate (one unit of it is priced); std::nullopt otherwise.
    [[nodiscard]] std::optional<Currency> base_currency() const noexcept { return base_; }
    /// \returns the power of ten of the scale word printed with a level: 8 for 亿, 12 for 万亿
    /// and "trillion", 9 for "billion", 4 for 万; 0 for other kinds and levels without one.
    [[nodiscard]] int scale_power() const noexcept { return scale_power_; }
    /// \returns the text the figure was read from, as given (trimmed), or for a figure built by
    /// a factory a text of the same form (`"5.9%"`, `"CNY 34320000000"`, `"USD/CNY 6.4601"`).
    [[nodiscard]] const std::string& text() const noexcept { return text_; }

    /// \returns the printed amount of a level.
    /// \throws InvalidArgument for a figure of another kind.
    [[nodiscard]] Money money() const;

    /// \returns the exact set of true values the figure stands for, in base units, when the
    /// publisher rounded by `mode`: a point for an exact figure, the widened interval of
    /// docs/figures.md for a qualified one (the same for every mode), else
    /// printed().interval(mode) in base units. For a count, only whole numbers: a closed
    /// interval of integers.
    /// \throws InvalidArgument for a qualified zero ("nearly 0" has no side).
    [[nodiscard]] Interval interval(RoundingMode mode) const;

    /// \returns the same figure with `qualifier` (e.g. from a separate column); exactness is
    /// dropped by a qualifier other than none.
    [[nodiscard]] Figure with_qualifier(Qualifier qualifier) const;
    /// \returns the same figure declared exact: its interval is the printed value.
    /// \throws InvalidArgument for a qualified figure (an approximate figure is not exact).
    [[nodiscard]] Figure declared_exact() const;
    /// \returns the same figure read as rounded to `unit` (in the printed unit: 0.1 for a growth
    /// printed "16%" by a publisher that drops a trailing ".0"), no longer declared exact (a
    /// count given a unit is a rounded count: "90" to the nearest ten, half up, stands for 85…94).
    /// \throws InvalidArgument as Published(Decimal, Decimal), or for a count and a unit below 1.
    [[nodiscard]] Figure with_unit(Decimal unit) const;

    /// \returns whether kind, printed number and unit, currencies, qualifier and exactness are
    /// the same (the text is not compared).
    [[nodiscard]] friend bool operator==(const Figure& a, const Figure& b) noexcept {
        return a.kind_ == b.kind_ && a.printed_ == b.printed_ && a.currency_ == b.currency_ && a.base_ == b.base_ &&
               a.qualifier_ == b.qualifier_ && a.exact_ == b.exact_;
    }

private:
    Figure(FigureKind kind, const Published& printed) : kind_(kind), printed_(printed) {}
    [[nodiscard]] std::string default_text() const;
    friend class detail::FigureParser;

    FigureKind kind_;
    Published printed_;
    std::optional<Currency> currency_;
    std::optional<Currency> base_;
    Qualifier qualifier_ = Qualifier::none;
    bool exact_ = false;
    int scale_power_ = 0;
    std::string text_;
};

}  // namespace svctrade
