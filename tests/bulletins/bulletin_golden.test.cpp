// SPDX-License-Identifier: BSL-1.0
// Golden files of whole bulletins, English and Chinese, with their release files: rises, falls,
// zero growth, deficits turning to surpluses (and back), widening and balanced, missing figures
// (this period's and last year's), approximate figures, national amounts in 万亿元 and one month.
// The data are made up; the expected figures are worked out by hand in each case's comment, and
// the golden files were read line by line against them. The footnotes rounding forces are in
// bulletin_footnotes.test.cpp.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "golden.hpp"

using namespace svctrade;
using namespace bulletin_test;

namespace {

// Exports, imports and knowledge-intensive services as in a rising year.
//   total 2021 343.2, 2020 324.1, 2019 305.0 → +5.893 % (5.9); two-year sqrt(343.2/305) − 1 = 6.078 % (6.1)
//   exports 190.1 / 175.3 → +8.443 % (8.4); imports 153.1 / 148.8 → +2.890 % (2.9)
//   surplus 37.0 / 26.5 → wider by 10.5 (1.05 billion; 10.5亿元)
//   KI 132.1 / 119.3 → +10.729 % (10.7); share 38.490 % (38.5) vs 36.810 % → +1.680 pp (1.7)
//   dollars 34 320 000 000 / 6.4718 = 5 302 388 825.3… → $5.30 billion, 53.0亿美元
Data rising() {
    Data d;
    const std::vector<std::string_view> ki{"SF", "SG", "SH", "SI", "SJ", "SK"};
    d.half("S", Flow::exports, 2019, "160.0").half("S", Flow::imports, 2019, "145.0");
    d.half("S", Flow::exports, 2020, "175.3").half("S", Flow::imports, 2020, "148.8");
    d.half("S", Flow::exports, 2021, "190.1").half("S", Flow::imports, 2021, "153.1");
    d.spread(ki, Flow::exports, 2020, "70.0").spread(ki, Flow::imports, 2020, "49.3");
    d.spread(ki, Flow::exports, 2021, "80.0").spread(ki, Flow::imports, 2021, "52.1");
    return d;
}

}  // namespace

TEST_CASE("a rising half-year is written with increases, a wider surplus and a larger share") {
    check_golden("rising", whole_job(half_year_spec(), rising()));
}

TEST_CASE("a falling half-year is written with decreases, a narrower surplus and a smaller share") {
    // total 325.0 / 350.0 → −7.143 % (7.1); exports 185.0 / 200.0 → −7.5 %; imports 140.0 / 150.0
    // → −6.667 % (6.7); two-year sqrt(325/350) − 1 = −3.637 % (3.6); surplus 45.0 / 50.0 →
    // narrower by 5.0 (0.50 billion yuan, in the balance's scale); KI 120.0 / 140.0 → −14.286 % (14.3), share 36.923 %
    // (36.9) vs 40.0 % → −3.077 pp (3.1); dollars 32 500 000 000 / 6.4718 → $5.02 billion.
    Data d;
    const std::vector<std::string_view> ki{"SF", "SG", "SH", "SI", "SJ", "SK"};
    d.half("S", Flow::exports, 2019, "200.0").half("S", Flow::imports, 2019, "150.0");
    d.half("S", Flow::exports, 2020, "200.0").half("S", Flow::imports, 2020, "150.0");
    d.half("S", Flow::exports, 2021, "185.0").half("S", Flow::imports, 2021, "140.0");
    d.spread(ki, Flow::exports, 2020, "80.0").spread(ki, Flow::imports, 2020, "60.0");
    d.spread(ki, Flow::exports, 2021, "70.0").spread(ki, Flow::imports, 2021, "50.0");
    check_golden("falling", whole_job(half_year_spec(), d));
}

TEST_CASE("growth that rounds to zero is written as unchanged, 持平, never as up or down 0.0") {
    // exports 200.0 both years: exactly 0; imports 150.04 / 150.0 → +0.027 % (0.0); total +0.011 %
    // (0.0); two-year on 2019 (the same) ≈ 0.006 % (0.0); surplus 49.96 / 50.0 → narrower by
    // 0.04亿元, which rounds to nothing in the balance's own last digit (0.1亿元, 0.01 billion):
    // no change is written; KI 140.0 both years, share 39.9954 % (40.0) against 40 % → −0.0046 pp
    // (0.0).
    Data d;
    const std::vector<std::string_view> ki{"SF", "SG", "SH", "SI", "SJ", "SK"};
    for (const int year : {2019, 2020})
        d.half("S", Flow::exports, year, "200.0").half("S", Flow::imports, year, "150.0");
    d.half("S", Flow::exports, 2021, "200.0").half("S", Flow::imports, 2021, "150.04");
    d.spread(ki, Flow::exports, 2020, "80.0").spread(ki, Flow::imports, 2020, "60.0");
    d.spread(ki, Flow::exports, 2021, "80.0").spread(ki, Flow::imports, 2021, "60.0");
    check_golden("zero_growth", whole_job(half_year_spec(), d));
}

