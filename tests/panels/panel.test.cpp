// SPDX-License-Identifier: BSL-1.0
#include <svctrade/error.hpp>
#include <svctrade/panels/ops.hpp>
#include <svctrade/panels/panel.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using namespace svctrade;

namespace {

// Two reporters, three categories, 30 months from January 2019, every value set by a formula
// so that expected results can be computed independently below.
double formula(std::size_t r, std::size_t c, std::size_t f, std::size_t t) {
    return 100.0 + 10.0 * static_cast<double>(r) + 3.0 * static_cast<double>(c) + 7.0 * static_cast<double>(f) +
           0.5 * static_cast<double>(t);
}

Panel full_panel() {
    Panel p({"CN", "HK"}, {"SC", "SD", "SI"}, MonthIndex(2019, 1), 30);
    for (std::size_t r = 0; r < 2; ++r)
        for (std::size_t c = 0; c < 3; ++c)
            for (std::size_t t = 0; t < 30; ++t) {
                const auto m = p.first_month() + static_cast<std::int32_t>(t);
                p.set(r, c, Flow::exports, m, formula(r, c, 0, t));
                p.set(r, c, Flow::imports, m, formula(r, c, 1, t));
            }
    return p;
}

MonthIndex month(int y, unsigned m) {
    return MonthIndex(y, m);
}

}  // namespace

TEST_CASE("month indexes count months from year zero and convert back") {
    CHECK(MonthIndex(2021, 6).number() == 2021 * 12 + 5);
    CHECK(MonthIndex(2021, 12).year() == 2021);
    CHECK(MonthIndex(2021, 12).month() == 12);
    CHECK(MonthIndex(2022, 1).month() == 1);
    CHECK(MonthIndex(2021, 12) + 1 == MonthIndex(2022, 1));
    CHECK(MonthIndex(2022, 1) - 13 == MonthIndex(2020, 12));
    CHECK(MonthIndex(2022, 3) - MonthIndex(2021, 3) == 12);
    CHECK(MonthIndex(2021, 3) < MonthIndex(2021, 4));
    CHECK(MonthIndex::from_number(MonthIndex(2019, 7).number()) == MonthIndex(2019, 7));
    CHECK_THROWS_AS((void)MonthIndex(10000, 1), InvalidPeriod);
    CHECK_THROWS_AS((void)MonthIndex(2021, 13), InvalidPeriod);
    CHECK_THROWS_AS((void)MonthIndex(2021, 0), InvalidPeriod);
    CHECK_THROWS_AS((void)MonthIndex(0, 1), InvalidPeriod);
    CHECK_THROWS_WITH((void)MonthIndex(2021, 13), "month 13 of 2021 does not exist: months are 1-12");
}

TEST_CASE("a new panel has every observation missing") {
    const Panel p({"CN"}, {"SA", "SB"}, month(2020, 1), 24);
    CHECK(p.reporter_count() == 1);
    CHECK(p.category_count() == 2);
    CHECK(p.month_count() == 24);
    CHECK(p.cell_count() == 48);
    CHECK(p.last_month() == month(2021, 12));
    CHECK(p.valid_count(Flow::exports) == 0);
    CHECK_FALSE(p.value(0, 1, Flow::exports, month(2020, 5)).has_value());
    CHECK_FALSE(p.value(0, 1, Flow::total, month(2020, 5)).has_value());
}

TEST_CASE("a panel rejects empty or duplicate keys and impossible sizes") {
    CHECK_THROWS_AS(Panel({}, {"SA"}, month(2020, 1), 1), InvalidArgument);
    CHECK_THROWS_AS(Panel({"CN"}, {}, month(2020, 1), 1), InvalidArgument);
    CHECK_THROWS_AS(Panel({"CN"}, {"SA"}, month(2020, 1), 0), InvalidArgument);
    CHECK_THROWS_AS(Panel({"CN", ""}, {"SA"}, month(2020, 1), 1), InvalidArgument);
    CHECK_THROWS_WITH(Panel({"CN", "HK", "CN"}, {"SA"}, month(2020, 1), 1), "duplicate panel reporter \"CN\"");
    CHECK_THROWS_AS(Panel({"CN"}, {"SA", "SA"}, month(2020, 1), 1), InvalidArgument);
    CHECK_THROWS_AS(Panel({"CN"}, {"SA"}, month(9999, 12), 2), InvalidPeriod);
    CHECK_THROWS_AS(Panel({"CN"}, {"SA"}, MonthIndex::from_number(3), 2), InvalidPeriod);  // before year 1
    std::vector<std::string> names(1U << 12U);
    for (std::size_t i = 0; i < names.size(); ++i) names[i] = std::to_string(i);
    CHECK_THROWS_AS(Panel(names, names, month(2020, 1), 90000), InvalidArgument);  // 1.5e12 cells
}

