// SPDX-License-Identifier: BSL-1.0
/// \file
/// The format spec grammar of svctrade's formatters, shared by the {fmt} ones
/// (`<svctrade/fmt.hpp>`) and the `std::format` ones (`<svctrade/format.hpp>`), and the text of a
/// value under a spec. Needs neither {fmt} nor `<format>`: the spec is parsed by a constexpr
/// function and the value written by the library, so both formatters read and write the same.
///
/// ```
/// spec    ::= [[fill] align] [width] [","] ["." places] {[" "] word}
/// align   ::= "<" | ">" | "^"
/// word    ::= "f" | rounding | language | "words" | label | scale | form
/// ```
///
/// docs/formatting.md lists the words each type takes and what it writes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <svctrade/categories/category.hpp>
#include <svctrade/categories/fact_status.hpp>
#include <svctrade/categories/flow.hpp>
#include <svctrade/export.hpp>
#include <svctrade/growth/words.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/money/magnitude.hpp>
#include <svctrade/money/money.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/numbers/rounding.hpp>
#include <svctrade/periods/kind.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/pilot/status.hpp>
#include <svctrade/status/observation_status.hpp>
#include <svctrade/text/detail/lookup.hpp>

namespace svctrade {

/// Which words a spec may hold: one target per kind of value (see docs/formatting.md).
enum class FormatTarget : std::uint8_t {
    decimal,      ///< Decimal: places, rounding, `,`.
    money,        ///< Money: places, rounding, `,` (plain form); language, label, scale (written form).
    growth,       ///< GrowthRate: places, rounding, language, `words`.
    level,        ///< Share and Percent: places, rounding, language.
    points,       ///< PercentagePoints: places, rounding, language, `words`.
    period,       ///< Period: `en`, `zh`, `sdmx` or `iso`.
    currency,     ///< Currency: `code`, `name` or `numeric`.
    category,     ///< Category: `code` or `name`.
    flow,         ///< Flow: `en` or `zh`.
    task_status,  ///< TaskStatus: `en`, `zh` or `code`.
    text,         ///< A type with one text (ObservationStatus, PeriodKind, …): fill, align and width only.
};

/// Where a value sits in its width.
enum class FormatAlign : std::uint8_t {
    none,    ///< Not given: right for numbers, left for text.
    left,    ///< `<`.
    right,   ///< `>`.
    center,  ///< `^`: an odd padding puts the extra fill on the right.
};

/// Which text of a value a spec asks for, besides its language.
enum class FormatStyle : std::uint8_t {
    standard,  ///< Nothing asked: the type's first form.
    code,      ///< `code`: a Currency's or Category's code, a TaskStatus's file code.
    name,      ///< `name`: a Currency's ISO name, a Category's English name.
    numeric,   ///< `numeric`: a Currency's three-digit ISO numeric code.
    sdmx,      ///< `sdmx`: a Period's SDMX code.
    iso,       ///< `iso`: a Period's ISO 8601 interval of days.
    words,     ///< `words`: a GrowthRate or PercentagePoints in the words of a release.
};

/// The scale word of a Money spec; `thousand`…`trillion` write English, `wan`, `yi`, `wan_yi`
/// Chinese, `units` and `auto` either.
enum class FormatScale : std::uint8_t {
    none,       ///< No scale word.
    automatic,  ///< `auto`.
    units,      ///< `units`.
    thousand,   ///< `thousand`.
    million,    ///< `million`.
    billion,    ///< `billion`.
    trillion,   ///< `trillion`.
    wan,        ///< `wan` (万).
    yi,         ///< `yi` (亿).
    wan_yi,     ///< `wan_yi` (万亿).
};

/// A parsed format spec. Defaults stand for "not given"; format_value() applies each type's
/// defaults (one place and half up for percentages, …).
struct FormatSpec {
    /// The fill, one UTF-8 character (a space when not given).
    char fill[4] = {' ', '\0', '\0', '\0'};
    /// The bytes of fill used (1…4).
    std::uint8_t fill_size = 1;
    /// The alignment in the width.
    FormatAlign align = FormatAlign::none;
    /// The minimal width in display columns (a CJK character is two); 0 for none.
    int width = 0;
    /// `,`: commas between groups of three integer digits.
    bool grouping = false;
    /// The places after `.`, or −1 when not given.
    int places = -1;
    /// Whether a rounding word was given.
    bool has_rounding = false;
    /// The rounding word's mode (half up when none was given).
    RoundingMode rounding = RoundingMode::half_up;
    /// Whether `en` or `zh` was given.
    bool has_language = false;
    /// The language word's language.
    Language language = Language::english;
    /// The text form asked for.
    FormatStyle style = FormatStyle::standard;
    /// Whether `code`, `symbol` or `word` was given to a Money.
    bool has_label = false;
    /// The currency label of an English amount.
    CurrencyLabel label = CurrencyLabel::code;
    /// The scale word of a Money.
    FormatScale scale = FormatScale::none;
};

/// What is wrong with a spec: a reason and the bytes of the spec it points at.
struct FormatSpecError {
    /// The reason, or nullptr when the spec is good.
    const char* reason = nullptr;
    /// The offset of the offending part in the spec.
    std::size_t at = 0;
    /// Its length in bytes (at least 1 when there is a reason, unless the spec is empty there).
    std::size_t size = 0;
};

/// A spec parsed, or why not.
struct ParsedFormatSpec {
    /// The spec, meaningful when `error.reason` is nullptr.
    FormatSpec spec;
    /// Why the spec was refused.
    FormatSpecError error;
};

namespace detail {

constexpr bool is_word_char(char c) noexcept {
    return c != ' ';
}

constexpr std::size_t utf8_length(unsigned char lead) noexcept {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 0;
}

constexpr bool is_align(char c) noexcept {
    return c == '<' || c == '>' || c == '^';
}

constexpr FormatAlign align_of(char c) noexcept {
    return c == '<' ? FormatAlign::left : c == '>' ? FormatAlign::right : FormatAlign::center;
}

constexpr bool takes_places(FormatTarget t) noexcept {
    return t == FormatTarget::decimal || t == FormatTarget::money || t == FormatTarget::growth ||
           t == FormatTarget::level || t == FormatTarget::points;
}

constexpr bool takes_language(FormatTarget t) noexcept {
    return t == FormatTarget::money || t == FormatTarget::growth || t == FormatTarget::level ||
           t == FormatTarget::points || t == FormatTarget::period || t == FormatTarget::flow ||
           t == FormatTarget::task_status;
}

// The targets whose words name one text among several: a second one contradicts the first.
constexpr bool one_form(FormatTarget t) noexcept {
    return t == FormatTarget::period || t == FormatTarget::currency || t == FormatTarget::category ||
           t == FormatTarget::flow || t == FormatTarget::task_status;
}

constexpr bool takes_style(FormatTarget t, FormatStyle s) noexcept {
    switch (s) {
        case FormatStyle::code:
            return t == FormatTarget::currency || t == FormatTarget::category || t == FormatTarget::task_status;
        case FormatStyle::name:
            return t == FormatTarget::currency || t == FormatTarget::category;
        case FormatStyle::numeric:
            return t == FormatTarget::currency;
        case FormatStyle::sdmx:
        case FormatStyle::iso:
            return t == FormatTarget::period;
        case FormatStyle::words:
            return t == FormatTarget::growth || t == FormatTarget::points;
        case FormatStyle::standard:
            return true;
    }
    return false;
}

constexpr bool parse_rounding(std::string_view w, RoundingMode& mode) noexcept {
    constexpr RoundingMode modes[] = {RoundingMode::half_up,        RoundingMode::half_even, RoundingMode::toward_zero,
                                      RoundingMode::away_from_zero, RoundingMode::floor,     RoundingMode::ceiling,
                                      RoundingMode::half_ceiling};
    for (const RoundingMode m : modes) {
        if (to_string(m) == w) {
            mode = m;
            return true;
        }
    }
    return false;
}

// The words of a spec and what each names.
inline constexpr LookupTable<std::string_view, FormatScale, 9> scale_words{{
    {"auto", FormatScale::automatic},
    {"units", FormatScale::units},
    {"thousand", FormatScale::thousand},
    {"million", FormatScale::million},
    {"billion", FormatScale::billion},
    {"trillion", FormatScale::trillion},
    {"wan", FormatScale::wan},
    {"yi", FormatScale::yi},
    {"wan_yi", FormatScale::wan_yi},
}};

inline constexpr LookupTable<std::string_view, FormatStyle, 6> style_words{{
    {"code", FormatStyle::code},
    {"name", FormatStyle::name},
    {"numeric", FormatStyle::numeric},
    {"sdmx", FormatStyle::sdmx},
    {"iso", FormatStyle::iso},
    {"words", FormatStyle::words},
}};

inline constexpr LookupTable<std::string_view, CurrencyLabel, 3> label_words{{
    {"code", CurrencyLabel::code},
    {"symbol", CurrencyLabel::symbol},
    {"word", CurrencyLabel::word},
}};

inline constexpr LookupTable<std::string_view, Language, 2> language_words{{
    {"en", Language::english},
    {"zh", Language::chinese},
}};

constexpr bool is_chinese_scale(FormatScale s) noexcept {
    return s == FormatScale::wan || s == FormatScale::yi || s == FormatScale::wan_yi;
}

constexpr bool is_english_scale(FormatScale s) noexcept {
    return s == FormatScale::thousand || s == FormatScale::million || s == FormatScale::billion ||
           s == FormatScale::trillion;
}

constexpr ParsedFormatSpec refuse(const char* reason, std::size_t at, std::size_t size) noexcept {
    ParsedFormatSpec r;
    r.error = FormatSpecError{reason, at, size};
    return r;
}

}  // namespace detail

/// Parses `text`, the spec of one replacement field without its braces and colon (`".2f zh"` of
/// `"{:.2f zh}"`), for a value of kind `target`, by the grammar of this file.
/// \returns the spec, or with `error.reason` set the first thing wrong with it: an unknown word,
/// a word the target does not take, a word given twice or contradicting another, places above
/// Decimal::max_scale, a width above 4096, a nested `{` (dynamic width or places), zero padding.
[[nodiscard]] constexpr ParsedFormatSpec parse_format_spec(std::string_view text, FormatTarget target) noexcept {
    using namespace detail;
    ParsedFormatSpec r;
    FormatSpec& s = r.spec;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{')
            return refuse("a nested replacement field (dynamic width or places) is not supported", i, 1);
    }
    std::size_t pos = 0;
    // [[fill] align]
    if (!text.empty()) {
        const std::size_t n = utf8_length(static_cast<unsigned char>(text[0]));
        if (n != 0 && n < text.size() && is_align(text[n])) {
            if (text[0] == '}' || static_cast<unsigned char>(text[0]) < 0x20) {
                return refuse("the fill cannot be '}' or a control character", 0, n);
            }
            for (std::size_t k = 0; k < n; ++k) s.fill[k] = text[k];
            s.fill_size = static_cast<std::uint8_t>(n);
            s.align = align_of(text[n]);
            pos = n + 1;
        } else if (is_align(text[0])) {
            s.align = align_of(text[0]);
            pos = 1;
        }
    }
    // [width]
    if (pos < text.size() && text[pos] == '0') {
        return refuse("a width cannot start with 0: zero padding is not supported", pos, 1);
    }
    {
        const std::size_t start = pos;
        long width = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            width = width * 10 + (text[pos] - '0');
            if (width > 4096) return refuse("the width is above 4096", start, pos + 1 - start);
            ++pos;
        }
        s.width = static_cast<int>(width);
    }
    // [","]
    if (pos < text.size() && text[pos] == ',') {
        if (target != FormatTarget::decimal && target != FormatTarget::money) {
            return refuse("',' (grouping) applies to a Decimal or a Money only", pos, 1);
        }
        s.grouping = true;
        ++pos;
    }
    // ["." places]
    if (pos < text.size() && text[pos] == '.') {
        const std::size_t start = pos;
        ++pos;
        if (pos >= text.size() || text[pos] < '0' || text[pos] > '9') {
            return refuse("'.' needs a number of places", start, 1);
        }
        int places = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            places = places * 10 + (text[pos] - '0');
            if (places > Decimal::max_scale)
                return refuse("places above 30 (Decimal::max_scale)", start, pos + 1 - start);
            ++pos;
        }
        if (!takes_places(target)) return refuse("places apply to numbers only", start, pos - start);
        s.places = places;
    }
    // {[" "] word}
    bool has_f = false;
    while (pos < text.size()) {
        if (text[pos] == ' ') {
            ++pos;
            continue;
        }
        const std::size_t start = pos;
        while (pos < text.size() && is_word_char(text[pos])) ++pos;
        const std::string_view w = text.substr(start, pos - start);
        const std::size_t len = pos - start;
        RoundingMode mode{};
        const FormatScale scale = lookup(scale_words, w).value_or(FormatScale::none);
        const FormatStyle style = lookup(style_words, w).value_or(FormatStyle::standard);
        const std::optional<Language> language = lookup(language_words, w);
        const std::optional<CurrencyLabel> label = lookup(label_words, w);
        if (w == "f") {
            if (!takes_places(target)) return refuse("'f' applies to numbers only", start, len);
            if (has_f) return refuse("'f' is given twice", start, len);
            has_f = true;
        } else if (parse_rounding(w, mode)) {
            if (!takes_places(target)) return refuse("a rounding mode applies to numbers only", start, len);
            if (s.has_rounding) return refuse("a second rounding mode", start, len);
            s.has_rounding = true;
            s.rounding = mode;
        } else if (language) {
            if (!takes_language(target)) return refuse("this type has no language", start, len);
            if (s.has_language) return refuse("a second language", start, len);
            if (one_form(target) && s.style != FormatStyle::standard) return refuse("a second text form", start, len);
            s.has_language = true;
            s.language = *language;
        } else if (target == FormatTarget::money && label) {
            if (s.has_label) return refuse("a second currency label", start, len);
            s.has_label = true;
            s.label = *label;
        } else if (target == FormatTarget::money && scale != FormatScale::none) {
            if (s.scale != FormatScale::none) return refuse("a second scale", start, len);
            s.scale = scale;
        } else if (style != FormatStyle::standard) {
            if (!takes_style(target, style)) return refuse("this type does not take this word", start, len);
            if (s.style != FormatStyle::standard || (one_form(target) && s.has_language)) {
                return refuse(style == FormatStyle::words ? "'words' is given twice" : "a second text form", start,
                              len);
            }
            s.style = style;
        } else {
            return refuse("unknown word", start, len);
        }
    }
    // What the words mean together.
    if (target == FormatTarget::decimal && s.has_rounding && s.places < 0) {
        return refuse("a rounding mode needs places ('.N')", 0, text.size());
    }
    if (target == FormatTarget::money) {
        const bool written = s.has_label || s.has_language || s.scale != FormatScale::none;
        const bool chinese = (s.has_language && s.language == Language::chinese) || is_chinese_scale(s.scale);
        if (!written && s.has_rounding && s.places < 0) {
            return refuse("a rounding mode needs places ('.N') in the plain form", 0, text.size());
        }
        if (written && s.grouping) {
            return refuse("',' applies to the plain form (the written form groups its digits itself)", 0, text.size());
        }
        if (chinese && is_english_scale(s.scale)) {
            return refuse("an English scale word in a Chinese amount", 0, text.size());
        }
        if (s.has_language && s.language == Language::english && is_chinese_scale(s.scale)) {
            return refuse("a Chinese scale word in an English amount", 0, text.size());
        }
        if (chinese && s.has_label) {
            return refuse("a currency label applies to English amounts (Chinese names the currency after the unit)", 0,
                          text.size());
        }
    }
    return r;
}

