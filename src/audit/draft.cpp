// SPDX-License-Identifier: BSL-1.0
// The pre-publication check: each printed figure of a draft against the exact value of the data.
// A figure is right exactly when that value lies in the interval its printing stands for, so the
// check reuses Figure::interval() (the same reading the audit gives a published figure) and,
// for average growth, the power-domain decision of AverageGrowthInterval (no root is taken).
#include <svctrade/audit/draft.hpp>

#include "audit/words.hpp"

#include <svctrade/audit/check.hpp>
#include <svctrade/error.hpp>
#include <svctrade/growth/average_growth_interval.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace svctrade {

namespace {

struct Value {
    Ratio value;  // the exact value, or the growth factor when root > 1
    int root = 1;
};

// A value or why there is none.
struct Computed {
    std::optional<Value> value;
    Reason reason = Reason::missing;
};

Computed none(Reason r) {
    return Computed{std::nullopt, r};
}
Computed of(Ratio v, int root = 1) {
    return Computed{Value{v, root}, Reason::none};
}

std::optional<Ratio> series_level(const TimeSeries& s, const Period& p) {
    if (const auto v = s.at(p)) return Ratio(v->amount());
    const auto kind = s.kind();
    if (!kind) return std::nullopt;
    if (const auto q = p.try_as_kind(*kind)) {
        if (const auto v = s.at(*q)) return Ratio(v->amount());
    }
    if (*kind != PeriodKind::month || p.whole_months() == 0) return std::nullopt;
    std::vector<Period> months;
    try {
        months = p.months();
    } catch (const InvalidPeriod&) {
        return std::nullopt;
    }
    Ratio sum;
    for (const Period& m : months) {
        const auto v = s.at(m);
        if (!v) return std::nullopt;
        sum = sum + Ratio(v->amount());
    }
    return sum;
}

// The base period of a claim: a year given for a shorter period means the same part of that
// year ("on 2019" for H1 2021 is on H1 2019), as the audit reads it.
Period resolved_base(const Claim& c) {
    Period base = *c.base_period;
    if (base.kind() == PeriodKind::year && c.period.kind() != PeriodKind::year) {
        base = c.period.shifted_years(base.year() - c.period.year());
    }
    return base;
}

// Whole years from the base to the period, 0 when the base is not the same part of an earlier year.
int years_between(const Claim& c, const Period& base) {
    const int n = c.period.year() - base.year();
    if (n >= 1 && c.period.shifted_years(-n).same_dates(base)) return n;
    return 0;
}

class Evaluator {
public:
    Evaluator(const ExactData& data, const Claim& claim) : data_(data), c_(claim) {}

    Computed run() {
        switch (c_.measure) {
            case Measure::level:
                return level(c_.period);
            case Measure::change: {
                const Computed now = level(c_.period), before = level(c_.period.same_period_last_year());
                if (!now.value) return now;
                if (!before.value) return before;
                return of(now.value->value - before.value->value);
            }
            case Measure::growth:
                return growth(c_.period.same_period_last_year());
            case Measure::growth_on_previous:
                return growth(c_.period.previous());
            case Measure::growth_on_base:
                return growth(resolved_base(c_));
            case Measure::average_growth:
            case Measure::cagr: {
                const Period base = resolved_base(c_);
                const int n = years_between(c_, base);
                if (n == 0) return none(Reason::missing);
                Computed f = growth(base);
                if (!f.value) return f;
                f.value->value = f.value->value + Ratio(Decimal(1));
                f.value->root = n;
                return f;
            }
            case Measure::share:
                return share(c_.period);
            case Measure::share_change: {
                const Computed now = share(c_.period), before = share(c_.period.same_period_last_year());
                if (!now.value) return now;
                if (!before.value) return before;
                return of(now.value->value - before.value->value);
            }
            case Measure::count:
                return none(Reason::missing);
        }
        return none(Reason::missing);
    }

private:
    [[nodiscard]] Computed level(const Period& p) const {
        const auto currency = c_.figure.currency();
        if (!currency) return none(Reason::missing);
        return from(data_.level(c_.item, c_.flow, p, *currency));
    }

