// SPDX-License-Identifier: BSL-1.0
// The audit's driver: claims into entries and groups, the finders' plans evaluated under both
// conventions for negative figures, and the checks they become.
#include "audit/engine.hpp"

#include "audit/exact.hpp"
#include "audit/root.hpp"

#include <svctrade/error.hpp>
#include <svctrade/growth/published_growth.hpp>

#include <algorithm>
#include <map>
#include <numeric>
#include <string>
#include <utility>

namespace svctrade {

namespace audit_engine {

namespace ex = audit_exact;

const std::vector<std::uint32_t> Group::none;

std::size_t KeyHash::operator()(const Key& k) const noexcept {
    std::size_t h = static_cast<std::size_t>(k.first) * 1000003U ^ static_cast<std::size_t>(k.last);
    h = h * 31U + k.item;
    h = h * 31U + k.whole;
    h = h * 31U + static_cast<std::size_t>(k.base_first);
    h = h * 31U + k.unit;
    h = h * 31U + (static_cast<std::size_t>(k.flow) | static_cast<std::size_t>(k.whole_flow) << 3U |
                   static_cast<std::size_t>(k.measure) << 6U | static_cast<std::size_t>(k.status) << 10U);
    return h;
}

Key key_of(const Entry& e) noexcept {
    Key k;
    k.first = e.first;
    k.last = e.last;
    k.base_first = e.base_first;
    k.base_last = e.base_last;
    k.item = e.item;
    k.whole = e.whole;
    k.unit = e.unit;
    k.flow = e.flow;
    k.whole_flow = e.whole_flow;
    k.measure = e.measure;
    k.status = e.status;
    return k;
}

void Group::build() {
    for (std::uint32_t i = 0; i < entries.size(); ++i) index[key_of(entries[i])].push_back(i);
    for (auto& [key, list] : index) {
        (void)key;
        std::stable_sort(list.begin(), list.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return entries[a].rank < entries[b].rank; });
    }
    for (std::uint32_t i = 0; i < entries.size(); ++i) {
        const auto [it, inserted] = ranges.try_emplace(entries[i].ref.release, i, i + 1);
        if (!inserted) it->second.second = i + 1;
    }
    units.push_back(0);
    for (const Entry& e : entries)
        if (std::find(units.begin(), units.end(), e.unit) == units.end()) units.push_back(e.unit);
}

const std::vector<std::uint32_t>& Group::find(const Key& k) const {
    const auto it = index.find(k);
    return it == index.end() ? none : it->second;
}

std::optional<std::uint32_t> Group::in_release(const Key& k, std::uint32_t release) const {
    for (const std::uint32_t i : find(k))
        if (entries[i].ref.release == release && !entries[i].derived) return i;
    return std::nullopt;
}

void Group::derive() {
    const std::size_t printed = entries.size();
    std::vector<Entry> made;
    const auto add = [&](const Entry& like, const Key& k, Interval a, Interval b, std::vector<ClaimRef> sources,
                         const Entry& money, const Entry& other_source) {
        Entry d(like.ref, *like.claim, std::move(a), std::move(b));
        // A figure computed from one that reads differently under the two conventions does too.
        d.convention_matters = like.convention_matters || other_source.convention_matters;
        // And one computed from a figure with a qualifier (nearly, over, about) is approximate.
        d.approximate = like.approximate || other_source.approximate;
        d.first = k.first;
        d.last = k.last;
        d.item = k.item;
        d.unit = k.unit;
        d.flow = k.flow;
        d.measure = k.measure;
        d.rank = like.rank;
        d.dated = like.dated;
        d.published_day = like.published_day;
        d.derived = true;
        d.sources = std::move(sources);
        d.kind = FigureKind::level;
        d.currency = money.currency;
        made.push_back(std::move(d));
    };
    for (std::size_t i = 0; i < printed; ++i) {
        const Entry& x = entries[i];
        if (x.measure == Measure::share && x.status == 0 && x.whole_flow != ClaimFlow::balance) {
            // The part's level from its share and the whole's level, in each currency.
            for (const std::uint16_t u : units) {
                if (u == 0) continue;
                Key part = key_of(x);
                part.measure = Measure::level;
                part.whole = 0;
                part.whole_flow = ClaimFlow::total;
                part.unit = u;
                Key whole = part;
                whole.item = x.whole;
                whole.flow = x.whole_flow;
                const auto w = in_release(whole, x.ref.release);
                if (!w || in_release(part, x.ref.release)) continue;
                const Entry& we = entries[*w];
                add(x, part, x.iv[0] * we.iv[0], x.iv[1] * we.iv[1], {x.ref, we.ref}, we, we);
            }
        }
        if (x.measure == Measure::level && x.flow == ClaimFlow::exports && x.unit != 0) {
            // The total and the balance from the two flows, where they are not printed.
            Key k = key_of(x);
            k.flow = ClaimFlow::imports;
            const auto im = in_release(k, x.ref.release);
            if (!im) continue;
            const Entry& ie = entries[*im];
            k.flow = ClaimFlow::total;
            if (!in_release(k, x.ref.release))
                add(x, k, x.iv[0] + ie.iv[0], x.iv[1] + ie.iv[1], {x.ref, ie.ref}, x, ie);
            k.flow = ClaimFlow::balance;
            if (!in_release(k, x.ref.release))
                add(x, k, x.iv[0] - ie.iv[0], x.iv[1] - ie.iv[1], {x.ref, ie.ref}, x, ie);
        }
    }
    for (Entry& d : made) {
        const auto at = static_cast<std::uint32_t>(entries.size());
        entries.push_back(std::move(d));
        auto& list = index[key_of(entries.back())];
        list.push_back(at);
        std::stable_sort(list.begin(), list.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return entries[a].rank < entries[b].rank; });
    }
}

