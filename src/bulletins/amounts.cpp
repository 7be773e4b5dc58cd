// SPDX-License-Identifier: BSL-1.0
// The one rounding of an amount. The scale is chosen from the exact value and moved up when the
// rounding reaches the next scale (999.996 million at 2 places is 1.00 billion), and the rounding
// is then redone from the exact value at the new scale, never from the first rounded figure.
#include <svctrade/error.hpp>
#include <svctrade/money/magnitude.hpp>

#include <array>
#include <string>

#include "bulletins/amounts.hpp"

namespace svctrade::bulletins_detail {

namespace {

struct Scale {
    int power;
    int places;
};

// floor(log10 |x|) for x ≠ 0.
int magnitude_exponent(const Ratio& x) {
    const Ratio a = x.sign() < 0 ? -x : x;
    int k = 0;
    while (a >= Ratio(power_of_ten(k + 1))) ++k;
    while (a < Ratio(power_of_ten(k))) --k;
    return k;
}

// The multiple of 10^e nearest `x` by `mode`.
Decimal round_to_power(const Ratio& x, int e, RoundingMode mode) {
    if (e <= 0) return x.round(-e, mode);
    return (x / Ratio(power_of_ten(e))).round(0, mode) * power_of_ten(e);
}

void check_places(int places) {
    if (places < 0 || places > Decimal::max_scale)
        throw InvalidArgument("an amount is written with 0 to 30 places, not " + std::to_string(places));
}

// The scales of a language, largest first, with the places the style gives them.
std::array<Scale, 4> scales(Language language, const FigureStyle& style) {
    if (language == Language::chinese)
        return {{{12, style.chinese_wan_yi_places},
                 {8, style.chinese_places},
                 {4, style.chinese_places},
                 {0, style.chinese_places}}};
    return {{{12, style.english_places},
             {9, style.english_places},
             {6, style.english_million_places},
             {0, style.english_million_places}}};
}

// The largest scale whose unit is not above |x| (the smallest one for x = 0).
std::size_t scale_for(const std::array<Scale, 4>& list, const Ratio& x) {
    const Ratio a = x.sign() < 0 ? -x : x;
    for (std::size_t i = 0; i < list.size(); ++i)
        if (a >= Ratio(power_of_ten(list[i].power))) return i;
    return list.size() - 1;
}

std::string write(Decimal value, Currency currency, Language language, int power, int places) {
    const Money m(value, currency);
    // Exact already: the formatters' own rounding cannot move it.
    constexpr RoundingMode exact = RoundingMode::toward_zero;
    if (language == Language::chinese) {
        const ChineseScale s = power == 12  ? ChineseScale::wan_yi
                               : power == 8 ? ChineseScale::yi
                               : power == 4 ? ChineseScale::wan
                                            : ChineseScale::units;
        return format_chinese(m, places, exact, s);
    }
    const EnglishScale s = power == 12  ? EnglishScale::trillion
                           : power == 9 ? EnglishScale::billion
                           : power == 6 ? EnglishScale::million
                                        : EnglishScale::units;
    const CurrencyLabel label = currency == Currency::of("USD") ? CurrencyLabel::symbol : CurrencyLabel::word;
    return format_english(m, places, exact, label, s);
}

}  // namespace

Decimal power_of_ten(int e) {
    if (e < 0) return Decimal::from_units(1, -e);
    Decimal p(1);
    for (int i = 0; i < e; ++i) p *= Decimal(10);
    return p;
}

const char* qualifier_code(Qualified q) noexcept {
    switch (q) {
        case Qualified::none:
            return "";
        case Qualified::nearly:
            return "nearly";
        case Qualified::over:
            return "over";
        case Qualified::about:
            return "about";
    }
    return "";
}

PrintedAmount print_amount(const Ratio& exact, Currency currency, Language language, const FigureStyle& style,
                           const std::optional<Approximate>& approximate) {
    const std::array<Scale, 4> list = scales(language, style);
    for (const Scale& s : list) check_places(s.places);
    PrintedAmount out;
    if (approximate && !exact.is_zero()) {
        // Significant digits: the unit is 10^(k − digits + 1) for a value of order 10^k.
        const int e = magnitude_exponent(exact) - approximate->digits + 1;
        out.value = round_to_power(exact, e, style.mode);
        const Scale s = list[scale_for(list, Ratio(out.value))];
        out.power = s.power;
        out.places = s.power - e > 0 ? s.power - e : 0;
        const Ratio printed(out.value);
        if (approximate->wording == ApproximateWording::about) {
            out.qualifier = Qualified::about;
        } else if (printed != exact) {
            // The word says on which side the exact value lies, so it is true by construction.
            const bool above = exact.sign() >= 0 ? printed > exact : printed < exact;
            out.qualifier = above ? Qualified::nearly : Qualified::over;
        }
    } else {
        std::size_t i = scale_for(list, exact);
        out.value = round_to_power(exact, list[i].power - list[i].places, style.mode);
        if (i > 0 && out.value.abs() >= power_of_ten(list[i - 1].power)) {
            --i;
            out.value = round_to_power(exact, list[i].power - list[i].places, style.mode);
        }
        out.power = list[i].power;
        out.places = list[i].places;
    }
    out.number = write(out.value, currency, language, out.power, out.places);
    return out;
}

PrintedAmount print_in_scale(const Ratio& exact, Currency currency, Language language, const FigureStyle& style,
                             const PrintedAmount& like) {
    PrintedAmount out;
    out.value = round_to_power(exact, like.power - like.places, style.mode);
    out.power = like.power;
    out.places = like.places;
    out.number = write(out.value, currency, language, out.power, out.places);
    return out;
}

std::string exact_amount_text(Decimal value, Currency currency, Language language, const PrintedAmount& like) {
    const Decimal mantissa = (value * power_of_ten(-like.power)).normalized();
    const int places = mantissa.scale() > like.places ? mantissa.scale() : like.places;
    return write(value, currency, language, like.power, places);
}

}  // namespace svctrade::bulletins_detail
