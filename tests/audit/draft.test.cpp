// SPDX-License-Identifier: BSL-1.0
// The pre-publication check on hand-made monthly data whose every figure was worked out by hand:
// exports 10亿元 a month in H1 2020 and 10.595亿元 a month in H1 2021 (H1: 60 and 63.57亿元, up
// exactly 5.95 %: a tie), imports 20亿元 and 18.49亿元 a month (120 and 110.94亿元, down exactly
// 7.55 %: a negative tie), exports 9亿元 a month in H1 2019 (54亿元).
#include <doctest/doctest.h>
#include "helpers.hpp"

#include <svctrade/audit/draft.hpp>

#include <string>

using namespace audit_test;

namespace {

Money yuan(std::string_view text) {
    return Money(Decimal::parse(text), Currency::of("CNY"));
}

TimeSeries monthly(std::string_view y2019, std::string_view y2020, std::string_view y2021) {
    TimeSeries s(Currency::of("CNY"));
    for (unsigned m = 1; m <= 6; ++m) {
        if (!y2019.empty()) s.insert(Period::month(2019, m), yuan(y2019));
        s.insert(Period::month(2020, m), yuan(y2020));
        s.insert(Period::month(2021, m), yuan(y2021));
    }
    return s;
}

ExactData data() {
    ExactData d;
    d.add(Item::parse("S"), ClaimFlow::exports, monthly("900000000", "1000000000", "1059500000"));
    d.add(Item::parse("S"), ClaimFlow::imports, monthly("", "2000000000", "1849000000"));
    // Travel held by half-years: a January-June claim reads the half of the same dates.
    TimeSeries travel(Currency::of("CNY"));
    travel.insert(Period::half(2020, 1), yuan("0"));
    travel.insert(Period::half(2021, 1), yuan("250000000"));
    d.add(Item::parse("travel"), ClaimFlow::exports, std::move(travel));
    return d;
}

DraftReport run(const Release& r, NegativeRounding c = NegativeRounding::magnitude) {
    return check_draft(r, data(), DraftOptions{c});
}

}  // namespace

TEST_CASE("a draft's levels are checked against sums of months and derived flows") {
    const Release r = release("draft", {
                                           {"2021-S1", "exports", "S", "level", "635.7亿元"},
                                           {"2021-S1", "total", "S", "level", "174.5亿元"},
                                           {"2021-S1", "total", "S", "level", "174.6亿元"},
                                           {"2021-S1", "deficit", "S", "level", "47.4亿元"},
                                           {"2021-S1", "balance", "S", "level", "-47.4亿元"},
                                           {"January-May 2021", "exports", "S", "level", "53.0亿元"},
                                           {"2021-S1", "exports", "S", "change", "3.6亿元"},
                                       });
    const DraftReport rep = run(r);
    REQUIRE(rep.checks.size() == 7);
    // 635.7亿元 is ten times the data (63.57亿元): the draft slipped a digit.
    CHECK(rep.checks[0].verdict == DraftVerdict::incorrect);
    CHECK(rep.checks[0].expected_text == "63.6亿元");
    CHECK(*rep.checks[0].exact == Interval::point(Ratio(Decimal(6357000000))));
    CHECK(rep.checks[1].verdict == DraftVerdict::correct);  // 174.51
    CHECK(rep.checks[2].verdict == DraftVerdict::incorrect);
    CHECK(*rep.checks[2].expected == Decimal(17450000000));
    CHECK(rep.checks[2].expected_text == "174.5亿元");
    CHECK(rep.checks[3].verdict == DraftVerdict::correct);  // 47.37
    CHECK(rep.checks[4].verdict == DraftVerdict::correct);
    CHECK(rep.checks[5].verdict == DraftVerdict::correct);  // 52.975 rounds half up to 53.0
    CHECK(rep.checks[6].verdict == DraftVerdict::correct);  // 3.57
    CHECK(rep.count(DraftVerdict::incorrect) == 2);
    CHECK(rep.incorrect() == std::vector<std::size_t>{0, 2});
}

