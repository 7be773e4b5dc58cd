// SPDX-License-Identifier: BSL-1.0
// Every within-release check on a hand-made release. The expected intervals come from
// tests/audit/handmade.py (exact fractions, corners of the box), not from the code under test.
#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace svctrade;
using namespace audit_test;

TEST_CASE("total = exports + imports, and the deficit = imports - exports") {
    const std::vector<Release> rs{release("flows", {
                                                       {"2022", "exports", "S", "level", "12.3亿元"},
                                                       {"2022", "imports", "S", "level", "45.6亿元"},
                                                       {"2022", "total", "S", "level", "57.9亿元"},
                                                       {"2022", "deficit", "S", "level", "33.3亿元"},
                                                   })};
    const AuditReport report = audit(rs);
    const Check t = only(report, CheckKind::total_of_flows);
    CHECK(t.computed.to_exact_string() == "[5780000000, 5800000000)");
    CHECK(published_of(t) == "[5785000000, 5795000000)");
    CHECK(t.verdict == Verdict::consistent);
    CHECK(t.compared == ClaimRef{0, 2});
    CHECK(t.inputs == std::vector<ClaimRef>{{0, 0}, {0, 1}});
    const Check d = only(report, CheckKind::deficit_of_flows);
    CHECK(d.computed.to_exact_string() == "(3320000000, 3340000000)");
    CHECK(published_of(d) == "[3325000000, 3335000000)");
    CHECK(d.verdict == Verdict::consistent);
    CHECK(d.flow == ClaimFlow::deficit);
}

TEST_CASE("a total that is not the sum of its flows is inconsistent, and an exact one at an open end is a boundary") {
    const std::vector<Release> wrong{release("wrong", {
                                                          {"2022", "exports", "S", "level", "12.3亿元"},
                                                          {"2022", "imports", "S", "level", "45.6亿元"},
                                                          {"2022", "total", "S", "level", "58.1亿元"},
                                                      })};
    CHECK(only(audit(wrong), CheckKind::total_of_flows).verdict == Verdict::inconsistent);
    // An exact 58.0 against [57.8, 58.0): the closures meet at the excluded end.
    const std::vector<Release> edge{
        release("edge", {
                            {"2022", "exports", "S", "level", "12.3亿元"},
                            {"2022", "imports", "S", "level", "45.6亿元"},
                            {"2022", "total", "S", "level", "58.0亿元", "", "", "", "exact"},
                        })};
    const Check c = only(audit(edge), CheckKind::total_of_flows);
    CHECK(c.verdict == Verdict::boundary);
    CHECK(published_of(c) == "[5800000000, 5800000000]");
}

TEST_CASE("with one flow and the total, the other flow is inferred and the balance checked") {
    const std::vector<Release> rs{release("one flow", {
                                                          {"2022", "exports", "S", "level", "10.0亿元"},
                                                          {"2022", "total", "S", "level", "30.0亿元"},
                                                          {"2022", "balance", "S", "level", "-10.0亿元"},
                                                      })};
    const AuditReport report = audit(rs);
    const Check m = only(report, CheckKind::missing_flow);
    CHECK(m.verdict == Verdict::inference);
    CHECK(m.flow == ClaimFlow::imports);
    CHECK(m.computed.to_exact_string() == "(1990000000, 2010000000)");
    const Check b = only(report, CheckKind::balance_of_flows);
    CHECK(b.computed.to_exact_string() == "(-1015000000, -985000000)");
    CHECK(published_of(b) == "(-1005000000, -995000000]");
    CHECK(b.verdict == Verdict::consistent);
}

TEST_CASE("with the total and the deficit, both flows are inferred") {
    const std::vector<Release> rs{release("total and deficit", {
                                                                   {"2022", "total", "S", "level", "50亿元"},
                                                                   {"2022", "deficit", "S", "level", "10亿元"},
                                                               })};
    const auto found = of_kind(audit(rs), CheckKind::missing_flow);
    REQUIRE(found.size() == 2);
    CHECK(found[0].flow == ClaimFlow::exports);
    CHECK(found[0].computed.to_exact_string() == "(1950000000, 2050000000)");
    CHECK(found[1].flow == ClaimFlow::imports);
    CHECK(found[1].computed.to_exact_string() == "[2950000000, 3050000000)");
}

