// SPDX-License-Identifier: BSL-1.0
// The exact figures of a bulletin from monthly series: sums of reported months, growth, shares,
// share changes, the two-year average and the dollar equivalent, each checked against values
// worked out by hand; and every refusal of a spec or a data set that cannot make a bulletin.
#include <doctest/doctest.h>

#include <vector>

#include "bulletin_data.hpp"

using namespace svctrade;
using namespace bulletin_test;

namespace {

// Half-years in 亿元: exports 2019 100, 2020 110, 2021 121; imports 2019 80, 2020 90, 2021 99;
// SI exports 2020 11, 2021 22 (the only knowledge-intensive member with data is not enough).
Data small() {
    Data d;
    d.half("S", Flow::exports, 2019, "100").half("S", Flow::exports, 2020, "110").half("S", Flow::exports, 2021, "121");
    d.half("S", Flow::imports, 2019, "80").half("S", Flow::imports, 2020, "90").half("S", Flow::imports, 2021, "99");
    d.half("SI", Flow::exports, 2020, "11").half("SI", Flow::exports, 2021, "22");
    d.half("SI", Flow::imports, 2020, "9").half("SI", Flow::imports, 2021, "8");
    return d;
}

BulletinSpec small_spec() {
    BulletinSpec spec = half_year_spec();
    BulletinItem si = BulletinItem::of(Category::from_code("SI"), "ICT", "电信");
    si.flows = {Flow::total, Flow::exports};
    si.measures.share = si.measures.share_change = true;
    spec.items = {si};
    return spec;
}

}  // namespace

TEST_CASE("levels are exact sums of the period's months, total and balance derived from the flows") {
    const RateTable rates = half_year_rates();
    const BulletinFigures f = compute_figures(small_spec(), small().all(), &rates);
    CHECK(f.currency == cny);
    REQUIRE(f.whole.flows.size() == 4);
    CHECK(f.whole.find(Flow::exports)->level.value() == yi("121"));
    CHECK(f.whole.find(Flow::imports)->last_year.value() == yi("90"));
    CHECK(f.whole.find(Flow::total)->level.value() == yi("220"));
    CHECK(f.whole.find(Flow::total)->two_years_earlier.value() == yi("180"));
    CHECK(f.whole.find(Flow::balance)->level.value() == yi("22"));
    CHECK(f.whole.find(Flow::balance)->last_year.value() == yi("20"));
    CHECK(f.items[0].find(Flow::imports) == nullptr);
}

TEST_CASE("growth, shares, share changes, the two-year average and dollars are the exact ratios") {
    const RateTable rates = half_year_rates();
    const BulletinFigures f = compute_figures(small_spec(), small().all(), &rates);
    const FlowFigures& total = *f.whole.find(Flow::total);
    // 220 / 200 − 1 = 1/10 exactly.
    CHECK(total.growth.value() == GrowthRate::from_ratio(Ratio(Decimal(1), Decimal(10))));
    // sqrt(220 / 180) − 1 = 10.554…%, rounded once.
    CHECK(total.two_year_average.value().round(3, RoundingMode::half_up) == Decimal::parse("10.554"));
    // 22 000 000 000 / 6.4718 exactly.
    CHECK(total.dollars.value() == Ratio(Decimal::parse("22000000000"), Decimal::parse("6.4718")));
    // The balance has no growth (it is never computed), but its dollars are.
    CHECK(f.whole.find(Flow::balance)->growth.reason() == Reason::missing);
    const FlowFigures& si = *f.items[0].find(Flow::total);
    // SI 30 of 220, last year 20 of 200: share 3/22, change 3/22 − 1/10 = 4/110.
    CHECK(si.share.value() == Share::from_ratio(Ratio(Decimal(3), Decimal(22))));
    CHECK(si.share_change.value() == PercentagePoints::from_ratio(Ratio(Decimal(4), Decimal(110))));
    CHECK(si.growth.value() == GrowthRate::from_ratio(Ratio(Decimal(1), Decimal(2))));
    // SI exports 22 of 121 → 2/11; the measure not asked for stays missing.
    CHECK(f.items[0].find(Flow::exports)->share.value() == Share::from_ratio(Ratio(Decimal(2), Decimal(11))));
    CHECK(f.items[0].find(Flow::exports)->two_year_average.reason() == Reason::missing);
}

