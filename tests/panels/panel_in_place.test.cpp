// SPDX-License-Identifier: BSL-1.0
// The in-place forms of the panel operations: each fills a caller's PanelResult exactly as the
// returning form would build a fresh one, whatever that result held before.
#include <svctrade/error.hpp>
#include <svctrade/panels/ops.hpp>
#include <svctrade/panels/panel.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

using namespace svctrade;

namespace {

// Three reporters, four categories, 40 months from March 2018 (so quarters and years stick out
// of the panel at both ends), with missing values, zeros, negatives and a sign change.
Panel mixed_panel() {
    Panel p({"CN", "HK", "MO"}, {"SC", "SD", "SI", "SJ"}, MonthIndex(2018, 3), 40);
    for (std::size_t r = 0; r < 3; ++r)
        for (std::size_t c = 0; c < 4; ++c)
            for (std::size_t t = 0; t < 40; ++t) {
                const auto m = p.first_month() + static_cast<std::int32_t>(t);
                const std::size_t k = (r * 4 + c) * 40 + t;
                if (k % 17 != 3) p.set(r, c, Flow::exports, m, static_cast<double>((k * 37) % 101));
                if (k % 23 != 5) p.set(r, c, Flow::imports, m, static_cast<double>((k * 53) % 89) + 0.25);
            }
    return p;
}

void check_same(const PanelResult& a, const PanelResult& b) {
    REQUIRE(a.reporter_count() == b.reporter_count());
    REQUIRE(a.category_count() == b.category_count());
    REQUIRE(a.period_count() == b.period_count());
    CHECK(a.period_kind() == b.period_kind());
    CHECK(a.first_period() == b.first_period());
    CHECK(a.month_counts().size() == b.month_counts().size());
    std::size_t differ = 0;
    for (std::size_t i = 0; i < a.values().size(); ++i) {
        // Bitwise equality of the value slots too: a cell without an answer holds 0 in both.
        if (a.reasons()[i] != b.reasons()[i] || !(a.values()[i] == b.values()[i])) ++differ;
        if (!a.month_counts().empty() && a.month_counts()[i] != b.month_counts()[i]) ++differ;
    }
    CHECK(differ == 0);
}

using InPlace = std::function<void(const Panel&, Flow, PanelResult&)>;
using Returning = std::function<PanelResult(const Panel&, Flow)>;

struct Operation {
    std::string name;
    InPlace in_place;
    Returning returning;
};

std::vector<Operation> operations() {
    std::vector<Operation> ops;
    ops.push_back({"yoy growth", [](const Panel& p, Flow f, PanelResult& o) { yoy_growth(p, f, o); },
                   [](const Panel& p, Flow f) { return yoy_growth(p, f); }});
    ops.push_back({"period growth", [](const Panel& p, Flow f, PanelResult& o) { period_growth(p, f, o); },
                   [](const Panel& p, Flow f) { return period_growth(p, f); }});
    ops.push_back({"shares", [](const Panel& p, Flow f, PanelResult& o) { shares(p, f, o); },
                   [](const Panel& p, Flow f) { return shares(p, f); }});
    ops.push_back({"shares of SD", [](const Panel& p, Flow f, PanelResult& o) { shares(p, f, 1, o); },
                   [](const Panel& p, Flow f) { return shares(p, f, 1); }});
    ops.push_back({"share changes", [](const Panel& p, Flow f, PanelResult& o) { share_changes(p, f, o); },
                   [](const Panel& p, Flow f) { return share_changes(p, f); }});
    ops.push_back({"share changes of SD", [](const Panel& p, Flow f, PanelResult& o) { share_changes(p, f, 1, o); },
                   [](const Panel& p, Flow f) { return share_changes(p, f, 1); }});
    ops.push_back({"contributions", [](const Panel& p, Flow f, PanelResult& o) { contributions(p, f, o); },
                   [](const Panel& p, Flow f) { return contributions(p, f); }});
    ops.push_back({"contributions to SD", [](const Panel& p, Flow f, PanelResult& o) { contributions(p, f, 1, o); },
                   [](const Panel& p, Flow f) { return contributions(p, f, 1); }});
    for (const RollUpTarget to :
         {RollUpTarget::quarter, RollUpTarget::half_year, RollUpTarget::year, RollUpTarget::year_to_date})
        for (const PartialSums partial : {PartialSums::refuse, PartialSums::allow}) {
            ops.push_back(
                {"roll-up " + std::to_string(static_cast<int>(to)) + "/" + std::to_string(static_cast<int>(partial)),
                 [to, partial](const Panel& p, Flow f, PanelResult& o) { roll_up(p, f, to, partial, o); },
                 [to, partial](const Panel& p, Flow f) { return roll_up(p, f, to, partial); }});
        }
    return ops;
}

}  // namespace

