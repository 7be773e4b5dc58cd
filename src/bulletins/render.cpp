// SPDX-License-Identifier: BSL-1.0
// Writing a bulletin: for each sentence, the fields its figures can fill, the first template row
// those fields satisfy, and the release-file rows of exactly the figures that row printed. The
// footnotes are computed from the printed (rounded) figures alone, as a reader would add them up.
#include <svctrade/audit/claim.hpp>
#include <svctrade/bulletins/render.hpp>
#include <svctrade/error.hpp>
#include <svctrade/periods/text.hpp>
#include <svctrade/text/csv_writer.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <utility>

#include "bulletins/amounts.hpp"

namespace svctrade {

namespace {

using namespace bulletins_detail;

// A printed figure a footnote may add up: a level, a balance or a share of item `item` (0 is the
// whole, i is items[i − 1]) in `flow`.
struct Fact {
    enum class Kind { level, balance, share };
    Kind kind;
    std::size_t item;
    Flow flow;
    PrintedAmount amount{};  // level and balance
    Decimal percent{};       // share, as printed
    int sign = 0;            // balance: +1 surplus, −1 deficit
};

// One field's text, with the rows and facts it prints.
struct Field {
    std::string text;
    std::vector<ReleaseRow> rows{};
    std::vector<Fact> facts{};
};

using Fields = std::map<std::string, Field, std::less<>>;

std::string_view flow_case(Flow flow) {
    return to_string(flow);
}

class Writer {
public:
    Writer(const BulletinFigures& figures, const TemplateTable& templates, Language language, const FigureStyle& style)
        : f_(figures), t_(templates), lang_(language), style_(style) {}

    Bulletin run() {
        Bulletin b;
        b.language = lang_;
        b.release = f_.spec.id + (lang_ == Language::chinese ? "-zh" : "-en");
        b.area = f_.spec.area;
        b.basis = f_.spec.basis;
        b.published = f_.spec.published;
        std::vector<std::string> first;
        for (const FlowFigures& flow : f_.whole.flows) {
            std::optional<std::string> s =
                flow.flow == Flow::balance ? balance_sentence(flow) : figure_sentence("whole", 0, f_.whole, flow);
            if (s) first.push_back(std::move(*s));
        }
        std::vector<std::string> second;
        for (std::size_t i = 0; i < f_.items.size(); ++i)
            for (const FlowFigures& flow : f_.items[i].flows)
                if (auto s = figure_sentence("item", i + 1, f_.items[i], flow)) second.push_back(std::move(*s));
        for (auto* p : {&first, &second})
            if (!p->empty()) b.paragraphs.push_back(join(*p));
        b.footnotes = footnotes();
        b.rows = std::move(rows_);
        return b;
    }

private:
    [[nodiscard]] std::string join(const std::vector<std::string>& sentences) const {
        std::string out;
        for (const std::string& s : sentences) {
            if (!out.empty() && lang_ == Language::english) out += ' ';
            out += s;
        }
        return out;
    }

    [[nodiscard]] std::string period_text(const Period& p) const {
        return lang_ == Language::chinese ? to_chinese(p) : to_english(p);
    }
    [[nodiscard]] const std::string& name(const BulletinItem& item) const {
        return lang_ == Language::chinese ? item.chinese : item.english;
    }
    [[nodiscard]] const BulletinItem& item_at(std::size_t i) const {
        return i == 0 ? f_.whole.item : f_.items[i - 1].item;
    }

    [[nodiscard]] WordingOptions words(EnglishForm form) const {
        WordingOptions o;
        o.places = style_.percent_places;
        o.mode = style_.mode;
        o.english_form = form;
        return o;
    }

    [[nodiscard]] ReleaseRow row(const Period& period, std::string_view flow, const BulletinItem& item,
                                 std::string measure, std::string value, std::string note) const {
        ReleaseRow r;
        r.period = to_english(period);
        r.flow = std::string(flow);
        r.item = item.label;
        r.measure = std::move(measure);
        r.value = std::move(value);
        r.note = std::move(note);
        return r;
    }

