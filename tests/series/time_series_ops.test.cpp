// SPDX-License-Identifier: BSL-1.0
// Shares and contributions of a part series in a whole series, and the checks that refuse to
// combine series that do not measure comparable things.
#include <svctrade/error.hpp>
#include <svctrade/growth/growth.hpp>
#include <svctrade/series/time_series.hpp>

#include <doctest/doctest.h>

using namespace svctrade;
using namespace svctrade::literals;

namespace {
const Currency cny = Currency::of("CNY");
const Currency usd = Currency::of("USD");

Money yuan(Decimal amount) {
    return Money(amount, cny);
}
Category code(const char* text) {
    return Category::from_code(text);
}

// Total services exports: Jan-Mar 2020 and Jan-Apr 2021.
TimeSeries total() {
    TimeSeries s(cny, code("S"), Flow::exports);
    s.insert(Period::month(2020, 1), yuan(100_dec));
    s.insert(Period::month(2020, 2), yuan(120_dec));
    s.insert(Period::month(2020, 3), yuan(150_dec));
    s.insert(Period::month(2021, 1), yuan(110_dec));
    s.insert(Period::month(2021, 2), yuan(130_dec));
    s.insert(Period::month(2021, 3), yuan(180_dec));
    s.insert(Period::month(2021, 4), yuan(200_dec));
    return s;
}

// Its telecommunications, computer and information services: March 2020 was not reported, and
// May 2021 is reported for the part only.
TimeSeries si() {
    TimeSeries s(cny, code("SI"), Flow::exports);
    s.insert(Period::month(2020, 1), yuan(20_dec));
    s.insert(Period::month(2020, 2), yuan(30_dec));
    s.insert(Period::month(2021, 1), yuan(25_dec));
    s.insert(Period::month(2021, 2), yuan(39_dec));
    s.insert(Period::month(2021, 3), yuan(45_dec));
    s.insert(Period::month(2021, 5), yuan(9_dec));
    return s;
}

TimeSeries monthly(std::optional<Category> category, std::optional<Flow> flow, Currency currency = cny) {
    TimeSeries s(currency, category, flow);
    s.insert(Period::month(2021, 1), Money(1_dec, currency));
    return s;
}

Decimal percent2(const Outcome<Share>& s) {
    return s.value().round(2, RoundingMode::half_up);
}
Decimal points2(const Outcome<PercentagePoints>& c) {
    return c.value().round(2, RoundingMode::half_up);
}
}  // namespace

TEST_CASE("a series carries the category and flow it was built with") {
    const TimeSeries s = si();
    CHECK(s.category() == code("SI"));
    CHECK(s.flow() == Flow::exports);
    const TimeSeries plain(cny);
    CHECK_FALSE(plain.category().has_value());
    CHECK_FALSE(plain.flow().has_value());
    const TimeSeries flow_only(cny, Flow::imports);
    CHECK_FALSE(flow_only.category().has_value());
    CHECK(flow_only.flow() == Flow::imports);
    const TimeSeries category_only(cny, code("SC"));
    CHECK(category_only.category() == code("SC"));
    CHECK_FALSE(category_only.flow().has_value());
}

TEST_CASE("series are equal when currency labels and observations are equal") {
    CHECK(si() == si());
    TimeSeries copy = si();
    CHECK(copy == si());
    copy.insert(Period::month(2021, 6), yuan(1_dec));
    CHECK(copy != si());
    CHECK(TimeSeries(cny, code("SI")) != TimeSeries(cny, code("SJ")));
    CHECK(TimeSeries(cny, Flow::exports) != TimeSeries(cny, Flow::imports));
    CHECK(TimeSeries(cny) != TimeSeries(usd));
    CHECK(TimeSeries(cny) != TimeSeries(cny, code("S")));
}