TEST_CASE("a missing month or member makes a figure missing, never a partial sum") {
    Data d = small();
    d.months("S", Flow::exports, 2018, {"1"});
    d.months("SG", Flow::exports, 2021, {"1", "1", "1", "1", "1"});  // June absent
    BulletinSpec spec = small_spec();
    BulletinItem ki = BulletinItem::of(Aggregate::builtin(BuiltinAggregate::knowledge_intensive));
    spec.items.push_back(ki);
    const RateTable rates = half_year_rates();
    const BulletinFigures f = compute_figures(spec, d.all(), &rates);
    CHECK(f.items[1].find(Flow::exports)->level.reason() == Reason::missing);
    CHECK(f.items[1].find(Flow::total)->growth.reason() == Reason::missing);
    Data gap = small();
    gap.months("SI", Flow::imports, 2019, {"1", "", "1"});
    BulletinSpec two = small_spec();
    two.items[0].measures.two_year_average = true;
    const BulletinFigures g = compute_figures(two, gap.all(), &rates);
    CHECK(g.items[0].find(Flow::total)->two_years_earlier.reason() == Reason::missing);
    CHECK(g.items[0].find(Flow::total)->two_year_average.reason() == Reason::missing);
}

TEST_CASE("a zero base has no growth and a zero whole no share: the Reason is kept") {
    Data d;
    d.half("S", Flow::exports, 2020, "0").half("S", Flow::imports, 2020, "0");
    d.half("S", Flow::exports, 2021, "5").half("S", Flow::imports, 2021, "5");
    d.half("SI", Flow::exports, 2020, "0").half("SI", Flow::exports, 2021, "1");
    d.half("SI", Flow::imports, 2020, "0").half("SI", Flow::imports, 2021, "1");
    const RateTable rates = half_year_rates();
    const BulletinFigures f = compute_figures(small_spec(), d.all(), &rates);
    CHECK(f.whole.find(Flow::total)->growth.reason() == Reason::zero_base);
    CHECK(f.items[0].find(Flow::total)->share_change.reason() == Reason::zero_base);
    CHECK(f.items[0].find(Flow::total)->share.has_value());
}

TEST_CASE("a series that already holds the period's kind is read directly") {
    TimeSeries x(cny, Category::total(), Flow::exports);
    TimeSeries m(cny, Category::total(), Flow::imports);
    for (const int year : {2020, 2021}) {
        x.insert(Period::quarter(year, 2), yi(year == 2020 ? "50" : "60"));
        m.insert(Period::quarter(year, 2), yi("40"));
    }
    BulletinSpec spec = half_year_spec();
    spec.period = Period::quarter(2021, 2);
    spec.items.clear();
    spec.whole.measures = Measures{};
    const BulletinFigures f = compute_figures(spec, std::vector<TimeSeries>{x, m});
    CHECK(f.whole.find(Flow::total)->level.value() == yi("100"));
    CHECK(f.whole.find(Flow::total)->growth.value() == GrowthRate::from_ratio(Ratio(Decimal(1), Decimal(9))));
    // A half-year is not read from quarters: it needs months.
    spec.period = Period::half(2021, 1);
    CHECK(compute_figures(spec, std::vector<TimeSeries>{x, m}).whole.find(Flow::total)->level.reason() ==
          Reason::missing);
}

