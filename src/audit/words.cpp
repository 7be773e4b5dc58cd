// SPDX-License-Identifier: BSL-1.0
// Names and numbers for audit sentences. Ranges are rounded outward (the lower end down, the upper
// up), with as many places as it takes for the two ends to differ, so that the printed range
// always contains the exact one and never collapses to a single misleading number.
#include "audit/words.hpp"

#include "audit/root.hpp"

#include <svctrade/categories/classification.hpp>
#include <svctrade/money/magnitude.hpp>
#include <svctrade/periods/text.hpp>

#include <cctype>
#include <string>

namespace svctrade::audit_words {

namespace {

const Classification& names() {
    static const Classification c;
    return c;
}

bool ascii(std::string_view s) {
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

bool is_code(std::string_view text) {
    return Category::find(text).has_value();
}

std::string category_name(Category c, std::string_view written, Language l) {
    if (c == Category::total()) return l == Language::english ? "services" : "服务";
    if (l == Language::chinese) {
        if (const auto zh = c.chinese_name(ChineseNameForm::mofcom_short)) return std::string(*zh);
        return std::string(written);
    }
    if (!is_code(written) && ascii(written)) return std::string(written);
    std::string n(c.name());
    if (!n.empty()) n[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(n[0])));
    return n;
}

std::string name_of_text(std::string_view text, Language l) {
    if (const auto m = names().find(text); m && m->relation == AliasRelation::same) {
        if (m->target.is_category()) return category_name(m->target.category(), text, l);
        const Aggregate& a = names().aggregate(m->target.aggregate_key());
        if (l == Language::chinese && !a.chinese_name().empty()) return a.chinese_name();
        std::string n = a.name();
        if (l == Language::english && !n.empty())
            n[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(n[0])));
        return l == Language::english ? n : std::string(text);
    }
    return std::string(text);
}

std::string trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return std::string(s);
}

std::string period_name(const Period& p, Language l) {
    return l == Language::english ? to_english(p) : to_chinese(p);
}

// The power of ten an amount of about `size` is written in: 10^12, 10^9, 10^6 or 1 in English,
// 亿 (10^8), 万 (10^4) or 1 in Chinese.
Ratio money_scale(const Ratio& size, Language l) {
    const Ratio magnitude = size.sign() < 0 ? -size : size;
    const auto at_least = [&](const char* t) { return magnitude >= Ratio(Decimal::parse(t)); };
    if (l == Language::english) {
        for (const char* t : {"1000000000000", "1000000000", "1000000"})
            if (at_least(t)) return Ratio(Decimal::parse(t));
        return Ratio(Decimal(1));
    }
    for (const char* t : {"100000000", "10000"})
        if (at_least(t)) return Ratio(Decimal::parse(t));
    return Ratio(Decimal(1));
}

// A money amount rounded toward `mode` with `decimals` places in the scale a reader expects.
std::string money(const Ratio& value, Currency currency, int decimals, RoundingMode mode, Language l,
                  const Ratio& size) {
    const Money m(value.round(0, mode), currency);
    const Ratio magnitude = size.sign() < 0 ? -size : size;
    if (l == Language::english) {
        const EnglishScale scale = magnitude >= Ratio(Decimal::parse("1000000000000")) ? EnglishScale::trillion
                                   : magnitude >= Ratio(Decimal::parse("1000000000"))  ? EnglishScale::billion
                                   : magnitude >= Ratio(Decimal::parse("1000000"))     ? EnglishScale::million
                                                                                       : EnglishScale::units;
        return format_english(m, decimals, mode, CurrencyLabel::word, scale);
    }
    const ChineseScale scale = magnitude >= Ratio(Decimal::parse("100000000")) ? ChineseScale::yi
                               : magnitude >= Ratio(Decimal::parse("10000"))   ? ChineseScale::wan
                                                                               : ChineseScale::units;
    return format_chinese(m, decimals, mode, scale);
}

std::string percent_text(const Ratio& fraction, int places, RoundingMode mode) {
    return (fraction * Ratio(Decimal(100))).round(places, mode).to_string();
}

std::string currency_word(Currency c, Language l) {
    const std::string_view code = c.code();
    if (l == Language::english) {
        if (code == "CNY") return "yuan";
        if (code == "USD") return "US dollar";
        return std::string(code);
    }
    if (code == "CNY") return "元";
    if (code == "USD") return "美元";
    return std::string(code);
}

// A currency as Chinese names it in an exchange rate: 人民币兑美元.
std::string currency_name_zh(Currency c) {
    const std::string_view code = c.code();
    if (code == "CNY") return "人民币";
    if (code == "USD") return "美元";
    return std::string(code);
}