TEST_CASE("the share of a part series is given for every period of either series") {
    const SeriesResult<SeriesShare> r = share(si(), total());
    REQUIRE(r.size() == 8);
    CHECK(r[0].period == Period::month(2020, 1));
    CHECK(r[0].share.value() == Share::from_percent(20_dec));
    CHECK(r[1].share.value() == Share::from_percent(25_dec));
    // March 2020: the part was not reported, so the share is missing, never 0 %.
    CHECK(r[2].period == Period::month(2020, 3));
    CHECK(r[2].share.reason() == Reason::missing);
    CHECK(percent2(r[3].share) == 22.73_dec);  // 25 / 110
    CHECK(r[4].share.value() == Share::from_percent(30_dec));
    CHECK(r[5].share.value() == Share::from_percent(25_dec));
    // April 2021 is in the whole only, May 2021 in the part only.
    CHECK(r[6].period == Period::month(2021, 4));
    CHECK(r[6].share.reason() == Reason::missing);
    CHECK(r[7].period == Period::month(2021, 5));
    CHECK(r[7].share.reason() == Reason::missing);
}

TEST_CASE("a share of a zero or negative whole keeps the reason of the share function") {
    TimeSeries part(cny, Flow::balance);
    TimeSeries whole(cny, Flow::balance);
    part.insert(Period::year(2020), yuan(1_dec));
    whole.insert(Period::year(2020), yuan(0_dec));
    part.insert(Period::year(2021), yuan(-1_dec));
    whole.insert(Period::year(2021), yuan(-5_dec));
    const SeriesResult<SeriesShare> r = share(part, whole);
    REQUIRE(r.size() == 2);
    CHECK(r[0].share.reason() == Reason::zero_base);
    CHECK(r[1].share.reason() == Reason::negative_base);
}

TEST_CASE("a share against an empty series is missing for every period") {
    const SeriesResult<SeriesShare> r = share(TimeSeries(cny, code("SI"), Flow::exports), total());
    REQUIRE(r.size() == 7);
    for (const SeriesShare& s : r) CHECK(s.share.reason() == Reason::missing);
    CHECK(share(TimeSeries(cny), TimeSeries(cny)).empty());
}

TEST_CASE("the year-on-year contribution of a part needs both years of both series") {
    const SeriesResult<SeriesContribution> r = yoy_contribution(si(), total());
    REQUIRE(r.size() == 8);
    for (std::size_t i = 0; i < 3; ++i) CHECK(r[i].contribution.reason() == Reason::missing);  // no 2019
    CHECK(r[3].period == Period::month(2021, 1));
    CHECK(r[3].base_period == Period::month(2020, 1));
    CHECK(r[3].contribution.value() == PercentagePoints::from_points(5_dec));    // (25 - 20) / 100
    CHECK(r[4].contribution.value() == PercentagePoints::from_points(7.5_dec));  // (39 - 30) / 120
    // March 2020 of the part was not reported.
    CHECK(r[5].base_period == Period::month(2020, 3));
    CHECK(r[5].contribution.reason() == Reason::missing);
    CHECK(r[6].contribution.reason() == Reason::missing);
    CHECK(r[7].contribution.reason() == Reason::missing);
}