/// Format traits: which target a type's spec is parsed for and its name in error messages.
/// Specialized for every type svctrade formats; a type without them has no formatter.
template <class T>
struct FormatTraits;

/// \cond internal
#define SVCTRADE_FORMAT_TRAITS(Type, Target)                         \
    template <>                                                      \
    struct FormatTraits<Type> {                                      \
        static constexpr FormatTarget target = FormatTarget::Target; \
        static constexpr std::string_view name = #Type;              \
    }
SVCTRADE_FORMAT_TRAITS(Decimal, decimal);
SVCTRADE_FORMAT_TRAITS(Money, money);
SVCTRADE_FORMAT_TRAITS(GrowthRate, growth);
SVCTRADE_FORMAT_TRAITS(Share, level);
SVCTRADE_FORMAT_TRAITS(Percent, level);
SVCTRADE_FORMAT_TRAITS(PercentagePoints, points);
SVCTRADE_FORMAT_TRAITS(Period, period);
SVCTRADE_FORMAT_TRAITS(Currency, currency);
SVCTRADE_FORMAT_TRAITS(Category, category);
SVCTRADE_FORMAT_TRAITS(Flow, flow);
SVCTRADE_FORMAT_TRAITS(TaskStatus, task_status);
SVCTRADE_FORMAT_TRAITS(ObservationStatus, text);
SVCTRADE_FORMAT_TRAITS(StatusFlag, text);
SVCTRADE_FORMAT_TRAITS(Missing, text);
SVCTRADE_FORMAT_TRAITS(Confidentiality, text);
SVCTRADE_FORMAT_TRAITS(PeriodKind, text);
SVCTRADE_FORMAT_TRAITS(FactStatus, text);
SVCTRADE_FORMAT_TRAITS(CategoryRole, text);
SVCTRADE_FORMAT_TRAITS(RoundingMode, text);
#undef SVCTRADE_FORMAT_TRAITS
/// \endcond