std::optional<std::uint32_t> Group::best(const Key& k, const Entry& x) const {
    const auto& list = find(k);
    std::optional<std::uint32_t> chosen, after;
    Ratio chosen_width;
    const bool any_printed =
        std::any_of(list.begin(), list.end(), [&](std::uint32_t i) { return !entries[i].derived; });
    for (const std::uint32_t i : list) {
        const Entry& e = entries[i];
        if (any_printed && e.derived) continue;  // a printed figure before a derived one
        if (e.ref.release == x.ref.release) return i;
        // Published after x's release (both dated): only when nothing earlier prints it.
        if (e.dated && x.dated && e.published_day > x.published_day) {
            if (!after) after = i;
            continue;
        }
        // Of the others, the most precise figure (the narrowest interval: 19380.6亿元 rather than
        // 1.938 trillion yuan); between equals the latest, so that a revision wins.
        const Ratio width = e.iv[0].width();
        if (!chosen || width < chosen_width || width == chosen_width) {
            chosen = i;
            chosen_width = width;
        }
    }
    return chosen ? chosen : after;
}

Period canonical(const Period& p) {
    const auto kind = p.kind();
    if (kind == PeriodKind::day || kind == PeriodKind::range || kind == PeriodKind::year_to_date) {
        if (p.whole_months() == 0 || p.first().day() != 1) return p;
        const auto y = static_cast<int>(p.first().year());
        const unsigned m = p.first().month();
        const unsigned months = p.whole_months();
        if (months == 1) return Period::month(y, m);
        if (months == 3 && (m - 1) % 3 == 0) return Period::quarter(y, (m - 1) / 3 + 1);
        if (months == 6 && (m == 1 || m == 7)) return Period::half(y, m == 1 ? 1 : 2);
        if (months == 12 && m == 1) return Period::year(y);
    }
    return p;
}