TEST_CASE("year-on-year contributions of the parts add up to the growth of the whole") {
    TimeSeries a(cny, code("SI"), Flow::exports);
    TimeSeries b(cny, code("SJ"), Flow::exports);
    TimeSeries c(cny, code("SC"), Flow::exports);
    TimeSeries whole(cny, code("S"), Flow::exports);
    const Decimal values[3][4] = {{12.34_dec, 15.01_dec, 9.99_dec, 13.5_dec},
                                  {40.1_dec, 38.7_dec, 41.25_dec, 44.02_dec},
                                  {7.7_dec, 0.03_dec, 8.8_dec, 0_dec}};
    for (unsigned q = 1; q <= 4; ++q) {
        const Period now = Period::quarter(2021, q);
        const Period before = Period::quarter(2020, q);
        const Decimal x = values[0][q - 1], y = values[1][q - 1], z = values[2][q - 1];
        a.insert(before, yuan(x));
        b.insert(before, yuan(y));
        c.insert(before, yuan(z));
        whole.insert(before, yuan(x + y + z));
        // This year each part moves differently; the whole is still their sum.
        a.insert(now, yuan(x * 1.1_dec));
        b.insert(now, yuan(y - 3.3_dec));
        c.insert(now, yuan(z + 0.07_dec));
        whole.insert(now, yuan(x * 1.1_dec + (y - 3.3_dec) + (z + 0.07_dec)));
    }
    const SeriesResult<SeriesGrowth> g = whole.yoy_growth();
    const SeriesResult<SeriesContribution> ca = yoy_contribution(a, whole);
    const SeriesResult<SeriesContribution> cb = yoy_contribution(b, whole);
    const SeriesResult<SeriesContribution> cc = yoy_contribution(c, whole);
    REQUIRE(g.size() == 8);
    REQUIRE(ca.size() == 8);
    for (std::size_t i = 4; i < 8; ++i) {
        const PercentagePoints sum =
            ca[i].contribution.value() + cb[i].contribution.value() + cc[i].contribution.value();
        CHECK(sum.ratio() == g[i].change.value().relative.value().ratio());
    }
}

TEST_CASE("a contribution on a zero or negative base of the whole keeps its reason") {
    TimeSeries part(cny, code("SI"), Flow::balance);
    TimeSeries whole(cny, code("S"), Flow::balance);
    part.insert(Period::year(2019), yuan(1_dec));
    whole.insert(Period::year(2019), yuan(0_dec));
    part.insert(Period::year(2020), yuan(2_dec));
    whole.insert(Period::year(2020), yuan(-3_dec));
    part.insert(Period::year(2021), yuan(3_dec));
    whole.insert(Period::year(2021), yuan(4_dec));
    const SeriesResult<SeriesContribution> r = yoy_contribution(part, whole);
    REQUIRE(r.size() == 3);
    CHECK(r[0].contribution.reason() == Reason::missing);
    CHECK(r[1].contribution.reason() == Reason::zero_base);
    CHECK(r[2].contribution.reason() == Reason::negative_base);
}

TEST_CASE("the period-on-period contribution uses the previous period of both series") {
    const SeriesResult<SeriesContribution> r = period_contribution(si(), total());
    REQUIRE(r.size() == 8);
    CHECK(r[0].base_period == Period::month(2019, 12));
    CHECK(r[0].contribution.reason() == Reason::missing);
    CHECK(r[1].contribution.value() == PercentagePoints::from_points(10_dec));  // (30 - 20) / 100
    CHECK(r[2].contribution.reason() == Reason::missing);                       // no March 2020 part
    CHECK(r[3].base_period == Period::month(2020, 12));
    CHECK(r[3].contribution.reason() == Reason::missing);
    CHECK(points2(r[4].contribution) == 12.73_dec);        // (39 - 25) / 110
    CHECK(points2(r[5].contribution) == 4.62_dec);         // (45 - 39) / 130
    CHECK(r[6].contribution.reason() == Reason::missing);  // no April 2021 part
    CHECK(r[7].contribution.reason() == Reason::missing);  // no May 2021 whole
}

TEST_CASE("series in different currencies cannot be combined") {
    TimeSeries dollars(usd, code("SI"), Flow::exports);
    dollars.insert(Period::month(2021, 1), Money(3_dec, usd));
    CHECK_THROWS_AS((void)share(dollars, total()), CurrencyMismatch);
    CHECK_THROWS_WITH((void)share(dollars, total()),
                      doctest::Contains("share of a series in USD of SI (exports) in a series in CNY of S (exports)"));
    CHECK_THROWS_AS((void)yoy_contribution(dollars, total()), CurrencyMismatch);
    CHECK_THROWS_AS((void)period_contribution(dollars, total()), CurrencyMismatch);
    // Also when nothing was inserted yet: the currencies say the series are not comparable.
    CHECK_THROWS_AS((void)share(TimeSeries(usd), TimeSeries(cny)), CurrencyMismatch);
}