    static Computed from(const Outcome<Ratio>& r) { return r ? of(*r) : none(r.reason()); }

    // L(period) ÷ L(base) − 1 in the first currency both levels are held in, refused as growth()
    // refuses it.
    [[nodiscard]] Computed growth(const Period& base) const {
        for (const Currency cur : data_.currencies()) {
            const auto now = data_.level(c_.item, c_.flow, c_.period, cur);
            const auto then = data_.level(c_.item, c_.flow, base, cur);
            if (!now || !then) continue;
            const Ratio b = *then, v = *now;
            if (b.is_zero()) return none(Reason::zero_base);
            if (b.sign() < 0) return none(Reason::negative_base);
            if (v.sign() < 0) return none(Reason::sign_change);
            return of(v / b - Ratio(Decimal(1)));
        }
        return none(Reason::missing);
    }

    // Part ÷ whole in the first currency both are held in.
    [[nodiscard]] Computed share(const Period& p) const {
        Reason why = Reason::missing;
        for (const Currency cur : data_.currencies()) {
            const auto part = data_.level(c_.item, c_.flow, p, cur);
            const auto whole = data_.level(c_.whole_item(), c_.whole_claim_flow(), p, cur);
            if (!part || !whole) continue;
            if (whole->is_zero()) return none(Reason::zero_base);
            if (whole->sign() < 0) {
                why = Reason::negative_base;
                continue;
            }
            return of(*part / *whole);
        }
        return none(why);
    }

