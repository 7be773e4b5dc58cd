// SPDX-License-Identifier: BSL-1.0
// The verdicts of the bundled real releases (examples/data/releases, sources in its README): the
// inconsistencies found in the public record, and checks that hold. Expected intervals are from
// tests/audit/handmade.py or worked out in the comments, never from the code under test.
#include <doctest/doctest.h>

#include <svctrade/audit.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using namespace svctrade;

namespace {

struct Audited {
    std::vector<Release> releases;
    AuditReport report;
};

const Audited& audited() {
    static const Audited a = [] {
        std::vector<std::filesystem::path> files;
        for (const auto& e : std::filesystem::directory_iterator(SVCTRADE_RELEASES_DIR))
            if (e.path().extension() == ".csv") files.push_back(e.path());
        std::sort(files.begin(), files.end());
        Audited out;
        out.releases = load_release_files(files);
        out.report = audit(out.releases);
        return out;
    }();
    return a;
}

// "file.csv:line" of a claim.
std::string at(ClaimRef r) {
    const Claim& c = audited().releases[r.release].claims()[r.claim];
    return std::filesystem::path(c.source.file).filename().string() + ":" + std::to_string(c.source.line);
}

// The check of `kind` whose compared claim is at `compared` ("file.csv:line").
const Check& find(CheckKind kind, const std::string& compared) {
    for (const Check& c : audited().report.checks)
        if (c.kind == kind && c.compared && at(*c.compared) == compared) return c;
    FAIL("no " << to_string(kind) << " check against " << compared);
    return audited().report.checks.front();
}

}  // namespace

TEST_CASE("the bundled releases are at least fifteen, and every one is audited") {
    CHECK(audited().releases.size() >= 15);
    CHECK(audited().report.checks.size() > 400);
    CHECK(audited().report.unevaluated.empty());
}

TEST_CASE("January-May plus June 2021 is not the first half of 2021 as MOFCOM printed them") {
    // 19380.6亿 + 4392亿 = [23772.05, 23773.15)亿 against 23774.4 = [23774.35, 23774.45)亿.
    const Check& c = find(CheckKind::cumulative_periods, "jcipo-2021-h1-ja.csv:2");
    CHECK(c.computed.to_exact_string() == "[2377205000000, 2377315000000)");
    CHECK(c.verdict == Verdict::inconsistent);
    CHECK(at(c.inputs[0]) == "mofcom-2021-01-05-zh.csv:2");  // the precise figure, not 1.938 trillion
    // H1 plus July is January-July to the last digit: [28093.55, 28093.65) against [28093.55, 28093.65).
    CHECK(find(CheckKind::cumulative_periods, "mofcom-2021-01-07-zh.csv:2").verdict == Verdict::consistent);
}

TEST_CASE("the knowledge-intensive total printed as exports in January-February 2021") {
    // 3241.6亿 "exports" and then 1826.1亿 exports: the same figure printed twice, disagreeing.
    CHECK(find(CheckKind::duplicate, "mofcom-2021-01-02-zh.csv:21").verdict == Verdict::inconsistent);
    CHECK(find(CheckKind::duplicate, "mofcom-2021-01-02-zh.csv:22").verdict == Verdict::inconsistent);
    // Its share of total trade agrees: 3241.6 / 7139.8 = 45.40%.
    CHECK(find(CheckKind::share_from_levels, "mofcom-2021-01-02-zh.csv:19").verdict == Verdict::consistent);
    // The share's rise of 12.7 points does not: 45.4% × 0.964 / 32.7% − 1 = 33.8%, not 17.2%.
    CHECK(find(CheckKind::part_growth, "mofcom-2021-01-02-zh.csv:18").verdict == Verdict::inconsistent);
    // The exports' own share 1826.1 / 3353.5 = 54.45% agrees... but the first "exports" figure is used
    // for the part, giving 96.7%.
    CHECK(find(CheckKind::share_from_levels, "mofcom-2021-01-02-zh.csv:23").verdict == Verdict::inconsistent);
}

TEST_CASE("shares' changes that do not fit the growth rates in January-May 2019") {
    // Exports 35.5% of total, up 2.6 points, total +3.5%: exports grew 11.4%–11.9%, printed 10.3%.
    const Check& e = find(CheckKind::part_growth, "mofcom-2019-01-05-zh.csv:5");
    CHECK(e.computed.to_exact_string() == "(50353/440000, 156339/1312000)");
    CHECK(e.verdict == Verdict::inconsistent);
    // Knowledge-intensive 34.0%, up 2.1 points: grew 10.1%–10.6%, printed 11.0%.
    CHECK(find(CheckKind::part_growth, "mofcom-2019-01-05-zh.csv:13").verdict == Verdict::inconsistent);
}