Plan& Finder::plan(CheckKind kind, const Entry& subject, std::vector<std::uint32_t> inputs,
                   std::optional<std::uint32_t> compared, std::uint32_t release) {
    Plan p(kind, subject.claim->period);
    p.inputs = std::move(inputs);
    p.compared = compared;
    p.release = release;
    p.flow = subject.claim->flow;
    p.measure = subject.claim->measure;
    p.about = index_of(subject);
    p.quantity = quantity_of(subject);
    if (compared) {
        const Entry& c = g_.entries[*compared];
        p.flow = c.claim->flow;
        p.measure = c.claim->measure;
        p.period = c.claim->period;
        p.about = *compared;
        p.negate = c.negated;
        p.quantity = quantity_of(c);
        p.release = c.ref.release;
    }
    out_.push_back(std::move(p));
    return out_.back();
}

Quantity Finder::quantity_of(const Entry& e) {
    Quantity q;
    q.kind = e.kind;
    q.currency = e.currency;
    return q;
}

std::optional<Period> Finder::shifted(const Period& p, int years) {
    try {
        return p.shifted_years(years);
    } catch (const InvalidPeriod&) {
        return std::nullopt;
    }
}

namespace {

constexpr Ratio one{Decimal(1)};

Interval v(const Group& g, const Plan& p, std::size_t i, NegativeRounding c) {
    return g.entries[p.inputs[i]].value(c);
}

std::optional<Interval> product_of_factors(const Group& g, const Plan& p, NegativeRounding c) {
    Interval f = Interval::point(one);
    for (std::size_t i = 0; i < p.inputs.size(); ++i) {
        const Interval factor = ex::plus_one(v(g, p, i, c));
        if (!ex::all_positive(factor)) return std::nullopt;
        f = f * factor;
    }
    return f;
}

// level ÷ base level − 1, for levels of one sign (a relative change of a deficit is that of its
// magnitude); no value across a change of sign or a base that reaches zero.
std::optional<Interval> relative_change(const Interval& now, const Interval& base) {
    const bool pos = ex::all_positive(now) && ex::all_positive(base);
    const bool neg = ex::all_negative(now) && ex::all_negative(base);
    if (!(pos || neg) || !ex::away_from_zero(base)) return std::nullopt;
    return ex::minus_one(now / base);
}

std::optional<Interval> ratio_of_levels(const Interval& now, const Interval& base) {
    const bool pos = ex::all_positive(now) && ex::all_positive(base);
    const bool neg = ex::all_negative(now) && ex::all_negative(base);
    if (!(pos || neg) || !ex::away_from_zero(base)) return std::nullopt;
    return now / base;
}

// The flows' growth identities over (E, gE, I, gI): each is monotone in every coordinate with
// the others fixed (docs/audit.md gives the partial derivatives), so the extremes are at the
// vertices of the box.
std::optional<Interval> flows_image(const Group& g, const Plan& p, NegativeRounding c) {
    const Interval box[4] = {v(g, p, 0, c), v(g, p, 1, c), v(g, p, 2, c), v(g, p, 3, c)};
    for (const std::size_t i : {1U, 3U})
        if (!ex::all_positive(ex::plus_one(box[i]))) return std::nullopt;
    if (!ex::all_positive(box[0]) || !ex::all_positive(box[2])) return std::nullopt;
    // Last year's balance E/(1+gE) − I/(1+gI) must keep one sign over the box (it is
    // multilinear in E, I, 1/(1+gE), 1/(1+gI), so its extremes are at vertices too).
    if (p.kind == CheckKind::balance_growth_from_flows) {
        const int s =
            ex::vertex_sign(box, [](std::span<const Ratio> x) { return x[0] / (x[1] + one) - x[2] / (x[3] + one); });
        if (s == 0) return std::nullopt;
    }
    switch (p.kind) {
        case CheckKind::total_growth_from_flows:
            return ex::vertex_image(box, [](std::span<const Ratio> x) -> std::optional<Ratio> {
                return (x[0] + x[2]) / (x[0] / (x[1] + one) + x[2] / (x[3] + one)) - one;
            });
        case CheckKind::balance_growth_from_flows:
            return ex::vertex_image(box, [](std::span<const Ratio> x) -> std::optional<Ratio> {
                return (x[0] - x[2]) / (x[0] / (x[1] + one) - x[2] / (x[3] + one)) - one;
            });
        default: {
            // The change E·gE/(1+gE) − I·gI/(1+gI): each input once, g/(1+g) = 1 − 1/(1+g)
            // rising with g.
            const auto h = [](const Interval& gi) {
                return Interval::point(one) - Interval::point(one) / ex::plus_one(gi);
            };
            return box[0] * h(box[1]) - box[2] * h(box[3]);
        }
    }
}

std::optional<Evaluation> done(std::optional<Interval> i) {
    if (!i) return std::nullopt;
    return Evaluation{std::move(*i), std::nullopt};
}

}  // namespace