TEST_CASE("a whole is the sum of printed parts that partition it") {
    const std::vector<Release> two{release("two parts", {
                                                            {"2022", "total", "S", "level", "100.0亿元"},
                                                            {"2022", "total", "SD", "level", "30.0亿元"},
                                                            {"2022", "total", "S-SD", "level", "70.1亿元"},
                                                        })};
    const Check c = only(audit(two), CheckKind::sum_of_parts);
    CHECK(c.computed.to_exact_string() == "[10000000000, 10020000000)");
    CHECK(published_of(c) == "[9995000000, 10005000000)");
    CHECK(c.verdict == Verdict::consistent);
    // Three parts, none of them a pair that covers the whole.
    const std::vector<Release> three{release("three parts", {
                                                                {"2022", "total", "services", "level", "100.0亿元"},
                                                                {"2022", "total", "SC", "level", "20.0亿元"},
                                                                {"2022", "total", "travel", "level", "30.0亿元"},
                                                                {"2022", "total", "S-SC-SD", "level", "50.5亿元"},
                                                            })};
    const Check t = only(audit(three), CheckKind::sum_of_parts);
    CHECK(t.computed.to_exact_string() == "[10035000000, 10065000000)");
    CHECK(t.verdict == Verdict::inconsistent);
    CHECK(t.inputs.size() == 3);
}

TEST_CASE("a share against the levels of the part and the whole") {
    const auto rs = [](const char* share) {
        return std::vector<Release>{release("share", {
                                                         {"2022", "total", "S", "level", "200亿元"},
                                                         {"2022", "total", "SI", "level", "50亿元"},
                                                         {"2022", "total", "SI", "share", share},
                                                     })};
    };
    const Check ok = only(audit(rs("25.3%")), CheckKind::share_from_levels);
    CHECK(ok.computed.to_exact_string() == "(99/401, 101/399)");
    CHECK(published_of(ok) == "[101/400, 507/2000)");
    CHECK(ok.verdict == Verdict::consistent);
    const Check bad = only(audit(rs("25.4%")), CheckKind::share_from_levels);
    CHECK(published_of(bad) == "[507/2000, 509/2000)");
    CHECK(bad.verdict == Verdict::inconsistent);
}

TEST_CASE("a share with only the whole implies the part, and with only the part the whole") {
    const std::vector<Release> part{
        release("part", {
                            {"2021-S1", "total", "S", "level", "34.32 billion yuan"},
                            {"2021-S1", "total", "knowledge-intensive services", "share", "38.5%"},
                        })};
    const Check p = only(audit(part), CheckKind::implied_part);
    CHECK(p.computed.to_exact_string() == "[13194117500, 13232287500)");
    CHECK(p.verdict == Verdict::inference);
    CHECK(p.quantity.kind == FigureKind::level);
    const std::vector<Release> whole{
        release("whole", {
                             {"2021-S1", "total", "知识密集型服务", "level", "13.21 billion yuan"},
                             {"2021-S1", "total", "知识密集型服务", "share", "38.5%"},
                         })};
    const Check w = only(audit(whole), CheckKind::implied_whole);
    CHECK(w.computed.to_exact_string() == "(26410000000000/771, 26430000000000/769)");
    CHECK(w.about_whole);
}

TEST_CASE("counts by status partition the count of all") {
    const auto rs = [](const char* promoted, bool with_total) {
        std::vector<Row> rows{
            {"2021-08", "total", "pilot tasks", "count", "41", "", "", "completed"},
            {"2021-08", "total", "pilot tasks", "count", "20", "", "", "partially_implemented"},
            {"2021-08", "total", "pilot tasks", "count", promoted, "", "", "being_promoted"},
        };
        if (with_total) rows.push_back({"2021-08", "total", "pilot tasks", "count", "88"});
        return std::vector<Release>{release("tasks", rows)};
    };
    const Check ok = only(audit(rs("27", true)), CheckKind::count_partition);
    CHECK(ok.computed.to_exact_string() == "[88, 88]");
    CHECK(ok.verdict == Verdict::consistent);
    CHECK(ok.quantity.kind == FigureKind::count);
    CHECK(only(audit(rs("26", true)), CheckKind::count_partition).verdict == Verdict::inconsistent);
    const Check inferred = only(audit(rs("27", false)), CheckKind::count_partition);
    CHECK(inferred.verdict == Verdict::inference);
    CHECK(inferred.computed.to_exact_string() == "[88, 88]");
}

TEST_CASE("a share of a count is checked against the counts") {
    const std::vector<Release> rs{
        release("tasks", {
                             {"2021-08", "total", "pilot tasks", "count", "88"},
                             {"2021-08", "total", "pilot tasks", "count", "41", "", "", "completed"},
                             {"2021-08", "total", "pilot tasks", "share", "46.6%", "", "", "completed"},
                         })};
    const Check c = only(audit(rs), CheckKind::share_from_levels);
    CHECK(c.computed.to_exact_string() == "[41/88, 41/88]");
    CHECK(c.verdict == Verdict::consistent);  // 41/88 = 46.59…%
}