TEST_CASE("panel keys refuse empty or duplicate names and months outside years 1-9999 with the value") {
    using names = std::vector<std::string>;
    CHECK_THROWS_WITH_AS(PanelKeys(names{}, names{"SA"}, month(2020, 1), 1), "a panel needs at least one reporter",
                         InvalidArgument);
    CHECK_THROWS_WITH_AS(PanelKeys(names{"CN"}, names{"SA", ""}, month(2020, 1), 1),
                         "a panel category name is empty (position 1)", InvalidArgument);
    CHECK_THROWS_WITH_AS(PanelKeys(names{"CN"}, names{"SA", "SB", "SA"}, month(2020, 1), 1),
                         "duplicate panel category \"SA\"", InvalidArgument);
    CHECK_THROWS_WITH_AS(PanelKeys(names{"CN"}, names{"SA"}, month(2020, 1), 0), "a panel needs at least one month",
                         InvalidArgument);
    CHECK_THROWS_AS(PanelKeys(names{"CN"}, {Category::total(), Category::total()}, month(2020, 1), 1), InvalidArgument);
    CHECK_THROWS_WITH_AS(PanelKeys(names{"CN"}, names{"SA"}, month(9999, 12), 2),
                         "a panel of 2 months from 9999-12 leaves years 1-9999, where a panel's months lie",
                         InvalidPeriod);
    CHECK_THROWS_WITH_AS(PanelKeys(names{"CN"}, names{"SA"}, MonthIndex::from_number(3), 2),
                         "a panel of 2 months from 0-04 leaves years 1-9999, where a panel's months lie",
                         InvalidPeriod);
    CHECK_THROWS_WITH_AS(PanelKeys(names{"CN"}, names{"SA"}, month(1, 1) - 13, 1),
                         "a panel of 1 month from -1-12 leaves years 1-9999, where a panel's months lie",
                         InvalidPeriod);
    CHECK_THROWS_AS(PanelKeys(names{"CN"}, {Category::total()}, month(1, 1) - 1, 12), InvalidPeriod);
    // The twins at the edges: the first and the last month of the range are a panel's months.
    const PanelKeys edges(names{"CN"}, names{"SA"}, month(9999, 1), 12);
    CHECK(edges.last_month() == month(9999, 12));
    CHECK(PanelKeys(names{"CN"}, {Category::total()}, month(1, 1), 12).first_month() == month(1, 1));
    CHECK(PanelKeys(names{"CN", "HK"}, names{"SA", "SB"}, month(2020, 1), 1).cell_count() == 4);
}

TEST_CASE("observations are found by name or position and derived flows are computed") {
    Panel p({"CN", "HK"}, {"SC", "SI"}, month(2021, 1), 6);
    p.set("HK", "SI", Flow::exports, month(2021, 6), 34.5);
    p.set(1, 1, Flow::imports, month(2021, 6), 12.25);
    CHECK(p.value(1, 1, Flow::exports, month(2021, 6)) == 34.5);
    CHECK(p.value(1, 1, Flow::imports, month(2021, 6)) == 12.25);
    CHECK(p.value(1, 1, Flow::total, month(2021, 6)) == 46.75);
    CHECK(p.value(1, 1, Flow::balance, month(2021, 6)) == 22.25);
    CHECK(p.reporter_index("HK") == 1);
    CHECK(p.category_index("SC") == 0);
    CHECK(p.reporter(0) == "CN");
    CHECK(p.category(1) == "SI");
    CHECK(p.position(1, 1, month(2021, 6)) == 23);
    CHECK(p.values(Flow::exports)[23] == 34.5);
    CHECK(p.valid(Flow::exports)[23] == 1);
    CHECK(p.valid_count(Flow::exports) == 1);
    p.erase(1, 1, Flow::imports, month(2021, 6));
    CHECK_FALSE(p.value(1, 1, Flow::imports, month(2021, 6)).has_value());
    CHECK_FALSE(p.value(1, 1, Flow::balance, month(2021, 6)).has_value());
    CHECK(p.value(1, 1, Flow::exports, month(2021, 6)) == 34.5);
}

