// SPDX-License-Identifier: BSL-1.0
// The statuses of panel results (docs/status.md, "Panel results"). On random small panels with
// statuses (fixed seeds), every cell of every operation's result has the status the TimeSeries
// operation gives the same observations, read as one series per reporter, category and flow;
// the fast and the exact path give the same statuses; a panel without statuses gives results
// without them; an in-place refill never keeps a status of an earlier result.
#include <svctrade/error.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/money/money.hpp>
#include <svctrade/panels/exact_ops.hpp>
#include <svctrade/panels/exact_panel.hpp>
#include <svctrade/panels/ops.hpp>
#include <svctrade/panels/panel.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/series/time_series.hpp>

#include <doctest/doctest.h>

#include "panels/panel_cases.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

using namespace svctrade;
using namespace svctrade_test;

namespace {

constexpr int seeds = 40;
constexpr Flow flows[] = {Flow::exports, Flow::imports, Flow::total, Flow::balance};
constexpr RoundingMode up = RoundingMode::half_up;
const Currency cny = Currency::of("CNY");

Period period_of(MonthIndex m) {
    return Period::month(m.year(), m.month());
}

// Adds an observation to a series as a file would give it: a value with its status, or a
// period recorded missing for a reason (a period not provided, with no confidentiality, is left
// out, as a series that does not hold it).
void add(TimeSeries& series, const Period& period, const std::optional<std::int64_t>& units,
         const ObservationStatus& status) {
    if (units) {
        series.insert(period, Money(Decimal::from_units(*units, 0), cny), status);
    } else if (status != not_provided) {
        series.insert_missing(period, status);
    }
}

// The value and status of a cell of flow f, as the panels read them.
std::pair<std::optional<std::int64_t>, ObservationStatus> read(const Case& k, Flow f, std::size_t i) {
    const Cell& e = k.cells[0][i];
    const Cell& m = k.cells[1][i];
    if (f == Flow::exports) return {e.valid ? std::optional<std::int64_t>(e.units) : std::nullopt, e.status};
    if (f == Flow::imports) return {m.valid ? std::optional<std::int64_t>(m.units) : std::nullopt, m.status};
    const ObservationStatus s = derived_status(e.status, m.status);
    if (!e.valid || !m.valid) return {std::nullopt, s};
    return {f == Flow::total ? e.units + m.units : e.units - m.units, s};
}

TimeSeries series_of(const Case& k, std::size_t r, std::size_t c, Flow f) {
    TimeSeries s(cny);
    for (std::size_t t = 0; t < k.T; ++t) {
        const auto [units, status] = read(k, f, k.index(r, c, t));
        add(s, period_of(k.first + static_cast<std::int32_t>(t)), units, status);
    }
    return s;
}

// The whole of every category of reporter r: a sum, missing when a category is, with the status
// of all of them (as a sum's).
TimeSeries sum_of_categories(const Case& k, std::size_t r, Flow f) {
    TimeSeries s(cny);
    for (std::size_t t = 0; t < k.T; ++t) {
        std::optional<std::int64_t> sum = 0;
        ObservationStatus status;
        for (std::size_t c = 0; c < k.C; ++c) {
            const auto [units, st] = read(k, f, k.index(r, c, t));
            status = derived_status(status, st);
            sum = sum && units ? std::optional<std::int64_t>(*sum + *units) : std::nullopt;
        }
        add(s, period_of(k.first + static_cast<std::int32_t>(t)), sum, status);
    }
    return s;
}

// Checks every cell of series (r, c) of a monthly result: the status of the series' row for
// its month where the series has one, else `rule` (the same rule, for a row the series leaves
// out: a month without a value in either series).
template <class Row>
void check_monthly(const Case& k, const PanelResult& result, std::size_t r, std::size_t c,
                   const SeriesResult<Row>& rows, const std::function<ObservationStatus(const Period&)>& rule) {
    REQUIRE(result.has_statuses());
    std::map<Period, ObservationStatus> by_period;
    for (const Row& row : rows) by_period.emplace(row.period, row.status);
    for (std::size_t t = 0; t < k.T; ++t) {
        const Period month = period_of(k.first + static_cast<std::int32_t>(t));
        const auto it = by_period.find(month);
        const ObservationStatus expected = it != by_period.end() ? it->second : rule(month);
        if (it != by_period.end()) CHECK(rule(month) == expected);  // the rule is the series'
        CHECK(result.status(r, c, t) == expected);
    }
}

}  // namespace