TEST_CASE("one figure in yuan and dollars implies an exchange rate") {
    const std::vector<Release> rs{release("rate", {
                                                      {"2021-S1", "total", "S", "level", "34.32 billion yuan"},
                                                      {"2021-S1", "total", "S", "level", "$5.31 billion"},
                                                  })};
    const Check c = only(audit(rs), CheckKind::implied_rate);
    CHECK(c.computed.to_exact_string() == "(6863/1063, 6865/1061)");
    CHECK(c.verdict == Verdict::inference);
    CHECK(c.quantity.currency->code() == "CNY");
    CHECK(c.quantity.per->code() == "USD");
}

TEST_CASE("the figures of one month admit one common rate, or name the one that does not") {
    const std::vector<Release> rs{release("month", {
                                                       {"2022-03", "total", "S", "level", "650.0亿元"},
                                                       {"2022-03", "total", "S", "level", "100.0亿美元"},
                                                       {"2022-03", "exports", "S", "level", "325.0亿元"},
                                                       {"2022-03", "exports", "S", "level", "50.0亿美元"},
                                                       {"2022-03", "imports", "S", "level", "320.0亿元"},
                                                       {"2022-03", "imports", "S", "level", "50.0亿美元"},
                                                   })};
    const auto found = of_kind(audit(rs), CheckKind::common_rate);
    REQUIRE(found.size() == 2);
    CHECK(found[0].computed.to_exact_string() == "(4333/667, 13001/1999)");  // the total's rate
    CHECK(published_of(found[0]) == "(6499/1001, 2167/333)");                // the exports' rate
    CHECK(found[0].verdict == Verdict::consistent);
    CHECK(found[0].derived_input);
    CHECK(found[1].computed.to_exact_string() == "(4333/667, 13001/1999)");  // both together
    CHECK(published_of(found[1]) == "(6399/1001, 173/27)");                  // the imports' rate
    CHECK(found[1].verdict == Verdict::inconsistent);
    CHECK(found[1].inputs.size() == 6);
}

TEST_CASE("last year's level and share are inferred") {
    const std::vector<Release> rs{release(
        "xiamen", {
                      {"2021-S1", "total", "S", "level", "34.32 billion yuan"},
                      {"2021-S1", "total", "S", "growth", "5.9%"},
                      {"2021-S1", "total", "knowledge-intensive services", "share", "38.5%"},
                      {"2021-S1", "total", "knowledge-intensive services", "share_change", "1.7 percentage points"},
                  })};
    const AuditReport report = audit(rs);
    const Check l = only(report, CheckKind::last_year_level);
    CHECK(l.computed.to_exact_string() == "(68630000000000/2119, 68650000000000/2117)");
    CHECK(l.period == period("2020-S1"));
    const Check s = only(report, CheckKind::last_year_share);
    CHECK(s.computed.to_exact_string() == "(367/1000, 369/1000)");
    const Check g = only(report, CheckKind::part_growth);
    CHECK(g.computed.to_exact_string() == "(52069/492000, 161511/1468000)");
    CHECK(g.verdict == Verdict::inference);
}

TEST_CASE("a part's printed growth against its share, the share's change and the whole's growth") {
    const auto rs = [](const char* growth) {
        return std::vector<Release>{
            release("xiamen", {
                                  {"2021-S1", "total", "S", "growth", "5.9%"},
                                  {"2021-S1", "total", "knowledge-intensive services", "share", "38.5%"},
                                  {"2021-S1", "total", "knowledge-intensive services", "share_change", "1.7 pp"},
                                  {"2021-S1", "total", "knowledge-intensive services", "growth", growth},
                              })};
    };
    CHECK(only(audit(rs("10.8%")), CheckKind::part_growth).verdict == Verdict::consistent);
    CHECK(only(audit(rs("11.1%")), CheckKind::part_growth).verdict == Verdict::inconsistent);
}

namespace {
// MOFCOM, January-May 2021, as printed (see examples/data/releases/README.md).
std::vector<Release> january_may_2021(const char* deficit_growth = "-67.3%") {
    return {release("mofcom-2021-05", {
                                          {"2021年1-5月", "total", "S", "growth", "3.7%"},
                                          {"2021年1-5月", "exports", "S", "level", "9117.8亿元"},
                                          {"2021年1-5月", "exports", "S", "growth", "20.1%"},
                                          {"2021年1-5月", "imports", "S", "level", "10262.8亿元"},
                                          {"2021年1-5月", "imports", "S", "growth", "-7.5%"},
                                          {"2021年1-5月", "deficit", "S", "level", "1144.9亿元"},
                                          {"2021年1-5月", "deficit", "S", "growth", deficit_growth},
                                          {"2021年1-5月", "deficit", "S", "change", "-2355.9亿元"},
                                      })};
}
}  // namespace

