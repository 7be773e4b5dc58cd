// SPDX-License-Identifier: BSL-1.0
// Panel results in tidy CSV (docs/data.md, "Panel results in tidy CSV"): the text of a small
// result written by hand, the round trip of every operation's result on random panels with
// statuses (both paths: read back the same cells, reasons, statuses and months held, written
// again the same bytes), and the errors a bad file or layout gets.
#include <svctrade/categories/category.hpp>
#include <svctrade/error.hpp>
#include <svctrade/io/tidy_reader.hpp>
#include <svctrade/io/tidy_result.hpp>
#include <svctrade/io/tidy_writer.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/panels/exact_ops.hpp>
#include <svctrade/panels/ops.hpp>
#include <svctrade/text/csv_reader.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "panels/panel_cases.hpp"

using namespace svctrade;
using namespace svctrade_test;

namespace {

TidyLayout result_layout() {
    TidyLayout l;
    l.columns.reporter = "reporter";
    l.columns.item = "item";
    l.columns.flow = "flow";
    l.columns.period = "period";
    l.columns.value = "value";
    l.columns.status = "status";
    l.columns.reason = "reason";
    return l;
}

TidyLayout roll_up_layout(PeriodTextForm form = PeriodTextForm::sdmx) {
    TidyLayout l = result_layout();
    l.columns.months_held = "months";
    l.period_form = form;
    return l;
}

template <class R>
std::string written(const R& result, const PanelKeys& keys, std::optional<Flow> flow, const TidyLayout& layout) {
    std::ostringstream out;
    write_tidy_result(out, result, keys, flow, layout);
    return out.str();
}

// Whether a cell's status is the one its reason implies (what an empty status cell reads as).
bool implied_status(Reason reason, const ObservationStatus& s) {
    return s == (reason == Reason::missing ? not_provided : ObservationStatus());
}

// Checks that `back` is `result` cell by cell: value, reason, status, months held.
template <class R>
void check_same(const R& result, const R& back) {
    REQUIRE(back.reporter_count() == result.reporter_count());
    REQUIRE(back.category_count() == result.category_count());
    REQUIRE(back.period_count() == result.period_count());
    CHECK(back.period_kind() == result.period_kind());
    CHECK(back.first_period() == result.first_period());
    bool any_status = false;
    for (std::size_t r = 0; r < result.reporter_count(); ++r)
        for (std::size_t c = 0; c < result.category_count(); ++c)
            for (std::size_t p = 0; p < result.period_count(); ++p) {
                const std::size_t i = result.position(r, c, p);
                REQUIRE(back.reason(r, c, p) == result.reason(r, c, p));
                REQUIRE(back.value(r, c, p) == result.value(r, c, p));
                REQUIRE(back.status(r, c, p) == result.status(r, c, p));
                if constexpr (R::exact) {
                    CHECK(back.units()[i] == result.units()[i]);
                } else {
                    // The same double to the bit, the sign of a zero too.
                    CHECK(std::memcmp(&back.values()[i], &result.values()[i], sizeof(double)) == 0);
                }
                any_status = any_status || !implied_status(result.reason(r, c, p), result.status(r, c, p));
            }
    CHECK(back.has_statuses() == any_status);
    CHECK(std::vector<std::uint8_t>(back.month_counts().begin(), back.month_counts().end()) ==
          std::vector<std::uint8_t>(result.month_counts().begin(), result.month_counts().end()));
    if constexpr (R::exact) CHECK(back.scale() == result.scale());
}

// What a round trip of a case's results met, so that the test fails if the cases stop covering it.
struct Met {
    std::set<Reason> reasons;
    std::set<std::string> statuses;
    std::set<PeriodKind> kinds;
    std::size_t marked = 0;  // cells not provided for a reason other than a missing input
    std::size_t results = 0;
};

template <class R, class Read>
void round_trip(const R& result, const PanelKeys& keys, Flow flow, Read read, Met& met) {
    const bool roll_up = !result.month_counts().empty();
    const TidyLayout layout =
        roll_up ? roll_up_layout(result.period_kind() == PeriodKind::year_to_date ? PeriodTextForm::english
                                                                                  : PeriodTextForm::sdmx)
                : result_layout();
    const std::string text = written(result, keys, flow, layout);
    const TidyResultOf<R> back = read(text, layout);
    check_same(result, back.result);
    REQUIRE(back.flow == flow);
    CHECK(back.keys.reporter_count() == keys.reporter_count());
    for (std::size_t c = 0; c < keys.category_count(); ++c) CHECK(back.keys.category(c) == keys.category(c));
    CHECK(written(back.result, back.keys, back.flow, layout) == text);
    for (const Reason r : result.reasons()) met.reasons.insert(r);
    for (std::size_t i = 0; i < result.statuses().size(); ++i) {
        const ObservationStatus& s = result.statuses()[i];
        met.statuses.insert(s.to_string());
        if (s.missing() == Missing::not_provided && result.reasons()[i] != Reason::missing) ++met.marked;
    }
    met.kinds.insert(result.period_kind());
    ++met.results;
}

}  // namespace

