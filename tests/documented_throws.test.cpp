// SPDX-License-Identifier: BSL-1.0
// The documented `\throws` that tools/check_throws.py found no test for, each exercised here:
// the error is the documented one, thrown for the documented reason.
#include <svctrade/svctrade.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using namespace svctrade;
using namespace svctrade::literals;
using boost::gregorian::date;

namespace {

const Currency cny = Currency::of("CNY");
const Currency usd = Currency::of("USD");
constexpr auto up = RoundingMode::half_up;

// 2^127 − 1, the largest coefficient a Decimal holds.
Decimal largest() {
    return Decimal::parse("170141183460469231731687303715884105727");
}

}  // namespace

TEST_CASE("documented throws: Money's compound assignment, scaling and division") {
    Money m(34.32_dec, cny);
    CHECK_THROWS_AS(m += Money(1_dec, usd), CurrencyMismatch);
    CHECK_THROWS_AS(m -= Money(1_dec, usd), CurrencyMismatch);
    CHECK(m == Money(34.32_dec, cny));  // unchanged by the refused operations
    Money big(largest(), cny);
    CHECK_THROWS_AS(big += Money(1_dec, cny), Overflow);
    Money small(-largest(), cny);
    CHECK_THROWS_AS(small -= Money(2_dec, cny), Overflow);
    CHECK_THROWS_AS((void)m.times(Ratio(1_dec, 3_dec), 31, up), InvalidArgument);
    CHECK_THROWS_AS((void)big.times(Ratio(3_dec, 1_dec), 0, up), Overflow);
    CHECK_THROWS_AS((void)m.divided_by(3_dec, 31, up), InvalidArgument);
    CHECK_THROWS_AS((void)big.divided_by(0.1_dec, 0, up), Overflow);
    CHECK_THROWS_AS((void)m.divided_by(Decimal(), 2, up), DivisionByZero);
}

TEST_CASE("documented throws: Decimal's compound assignment, multiply and round_to_multiple") {
    Decimal x = largest();
    CHECK_THROWS_AS(x += Decimal(1), Overflow);
    Decimal y = -largest();
    CHECK_THROWS_AS(y -= Decimal(2), Overflow);
    CHECK_THROWS_AS((void)multiply(1.5_dec, 2.5_dec, 31, up), InvalidArgument);
    CHECK_THROWS_AS((void)largest().round_to_multiple(0.1_dec, up), Overflow);
}

TEST_CASE("documented throws: written amounts and exchange rates") {
    CHECK_THROWS_AS((void)parse_written_amount("5.31 billion dollars"), ParseError);
    CHECK_THROWS_AS((void)parse_written_amount("34.32 billion"), ParseError);
    const Period h1 = Period::half(2021, 1);
    CHECK_THROWS_AS((void)ExchangeRate::end_of_period(usd, usd, 1_dec, h1), InvalidArgument);
    CHECK_THROWS_AS((void)ExchangeRate::end_of_period(usd, cny, Decimal(), h1), InvalidArgument);
    RateTable table;
    table.add(ExchangeRate::period_average(usd, cny, 6.4718_dec, h1));
    CHECK_THROWS_AS((void)table.end_of_period(usd, cny, h1), NotFound);
    const ExchangeRate usd_cny = ExchangeRate::period_average(usd, cny, 6.4718_dec, h1);
    const ExchangeRate usd_jpy = ExchangeRate::period_average(usd, Currency::of("JPY"), 107.8_dec, h1);
    CHECK_THROWS_AS((void)cross_rate(usd_cny, usd_jpy, 31, up), InvalidArgument);
    CHECK(cross_rate(usd_cny, usd_jpy, 4, up).quote() == Currency::of("JPY"));  // the twin: places in range
}

TEST_CASE("documented throws: period text and roll-up targets") {
    CHECK_THROWS_AS((void)to_text(Period::year_to_date(2021, 6), PeriodTextForm::sdmx), InvalidArgument);
    CHECK(to_text(Period::year_to_date(2021, 6), PeriodTextForm::english) == to_english(Period::year_to_date(2021, 6)));
    CHECK_THROWS_AS((void)to_period_kind(static_cast<RollUpTarget>(99)), InvalidArgument);
    CHECK(to_period_kind(RollUpTarget::quarter) == PeriodKind::quarter);
}

TEST_CASE("documented throws: panel keys and result cells out of range") {
    Panel panel({"CityA", "CityB"}, {"SC", "SD"}, MonthIndex(2020, 1), 24);
    panel.set(0, 0, Flow::exports, MonthIndex(2020, 1), 10.0);
    CHECK_THROWS_AS((void)panel.reporter_index("CityC"), NotFound);
    CHECK(panel.reporter_index("CityB") == 1);
    const PanelResult growth = yoy_growth(panel, Flow::exports);
    CHECK_THROWS_AS((void)growth.position(2, 0, 0), NotFound);
    CHECK_THROWS_AS((void)growth.position(0, 0, growth.period_count()), NotFound);
    CHECK_THROWS_AS((void)growth.reason(0, 2, 0), NotFound);
    const PanelResult quarters = roll_up(panel, Flow::exports, RollUpTarget::quarter, PartialSums::allow);
    CHECK_THROWS_AS((void)quarters.months_held(0, 0, quarters.period_count()), NotFound);
    CHECK(quarters.months_held(0, 0, 0) == 1);
}

TEST_CASE("documented throws: an empty interval and a pilot task that is not there") {
    CHECK_THROWS_AS((void)Interval(Ratio(2_dec), Bound::closed, Ratio(1_dec), Bound::closed), InvalidArgument);
    CHECK_THROWS_AS((void)Interval(Ratio(1_dec), Bound::open, Ratio(1_dec), Bound::closed), InvalidArgument);
    CHECK(Interval(Ratio(1_dec), Bound::closed, Ratio(1_dec), Bound::closed).is_point());
    PilotProgramme programme("Pilot programme", "Xiamen", date(2020, 8, 2),
                             Period::range(date(2020, 8, 1), date(2023, 7, 31)));
    programme.add_task(PilotTask("T1"));
    CHECK_THROWS_AS((void)programme.task("T2"), UnknownCode);
    CHECK(programme.task("T1").id() == "T1");
    CHECK_THROWS_AS((void)programme.achievements_as_of(date()), InvalidPeriod);
    CHECK_THROWS_AS((void)statuses_as_of(programme, date()), InvalidPeriod);
    CHECK_THROWS_AS((void)programme.task("T1").overdue_as_of(date()), InvalidPeriod);
}

TEST_CASE("documented throws: a CSV reader refuses text that is not UTF-8 at its line and column") {
    CsvReader csv(std::string_view("a,b\nc,\xff\n"), "bad.csv");
    REQUIRE(csv.next() != nullptr);
    try {
        (void)csv.next();
        FAIL("no CsvError");
    } catch (const CsvError& e) {
        CHECK(e.line() == 2);
        CHECK(std::string(e.what()).find("bad.csv") != std::string::npos);
    }
}