TEST_CASE("panel growth statuses equal the series' cell by cell") {
    for (int seed = 0; seed < seeds; ++seed) {
        const Case k = make_case(seed);
        for (Flow f : flows) {
            CAPTURE(seed);
            CAPTURE(f);
            const PanelResult yoy = yoy_growth(*k.fast, f);
            const PanelResult mom = period_growth(*k.fast, f);
            for (std::size_t r = 0; r < k.R; ++r)
                for (std::size_t c = 0; c < k.C; ++c) {
                    const TimeSeries s = series_of(k, r, c, f);
                    check_monthly(k, yoy, r, c, s.yoy_growth(), [&](const Period& p) {
                        return derived_status(s.status(p), s.status(p.same_period_last_year()));
                    });
                    check_monthly(k, mom, r, c, s.period_growth(),
                                  [&](const Period& p) { return derived_status(s.status(p), s.status(p.previous())); });
                }
        }
    }
}

TEST_CASE("panel share share change and contribution statuses equal the series' cell by cell") {
    for (int seed = 0; seed < seeds; ++seed) {
        const Case k = make_case(seed);
        for (Flow f : flows) {
            for (std::optional<std::size_t> whole : {std::optional<std::size_t>(), std::optional<std::size_t>(1)}) {
                CAPTURE(seed);
                CAPTURE(f);
                CAPTURE(whole.has_value());
                const PanelResult s = whole ? shares(*k.fast, f, *whole) : shares(*k.fast, f);
                const PanelResult d = whole ? share_changes(*k.fast, f, *whole) : share_changes(*k.fast, f);
                const PanelResult g = whole ? contributions(*k.fast, f, *whole) : contributions(*k.fast, f);
                for (std::size_t r = 0; r < k.R; ++r) {
                    const TimeSeries w = whole ? series_of(k, r, *whole, f) : sum_of_categories(k, r, f);
                    for (std::size_t c = 0; c < k.C; ++c) {
                        const TimeSeries x = series_of(k, r, c, f);
                        check_monthly(k, s, r, c, share(x, w),
                                      [&](const Period& p) { return derived_status(x.status(p), w.status(p)); });
                        const auto four = [&](const Period& p, const ObservationStatus& whole_now) {
                            const Period b = p.same_period_last_year();
                            return derived_status(derived_status(x.status(p), whole_now),
                                                  derived_status(x.status(b), w.status(b)));
                        };
                        check_monthly(k, d, r, c, yoy_share_change(x, w),
                                      [&](const Period& p) { return four(p, w.status(p)); });
                        // A contribution: the series' rule where the whole now is there; where it
                        // is missing, the panel still answers, and the whole now gives the status
                        // its flags and confidentiality, not its being missing.
                        const SeriesResult<SeriesContribution> rows = yoy_contribution(x, w);
                        for (std::size_t t = 0; t < k.T; ++t) {
                            const Period p = period_of(k.first + static_cast<std::int32_t>(t));
                            const ObservationStatus whole_now = w.status(p);
                            if (!whole_now.is_missing()) {
                                for (const SeriesContribution& row : rows) {
                                    if (row.period == p) CHECK(g.status(r, c, t) == row.status);
                                }
                                CHECK(g.status(r, c, t) == four(p, whole_now));
                            } else {
                                CHECK(g.status(r, c, t) == four(p, whole_now.with(Missing::none)));
                                if (g.reason(r, c, t) == Reason::none) CHECK_FALSE(g.status(r, c, t).is_missing());
                            }
                        }
                    }
                }
            }
        }
    }
}