TEST_CASE("a panel result is written one row per cell, with its reason and status") {
    const Category si = *Category::find("SI");
    const Category sj = *Category::find("SJ");
    Panel p({"CN", "HK"}, {si, sj}, MonthIndex(2021, 1), 13);
    p.set(0, 0, Flow::exports, MonthIndex(2021, 1), 100.0, ObservationStatus().with(StatusFlag::estimated));
    p.set(0, 0, Flow::exports, MonthIndex(2022, 1), 110.0);
    p.set(0, 1, Flow::exports, MonthIndex(2021, 1), 0.0);
    p.set(0, 1, Flow::exports, MonthIndex(2022, 1), 5.0);
    p.set(1, 0, Flow::exports, MonthIndex(2021, 1), -4.0);
    p.set(1, 0, Flow::exports, MonthIndex(2022, 1), 2.0);
    p.set(1, 1, Flow::exports, MonthIndex(2021, 1), 8.0);
    p.erase(1, 1, Flow::exports, MonthIndex(2022, 1), ObservationStatus::missing(Missing::cannot_exist));
    const PanelResult g = yoy_growth(p, Flow::exports);
    REQUIRE(g.has_statuses());
    const std::string text = written(g, p, Flow::exports, result_layout());
    std::istringstream lines(text);
    std::string line;
    std::vector<std::string> rows;
    while (std::getline(lines, line)) rows.push_back(line);
    REQUIRE(rows.size() == 1 + 2 * 2 * 13);
    CHECK(rows[0] == "reporter,item,flow,period,value,status,reason");
    // The first year has no base: not provided, derived from an estimate (E).
    CHECK(rows[1] == "CN,SI,exports,2021-M01,,E,missing");
    CHECK(rows[2] == "CN,SI,exports,2021-M02,,,missing");
    // (110 - 100) / 100, derived from last year's estimate (written E, read back as derived).
    CHECK(rows[13] == "CN,SI,exports,2022-M01,0.1,E,");
    CHECK(rows[26] == "CN,SJ,exports,2022-M01,,,zero_base");
    CHECK(rows[39] == "HK,SI,exports,2022-M01,,,negative_base");
    CHECK(rows[52] == "HK,SJ,exports,2022-M01,,M,missing");  // missing because it cannot exist
    const TidyResult back = read_tidy_result(text, "growth.csv", result_layout());
    check_same(g, back.result);
    CHECK(back.keys.is_classified());
    CHECK(back.keys.category_of(1) == sj);
    CHECK(back.result.status(0, 0, 12).has(StatusFlag::derived_from_estimate));
    CHECK_FALSE(back.result.status(0, 0, 12).has(StatusFlag::estimated));
}