TEST_CASE("a draft's growth at an exact tie is rounded as the convention says, and the flip is named") {
    const Release r = release("draft", {
                                           {"2021-S1", "exports", "S", "growth", "5.9%"},
                                           {"2021-S1", "exports", "S", "growth", "6.0%"},
                                           {"2021-S1", "imports", "S", "growth", "-7.6%"},
                                           {"2021-S1", "imports", "S", "growth", "下降7.5%"},
                                       });
    const DraftReport mag = run(r, NegativeRounding::magnitude);
    CHECK(mag.checks[0].verdict == DraftVerdict::incorrect);
    CHECK(mag.checks[0].expected_text == "6.0%");
    CHECK(*mag.checks[0].exact == Interval::point(Ratio(Decimal::parse("0.0595"))));
    CHECK(mag.checks[1].verdict == DraftVerdict::correct);
    CHECK(mag.checks[1].other_verdict == DraftVerdict::correct);
    // −7.55 %: the magnitude rounds to 7.6; half toward +∞ gives −7.5.
    CHECK(mag.checks[2].verdict == DraftVerdict::correct);
    CHECK(mag.checks[2].other_verdict == DraftVerdict::incorrect);
    CHECK(mag.checks[3].verdict == DraftVerdict::incorrect);
    CHECK(mag.checks[3].expected_text == "下降7.6%");
    const DraftReport pos = run(r, NegativeRounding::toward_positive);
    CHECK(pos.checks[2].verdict == DraftVerdict::incorrect);
    CHECK(pos.checks[2].expected_text == "-7.5%");
    CHECK(pos.checks[3].verdict == DraftVerdict::correct);
    CHECK(sentence(mag.checks[2], r, Language::english).find("other rounding of negative figures") !=
          std::string::npos);
}

TEST_CASE("a draft's shares, share changes and growth on the previous period are checked") {
    const Release r = release("draft", {
                                           {"2021-S1", "exports", "S", "share", "36.4%", "", "S"},
                                           {"2021-S1", "exports", "S", "share", "36.5%", "", "S"},
                                           {"2021-S1", "exports", "S", "share_change", "3.1个百分点", "", "S"},
                                           {"2021-06", "exports", "S", "growth_on_previous", "0.0%"},
                                           {"2021-06", "imports", "S", "growth_on_previous", "0.1%"},
                                       });
    // Shares of exports in total trade: the whole's flow is total.
    Release with_total("draft", "Testland", "hand-made");
    for (Claim c : r.claims()) {
        if (c.measure == Measure::share || c.measure == Measure::share_change) c.whole_flow = ClaimFlow::total;
        with_total.add(std::move(c));
    }
    const DraftReport rep = run(with_total);
    CHECK(rep.checks[0].verdict == DraftVerdict::correct);  // 63.57 / 174.51 = 36.4277…%
    CHECK(rep.checks[1].verdict == DraftVerdict::incorrect);
    CHECK(rep.checks[1].expected_text == "36.4%");
    CHECK(*rep.checks[0].exact == Interval::point(Ratio(Decimal(6357), Decimal(17451))));
    CHECK(rep.checks[2].verdict == DraftVerdict::correct);  // 36.4277 − 33.3333 = 3.094 pp
    CHECK(*rep.checks[2].exact ==
          Interval::point(Ratio(Decimal(6357), Decimal(17451)) - Ratio(Decimal(1), Decimal(3))));
    CHECK(rep.checks[3].verdict == DraftVerdict::correct);  // June = May
    CHECK(rep.checks[4].verdict == DraftVerdict::incorrect);
    CHECK(rep.checks[4].expected_text == "0.0%");
}

