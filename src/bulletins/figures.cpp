// SPDX-License-Identifier: BSL-1.0
// The figures of a bulletin from data. Levels are exact sums of reported months; every ratio is
// one of the growth module's functions on those sums, so the bulletin never has a formula of its
// own that could drift from the library's (and a missing month stays missing: no partial sums).
#include <svctrade/bulletins/figures.hpp>
#include <svctrade/error.hpp>
#include <svctrade/growth/money_growth.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <utility>

namespace svctrade {

BulletinItem BulletinItem::total_services() {
    return of(Category::total(), "services", "服务");
}

BulletinItem BulletinItem::of(Category category, std::string english, std::string chinese) {
    if (english.empty() || chinese.empty())
        throw InvalidArgument("the bulletin item " + std::string(category.code()) +
                              " needs a name in English and in Chinese");
    BulletinItem item;
    item.label = std::string(category.code());
    item.english = std::move(english);
    item.chinese = std::move(chinese);
    item.members = {category};
    return item;
}

BulletinItem BulletinItem::of(const Aggregate& aggregate) {
    if (aggregate.chinese_name().empty())
        throw InvalidArgument("the aggregate " + aggregate.key() +
                              " has no Chinese name: build the BulletinItem with one");
    BulletinItem item;
    item.label = aggregate.name();
    item.english = aggregate.name();
    // Inside a sentence the name is a common noun ("knowledge-intensive services"), but an
    // initialism keeps its capitals ("ICT services").
    const auto upper = [&](std::size_t i) {
        return i < item.english.size() && std::isupper(static_cast<unsigned char>(item.english[i])) != 0;
    };
    if (upper(0) && !upper(1))
        item.english[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(item.english[0])));
    item.chinese = aggregate.chinese_name();
    item.members = aggregate.members().members();
    return item;
}

namespace {

using Key = std::pair<std::size_t, Flow>;  // category index, flow

class Data {
public:
    explicit Data(std::span<const TimeSeries> data) {
        for (const TimeSeries& s : data) {
            if (!s.category() || !s.flow())
                throw InvalidArgument("a bulletin's series must say which category and flow they measure");
            if (s.flow() == Flow::balance)
                throw InvalidArgument("a bulletin reads exports, imports or total trade, not balances (category " +
                                      std::string(s.category()->code()) + ")");
            if (currency_ && *currency_ != s.currency())
                throw CurrencyMismatch("a bulletin's series are in one currency: " + std::string(currency_->code()) +
                                       " and " + std::string(s.currency().code()) + " differ");
            currency_ = s.currency();
            if (!series_.emplace(Key{s.category()->index(), *s.flow()}, &s).second)
                throw InvalidArgument("two series measure " + std::string(s.category()->code()) + " " +
                                      std::string(to_string(*s.flow())));
        }
        if (!currency_) throw InvalidArgument("a bulletin needs at least one series");
    }

    [[nodiscard]] Currency currency() const { return *currency_; }

    // The level of one category and flow for `period`: the series' own value when it holds
    // periods of that kind, else the sum of the period's months.
    [[nodiscard]] Outcome<Money> category_level(Category c, Flow flow, const Period& period) const {
        if (flow == Flow::total) {
            const Outcome<Money> x = reported(c, Flow::exports, period);
            const Outcome<Money> m = reported(c, Flow::imports, period);
            if (x && m) return x.value() + m.value();
            if (const auto it = series_.find(Key{c.index(), Flow::total}); it != series_.end())
                return value(*it->second, period);
            return NoAnswer(Reason::missing);
        }
        if (flow == Flow::balance) {
            const Outcome<Money> x = reported(c, Flow::exports, period);
            const Outcome<Money> m = reported(c, Flow::imports, period);
            if (x && m) return x.value() - m.value();
            return NoAnswer(Reason::missing);
        }
        return reported(c, flow, period);
    }

    [[nodiscard]] Outcome<Money> level(const BulletinItem& item, Flow flow, const Period& period) const {
        std::optional<Money> sum;
        for (const Category c : item.members) {
            const Outcome<Money> v = category_level(c, flow, period);
            if (!v) return NoAnswer(Reason::missing);
            sum = sum ? *sum + v.value() : v.value();
        }
        if (!sum) return NoAnswer(Reason::missing);
        return *sum;
    }

private:
    [[nodiscard]] Outcome<Money> reported(Category c, Flow flow, const Period& period) const {
        const auto it = series_.find(Key{c.index(), flow});
        if (it == series_.end()) return NoAnswer(Reason::missing);
        return value(*it->second, period);
    }

    static Outcome<Money> value(const TimeSeries& s, const Period& period) {
        if (s.empty()) return NoAnswer(Reason::missing);
        if (s.kind() == period.kind() && (s.observations().begin()->first.year_start() == period.year_start()))
            return s.at(period);
        if (s.kind() != PeriodKind::month) return NoAnswer(Reason::missing);
        std::optional<Money> sum;
        for (const Period& m : period.months()) {
            const Outcome<Money> v = s.at(m);
            if (!v) return NoAnswer(Reason::missing);
            sum = sum ? *sum + v.value() : v.value();
        }
        if (!sum) return NoAnswer(Reason::missing);
        return *sum;
    }