TEST_CASE("a panel rejects unknown keys months outside it derived flows and non-finite values") {
    Panel p({"CN"}, {"SC"}, month(2021, 1), 6);
    CHECK_THROWS_AS(p.set("XX", "SC", Flow::exports, month(2021, 1), 1.0), NotFound);
    CHECK_THROWS_WITH(p.set("CN", "SZ", Flow::exports, month(2021, 1), 1.0), "the panel has no category \"SZ\"");
    CHECK_THROWS_AS(p.set(0, 0, Flow::exports, month(2021, 7), 1.0), InvalidPeriod);
    CHECK_THROWS_WITH(p.set(0, 0, Flow::exports, month(2020, 12), 1.0),
                      "month 2020-12 is outside the panel's months 2021-01 to 2021-06");
    CHECK_THROWS_AS(p.set(0, 0, Flow::total, month(2021, 1), 1.0), InvalidArgument);
    CHECK_THROWS_WITH(p.set(0, 0, Flow::balance, month(2021, 1), 1.0),
                      "the balance flow is derived from exports and imports and is not stored");
    CHECK_THROWS_AS(p.set(0, 0, Flow::exports, month(2021, 1), std::numeric_limits<double>::quiet_NaN()),
                    InvalidArgument);
    CHECK_THROWS_AS(p.set(0, 0, Flow::exports, month(2021, 1), std::numeric_limits<double>::infinity()),
                    InvalidArgument);
    CHECK_THROWS_AS(p.set(1, 0, Flow::exports, month(2021, 1), 1.0), NotFound);
    CHECK_THROWS_AS(p.erase(0, 1, Flow::exports, month(2021, 1)), NotFound);
    p.set(0, 0, Flow::exports, month(2021, 6), 2.5);
    CHECK(p.value(0, 0, Flow::exports, month(2021, 6)) == 2.5);
    CHECK_THROWS_WITH_AS((void)p.value(0, 0, Flow::exports, month(2021, 7)),
                         "month 2021-07 is outside the panel's months 2021-01 to 2021-06", InvalidPeriod);
    CHECK_THROWS_AS((void)p.value(0, 0, Flow::balance, month(2020, 12)), InvalidPeriod);  // derived, same rule
    CHECK(p.position(0, 0, month(2021, 6)) == 5);
    CHECK_THROWS_WITH_AS((void)p.position(0, 0, month(2020, 12)),
                         "month 2020-12 is outside the panel's months 2021-01 to 2021-06", InvalidPeriod);
    p.erase(0, 0, Flow::exports, month(2021, 6));
    CHECK_THROWS_AS((void)p.reporter(1), NotFound);
    CHECK_THROWS_AS((void)p.category(1), NotFound);
    CHECK_THROWS_AS((void)p.values(Flow::total), InvalidArgument);
    CHECK_THROWS_AS((void)p.valid(Flow::balance), InvalidArgument);
    CHECK_THROWS_AS((void)p.valid_count(Flow::total), InvalidArgument);
    CHECK(p.valid_count(Flow::exports) == 0);
}

TEST_CASE("year-on-year growth of every observation matches the formula for every flow") {
    const Panel p = full_panel();
    for (Flow f : {Flow::exports, Flow::imports, Flow::total, Flow::balance}) {
        const PanelResult g = yoy_growth(p, f);
        CHECK(g.period_kind() == PeriodKind::month);
        CHECK(g.period_count() == 30);
        CHECK(g.answered() + g.count(Reason::negative_base) == 2 * 3 * 18);
        CHECK(g.answered() == (f == Flow::balance ? 0 : 2 * 3 * 18));
        CHECK(g.count(Reason::missing) == 2 * 3 * 12);
        for (std::size_t r = 0; r < 2; ++r)
            for (std::size_t c = 0; c < 3; ++c)
                for (std::size_t t = 12; t < 30; ++t) {
                    auto x = [&](std::size_t u) {
                        const double e = formula(r, c, 0, u), m = formula(r, c, 1, u);
                        return f == Flow::exports ? e : f == Flow::imports ? m : f == Flow::total ? e + m : e - m;
                    };
                    if (f == Flow::balance) {
                        CHECK(g.reason(r, c, t) == Reason::negative_base);  // exports < imports here
                    } else {
                        CHECK(g.value(r, c, t).value() == doctest::Approx((x(t) - x(t - 12)) / x(t - 12)));
                    }
                }
        CHECK(g.reason(0, 0, 11) == Reason::missing);
    }
}

