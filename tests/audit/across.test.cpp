// SPDX-License-Identifier: BSL-1.0
// Every check across releases of one area and basis, on hand-made releases (figures taken from
// MOFCOM's January–May releases where that makes the numbers familiar). The expected intervals
// come from tests/audit/handmade.py, not from the code under test.
#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace svctrade;
using namespace audit_test;

TEST_CASE("growth from this year's and last year's levels in two releases") {
    const auto rs = [](const char* growth) {
        return std::vector<Release>{
            release("2020", {{"2020年1-5月", "total", "S", "level", "18686亿元"}}),
            release("2021", {{"2021年1-5月", "total", "S", "level", "19380.6亿元"},
                             {"2021年1-5月", "total", "S", "growth", growth}}),
        };
    };
    const Check c = only(audit(rs("3.7%")), CheckKind::growth_from_levels);
    CHECK(c.computed.to_exact_string() == "(1983/53390, 13903/373710)");
    CHECK(published_of(c) == "[73/2000, 3/80)");
    CHECK(c.verdict == Verdict::consistent);
    CHECK(c.release == 1);
    CHECK(c.inputs == std::vector<ClaimRef>{{1, 0}, {0, 0}});
    CHECK(only(audit(rs("3.9%")), CheckKind::growth_from_levels).verdict == Verdict::inconsistent);
}

TEST_CASE("releases of another area or basis are never compared") {
    const std::vector<Release> rs{
        release("2020", {{"2020年1-5月", "total", "S", "level", "18686亿元"}}, "Testland", "other basis"),
        release("2021", {{"2021年1-5月", "total", "S", "level", "19380.6亿元"},
                         {"2021年1-5月", "total", "S", "growth", "3.7%"}}),
        release("2020b", {{"2020年1-5月", "total", "S", "level", "18686亿元"}}, "Otherland"),
    };
    CHECK(of_kind(audit(rs), CheckKind::growth_from_levels).empty());
}

TEST_CASE("with no growth printed, the growth from two years' levels is an inference") {
    const std::vector<Release> rs{
        release("2020", {{"2020年1-5月", "total", "S", "level", "18686亿元"}}),
        release("2021", {{"2021年1-5月", "total", "S", "level", "19380.6亿元"}}),
    };
    const Check c = only(audit(rs), CheckKind::growth_from_levels);
    CHECK(c.verdict == Verdict::inference);
    CHECK(c.computed.to_exact_string() == "(1983/53390, 13903/373710)");
    CHECK(c.measure == Measure::growth);
}

TEST_CASE("the absolute change of a deficit from two years' levels") {
    const auto rs = [](const char* change) {
        return std::vector<Release>{
            release("2020", {{"2020年1-5月", "deficit", "S", "level", "3500.8亿元"}}),
            release("2021", {{"2021年1-5月", "deficit", "S", "level", "1144.9亿元"},
                             {"2021年1-5月", "deficit", "S", "change", change}}),
        };
    };
    const Check c = only(audit(rs("-2355.9亿元")), CheckKind::change_from_levels);
    CHECK(c.computed.to_exact_string() == "(-235600000000, -235580000000)");
    CHECK(published_of(c) == "(-235595000000, -235585000000]");
    CHECK(c.verdict == Verdict::consistent);
    CHECK(c.hint == Hint::none);
    // A "change" that is really last year's deficit.
    const Check wrong = only(audit(rs("-3500.8亿元")), CheckKind::change_from_levels);
    CHECK(wrong.verdict == Verdict::inconsistent);
    CHECK(wrong.hint == Hint::change_is_last_years_level);
}

TEST_CASE("a share's change from this year's and last year's shares") {
    const std::vector<Release> rs{
        release("2020", {{"2020年1-5月", "total", "knowledge-intensive services", "share", "43.3%"}}),
        release("2021", {{"2021年1-5月", "total", "knowledge-intensive services", "share", "46.4%"},
                         {"2021年1-5月", "total", "knowledge-intensive services", "share_change", "3.1个百分点"}}),
    };
    const Check c = only(audit(rs), CheckKind::share_change_from_shares);
    CHECK(c.computed.to_exact_string() == "(3/100, 4/125)");
    CHECK(c.verdict == Verdict::consistent);
    CHECK(c.quantity.kind == FigureKind::percentage_points);
}

TEST_CASE("growth on a base year is the chained growth of the years between") {
    const std::vector<Release> rs{
        release("2020", {{"2020年1-5月", "total", "S", "growth", "-14.6%"}}),
        release("2021", {{"2021年1-5月", "total", "S", "growth", "3.7%"},
                         {"2021年1-5月", "total", "S", "growth_on_base", "-11.5%", "2019"}}),
    };
    const AuditReport report = audit(rs);
    const Check c = only(report, CheckKind::chained_growth);
    CHECK(c.computed.to_exact_string() == "(-461389/4000000, -18153/160000)");
    CHECK(c.verdict == Verdict::consistent);
    CHECK(c.inputs == std::vector<ClaimRef>{{1, 0}, {0, 0}});
    AuditOptions other;
    other.convention = NegativeRounding::toward_positive;
    const Check t = only(audit(rs, other), CheckKind::chained_growth);
    CHECK(t.computed.to_exact_string() == "[-461389/4000000, -18153/160000)");
}