std::optional<Evaluation> evaluate(const Group& g, const Plan& p, NegativeRounding c) {
    const Ratio half(Decimal(1), Decimal(2));
    const Ratio two(Decimal(2));
    switch (p.kind) {
        case CheckKind::total_of_flows:
        case CheckKind::cumulative_periods:
            return done(v(g, p, 0, c) + v(g, p, 1, c));
        case CheckKind::balance_of_flows:
        case CheckKind::deficit_of_flows:
            // Balance terms: E − I; from exports and the total 2E − T; from the total and
            // imports T − 2I.
            if (p.variant == 0) return done(v(g, p, 0, c) - v(g, p, 1, c));
            if (p.variant == 1) return done(ex::times(v(g, p, 0, c), two) - v(g, p, 1, c));
            return done(v(g, p, 0, c) - ex::times(v(g, p, 1, c), two));
        case CheckKind::missing_flow:
            // T − X; exports (T + B)/2; imports (T − B)/2.
            if (p.variant == 0) return done(v(g, p, 0, c) - v(g, p, 1, c));
            if (p.variant == 1) return done(ex::times(v(g, p, 0, c) + v(g, p, 1, c), half));
            return done(ex::times(v(g, p, 0, c) - v(g, p, 1, c), half));
        case CheckKind::sum_of_parts:
        case CheckKind::count_partition: {
            Interval sum = v(g, p, 0, c);
            for (std::size_t i = 1; i < p.inputs.size(); ++i) sum = sum + v(g, p, i, c);
            return done(sum);
        }
        case CheckKind::share_from_levels:
        case CheckKind::implied_whole:
        case CheckKind::implied_rate:
            return done(ex::quotient(v(g, p, 0, c), v(g, p, 1, c)));
        case CheckKind::implied_part:
            return done(v(g, p, 0, c) * v(g, p, 1, c));
        case CheckKind::common_rate: {
            // The rates of the earlier pairs, intersected in order (a pair that meets none of
            // them is left out: its own check says so); the last pair is compared with them.
            std::optional<Interval> common;
            const std::size_t pairs = p.inputs.size() / 2;
            for (std::size_t k = 0; k + 1 < pairs; ++k) {
                const auto rate = ex::quotient(v(g, p, 2 * k, c), v(g, p, 2 * k + 1, c));
                if (!rate) return std::nullopt;
                if (!common) {
                    common = rate;
                } else if (auto both = ex::intersection(*common, *rate)) {
                    common = std::move(both);
                }
            }
            auto last = ex::quotient(v(g, p, 2 * pairs - 2, c), v(g, p, 2 * pairs - 1, c));
            if (!common || !last) return std::nullopt;
            return Evaluation{std::move(*common), std::move(*last)};
        }
        case CheckKind::last_year_level: {
            const Interval factor = ex::plus_one(v(g, p, 1, c));
            if (!ex::all_positive(factor)) return std::nullopt;
            return done(v(g, p, 0, c) / factor);
        }
        case CheckKind::last_year_share:
            return done(v(g, p, 0, c) - v(g, p, 1, c));
        case CheckKind::part_growth: {
            const Interval share = v(g, p, 0, c);
            if (!ex::all_positive(share) || share.lower().is_zero()) return std::nullopt;
            const Outcome<Interval> r = implied_part_growth(share, v(g, p, 1, c), v(g, p, 2, c));
            if (!r) return std::nullopt;
            return done(r.value());
        }
        case CheckKind::total_growth_from_flows:
        case CheckKind::balance_change_from_flows:
        case CheckKind::balance_growth_from_flows:
            return done(flows_image(g, p, c));
        case CheckKind::growth_from_change: {
            // 1 / (1 − c/L) − 1: each input once.
            const auto q = ex::quotient(v(g, p, 1, c), v(g, p, 0, c));
            if (!q) return std::nullopt;
            const Interval base_over_now = Interval::point(one) - *q;
            if (!ex::away_from_zero(base_over_now) || !ex::all_positive(base_over_now)) return std::nullopt;
            return done(ex::minus_one(Interval::point(one) / base_over_now));
        }
        case CheckKind::average_growth_on_base: {
            const Interval factor = ex::plus_one(v(g, p, 0, c));
            if (!ex::all_positive(factor) || factor.lower().is_zero()) return std::nullopt;
            return done(factor);
        }
        case CheckKind::duplicate:
        case CheckKind::restatement:
            return done(v(g, p, 0, c));
        case CheckKind::growth_from_levels:
        case CheckKind::growth_on_base_from_levels:
        case CheckKind::period_on_period:
            return done(relative_change(v(g, p, 0, c), v(g, p, 1, c)));
        case CheckKind::change_from_levels:
        case CheckKind::share_change_from_shares:
        case CheckKind::implied_period:
            return done(v(g, p, 0, c) - v(g, p, 1, c));
        case CheckKind::chained_growth: {
            auto f = product_of_factors(g, p, c);
            if (!f) return std::nullopt;
            return done(ex::minus_one(*f));
        }
        case CheckKind::average_growth_from_levels: {
            auto f = ratio_of_levels(v(g, p, 0, c), v(g, p, 1, c));
            if (!f || !ex::all_positive(*f)) return std::nullopt;
            return done(std::move(f));
        }
        case CheckKind::average_growth_from_growths:
            return done(product_of_factors(g, p, c));
    }
    return std::nullopt;
}

}  // namespace audit_engine