TEST_CASE("series of different period kinds or year starts cannot be combined") {
    TimeSeries quarters(cny, code("SI"), Flow::exports);
    quarters.insert(Period::quarter(2021, 1), yuan(1_dec));
    CHECK_THROWS_AS((void)share(quarters, total()), NotComparable);
    CHECK_THROWS_WITH((void)share(quarters, total()), doctest::Contains("are not of the kind and year start"));
    CHECK_THROWS_AS((void)yoy_contribution(quarters, total()), NotComparable);
    CHECK_THROWS_AS((void)period_contribution(total(), quarters), NotComparable);
    TimeSeries fiscal(cny);
    fiscal.insert(Period::quarter(2021, 1, YearStart::april()), yuan(1_dec));
    TimeSeries calendar(cny);
    calendar.insert(Period::quarter(2021, 1), yuan(2_dec));
    CHECK_THROWS_AS((void)share(fiscal, calendar), NotComparable);
    TimeSeries fiscal_whole(cny);
    fiscal_whole.insert(Period::quarter(2021, 1, YearStart::april()), yuan(4_dec));
    CHECK(share(fiscal, fiscal_whole)[0].share.value() == Share::from_percent(25_dec));
}

TEST_CASE("a part of another flow is not comparable") {
    CHECK_THROWS_AS((void)share(monthly(code("SI"), Flow::imports), monthly(code("S"), Flow::exports)), NotComparable);
    CHECK_THROWS_WITH((void)share(monthly(code("SI"), Flow::imports), monthly(code("S"), Flow::exports)),
                      doctest::Contains("imports are not a part of exports"));
    CHECK_THROWS_AS((void)yoy_contribution(monthly(code("S"), Flow::exports), monthly(code("S"), Flow::balance)),
                    NotComparable);
    CHECK_THROWS_AS((void)period_contribution(monthly(code("S"), Flow::total), monthly(code("S"), Flow::exports)),
                    NotComparable);
    // Exports and imports are parts of total trade; a balance is compared with balances only.
    CHECK(share(monthly(code("S"), Flow::exports), monthly(code("S"), Flow::total))[0].share.has_value());
    CHECK(share(monthly(code("S"), Flow::imports), monthly(code("S"), Flow::total))[0].share.has_value());
    CHECK(share(monthly(code("SI"), Flow::balance), monthly(code("S"), Flow::balance))[0].share.has_value());
    CHECK_THROWS_AS((void)share(monthly(code("S"), Flow::balance), monthly(code("S"), Flow::total)), NotComparable);
}

TEST_CASE("flows as parts of flows") {
    static_assert(is_part_of(Flow::exports, Flow::exports));
    static_assert(is_part_of(Flow::exports, Flow::total));
    static_assert(is_part_of(Flow::imports, Flow::total));
    static_assert(is_part_of(Flow::balance, Flow::balance));
    static_assert(!is_part_of(Flow::exports, Flow::imports));
    static_assert(!is_part_of(Flow::total, Flow::exports));
    static_assert(!is_part_of(Flow::exports, Flow::balance));
    static_assert(!is_part_of(Flow::balance, Flow::total));
    CHECK(is_part_of(Flow::imports, Flow::total));
}

TEST_CASE("a part category outside the whole category is not comparable") {
    CHECK_THROWS_AS((void)share(monthly(code("SC"), Flow::exports), monthly(code("SI"), Flow::exports)), NotComparable);
    CHECK_THROWS_WITH((void)share(monthly(code("SC"), Flow::exports), monthly(code("SI"), Flow::exports)),
                      doctest::Contains("SC is not SI or a category within it"));
    // The whole inside the part is the wrong way round.
    CHECK_THROWS_AS((void)yoy_contribution(monthly(code("S"), Flow::exports), monthly(code("SI"), Flow::exports)),
                    NotComparable);
    CHECK_THROWS_AS((void)period_contribution(monthly(code("SI1"), {}), monthly(code("SI2"), {})), NotComparable);
    CHECK(share(monthly(code("SI2"), {}), monthly(code("SI"), {}))[0].share.has_value());
    CHECK(share(monthly(code("SI"), {}), monthly(code("SI"), {}))[0].share.has_value());
    // Series without a category take the caller's word for it.
    CHECK(share(monthly({}, Flow::exports), monthly(code("SI"), Flow::exports))[0].share.has_value());
    CHECK(share(monthly(code("S"), Flow::exports), monthly({}, Flow::exports))[0].share.has_value());
}

