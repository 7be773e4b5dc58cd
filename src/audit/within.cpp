// SPDX-License-Identifier: BSL-1.0
// The identities within one release: flows, parts of a whole, shares, counts, exchange rates,
// last year's figures, and growth identities among the figures of one period.
#include "audit/engine.hpp"

#include <svctrade/error.hpp>

#include <algorithm>
#include <unordered_set>

namespace svctrade::audit_engine {

namespace {

constexpr std::uint16_t cny = 156;
constexpr std::uint16_t usd = 840;

class Within : Finder {
public:
    Within(const Group& g, std::uint32_t release, const AuditOptions& options, std::vector<Plan>& out)
        : Finder(g, options, out), r_(release) {
        const auto it = g.ranges.find(release);
        if (it != g.ranges.end()) {
            begin_ = it->second.first;
            end_ = it->second.second;
        }
    }

    void run() {
        for (std::uint32_t i = begin_; i < end_; ++i) {
            const Entry& x = g_.entries[i];
            switch (x.measure) {
                case Measure::level:
                case Measure::change:
                    if (x.unit != 0 && first_time(seen_families_, family(x))) flows(x);
                    if (x.unit != 0 && first_time(seen_parts_, parts_family(x))) parts(x);
                    if (x.unit != 0 && first_time(seen_rates_, rate_family(x))) rates(x);
                    if (x.measure == Measure::change) growth_from_change(i);
                    break;
                case Measure::count:
                    if (first_time(seen_counts_, count_family(x))) counts(x);
                    break;
                case Measure::share:
                    shares(i);
                    break;
                case Measure::growth:
                    last_year_level(i);
                    break;
                case Measure::share_change:
                    share_changes(i);
                    break;
                case Measure::average_growth:
                    average_on_base(i);
                    break;
                default:
                    break;
            }
        }
        common_rates();
    }

private:
    static bool first_time(std::unordered_set<Key, KeyHash>& seen, const Key& k) { return seen.insert(k).second; }

    // The key of entry x with some fields replaced.
    static Key family(const Entry& x) {
        Key k = key_of(x);
        k.flow = ClaimFlow::total;
        return k;
    }
    static Key parts_family(const Entry& x) {
        Key k = key_of(x);
        k.item = 0;
        return k;
    }
    static Key rate_family(const Entry& x) {
        Key k = key_of(x);
        k.unit = 0;
        return k;
    }
    static Key count_family(const Entry& x) {
        Key k = key_of(x);
        k.status = 0;
        return k;
    }
    [[nodiscard]] std::optional<std::uint32_t> get(Key k, ClaimFlow flow, Measure measure) const {
        k.flow = flow;
        k.measure = measure;
        return g_.in_release(k, r_);
    }
    [[nodiscard]] std::optional<std::uint32_t> get(const Key& k) const { return g_.in_release(k, r_); }

    Plan& plan(CheckKind kind, const Entry& subject, std::vector<std::uint32_t> inputs,
               std::optional<std::uint32_t> compared) {
        return Finder::plan(kind, subject, std::move(inputs), compared, r_);
    }

    // total = exports + imports, balance = exports − imports, and the flows' growths.
    void flows(const Entry& x) {
        const Key k = family(x);
        const auto e = get(k, ClaimFlow::exports, x.measure), i = get(k, ClaimFlow::imports, x.measure);
        const auto t = get(k, ClaimFlow::total, x.measure), b = get(k, ClaimFlow::balance, x.measure);
        const auto balance_kind = [&] {
            return g_.entries[*b].claim->flow == ClaimFlow::deficit ? CheckKind::deficit_of_flows
                                                                    : CheckKind::balance_of_flows;
        };
        if (e && i) {
            if (t) plan(CheckKind::total_of_flows, g_.entries[*t], {*e, *i}, t);
            if (b) plan(balance_kind(), g_.entries[*b], {*e, *i}, b);
        } else if (t && (e || i)) {
            if (inferences()) {
                Plan& p = plan(CheckKind::missing_flow, g_.entries[*t], {*t, e ? *e : *i}, std::nullopt);
                p.flow = e ? ClaimFlow::imports : ClaimFlow::exports;
            }
            if (b) {
                if (e) {
                    plan(balance_kind(), g_.entries[*b], {*e, *t}, b).variant = 1;
                } else {
                    plan(balance_kind(), g_.entries[*b], {*t, *i}, b).variant = 2;
                }
            }
        } else if (t && b && inferences()) {
            Plan& pe = plan(CheckKind::missing_flow, g_.entries[*t], {*t, *b}, std::nullopt);
            pe.flow = ClaimFlow::exports;
            pe.variant = 1;
            Plan& pi = plan(CheckKind::missing_flow, g_.entries[*t], {*t, *b}, std::nullopt);
            pi.flow = ClaimFlow::imports;
            pi.variant = 2;
        }
        if (x.measure == Measure::level && e && i) flow_growths(k, *e, *i, b);
    }