TEST_CASE("a draft's average growth is decided in the power domain and its correct printing found") {
    const Release r = release("draft", {
                                           {"2021-S1", "exports", "S", "average_growth", "8.5%", "2019"},
                                           {"2021-S1", "exports", "S", "cagr", "8.4%", "2019"},
                                           {"2021-S1", "exports", "S", "growth_on_base", "17.7%", "2019"},
                                       });
    const DraftReport rep = run(r);
    // 63.57 / 54 = 1.17722…; its square root − 1 = 8.49987…%.
    CHECK(rep.checks[0].verdict == DraftVerdict::correct);
    CHECK(rep.checks[0].root == 2);
    CHECK(*rep.checks[0].exact == Interval::point(Ratio(Decimal(6357), Decimal(5400))));
    CHECK(rep.checks[1].verdict == DraftVerdict::incorrect);
    CHECK(*rep.checks[1].expected == Decimal::parse("8.5"));
    CHECK(rep.checks[1].expected_text == "8.5%");
    CHECK(sentence(rep.checks[1], r, Language::english).find("8.499") != std::string::npos);
    CHECK(rep.checks[2].verdict == DraftVerdict::correct);
}

TEST_CASE("a draft's figures the data cannot give say why, and qualified figures have no one printing") {
    const Release r = release("draft", {
                                           {"January-June 2021", "exports", "travel", "level", "2.5亿元"},
                                           {"2021-S1", "exports", "travel", "growth", "5.0%"},
                                           {"2021-S1", "imports", "travel", "level", "1.0亿元"},
                                           {"2021-S1", "total", "S", "level", "175亿元", "", "", "", "nearly"},
                                           {"2021-S1", "total", "S", "level", "170亿元", "", "", "", "nearly"},
                                           {"2022-S1", "exports", "S", "level", "70亿元"},
                                       });
    const DraftReport rep = run(r);
    CHECK(rep.checks[0].verdict == DraftVerdict::correct);
    CHECK(rep.checks[1].verdict == DraftVerdict::not_in_data);
    CHECK(rep.checks[1].reason == Reason::zero_base);
    CHECK(rep.checks[2].verdict == DraftVerdict::not_in_data);
    CHECK(rep.checks[2].reason == Reason::missing);
    CHECK(rep.checks[3].verdict == DraftVerdict::correct);
    CHECK_FALSE(rep.checks[3].expected.has_value());
    CHECK(rep.checks[4].verdict == DraftVerdict::incorrect);
    CHECK(rep.checks[5].verdict == DraftVerdict::not_in_data);
    CHECK(sentence(rep.checks[1], r, Language::english).find("base is zero") != std::string::npos);
    CHECK(sentence(rep.checks[2], r, Language::chinese).find("无法核对") != std::string::npos);
}

TEST_CASE("draft sentences read in English and Chinese") {
    const Release r = release("draft", {{"2021-S1", "exports", "S", "growth", "5.9%"}});
    const DraftReport rep = run(r);
    CHECK(sentence(rep.checks[0], r, Language::english) ==
          "The year-on-year growth of services exports in H1 2021: the draft prints \"5.9%\"; the data give "
          "5.9500%, which prints as \"6.0%\".");
    CHECK(sentence(rep.checks[0], r, Language::chinese) ==
          "2021年上半年服务出口同比增速：草稿为“5.9%”，数据为5.9500%，应为“6.0%”。");
    DraftCheck stray = rep.checks[0];
    stray.claim = 7;
    CHECK_THROWS_AS((void)sentence(stray, r, Language::english), InvalidArgument);
}

TEST_CASE("exact data refuse a second series of the same item, flow and currency") {
    ExactData d;
    d.add(Item::parse("SI"), ClaimFlow::exports, TimeSeries(Currency::of("CNY")));
    CHECK_THROWS_AS(d.add(Item::parse("SI"), ClaimFlow::exports, TimeSeries(Currency::of("CNY"))), InvalidArgument);
    d.add(Item::parse("SI"), ClaimFlow::exports, TimeSeries(Currency::of("USD")));
    CHECK(d.size() == 2);
    CHECK(d.currencies().size() == 2);
    CHECK(d.level(Item::parse("SI"), ClaimFlow::total, Period::month(2021, 1), Currency::of("CNY")).reason() ==
          Reason::missing);
}