TEST_CASE("every operation's result on random panels reads back the same and writes the same bytes") {
    Met fast_met;
    Met exact_met;
    for (int seed = 0; seed < 30; ++seed) {
        CAPTURE(seed);
        const Case k = make_case(seed, seed % 5 != 4);  // a few panels without statuses
        for (const Flow f : {Flow::exports, Flow::imports, Flow::total, Flow::balance})
            for (const Op& op : every_op()) {
                CAPTURE(op.name);
                CAPTURE(to_string(f));
                PanelResult fast;
                ExactPanelResult exact;
                op.fast(*k.fast, f, fast);
                op.exact(*k.exact, f, exact);
                round_trip(
                    fast, *k.fast, f,
                    [](const std::string& text, const TidyLayout& l) { return read_tidy_result(text, "r.csv", l); },
                    fast_met);
                round_trip(
                    exact, *k.exact, f,
                    [&exact](const std::string& text, const TidyLayout& l) {
                        return read_tidy_exact_result(text, "r.csv", l, exact.scale());
                    },
                    exact_met);
            }
    }
    for (const Met* met : {&fast_met, &exact_met}) {
        // Every reason, several statuses (missing ones among them), every period kind.
        CHECK(met->reasons.size() == 5);
        CHECK(met->statuses.size() >= 6);
        CHECK(met->kinds.size() == 5);
        CHECK(met->marked > 0);
        CHECK(met->results == 30U * 4U * every_op().size());
    }
}

TEST_CASE("a result read from a file of custom codes keeps them, and a cell not listed is missing") {
    TidyLayout l = result_layout();
    l.columns.flow.clear();
    l.columns.status.clear();
    const std::string text =
        "reporter,item,period,value,reason\n"
        "Shanghai,software,2021-M01,0.25,\n"
        "Shanghai,software,2021-M03,,zero_base\n"
        "Beijing,software,2021-M02,-0.5,none\n";
    const TidyResult r = read_tidy_result(text, "r.csv", l);
    CHECK_FALSE(r.keys.is_classified());
    CHECK(r.keys.reporter(1) == "Beijing");
    CHECK(r.keys.category(0) == "software");
    CHECK_FALSE(r.flow.has_value());
    REQUIRE(r.result.period_count() == 3);
    CHECK(r.result.value(0, 0, 0) == 0.25);
    CHECK(r.result.reason(0, 0, 1) == Reason::missing);  // not listed
    CHECK(r.result.status(0, 0, 1) == not_provided);
    CHECK(r.result.reason(0, 0, 2) == Reason::zero_base);
    CHECK(r.result.value(1, 0, 1) == -0.5);
    CHECK_FALSE(r.result.has_statuses());
    // Written back: every cell, in the result's order.
    CHECK(written(r.result, r.keys, std::nullopt, l) ==
          "reporter,item,period,value,reason\n"
          "Shanghai,software,2021-M01,0.25,\n"
          "Shanghai,software,2021-M02,,missing\n"
          "Shanghai,software,2021-M03,,zero_base\n"
          "Beijing,software,2021-M01,,missing\n"
          "Beijing,software,2021-M02,-0.5,\n"
          "Beijing,software,2021-M03,,missing\n");
}

TEST_CASE("values far from 1 are written in scientific notation and read back to the same double") {
    TidyLayout l = result_layout();
    l.columns.flow.clear();
    const std::string text =
        "reporter,item,period,value,status,reason\n"
        "A,X,2021-M01,1.5e-07,,\n"
        "A,X,2021-M02,-2.5E+300,,\n"
        "A,X,2021-M03,0.000001,,\n"
        "A,X,2021-M04,-0,,\n";
    const TidyResult r = read_tidy_result(text, "r.csv", l);
    CHECK(r.result.value(0, 0, 0) == 1.5e-07);
    CHECK(r.result.value(0, 0, 1) == -2.5e300);
    CHECK(r.result.value(0, 0, 2) == 1e-6);
    CHECK(std::signbit(*r.result.value(0, 0, 3)));
    CHECK(written(r.result, r.keys, std::nullopt, l) ==
          "reporter,item,period,value,status,reason\n"
          "A,X,2021-M01,1.5e-07,,\n"
          "A,X,2021-M02,-2.5e+300,,\n"
          "A,X,2021-M03,0.000001,,\n"
          "A,X,2021-M04,-0,,\n");
}