namespace {

namespace en = audit_engine;

std::uint32_t intern(std::unordered_map<std::string, std::uint32_t>& ids, const std::string& key) {
    const auto [it, inserted] = ids.try_emplace(key, static_cast<std::uint32_t>(ids.size() + 1));
    (void)inserted;
    return it->second;
}

// A deficit is kept as a balance with the sign reversed: its amounts are negated, and so is a
// share of it in a whole that is not itself a balance (a deficit's share of total trade); a
// share of one deficit in another is the same as that of the two balances.
bool negated(const Claim& c) noexcept {
    if (c.flow != ClaimFlow::deficit) return false;
    if (c.measure == Measure::level || c.measure == Measure::change) return true;
    if (c.measure == Measure::share || c.measure == Measure::share_change) {
        const ClaimFlow w = c.whole_claim_flow();
        return w != ClaimFlow::deficit && w != ClaimFlow::balance;
    }
    return false;
}

en::Entry make_entry(ClaimRef ref, const Claim& c, std::uint32_t rank,
                     const std::optional<boost::gregorian::date>& published,
                     std::unordered_map<std::string, std::uint32_t>& ids) {
    const Interval first = c.figure.interval(rounding_mode(NegativeRounding::magnitude));
    // The conventions differ only for a rounded figure that is negative or zero.
    const bool matters = !c.figure.is_exact() && !c.figure.is_approximate() && c.figure.value().sign() <= 0;
    const Interval second = matters ? c.figure.interval(rounding_mode(NegativeRounding::toward_positive)) : first;
    const bool negate = negated(c);
    en::Entry e(ref, c, negate ? -first : first, negate ? -second : second);
    e.negated = negate;
    e.dated = published.has_value();
    if (published) e.published_day = published->day_number();
    e.convention_matters = matters;
    e.approximate = c.figure.is_approximate();
    e.kind = c.figure.kind();
    e.currency = c.figure.currency();
    e.first = c.period.first().day_number();
    e.last = c.period.last().day_number();
    e.flow = c.flow == ClaimFlow::deficit ? ClaimFlow::balance : c.flow;
    e.measure = c.measure == Measure::cagr ? Measure::average_growth : c.measure;
    e.item = intern(ids, c.item.key());
    if (c.measure == Measure::share || c.measure == Measure::share_change) {
        e.whole = intern(ids, c.whole_item().key());
        const ClaimFlow wf = c.whole_claim_flow();
        e.whole_flow = wf == ClaimFlow::deficit ? ClaimFlow::balance : wf;
    }
    if (c.figure.currency()) e.unit = static_cast<std::uint16_t>(c.figure.currency()->numeric());
    if (c.status) e.status = static_cast<std::uint8_t>(1 + static_cast<unsigned>(*c.status));
    if (c.base_period) {
        // A base given as a year for a shorter period means the same part of that year:
        // "on 2019" for H1 2021 is on H1 2019.
        Period base = *c.base_period;
        try {
            if (base.kind() == PeriodKind::year && c.period.kind() != PeriodKind::year) {
                base = c.period.shifted_years(base.year() - c.period.year());
            }
            const int n = c.period.year() - base.year();
            if (n >= 1 && c.period.shifted_years(-n).same_dates(base)) e.years = n;
        } catch (const InvalidPeriod&) {
            e.years = 0;
        }
        e.base_first = base.first().day_number();
        e.base_last = base.last().day_number();
    }
    e.rank = rank;
    return e;
}

Verdict verdict_of(const en::Plan& p, const en::Evaluation& ev, const std::optional<Interval>& published) {
    if (!published) return Verdict::inference;
    if (p.root > 1) return audit_root::compare_average(ev.computed, p.root, *published);
    return compare(ev.computed, *published);
}

}  // namespace

