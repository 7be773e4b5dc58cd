// SPDX-License-Identifier: BSL-1.0
// The text of a value under a parsed spec: every form is one of the library's named text
// functions (to_english, format_english, growth_words…), so a formatter never writes a figure
// differently from the function a reader finds documented beside the type.
#include <svctrade/format/spec.hpp>

#include <svctrade/growth/words.hpp>
#include <svctrade/money/magnitude.hpp>
#include <svctrade/periods/text.hpp>
#include <svctrade/text/detail/lookup.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace svctrade {

namespace {

// Percentages and amounts: one place for percentages, as releases print them; amounts in words
// take the bulletins' defaults (RenderOptions): two places in English, one in Chinese.
constexpr int percent_places = 1;
constexpr int english_amount_places = 2;
constexpr int chinese_amount_places = 1;

std::uint32_t code_point(std::string_view s, std::size_t& i) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    std::size_t n = 1;
    std::uint32_t cp = c;
    if ((c & 0xE0) == 0xC0) {
        n = 2;
        cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3;
        cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4;
        cp = c & 0x07u;
    }
    if (i + n > s.size()) n = s.size() - i;
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    i += n;
    return cp;
}

// East Asian Wide and Fullwidth (Unicode UAX #11), the blocks text in this library uses: Hangul
// Jamo, CJK radicals to Yi, Hangul syllables, CJK compatibility, vertical and small forms,
// full-width forms, and the supplementary ideographic planes.
bool is_wide(std::uint32_t cp) noexcept {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) ||
           (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
           (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

void append_fill(std::string& out, const FormatSpec& spec, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) out.append(spec.fill, spec.fill_size);
}

// Pads `text` to the spec's width; numbers sit right and text left unless the spec says.
std::string padded(std::string text, const FormatSpec& spec, FormatAlign natural) {
    const std::size_t width = display_width(text);
    const auto wanted = static_cast<std::size_t>(spec.width);
    if (wanted <= width) return text;
    const std::size_t pad = wanted - width;
    const FormatAlign align = spec.align == FormatAlign::none ? natural : spec.align;
    std::string out;
    out.reserve(text.size() + pad * spec.fill_size);
    switch (align) {
        case FormatAlign::right:
            append_fill(out, spec, pad);
            out += text;
            break;
        case FormatAlign::center:
            append_fill(out, spec, pad / 2);
            out += text;
            append_fill(out, spec, pad - pad / 2);
            break;
        case FormatAlign::left:
        case FormatAlign::none:
            out += text;
            append_fill(out, spec, pad);
            break;
    }
    return out;
}

std::string number(std::string text, const FormatSpec& spec) {
    return padded(std::move(text), spec, FormatAlign::right);
}

std::string words(std::string_view text, const FormatSpec& spec) {
    return padded(std::string(text), spec, FormatAlign::left);
}

Grouping grouping_of(const FormatSpec& spec) noexcept {
    return spec.grouping ? Grouping::comma : Grouping::none;
}

int percent_places_of(const FormatSpec& spec) noexcept {
    return spec.places < 0 ? percent_places : spec.places;
}

WordingOptions wording_of(const FormatSpec& spec) {
    WordingOptions options;
    options.places = percent_places_of(spec);
    options.mode = spec.rounding;
    return options;
}

// The scale words of a spec and the scales of the text functions they choose; a spec without one
// (FormatScale::none or auto) leaves the choice to the function.
constexpr detail::LookupTable<FormatScale, EnglishScale, 5> english_scales{{
    {FormatScale::units, EnglishScale::units},
    {FormatScale::thousand, EnglishScale::thousand},
    {FormatScale::million, EnglishScale::million},
    {FormatScale::billion, EnglishScale::billion},
    {FormatScale::trillion, EnglishScale::trillion},
}};

constexpr detail::LookupTable<FormatScale, ChineseScale, 4> chinese_scales{{
    {FormatScale::units, ChineseScale::units},
    {FormatScale::wan, ChineseScale::wan},
    {FormatScale::yi, ChineseScale::yi},
    {FormatScale::wan_yi, ChineseScale::wan_yi},
}};

EnglishScale english_scale_of(FormatScale scale) noexcept {
    return detail::lookup(english_scales, scale).value_or(EnglishScale::automatic);
}

ChineseScale chinese_scale_of(FormatScale scale) noexcept {
    return detail::lookup(chinese_scales, scale).value_or(ChineseScale::automatic);
}

}  // namespace

std::string format_spec_message(std::string_view spec, std::string_view type, const FormatSpecError& error) {
    std::string m = "svctrade: invalid format spec \"{:";
    m += spec;
    m += "}\" for ";
    m += type;
    m += ": ";
    m += error.reason == nullptr ? "no reason" : error.reason;
    if (error.size > 0 && error.size < spec.size() && error.at + error.size <= spec.size()) {
        m += " (\"";
        m += spec.substr(error.at, error.size);
        m += "\")";
    }
    return m;
}

