// SPDX-License-Identifier: BSL-1.0
// The in-place forms of the exact panel operations: each fills a caller's ExactPanelResult
// exactly as the returning form builds a fresh one, whatever that result held before.
#include <svctrade/error.hpp>
#include <svctrade/panels/exact_ops.hpp>
#include <svctrade/panels/exact_panel.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

using namespace svctrade;

namespace {

constexpr auto up = RoundingMode::half_up;

// Three reporters, four categories, 40 months from March 2018 in cents, with missing values,
// zeros and (for the balance) negative values and sign changes.
ExactPanel mixed_panel() {
    ExactPanel p({"CN", "HK", "MO"}, {"SC", "SD", "SI", "SJ"}, MonthIndex(2018, 3), 40, 2);
    for (std::size_t r = 0; r < 3; ++r)
        for (std::size_t c = 0; c < 4; ++c)
            for (std::size_t t = 0; t < 40; ++t) {
                const auto m = p.first_month() + static_cast<std::int32_t>(t);
                const std::size_t k = (r * 4 + c) * 40 + t;
                if (k % 17 != 3) p.set_units(r, c, Flow::exports, m, static_cast<std::int64_t>((k * 37) % 101) * 100);
                if (k % 23 != 5)
                    p.set_units(r, c, Flow::imports, m, static_cast<std::int64_t>((k * 53) % 89) * 100 + 25);
            }
    return p;
}

void check_same(const ExactPanelResult& a, const ExactPanelResult& b) {
    REQUIRE(a.reporter_count() == b.reporter_count());
    REQUIRE(a.category_count() == b.category_count());
    REQUIRE(a.period_count() == b.period_count());
    CHECK(a.period_kind() == b.period_kind());
    CHECK(a.first_period() == b.first_period());
    CHECK(a.scale() == b.scale());
    CHECK(a.month_counts().size() == b.month_counts().size());
    std::size_t differ = 0;
    for (std::size_t i = 0; i < a.units().size(); ++i) {
        if (a.reasons()[i] != b.reasons()[i] || a.units()[i] != b.units()[i]) ++differ;
        if (!a.month_counts().empty() && a.month_counts()[i] != b.month_counts()[i]) ++differ;
    }
    CHECK(differ == 0);
}

struct Operation {
    std::string name;
    std::function<void(const ExactPanel&, Flow, ExactPanelResult&)> in_place;
    std::function<ExactPanelResult(const ExactPanel&, Flow)> returning;
};

std::vector<Operation> operations() {
    std::vector<Operation> ops;
    ops.push_back({"yoy growth", [](const ExactPanel& p, Flow f, ExactPanelResult& o) { yoy_growth(p, f, 1, up, o); },
                   [](const ExactPanel& p, Flow f) { return yoy_growth(p, f, 1, up); }});
    ops.push_back({"period growth",
                   [](const ExactPanel& p, Flow f, ExactPanelResult& o) { period_growth(p, f, 2, up, o); },
                   [](const ExactPanel& p, Flow f) { return period_growth(p, f, 2, up); }});
    ops.push_back({"shares", [](const ExactPanel& p, Flow f, ExactPanelResult& o) { shares(p, f, 1, up, o); },
                   [](const ExactPanel& p, Flow f) { return shares(p, f, 1, up); }});
    ops.push_back({"shares of SD", [](const ExactPanel& p, Flow f, ExactPanelResult& o) { shares(p, f, 1, 3, up, o); },
                   [](const ExactPanel& p, Flow f) { return shares(p, f, 1, 3, up); }});
    ops.push_back({"share changes",
                   [](const ExactPanel& p, Flow f, ExactPanelResult& o) { share_changes(p, f, 1, up, o); },
                   [](const ExactPanel& p, Flow f) { return share_changes(p, f, 1, up); }});
    ops.push_back({"share changes of SD",
                   [](const ExactPanel& p, Flow f, ExactPanelResult& o) { share_changes(p, f, 1, 1, up, o); },
                   [](const ExactPanel& p, Flow f) { return share_changes(p, f, 1, 1, up); }});
    ops.push_back({"contributions",
                   [](const ExactPanel& p, Flow f, ExactPanelResult& o) { contributions(p, f, 1, up, o); },
                   [](const ExactPanel& p, Flow f) { return contributions(p, f, 1, up); }});
    ops.push_back({"contributions to SD",
                   [](const ExactPanel& p, Flow f, ExactPanelResult& o) { contributions(p, f, 1, 2, up, o); },
                   [](const ExactPanel& p, Flow f) { return contributions(p, f, 1, 2, up); }});
    for (const RollUpTarget to :
         {RollUpTarget::quarter, RollUpTarget::half_year, RollUpTarget::year, RollUpTarget::year_to_date})
        for (const PartialSums partial : {PartialSums::refuse, PartialSums::allow}) {
            ops.push_back(
                {"roll-up " + std::to_string(static_cast<int>(to)) + "/" + std::to_string(static_cast<int>(partial)),
                 [to, partial](const ExactPanel& p, Flow f, ExactPanelResult& o) { roll_up(p, f, to, partial, o); },
                 [to, partial](const ExactPanel& p, Flow f) { return roll_up(p, f, to, partial); }});
        }
    return ops;
}

}  // namespace