TEST_CASE("items of aggregates take their names, keeping an initialism's capitals") {
    const BulletinItem ki = BulletinItem::of(Aggregate::builtin(BuiltinAggregate::knowledge_intensive));
    CHECK(ki.english == "knowledge-intensive services");
    CHECK(ki.chinese == "知识密集型服务");
    CHECK(ki.label == "Knowledge-intensive services");
    CHECK(ki.members.size() == 6);
    CHECK(BulletinItem::of(Aggregate::builtin(BuiltinAggregate::ict)).english == "ICT services");
    CHECK(BulletinItem::total_services().label == "S");
}

TEST_CASE("a spec or data set that cannot make a bulletin is refused with the reason") {
    const RateTable rates = half_year_rates();
    const Data d = small();
    const auto refused = [&](BulletinSpec spec) { return compute_figures(spec, d.all(), &rates); };
    BulletinSpec spec = small_spec();
    spec.id.clear();
    CHECK_THROWS_AS(refused(spec), InvalidArgument);
    spec = small_spec();
    spec.area.clear();
    CHECK_THROWS_AS(refused(spec), InvalidArgument);
    spec = small_spec();
    spec.period = Period::day(2021, 6, 30);
    CHECK_THROWS_AS(refused(spec), InvalidArgument);
    spec = small_spec();
    spec.items[0].members.clear();
    CHECK_THROWS_AS(refused(spec), InvalidArgument);
    spec = small_spec();
    spec.items[0].label.clear();
    CHECK_THROWS_AS(refused(spec), InvalidArgument);
    spec = small_spec();
    spec.items[0].flows.push_back(Flow::balance);
    CHECK_THROWS_AS(refused(spec), InvalidArgument);
    spec = small_spec();
    spec.whole.approximate = Approximate{0, ApproximateWording::about};
    CHECK_THROWS_AS(refused(spec), InvalidArgument);
    spec.whole.approximate = Approximate{7, ApproximateWording::about};
    CHECK_THROWS_AS(refused(spec), InvalidArgument);
    // Dollar equivalents need a rate for exactly the period.
    CHECK_THROWS_AS((void)compute_figures(small_spec(), d.all()), NotFound);
    spec = small_spec();
    spec.period = Period::year_to_date(2021, 5);
    CHECK_THROWS_AS(refused(spec), NotFound);
    spec = small_spec();
    spec.dollar = cny;
    CHECK_THROWS_AS(refused(spec), CurrencyMismatch);
    CHECK_THROWS_AS((void)BulletinItem::of(Category::from_code("SI"), "", "电信"), InvalidArgument);
    CHECK_THROWS_AS((void)BulletinItem::of(Aggregate::builtin(BuiltinAggregate::goods_related)), InvalidArgument);
}

TEST_CASE("series without labels, twice the same, of a balance or in two currencies are refused") {
    const BulletinSpec spec = small_spec();
    const RateTable rates = half_year_rates();
    CHECK_THROWS_AS((void)compute_figures(spec, std::vector<TimeSeries>{}, &rates), InvalidArgument);
    CHECK_THROWS_AS((void)compute_figures(spec, std::vector<TimeSeries>{TimeSeries(cny, Flow::exports)}, &rates),
                    InvalidArgument);
    CHECK_THROWS_AS((void)compute_figures(spec, std::vector<TimeSeries>{TimeSeries(cny, Category::total())}, &rates),
                    InvalidArgument);
    const TimeSeries x(cny, Category::total(), Flow::exports);
    CHECK_THROWS_AS((void)compute_figures(spec, std::vector<TimeSeries>{x, x}, &rates), InvalidArgument);
    CHECK_THROWS_AS(
        (void)compute_figures(spec, std::vector<TimeSeries>{TimeSeries(cny, Category::total(), Flow::balance)}, &rates),
        InvalidArgument);
    CHECK_THROWS_AS((void)compute_figures(
                        spec, std::vector<TimeSeries>{x, TimeSeries(usd, Category::total(), Flow::imports)}, &rates),
                    CurrencyMismatch);
}