TEST_CASE("an exact result is written in units at its scale") {
    ExactPanel p({"CN"}, {"SI"}, MonthIndex(2021, 1), 13, 2);
    p.set_units(0, 0, Flow::imports, MonthIndex(2021, 1), 3000);
    p.set_units(0, 0, Flow::imports, MonthIndex(2022, 1), 3177);
    const ExactPanelResult g = yoy_growth(p, Flow::imports, 2, RoundingMode::half_up);
    REQUIRE(g.scale() == 2);
    const std::string text = written(g, p, Flow::imports, result_layout());
    CHECK(text.find("\nCN,SI,imports,2022-M01,5.90,,\n") != std::string::npos);  // 5.90 %
    const TidyExactResult back = read_tidy_exact_result(text, "g.csv", result_layout(), 2);
    check_same(g, back.result);
    // At another scale: the extra places must be zeros.
    CHECK(read_tidy_exact_result(text, "g.csv", result_layout(), 3).result.units()[12] == 5900);
    CHECK(read_tidy_exact_result(text, "g.csv", result_layout(), 1).result.units()[12] == 59);
    const std::string more = "reporter,item,flow,period,value,status,reason\nCN,SI,imports,2022-M01,5.95,,\n";
    CHECK_THROWS_WITH_AS((void)read_tidy_exact_result(more, "g.csv", result_layout(), 1),
                         doctest::Contains("more decimal places"), CsvError);
    CHECK_THROWS_AS((void)read_tidy_exact_result(text, "g.csv", result_layout(), 19), InvalidArgument);
}

TEST_CASE("a roll-up needs a months_held column and a period text form for its periods") {
    Panel p({"CN"}, {"SI"}, MonthIndex(2021, 2), 4);
    for (unsigned m = 2; m <= 5; ++m) p.set(0, 0, Flow::exports, MonthIndex(2021, m), 10.0 * m);
    const PanelResult q = roll_up(p, Flow::exports, RollUpTarget::quarter, PartialSums::allow);
    const std::string text = written(q, p, Flow::exports, roll_up_layout());
    CHECK(text ==
          "reporter,item,flow,period,value,status,reason,months\n"
          "CN,SI,exports,2021-Q1,50,,,2\n"
          "CN,SI,exports,2021-Q2,90,,,2\n");
    check_same(q, read_tidy_result(text, "q.csv", roll_up_layout()).result);
    CHECK_THROWS_WITH_AS(written(q, p, Flow::exports, result_layout()), doctest::Contains("needs a months_held column"),
                         InvalidArgument);
    const PanelResult g = yoy_growth(p, Flow::exports);
    CHECK_THROWS_WITH_AS(written(g, p, Flow::exports, roll_up_layout()),
                         doctest::Contains("only a roll-up's cells hold months"), InvalidArgument);
    const PanelResult ytd = roll_up(p, Flow::exports, RollUpTarget::year_to_date);
    std::ostringstream out;
    CHECK_THROWS_WITH_AS(write_tidy_result(out, ytd, p, Flow::exports, roll_up_layout()),
                         doctest::Contains("SDMX has no code for a year-to-date"), InvalidArgument);
    CHECK(out.str().empty());  // nothing written
    const std::string chinese = written(ytd, p, Flow::exports, roll_up_layout(PeriodTextForm::chinese));
    check_same(ytd, read_tidy_result(chinese, "ytd.csv", roll_up_layout(PeriodTextForm::chinese)).result);
}

namespace {

// The message of the CsvError reading `text` throws, checked to name the file and line.
std::string error_of(const std::string& text, const TidyLayout& layout, std::size_t line) {
    try {
        (void)read_tidy_result(text, "bad.csv", layout);
    } catch (const CsvError& e) {
        CHECK(e.line() == line);
        const std::string what = e.what();
        CHECK(what.find("bad.csv") != std::string::npos);
        return what;
    }
    FAIL("no CsvError");
    return {};
}

}  // namespace