TEST_CASE("SAFE's revisions: preliminary and revised quarters, and the sums they break") {
    CHECK(find(CheckKind::restatement, "safe-2021-h1-zh.csv:2").verdict == Verdict::inconsistent);  // 216 → 283
    CHECK(find(CheckKind::restatement, "safe-2021-h1-zh.csv:3").verdict == Verdict::inconsistent);  // 438 → 505
    // Q1 1445 + Q2 1397 = [2841, 2843) against H1 2836: the H1 release revised Q1.
    const Check& h1 = find(CheckKind::cumulative_periods, "safe-2021-h1-prelim-zh.csv:3");
    CHECK(h1.computed.to_exact_string() == "[284100000000, 284300000000)");
    CHECK(h1.verdict == Verdict::inconsistent);
    // In dollars the revised H1 505 + Q3 315 = [819, 821) meets 821 = [820.5, 821.5).
    CHECK(find(CheckKind::cumulative_periods, "safe-2021-q3-zh.csv:5").verdict == Verdict::consistent);
    // SAFE's own page of the preliminary H1 (18 August) restates the 438亿美元 Xinhua reported on 6 August.
    CHECK(find(CheckKind::restatement, "safe-2021-h1-prelim-zh.csv:5").verdict == Verdict::consistent);
}

TEST_CASE("a unit slip in a summary: travel in 万元 instead of 亿元") {
    const Check& c = find(CheckKind::restatement, "xinhua-2021-h1-en.csv:16");
    CHECK(c.computed.to_exact_string() == "[36378500, 36379500)");
    CHECK(c.verdict == Verdict::inconsistent);
}

TEST_CASE("the decade's averages: services agree, knowledge-intensive services do not") {
    // (5.2983 / 3.0422)^(1/9) − 1 = 6.358…% against 6.4%.
    const Check& s = find(CheckKind::average_growth_from_levels, "nbs-2012-2021-zh.csv:4");
    CHECK(s.root == 9);
    CHECK(s.verdict == Verdict::consistent);
    // 2012's knowledge-intensive level is derived from its 33.6% share: (2.3259 / 1.0222)^(1/9) − 1
    // is about 9.57%, not 9.3%.
    const Check& k = find(CheckKind::average_growth_from_levels, "nbs-2012-2021-zh.csv:6");
    CHECK(k.derived_input);
    CHECK(k.verdict == Verdict::inconsistent);
    // January-November plus December 2021 falls 17.6亿 short of the year as the NBS printed it.
    CHECK(find(CheckKind::cumulative_periods, "nbs-2012-2021-zh.csv:3").verdict == Verdict::inconsistent);
}

TEST_CASE("checks that hold across releases and languages") {
    // 2021 over 2020, January-May: 19380.6 / 18686 − 1 = (3.714%, 3.720%) against 3.7%.
    const Check& g = find(CheckKind::growth_from_levels, "mofcom-2021-01-05-zh.csv:3");
    CHECK(g.computed.to_exact_string() == "(1983/53390, 13903/373710)");
    CHECK(g.verdict == Verdict::consistent);
    // MOFCOM's 19380.6亿 (undated here, so ranked after) restates Xinhua's 1.938 trillion.
    CHECK(find(CheckKind::restatement, "mofcom-2021-01-05-zh.csv:2").verdict == Verdict::consistent);
    // Two-year averages of January-May 2021 against the 2019 release's levels.
    CHECK(find(CheckKind::average_growth_from_levels, "mofcom-2021-01-05-zh.csv:12").verdict == Verdict::consistent);
    CHECK(find(CheckKind::average_growth_from_levels, "mofcom-2021-01-05-zh.csv:16").verdict == Verdict::consistent);
    // July 2021 on June: 4319.2 / 4392 − 1 = −1.66% against −1.7%.
    CHECK(find(CheckKind::period_on_period, "mofcom-2021-01-07-zh.csv:19").verdict == Verdict::consistent);
    // The deficit's growth from its change, January-May 2021: −2355.9 / (1144.9 + 2355.9) = −67.30%.
    CHECK(find(CheckKind::growth_from_change, "mofcom-2021-01-05-zh.csv:9").computed.to_exact_string() ==
          "(-47119/70016, -47117/70016)");
    // Xiamen: 41 + 20 + 27 = 88.
    CHECK(find(CheckKind::count_partition, "xiamen-2021-h1-en.csv:9").verdict == Verdict::consistent);
}

TEST_CASE("the real releases give every kind of inference") {
    std::vector<CheckKind> kinds;
    for (const Check& c : audited().report.checks)
        if (c.verdict == Verdict::inference) kinds.push_back(c.kind);
    for (const CheckKind k : {CheckKind::implied_rate, CheckKind::last_year_level, CheckKind::implied_part,
                              CheckKind::implied_period, CheckKind::last_year_share, CheckKind::part_growth}) {
        CHECK_MESSAGE(std::find(kinds.begin(), kinds.end(), k) != kinds.end(), to_string(k));
    }
}