TEST_CASE("a deficit that turns into a surplus names both, with last year's deficit") {
    // 2020: 140.0 − 152.3 = deficit 12.3; 2021: 160.5 − 155.0 = surplus 5.5.
    Data d;
    const std::vector<std::string_view> ki{"SF", "SG", "SH", "SI", "SJ", "SK"};
    d.half("S", Flow::exports, 2019, "130.0").half("S", Flow::imports, 2019, "150.0");
    d.half("S", Flow::exports, 2020, "140.0").half("S", Flow::imports, 2020, "152.3");
    d.half("S", Flow::exports, 2021, "160.5").half("S", Flow::imports, 2021, "155.0");
    d.spread(ki, Flow::exports, 2020, "50.0").spread(ki, Flow::imports, 2020, "60.0");
    d.spread(ki, Flow::exports, 2021, "62.0").spread(ki, Flow::imports, 2021, "58.0");
    check_golden("deficit_to_surplus", whole_job(half_year_spec(), d));
}

TEST_CASE("a surplus that turns into a deficit, and a deficit that narrows") {
    // Turning: 2020 150.0 − 140.0 = surplus 10.0; 2021 150.0 − 163.4 = deficit 13.4.
    Data turning;
    turning.half("S", Flow::exports, 2020, "150.0").half("S", Flow::imports, 2020, "140.0");
    turning.half("S", Flow::exports, 2021, "150.0").half("S", Flow::imports, 2021, "163.4");
    BulletinSpec spec = half_year_spec();
    spec.items.clear();
    spec.whole.measures.two_year_average = false;
    check_golden("surplus_to_deficit", whole_job(spec, turning));
    // Narrowing: deficit 2020 180.0 − 150.0 = 30.0 (imports above exports); 2021 182.0 − 160.0 = 22.0,
    // narrower by 8.0 (0.80 billion yuan).
    Data narrowing;
    narrowing.half("S", Flow::exports, 2020, "150.0").half("S", Flow::imports, 2020, "180.0");
    narrowing.half("S", Flow::exports, 2021, "160.0").half("S", Flow::imports, 2021, "182.0");
    check_golden("deficit_narrower", whole_job(spec, narrowing));
}

TEST_CASE("a missing month leaves out every sentence that needs it and never prints a zero") {
    // April 2021 imports are not reported: the total, the imports and the balance have no value
    // for January–June 2021, so their sentences are left out; the exports sentence stays. 2019 is
    // absent: no two-year average. Knowledge-intensive services are complete, but their share
    // needs the whole's total: they are printed with their level and growth only.
    Data d;
    const std::vector<std::string_view> ki{"SF", "SG", "SH", "SI", "SJ", "SK"};
    d.half("S", Flow::exports, 2020, "175.3").half("S", Flow::imports, 2020, "148.8");
    d.half("S", Flow::exports, 2021, "190.1");
    d.months("S", Flow::imports, 2021, {"25.1", "24.9", "26.0", "", "25.3", "26.8"});
    d.spread(ki, Flow::exports, 2020, "70.0").spread(ki, Flow::imports, 2020, "49.3");
    d.spread(ki, Flow::exports, 2021, "80.0").spread(ki, Flow::imports, 2021, "52.1");
    check_golden("missing", whole_job(half_year_spec(), d));
}

TEST_CASE("approximate figures are rounded to their significant digits and qualified on the right side") {
    // The rising data. Whole at 2 digits: 343.2 → 340 (over), 190.1 → 190 (over), 153.1 → 150
    // (over), surplus 37.0 → 37 (exactly: no word), change 10.5 → 11 (nearly, 1.1 billion),
    // dollars 53.02… → 53 (over). Knowledge-intensive at 2 digits, "about": 132.1 → 130.
    BulletinSpec spec = half_year_spec();
    spec.whole.approximate = Approximate{2, ApproximateWording::nearly_or_over};
    spec.items[0].approximate = Approximate{2, ApproximateWording::about};
    check_golden("approximate", whole_job(spec, rising()));
}

TEST_CASE("a deficit that widens, and a balance that rounds to nothing") {
    BulletinSpec spec = half_year_spec();
    spec.items.clear();
    spec.whole.measures.two_year_average = false;
    // Widening: deficit 2020 155.0 − 140.0 = 15.0; 2021 172.3 − 150.2 = 22.1, wider by 7.1
    // (0.71 billion yuan). Total 322.5 / 295.0 → +9.322 % (9.3); exports +7.286 % (7.3); imports
    // +11.161 % (11.2); dollars 32 250 000 000 / 6.4718 → $4.98 billion, 49.8亿美元.
    Data widening;
    widening.half("S", Flow::exports, 2020, "140.0").half("S", Flow::imports, 2020, "155.0");
    widening.half("S", Flow::exports, 2021, "150.2").half("S", Flow::imports, 2021, "172.3");
    check_golden("deficit_wider", whole_job(spec, widening));
    // Balanced: 2021 150.0 − 150.0 = 0: "roughly in balance", 基本平衡, with no balance figure in
    // the release file (and no turn from last year's deficit of 15.0 to anything). A balance of
    // a few million yuan would not be "balanced": it is printed in its own scale (4 million yuan,
    // 400.0万元), as any amount is.
    Data balanced;
    balanced.half("S", Flow::exports, 2020, "140.0").half("S", Flow::imports, 2020, "155.0");
    balanced.half("S", Flow::exports, 2021, "150.0").half("S", Flow::imports, 2021, "150.0");
    check_golden("balanced", whole_job(spec, balanced));
}