TEST_CASE("growth gives a reason for zero and negative bases sign changes and missing values") {
    Panel p({"CN"}, {"SC"}, month(2020, 1), 13);
    p.set(0, 0, Flow::exports, month(2020, 1), 0.0);
    p.set(0, 0, Flow::exports, month(2021, 1), 5.0);
    p.set(0, 0, Flow::imports, month(2020, 1), 4.0);
    p.set(0, 0, Flow::imports, month(2021, 1), 2.0);
    const PanelResult e = yoy_growth(p, Flow::exports);
    CHECK(e.reason(0, 0, 12) == Reason::zero_base);
    CHECK(e.at(0, 0, 12) == Outcome<double>(NoAnswer(Reason::zero_base)));
    CHECK(e.values()[12] == 0.0);
    CHECK(yoy_growth(p, Flow::imports).value(0, 0, 12) == -0.5);
    CHECK(yoy_growth(p, Flow::balance).reason(0, 0, 12) == Reason::negative_base);  // -4 -> 3
    CHECK(yoy_growth(p, Flow::total).value(0, 0, 12) == doctest::Approx(0.75));     // 4 -> 7
    p.set(0, 0, Flow::exports, month(2020, 1), 6.0);
    CHECK(yoy_growth(p, Flow::balance).value(0, 0, 12) == 0.5);  // 2 -> 3
    p.set(0, 0, Flow::imports, month(2021, 1), 6.0);
    CHECK(yoy_growth(p, Flow::balance).reason(0, 0, 12) == Reason::sign_change);  // 2 -> -1
    p.erase(0, 0, Flow::imports, month(2020, 1));
    CHECK(yoy_growth(p, Flow::total).reason(0, 0, 12) == Reason::missing);
    CHECK(yoy_growth(p, Flow::exports).value(0, 0, 12) == doctest::Approx(-1.0 / 6.0));
    CHECK_THROWS_AS((void)e.value(0, 0, 13), NotFound);
    CHECK_THROWS_AS((void)e.months_held(0, 0, 0), InvalidArgument);
}

TEST_CASE("month-on-month growth compares adjacent months") {
    const Panel p = full_panel();
    const PanelResult g = period_growth(p, Flow::imports);
    CHECK(g.reason(1, 2, 0) == Reason::missing);
    CHECK(g.value(1, 2, 5).value() == doctest::Approx(0.5 / formula(1, 2, 1, 4)));
    CHECK(g.answered() == 2 * 3 * 29);
}

TEST_CASE("shares of a complete partition sum to one in every reporter and month") {
    const Panel p = full_panel();
    for (Flow f : {Flow::exports, Flow::imports, Flow::total}) {
        const PanelResult s = shares(p, f);
        CHECK(s.answered() == 2 * 3 * 30);
        for (std::size_t r = 0; r < 2; ++r)
            for (std::size_t t = 0; t < 30; ++t) {
                double sum = 0.0;
                for (std::size_t c = 0; c < 3; ++c) sum += s.value(r, c, t).value();
                CHECK(sum == doctest::Approx(1.0).epsilon(1e-12));
            }
    }
    const PanelResult s = shares(p, Flow::exports);
    CHECK(s.value(1, 2, 4).value() ==
          doctest::Approx(formula(1, 2, 0, 4) / (formula(1, 0, 0, 4) + formula(1, 1, 0, 4) + formula(1, 2, 0, 4))));
}

TEST_CASE("a share is missing when its part or any part of the whole is missing") {
    Panel p = full_panel();
    p.erase(0, 1, Flow::exports, month(2019, 3));
    const PanelResult s = shares(p, Flow::exports);
    for (std::size_t c = 0; c < 3; ++c) CHECK(s.reason(0, c, 2) == Reason::missing);
    CHECK(s.reason(1, 1, 2) == Reason::none);
    CHECK(s.answered() == 2 * 3 * 30 - 3);
}

TEST_CASE("shares in a chosen whole category and a zero whole") {
    Panel p({"CN"}, {"S", "SI"}, month(2021, 1), 2);
    p.set(0, 0, Flow::exports, month(2021, 1), 200.0);
    p.set(0, 1, Flow::exports, month(2021, 1), 77.0);
    p.set(0, 0, Flow::exports, month(2021, 2), 0.0);
    p.set(0, 1, Flow::exports, month(2021, 2), 0.0);
    const PanelResult s = shares(p, Flow::exports, 0);
    CHECK(s.value(0, 1, 0) == 0.385);
    CHECK(s.value(0, 0, 0) == 1.0);
    CHECK(s.reason(0, 1, 1) == Reason::zero_base);
    CHECK_THROWS_AS((void)shares(p, Flow::exports, 2), NotFound);
    CHECK_THROWS_AS((void)share_changes(p, Flow::exports, 2), NotFound);
    CHECK_THROWS_AS((void)contributions(p, Flow::exports, 2), NotFound);
    p.set(0, 0, Flow::imports, month(2021, 1), 300.0);
    p.set(0, 1, Flow::imports, month(2021, 1), 50.0);
    CHECK(shares(p, Flow::balance, 0).reason(0, 1, 0) == Reason::negative_base);
}