    [[nodiscard]] std::string qualified(const PrintedAmount& a) const {
        if (a.qualifier == Qualified::none) return a.number;
        const std::string& word = t_.word("qualifier", qualifier_code(a.qualifier));
        return lang_ == Language::chinese ? word + a.number : word + " " + a.number;
    }

    [[nodiscard]] PrintedAmount amount(const Ratio& exact, Currency currency, const BulletinItem& item) const {
        return print_amount(exact, currency, lang_, style_, item.approximate);
    }

    // A level-like field: the amount's text, one release row, and the fact for footnotes.
    [[nodiscard]] Field amount_field(const PrintedAmount& a, ReleaseRow r) const {
        r.qualifier = qualifier_code(a.qualifier);
        return Field{qualified(a), {std::move(r)}, {}};
    }

    [[nodiscard]] std::string percent_text(Decimal rounded) const {
        return rounded.to_string() + (lang_ == Language::chinese ? "%" : " percent");
    }

    // The fields of a `whole` or `item` sentence for one flow of one item.
    [[nodiscard]] Fields figure_fields(std::size_t index, const ItemFigures& item, const FlowFigures& flow,
                                       const std::string& note) const {
        const BulletinItem& it = item.item;
        const Measures& m = it.measures;
        const Period& now = f_.spec.period;
        const std::string_view code = to_string(flow.flow);
        Fields fields;
        fields.emplace("period", Field{period_text(now)});
        fields.emplace("area", Field{lang_ == Language::chinese ? f_.spec.area_chinese : f_.spec.area_english});
        fields.emplace("item", Field{name(it)});
        fields.emplace("whole", Field{name(f_.whole.item)});
        fields.emplace("flow", Field{t_.word("flow", flow_case(flow.flow))});
        fields.emplace("base_period", Field{period_text(now.shifted_years(-2))});
        if (m.level && flow.level) {
            const PrintedAmount a = amount(Ratio(flow.level.value().amount()), f_.currency, it);
            Field field = amount_field(a, row(now, code, it, "level", a.number, note));
            field.facts.push_back(Fact{Fact::Kind::level, index, flow.flow, a});
            fields.emplace("level", std::move(field));
        }
        if (m.dollar_equivalent && flow.dollars) {
            const PrintedAmount a = amount(flow.dollars.value(), f_.spec.dollar, it);
            fields.emplace("level_usd", amount_field(a, row(now, code, it, "level", a.number, note)));
        }
        if (m.growth && flow.growth) {
            const GrowthRate g = flow.growth.value();
            const ReleaseRow r =
                row(now, code, it, "growth", g.round(style_.percent_places, style_.mode).to_string() + "%", note);
            fields.emplace("growth",
                           Field{growth_words(g, lang_, ChangeBasis::year_on_year, words(EnglishForm::verb)), {r}});
            fields.emplace("growth_noun",
                           Field{growth_words(g, lang_, ChangeBasis::year_on_year, words(EnglishForm::noun)), {r}});
        }
        if (m.two_year_average && flow.two_year_average) {
            const AverageGrowth& g = flow.two_year_average.value();
            ReleaseRow r = row(now, code, it, "average_growth",
                               g.round(style_.percent_places, style_.mode).to_string() + "%", note);
            r.base_period = to_english(now.shifted_years(-2));
            const auto text = [&](EnglishForm form) {
                return lang_ == Language::chinese ? chinese_average_growth(g, words(form))
                                                  : english_average_growth(g, words(form));
            };
            fields.emplace("two_year", Field{text(EnglishForm::verb), {r}});
            fields.emplace("two_year_noun", Field{text(EnglishForm::noun), {r}});
        }
        if (index != 0 && m.share && flow.share) {
            const Decimal rounded = flow.share.value().round(style_.percent_places, style_.mode);
            ReleaseRow r = row(now, code, it, "share", rounded.to_string() + "%", note);
            r.whole = f_.whole.item.label;
            Field field{percent_text(rounded), {r}};
            Fact fact{Fact::Kind::share, index, flow.flow};
            fact.percent = rounded;
            field.facts.push_back(fact);
            fields.emplace("share", std::move(field));
        }
        if (index != 0 && m.share_change && flow.share_change) {
            const PercentagePoints c = flow.share_change.value();
            ReleaseRow r = row(now, code, it, "share_change",
                               c.round(style_.percent_places, style_.mode).to_string() +
                                   (lang_ == Language::chinese ? "个百分点" : " percentage points"),
                               note);
            r.whole = f_.whole.item.label;
            fields.emplace("share_change",
                           Field{points_words(c, lang_, ChangeBasis::year_on_year, words(EnglishForm::verb)), {r}});
            fields.emplace("share_change_noun",
                           Field{points_words(c, lang_, ChangeBasis::year_on_year, words(EnglishForm::noun)), {r}});
        }
        return fields;
    }

