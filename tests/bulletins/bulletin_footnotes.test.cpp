// SPDX-License-Identifier: BSL-1.0
// Golden files of the footnotes a statistics office adds where rounding alone makes a printed
// identity look off, in English and Chinese, as part of the rendered release: a total that its
// flows do not add up to (the whole's and a part's), a surplus or deficit that exports less
// imports do not give, parts that do not add up to the whole in a flow, and shares that add up to
// 99.9 or 100.1 percent. The data are made up; each case's comment works out the printed digits.
#include <doctest/doctest.h>

#include <string_view>
#include <tuple>
#include <vector>

#include "golden.hpp"

using namespace svctrade;
using namespace bulletin_test;

namespace {

// The whole of half_year_spec() with three parts that partition it (a made-up economy of three
// services), each reporting `flows` with its share.
BulletinSpec three_parts(std::vector<Flow> flows) {
    BulletinSpec spec = half_year_spec();
    spec.whole.measures.two_year_average = false;
    spec.items.clear();
    for (const auto& [code, en, zh] : {std::tuple{"SC", "transport", "运输"}, std::tuple{"SD", "travel", "旅行"},
                                       std::tuple{"SJ", "other business services", "其他商业服务"}}) {
        BulletinItem item = BulletinItem::of(Category::from_code(code), en, zh);
        item.flows = flows;
        item.measures.share = true;
        spec.items.push_back(item);
    }
    spec.items_partition_whole = true;
    return spec;
}

}  // namespace

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
    check_golden("rounding_footnotes", whole_job(three_parts({Flow::total}), d));
}

TEST_CASE("shares that add up to 100.1 percent, parts off in one flow and a part's own total are footnoted") {
    // 2021, 亿元:      exports          imports          total
    //   transport     60.05 → 60.1     40.06 → 40.1     100.11 → 100.1 (60.1 + 40.1 = 100.2: footnoted)
    //   travel        60.05 → 60.1     40.02 → 40.0     100.07 → 100.1
    //   other bus.    59.90 → 59.9     39.92 → 39.9      99.82 →  99.8
    //   services     180.00 → 180.0   120.00 → 120.0    300.00 → 300.0
    // Exports: the parts print 180.1 against 180.0 (footnoted); shares 33.361 % (33.4), 33.361 %
    // (33.4), 33.278 % (33.3): 100.1 % (footnoted). Imports: the parts print 120.0 (no footnote);
    // shares 33.383 % (33.4), exactly 33.35 % (a tie, half up: 33.4), 33.267 % (33.3): 100.1 %
    // (footnoted). Totals: the parts print 300.0 (no footnote); shares 33.370 % (33.4), 33.357 %
    // (33.4), 33.273 % (33.3): 100.1 % (footnoted). The whole: 180.0 + 120.0 = 300.0 and the
    // surplus 60.0 = 180.0 − 120.0, no footnote. English in billions at two places: the same
    // digits. 2020: every part 60.0 exports and 40.0 imports.
    Data d;
    d.half("S", Flow::exports, 2020, "180.0").half("S", Flow::imports, 2020, "120.0");
    d.half("S", Flow::exports, 2021, "180.00").half("S", Flow::imports, 2021, "120.00");
    for (const std::string_view c : {"SC", "SD", "SJ"})
        d.half(c, Flow::exports, 2020, "60.0").half(c, Flow::imports, 2020, "40.0");
    d.half("SC", Flow::exports, 2021, "60.05").half("SC", Flow::imports, 2021, "40.06");
    d.half("SD", Flow::exports, 2021, "60.05").half("SD", Flow::imports, 2021, "40.02");
    d.half("SJ", Flow::exports, 2021, "59.90").half("SJ", Flow::imports, 2021, "39.92");
    check_golden("rounding_footnotes_shares", whole_job(three_parts({Flow::total, Flow::exports, Flow::imports}), d));
}

TEST_CASE("a surplus or a deficit that the printed exports and imports do not give is footnoted") {
    BulletinSpec spec = half_year_spec();
    spec.whole.measures.two_year_average = false;
    spec.items.clear();
    // Surplus: exports 170.08 → 170.1, imports 150.04 → 150.0, surplus 20.04 → 20.0, but
    // 170.1 − 150.0 = 20.1; in billions 17.01 − 15.00 = 2.01 against 2.00. The total 320.12 →
    // 320.1 = 170.1 + 150.0 holds. 2020: 160.0 − 150.0 = 10.0, wider by 10.04 → 10.0.
    Data surplus;
    surplus.half("S", Flow::exports, 2020, "160.0").half("S", Flow::imports, 2020, "150.0");
    surplus.half("S", Flow::exports, 2021, "170.08").half("S", Flow::imports, 2021, "150.04");
    check_golden("rounding_footnote_surplus", whole_job(spec, surplus));
    // Deficit: the same flows the other way round: imports less exports 170.1 − 150.0 = 20.1
    // against the deficit 20.0. 2020: 150.0 − 160.0, a deficit of 10.0, wider by 10.0.
    Data deficit;
    deficit.half("S", Flow::exports, 2020, "150.0").half("S", Flow::imports, 2020, "160.0");
    deficit.half("S", Flow::exports, 2021, "150.04").half("S", Flow::imports, 2021, "170.08");
    check_golden("rounding_footnote_deficit", whole_job(spec, deficit));
}