TEST_CASE("categories as parts of categories follow the tree and the aggregates made of components") {
    CHECK(is_part_of(code("SI2"), code("SI")));
    CHECK(is_part_of(code("SI2"), code("S")));
    CHECK(is_part_of(code("SI"), code("SI")));
    CHECK(is_part_of(code("SOX"), code("S")));
    CHECK(is_part_of(code("SN"), code("S")));
    CHECK(is_part_of(code("SI21Z"), code("SI21")));  // a memo item below its component
    CHECK(is_part_of(code("SCA"), code("SC")));      // an alternative breakdown of transport
    CHECK_FALSE(is_part_of(code("SI"), code("SI2")));
    CHECK_FALSE(is_part_of(code("SJ"), code("SI")));
    CHECK_FALSE(is_part_of(code("S"), code("SOX")));
    // Commercial services (SOX) is a set of components beside them in the tree.
    CHECK(is_part_of(code("SI"), code("SOX")));
    CHECK(is_part_of(code("SI2"), code("SOX")));
    CHECK(is_part_of(code("SOX1"), code("SOX")));
    CHECK(is_part_of(code("SCA"), code("SOX")));
    CHECK_FALSE(is_part_of(code("SL"), code("SOX")));  // government goods and services
    CHECK_FALSE(is_part_of(code("SOX"), code("SOX1")));
    CHECK_FALSE(is_part_of(code("SC"), code("SPX1")));
    // Tourism-related services (SDZ) is measured on its own, not a set of codes.
    CHECK_FALSE(is_part_of(code("SD"), code("SDZ")));
    CHECK(is_part_of(code("SDZ"), code("SDZ")));
    CHECK(share(monthly(code("SI"), Flow::exports), monthly(code("SOX"), Flow::exports))[0].share.has_value());
    CHECK_THROWS_AS((void)share(monthly(code("SL"), Flow::exports), monthly(code("SOX"), Flow::exports)),
                    NotComparable);
}

TEST_CASE("a contribution to a growth of the whole that was not reported is missing") {
    TimeSeries part(cny, code("SI"), Flow::exports);
    TimeSeries whole(cny, code("S"), Flow::exports);
    part.insert(Period::year(2020), yuan(10_dec));
    whole.insert(Period::year(2020), yuan(100_dec));
    part.insert(Period::year(2021), yuan(12_dec));
    // The whole's 2021 value was not reported: (12 - 10) / 100 could be computed, but it would
    // be a contribution to a growth nobody published.
    const SeriesResult<SeriesContribution> r = yoy_contribution(part, whole);
    REQUIRE(r.size() == 2);
    CHECK(r[1].period == Period::year(2021));
    CHECK(r[1].contribution.reason() == Reason::missing);
    whole.insert(Period::year(2021), yuan(105_dec));
    CHECK(yoy_contribution(part, whole)[1].contribution.value() == PercentagePoints::from_points(2_dec));
    CHECK(period_contribution(part, whole)[1].contribution.value() == PercentagePoints::from_points(2_dec));
}