    std::optional<std::string> figure_sentence(std::string_view sentence, std::size_t index, const ItemFigures& item,
                                               const FlowFigures& flow) {
        const std::string note = std::string(sentence) + "/" + std::string(flow_case(flow.flow));
        const std::string c(flow_case(flow.flow));
        // The bulletin's first sentence names the period and the area; later ones need not.
        std::vector<std::string> cases;
        if (!printed_any_ && flow.flow != Flow::total) cases.push_back(c + "_first");
        if (!printed_any_ && sentence == "item" && flow.flow == Flow::total) cases.push_back("total_first");
        cases.push_back(c);
        return write(sentence, cases, figure_fields(index, item, flow, note));
    }

    // The balance: its case from the printed figures (a surplus, a deficit, roughly in balance;
    // against last year: wider, narrower, or turned from one to the other).
    std::optional<std::string> balance_sentence(const FlowFigures& flow) {
        if (!flow.level) return std::nullopt;
        const BulletinItem& it = f_.whole.item;
        const Period& now = f_.spec.period;
        const Period before = now.same_period_last_year();
        Fields fields;
        fields.emplace("period", Field{period_text(now)});
        fields.emplace("area", Field{lang_ == Language::chinese ? f_.spec.area_chinese : f_.spec.area_english});
        fields.emplace("item", Field{name(it)});
        fields.emplace("last_period", Field{period_text(before)});
        const Money bal = flow.level.value();
        const PrintedAmount a = amount(Ratio(bal.amount().abs()), f_.currency, it);
        const int sign = a.value.is_zero() ? 0 : bal.sign();
        if (sign == 0) return write("balance", {"balanced"}, fields);
        const std::string_view code = sign > 0 ? "balance" : "deficit";
        const std::string note = "balance/" + std::string(sign > 0 ? "surplus" : "deficit");
        Field level = amount_field(a, row(now, code, it, "level", a.number, note));
        Fact fact{Fact::Kind::balance, 0, Flow::balance, a};
        fact.sign = sign;
        level.facts.push_back(fact);
        fields.emplace("balance", std::move(level));
        if (it.measures.dollar_equivalent && flow.dollars) {
            const Ratio d = flow.dollars.value();
            const PrintedAmount u = amount(d.sign() < 0 ? -d : d, f_.spec.dollar, it);
            fields.emplace("balance_usd", amount_field(u, row(now, code, it, "level", u.number, note)));
        }
        std::vector<std::string> cases;
        const std::string kind = sign > 0 ? "surplus" : "deficit";
        if (flow.last_year) {
            const Money last = flow.last_year.value();
            const PrintedAmount l = amount(Ratio(last.amount().abs()), f_.currency, it);
            const int last_sign = l.value.is_zero() ? 0 : last.sign();
            if (last_sign != 0) {
                fields.emplace("last_year", amount_field(l, row(before, last_sign > 0 ? "balance" : "deficit", it,
                                                                "level", l.number, note)));
            }
            if (last_sign == -sign) {
                cases.push_back(sign > 0 ? "to_surplus" : "to_deficit");
            } else if (last_sign == sign) {
                // The change of the balance's size: positive when a surplus or a deficit grew.
                const Decimal change = bal.amount().abs() - last.amount().abs();
                // In the balance's own scale and places, so that a change finer than the balance's
                // last digit is not printed (and one that rounds to nothing is no change).
                const PrintedAmount c = it.approximate
                                            ? amount(Ratio(change.abs()), f_.currency, it)
                                            : print_in_scale(Ratio(change.abs()), f_.currency, lang_, style_, a);
                if (!c.value.is_zero()) {
                    const bool wider = change.sign() > 0;
                    cases.push_back(kind + (wider ? "_wider" : "_narrower"));
                    fields.emplace("change",
                                   amount_field(c, row(now, code, it, "change", (wider ? "" : "-") + c.number, note)));
                }
            }
        }
        cases.push_back(kind);
        return write("balance", cases, fields);
    }