    const ExactData& data_;
    const Claim& c_;
};

// The factor that takes a base-unit value to the printed unit: 100 for percentages.
Ratio printed_scale(FigureKind k) {
    const bool percent = k == FigureKind::growth_rate || k == FigureKind::share || k == FigureKind::percentage_points;
    return Ratio(Decimal(percent ? 100 : 1));
}

// The figure `claim` would be if it printed `number` (printed units) at its own rounding unit.
Figure printed_as(const Figure& f, Decimal number) {
    const Published p(number, f.printed().unit());
    switch (f.kind()) {
        case FigureKind::level:
            return Figure::level(Money(number, *f.currency()), f.printed().unit());
        case FigureKind::growth_rate:
            return Figure::growth_rate(p);
        case FigureKind::share:
            return Figure::share(p);
        case FigureKind::percentage_points:
            return Figure::percentage_points(p);
        case FigureKind::count:
        case FigureKind::exchange_rate:
            break;
    }
    return f;
}

bool holds(const Interval& printed, const Value& v) {
    if (v.root == 1) return printed.contains(v.value);
    return AverageGrowthInterval(Interval::point(v.value), v.root).intersects(printed);
}

// The number the figure should print: the exact value rounded to the figure's unit by `mode`;
// for a root, the candidate next to the double approximation whose interval holds the root.
std::optional<Decimal> expected_number(const Figure& f, const Value& v, RoundingMode mode) {
    const Decimal unit = f.printed().unit();
    if (v.root == 1) {
        const Ratio steps = v.value * printed_scale(f.kind()) / Ratio(unit);
        return steps.round(0, mode) * unit;
    }
    const double approx =
        (std::pow(v.value.to_double(), 1.0 / v.root) - 1.0) * printed_scale(f.kind()).to_double() / unit.to_double();
    const auto k0 = static_cast<long long>(std::llround(approx));
    for (const long long k : {k0, k0 - 1, k0 + 1, k0 - 2, k0 + 2}) {
        const Decimal number = Decimal(k) * unit;
        if (holds(printed_as(f, number).interval(mode), v)) return number;
    }
    return std::nullopt;
}

Decimal power_of_ten(int n) {
    Decimal p(1);
    for (int i = 0; i < n; ++i) p = p * Decimal(10);
    return p;
}

// The places a number is shown with: those of the rounding unit in the units the text uses (a
// level in its scale word's units: 0.1 for 343.2亿元).
int shown_places(const Figure& f) {
    const auto unit = exact_quotient(f.printed().unit(), power_of_ten(f.scale_power()));
    return unit ? std::max(0, unit->normalized().scale()) : 0;
}

// A number in printed units as the text shows it (343.2 for 34 320 000 000 yuan printed 343.2亿元).
Decimal shown(const Figure& f, Decimal number) {
    return Ratio(number, power_of_ten(f.scale_power())).round(shown_places(f), RoundingMode::half_up);
}

// The figure's text with its printed number replaced by `digits` (a magnitude) of sign `sign`,
// or no value when the text does not hold the printed number as written or the sign would have
// to change a direction word.
std::optional<std::string> replaced(const Figure& f, const std::string& digits, int sign) {
    const Decimal was = shown(f, f.printed().value());
    const std::string old_digits = was.abs().to_string();
    const std::size_t at = f.text().find(old_digits);
    if (at == std::string::npos) return std::nullopt;
    std::string with = digits;
    if (was.sign() == 0) {
        if (sign < 0) with = "-" + digits;
    } else if (sign != was.sign()) {
        return std::nullopt;
    }
    std::string t = f.text();
    t.replace(at, old_digits.size(), with);
    return t;
}

std::string unit_words(const Figure& f, Language l);

// Without the figure's own text, a level is shown in yuan (or dollars) with its currency's code.
std::string expected_text(const Figure& f, Decimal expected) {
    const Decimal now = shown(f, expected);
    if (auto t = replaced(f, now.abs().to_string(), now.sign())) return *t;
    if (f.kind() == FigureKind::level) return expected.to_string() + unit_words(f, Language::english);
    return now.to_string() + unit_words(f, Language::english);
}

DraftVerdict verdict_under(const Claim& c, const Value& v, RoundingMode mode) {
    return holds(c.figure.interval(mode), v) ? DraftVerdict::correct : DraftVerdict::incorrect;
}

DraftCheck check_claim(const Claim& c, std::uint32_t index, const ExactData& data, NegativeRounding convention) {
    DraftCheck out;
    out.claim = index;
    Computed r;
    try {
        r = Evaluator(data, c).run();
    } catch (const Overflow&) {
        out.verdict = out.other_verdict = DraftVerdict::unevaluated;
        return out;
    } catch (const InvalidPeriod&) {
        r = none(Reason::missing);  // a period shifted out of the calendar's range has no data
    }
    if (!r.value) {
        out.verdict = out.other_verdict = DraftVerdict::not_in_data;
        out.reason = r.reason;
        return out;
    }
    const Value& v = *r.value;
    out.exact = Interval::point(v.value);
    out.root = v.root;
    try {
        out.verdict = verdict_under(c, v, rounding_mode(convention));
        out.other_verdict = verdict_under(c, v, rounding_mode(other(convention)));
        if (!c.figure.is_approximate() && !c.figure.is_exact()) {
            out.expected = expected_number(c.figure, v, rounding_mode(convention));
            if (out.expected) out.expected_text = expected_text(c.figure, *out.expected);
        }
    } catch (const Overflow&) {
        out.verdict = out.other_verdict = DraftVerdict::unevaluated;
        out.expected.reset();
        out.expected_text.clear();
    }
    return out;
}

}  // namespace

std::string_view to_string(DraftVerdict verdict) noexcept {
    switch (verdict) {
        case DraftVerdict::correct:
            return "correct";
        case DraftVerdict::incorrect:
            return "incorrect";
        case DraftVerdict::not_in_data:
            return "not_in_data";
        case DraftVerdict::unevaluated:
            return "unevaluated";
    }
    return "correct";
}