std::size_t display_width(std::string_view text) noexcept {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) width += is_wide(code_point(text, i)) ? std::size_t{2} : std::size_t{1};
    return width;
}

std::string format_value(const Decimal& value, const FormatSpec& spec) {
    const Decimal shown = spec.places < 0 ? value : value.round(spec.places, spec.rounding);
    return number(shown.to_string(grouping_of(spec)), spec);
}

std::string format_value(const Money& value, const FormatSpec& spec) {
    const bool written = spec.has_label || spec.has_language || spec.scale != FormatScale::none;
    if (!written) {
        const Money shown = spec.places < 0 ? value : value.round(spec.places, spec.rounding);
        return number(shown.to_string(grouping_of(spec)), spec);
    }
    const bool chinese =
        (spec.has_language && spec.language == Language::chinese) || detail::is_chinese_scale(spec.scale);
    if (chinese) {
        const int places = spec.places < 0 ? chinese_amount_places : spec.places;
        return number(format_chinese(value, places, spec.rounding, chinese_scale_of(spec.scale)), spec);
    }
    const int places = spec.places < 0 ? english_amount_places : spec.places;
    return number(format_english(value, places, spec.rounding, spec.label, english_scale_of(spec.scale)), spec);
}

std::string format_value(GrowthRate value, const FormatSpec& spec) {
    if (spec.style == FormatStyle::words) {
        return words(growth_words(value, spec.language, ChangeBasis::year_on_year, wording_of(spec)), spec);
    }
    return number(value.to_string(percent_places_of(spec), spec.rounding), spec);
}

std::string format_value(Share value, const FormatSpec& spec) {
    return number(value.to_string(percent_places_of(spec), spec.rounding), spec);
}

std::string format_value(Percent value, const FormatSpec& spec) {
    return number(value.to_string(percent_places_of(spec), spec.rounding), spec);
}

std::string format_value(PercentagePoints value, const FormatSpec& spec) {
    if (spec.style == FormatStyle::words) {
        return words(points_words(value, spec.language, ChangeBasis::unstated, wording_of(spec)), spec);
    }
    if (spec.has_language && spec.language == Language::chinese) {
        return number(detail::format_percent(value.ratio(), percent_places_of(spec), spec.rounding, "个百分点", true),
                      spec);
    }
    return number(value.to_string(percent_places_of(spec), spec.rounding), spec);
}

std::string format_value(const Period& value, const FormatSpec& spec) {
    switch (spec.style) {
        case FormatStyle::sdmx:
            return words(to_sdmx(value), spec);
        case FormatStyle::iso:
            return words(to_iso_interval(value), spec);
        default:
            break;
    }
    return words(spec.has_language && spec.language == Language::chinese ? to_chinese(value) : to_english(value), spec);
}

std::string format_value(Currency value, const FormatSpec& spec) {
    switch (spec.style) {
        case FormatStyle::name:
            return words(value.name(), spec);
        case FormatStyle::numeric: {
            // ISO 4217 writes numeric codes with three digits: 036 for AUD, 156 for CNY.
            std::string digits = std::to_string(value.numeric());
            if (digits.size() < 3) digits.insert(0, 3 - digits.size(), '0');
            return words(digits, spec);
        }
        default:
            return words(value.code(), spec);
    }
}

std::string format_value(Category value, const FormatSpec& spec) {
    return words(spec.style == FormatStyle::name ? value.name() : value.code(), spec);
}

std::string format_value(Flow value, const FormatSpec& spec) {
    return words(spec.has_language && spec.language == Language::chinese ? chinese_name(value) : to_string(value),
                 spec);
}

std::string format_value(TaskStatus value, const FormatSpec& spec) {
    if (spec.style == FormatStyle::code) return words(code(value), spec);
    return words(spec.has_language && spec.language == Language::chinese ? chinese_name(value) : english_name(value),
                 spec);
}

std::string format_value(const ObservationStatus& value, const FormatSpec& spec) {
    return words(value.to_string(), spec);
}

std::string format_value(StatusFlag value, const FormatSpec& spec) {
    return words(to_string(value), spec);
}

std::string format_value(Missing value, const FormatSpec& spec) {
    return words(to_string(value), spec);
}

std::string format_value(Confidentiality value, const FormatSpec& spec) {
    return words(to_string(value), spec);
}

std::string format_value(PeriodKind value, const FormatSpec& spec) {
    return words(to_string(value), spec);
}

std::string format_value(FactStatus value, const FormatSpec& spec) {
    return words(to_string(value), spec);
}

std::string format_value(CategoryRole value, const FormatSpec& spec) {
    return words(to_string(value), spec);
}

std::string format_value(RoundingMode value, const FormatSpec& spec) {
    return words(to_string(value), spec);
}

}  // namespace svctrade