    // The first fitting row of the first case that has one; its rows and facts are recorded.
    std::optional<std::string> write(std::string_view sentence, const std::vector<std::string>& cases,
                                     const Fields& fields) {
        for (const std::string& c : cases) {
            const TemplateRow* r =
                t_.first_fitting(sentence, c, [&](const std::string& name) { return fields.count(name) != 0; });
            if (r == nullptr) continue;
            for (const std::string& name : r->fields) {
                const Field& field = fields.find(name)->second;
                for (const ReleaseRow& rr : field.rows)
                    if (std::find(rows_.begin(), rows_.end(), rr) == rows_.end()) rows_.push_back(rr);
                for (const Fact& fact : field.facts) facts_.push_back(fact);
            }
            if (sentence != "footnote") printed_any_ = true;
            return fill(*r, [&](std::string_view name) { return fields.find(name)->second.text; });
        }
        return std::nullopt;
    }

    [[nodiscard]] const Fact* fact(Fact::Kind kind, std::size_t item, Flow flow) const {
        for (const Fact& f : facts_)
            if (f.kind == kind && f.item == item && f.flow == flow) return &f;
        return nullptr;
    }
    [[nodiscard]] const Fact* exact_level(std::size_t item, Flow flow) const {
        const Fact* f = fact(Fact::Kind::level, item, flow);
        return f != nullptr && f->amount.qualifier == Qualified::none ? f : nullptr;
    }

    void footnote(std::vector<std::string>& out, std::string_view case_name, std::size_t item, Flow flow,
                  std::string sum, std::string printed) {
        Fields fields;
        fields.emplace("period", Field{period_text(f_.spec.period)});
        fields.emplace("item", Field{name(item_at(item))});
        if (flow != Flow::balance) fields.emplace("flow", Field{t_.word("flow", flow_case(flow))});
        fields.emplace("sum", Field{std::move(sum)});
        fields.emplace("printed", Field{std::move(printed)});
        if (auto s = write("footnote", {std::string(case_name)}, fields)) out.push_back(std::move(*s));
    }

    [[nodiscard]] std::string sum_text(Decimal sum, const PrintedAmount& like) const {
        return exact_amount_text(sum, f_.currency, lang_, like);
    }

    std::vector<std::string> footnotes() {
        std::vector<std::string> out;
        const std::size_t n = f_.items.size() + 1;
        // Total = exports + imports, for every item that printed all three.
        for (std::size_t i = 0; i < n; ++i) {
            const Fact* t = exact_level(i, Flow::total);
            const Fact* x = exact_level(i, Flow::exports);
            const Fact* m = exact_level(i, Flow::imports);
            if (t == nullptr || x == nullptr || m == nullptr) continue;
            const Decimal sum = x->amount.value + m->amount.value;
            if (sum != t->amount.value)
                footnote(out, "total", i, Flow::total, sum_text(sum, t->amount), t->amount.number);
        }
        // The balance against exports − imports.
        const Fact* b = fact(Fact::Kind::balance, 0, Flow::balance);
        const Fact* x = exact_level(0, Flow::exports);
        const Fact* m = exact_level(0, Flow::imports);
        if (b != nullptr && b->amount.qualifier == Qualified::none && x != nullptr && m != nullptr) {
            const Decimal diff = b->sign > 0 ? x->amount.value - m->amount.value : m->amount.value - x->amount.value;
            if (diff != b->amount.value)
                footnote(out, b->sign > 0 ? "surplus" : "deficit", 0, Flow::balance, sum_text(diff, b->amount),
                         b->amount.number);
        }
        if (!f_.spec.items_partition_whole || f_.items.empty()) return out;
        // Parts adding up to the whole, and shares to 100 %.
        for (const Flow flow : {Flow::total, Flow::exports, Flow::imports}) {
            const Fact* whole = exact_level(0, flow);
            std::optional<Decimal> sum = Decimal();
            for (std::size_t i = 1; i < n && sum; ++i) {
                const Fact* part = exact_level(i, flow);
                sum = part != nullptr ? std::optional<Decimal>(*sum + part->amount.value) : std::nullopt;
            }
            if (whole != nullptr && sum && *sum != whole->amount.value)
                footnote(out, "parts", 0, flow, sum_text(*sum, whole->amount), whole->amount.number);
        }
        for (const Flow flow : {Flow::total, Flow::exports, Flow::imports}) {
            std::optional<Decimal> sum = Decimal();
            for (std::size_t i = 1; i < n && sum; ++i) {
                const Fact* share = fact(Fact::Kind::share, i, flow);
                sum = share != nullptr ? std::optional<Decimal>(*sum + share->percent) : std::nullopt;
            }
            if (sum && *sum != Decimal(100))
                footnote(out, "shares", 0, flow, percent_text(*sum), percent_text(Decimal(100)));
        }
        return out;
    }