std::size_t AuditReport::count(Verdict verdict) const noexcept {
    return static_cast<std::size_t>(
        std::count_if(checks.begin(), checks.end(), [&](const Check& c) { return c.verdict == verdict; }));
}

std::vector<std::size_t> AuditReport::flips() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < checks.size(); ++i)
        if (checks[i].flips()) out.push_back(i);
    return out;
}

namespace {

// A plan with the group it was found in.
struct Found {
    std::size_t group;
    en::Plan plan;
};

// The releases' claims as entries in groups (one per area and basis), and every plan the finders
// write, in the report's order.
struct Prepared {
    std::vector<en::Group> groups;
    std::vector<Found> found;
};

Prepared prepare(std::span<const Release> releases, const AuditOptions& options) {
    Prepared out;
    // Publication order: by date where known, else as given.
    std::vector<std::uint32_t> order(releases.size());
    std::iota(order.begin(), order.end(), 0U);
    const boost::gregorian::date far(9999, 12, 31);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return releases[a].published().value_or(far) < releases[b].published().value_or(far);
    });
    std::vector<std::uint32_t> rank(releases.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) rank[order[i]] = i;

    std::unordered_map<std::string, std::uint32_t> ids;
    std::map<std::string, std::size_t> group_of;
    std::vector<en::Group>& groups = out.groups;
    std::vector<std::size_t> release_group(releases.size());
    for (std::uint32_t r = 0; r < releases.size(); ++r) {
        const std::string key = releases[r].area() + '\x1f' + releases[r].basis();
        const auto [it, inserted] = group_of.try_emplace(key, groups.size());
        if (inserted) groups.emplace_back();
        release_group[r] = it->second;
        const auto& claims = releases[r].claims();
        for (std::uint32_t c = 0; c < claims.size(); ++c)
            groups[it->second].entries.push_back(
                make_entry(ClaimRef{r, c}, claims[c], rank[r], releases[r].published(), ids));
    }
    for (en::Group& g : groups) {
        g.build();
        g.derive();
    }

    std::vector<Found>& found = out.found;
    std::vector<en::Plan> plans;
    for (std::uint32_t r = 0; r < releases.size(); ++r) {
        plans.clear();
        en::find_within(groups[release_group[r]], r, options, plans);
        for (en::Plan& p : plans) found.push_back(Found{release_group[r], std::move(p)});
    }
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
        plans.clear();
        en::find_across(groups[gi], options, plans);
        for (en::Plan& p : plans) found.push_back(Found{gi, std::move(p)});
    }
    // The report's order: by release, within-release checks first, otherwise as found. Sorting
    // indices and moving each plan once is cheaper than sorting the plans themselves.
    std::vector<std::uint32_t> order_found(found.size());
    std::iota(order_found.begin(), order_found.end(), 0U);
    std::stable_sort(order_found.begin(), order_found.end(), [&](std::uint32_t ia, std::uint32_t ib) {
        const en::Plan& a = found[ia].plan;
        const en::Plan& b = found[ib].plan;
        if (a.release != b.release) return a.release < b.release;
        return !is_across_releases(a.kind) && is_across_releases(b.kind);
    });
    std::vector<Found> sorted;
    sorted.reserve(found.size());
    for (const std::uint32_t i : order_found) sorted.push_back(std::move(found[i]));
    found = std::move(sorted);
    return out;
}

