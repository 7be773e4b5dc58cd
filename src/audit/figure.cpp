// SPDX-License-Identifier: BSL-1.0
// Printed figures in base units and the interval each stands for.
//
// Rounding: a figure v printed to a unit u stands for the values that round to it. Positive
// figures: [v − u/2, v + u/2) under both conventions. Negative figures: 四舍五入 of the magnitude
// gives (v − u/2, v + u/2]; half toward +∞ gives [v − u/2, v + u/2). Zero: (−u/2, u/2) and
// [−u/2, u/2).
//
// Qualifiers (a stop-gap reading until the published module's typed figures land, documented in
// docs/audit.md): with w the place of the last non-zero digit ("90" → 10, "1.11" → 0.01), nearly v
// is a magnitude in [|v| − w, |v|), over v a magnitude in (|v|, |v| + w], about v any value in
// [v − w, v + w]; exact v is the point v.
#include <svctrade/audit/figure.hpp>

#include <svctrade/error.hpp>
#include <svctrade/money/magnitude.hpp>

#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace svctrade {

namespace {

bool ends_with(std::string_view s, std::string_view p) noexcept {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}
std::string lower(std::string_view s) {
    std::string r(s);
    for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return r;
}

// The text with U+2212 (minus sign) as '-', "US$" as "$" and a leading '+' dropped.
std::string normalized(std::string_view text) {
    std::string s;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.substr(i, 3) == "\xE2\x88\x92") {
            s += '-';
            i += 2;
        } else {
            s += text[i];
        }
    }
    std::string::size_type at = s.find("US$");
    if (at != std::string::npos) s.erase(at, 2);
    if (!s.empty() && s.front() == '+') s.erase(0, 1);
    return s;
}

// The place of the last non-zero digit of `value`, not below `unit` (1 for zero).
Decimal last_nonzero_place(Decimal value, Decimal unit) {
    if (value.is_zero()) return unit;
    Decimal place = unit;
    const Decimal ten(10);
    while (value.round_to_multiple(place * ten, RoundingMode::toward_zero) == value) place = place * ten;
    return place;
}

// Percent text (without the sign handled by Decimal::parse) to its number, or no value.
struct Suffixed {
    PrintedKind kind;
    std::string_view number;
};

std::optional<Suffixed> split_unit(std::string_view s) {
    static constexpr std::array<std::pair<std::string_view, PrintedKind>, 9> suffixes{{
        {"percentage points", PrintedKind::points},
        {"percentage point", PrintedKind::points},
        {"个百分点", PrintedKind::points},
        {"百分点", PrintedKind::points},
        {"pp", PrintedKind::points},
        {"percent", PrintedKind::rate},
        {"per cent", PrintedKind::rate},
        {"%", PrintedKind::rate},
        {"\xEF\xBC\x85", PrintedKind::rate},  // full-width ％
    }};
    for (const auto& [suffix, kind] : suffixes) {
        if (ends_with(s, suffix)) return Suffixed{kind, trim(s.substr(0, s.size() - suffix.size()))};
    }
    return std::nullopt;
}

}  // namespace

std::string_view to_string(PrintedKind kind) noexcept {
    switch (kind) {
        case PrintedKind::money:
            return "money";
        case PrintedKind::rate:
            return "rate";
        case PrintedKind::points:
            return "points";
        case PrintedKind::count:
            return "count";
    }
    return "unknown";
}

std::string_view to_string(PrintedQualifier qualifier) noexcept {
    switch (qualifier) {
        case PrintedQualifier::none:
            return "";
        case PrintedQualifier::nearly:
            return "nearly";
        case PrintedQualifier::over:
            return "over";
        case PrintedQualifier::about:
            return "about";
        case PrintedQualifier::exact:
            return "exact";
    }
    return "unknown";
}