    void flow_growths(const Key& k, std::uint32_t e, std::uint32_t i, std::optional<std::uint32_t> b) {
        Key gk = k;
        gk.unit = 0;
        const auto ge = get(gk, ClaimFlow::exports, Measure::growth), gi = get(gk, ClaimFlow::imports, Measure::growth);
        if (!ge || !gi) return;
        const std::vector<std::uint32_t> inputs{e, *ge, i, *gi};
        if (const auto gt = get(gk, ClaimFlow::total, Measure::growth)) {
            plan(CheckKind::total_growth_from_flows, g_.entries[*gt], inputs, gt);
        }
        if (const auto gb = get(gk, ClaimFlow::balance, Measure::growth)) {
            plan(CheckKind::balance_growth_from_flows, g_.entries[*gb], inputs, gb);
        }
        if (const auto cb = get(k, ClaimFlow::balance, Measure::change)) {
            plan(CheckKind::balance_change_from_flows, g_.entries[*cb], inputs, cb);
        } else if (b && inferences()) {
            Plan& p = plan(CheckKind::balance_change_from_flows, g_.entries[*b], inputs, std::nullopt);
            p.measure = Measure::change;
            p.negate = g_.entries[*b].negated;
            p.flow = g_.entries[*b].claim->flow;
        }
    }

    // A whole item = the sum of printed items that partition it (pairs, and all the largest
    // parts together).
    void parts(const Entry& x) {
        std::vector<std::uint32_t> items;  // the first entry of each item with a set of services
        for (std::uint32_t j = begin_; j < end_; ++j) {
            const Entry& y = g_.entries[j];
            if (y.first != x.first || y.last != x.last || y.flow != x.flow || y.measure != x.measure ||
                y.unit != x.unit)
                continue;
            if (!y.claim->item.services()) continue;
            if (std::none_of(items.begin(), items.end(), [&](std::uint32_t k) { return g_.entries[k].item == y.item; }))
                items.push_back(j);
        }
        if (items.size() < 3) return;
        for (const std::uint32_t w : items) {
            const CategorySet& whole = *g_.entries[w].claim->item.services();
            std::vector<std::uint32_t> inside;
            for (const std::uint32_t j : items) {
                const CategorySet& s = *g_.entries[j].claim->item.services();
                if (j != w && s.is_subset_of(whole) && !(s == whole)) inside.push_back(j);
            }
            for (std::size_t a = 0; a < inside.size(); ++a) {
                for (std::size_t b = a + 1; b < inside.size(); ++b) {
                    const CategorySet& sa = *g_.entries[inside[a]].claim->item.services();
                    const CategorySet& sb = *g_.entries[inside[b]].claim->item.services();
                    if ((sa & sb).empty() && (sa | sb) == whole) {
                        plan(CheckKind::sum_of_parts, g_.entries[w], {inside[a], inside[b]}, w);
                    }
                }
            }
            // The largest parts (inside no other part), when there are more than two and they
            // partition the whole.
            std::vector<std::uint32_t> largest;
            for (const std::uint32_t j : inside) {
                const CategorySet& s = *g_.entries[j].claim->item.services();
                const bool within_another = std::any_of(inside.begin(), inside.end(), [&](std::uint32_t k) {
                    const CategorySet& o = *g_.entries[k].claim->item.services();
                    return k != j && s.is_subset_of(o) && !(s == o);
                });
                if (!within_another) largest.push_back(j);
            }
            if (largest.size() < 3) continue;
            CategorySet covered;
            bool disjoint = true;
            for (const std::uint32_t j : largest) {
                const CategorySet& s = *g_.entries[j].claim->item.services();
                disjoint = disjoint && (covered & s).empty();
                covered = covered | s;
            }
            if (disjoint && covered == whole) plan(CheckKind::sum_of_parts, g_.entries[w], largest, w);
        }
    }