TEST_CASE("panel roll-up statuses equal the series' cell by cell") {
    const RollUpTarget targets[] = {RollUpTarget::quarter, RollUpTarget::half_year, RollUpTarget::year,
                                    RollUpTarget::year_to_date};
    for (int seed = 0; seed < seeds; ++seed) {
        const Case k = make_case(seed);
        for (Flow f : flows)
            for (RollUpTarget to : targets)
                for (PartialSums partial : {PartialSums::refuse, PartialSums::allow}) {
                    CAPTURE(seed);
                    CAPTURE(f);
                    CAPTURE(static_cast<int>(to));
                    CAPTURE(static_cast<int>(partial));
                    const PanelResult result = roll_up(*k.fast, f, to, partial);
                    REQUIRE(result.has_statuses());
                    // The period of each offset of the result.
                    const auto period_at = [&](std::size_t q) {
                        const std::int32_t n = result.first_period() + static_cast<std::int32_t>(q);
                        switch (to) {
                            case RollUpTarget::quarter:
                                return Period::quarter(n / 4, static_cast<unsigned>(n % 4) + 1U);
                            case RollUpTarget::half_year:
                                return Period::half(n / 2, static_cast<unsigned>(n % 2) + 1U);
                            case RollUpTarget::year:
                                return Period::year(n);
                            default:
                                return Period::year_to_date(n / 12, static_cast<unsigned>(n % 12) + 1U);
                        }
                    };
                    for (std::size_t r = 0; r < k.R; ++r)
                        for (std::size_t c = 0; c < k.C; ++c) {
                            const TimeSeries s = series_of(k, r, c, f);
                            std::map<Period, ObservationStatus> rows;
                            for (const RolledValue& row : s.roll_up(to, partial)) rows.emplace(row.period, row.status);
                            for (std::size_t q = 0; q < result.period_count(); ++q) {
                                const Period p = period_at(q);
                                CAPTURE(q);
                                const auto it = rows.find(p);
                                if (it != rows.end()) {
                                    CHECK(result.status(r, c, q) == it->second);
                                } else {
                                    // Outside the series' observed months, where it has no row:
                                    // no month has a value, except for a partial year-to-date
                                    // sum after the series' last value (the panel goes on).
                                    ObservationStatus all;
                                    ObservationStatus present;
                                    for (const Period& m : p.months()) {
                                        all = derived_status(all, s.status(m));
                                        if (s.contains(m)) present = derived_status(present, s.status(m));
                                    }
                                    const bool answer = result.reason(r, c, q) == Reason::none;
                                    CHECK(result.status(r, c, q) == (answer ? present : all));
                                    if (answer) {
                                        CHECK(to == RollUpTarget::year_to_date);
                                        CHECK(partial == PartialSums::allow);
                                    }
                                }
                            }
                        }
                }
    }
}