/// \returns the message of a refused spec, naming the type, the whole spec, the offending part
/// and the reason: `svctrade: invalid format spec "{:.2q}" for GrowthRate: unknown word "q"`.
[[nodiscard]] SVCTRADE_EXPORT std::string format_spec_message(std::string_view spec, std::string_view type,
                                                              const FormatSpecError& error);

/// \returns the number of terminal columns `text` (UTF-8) takes: two for each East Asian wide or
/// full-width character (CJK, 全角 punctuation), one for every other character.
[[nodiscard]] SVCTRADE_EXPORT std::size_t display_width(std::string_view text) noexcept;

/// The text of a value under a spec that parse_format_spec() accepted for its type, padded to
/// the spec's width. See docs/formatting.md for what each word writes.
/// \throws what the named text function throws: InvalidArgument for a year-to-date Period in
///         `sdmx`, Overflow when a rounded value does not fit.
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(const Decimal& value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(const Money& value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(GrowthRate value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(Share value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(Percent value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(PercentagePoints value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(const Period& value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(Currency value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(Category value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(Flow value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(TaskStatus value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(const ObservationStatus& value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(StatusFlag value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(Missing value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(Confidentiality value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(PeriodKind value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(FactStatus value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(CategoryRole value, const FormatSpec& spec);
/// \copydoc format_value(const Decimal&, const FormatSpec&)
[[nodiscard]] SVCTRADE_EXPORT std::string format_value(RoundingMode value, const FormatSpec& spec);

}  // namespace svctrade
