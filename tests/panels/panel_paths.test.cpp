// SPDX-License-Identifier: BSL-1.0
// Property test of the two panel paths on random panels (fixed seeds): missing values, zeros,
// negatives, every flow. For every operation and cell, the fast path (double) and the exact path
// (integer units) give the same reason as a reference built here from exact rationals with the
// growth module's pure functions (growth, share, contribution); the fast value lies within
// 1e-12 relative of the exact one; the exact path's value is that exact one rounded once, by the
// case's mode, to the case's places.
//
// The values are whole units, so that the fast panel holds them exactly and every difference
// of the growth rates and every whole is exact in double too; what is left is each path's own
// arithmetic. A share change is a difference of two shares, so its error is measured against
// the larger of the two shares (the shares themselves are within 1e-16 relative).
#include <svctrade/growth/growth.hpp>
#include <svctrade/numbers/ratio.hpp>
#include <svctrade/panels/exact_ops.hpp>
#include <svctrade/panels/exact_panel.hpp>
#include <svctrade/panels/ops.hpp>
#include <svctrade/panels/panel.hpp>

#include <doctest/doctest.h>

#include "panels/panel_cases.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace svctrade;
using svctrade_test::Random;

namespace {

constexpr int seeds = 60;
constexpr Flow flows[] = {Flow::exports, Flow::imports, Flow::total, Flow::balance};
constexpr RoundingMode modes[] = {RoundingMode::half_up,        RoundingMode::half_even, RoundingMode::toward_zero,
                                  RoundingMode::away_from_zero, RoundingMode::floor,     RoundingMode::ceiling,
                                  RoundingMode::half_ceiling};

// One random case: the same observations in a Panel and in an ExactPanel, and a plain copy of
// them from which the reference is computed without the panels' own code.
struct Case {
    std::size_t reporters;
    std::size_t categories;
    std::size_t months;
    MonthIndex first;
    int places;
    RoundingMode mode;
    Panel fast;
    ExactPanel exact;
    std::vector<std::optional<std::int64_t>> units[2];  // exports, imports, in panel order