TEST_CASE("a default exact result is empty") {
    const ExactPanelResult r;
    CHECK(r.units().empty());
    CHECK(r.reasons().empty());
    CHECK(r.answered() == 0);
    CHECK(r.sum() == Decimal());
    CHECK(r.scale() == 0);
    CHECK_THROWS_AS((void)r.at(0, 0, 0), NotFound);
}

TEST_CASE("every exact in-place operation fills a fresh result as the returning form builds it") {
    const ExactPanel p = mixed_panel();
    for (const Operation& op : operations())
        for (const Flow f : {Flow::exports, Flow::imports, Flow::total, Flow::balance}) {
            CAPTURE(op.name);
            CAPTURE(static_cast<int>(f));
            ExactPanelResult out;
            op.in_place(p, f, out);
            check_same(out, op.returning(p, f));
        }
}

TEST_CASE("an exact in-place operation overwrites whatever the result held before") {
    const ExactPanel big = mixed_panel();
    ExactPanel small({"CN"}, {"SC", "SD"}, MonthIndex(2020, 11), 15, 0);
    small.set_units(0, 0, Flow::exports, small.first_month() + 12, 5);
    small.set_units(0, 0, Flow::exports, small.first_month(), 4);
    const std::vector<Operation> ops = operations();
    ExactPanelResult out;
    const ExactPanel& tiny = small;
    for (const ExactPanel* p : {&big, &tiny, &big})
        for (const Operation& first : ops)
            for (const Operation& second : {ops[0], ops[2], ops[4], ops[6], ops[8], ops[15]}) {
                CAPTURE(first.name);
                CAPTURE(second.name);
                first.in_place(big, Flow::total, out);
                second.in_place(*p, Flow::balance, out);
                check_same(out, second.returning(*p, Flow::balance));
            }
}

TEST_CASE("an exact in-place operation that rejects its arguments leaves the result unchanged") {
    const ExactPanel p = mixed_panel();
    ExactPanelResult out;
    yoy_growth(p, Flow::exports, 1, up, out);
    const ExactPanelResult before = out;
    CHECK_THROWS_AS(shares(p, Flow::exports, 4, 1, up, out), NotFound);
    CHECK_THROWS_AS(shares(p, Flow::exports, 7, up, out), InvalidArgument);
    CHECK_THROWS_AS(share_changes(p, Flow::exports, 1, static_cast<RoundingMode>(99), out), InvalidArgument);
    CHECK_THROWS_AS(contributions(p, Flow::exports, 9, 1, up, out), NotFound);
    CHECK_THROWS_AS(roll_up(p, Flow::exports, static_cast<RollUpTarget>(9), PartialSums::refuse, out), InvalidArgument);
    CHECK_THROWS_AS(roll_up(p, Flow::exports, RollUpTarget::year, static_cast<PartialSums>(7), out), InvalidArgument);
    CHECK_THROWS_AS(yoy_growth(p, static_cast<Flow>(9), 1, up, out), InvalidArgument);
    check_same(out, before);
}