TEST_CASE("growth and average growth on a base year from the base year's own level") {
    const std::vector<Release> rs{
        release("2019", {{"2019年1-5月", "total", "S", "level", "21893.4亿元"}}),
        release("2021", {{"2021年1-5月", "total", "S", "level", "19380.6亿元"},
                         {"2021年1-5月", "total", "S", "growth_on_base", "-11.5%", "2019"},
                         {"2021年1-5月", "total", "S", "average_growth", "-5.9%", "2019"}}),
    };
    const AuditReport report = audit(rs);
    const Check g = only(report, CheckKind::growth_on_base_from_levels);
    CHECK(g.computed.to_exact_string() == "(-50258/437869, -50254/437867)");
    CHECK(g.verdict == Verdict::consistent);
    const Check a = only(report, CheckKind::average_growth_from_levels);
    CHECK(a.root == 2);
    CHECK(a.computed.to_exact_string() == "(387611/437869, 387613/437867)");
    CHECK(root_enclosure(a.computed, 2) == "(-0.0591379596365285381369768623355, -0.0591333835614909049736860351530)");
    CHECK(a.verdict == Verdict::consistent);
}

TEST_CASE("average growth from the chained growths of the years") {
    const std::vector<Release> rs{
        release("2020", {{"2020年1-5月", "total", "S", "growth", "-14.6%"}}),
        release("2021", {{"2021年1-5月", "total", "S", "growth", "3.7%"},
                         {"2021年1-5月", "total", "S", "average_growth", "-5.9%", "2019"}}),
    };
    const Check c = only(audit(rs), CheckKind::average_growth_from_growths);
    CHECK(c.computed.to_exact_string() == "(3538611/4000000, 141847/160000)");
    CHECK(c.verdict == Verdict::consistent);
}

TEST_CASE("month on month from two months' levels") {
    const std::vector<Release> rs{
        release("april", {{"2021-04", "total", "S", "level", "4063.7亿元"}}),
        release("may", {{"2021-05", "total", "S", "level", "3734.5亿元"},
                        {"2021-05", "total", "S", "growth_on_previous", "-8.1%"}}),
    };
    const Check c = only(audit(rs), CheckKind::period_on_period);
    CHECK(c.computed.to_exact_string() == "(-6586/81275, -2194/27091)");
    CHECK(c.verdict == Verdict::consistent);
}

TEST_CASE("January-May plus June is January-June, and H1 is the same period") {
    const std::vector<Release> rs{
        release("may", {{"2021年1-5月", "total", "S", "level", "19380.6亿元"}}),
        release("june", {{"2021-06", "total", "S", "level", "4392亿元"}}),
        release("h1", {{"2021-S1", "total", "S", "level", "23774.4亿元"}}),
    };
    const Check c = only(audit(rs), CheckKind::cumulative_periods);
    CHECK(c.computed.to_exact_string() == "[2377205000000, 2377315000000)");
    CHECK(published_of(c) == "[2377435000000, 2377445000000)");
    CHECK(c.verdict == Verdict::inconsistent);  // as MOFCOM printed them in 2021
    CHECK(c.release == 2);
}

TEST_CASE("a month not printed, from two cumulative figures") {
    const std::vector<Release> rs{
        release("may", {{"2021年1-5月", "total", "S", "level", "19380.6亿元"}}),
        release("june", {{"2021年1-6月", "total", "S", "level", "23774.4亿元"}}),
    };
    const Check c = only(audit(rs), CheckKind::implied_period);
    CHECK(c.computed.to_exact_string() == "(439370000000, 439390000000)");
    CHECK(c.period == period("2021-06"));
    CHECK(c.verdict == Verdict::inference);
}

TEST_CASE("the same figure in two releases is a restatement") {
    const std::vector<Release> rs{
        release("cn", {{"2021年1-5月", "total", "S", "level", "19380.6亿元"}}),
        release("en", {{"January-May 2021", "total", "S", "level", "1.938 trillion yuan"}}),
    };
    const Check c = only(audit(rs), CheckKind::restatement);
    CHECK(c.computed.to_exact_string() == "[1938055000000, 1938065000000)");
    CHECK(published_of(c) == "[1937500000000, 1938500000000)");
    CHECK(c.verdict == Verdict::consistent);
    CHECK(c.release == 1);
}