    // One figure in two currencies: the exchange rate it implies.
    void rates(const Entry& x) {
        std::vector<std::uint32_t> found;
        for (const std::uint16_t u : g_.units) {
            if (u == 0) continue;
            Key k = key_of(x);
            k.unit = u;
            if (const auto j = get(k)) found.push_back(*j);
        }
        if (found.size() < 2) return;
        // Yuan per dollar when both are there; else the first two in the order met.
        const auto with = [&](std::uint16_t u) {
            return std::find_if(found.begin(), found.end(), [&](std::uint32_t j) { return g_.entries[j].unit == u; });
        };
        std::uint32_t quote = found[0], per = found[1];
        if (with(cny) != found.end() && with(usd) != found.end()) {
            quote = *with(cny);
            per = *with(usd);
        }
        const Entry& q = g_.entries[quote];
        if (!q.claim->figure.currency() || !g_.entries[per].claim->figure.currency()) return;
        if (inferences()) {
            Plan& p = plan(CheckKind::implied_rate, q, {quote, per}, std::nullopt);
            p.quantity.kind = FigureKind::exchange_rate;
            p.quantity.currency = q.claim->figure.currency();
            p.quantity.per = g_.entries[per].claim->figure.currency();
        }
        if (canonical(q.claim->period).kind() == PeriodKind::month) pairs_.push_back({quote, per});
    }

    // Figures of one month in the same two currencies must admit one rate.
    void common_rates() {
        for (std::size_t a = 0; a < pairs_.size(); ++a) {
            const Entry& qa = g_.entries[pairs_[a].first];
            std::vector<std::uint32_t> inputs{pairs_[a].first, pairs_[a].second};
            for (std::size_t b = 0; b < a; ++b) {
                const Entry& qb = g_.entries[pairs_[b].first];
                if (qb.first == qa.first && qb.last == qa.last && qb.unit == qa.unit &&
                    g_.entries[pairs_[b].second].unit == g_.entries[pairs_[a].second].unit) {
                    inputs.insert(inputs.end() - 2, {pairs_[b].first, pairs_[b].second});
                }
            }
            if (inputs.size() < 4) continue;
            Plan& p = plan(CheckKind::common_rate, qa, inputs, std::nullopt);
            p.quantity.kind = FigureKind::exchange_rate;
            p.quantity.currency = qa.claim->figure.currency();
            p.quantity.per = g_.entries[pairs_[a].second].claim->figure.currency();
            p.derived = true;
        }
    }

    // Counts by status add up to the count of all.
    void counts(const Entry& x) {
        const Key k = count_family(x);
        std::vector<std::uint32_t> parts;
        for (const TaskStatus s : all_task_statuses) {
            Key ks = k;
            ks.status = static_cast<std::uint8_t>(1 + static_cast<unsigned>(s));
            if (const auto j = get(ks)) parts.push_back(*j);
        }
        const auto whole = get(k);
        if (parts.empty()) return;
        if (whole) {
            plan(CheckKind::count_partition, g_.entries[*whole], parts, whole);
        } else if (parts.size() >= 2 && inferences()) {
            Plan& p = plan(CheckKind::count_partition, g_.entries[parts[0]], parts, std::nullopt);
            p.measure = Measure::count;
        }
    }