TEST_CASE("last year's figures missing or zero shorten the sentences and never print a growth") {
    // 2020 imports of S are not reported at all: the growth of imports and of the total is
    // missing, and so is last year's balance, so the surplus (190.1 − 153.1 = 37.0) is written
    // without a change. Knowledge-intensive services have no 2020 data: their share (132.1 /
    // 343.2 = 38.490 %, 38.5) is printed, their growth and share change are not. Travel (SD) was
    // 0 in 2020 (a zero base): its level and share (10.0 / 343.2 = 2.914 %, 2.9) are printed,
    // its growth is not. 2019 is absent: no two-year average.
    Data d;
    const std::vector<std::string_view> ki{"SF", "SG", "SH", "SI", "SJ", "SK"};
    d.half("S", Flow::exports, 2020, "175.3");
    d.half("S", Flow::exports, 2021, "190.1").half("S", Flow::imports, 2021, "153.1");
    d.spread(ki, Flow::exports, 2021, "80.0").spread(ki, Flow::imports, 2021, "52.1");
    d.half("SD", Flow::exports, 2020, "0").half("SD", Flow::imports, 2020, "0");
    d.half("SD", Flow::exports, 2021, "4.0").half("SD", Flow::imports, 2021, "6.0");
    BulletinSpec spec = half_year_spec();
    BulletinItem travel = BulletinItem::of(Category::from_code("SD"), "travel", "旅行");
    travel.flows = {Flow::total};
    travel.measures.share = true;
    spec.items.push_back(travel);
    check_golden("missing_last_year", whole_job(spec, d));
}

TEST_CASE("national amounts are written in trillions and 万亿元, a month as a month") {
    // A made-up nation, January-June 2021: exports 11 234.5 + imports 13 456.7 = 24 691.2亿元,
    // printed 2.47万亿元 and 2.47 trillion yuan (two places in 万亿 and trillions); 2020 exports
    // 10 000.0, imports 12 000.0, total 22 000.0: +12.233 % (12.2), +12.345 % (12.3), +12.139 %
    // (12.1). The deficit 2 222.2亿元 (222.22 billion yuan) against 2 000.0, wider by 222.2亿元;
    // dollars 2 469 120 000 000 / 6.4718 → $381.52 billion, 3815.2亿美元. In 万亿 at two places
    // the flows print 1.35 − 1.12 = 0.23万亿 (2300.0亿元, 230.00 billion): the deficit, printed in
    // its own scale, is footnoted — the reason MOFCOM often keeps large figures in 亿元.
    Data nation;
    nation.half("S", Flow::exports, 2020, "10000.0").half("S", Flow::imports, 2020, "12000.0");
    nation.half("S", Flow::exports, 2021, "11234.5").half("S", Flow::imports, 2021, "13456.7");
    BulletinSpec spec = half_year_spec();
    spec.id = "nation-2021h1";
    spec.area = "XX";
    spec.area_english = "the nation";
    spec.area_chinese = "全国";
    spec.items.clear();
    spec.whole.measures.two_year_average = false;
    check_golden("national_scale", whole_job(spec, nation));

    // June 2021 alone, for a small city: exports 3.52亿元 (352 million yuan; 3.5亿元), imports
    // 0.865亿元 (86.5 million, printed 87 million; below 1亿 the Chinese scale is 万: 8650.0万元),
    // total 4.385亿元 (439 million; 4.4亿元), against June 2020 3.20 and 0.90: +6.951 % (7.0),
    // +10.0 % and −3.889 % (3.9). Surplus 2.655亿元 (266 million; 2.7亿元) against 2.30, wider by
    // 0.355 (36 million; 0.4亿元 in the balance's scale). The printed figures do not add up: in
    // English 352 − 87 = 265, in Chinese 3.5 + 0.865 = 4.365 and 3.5 − 0.865 = 2.635: footnoted.
    Data month;
    month.months("S", Flow::exports, 2020, {"", "", "", "", "", "3.20"});
    month.months("S", Flow::imports, 2020, {"", "", "", "", "", "0.90"});
    month.months("S", Flow::exports, 2021, {"", "", "", "", "", "3.52"});
    month.months("S", Flow::imports, 2021, {"", "", "", "", "", "0.865"});
    BulletinSpec june = half_year_spec();
    june.id = "town-2021-06";
    june.period = Period::month(2021, 6);
    june.items.clear();
    june.whole.measures.two_year_average = false;
    june.whole.measures.dollar_equivalent = false;
    check_golden("one_month", whole_job(june, month));
}