void ExactData::add(const Item& item, ClaimFlow flow, TimeSeries series) {
    if (find(item, flow, series.currency())) {
        throw InvalidArgument("the data already hold a series of " + item.text() + " (" + std::string(to_string(flow)) +
                              ") in " + std::string(series.currency().code()));
    }
    if (std::find(currencies_.begin(), currencies_.end(), series.currency()) == currencies_.end())
        currencies_.push_back(series.currency());
    series_.push_back(Held{item, flow, std::move(series)});
}

const TimeSeries* ExactData::find(const Item& item, ClaimFlow flow, Currency currency) const noexcept {
    for (const Held& h : series_)
        if (h.flow == flow && h.series.currency() == currency && h.item == item) return &h.series;
    return nullptr;
}

Outcome<Ratio> ExactData::level(const Item& item, ClaimFlow flow, const Period& period, Currency currency) const {
    if (const TimeSeries* s = find(item, flow, currency)) {
        if (const auto v = series_level(*s, period)) return *v;
        return NoAnswer(Reason::missing);
    }
    if (flow == ClaimFlow::exports || flow == ClaimFlow::imports) return NoAnswer(Reason::missing);
    if (flow == ClaimFlow::deficit) {
        // A deficit is the balance with its sign reversed, whichever of the two is held.
        if (const TimeSeries* b = find(item, ClaimFlow::balance, currency)) {
            if (const auto v = series_level(*b, period)) return -*v;
            return NoAnswer(Reason::missing);
        }
    }
    if (flow == ClaimFlow::balance) {
        if (const TimeSeries* d = find(item, ClaimFlow::deficit, currency)) {
            if (const auto v = series_level(*d, period)) return -*v;
            return NoAnswer(Reason::missing);
        }
    }
    const auto e = level(item, ClaimFlow::exports, period, currency);
    const auto i = level(item, ClaimFlow::imports, period, currency);
    if (!e || !i) return NoAnswer(Reason::missing);
    switch (flow) {
        case ClaimFlow::total:
            return *e + *i;
        case ClaimFlow::balance:
            return *e - *i;
        case ClaimFlow::deficit:
            return *i - *e;
        case ClaimFlow::exports:
        case ClaimFlow::imports:
            break;
    }
    return NoAnswer(Reason::missing);
}

std::size_t DraftReport::count(DraftVerdict verdict) const noexcept {
    return static_cast<std::size_t>(
        std::count_if(checks.begin(), checks.end(), [&](const DraftCheck& c) { return c.verdict == verdict; }));
}

std::vector<std::size_t> DraftReport::incorrect() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < checks.size(); ++i)
        if (checks[i].verdict == DraftVerdict::incorrect) out.push_back(i);
    return out;
}

DraftReport check_draft(const Release& draft, const ExactData& data, const DraftOptions& options) {
    DraftReport report;
    report.convention = options.convention;
    const auto& claims = draft.claims();
    report.checks.reserve(claims.size());
    for (std::size_t i = 0; i < claims.size(); ++i)
        report.checks.push_back(check_claim(claims[i], static_cast<std::uint32_t>(i), data, options.convention));
    return report;
}