TEST_CASE("the year-on-year change of a share is in percentage points and needs both years") {
    const SeriesResult<SeriesShareChange> r = yoy_share_change(si(), total());
    REQUIRE(r.size() == 8);
    for (std::size_t i = 0; i < 3; ++i) CHECK(r[i].change.reason() == Reason::missing);  // no 2019
    CHECK(r[3].period == Period::month(2021, 1));
    CHECK(r[3].base_period == Period::month(2020, 1));
    // 25 / 110 - 20 / 100 = 2.7272... pp
    CHECK(points2(r[3].change) == 2.73_dec);
    CHECK(r[3].change.value() == share(yuan(25_dec), yuan(110_dec)).value() - Share::from_percent(20_dec));
    CHECK(r[4].change.value() == PercentagePoints::from_points(5_dec));  // 30 % - 25 %
    CHECK(r[5].change.reason() == Reason::missing);                      // no March 2020 part
    CHECK(r[6].change.reason() == Reason::missing);                      // no April 2021 part
    CHECK(r[7].change.reason() == Reason::missing);                      // no May 2021 whole
}

TEST_CASE("a share change or contribution whose base would fall before 1400 is an invalid period") {
    // The same month of 1399 is no period (Boost.Date_Time's range starts in 1400): not missing
    // data but a base that cannot be named.
    TimeSeries part(cny, code("SI"), Flow::exports);
    TimeSeries whole(cny, code("S"), Flow::exports);
    part.insert(Period::month(1401, 1), yuan(20_dec));
    whole.insert(Period::month(1401, 1), yuan(100_dec));
    CHECK(yoy_share_change(part, whole)[0].base_period == Period::month(1400, 1));
    CHECK(yoy_contribution(part, whole)[0].contribution.reason() == Reason::missing);
    part.insert(Period::month(1400, 12), yuan(10_dec));
    whole.insert(Period::month(1400, 12), yuan(50_dec));
    CHECK_THROWS_WITH_AS((void)yoy_share_change(part, whole),
                         doctest::Contains("year 1399 is outside the supported range"), InvalidPeriod);
    CHECK_THROWS_WITH_AS((void)yoy_contribution(part, whole),
                         doctest::Contains("year 1399 is outside the supported range"), InvalidPeriod);
    // A base missing from one series only is still refused: every period of either series has a base.
    TimeSeries later_whole(cny, code("S"), Flow::exports);
    later_whole.insert(Period::month(1401, 1), yuan(100_dec));
    CHECK_THROWS_AS((void)yoy_contribution(part, later_whole), InvalidPeriod);
}

TEST_CASE("a share change keeps the reason of a share without an answer") {
    TimeSeries part(cny, code("SI"), Flow::balance);
    TimeSeries whole(cny, code("S"), Flow::balance);
    const Decimal wholes[] = {5_dec, 0_dec, 4_dec, -2_dec};
    for (int y = 0; y < 4; ++y) {
        part.insert(Period::year(2019 + y), yuan(1_dec));
        whole.insert(Period::year(2019 + y), yuan(wholes[y]));
    }
    const SeriesResult<SeriesShareChange> r = yoy_share_change(part, whole);
    REQUIRE(r.size() == 4);
    CHECK(r[0].change.reason() == Reason::missing);        // no 2018
    CHECK(r[1].change.reason() == Reason::zero_base);      // this year's whole is zero
    CHECK(r[2].change.reason() == Reason::zero_base);      // last year's whole was zero
    CHECK(r[3].change.reason() == Reason::negative_base);  // this year's whole is negative
}

TEST_CASE("a share change of series that do not fit is refused like a share") {
    CHECK_THROWS_AS((void)yoy_share_change(monthly(code("SI"), {}, usd), monthly(code("S"), {})), CurrencyMismatch);
    CHECK_THROWS_AS((void)yoy_share_change(monthly(code("S"), {}), monthly(code("SI"), {})), NotComparable);
    CHECK_THROWS_WITH((void)yoy_share_change(monthly(code("S"), {}), monthly(code("SI"), {})),
                      doctest::Contains("the share change of a series in CNY of S in a series in CNY of SI"));
    CHECK_THROWS_AS((void)yoy_share_change(monthly({}, Flow::exports), monthly({}, Flow::imports)), NotComparable);
    TimeSeries quarters(cny);
    quarters.insert(Period::quarter(2021, 1), yuan(1_dec));
    CHECK_THROWS_AS((void)yoy_share_change(quarters, monthly({}, {})), NotComparable);
}
