// SPDX-License-Identifier: BSL-1.0
// Golden files of whole bulletins, English and Chinese, with their release files: rises, falls,
// zero growth, deficits turning to surpluses (and back), missing figures, approximate figures and
// the footnotes rounding forces. The data are made up; the expected figures are worked out by
// hand in each case's comment, and the golden files were read line by line against them.
//
// When the output differs from a golden file it is written beside it as NAME.txt.new and the test
// fails: compare, and move the file over only after reading it.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "bulletin_data.hpp"

using namespace svctrade;
using namespace bulletin_test;

namespace {

std::string whole_job(const BulletinSpec& spec, const Data& data) {
    const RateTable rates = half_year_rates();
    const BulletinFigures figures = compute_figures(spec, data.all(), &rates);
    const std::vector<Bulletin> bulletins{render(figures, TemplateTable::english(), Language::english),
                                          render(figures, TemplateTable::chinese(), Language::chinese)};
    return bulletins[0].text() + "\n\n" + bulletins[1].text() + "\n\n" + release_file(bulletins);
}

void check_golden(const std::string& name, const std::string& actual) {
    const std::string path = std::string(SVCTRADE_BULLETINS_GOLDEN_DIR) + "/" + name + ".txt";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream expected;
    if (in) expected << in.rdbuf();
    if (!in || expected.str() != actual) std::ofstream(path + ".new", std::ios::binary) << actual;
    REQUIRE_MESSAGE(in, "no golden file " << path << "; the actual output is in " << path << ".new");
    INFO("golden file " << path << " differs; the actual output is in " << path << ".new");
    CHECK(expected.str() == actual);
}

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

TEST_CASE("sums and shares that rounding alone puts off are footnoted") {
    // A made-up economy of three services. 2021 exports SC 63.38 + SD 63.38 + SJ 63.38 = 190.14,
    // imports 51.04 × 3 = 153.12 → printed 190.1 + 153.1 = 343.2 against the total 343.26 → 343.3.
    // Each part is a third of the whole: shares 33.3 % three times, 99.9 % in all; the parts'
    // levels 114.4 × 3 = 343.2 against 343.3.
    Data d;
    const std::vector<std::string_view> parts{"SC", "SD", "SJ"};
    d.half("S", Flow::exports, 2020, "180.0").half("S", Flow::imports, 2020, "150.0");
    d.half("S", Flow::exports, 2021, "190.14").half("S", Flow::imports, 2021, "153.12");
    for (const std::string_view c : parts) {
        d.half(c, Flow::exports, 2020, "60.0").half(c, Flow::imports, 2020, "50.0");
        d.half(c, Flow::exports, 2021, "63.38").half(c, Flow::imports, 2021, "51.04");
    }
    BulletinSpec spec = half_year_spec();
    spec.whole.measures.two_year_average = false;
    spec.items.clear();
    for (const auto& [code, en, zh] : {std::tuple{"SC", "transport", "运输"}, std::tuple{"SD", "travel", "旅行"},
                                       std::tuple{"SJ", "other business services", "其他商业服务"}}) {
        BulletinItem item = BulletinItem::of(Category::from_code(code), en, zh);
        item.flows = {Flow::total};
        item.measures.share = true;
        spec.items.push_back(item);
    }
    spec.items_partition_whole = true;
    check_golden("rounding_footnotes", whole_job(spec, d));
}
