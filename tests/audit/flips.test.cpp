// SPDX-License-Identifier: BSL-1.0
// Verdicts that flip between the two conventions for negative figures (convention_flips(),
// render_flips()), on hand-made releases. The intervals are worked out by hand in the comments:
// a printed −7.5 % is (−151/2000, −149/2000] by 四舍五入 of the magnitude and [−151/2000, −149/2000)
// half toward +∞; a printed 0.0 % is (−1/2000, 1/2000) and [−1/2000, 1/2000). Levels declared
// exact make a computed growth a point, so that it can sit exactly at an end of a printed one.
#include <doctest/doctest.h>

#include "helpers.hpp"

#include <string>
#include <vector>

using namespace svctrade;
using namespace audit_test;

namespace {

// Imports of `item` at two exact levels, last year's and this year's, and this year's printed
// growth: growth_from_levels computes this / last − 1 as a point.
std::vector<Release> growth_at(const char* last_year, const char* this_year, const char* growth,
                               const char* item = "S") {
    return {
        release("2020", {{"2020-S1", "imports", item, "level", last_year, "", "", "", "exact"}}),
        release("2021", {{"2021-S1", "imports", item, "level", this_year, "", "", "", "exact"},
                         {"2021-S1", "imports", item, "growth", growth}}),
    };
}

// The check of `kind` under the audit's convention in each flip.
std::vector<CheckKind> kinds(const ConventionFlips& f) {
    std::vector<CheckKind> out;
    for (const ConventionFlip& flip : f.flips) out.push_back(flip.under(f.convention).kind);
    return out;
}

}  // namespace

TEST_CASE("a negative growth at the closed end of the magnitude reading flips from consistent to boundary") {
    // 925.5 / 1000 − 1 = −0.0745 = −149/2000: inside (−151/2000, −149/2000], at the open end of
    // [−151/2000, −149/2000).
    const auto rs = growth_at("1000亿元", "925.5亿元", "-7.5%");
    const ConventionFlips f = convention_flips(rs);
    CHECK(f.convention == NegativeRounding::magnitude);
    // growth_from_levels and the inference of last year's level from the growth, both with the
    // negative growth as an input.
    CHECK(f.checks == 2);
    CHECK(f.evaluated_twice == 2);
    CHECK(f.unevaluated.empty());
    REQUIRE(f.flips.size() == 1);
    const ConventionFlip& flip = f.flips.front();
    CHECK(flip.magnitude.kind == CheckKind::growth_from_levels);
    CHECK(flip.toward_positive.kind == CheckKind::growth_from_levels);
    CHECK(flip.magnitude.verdict == Verdict::consistent);
    CHECK(flip.toward_positive.verdict == Verdict::boundary);
    CHECK(flip.magnitude.other_verdict == Verdict::boundary);
    CHECK(flip.toward_positive.other_verdict == Verdict::consistent);
    CHECK(flip.magnitude.computed.to_exact_string() == "[-149/2000, -149/2000]");
    CHECK(flip.toward_positive.computed.to_exact_string() == "[-149/2000, -149/2000]");
    CHECK(published_of(flip.magnitude) == "(-151/2000, -149/2000]");
    CHECK(published_of(flip.toward_positive) == "[-151/2000, -149/2000)");
    CHECK(flip.magnitude.inputs == std::vector<ClaimRef>{{1, 0}, {0, 0}});
    CHECK(flip.magnitude.compared == ClaimRef{1, 1});
    CHECK(flip.toward_positive.compared == ClaimRef{1, 1});
    CHECK(flip.magnitude.release == 1);
    CHECK(&flip.under(NegativeRounding::magnitude) == &flip.magnitude);
    CHECK(&flip.under(NegativeRounding::toward_positive) == &flip.toward_positive);
}

TEST_CASE("a negative growth at the closed end of the half-toward-plus-infinity reading flips the other way") {
    // 924.5 / 1000 − 1 = −0.0755 = −151/2000: the open end of (−151/2000, −149/2000], inside
    // [−151/2000, −149/2000).
    const ConventionFlips f = convention_flips(growth_at("1000亿元", "924.5亿元", "-7.5%"));
    REQUIRE(f.flips.size() == 1);
    CHECK(f.flips[0].magnitude.verdict == Verdict::boundary);
    CHECK(f.flips[0].toward_positive.verdict == Verdict::consistent);
    CHECK(f.flips[0].magnitude.computed.to_exact_string() == "[-151/2000, -151/2000]");
}