PrintedQualifier parse_printed_qualifier(std::string_view text) {
    const std::string t = lower(trim(text));
    if (t.empty()) return PrintedQualifier::none;
    for (std::string_view w : {"nearly", "almost", "近", "接近", "将近"})
        if (t == w) return PrintedQualifier::nearly;
    for (std::string_view w : {"over", "more than", "above", "超过", "逾", "多"})
        if (t == w) return PrintedQualifier::over;
    for (std::string_view w : {"about", "around", "approximately", "约", "左右"})
        if (t == w) return PrintedQualifier::about;
    for (std::string_view w : {"exact", "exactly", "整"})
        if (t == w) return PrintedQualifier::exact;
    throw ParseError(
        text, 0, "not a qualifier: use nearly, over, about or exact (or 近, 接近, 将近, 超过, 逾, 多, 约, 左右, 整)");
}

std::string_view to_string(NegativeRounding convention) noexcept {
    return convention == NegativeRounding::magnitude ? "magnitude" : "toward_positive";
}

PrintedFigure PrintedFigure::parse(std::string_view text, PrintedQualifier qualifier) {
    PrintedFigure f;
    f.text_ = std::string(trim(text));
    f.qualifier_ = qualifier;
    const std::string s = normalized(f.text_);
    if (s.empty()) throw ParseError(text, 0, "a figure is needed: an amount, a percent, percentage points or a count");
    const Decimal hundredth = Decimal::from_units(1, 2);
    if (const auto u = split_unit(s)) {
        if (u->number.empty()) throw ParseError(text, 0, "expected a number before the unit");
        Decimal percent;
        try {
            percent = Decimal::parse(u->number, Grouping::comma);
        } catch (const ParseError& e) {
            throw ParseError(text, e.position(), e.reason());
        }
        f.kind_ = u->kind;
        f.value_ = percent * hundredth;
        f.unit_ = Decimal::from_units(1, percent.scale()) * hundredth;
        return f;
    }
    // A plain number is a count; anything else must be an amount of money.
    const bool plain = s.find_first_not_of("0123456789,.-") == std::string::npos;
    if (plain) {
        Decimal n;
        try {
            n = Decimal::parse(s, Grouping::comma);
        } catch (const ParseError& e) {
            throw ParseError(text, e.position(), e.reason());
        }
        if (!n.is_integer())
            throw ParseError(text, 0, "a count must be a whole number (add a unit for an amount: 亿元, %)");
        if (n.sign() < 0) throw ParseError(text, 0, "a count cannot be negative");
        f.kind_ = PrintedKind::count;
        f.value_ = n.round(0, RoundingMode::toward_zero);
        f.unit_ = Decimal(1);
        return f;
    }
    WrittenAmount w = [&] {
        try {
            return parse_written_amount(s);
        } catch (const ParseError& e) {
            throw ParseError(text, e.position(), e.reason());
        }
    }();
    f.kind_ = PrintedKind::money;
    f.value_ = w.amount.amount();
    f.unit_ = w.unit;
    f.currency_ = w.amount.currency();
    return f;
}

Interval PrintedFigure::interval(NegativeRounding convention) const {
    const Ratio v(value_);
    if (is_exact()) return Interval::point(v);
    if (qualifier_ != PrintedQualifier::none) {
        const Ratio w(last_nonzero_place(value_, unit_));
        const int s = value_.sign() < 0 ? -1 : 1;
        switch (qualifier_) {
            case PrintedQualifier::nearly:  // magnitude in [|v| − w, |v|)
                return s > 0 ? Interval(v - w, Bound::closed, v, Bound::open)
                             : Interval(v, Bound::open, v + w, Bound::closed);
            case PrintedQualifier::over:  // magnitude in (|v|, |v| + w]
                return s > 0 ? Interval(v, Bound::open, v + w, Bound::closed)
                             : Interval(v - w, Bound::closed, v, Bound::open);
            default:  // about
                return Interval(v - w, Bound::closed, v + w, Bound::closed);
        }
    }
    const Ratio half = Ratio(unit_, Decimal(2));
    const int s = value_.sign();
    if (s > 0 || convention == NegativeRounding::toward_positive)
        return Interval(v - half, Bound::closed, v + half, Bound::open);
    if (s < 0) return Interval(v - half, Bound::open, v + half, Bound::closed);
    return Interval(v - half, Bound::open, v + half, Bound::open);
}

}  // namespace svctrade