// The two ends as text, with at least `first_places` places and enough more that one unit of the
// last place is at most a tenth of the interval's width (in units of `scale`), so that the
// printed range shows how wide the exact one is; never more than `first_places` + 8.
template <class Format>
std::pair<std::string, std::string> ends(const Interval& i, int first_places, const Ratio& scale, Format&& format) {
    int places = first_places;
    const Ratio width = i.width() / scale;
    if (width.sign() > 0) {
        Ratio unit(Decimal(1));
        for (int p = 0; p < first_places; ++p) unit = unit / Ratio(Decimal(10));
        while (places < first_places + 8 && unit * Ratio(Decimal(10)) > width) {
            unit = unit / Ratio(Decimal(10));
            ++places;
        }
    }
    std::string lo = format(i.lower(), places, RoundingMode::floor);
    std::string hi = format(i.upper(), places, RoundingMode::ceiling);
    while (lo == hi && places < first_places + 8 && !i.is_point()) {
        ++places;
        lo = format(i.lower(), places, RoundingMode::floor);
        hi = format(i.upper(), places, RoundingMode::ceiling);
    }
    return {lo, hi};
}

std::string between(const std::string& lo, const std::string& hi, Language l) {
    return l == Language::english ? "between " + lo + " and " + hi : lo + "至" + hi;
}

}  // namespace