TEST_CASE("a default result is empty") {
    const PanelResult r;
    CHECK(r.values().empty());
    CHECK(r.reasons().empty());
    CHECK(r.month_counts().empty());
    CHECK(r.answered() == 0);
    CHECK(r.sum() == 0.0);
    CHECK_THROWS_AS((void)r.at(0, 0, 0), NotFound);
    CHECK_THROWS_AS((void)r.months_expected(0), NotFound);
}

TEST_CASE("every in-place operation fills a fresh result as the returning form builds it") {
    const Panel p = mixed_panel();
    for (const Operation& op : operations())
        for (const Flow f : {Flow::exports, Flow::imports, Flow::total, Flow::balance}) {
            CAPTURE(op.name);
            CAPTURE(static_cast<int>(f));
            PanelResult out;
            op.in_place(p, f, out);
            check_same(out, op.returning(p, f));
        }
}

TEST_CASE("an in-place operation overwrites whatever the result held before") {
    // Every result is refilled by every operation in turn, on panels of other sizes too, so a
    // cell an operation forgot to write would keep a stale value from the one before.
    const Panel big = mixed_panel();
    const Panel small({"CN"}, {"SC", "SD"}, MonthIndex(2020, 11), 15);
    const std::vector<Operation> ops = operations();
    PanelResult out;
    for (const Panel* p : {&big, &small, &big})
        for (const Operation& first : ops)
            for (const Operation& second : {ops[0], ops[2], ops[4], ops[6], ops[8], ops[15]}) {
                CAPTURE(first.name);
                CAPTURE(second.name);
                first.in_place(big, Flow::total, out);
                second.in_place(*p, Flow::balance, out);
                check_same(out, second.returning(*p, Flow::balance));
            }
}

TEST_CASE("an in-place operation that throws leaves the result unchanged") {
    const Panel p = mixed_panel();
    PanelResult out;
    yoy_growth(p, Flow::exports, out);
    const PanelResult before = out;
    CHECK_THROWS_AS(shares(p, Flow::exports, 4, out), NotFound);
    CHECK_THROWS_AS(share_changes(p, Flow::exports, 9, out), NotFound);
    CHECK_THROWS_AS(contributions(p, Flow::exports, 4, out), NotFound);
    CHECK_THROWS_AS(roll_up(p, Flow::exports, static_cast<RollUpTarget>(9), PartialSums::refuse, out), InvalidArgument);
    CHECK_THROWS_AS(roll_up(p, Flow::exports, RollUpTarget::year, static_cast<PartialSums>(7), out), InvalidArgument);
    CHECK_THROWS_AS(yoy_growth(p, static_cast<Flow>(9), out), InvalidArgument);
    check_same(out, before);
}

TEST_CASE("refilling a result of the same size keeps its storage") {
    const Panel p = mixed_panel();
    PanelResult out;
    yoy_growth(p, Flow::exports, out);
    const double* values = out.values().data();
    const Reason* reasons = out.reasons().data();
    shares(p, Flow::imports, out);
    contributions(p, Flow::total, out);
    CHECK(out.values().data() == values);
    CHECK(out.reasons().data() == reasons);
}
