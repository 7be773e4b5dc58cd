// SPDX-License-Identifier: BSL-1.0
// The identities across releases of one area and basis (a release's own figures take part too):
// growth and changes from two years' levels, chained growth, growth and average growth on a base
// period, period-on-period growth, cumulative periods, restatements and duplicates.
//
// Which release's figure takes part: for a printed claim of release R, the figure of R itself
// when R prints it, else the most precise one of the releases not published after R (the latest of
// equally precise ones: a revision wins), else the earliest published after R.
#include "audit/engine.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_set>

namespace svctrade::audit_engine {

namespace {

class Across : Finder {
public:
    Across(const Group& g, const AuditOptions& options, std::vector<Plan>& out) : Finder(g, options, out) {
        for (std::uint32_t i = 0; i < g.entries.size(); ++i) {
            const Entry& e = g.entries[i];
            if (e.measure != Measure::level || e.unit == 0) continue;
            Key k = key_of(e);
            k.last = 0;
            starts_[k].push_back(i);
        }
    }

    void run() {
        for (std::uint32_t i = 0; i < g_.entries.size(); ++i) {
            const Entry& x = g_.entries[i];
            if (x.derived) continue;  // derived figures take part, they are never checked themselves
            switch (x.measure) {
                case Measure::growth:
                    growth_from_levels(i);
                    break;
                case Measure::change:
                    change_from_levels(i);
                    break;
                case Measure::share_change:
                    share_change_from_shares(i);
                    break;
                case Measure::growth_on_base:
                    chained(i);
                    on_base_from_levels(i);
                    break;
                case Measure::average_growth:
                    average_from_levels(i);
                    average_from_growths(i);
                    break;
                case Measure::growth_on_previous:
                    period_on_period(i);
                    break;
                case Measure::level:
                    if (x.unit != 0) {
                        cumulative(i);
                        growth_inference(i);
                    }
                    break;
                default:
                    break;
            }
            repeats(i);
        }
    }

private:
    Plan& plan(CheckKind kind, const Entry& subject, std::vector<std::uint32_t> inputs,
               std::optional<std::uint32_t> compared) {
        return Finder::plan(kind, subject, std::move(inputs), compared, subject.ref.release);
    }

    // The best entry with key `k` for a claim of entry x's release.
    [[nodiscard]] std::optional<std::uint32_t> best(const Key& k, const Entry& x) const { return g_.best(k, x); }
    static Key with_dates(Key k, const Period& p) {
        k.first = p.first().day_number();
        k.last = p.last().day_number();
        return k;
    }
    // x's key as a level in currency `unit`, for the period `p`.
    static Key level_key(const Entry& x, std::uint16_t unit, const Period& p) {
        Key k = key_of(x);
        k.measure = Measure::level;
        k.unit = unit;
        k.base_first = k.base_last = 0;
        k.whole = 0;
        k.whole_flow = ClaimFlow::total;
        return with_dates(k, p);
    }

    void growth_from_levels(std::uint32_t gi) {
        const Entry& gr = g_.entries[gi];
        const auto before = shifted(gr.claim->period, -1);
        if (!before) return;
        for (const std::uint16_t u : g_.units) {
            if (u == 0) continue;
            const auto now = best(level_key(gr, u, gr.claim->period), gr);
            const auto then = best(level_key(gr, u, *before), gr);
            if (now && then) plan(CheckKind::growth_from_levels, gr, {*now, *then}, gi);
        }
    }

    // Growth from two years' levels when no release prints it.
    void growth_inference(std::uint32_t li) {
        const Entry& l = g_.entries[li];
        if (!inferences() || !seen_levels_.insert(key_of(l)).second) return;
        Key gk = key_of(l);
        gk.measure = Measure::growth;
        gk.unit = 0;
        if (!g_.find(gk).empty()) return;
        const auto before = shifted(l.claim->period, -1);
        if (!before) return;
        if (const auto then = best(level_key(l, l.unit, *before), l)) {
            Plan& p = plan(CheckKind::growth_from_levels, l, {li, *then}, std::nullopt);
            p.measure = Measure::growth;
            p.quantity = Quantity{};
        }
    }

    void change_from_levels(std::uint32_t ci) {
        const Entry& c = g_.entries[ci];
        const auto before = shifted(c.claim->period, -1);
        if (!before) return;
        const auto now = best(level_key(c, c.unit, c.claim->period), c);
        const auto then = best(level_key(c, c.unit, *before), c);
        if (now && then) plan(CheckKind::change_from_levels, c, {*now, *then}, ci);
    }

    void share_change_from_shares(std::uint32_t ci) {
        const Entry& c = g_.entries[ci];
        const auto before = shifted(c.claim->period, -1);
        if (!before) return;
        Key k = key_of(c);
        k.measure = Measure::share;
        const auto now = best(k, c);
        const auto then = best(with_dates(k, *before), c);
        if (now && then) plan(CheckKind::share_change_from_shares, c, {*now, *then}, ci);
    }

    // The year-on-year growths of the `years` years ending with x's period, each from its best
    // release; no value when one is missing.
    [[nodiscard]] std::optional<std::vector<std::uint32_t>> chain(const Entry& x, int years) const {
        std::vector<std::uint32_t> factors;
        Key k = key_of(x);
        k.measure = Measure::growth;
        k.base_first = k.base_last = 0;
        for (int y = 0; y < years; ++y) {
            const auto p = shifted(x.claim->period, -y);
            if (!p) return std::nullopt;
            const auto f = best(with_dates(k, *p), x);
            if (!f) return std::nullopt;
            factors.push_back(*f);
        }
        return factors;
    }