std::string capitalized(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::string item_name(const Item& item, Language l) {
    const std::string& text = item.text();
    if (item.key() == "set S") return l == Language::english ? "services" : "服务";
    if (item.is_label()) return text;
    std::string whole = name_of_text(text, l);
    if (whole != text || !item.services() || text.find('-') == std::string::npos || names().find(text)) {
        if (l == Language::english && !ascii(whole)) return text;  // no English name known
        return whole;
    }
    // A difference: the first part excluding the others.
    std::string rest = text;
    std::string out;
    std::size_t k = 0;
    for (;;) {
        const auto dash = rest.find('-');
        const std::string part = name_of_text(trim(rest.substr(0, dash)), l);
        const std::string p = part == "S" ? (l == Language::english ? "services" : "服务") : part;
        if (k == 0) {
            out = p;
        } else {
            out += l == Language::english ? (k == 1 ? " excluding " : " and ") + p : (k == 1 ? "（剔除" : "、") + p;
        }
        ++k;
        if (dash == std::string::npos) break;
        rest = rest.substr(dash + 1);
    }
    if (l == Language::chinese && k > 1) out += "）";
    return out;
}

std::string flow_item(ClaimFlow flow, const Item& item, Language l) {
    std::string n = item_name(item, l);
    if (item.is_label()) {
        if (flow == ClaimFlow::total) return n;
        return l == Language::english ? n + " (" + std::string(to_string(flow)) + ")"
                                      : n + "（" +
                                            (flow == ClaimFlow::exports   ? "出口"
                                             : flow == ClaimFlow::imports ? "进口"
                                             : flow == ClaimFlow::balance ? "差额"
                                                                          : "逆差") +
                                            "）";
    }
    if (l == Language::english) {
        switch (flow) {
            case ClaimFlow::exports:
                return n + " exports";
            case ClaimFlow::imports:
                return n + " imports";
            case ClaimFlow::total:
                return n + " trade";
            case ClaimFlow::balance:
                return "the " + n + " trade balance";
            case ClaimFlow::deficit:
                return "the " + n + " trade deficit";
        }
    }
    switch (flow) {
        case ClaimFlow::exports:
            return n + "出口";
        case ClaimFlow::imports:
            return n + "进口";
        case ClaimFlow::total:
            return n + "进出口";
        case ClaimFlow::balance:
            return n + "贸易差额";
        case ClaimFlow::deficit:
            return n + "贸易逆差";
    }
    return n;
}

std::string subject(const Check& check, const Claim& about, Language l) {
    const bool en = l == Language::english;
    const Item item = check.about_whole ? about.whole_item() : about.item;
    std::string fi = flow_item(check.flow, item, l);
    const std::string when = period_name(check.period, l);
    // "in H1 2021", "on 27 August 2021".
    const std::string in = check.period.kind() == PeriodKind::day ? " on " : " in ";
    const auto base = [&] { return about.base_period ? period_name(*about.base_period, l) : std::string("?"); };
    const auto whole = [&] { return flow_item(about.whole_claim_flow(), about.whole_item(), l); };
    if (check.kind == CheckKind::implied_rate || check.kind == CheckKind::common_rate) {
        const std::string pair =
            check.quantity.currency && check.quantity.per
                ? (en ? currency_word(*check.quantity.currency, l) + " per " + currency_word(*check.quantity.per, l)
                      : currency_name_zh(*check.quantity.currency) + "兑" + currency_name_zh(*check.quantity.per))
                : std::string(en ? "exchange" : "");
        return en ? "the " + pair + " rate of " + fi + in + when : when + fi + "的" + pair + "汇率";
    }
    std::string status_en, status_zh;
    if (about.status && check.measure != Measure::level) {
        status_en = " " + std::string(english_name(*about.status));
        status_zh = "（" + std::string(chinese_name(*about.status)) + "）";
    }
    switch (check.measure) {
        case Measure::level:
            return en ? fi + in + when : when + fi;
        case Measure::growth:
            return en ? "the year-on-year growth of " + fi + in + when : when + fi + "同比增速";
        case Measure::growth_on_base:
            return en ? "the growth of " + fi + in + when + " on " + base() : when + fi + "比" + base() + "增速";
        case Measure::average_growth:
        case Measure::cagr:
            return en ? "the average annual growth of " + fi + " from " + base() + " to " + when
                      : when + fi + "较" + base() + "年均增速";
        case Measure::growth_on_previous:
            return en ? "the growth of " + fi + in + when + " on the previous period" : when + fi + "环比增速";
        case Measure::share:
            return en ? "the share of " + fi + status_en + " in " + whole() + in + when
                      : when + fi + status_zh + "占" + whole() + "比重";
        case Measure::share_change:
            return en ? "the change in the share of " + fi + " in " + whole() + in + when
                      : when + fi + "占" + whole() + "比重的变化";
        case Measure::change:
            return en ? "the change in " + fi + in + when + " on a year earlier" : when + fi + "同比增减额";
        case Measure::count:
            return en ? "the number of " + item_name(item, l) + status_en + in + when
                      : when + item_name(item, l) + status_zh + "数量";
    }
    return fi;
}

std::string printed(const Claim& claim, Language l) {
    const Qualifier q = claim.figure.qualifier();  // the library's qualifier
    std::string word;
    if (q == Qualifier::nearly) word = l == Language::english ? "nearly " : "近";
    if (q == Qualifier::over) word = l == Language::english ? "over " : "超过";
    if (q == Qualifier::about) word = l == Language::english ? "about " : "约";
    return (l == Language::english ? "\"" : "“") + word + claim.figure.text() + (l == Language::english ? "\"" : "”");
}

std::string format_range(const Interval& i, const Quantity& q, Language l) {
    if (q.kind == FigureKind::exchange_rate && q.per && q.currency) {
        auto [lo, hi] = ends(i, 3, Ratio(Decimal(1)), [](const Ratio& r, int places, RoundingMode mode) {
            return r.round(places, mode).to_string();
        });
        if (i.is_point()) return lo;
        return l == Language::english
                   ? between(lo, hi, l) + " " + currency_word(*q.currency, l) + " per " + currency_word(*q.per, l)
                   : "每" + currency_word(*q.per, l) + lo + "至" + hi + currency_word(*q.currency, l);
    }
    switch (q.kind) {
        case FigureKind::level: {
            if (!q.currency) break;
            const Ratio size = i.upper().sign() < 0 ? i.lower() : i.upper();
            auto [lo, hi] = ends(i, l == Language::english ? 2 : 1, money_scale(size, l),
                                 [&](const Ratio& r, int places, RoundingMode mode) {
                                     return money(r, *q.currency, places, mode, l, size);
                                 });
            if (i.is_point())
                return (l == Language::english ? "at " : "") +
                       money(i.lower(), *q.currency, 2, RoundingMode::floor, l, size);
            return between(lo, hi, l);
        }
        case FigureKind::growth_rate:
        case FigureKind::share: {
            auto [lo, hi] = ends(i, 2, Ratio(Decimal(1), Decimal(100)), percent_text);
            if (i.is_point()) return (l == Language::english ? "at " : "") + lo + "%";
            return between(lo + "%", hi + "%", l);
        }
        case FigureKind::percentage_points: {
            auto [lo, hi] = ends(i, 2, Ratio(Decimal(1), Decimal(100)), percent_text);
            const std::string unit = l == Language::english ? " percentage points" : "个百分点";
            if (i.is_point()) return (l == Language::english ? "at " : "") + lo + unit;
            return between(lo, hi, l) + unit;
        }
        case FigureKind::exchange_rate:
            break;
        case FigureKind::count: {
            auto [lo, hi] = ends(i, 0, Ratio(Decimal(1)), [](const Ratio& r, int places, RoundingMode mode) {
                return r.round(places, mode).to_string();
            });
            if (i.is_point()) return (l == Language::english ? "at " : "") + lo;
            return between(lo, hi, l);
        }
    }
    return i.to_exact_string();
}

std::string range(const Check& check, Language l) {
    if (check.root > 1) {
        // An average growth: the enclosure of F^(1/n) − 1, as percents.
        const auto [lo, hi] = audit_root::enclosure_ends(check.computed, check.root, 8);
        const Interval growth(Ratio(Decimal::parse(lo)), check.computed.lower_bound(), Ratio(Decimal::parse(hi)),
                              check.computed.upper_bound());
        Quantity q;
        q.kind = FigureKind::growth_rate;
        return format_range(growth, q, l);
    }
    return format_range(check.computed, check.quantity, l);
}

}  // namespace svctrade::audit_words