    const BulletinFigures& f_;
    const TemplateTable& t_;
    Language lang_;
    const FigureStyle& style_;
    std::vector<ReleaseRow> rows_;
    std::vector<Fact> facts_;
    bool printed_any_ = false;
};

// Every place count of the style is checked before anything is written, whether or not the
// bulletin prints a figure that uses it (a style that is wrong is wrong for every bulletin).
void check_style(const FigureStyle& style) {
    const std::pair<const char*, int> places[] = {{"percent_places", style.percent_places},
                                                  {"english_places", style.english_places},
                                                  {"english_million_places", style.english_million_places},
                                                  {"chinese_places", style.chinese_places},
                                                  {"chinese_wan_yi_places", style.chinese_wan_yi_places}};
    for (const auto& [name, value] : places) {
        if (value < 0 || value > Decimal::max_scale) {
            throw InvalidArgument("FigureStyle::" + std::string(name) + " is " + std::to_string(value) +
                                  ": figures are written with 0 to " + std::to_string(Decimal::max_scale) + " places");
        }
    }
}

}  // namespace

std::string Bulletin::text() const {
    std::string out;
    for (const std::string& p : paragraphs) {
        if (!out.empty()) out += "\n\n";
        out += p;
    }
    if (!footnotes.empty()) out += "\n";
    for (const std::string& f : footnotes) {
        out += "\n";
        out += f;
    }
    return out;
}

Bulletin render(const BulletinFigures& figures, const TemplateTable& templates, Language language,
                const FigureStyle& style) {
    check_style(style);
    return Writer(figures, templates, language, style).run();
}

Release to_release(const Bulletin& bulletin) {
    Release release(bulletin.release, bulletin.area, bulletin.basis, bulletin.published);
    for (const ReleaseRow& r : bulletin.rows) {
        const Measure measure = parse_measure(r.measure);
        Claim claim(parse_english(r.period), parse_claim_flow(r.flow), Item::parse(r.item), measure,
                    parse_claim_figure(r.value, measure, r.qualifier));
        if (!r.base_period.empty()) claim.base_period = parse_english(r.base_period);
        if (!r.whole.empty()) claim.whole = Item::parse(r.whole);
        claim.note = r.note;
        release.add(std::move(claim));
    }
    return release;
}

std::string release_file(std::span<const Bulletin> bulletins) {
    std::string out = "release,published,area,basis,period,flow,item,measure,value,qualifier,base_period,whole,note\n";
    for (const Bulletin& b : bulletins) {
        const std::string published = b.published ? boost::gregorian::to_iso_extended_string(*b.published) : "";
        for (const ReleaseRow& r : b.rows) {
            for (const std::string_view field :
                 {std::string_view(b.release), std::string_view(published), std::string_view(b.area),
                  std::string_view(b.basis), std::string_view(r.period), std::string_view(r.flow),
                  std::string_view(r.item), std::string_view(r.measure), std::string_view(r.value),
                  std::string_view(r.qualifier), std::string_view(r.base_period), std::string_view(r.whole)}) {
                append_csv_field(out, field);
                out += ',';
            }
            append_csv_field(out, r.note);
            out += '\n';
        }
    }
    return out;
}

}  // namespace svctrade