TEST_CASE("a printed 0.0% compared with a computed figure flips at its lower end only") {
    // 999.5 / 1000 − 1 = −1/2000: the open lower end of (−1/2000, 1/2000), the closed lower end of
    // [−1/2000, 1/2000).
    const ConventionFlips low = convention_flips(growth_at("1000亿元", "999.5亿元", "0.0%"));
    REQUIRE(low.flips.size() == 1);
    CHECK(low.flips[0].magnitude.verdict == Verdict::boundary);
    CHECK(low.flips[0].toward_positive.verdict == Verdict::consistent);
    CHECK(published_of(low.flips[0].magnitude) == "(-1/2000, 1/2000)");
    CHECK(published_of(low.flips[0].toward_positive) == "[-1/2000, 1/2000)");
    // 1000.5 / 1000 − 1 = +1/2000: the upper end, open under both: boundary under both.
    const auto high = growth_at("1000亿元", "1000.5亿元", "0.0%");
    const ConventionFlips h = convention_flips(high);
    CHECK(h.flips.empty());
    CHECK(h.evaluated_twice == 2);
    CHECK(only(audit(high), CheckKind::growth_from_levels).verdict == Verdict::boundary);
    // 1000 / 1000 − 1 = 0: inside both.
    const auto level = growth_at("1000亿元", "1000亿元", "0.0%");
    CHECK(convention_flips(level).flips.empty());
    CHECK(only(audit(level), CheckKind::growth_from_levels).verdict == Verdict::consistent);
}

TEST_CASE("a printed 0.0% as an input flips, with a computed interval that differs") {
    // The growth printed twice: first 0.0 % (the computed interval of the duplicate check), then
    // an exact −0.05 % = −1/2000 (compared): at the open end of (−1/2000, 1/2000), at the closed
    // end of [−1/2000, 1/2000).
    const std::vector<Release> rs{
        release("2021", {{"2021-S1", "imports", "S", "growth", "0.0%"},
                         {"2021-S1", "imports", "S", "growth", "-0.05%", "", "", "", "exact"}}),
    };
    const ConventionFlips f = convention_flips(rs);
    CHECK(f.checks == 1);
    REQUIRE(f.flips.size() == 1);
    const ConventionFlip& flip = f.flips[0];
    CHECK(flip.magnitude.kind == CheckKind::duplicate);
    CHECK(flip.magnitude.computed.to_exact_string() == "(-1/2000, 1/2000)");
    CHECK(flip.toward_positive.computed.to_exact_string() == "[-1/2000, 1/2000)");
    CHECK(published_of(flip.magnitude) == "[-1/2000, -1/2000]");
    CHECK(published_of(flip.toward_positive) == "[-1/2000, -1/2000]");
    CHECK(flip.magnitude.verdict == Verdict::boundary);
    CHECK(flip.toward_positive.verdict == Verdict::consistent);
}

TEST_CASE("checks that do not flip are not listed") {
    SUBCASE("a negative growth well inside its interval") {
        // 925 / 1000 − 1 = −0.075: inside both readings of −7.5 %.
        const ConventionFlips f = convention_flips(growth_at("1000亿元", "925亿元", "-7.5%"));
        CHECK(f.flips.empty());
        CHECK(f.checks == 2);
        CHECK(f.evaluated_twice == 2);
    }
    SUBCASE("a positive growth at its closed end") {
        // 1074.5 / 1000 − 1 = 0.0745, the closed lower end of [0.0745, 0.0755) under both; positive
        // figures are read once.
        const ConventionFlips f = convention_flips(growth_at("1000亿元", "1074.5亿元", "7.5%"));
        CHECK(f.flips.empty());
        CHECK(f.checks == 2);
        CHECK(f.evaluated_twice == 0);
    }
    SUBCASE("a negative growth beyond its interval is inconsistent under both") {
        const ConventionFlips f = convention_flips(growth_at("1000亿元", "920亿元", "-7.5%"));
        CHECK(f.flips.empty());
        CHECK(f.evaluated_twice == 2);
    }
}