    // A reported or derived observation, or nothing when it is missing.
    [[nodiscard]] std::optional<Decimal> at(std::size_t r, std::size_t c, Flow f, std::size_t t) const {
        const std::size_t i = (r * categories + c) * months + t;
        const std::optional<std::int64_t>& e = units[0][i];
        const std::optional<std::int64_t>& m = units[1][i];
        switch (f) {
            case Flow::exports:
                return e ? std::optional<Decimal>(Decimal(*e)) : std::nullopt;
            case Flow::imports:
                return m ? std::optional<Decimal>(Decimal(*m)) : std::nullopt;
            case Flow::total:
                return e && m ? std::optional<Decimal>(Decimal(*e + *m)) : std::nullopt;
            case Flow::balance:
                return e && m ? std::optional<Decimal>(Decimal(*e - *m)) : std::nullopt;
        }
        return std::nullopt;
    }
    // The whole of month t: category `whole`, or the sum of all categories (missing when one is).
    [[nodiscard]] std::optional<Decimal> whole_at(std::size_t r, Flow f, std::size_t t,
                                                  std::optional<std::size_t> whole) const {
        if (whole) return at(r, *whole, f, t);
        Decimal sum;
        for (std::size_t c = 0; c < categories; ++c) {
            const std::optional<Decimal> x = at(r, c, f, t);
            if (!x) return std::nullopt;
            sum += *x;
        }
        return sum;
    }
};

std::vector<std::string> names(const char* prefix, std::size_t n) {
    std::vector<std::string> v;
    for (std::size_t i = 0; i < n; ++i) v.push_back(prefix + std::to_string(i));
    return v;
}

// An observation: missing, zero, negative, small or large, in proportions that give every
// reason in every operation.
std::optional<std::int64_t> draw(Random& rng) {
    const std::size_t k = rng.below(100);
    if (k < 10) return std::nullopt;
    if (k < 18) return 0;
    if (k < 30) return -rng.between(1, 1'000'000'000);
    if (k < 45) return rng.between(1, 100);
    return rng.between(1, 1'000'000'000);
}

Case make_case(int seed) {
    Random rng{static_cast<std::uint64_t>(seed) * 7919U + 1U};
    const std::size_t R = 1 + rng.below(3);
    const std::size_t C = 1 + rng.below(5);
    const std::size_t T = 1 + rng.below(36);
    const MonthIndex first(static_cast<int>(rng.between(1995, 2020)), static_cast<unsigned>(rng.between(1, 12)));
    const int places = static_cast<int>(rng.below(7));
    const RoundingMode mode = modes[rng.below(std::size(modes))];
    Case k{R,
           C,
           T,
           first,
           places,
           mode,
           Panel(names("R", R), names("C", C), first, T),
           ExactPanel(names("R", R), names("C", C), first, T, 2),
           {}};
    for (std::size_t f = 0; f < 2; ++f) {
        const Flow flow = f == 0 ? Flow::exports : Flow::imports;
        for (std::size_t r = 0; r < R; ++r)
            for (std::size_t c = 0; c < C; ++c)
                for (std::size_t t = 0; t < T; ++t) {
                    const std::optional<std::int64_t> u = draw(rng);
                    k.units[f].push_back(u);
                    if (u) {
                        k.fast.set(r, c, flow, first + static_cast<std::int32_t>(t), static_cast<double>(*u));
                        k.exact.set_units(r, c, flow, first + static_cast<std::int32_t>(t), *u);
                    }
                }
    }
    return k;
}

// The reference answer of a cell, as an exact fraction, or its reason.
using Reference = std::function<Outcome<Ratio>(const Case&, std::size_t r, std::size_t c, Flow f, std::size_t t)>;

Outcome<Ratio> missing() {
    return NoAnswer(Reason::missing);
}

Reference growth_over(std::size_t lag) {
    return [lag](const Case& k, std::size_t r, std::size_t c, Flow f, std::size_t t) {
        if (t < lag) return missing();
        const std::optional<Decimal> before = k.at(r, c, f, t - lag);
        const std::optional<Decimal> now = k.at(r, c, f, t);
        if (!before || !now) return missing();
        return growth(*before, *now).relative.transform([](const GrowthRate& g) { return g.ratio(); });
    };
}

Outcome<Share> share_at(const Case& k, std::size_t r, std::size_t c, Flow f, std::size_t t,
                        std::optional<std::size_t> whole) {
    const std::optional<Decimal> part = k.at(r, c, f, t);
    const std::optional<Decimal> w = k.whole_at(r, f, t, whole);
    if (!part || !w) return NoAnswer(Reason::missing);
    return share(*part, *w);
}

Reference shares_of(std::optional<std::size_t> whole) {
    return [whole](const Case& k, std::size_t r, std::size_t c, Flow f, std::size_t t) {
        return share_at(k, r, c, f, t, whole).transform([](const Share& s) { return s.ratio(); });
    };
}

Reference share_changes_of(std::optional<std::size_t> whole) {
    return [whole](const Case& k, std::size_t r, std::size_t c, Flow f, std::size_t t) -> Outcome<Ratio> {
        if (t < 12) return missing();
        const Outcome<Share> now = share_at(k, r, c, f, t, whole);
        const Outcome<Share> before = share_at(k, r, c, f, t - 12, whole);
        if (!now) return NoAnswer::of(now.reason());
        if (!before) return NoAnswer::of(before.reason());
        return share_change(*before, *now).ratio();
    };
}

Reference contributions_of(std::optional<std::size_t> whole) {
    return [whole](const Case& k, std::size_t r, std::size_t c, Flow f, std::size_t t) -> Outcome<Ratio> {
        if (t < 12) return missing();
        const std::optional<Decimal> before = k.at(r, c, f, t - 12);
        const std::optional<Decimal> now = k.at(r, c, f, t);
        const std::optional<Decimal> w = k.whole_at(r, f, t - 12, whole);
        if (!before || !now || !w) return missing();
        return contribution(*before, *now, *w).transform([](const PercentagePoints& p) { return p.ratio(); });
    };
}

// The scale a cell's error is measured against: the answer itself, or for a share change the
// larger of its two shares.
using Scale = std::function<double(const Case&, std::size_t r, std::size_t c, Flow f, std::size_t t, double answer)>;

double of_answer(const Case&, std::size_t, std::size_t, Flow, std::size_t, double answer) {
    return std::abs(answer);
}

Scale of_shares(std::optional<std::size_t> whole) {
    return [whole](const Case& k, std::size_t r, std::size_t c, Flow f, std::size_t t, double) {
        return std::max(std::abs(share_at(k, r, c, f, t, whole).value().ratio().to_double()),
                        std::abs(share_at(k, r, c, f, t - 12, whole).value().ratio().to_double()));
    };
}

struct Operation {
    std::string name;
    std::function<PanelResult(const Case&, Flow)> fast;
    std::function<ExactPanelResult(const Case&, Flow)> exact;
    Reference reference;
    Scale scale;
};

std::vector<Operation> operations() {
    const std::optional<std::size_t> all;
    const std::optional<std::size_t> first = 0;
    return {
        {"yoy growth", [](const Case& k, Flow f) { return yoy_growth(k.fast, f); },
         [](const Case& k, Flow f) { return yoy_growth(k.exact, f, k.places, k.mode); }, growth_over(12), of_answer},
        {"period growth", [](const Case& k, Flow f) { return period_growth(k.fast, f); },
         [](const Case& k, Flow f) { return period_growth(k.exact, f, k.places, k.mode); }, growth_over(1), of_answer},
        {"shares", [](const Case& k, Flow f) { return shares(k.fast, f); },
         [](const Case& k, Flow f) { return shares(k.exact, f, k.places, k.mode); }, shares_of(all), of_answer},
        {"shares of the first category", [](const Case& k, Flow f) { return shares(k.fast, f, 0); },
         [](const Case& k, Flow f) { return shares(k.exact, f, 0, k.places, k.mode); }, shares_of(first), of_answer},
        {"share changes", [](const Case& k, Flow f) { return share_changes(k.fast, f); },
         [](const Case& k, Flow f) { return share_changes(k.exact, f, k.places, k.mode); }, share_changes_of(all),
         of_shares(all)},
        {"share changes in the first category", [](const Case& k, Flow f) { return share_changes(k.fast, f, 0); },
         [](const Case& k, Flow f) { return share_changes(k.exact, f, 0, k.places, k.mode); }, share_changes_of(first),
         of_shares(first)},
        {"contributions", [](const Case& k, Flow f) { return contributions(k.fast, f); },
         [](const Case& k, Flow f) { return contributions(k.exact, f, k.places, k.mode); }, contributions_of(all),
         of_answer},
        {"contributions to the first category", [](const Case& k, Flow f) { return contributions(k.fast, f, 0); },
         [](const Case& k, Flow f) { return contributions(k.exact, f, 0, k.places, k.mode); }, contributions_of(first),
         of_answer},
    };
}

// Counts, over every case, the cells where the paths or the reference disagree, and how often
// each reason came up (so that the test cannot pass on cases that never reach a rule).
struct Tally {
    std::size_t cells = 0;
    std::size_t disagreements = 0;
    std::map<Reason, std::size_t> reasons;
    std::string first_disagreement;
    void disagree(const std::string& what) {
        if (disagreements++ == 0) first_disagreement = what;
    }
};

void compare(const Operation& op, const Case& k, Flow f, int seed, Tally& tally) {
    const PanelResult fast = op.fast(k, f);
    const ExactPanelResult exact = op.exact(k, f);
    if (fast.reasons().size() != k.reporters * k.categories * k.months ||
        exact.reasons().size() != fast.reasons().size()) {
        tally.disagree(op.name + ": result sizes differ");
        return;
    }
    for (std::size_t r = 0; r < k.reporters; ++r)
        for (std::size_t c = 0; c < k.categories; ++c)
            for (std::size_t t = 0; t < k.months; ++t) {
                const Outcome<Ratio> want = op.reference(k, r, c, f, t);
                const Reason reason = want ? Reason::none : want.reason();
                ++tally.cells;
                ++tally.reasons[reason];
                const std::string where = op.name + " seed " + std::to_string(seed) + " flow " +
                                          std::string(to_string(f)) + " cell (" + std::to_string(r) + ", " +
                                          std::to_string(c) + ", " + std::to_string(t) + ")";
                if (fast.reason(r, c, t) != reason || exact.reason(r, c, t) != reason) {
                    tally.disagree(where + ": reasons " + std::string(to_string(fast.reason(r, c, t))) + " / " +
                                   std::string(to_string(exact.reason(r, c, t))) + ", reference " +
                                   std::string(to_string(reason)));
                    continue;
                }
                if (!want) continue;
                const double answer = want->to_double();
                const double error = std::abs(*fast.value(r, c, t) - answer);
                if (error > 1e-12 * op.scale(k, r, c, f, t, answer)) {
                    tally.disagree(where + ": fast " + std::to_string(*fast.value(r, c, t)) + ", exact " +
                                   want->to_string());
                }
                const Decimal rounded = (Ratio(Decimal(100)) * *want).round(k.places, k.mode);
                if (*exact.value(r, c, t) != rounded) {
                    tally.disagree(where + ": exact path " + exact.value(r, c, t)->to_string() + ", expected " +
                                   rounded.to_string());
                }
            }
}

}  // namespace

TEST_CASE("on random panels both paths answer every ratio as exact rationals do") {
    for (const Operation& op : operations()) {
        CAPTURE(op.name);
        Tally tally;
        for (int seed = 0; seed < seeds; ++seed) {
            const Case k = make_case(seed);
            for (const Flow f : flows) compare(op, k, f, seed, tally);
        }
        CHECK_MESSAGE(tally.disagreements == 0, tally.first_disagreement);
        // The cases reach every rule: answers, missing inputs and both kinds of bad base.
        CHECK(tally.reasons[Reason::none] > 100);
        CHECK(tally.reasons[Reason::missing] > 100);
        CHECK(tally.reasons[Reason::zero_base] > 10);
        CHECK(tally.reasons[Reason::negative_base] > 10);
        if (op.name.find("growth") != std::string::npos) CHECK(tally.reasons[Reason::sign_change] > 10);
    }
}

TEST_CASE("on random panels both paths roll up the same months to the same exact sums") {
    std::size_t answered = 0;
    std::size_t disagreements = 0;
    for (int seed = 0; seed < seeds; ++seed) {
        CAPTURE(seed);
        const Case k = make_case(seed);
        for (const Flow f : flows)
            for (const RollUpTarget to :
                 {RollUpTarget::quarter, RollUpTarget::half_year, RollUpTarget::year, RollUpTarget::year_to_date})
                for (const PartialSums partial : {PartialSums::refuse, PartialSums::allow}) {
                    const PanelResult fast = roll_up(k.fast, f, to, partial);
                    const ExactPanelResult exact = roll_up(k.exact, f, to, partial);
                    REQUIRE(fast.period_count() == exact.period_count());
                    REQUIRE(fast.period_kind() == exact.period_kind());
                    REQUIRE(fast.first_period() == exact.first_period());
                    for (std::size_t i = 0; i < fast.reasons().size(); ++i) {
                        const bool same = fast.reasons()[i] == exact.reasons()[i] &&
                                          fast.month_counts()[i] == exact.month_counts()[i] &&
                                          fast.values()[i] == static_cast<double>(exact.units()[i]);
                        disagreements += same ? 0U : 1U;
                        answered += fast.reasons()[i] == Reason::none ? 1U : 0U;
                    }
                }
    }
    CHECK(disagreements == 0);
    CHECK(answered > 1000);
}