namespace {

// Every operation on both paths, as (name, fast, exact) in-place forms.
bool same(std::span<const ObservationStatus> a, std::span<const ObservationStatus> b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

}  // namespace

TEST_CASE("the fast and the exact path give the same statuses, in place and returned") {
    for (int seed = 0; seed < seeds; ++seed) {
        const Case k = make_case(seed);
        for (Flow f : flows)
            for (const Op& op : every_op()) {
                CAPTURE(seed);
                CAPTURE(f);
                CAPTURE(op.name);
                PanelResult fast;
                ExactPanelResult exact;
                op.fast(*k.fast, f, fast);
                op.exact(*k.exact, f, exact);
                REQUIRE(fast.has_statuses());
                CHECK(fast.statuses().size() == fast.reasons().size());
                CHECK(same(fast.statuses(), exact.statuses()));
                for (std::size_t i = 0; i < fast.statuses().size(); ++i) {
                    // An answer is never marked missing; a missing input is never an answer.
                    if (fast.reasons()[i] == Reason::none) CHECK_FALSE(fast.statuses()[i].is_missing());
                }
            }
        // The returning forms are the in-place ones.
        CHECK(same(yoy_growth(*k.fast, Flow::total).statuses(), yoy_growth(*k.exact, Flow::total, 1, up).statuses()));
        CHECK(same(shares(*k.fast, Flow::exports, 1).statuses(), shares(*k.exact, Flow::exports, 1, 2, up).statuses()));
        CHECK(same(roll_up(*k.fast, Flow::balance, RollUpTarget::quarter).statuses(),
                   roll_up(*k.exact, Flow::balance, RollUpTarget::quarter).statuses()));
    }
}

TEST_CASE("a panel without statuses gives results without statuses") {
    for (int seed = 0; seed < 8; ++seed) {
        const Case k = make_case(seed, false);
        REQUIRE_FALSE(k.fast->has_statuses());
        for (Flow f : flows)
            for (const Op& op : every_op()) {
                CAPTURE(op.name);
                PanelResult fast;
                ExactPanelResult exact;
                op.fast(*k.fast, f, fast);
                op.exact(*k.exact, f, exact);
                CHECK_FALSE(fast.has_statuses());
                CHECK(fast.statuses().empty());
                CHECK_FALSE(exact.has_statuses());
                // Read cell by cell: a plain value, or not provided where an input is missing.
                for (std::size_t q = 0; q < fast.period_count(); ++q) {
                    const Reason why = fast.reason(0, 0, q);
                    CHECK(fast.status(0, 0, q) == (why == Reason::missing ? not_provided : ObservationStatus()));
                }
            }
        CHECK_FALSE(yoy_growth(*k.fast, Flow::exports).has_statuses());
        CHECK_FALSE(contributions(*k.exact, Flow::balance, 2, up).has_statuses());
    }
}

TEST_CASE("an in-place refill never keeps a stale status") {
    const Case with = make_case(3);
    const Case without = make_case(3, false);
    const Case other = make_case(11);
    for (Flow f : flows)
        for (const Op& op : every_op()) {
            CAPTURE(op.name);
            PanelResult fast;
            ExactPanelResult exact;
            op.fast(*with.fast, f, fast);
            op.exact(*with.exact, f, exact);
            REQUIRE(fast.has_statuses());
            // Refilled from a panel without statuses: none left.
            op.fast(*without.fast, f, fast);
            op.exact(*without.exact, f, exact);
            CHECK_FALSE(fast.has_statuses());
            CHECK_FALSE(exact.has_statuses());
            // Refilled from another panel with statuses: those of a fresh result.
            op.fast(*with.fast, f, fast);
            op.fast(*other.fast, f, fast);
            PanelResult fresh;
            op.fast(*other.fast, f, fresh);
            CHECK(same(fast.statuses(), fresh.statuses()));
            op.exact(*other.exact, f, exact);
            CHECK(same(exact.statuses(), fresh.statuses()));
        }
}

TEST_CASE("a panel result's status names the cell it cannot find") {
    Panel p({"CN"}, {"SC", "SI"}, MonthIndex(2021, 1), 13);
    p.set(0, 0, Flow::exports, MonthIndex(2021, 1), 4.0, ObservationStatus().with(StatusFlag::estimated));
    p.set(0, 0, Flow::exports, MonthIndex(2022, 1), 5.0, ObservationStatus().with(StatusFlag::provisional));
    const PanelResult g = yoy_growth(p, Flow::exports);
    const ObservationStatus status = g.status(0, 0, 12);
    CHECK(status.has(StatusFlag::derived_from_estimate));
    CHECK(status.has(StatusFlag::provisional));
    CHECK_FALSE(status.has(StatusFlag::estimated));
    CHECK(g.value(0, 0, 12) == doctest::Approx(0.25));
    CHECK(g.status(0, 1, 12) == not_provided);
    CHECK_THROWS_AS((void)g.status(0, 2, 0), NotFound);
    CHECK_THROWS_AS((void)g.status(1, 0, 0), NotFound);
    CHECK_THROWS_AS((void)g.status(0, 0, 13), NotFound);
    const PanelResult plain = yoy_growth(Panel({"CN"}, {"SC"}, MonthIndex(2021, 1), 2), Flow::exports);
    CHECK_THROWS_AS((void)plain.status(0, 0, 2), NotFound);
}