TEST_CASE("the flips are the checks AuditReport::flips() marks, in the report's order") {
    // Three flips (cases A–C) among checks that do not flip (E–G), each on its own label.
    std::vector<Release> rs{release("2020", {}), release("2021", {})};
    const auto add = [&](const char* item, const char* last, const char* now, const char* growth) {
        const auto two = growth_at(last, now, growth, item);
        for (std::size_t r = 0; r < 2; ++r)
            for (const Claim& c : two[r].claims()) rs[r].add(c);
    };
    add("case A", "1000亿元", "925.5亿元", "-7.5%");
    add("case E", "1000亿元", "925亿元", "-7.5%");
    add("case B", "1000亿元", "924.5亿元", "-7.5%");
    add("case F", "1000亿元", "1075.5亿元", "7.5%");
    add("case C", "1000亿元", "999.5亿元", "0.0%");
    add("case G", "1000亿元", "1000亿元", "0.0%");
    for (const NegativeRounding convention : {NegativeRounding::magnitude, NegativeRounding::toward_positive}) {
        AuditOptions options;
        options.convention = convention;
        const AuditReport report = audit(rs, options);
        const ConventionFlips f = convention_flips(rs, options);
        CHECK(f.convention == convention);
        CHECK(f.checks == report.checks.size());
        const std::vector<std::size_t> marked = report.flips();
        REQUIRE(marked.size() == 3);
        REQUIRE(f.flips.size() == marked.size());
        for (std::size_t k = 0; k < marked.size(); ++k) {
            const Check& in_report = report.checks[marked[k]];
            const Check& own = f.flips[k].under(convention);
            const Check& theirs = f.flips[k].under(other(convention));
            CHECK(own.kind == in_report.kind);
            CHECK(own.compared == in_report.compared);
            CHECK(own.inputs == in_report.inputs);
            CHECK(own.verdict == in_report.verdict);
            CHECK(own.other_verdict == in_report.other_verdict);
            CHECK(theirs.verdict == in_report.other_verdict);
            CHECK(own.computed.to_exact_string() == in_report.computed.to_exact_string());
        }
    }
    // A, B and C flip (their growth_from_levels).
    CHECK(kinds(convention_flips(rs)) == std::vector<CheckKind>{CheckKind::growth_from_levels,
                                                                CheckKind::growth_from_levels,
                                                                CheckKind::growth_from_levels});
}

TEST_CASE("the audit's convention decides which side is the report's, not what flips") {
    const auto rs = growth_at("1000亿元", "925.5亿元", "-7.5%");
    AuditOptions options;
    options.convention = NegativeRounding::toward_positive;
    const ConventionFlips f = convention_flips(rs, options);
    CHECK(f.convention == NegativeRounding::toward_positive);
    REQUIRE(f.flips.size() == 1);
    CHECK(f.flips[0].magnitude.verdict == Verdict::consistent);
    CHECK(f.flips[0].toward_positive.verdict == Verdict::boundary);
    CHECK(f.flips[0].under(f.convention).verdict == Verdict::boundary);
}

TEST_CASE("a level derived from a negative printed share reads by the convention too") {
    // The balance's share of total trade printed as −7.5 % (a deficit written as a negative share)
    // and the total 1000亿元 exact: the balance is share × total, (−75.5, −74.5]亿 by the magnitude,
    // [−75.5, −74.5)亿 toward +∞. Last year's balance −100亿元 exact: the growth is the balance ÷ −100亿
    // − 1, [−0.255, −0.245) and (−0.255, −0.245]; the printed growth −24.5 % exact is −0.245: at the
    // open end of the first, inside the second.
    Claim share(period("2021-S1"), ClaimFlow::balance, Item::parse("S"), Measure::share,
                parse_claim_figure("-7.5%", Measure::share));
    share.whole_flow = ClaimFlow::total;
    Release now("2021", "Testland", "hand-made");
    now.add(share);
    now.add(claim({"2021-S1", "total", "S", "level", "1000亿元", "", "", "", "exact"}));
    now.add(claim({"2021-S1", "balance", "S", "growth", "-24.5%", "", "", "", "exact"}));
    const std::vector<Release> rs{
        release("2020", {{"2020-S1", "balance", "S", "level", "-100亿元", "", "", "", "exact"}}), now};
    const Check g = only(audit(rs), CheckKind::growth_from_levels);
    CHECK(g.derived_input);
    CHECK(g.computed.to_exact_string() == "[-51/200, -49/200)");
    CHECK(g.verdict == Verdict::boundary);
    CHECK(g.other_verdict == Verdict::consistent);
    const ConventionFlips f = convention_flips(rs);
    REQUIRE(f.flips.size() == 1);
    CHECK(f.flips[0].toward_positive.computed.to_exact_string() == "(-51/200, -49/200]");
}