TEST_CASE("a restatement against the latest earlier release by publication date") {
    Release later("revised", "Testland", "hand-made", boost::gregorian::date(2021, 9, 1));
    later.add(claim({"2021-06", "total", "S", "level", "4400亿元"}));
    Release first("first", "Testland", "hand-made", boost::gregorian::date(2021, 7, 1));
    first.add(claim({"2021-06", "total", "S", "level", "4392亿元"}));
    const std::vector<Release> rs{later, first};
    const Check c = only(audit(rs), CheckKind::restatement);
    CHECK(c.release == 0);
    CHECK(c.inputs == std::vector<ClaimRef>{{1, 0}});
    CHECK(c.verdict == Verdict::inconsistent);
}

TEST_CASE("a verdict that flips between the conventions for negative figures is reported") {
    // −7.5% stands for (−7.55, −7.45] under 四舍五入 of the magnitude and [−7.55, −7.45) under half
    // toward +∞: an exact −7.45% is inside the first and only at the open end of the second.
    const std::vector<Release> rs{
        release("a", {{"2021年1-5月", "imports", "S", "growth", "-7.5%"}}),
        release("b", {{"2021年1-5月", "imports", "S", "growth", "-7.45%", "", "", "", "exact"}}),
    };
    const AuditReport magnitude = audit(rs);
    const Check c = only(magnitude, CheckKind::restatement);
    CHECK(c.verdict == Verdict::consistent);
    CHECK(c.other_verdict == Verdict::boundary);
    CHECK(c.flips());
    CHECK(magnitude.flips() == std::vector<std::size_t>{0});
    AuditOptions other;
    other.convention = NegativeRounding::toward_positive;
    const AuditReport toward = audit(rs, other);
    CHECK(toward.convention == NegativeRounding::toward_positive);
    CHECK(only(toward, CheckKind::restatement).verdict == Verdict::boundary);
    CHECK(only(toward, CheckKind::restatement).other_verdict == Verdict::consistent);
}

TEST_CASE("positive figures never flip") {
    const std::vector<Release> rs{
        release("2020", {{"2020年1-5月", "total", "S", "level", "18686亿元"}}),
        release("2021", {{"2021年1-5月", "total", "S", "level", "19380.6亿元"},
                         {"2021年1-5月", "total", "S", "growth", "3.7%"}}),
    };
    CHECK(audit(rs).flips().empty());
}

TEST_CASE("a level derived from a share with a qualifier makes the checks using it approximate") {
    // SI's level in 2021 is not printed: the audit derives it from its share and services'
    // level. "About 40%" widens the share, so the level derived from it is approximate too, and
    // the growth from the two years' levels says so; printed without the qualifier it does not.
    const auto rs = [](const char* qualifier) {
        return std::vector<Release>{
            release("2020", {{"2020-S1", "total", "SI", "level", "380亿元"}}),
            release("2021", {{"2021-S1", "total", "S", "level", "1000亿元"},
                             {"2021-S1", "total", "SI", "share", "40%", "", "S", "", qualifier},
                             {"2021-S1", "total", "SI", "growth", "5.3%"}}),
        };
    };
    const Check about = only(audit(rs("about")), CheckKind::growth_from_levels);
    CHECK(about.derived_input);
    CHECK(about.approximate_input);
    CHECK(about.inputs == std::vector<ClaimRef>{{1, 1}, {1, 0}, {0, 0}});
    const Check plain = only(audit(rs("")), CheckKind::growth_from_levels);
    CHECK(plain.derived_input);
    CHECK_FALSE(plain.approximate_input);
}

TEST_CASE("a total derived from a flow with a qualifier makes the checks using it approximate") {
    // The total of 2021 is not printed: the audit adds the two flows. "Nearly 500亿元" of exports
    // makes that sum approximate, and so the growth from the two years' totals; the balance
    // derived from the same flows is approximate too (its change from the two years' levels).
    const auto rs = [](const char* qualifier) {
        return std::vector<Release>{
            release("2020",
                    {{"2020-S1", "total", "S", "level", "850亿元"}, {"2020-S1", "balance", "S", "level", "50亿元"}}),
            release("2021", {{"2021-S1", "exports", "S", "level", "500亿元", "", "", "", qualifier},
                             {"2021-S1", "imports", "S", "level", "400亿元"},
                             {"2021-S1", "total", "S", "growth", "5.9%"},
                             {"2021-S1", "balance", "S", "change", "50亿元"}}),
        };
    };
    const AuditReport nearly = audit(rs("nearly"));
    const Check growth = only(nearly, CheckKind::growth_from_levels);
    CHECK(growth.derived_input);
    CHECK(growth.approximate_input);
    const Check change = only(nearly, CheckKind::change_from_levels);
    CHECK(change.derived_input);
    CHECK(change.approximate_input);
    const AuditReport plain = audit(rs(""));
    CHECK_FALSE(only(plain, CheckKind::growth_from_levels).approximate_input);
    CHECK_FALSE(only(plain, CheckKind::change_from_levels).approximate_input);
    CHECK(only(plain, CheckKind::change_from_levels).derived_input);
}