// Whether the plan is reported under the options (inferences may be left out).
bool reported(const en::Plan& p, const AuditOptions& options) noexcept {
    return options.inferences || p.compared || p.kind == CheckKind::common_rate;
}

// Whether an input or the compared figure reads differently under the two conventions: only
// then is the plan evaluated twice.
bool convention_matters(const en::Group& g, const en::Plan& p) noexcept {
    if (p.compared && g.entries[*p.compared].convention_matters) return true;
    return std::any_of(p.inputs.begin(), p.inputs.end(),
                       [&](std::uint32_t i) { return g.entries[i].convention_matters; });
}

// The check of plan `p` under convention `c`, with `other_verdict` left equal to its verdict; no
// value when the identity has no bounded answer for these inputs.
// Throws Overflow when an exact intermediate does not fit.
std::optional<Check> make_check(const en::Group& g, const en::Plan& p, NegativeRounding c) {
    std::optional<en::Evaluation> ev = en::evaluate(g, p, c);
    if (!ev) return std::nullopt;
    std::optional<Interval> published =
        p.compared ? std::optional<Interval>(g.entries[*p.compared].value(c)) : ev->published;
    Check check(p.kind, ev->computed, p.period);
    check.verdict = verdict_of(p, *ev, published);
    check.other_verdict = check.verdict;
    bool approximate = p.compared && g.entries[*p.compared].approximate;
    bool derived = p.derived;
    for (const std::uint32_t i : p.inputs) {
        approximate = approximate || g.entries[i].approximate;
        derived = derived || g.entries[i].derived;
    }
    // An inference about a deficit's amount is given in deficit terms, as printed.
    const bool negate = p.negate || (!p.compared && p.flow == ClaimFlow::deficit &&
                                     (p.measure == Measure::level || p.measure == Measure::change));
    if (negate && p.root == 1) {
        check.computed = -check.computed;
        if (published) published = -*published;
    }
    check.published = std::move(published);
    check.release = p.release;
    for (const std::uint32_t i : p.inputs) {
        const en::Entry& e = g.entries[i];
        if (e.derived) {
            check.inputs.insert(check.inputs.end(), e.sources.begin(), e.sources.end());
        } else {
            check.inputs.push_back(e.ref);
        }
    }
    if (p.compared) check.compared = g.entries[*p.compared].ref;
    check.root = p.root;
    check.approximate_input = approximate;
    check.derived_input = derived;
    check.quantity = p.quantity;
    check.flow = p.flow;
    check.measure = p.measure;
    check.about = g.entries[p.about].ref;
    check.about_whole = p.about_whole;
    if (p.kind == CheckKind::change_from_levels && check.verdict == Verdict::inconsistent && p.compared) {
        // A "change" that is really last year's level, printed with a sign.
        const Interval& printed = g.entries[*p.compared].value(c);
        const Interval& last_year = g.entries[p.inputs[1]].value(c);
        if (printed.intersects(last_year) || (-printed).intersects(last_year)) {
            check.hint = Hint::change_is_last_years_level;
        }
    }
    return check;
}