namespace {

// The unit after a number shown without the figure's own text.
std::string unit_words(const Figure& f, Language l) {
    switch (f.kind()) {
        case FigureKind::growth_rate:
        case FigureKind::share:
            return "%";
        case FigureKind::percentage_points:
            return l == Language::english ? " percentage points" : "个百分点";
        case FigureKind::level:
            return " " + std::string(f.currency()->code());
        case FigureKind::count:
        case FigureKind::exchange_rate:
            break;
    }
    return "";
}

// The exact value as the figure's text shows numbers, to three more places than it prints, with
// "…" when it goes on: "343.2481…亿元", "5.953…%".
std::string value_words(const DraftCheck& check, const Figure& f, Language l) {
    const int places = shown_places(f) + 3;
    const Ratio to_shown = printed_scale(f.kind()) / Ratio(power_of_ten(f.scale_power()));
    Decimal r;
    bool exact = false;
    if (check.root == 1) {
        const Ratio v = check.exact->lower() * to_shown;
        r = v.round(places, RoundingMode::half_up);
        exact = Ratio(r) == v;
    } else {
        const AverageGrowthInterval a(*check.exact, check.root);
        const Ratio lo(Decimal::parse(a.lower_outward(places + 2)));
        r = (lo * to_shown).round(places, RoundingMode::floor);
    }
    const std::string digits = r.abs().to_string() + (exact ? "" : "…");
    if (const auto t = replaced(f, digits, r.sign())) return *t;
    if (f.kind() == FigureKind::level && check.root == 1) {
        const Ratio v = check.exact->lower();
        const Decimal yuan = v.round(0, RoundingMode::half_up);
        return yuan.to_string() + (Ratio(yuan) == v ? "" : "…") + unit_words(f, l);
    }
    return (r.sign() < 0 ? "-" : "") + digits + unit_words(f, l);
}

std::string_view reason_words(Reason r, Language l) {
    const bool en = l == Language::english;
    switch (r) {
        case Reason::zero_base:
            return en ? "its base is zero in the data" : "数据中基数为零";
        case Reason::negative_base:
            return en ? "its base is negative in the data" : "数据中基数为负";
        case Reason::sign_change:
            return en ? "the level changes sign in the data" : "数据中数值由正转负";
        case Reason::none:
        case Reason::missing:
            break;
    }
    return en ? "the data do not hold what it needs" : "数据中缺少所需数值";
}

}  // namespace

std::string sentence(const DraftCheck& check, const Release& draft, Language language) {
    if (check.claim >= draft.claims().size()) {
        throw InvalidArgument("the check refers to claim " + std::to_string(check.claim) + " of release " + draft.id() +
                              ", which has " + std::to_string(draft.claims().size()) + " claims");
    }
    const Claim& c = draft.claims()[check.claim];
    const bool en = language == Language::english;
    Check as_check(CheckKind::duplicate, Interval::point(Ratio()), c.period);
    as_check.flow = c.flow;
    as_check.measure = c.measure;
    const std::string what = audit_words::subject(as_check, c, language);
    const std::string printed = audit_words::printed(c, language);
    std::string s;
    switch (check.verdict) {
        case DraftVerdict::not_in_data:
            s = en ? "The draft's " + printed + " (" + what +
                         ") cannot be checked: " + std::string(reason_words(check.reason, language)) + "."
                   : "草稿中" + what + "“" + c.figure.text() + "”无法核对：" +
                         std::string(reason_words(check.reason, language)) + "。";
            break;
        case DraftVerdict::unevaluated:
            s = en ? "The draft's " + printed + " (" + what + ") was not checked: an exact intermediate is too large."
                   : "草稿中" + what + "“" + c.figure.text() + "”未核对：精确中间值过大。";
            break;
        case DraftVerdict::correct:
        case DraftVerdict::incorrect: {
            const std::string value = value_words(check, c.figure, language);
            const bool ok = check.verdict == DraftVerdict::correct;
            if (en) {
                s = audit_words::capitalized(what) + ": the draft prints " + printed + "; the data give " + value;
                if (ok) {
                    s += ", which it rounds correctly.";
                } else if (check.expected) {
                    s += ", which prints as \"" + check.expected_text + "\".";
                } else {
                    s += ", which the printed figure does not allow.";
                }
            } else {
                s = what + "：草稿为" + printed + "，数据为" + value;
                if (ok) {
                    s += "，修约正确。";
                } else if (check.expected) {
                    s += "，应为“" + check.expected_text + "”。";
                } else {
                    s += "，与所印数字不符。";
                }
            }
            if (check.verdict != check.other_verdict) {
                s += en ? " (The verdict is the other way under the other rounding of negative figures.)"
                        : "（按另一种负数修约规则，结论相反。）";
            }
            break;
        }
    }
    return s;
}

}  // namespace svctrade