TEST_CASE("share changes are the difference of shares a year apart in percentage points") {
    const Panel p = full_panel();
    const PanelResult s = shares(p, Flow::total);
    const PanelResult d = share_changes(p, Flow::total);
    CHECK(d.answered() == 2 * 3 * 18);
    CHECK(d.value(1, 0, 20).value() == doctest::Approx(s.value(1, 0, 20).value() - s.value(1, 0, 8).value()));
    CHECK(d.reason(1, 0, 5) == Reason::missing);
    const PanelResult dw = share_changes(p, Flow::exports, 2);
    CHECK(dw.value(0, 2, 12) == 0.0);
}

TEST_CASE("contributions of a complete partition add up to the growth of the whole") {
    const Panel p = full_panel();
    const PanelResult k = contributions(p, Flow::exports);
    CHECK(k.answered() == 2 * 3 * 18);
    for (std::size_t r = 0; r < 2; ++r)
        for (std::size_t t = 12; t < 30; ++t) {
            double whole_now = 0.0, whole_then = 0.0, sum = 0.0;
            for (std::size_t c = 0; c < 3; ++c) {
                whole_now += formula(r, c, 0, t);
                whole_then += formula(r, c, 0, t - 12);
                sum += k.value(r, c, t).value();
            }
            CHECK(sum == doctest::Approx((whole_now - whole_then) / whole_then).epsilon(1e-12));
        }
    const PanelResult kw = contributions(p, Flow::exports, 0);
    CHECK(kw.value(0, 0, 12).value() == doctest::Approx(yoy_growth(p, Flow::exports).value(0, 0, 12).value()));
}

TEST_CASE("a quarterly roll-up sums three months and is missing when one is missing") {
    Panel p = full_panel();
    p.erase(1, 1, Flow::imports, month(2019, 5));
    const PanelResult q = roll_up(p, Flow::imports, RollUpTarget::quarter);
    CHECK(q.period_kind() == PeriodKind::quarter);
    CHECK(q.first_period() == 2019 * 4);
    CHECK(q.period_count() == 10);
    CHECK(q.months_expected(0) == 3);
    CHECK(q.value(0, 0, 0).value() == formula(0, 0, 1, 0) + formula(0, 0, 1, 1) + formula(0, 0, 1, 2));
    CHECK(q.reason(1, 1, 1) == Reason::missing);
    CHECK(q.months_held(1, 1, 1) == 2);
    CHECK(q.months_held(1, 1, 2) == 3);
    const PanelResult partial = roll_up(p, Flow::imports, RollUpTarget::quarter, PartialSums::allow);
    CHECK(partial.value(1, 1, 1).value() == formula(1, 1, 1, 3) + formula(1, 1, 1, 5));
    CHECK(partial.months_held(1, 1, 1) == 2);
    CHECK(partial.answered() == q.answered() + 1);
    CHECK_THROWS_AS((void)q.months_expected(10), NotFound);
}