std::pair<CheckKind, ClaimRef> unevaluated_of(const en::Group& g, const en::Plan& p) {
    return {p.kind, g.entries[p.inputs.empty() ? *p.compared : p.inputs[0]].ref};
}

// Every plan of `prepared` that the options report, in the report's order, evaluated under the
// options' convention and, when an input or the compared figure reads differently under the two
// conventions, under the other too: `visit(check, second, twice)` gets the check under the
// options' convention (its `other_verdict` equal to its verdict), the check under the other
// convention (no value when evaluated once, or when the identity has no bounded answer under it)
// and whether it was evaluated twice. A plan without a bounded answer under the options'
// convention is skipped; one whose exact intermediate does not fit goes to `unevaluated`.
template <class Visit>
void for_each_reported(const Prepared& prepared, const AuditOptions& options,
                       std::vector<std::pair<CheckKind, ClaimRef>>& unevaluated, Visit visit) {
    const NegativeRounding primary = options.convention;
    for (const Found& f : prepared.found) {
        const en::Group& g = prepared.groups[f.group];
        const en::Plan& p = f.plan;
        if (!reported(p, options)) continue;
        std::optional<Check> first;
        std::optional<Check> second;
        bool twice = false;
        try {
            first = make_check(g, p, primary);
            if (!first) continue;
            twice = convention_matters(g, p);
            if (twice) second = make_check(g, p, other(primary));
        } catch (const Overflow&) {
            unevaluated.push_back(unevaluated_of(g, p));
            continue;
        }
        visit(std::move(*first), std::move(second), twice);
    }
}

}  // namespace

AuditReport audit(std::span<const Release> releases, const AuditOptions& options) {
    AuditReport report;
    report.convention = options.convention;
    const Prepared prepared = prepare(releases, options);
    report.checks.reserve(prepared.found.size());
    for_each_reported(prepared, options, report.unevaluated,
                      [&](Check check, std::optional<Check> second, bool /*twice*/) {
                          if (second) check.other_verdict = second->verdict;
                          report.checks.push_back(std::move(check));
                      });
    return report;
}

const Check& ConventionFlip::under(NegativeRounding convention) const noexcept {
    return convention == NegativeRounding::magnitude ? magnitude : toward_positive;
}

ConventionFlips convention_flips(std::span<const Release> releases, const AuditOptions& options) {
    ConventionFlips out;
    out.convention = options.convention;
    const NegativeRounding primary = options.convention;
    for_each_reported(prepare(releases, options), options, out.unevaluated,
                      [&](Check first, std::optional<Check> second, bool twice) {
                          ++out.checks;
                          if (twice) ++out.evaluated_twice;
                          if (!second || second->verdict == first.verdict) return;
                          first.other_verdict = second->verdict;
                          second->other_verdict = first.verdict;
                          if (primary == NegativeRounding::magnitude) {
                              out.flips.emplace_back(std::move(first), std::move(*second));
                          } else {
                              out.flips.emplace_back(std::move(*second), std::move(first));
                          }
                      });
    return out;
}

}  // namespace svctrade