    std::map<Key, const TimeSeries*> series_;
    std::optional<Currency> currency_;
};

void check_spec(const BulletinSpec& spec) {
    if (spec.id.empty()) throw InvalidArgument("a bulletin needs a release id");
    if (spec.area.empty()) throw InvalidArgument("a bulletin needs an area (the release file's area column)");
    switch (spec.period.kind()) {
        case PeriodKind::month:
        case PeriodKind::quarter:
        case PeriodKind::half_year:
        case PeriodKind::year:
        case PeriodKind::year_to_date:
            break;
        case PeriodKind::day:
        case PeriodKind::range:
            throw InvalidArgument("a bulletin reports a month, quarter, half-year, year or year-to-date, not a " +
                                  std::string(to_string(spec.period.kind())));
    }
    const auto check_item = [](const BulletinItem& item, bool whole) {
        if (item.label.empty()) throw InvalidArgument("a bulletin item needs a label");
        if (item.members.empty()) throw InvalidArgument("the bulletin item " + item.label + " has no members");
        if (item.approximate && (item.approximate->digits < 1 || item.approximate->digits > 6))
            throw InvalidArgument("an approximate figure of " + item.label + " has 1 to 6 significant digits, not " +
                                  std::to_string(item.approximate->digits));
        for (const Flow f : item.flows)
            if (f == Flow::balance && !whole)
                throw InvalidArgument("only the whole reports a balance, not " + item.label);
    };
    check_item(spec.whole, true);
    for (const BulletinItem& item : spec.items) check_item(item, false);
}

FlowFigures flow_figures(const Data& data, const BulletinSpec& spec, const BulletinItem& item, Flow flow,
                         const ItemFigures* whole, const std::optional<ExchangeRate>& rate) {
    const Period& now = spec.period;
    const Period before = now.same_period_last_year();
    FlowFigures f{flow};
    f.level = data.level(item, flow, now);
    f.last_year = data.level(item, flow, before);
    const Measures& m = item.measures;
    if (m.two_year_average) f.two_years_earlier = data.level(item, flow, now.shifted_years(-2));
    if (flow != Flow::balance && f.level) {
        if (m.growth && f.last_year) f.growth = yoy_growth(f.last_year.value(), before, f.level.value(), now).relative;
        if (m.two_year_average && f.two_years_earlier)
            f.two_year_average = cagr(f.two_years_earlier.value(), now.shifted_years(-2), f.level.value(), now);
    }
    if (whole != nullptr && flow != Flow::balance) {
        const FlowFigures* w = whole->find(flow);
        if (m.share || m.share_change) {
            const auto whole_now = w != nullptr ? w->level : Outcome<Money>(data.level(whole->item, flow, now));
            const auto whole_before =
                w != nullptr ? w->last_year : Outcome<Money>(data.level(whole->item, flow, before));
            Outcome<Share> share_now = NoAnswer(Reason::missing);
            if (f.level && whole_now) share_now = share(f.level.value(), whole_now.value());
            if (m.share) f.share = share_now;
            if (m.share_change && f.last_year && whole_before) {
                const Outcome<Share> share_before = share(f.last_year.value(), whole_before.value());
                if (!share_now) {
                    f.share_change = NoAnswer::of(share_now.reason());
                } else if (!share_before) {
                    f.share_change = NoAnswer::of(share_before.reason());
                } else {
                    f.share_change = share_change(share_before.value(), share_now.value());
                }
            }
        }
    }
    if (m.dollar_equivalent && rate && f.level) f.dollars = Ratio(f.level.value().amount()) / Ratio(rate->rate());
    return f;
}

ItemFigures item_figures(const Data& data, const BulletinSpec& spec, const BulletinItem& item, const ItemFigures* whole,
                         const std::optional<ExchangeRate>& rate) {
    ItemFigures out{item, {}};
    for (const Flow flow : item.flows) out.flows.push_back(flow_figures(data, spec, item, flow, whole, rate));
    return out;
}

bool wants_dollars(const BulletinSpec& spec) {
    if (spec.whole.measures.dollar_equivalent) return true;
    return std::any_of(spec.items.begin(), spec.items.end(),
                       [](const BulletinItem& i) { return i.measures.dollar_equivalent; });
}

}  // namespace

BulletinFigures compute_figures(const BulletinSpec& spec, std::span<const TimeSeries> data, const RateTable* rates) {
    check_spec(spec);
    const Data d(data);
    std::optional<ExchangeRate> rate;
    if (wants_dollars(spec)) {
        if (d.currency() == spec.dollar)
            throw CurrencyMismatch("the levels are already in " + std::string(spec.dollar.code()) +
                                   ": a dollar equivalent converts from another currency");
        if (rates == nullptr) throw NotFound("the bulletin asks for dollar equivalents but no rate table was given");
        rate = rates->average(spec.dollar, d.currency(), spec.period);
    }
    ItemFigures whole = item_figures(d, spec, spec.whole, nullptr, rate);
    std::vector<ItemFigures> items;
    for (const BulletinItem& item : spec.items) items.push_back(item_figures(d, spec, item, &whole, rate));
    return BulletinFigures{spec, d.currency(), std::move(whole), std::move(items), rate};
}

}  // namespace svctrade