TEST_CASE("the total's and the deficit's growth and change from the flows' levels and growths") {
    const AuditReport report = audit(january_may_2021());
    const Check t = only(report, CheckKind::total_growth_from_flows);
    CHECK(t.computed.to_exact_string() == "(1688633383/46110914000, 5211567853/138461762000)");
    CHECK(published_of(t) == "[73/2000, 3/80)");
    CHECK(t.verdict == Verdict::consistent);
    const Check g = only(report, CheckKind::balance_growth_from_flows);
    CHECK(g.computed.to_exact_string() == "(-105180081997/156049672000, -3163388903/4705544000)");
    CHECK(g.verdict == Verdict::consistent);
    const Check c = only(report, CheckKind::balance_change_from_flows);
    CHECK(c.computed.to_exact_string() == "(-1051804448500000000/4443147, -1043914760500000000/4444251]");
    CHECK(published_of(c) == "(-235595000000, -235585000000]");
    CHECK(c.verdict == Verdict::consistent);
    CHECK(c.flow == ClaimFlow::deficit);
}

TEST_CASE("growth from the absolute change and the level") {
    const Check c = only(audit(january_may_2021()), CheckKind::growth_from_change);
    CHECK(c.computed.to_exact_string() == "(-47119/70016, -47117/70016)");
    CHECK(c.verdict == Verdict::consistent);
    CHECK(only(audit(january_may_2021("-66.3%")), CheckKind::growth_from_change).verdict == Verdict::inconsistent);
}

TEST_CASE("the average growth against the growth on the same base, decided in the power domain") {
    const auto rs = [](const char* average) {
        return std::vector<Release>{
            release("two-year", {
                                    {"2021年1-5月", "total", "S", "growth_on_base", "-11.5%", "2019"},
                                    {"2021年1-5月", "total", "S", "average_growth", average, "2019"},
                                })};
    };
    const Check c = only(audit(rs("-5.9%")), CheckKind::average_growth_on_base);
    CHECK(c.root == 2);
    CHECK(c.computed.to_exact_string() == "(1769/2000, 1771/2000]");
    CHECK(c.verdict == Verdict::consistent);
    CHECK(root_enclosure(c.computed, 2) == "(-0.0595213984358814769663375403210, -0.0589899044112225891405866583919]");
    CHECK(only(audit(rs("-6.1%")), CheckKind::average_growth_on_base).verdict == Verdict::inconsistent);
}

TEST_CASE("a CAGR is an average growth, and a base given as a year means the same part of it") {
    const std::vector<Release> rs{release("cagr", {
                                                      {"2021-S1", "total", "S", "growth_on_base", "21%", "2019"},
                                                      {"2021-S1", "total", "S", "cagr", "10%", "2019-S1"},
                                                  })};
    const Check c = only(audit(rs), CheckKind::average_growth_on_base);
    CHECK(c.root == 2);
    CHECK(c.verdict == Verdict::consistent);  // 1.1² = 1.21
}

TEST_CASE("the same figure printed twice in a release, also as a balance and a deficit") {
    const std::vector<Release> rs{release("twice", {
                                                       {"2022", "balance", "S", "level", "-200.0亿元"},
                                                       {"2022", "deficit", "S", "level", "200.0亿元"},
                                                       {"2022", "total", "S", "level", "1.2万亿元"},
                                                       {"2022", "total", "S", "level", "12000亿元"},
                                                   })};
    const auto found = of_kind(audit(rs), CheckKind::duplicate);
    REQUIRE(found.size() == 2);
    CHECK(found[0].verdict == Verdict::consistent);
    CHECK(found[0].compared == ClaimRef{0, 1});
    CHECK(found[0].computed.to_exact_string() == "[19995000000, 20005000000)");  // in deficit terms
    CHECK(published_of(found[0]) == "[19995000000, 20005000000)");
    CHECK(found[1].verdict == Verdict::consistent);
}

TEST_CASE("inferences can be left out") {
    AuditOptions options;
    options.inferences = false;
    const AuditReport report = audit(january_may_2021(), options);
    CHECK(report.count(Verdict::inference) == 0);
    CHECK(report.count(Verdict::consistent) > 0);
}