TEST_CASE("roll-ups to halves and years treat months outside the panel as missing") {
    // 2019-01 .. 2021-06: year 2021 holds only six months.
    const Panel p = full_panel();
    const PanelResult y = roll_up(p, Flow::exports, RollUpTarget::year);
    CHECK(y.first_period() == 2019);
    CHECK(y.period_count() == 3);
    CHECK(y.reason(0, 0, 2) == Reason::missing);
    CHECK(y.months_held(0, 0, 2) == 6);
    double sum = 0.0;
    for (std::size_t t = 12; t < 24; ++t) sum += formula(0, 0, 0, t);
    CHECK(y.value(0, 0, 1).value() == doctest::Approx(sum));
    CHECK(roll_up(p, Flow::exports, RollUpTarget::year, PartialSums::allow).months_held(0, 0, 2) == 6);
    const PanelResult h = roll_up(p, Flow::total, RollUpTarget::half_year);
    CHECK(h.first_period() == 2019 * 2);
    CHECK(h.period_count() == 5);
    CHECK(h.answered() == 2 * 3 * 5);
    CHECK(h.months_expected(4) == 6);
    // A panel starting in March: the first quarter lacks January and February.
    Panel late({"CN"}, {"SC"}, month(2021, 3), 4);
    for (unsigned m = 3; m <= 6; ++m) late.set(0, 0, Flow::exports, month(2021, m), m);
    const PanelResult lq = roll_up(late, Flow::exports, RollUpTarget::quarter);
    CHECK(lq.period_count() == 2);
    CHECK(lq.reason(0, 0, 0) == Reason::missing);
    CHECK(lq.months_held(0, 0, 0) == 1);
    CHECK(lq.value(0, 0, 1) == 15.0);
    CHECK(roll_up(late, Flow::exports, RollUpTarget::quarter, PartialSums::allow).value(0, 0, 0) == 3.0);
}

TEST_CASE("year-to-date roll-ups accumulate from January and restart each year") {
    const Panel p = full_panel();
    const PanelResult ytd = roll_up(p, Flow::exports, RollUpTarget::year_to_date);
    CHECK(ytd.period_kind() == PeriodKind::year_to_date);
    CHECK(ytd.months_expected(17) == 6);
    double sum = 0.0;
    for (std::size_t t = 12; t < 18; ++t) sum += formula(1, 2, 0, t);
    CHECK(ytd.value(1, 2, 17).value() == doctest::Approx(sum));
    CHECK(ytd.value(1, 2, 12).value() == formula(1, 2, 0, 12));
    CHECK(ytd.months_held(1, 2, 17) == 6);
    Panel late({"CN"}, {"SC"}, month(2021, 3), 12);
    for (MonthIndex m = late.first_month(); m <= late.last_month(); ++m) late.set(0, 0, Flow::exports, m, 1.0);
    const PanelResult l = roll_up(late, Flow::exports, RollUpTarget::year_to_date);
    CHECK(l.reason(0, 0, 0) == Reason::missing);  // January-March 2021 lacks two months
    CHECK(l.months_held(0, 0, 0) == 1);
    CHECK(l.value(0, 0, 10) == 1.0);  // January 2022
    CHECK(roll_up(late, Flow::exports, RollUpTarget::year_to_date, PartialSums::allow).value(0, 0, 9) == 10.0);
}

TEST_CASE("roll-up and results reject invalid enumerators and dimensions") {
    const Panel p = full_panel();
    CHECK_THROWS_AS((void)roll_up(p, Flow::exports, static_cast<RollUpTarget>(9)), InvalidArgument);
    CHECK_THROWS_AS((void)roll_up(p, Flow::exports, RollUpTarget::year, static_cast<PartialSums>(7)), InvalidArgument);
    CHECK_THROWS_AS((void)yoy_growth(p, static_cast<Flow>(9)), InvalidArgument);
}

TEST_CASE("result checksums count answers and add them in four running sums by position") {
    const Panel p = full_panel();
    const PanelResult q = roll_up(p, Flow::exports, RollUpTarget::quarter);
    double lane[4] = {0.0, 0.0, 0.0, 0.0};
    for (std::size_t i = 0; i < q.values().size(); ++i)
        if (q.reasons()[i] == Reason::none) lane[i % 4] += q.values()[i];
    CHECK(q.sum() == (lane[0] + lane[1]) + (lane[2] + lane[3]));
    CHECK(q.answered() + q.count(Reason::missing) == q.values().size());

    // The order is part of the contract, so a checksum is reproducible to the bit. Six cells in
    // position order (one category each, one quarter), made from one month each by a partial
    // roll-up; the fifth category has no month and so no answer.
    const double cells[6] = {1e100, 1.0, -1e100, 1.0, 5.0, 7.0};
    Panel six({"CN"}, {"A", "B", "C", "D", "E", "F"}, month(2021, 1), 3);
    for (std::size_t c = 0; c < 6; ++c)
        if (c != 4) six.set(0, c, Flow::exports, month(2021, 1), cells[c]);
    const PanelResult r = roll_up(six, Flow::exports, RollUpTarget::quarter, PartialSums::allow);
    REQUIRE(r.values().size() == 6);
    CHECK(r.reason(0, 4, 0) == Reason::missing);
    CHECK(r.sum() == 0.0);  // (1e100 + 8) + (-1e100 + 1); one running sum would give 8
    CHECK(r.answered() == 5);
}