    // share = part ÷ whole, and the part or the whole a share implies.
    void shares(std::uint32_t si) {
        const Entry& s = g_.entries[si];
        for (const std::uint16_t u : g_.units) {
            if ((u == 0) != (s.status != 0)) continue;  // a share of a count has no currency
            Key part = key_of(s);
            part.whole = 0;
            part.whole_flow = ClaimFlow::total;
            part.unit = u;
            part.measure = s.status != 0 ? Measure::count : Measure::level;
            Key whole = part;
            if (s.status != 0) {
                whole.status = 0;
            } else {
                whole.item = s.whole;
                whole.flow = s.whole_flow;
            }
            const auto p = get(part), w = get(whole);
            if (p && w) {
                plan(CheckKind::share_from_levels, s, {*p, *w}, si);
            } else if (w && inferences()) {
                Plan& pl = plan(CheckKind::implied_part, s, {si, *w}, std::nullopt);
                pl.measure = s.status != 0 ? Measure::count : Measure::level;
                pl.quantity = quantity_of(g_.entries[*w]);
                pl.negate = s.negated;
            } else if (p && inferences()) {
                Plan& pl = plan(CheckKind::implied_whole, s, {*p, si}, std::nullopt);
                pl.measure = s.status != 0 ? Measure::count : Measure::level;
                pl.about_whole = true;
                pl.flow = s.claim->whole_claim_flow();
                pl.quantity = quantity_of(g_.entries[*p]);
            }
        }
    }

    // Last year's level from a level and its growth.
    void last_year_level(std::uint32_t gi) {
        if (!inferences()) return;
        const Entry& gr = g_.entries[gi];
        for (const std::uint16_t u : g_.units) {
            if (u == 0) continue;
            Key k = key_of(gr);
            k.unit = u;
            k.measure = Measure::level;
            if (const auto l = get(k)) {
                const Entry& le = g_.entries[*l];
                Plan& p = plan(CheckKind::last_year_level, le, {*l, gi}, std::nullopt);
                p.period = last_year(le.claim->period);
                p.negate = le.negated;
            }
        }
    }

    // Last year's share, and a part's growth from its share, the change and the whole's growth.
    void share_changes(std::uint32_t ci) {
        const Entry& c = g_.entries[ci];
        Key sk = key_of(c);
        sk.measure = Measure::share;
        const auto s = get(sk);
        if (!s) return;
        if (inferences()) {
            Plan& p = plan(CheckKind::last_year_share, g_.entries[*s], {*s, ci}, std::nullopt);
            p.period = last_year(c.claim->period);
            p.negate = g_.entries[*s].negated;
        }
        Key wk = key_of(c);
        wk.item = c.whole;
        wk.flow = c.whole_flow;
        wk.whole = 0;
        wk.whole_flow = ClaimFlow::total;
        wk.status = 0;
        wk.measure = Measure::growth;
        const auto gw = get(wk);
        if (!gw || c.status != 0) return;
        Key pk = wk;
        pk.item = c.item;
        pk.flow = c.flow;
        const auto gp = get(pk);
        if (gp) {
            plan(CheckKind::part_growth, g_.entries[*gp], {*s, ci, *gw}, gp);
        } else if (inferences()) {
            Plan& p = plan(CheckKind::part_growth, g_.entries[*s], {*s, ci, *gw}, std::nullopt);
            p.measure = Measure::growth;
            p.quantity = Quantity{};
        }
    }

    // growth = change ÷ (level − change).
    void growth_from_change(std::uint32_t ci) {
        const Entry& c = g_.entries[ci];
        Key lk = key_of(c);
        lk.measure = Measure::level;
        const auto l = get(lk);
        Key gk = key_of(c);
        gk.unit = 0;
        gk.measure = Measure::growth;
        const auto gr = get(gk);
        if (l && gr) plan(CheckKind::growth_from_change, g_.entries[*gr], {*l, ci}, gr);
    }

    // (1 + average growth)^n = 1 + growth on the base.
    void average_on_base(std::uint32_t ai) {
        const Entry& a = g_.entries[ai];
        if (a.years < 1) return;
        Key k = key_of(a);
        k.measure = Measure::growth_on_base;
        if (const auto gb = get(k)) plan(CheckKind::average_growth_on_base, a, {*gb}, ai).root = a.years;
    }

    static Period last_year(const Period& p) { return shifted(p, -1).value_or(p); }

    std::uint32_t r_;
    std::uint32_t begin_ = 0, end_ = 0;
    std::unordered_set<Key, KeyHash> seen_families_, seen_parts_, seen_rates_, seen_counts_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs_;
};

}  // namespace

void find_within(const Group& g, std::uint32_t release, const AuditOptions& options, std::vector<Plan>& out) {
    Within(g, release, options, out).run();
}

}  // namespace svctrade::audit_engine