TEST_CASE("a bad result file gets a CsvError naming its line, column and text") {
    const TidyLayout l = result_layout();
    const std::string head = "reporter,item,flow,period,value,status,reason\n";
    const std::string good = "CN,SI,exports,2021-M01,0.5,,\n";
    const std::string unknown = error_of(head + good + "CN,SI,exports,2021-M02,,,zero\n", l, 3);
    CHECK(unknown.find("\"reason\": not a reason") != std::string::npos);
    CHECK(unknown.find("zero") != std::string::npos);
    CHECK(error_of(head + "CN,SI,exports,2021-M01,0.5,,zero_base\n", l, 2).find("says the cell has no answer") !=
          std::string::npos);
    CHECK(error_of(head + "CN,SI,exports,2021-M01,,,\n", l, 2).find("gives no reason") != std::string::npos);
    CHECK(error_of(head + "CN,SI,exports,2021-M01,,,none\n", l, 2).find("gives no reason") != std::string::npos);
    CHECK(error_of(head + good + good, l, 3).find("the first is on line 2") != std::string::npos);
    CHECK(error_of(head + good + "CN,SI,exports,2021-Q1,0.5,,\n", l, 3).find("of one kind") != std::string::npos);
    CHECK(error_of(head + good + "CN,SI,imports,2021-M02,0.5,,\n", l, 3).find("of one flow") != std::string::npos);
    CHECK(error_of(head + "CN,SI,exports,2021-M01,0x1p3,,\n", l, 2).find("not a number") != std::string::npos);
    CHECK(error_of(head + "CN,SI,exports,2021-M01,inf,,\n", l, 2).find("not a number") != std::string::npos);
    CHECK(error_of(head + "CN,SI,exports,2021-M01,1e999,,\n", l, 2).find("beyond the range") != std::string::npos);
    CHECK(error_of(head + "CN,SI,exports,2021-M01,0.5,M,\n", l, 2).find("says the value is missing") !=
          std::string::npos);
    CHECK(error_of(head + "CN,SI,exports,2021-M01,0.5,Z,\n", l, 2).find("\"status\"") != std::string::npos);
    CHECK(error_of(head + "CN,SI,exports,2021,0.5,,\n", l, 2).find("months_held") != std::string::npos);
    CHECK(error_of(head + "CN,SI,exports,2021-01-05,0.5,,\n", l, 2).find("months, quarters") != std::string::npos);
    CHECK(error_of(head, l, 1).find("at least one row") != std::string::npos);
    CHECK(error_of("reporter,item,flow,period,value,status\n" + good, l, 1).find("\"reason\"") != std::string::npos);
    const TidyLayout r = roll_up_layout();
    const std::string rhead = "reporter,item,flow,period,value,status,reason,months\n";
    CHECK(error_of(rhead + "CN,SI,exports,2021-Q1,5,,,4\n", r, 2).find("from 0 to 3") != std::string::npos);
    CHECK(error_of(rhead + "CN,SI,exports,2021-Q1,5,,,0\n", r, 2).find("a sum of no months") != std::string::npos);
    CHECK(error_of(rhead + "CN,SI,exports,2021-M01,5,,,1\n", r, 2).find("only a roll-up") != std::string::npos);
    CHECK(error_of(rhead + "CN,SI,exports,2021-Q1,5,,,x\n", r, 2).find("\"months\"") != std::string::npos);
}