    void chained(std::uint32_t bi) {
        const Entry& b = g_.entries[bi];
        if (b.years < 2) return;
        if (auto factors = chain(b, b.years)) plan(CheckKind::chained_growth, b, std::move(*factors), bi);
    }

    [[nodiscard]] std::optional<std::pair<std::uint32_t, std::uint32_t>> base_levels(const Entry& x,
                                                                                     std::uint16_t u) const {
        const auto now = best(level_key(x, u, x.claim->period), x);
        Key bk = level_key(x, u, x.claim->period);
        bk.first = x.base_first;
        bk.last = x.base_last;
        const auto base = best(bk, x);
        if (!now || !base) return std::nullopt;
        return std::make_pair(*now, *base);
    }

    void on_base_from_levels(std::uint32_t bi) {
        const Entry& b = g_.entries[bi];
        for (const std::uint16_t u : g_.units) {
            if (u == 0) continue;
            if (const auto l = base_levels(b, u))
                plan(CheckKind::growth_on_base_from_levels, b, {l->first, l->second}, bi);
        }
    }

    void average_from_levels(std::uint32_t ai) {
        const Entry& a = g_.entries[ai];
        if (a.years < 1) return;
        for (const std::uint16_t u : g_.units) {
            if (u == 0) continue;
            if (const auto l = base_levels(a, u)) {
                plan(CheckKind::average_growth_from_levels, a, {l->first, l->second}, ai).root = a.years;
            }
        }
    }

    void average_from_growths(std::uint32_t ai) {
        const Entry& a = g_.entries[ai];
        if (a.years < 2) return;
        if (auto factors = chain(a, a.years)) {
            plan(CheckKind::average_growth_from_growths, a, std::move(*factors), ai).root = a.years;
        }
    }

    void period_on_period(std::uint32_t pi) {
        const Entry& x = g_.entries[pi];
        const Period p = canonical(x.claim->period);
        const auto kind = p.kind();
        if (kind != PeriodKind::month && kind != PeriodKind::quarter && kind != PeriodKind::half_year &&
            kind != PeriodKind::year)
            return;
        const Period prev = p.previous();
        for (const std::uint16_t u : g_.units) {
            if (u == 0) continue;
            const auto now = best(level_key(x, u, x.claim->period), x);
            const auto then = best(level_key(x, u, prev), x);
            if (now && then) plan(CheckKind::period_on_period, x, {*now, *then}, pi);
        }
    }

    // A period's level = the levels of a printed first part and the rest (Jan–May + June).
    void cumulative(std::uint32_t xi) {
        const Entry& x = g_.entries[xi];
        Key sk = key_of(x);
        sk.last = 0;
        const auto it = starts_.find(sk);
        if (it == starts_.end()) return;
        std::vector<long> lasts;  // the distinct ends of shorter periods starting with x's
        for (const std::uint32_t j : it->second) {
            const long l = g_.entries[j].last;
            if (l < x.last && std::find(lasts.begin(), lasts.end(), l) == lasts.end()) lasts.push_back(l);
        }
        std::sort(lasts.begin(), lasts.end());
        bool inferred = false;
        for (std::size_t n = lasts.size(); n-- > 0;) {
            Key yk = key_of(x);
            yk.last = lasts[n];
            Key zk = key_of(x);
            zk.first = lasts[n] + 1;
            const auto y = best(yk, x);
            const auto z = best(zk, x);
            if (y && z) {
                plan(CheckKind::cumulative_periods, x, {*y, *z}, xi);
            } else if (y && !inferred && n + 1 == lasts.size() && inferences() &&
                       seen_cumulative_.insert(key_of(x)).second) {
                // The month between the longest printed part and the whole, when it is one month.
                const auto after = g_.entries[*y].claim->period.last() + boost::gregorian::days(1);
                const Period rest = canonical(Period::range(after, x.claim->period.last()));
                if (rest.kind() == PeriodKind::month) {
                    Plan& p = plan(CheckKind::implied_period, x, {xi, *y}, std::nullopt);
                    p.period = rest;
                }
                inferred = true;
            }
        }
    }

    // The same figure printed again: in the same release (a duplicate) or in another (a
    // restatement, against the latest earlier release that printed it).
    void repeats(std::uint32_t xi) {
        const Entry& x = g_.entries[xi];
        const auto& list = g_.find(key_of(x));
        const auto at = std::find(list.begin(), list.end(), xi);
        if (at == list.end() || at == list.begin()) return;
        std::optional<std::uint32_t> same, earlier;
        for (auto it = list.begin(); it != at; ++it) {
            const Entry& y = g_.entries[*it];
            if (y.derived) continue;
            if (y.ref.release == x.ref.release) {
                if (!same) same = *it;
            } else {
                earlier = *it;
            }
        }
        if (same) {
            plan(CheckKind::duplicate, x, {*same}, xi);
        } else if (earlier) {
            plan(CheckKind::restatement, x, {*earlier}, xi);
        }
    }

    std::map<Key, std::vector<std::uint32_t>, bool (*)(const Key&, const Key&)> starts_{less};
    std::unordered_set<Key, KeyHash> seen_levels_, seen_cumulative_;

    static bool less(const Key& a, const Key& b) {
        return std::tie(a.first, a.last, a.base_first, a.base_last, a.item, a.whole, a.unit, a.flow, a.whole_flow,
                        a.measure, a.status) < std::tie(b.first, b.last, b.base_first, b.base_last, b.item, b.whole,
                                                        b.unit, b.flow, b.whole_flow, b.measure, b.status);
    }
};

}  // namespace

void find_across(const Group& g, const AuditOptions& options, std::vector<Plan>& out) {
    Across(g, options, out).run();
}

}  // namespace svctrade::audit_engine