TEST_CASE("the flips as text, CSV and JSON") {
    const auto rs = growth_at("1000亿元", "925.5亿元", "-7.5%");
    const ConventionFlips f = convention_flips(rs);
    ReportOptions o;
    const std::string text = render_flips(rs, f, o);
    CHECK(text.rfind("2 releases, 2 checks, 2 with a negative or zero rounded figure: 1 verdict flips between "
                     "magnitude (the report's convention) and toward_positive\n",
                     0) == 0);
    CHECK(text.find("  [consistent under magnitude, boundary under toward_positive] growth_from_levels, rows "
                    "2021#1;2020#1;2021#2\n"
                    "    magnitude: computed [-149/2000, -149/2000]; published (-151/2000, -149/2000]\n"
                    "    toward_positive: computed [-149/2000, -149/2000]; published [-151/2000, -149/2000)\n") !=
          std::string::npos);
    o.format = ReportFormat::csv;
    const std::string csv = render_flips(rs, f, o);
    const std::string header =
        "release,check,rows,verdict,other_verdict,computed,published,tags,sentence_en,sentence_zh,"
        "verdict_magnitude,computed_magnitude,published_magnitude,verdict_toward_positive,"
        "computed_toward_positive,published_toward_positive\n";
    CHECK(csv.rfind(header, 0) == 0);
    CHECK(csv.find("\n2021,growth_from_levels,2021#1;2020#1;2021#2,consistent,boundary,\"[-149/2000, -149/2000]\","
                   "\"(-151/2000, -149/2000]\",,") != std::string::npos);
    CHECK(csv.find(",consistent,\"[-149/2000, -149/2000]\",\"(-151/2000, -149/2000]\",boundary,"
                   "\"[-149/2000, -149/2000]\",\"[-151/2000, -149/2000)\"\n") != std::string::npos);
    o.format = ReportFormat::json;
    const std::string json = render_flips(rs, f, o);
    CHECK(json.find("\"convention\": \"magnitude\"") != std::string::npos);
    CHECK(json.find("\"magnitude\": {\"verdict\": \"consistent\", \"computed\": \"[-149/2000, -149/2000]\", "
                    "\"published\": \"(-151/2000, -149/2000]\"}, \"toward_positive\": {\"verdict\": \"boundary\"") !=
          std::string::npos);
    // No flip: an empty list in each form.
    const auto none = growth_at("1000亿元", "925亿元", "-7.5%");
    CHECK(render_flips(none, convention_flips(none), o).find("\"flips\": []") != std::string::npos);
    o.format = ReportFormat::csv;
    CHECK(render_flips(none, convention_flips(none), o) == header);
}

TEST_CASE("flips of releases not given are refused") {
    const auto rs = growth_at("1000亿元", "925.5亿元", "-7.5%");
    const ConventionFlips f = convention_flips(rs);
    // The flip is filed under release 1, which a list of one release does not hold; its input
    // claim 0 of release 0 is not in an empty release either.
    CHECK_THROWS_AS((void)render_flips(std::span<const Release>(rs.data(), 1), f), InvalidArgument);
    const std::vector<Release> hollow{Release("2020", "Testland"), rs[1]};
    CHECK_THROWS_AS((void)render_flips(hollow, f), InvalidArgument);
    CHECK_NOTHROW((void)render_flips(rs, f));
}

TEST_CASE("a report on releases not given is refused, naming what is missing") {
    const auto rs = growth_at("1000亿元", "925.5亿元", "-7.5%");
    const AuditReport report = audit(rs);
    REQUIRE_FALSE(report.checks.empty());
    // Every check is filed under release 1 or 0: a list of one release lacks release 1.
    CHECK_THROWS_WITH_AS((void)render_report(std::span<const Release>(rs.data(), 1), report),
                         doctest::Contains("a release the releases given do not hold"), InvalidArgument);
    // Release 0 given empty: the check's claims of it are not there, in every form.
    const std::vector<Release> hollow{Release("2020", "Testland"), rs[1]};
    for (const ReportFormat format : {ReportFormat::text, ReportFormat::csv, ReportFormat::json}) {
        CHECK_THROWS_WITH_AS((void)render_report(hollow, report, ReportOptions{.format = format}),
                             doctest::Contains("of release 0, which the releases given do not hold"), InvalidArgument);
    }
    CHECK_NOTHROW((void)render_report(rs, report));
}

TEST_CASE("a report format is text, csv or json and nothing else") {
    CHECK(parse_report_format("text") == ReportFormat::text);
    CHECK(parse_report_format("csv") == ReportFormat::csv);
    CHECK(parse_report_format("json") == ReportFormat::json);
    CHECK_THROWS_WITH_AS((void)parse_report_format("JSON"), doctest::Contains("not a report format"), ParseError);
    CHECK_THROWS_WITH_AS((void)parse_report_format("html"), doctest::Contains("html"), ParseError);
}