TEST_CASE("a result layout or keys that cannot hold the result are refused before a byte is written") {
    Panel p({"CN"}, {"SI", "SJ"}, MonthIndex(2021, 1), 13);
    p.set(0, 0, Flow::exports, MonthIndex(2021, 1), 1.0,
          ObservationStatus().with(Confidentiality::non_statistical_secrecy));
    p.set(0, 0, Flow::exports, MonthIndex(2022, 1), 2.0);
    const PanelResult g = yoy_growth(p, Flow::exports);
    const auto refused = [&](const PanelKeys& keys, std::optional<Flow> flow, const TidyLayout& layout,
                             const char* why) {
        std::ostringstream out;
        CHECK_THROWS_WITH_AS(write_tidy_result(out, g, keys, flow, layout), doctest::Contains(why), InvalidArgument);
        CHECK(out.str().empty());
    };
    TidyLayout eurostat = result_layout();
    eurostat.status_codes = StatusCodes::eurostat;
    // Written in Eurostat's codes: P for non-statistical secrecy.
    const std::string text = written(g, p, Flow::exports, eurostat);
    check_same(g, read_tidy_result(text, "e.csv", eurostat).result);
    refused(p, Flow::exports, result_layout(), "SDMX");  // SDMX has no code for it
    TidyLayout no_status = result_layout();
    no_status.columns.status.clear();
    refused(p, Flow::exports, no_status, "without a status column");
    refused(p, std::nullopt, eurostat, "no flow is given");
    TidyLayout no_flow = eurostat;
    no_flow.columns.flow.clear();
    refused(p, Flow::exports, no_flow, "without a flow column");
    refused(Panel({"CN", "HK"}, {"SI", "SJ"}, MonthIndex(2021, 1), 13), Flow::exports, eurostat, "2 and 2");
    TidyLayout unit = eurostat;
    unit.currency = Currency::of("USD");
    refused(p, Flow::exports, unit, "declares no currency or magnitude");
    TidyLayout no_reason = eurostat;
    no_reason.columns.reason.clear();
    refused(p, Flow::exports, no_reason, "needs a reason column");
    TidyLayout twice = eurostat;
    twice.columns.reason = "status";
    refused(p, Flow::exports, twice, "for two things");
    // The readers and writers of observations refuse the result columns.
    TidyLayout observations;
    observations.columns.period = "period";
    observations.columns.value = "value";
    observations.currency = Currency::of("USD");
    observations.magnitude = 0;
    observations.columns.reason = "reason";
    CHECK_THROWS_WITH_AS((void)read_tidy_result("period,value,reason\n", "o.csv", observations),
                         doctest::Contains("needs reporter and item"), InvalidArgument);
    CHECK_THROWS_WITH_AS(TidyReader("period,value,reason\n", "o.csv", observations),
                         doctest::Contains("columns of panel results"), InvalidArgument);
    std::ostringstream out;
    CHECK_THROWS_WITH_AS(TidyWriter(out, observations), doctest::Contains("columns of panel results"), InvalidArgument);
}

TEST_CASE("a result written with EBOPS names and a semicolon separator reads back the same") {
    const Category si = *Category::find("SI");
    const Category sj = *Category::find("SJ");
    Panel p({"CN; Beijing", "HK"}, {si, sj}, MonthIndex(2021, 1), 14);
    const ObservationStatus confidential =
        ObservationStatus().with(StatusFlag::provisional).with(Confidentiality::confidential);
    for (std::size_t r = 0; r < 2; ++r)
        for (std::size_t c = 0; c < 2; ++c)
            for (std::int32_t t = 0; t < 14; ++t) {
                const double x = static_cast<double>((r + 1) * (c + 2) * static_cast<std::size_t>(t + 1));
                if (t % 5 == 4) continue;  // missing: the shares of that month have no whole
                p.set(r, c, Flow::imports, MonthIndex(2021, 1) + t, x, t % 3 == 0 ? confidential : ObservationStatus());
            }
    const PanelResult s = shares(p, Flow::imports);
    REQUIRE(s.has_statuses());
    TidyLayout l = result_layout();
    l.item_form = ItemForm::name;
    l.dialect.separator = ';';
    const std::string text = written(s, p, Flow::imports, l);
    CHECK(text.find("\"CN; Beijing\";") != std::string::npos);  // a key with the separator is quoted
    CHECK(text.find(";\"P;C\";") != std::string::npos);         // and so is a status
    CHECK(text.find(std::string(si.name())) != std::string::npos);
    const TidyResult back = read_tidy_result(text, "shares.csv", l);
    check_same(s, back.result);
    REQUIRE(back.keys.is_classified());
    CHECK(back.keys.category_of(0) == si);
    CHECK(back.keys.category_of(1) == sj);
    CHECK(back.keys.reporter(0) == "CN; Beijing");
    CHECK(written(back.result, back.keys, back.flow, l) == text);
}
