// SPDX-License-Identifier: BSL-1.0
// Panels and series through the Arrow C stream interface, read back by the tests' own consumer
// (arrow_import.hpp), and the release rules: every object released in any order, nothing leaked
// (the asan preset runs these under LeakSanitizer).
#include <doctest/doctest.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "arrow_import.hpp"

#include <svctrade/categories/category.hpp>
#include <svctrade/categories/flow.hpp>
#include <svctrade/io/arrow_export.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/money/money.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/panels/exact_panel.hpp>
#include <svctrade/panels/panel.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/series/time_series.hpp>
#include <svctrade/status/observation_status.hpp>

using namespace svctrade;
using arrow_import::Table;

namespace {

const Currency cny = Currency::of("CNY");

// Two reporters, two categories, three months from November 2020; a few cells left missing.
Panel small_panel() {
    Panel p({"Beijing", "Xiamen"}, {"SI", "SJ"}, MonthIndex(2020, 11), 3);
    double x = 1.25;
    for (std::size_t r = 0; r < 2; ++r) {
        for (std::size_t c = 0; c < 2; ++c) {
            for (std::int32_t m = 0; m < 3; ++m) {
                if ((r + c + static_cast<std::size_t>(m)) % 4 != 3)
                    p.set(r, c, Flow::exports, MonthIndex(2020, 11) + m, x);
                if (m != 1) p.set(r, c, Flow::imports, MonthIndex(2020, 11) + m, -x / 3);
                x *= 1.5;
            }
        }
    }
    return p;
}

ExactPanel small_exact_panel() {
    ExactPanel p({"Beijing", "Xiamen"}, {Category::from_code("SI"), Category::from_code("SJ")}, MonthIndex(2021, 12), 2,
                 2);
    p.set(0, 0, Flow::exports, MonthIndex(2021, 12), Decimal::parse("34.32"));
    p.set(0, 1, Flow::imports, MonthIndex(2022, 1), Decimal::parse("-0.05"));
    p.set_units(1, 1, Flow::exports, MonthIndex(2022, 1), ExactPanel::max_units);
    p.set_units(1, 0, Flow::imports, MonthIndex(2021, 12), -ExactPanel::max_units);
    return p;
}

// The day number (days since 1970-01-01) of a date, counted independently of the export.
std::string day(int y, unsigned m, unsigned d) {
    const Period p = Period::day(y, m, d);
    return std::to_string((p.first() - boost::gregorian::date(1970, 1, 1)).days());
}

std::optional<std::string> text(const char* s) {
    return std::string(s);
}

}  // namespace

TEST_CASE("a panel exported to Arrow reads back cell by cell: keys, SDMX periods, dates, values, nulls, statuses") {
    const Panel panel = small_panel();
    ArrowExportOptions options;
    options.batch_rows = 5;
    options.currency = cny;
    options.unit_mult = 8;
    ArrowArrayStream stream{};
    export_arrow(panel, &stream, options);
    const Table t = arrow_import::read_all(&stream);

    CHECK(t.rows == 24);
    CHECK(t.batches == 5);  // 5 + 5 + 5 + 5 + 4
    REQUIRE(t.columns.size() == 8);
    CHECK(t["reporter"].format == "dict<u>");
    CHECK(t["category"].format == "dict<u>");
    CHECK(t["flow"].format == "dict<u>");
    CHECK(t["period"].format == "u");
    CHECK(t["period_start"].format == "tdD");
    CHECK(t["period_end"].format == "tdD");
    CHECK(t["value"].format == "g");
    CHECK(t["value"].nullable);
    CHECK_FALSE(t["reporter"].nullable);
    CHECK(t["status"].format == "dict<u>");
    CHECK(t["status"].nullable);
    CHECK(t["value"].metadata.at("svctrade.currency") == "CNY");
    CHECK(t["value"].metadata.at("svctrade.unit_mult") == "8");
    CHECK(t.metadata.empty());

    // rows: reporter, category, flow, month — months fastest
    std::size_t row = 0;
    std::size_t nulls = 0;
    for (std::size_t r = 0; r < 2; ++r) {
        for (std::size_t c = 0; c < 2; ++c) {
            for (Flow f : {Flow::exports, Flow::imports}) {
                for (std::int32_t m = 0; m < 3; ++m, ++row) {
                    const MonthIndex month = MonthIndex(2020, 11) + m;
                    CAPTURE(row);
                    CHECK(t["reporter"].values[row] == panel.reporter(r));
                    CHECK(t["category"].values[row] == panel.category(c));
                    CHECK(t["flow"].values[row] == std::string(to_string(f)));
                    const std::optional<double> v = panel.value(r, c, f, month);
                    if (v) {
                        REQUIRE(t["value"].values[row].has_value());
                        CHECK(std::stod(*t["value"].values[row]) == *v);   // %.17g round-trips a double
                        CHECK_FALSE(t["status"].values[row].has_value());  // a plain value: no status
                    } else {
                        CHECK_FALSE(t["value"].values[row].has_value());
                        CHECK_FALSE(t["status"].values[row].has_value());  // not provided, no flag
                        ++nulls;
                    }
                }
            }
        }
    }
    CHECK(nulls == 24 - panel.valid_count(Flow::exports) - panel.valid_count(Flow::imports));
    CHECK(nulls > 0);
    CHECK(t["period"].values[0] == text("2020-M11"));
    CHECK(t["period"].values[1] == text("2020-M12"));
    CHECK(t["period"].values[2] == text("2021-M01"));
    CHECK(t["period_start"].values[1] == day(2020, 12, 1));
    CHECK(t["period_end"].values[1] == day(2020, 12, 31));
    CHECK(t["period_start"].values[0] == "18567");  // 2020-11-01, by hand: 50 years, 12 leap days, 305 days
}

TEST_CASE("a panel's statuses are a dictionary column of SDMX codes, null where the value says it all") {
    ExactPanel panel = small_exact_panel();
    const MonthIndex dec(2021, 12);
    const MonthIndex jan(2022, 1);
    panel.set_units(0, 0, Flow::imports, dec, 7, ObservationStatus().with(StatusFlag::estimated));
    panel.set_units(0, 0, Flow::imports, jan, 8, ObservationStatus().with(StatusFlag::estimated));
    panel.erase(0, 1, Flow::exports, dec, ObservationStatus::missing(Missing::cannot_exist));
    panel.erase(0, 1, Flow::exports, jan, ObservationStatus::missing(Missing::not_available));
    panel.erase(1, 0, Flow::exports, dec, ObservationStatus::missing(Missing::not_provided));  // listed, no reason
    panel.erase(1, 0, Flow::exports, jan,
                ObservationStatus::missing(Missing::not_provided).with(StatusFlag::provisional));
    panel.set_units(1, 1, Flow::imports, jan, 9,
                    ObservationStatus().with(StatusFlag::provisional).with(Confidentiality::confidential));
    ArrowArrayStream stream{};
    ArrowExportOptions options;
    options.batch_rows = 3;
    export_arrow(panel, &stream, options);
    const Table t = arrow_import::read_all(&stream);
    REQUIRE(t.rows == 16);
    // rows: r, c, flow, month (months fastest)
    const auto at = [](std::size_t r, std::size_t c, std::size_t f, std::size_t m) {
        return ((r * 2 + c) * 2 + f) * 2 + m;
    };
    CHECK(t["status"].values[at(0, 0, 0, 0)] == std::nullopt);  // 34.32, plain
    CHECK(t["status"].values[at(0, 0, 1, 0)] == text("E"));
    CHECK(t["status"].values[at(0, 0, 1, 1)] == text("E"));
    CHECK(t["status"].values[at(0, 1, 0, 0)] == text("M"));
    CHECK(t["value"].values[at(0, 1, 0, 0)] == std::nullopt);
    CHECK(t["status"].values[at(0, 1, 0, 1)] == text("O"));
    CHECK(t["status"].values[at(1, 0, 0, 0)] == std::nullopt);
    CHECK(t["status"].values[at(1, 0, 0, 1)] == text("P"));
    CHECK(t["value"].values[at(1, 0, 0, 1)] == std::nullopt);
    CHECK(t["status"].values[at(1, 1, 1, 1)] == text("P;C"));
    CHECK(t["status"].values[at(1, 1, 1, 0)] == std::nullopt);

    // Every other row is null.
    std::size_t nulls = 0;
    for (const auto& v : t["status"].values) nulls += v ? 0U : 1U;
    CHECK(nulls == 16 - 6);

    // A status SDMX has no code for is refused before the stream exists.
    ExactPanel secret = small_exact_panel();
    secret.set_units(0, 0, Flow::exports, dec, 1, ObservationStatus().with(Confidentiality::non_statistical_secrecy));
    ArrowArrayStream refused{};
    CHECK_THROWS_AS(export_arrow(secret, &refused), InvalidArgument);
    CHECK((refused.release == nullptr));
    TimeSeries series(cny);
    series.insert(Period::year(2021), Money(Decimal::parse("1"), cny),
                  ObservationStatus().with(Confidentiality::non_statistical_secrecy));
    CHECK_THROWS_AS(export_arrow(series, &refused, ArrowValueType::float64), InvalidArgument);
    CHECK((refused.release == nullptr));
}

TEST_CASE("an exact panel exports decimal128 values that read back digit for digit, the largest units included") {
    const ExactPanel panel = small_exact_panel();
    ArrowArrayStream stream{};
    export_arrow(panel, &stream);
    const Table t = arrow_import::read_all(&stream);
    CHECK(t.rows == 16);
    CHECK(t.batches == 1);
    CHECK(t["value"].format == "d:18,2");
    CHECK(t["value"].metadata.count("svctrade.currency") == 0);
    CHECK(t["value"].metadata.at("svctrade.unit_mult") == "0");
    std::size_t row = 0;
    for (std::size_t r = 0; r < 2; ++r) {
        for (std::size_t c = 0; c < 2; ++c) {
            for (Flow f : {Flow::exports, Flow::imports}) {
                for (std::int32_t m = 0; m < 2; ++m, ++row) {
                    const std::optional<Decimal> v = panel.value(r, c, f, MonthIndex(2021, 12) + m);
                    CAPTURE(row);
                    CHECK(t["value"].values[row] == (v ? std::optional<std::string>(v->to_string()) : std::nullopt));
                }
            }
        }
    }
    CHECK(t["value"].values[0] == text("34.32"));
    CHECK(t["value"].values[7] == text("-0.05"));
    CHECK(t["value"].values[10] == text("-1000000000000000.00"));
    CHECK(t["value"].values[13] == text("1000000000000000.00"));
    CHECK(t["period"].values[1] == text("2022-M01"));
}

namespace {

TimeSeries flagged_series() {
    TimeSeries s(cny, Category::from_code("SI2"), Flow::exports);
    s.insert(Period::quarter(2021, 1), Money(Decimal::parse("12.5"), cny),
             ObservationStatus{}.with(StatusFlag::estimated));
    s.insert(Period::quarter(2021, 2), Money(Decimal::parse("-3.125"), cny));
    s.insert_missing(Period::quarter(2021, 3), ObservationStatus::missing(Missing::cannot_exist));
    s.insert(Period::quarter(2021, 4), Money(Decimal::parse("7"), cny),
             ObservationStatus{}.with(StatusFlag::provisional).with(Confidentiality::confidential));
    s.insert_missing(Period::quarter(2022, 1), ObservationStatus::missing(Missing::not_available));
    return s;
}

}  // namespace

TEST_CASE("a series exports its observations and its missing periods in order, statuses in SDMX codes") {
    const TimeSeries s = flagged_series();
    for (ArrowValueType type : {ArrowValueType::float64, ArrowValueType::decimal128}) {
        CAPTURE(static_cast<int>(type));
        ArrowArrayStream stream{};
        ArrowExportOptions options;
        options.batch_rows = 2;
        options.unit_mult = 6;
        export_arrow(s, &stream, type, options);
        const Table t = arrow_import::read_all(&stream);
        CHECK(t.rows == 5);
        CHECK(t.batches == 3);
        REQUIRE(t.columns.size() == 5);
        CHECK(t.metadata.at("svctrade.category") == "SI2");
        CHECK(t.metadata.at("svctrade.flow") == "exports");
        CHECK(t["value"].metadata.at("svctrade.currency") == "CNY");
        CHECK(t["value"].metadata.at("svctrade.unit_mult") == "6");
        CHECK(t["period"].values == std::vector<std::optional<std::string>>{text("2021-Q1"), text("2021-Q2"),
                                                                            text("2021-Q3"), text("2021-Q4"),
                                                                            text("2022-Q1")});
        CHECK(t["period_start"].values[1] == day(2021, 4, 1));
        CHECK(t["period_end"].values[1] == day(2021, 6, 30));
        CHECK(t["status"].values ==
              std::vector<std::optional<std::string>>{text("E"), std::nullopt, text("M"), text("P;C"), text("O")});
        const std::vector<std::optional<std::string>>& v = t["value"].values;
        CHECK_FALSE(v[2].has_value());
        CHECK_FALSE(v[4].has_value());
        if (type == ArrowValueType::decimal128) {
            CHECK(t["value"].format == "d:38,3");  // the largest scale among the values
            CHECK(v[0] == text("12.500"));
            CHECK(v[1] == text("-3.125"));
            CHECK(v[3] == text("7.000"));
        } else {
            CHECK(t["value"].format == "g");
            CHECK(std::stod(*v[0]) == 12.5);
            CHECK(std::stod(*v[1]) == -3.125);
            CHECK(std::stod(*v[3]) == 7.0);
        }
    }
}

TEST_CASE("an empty series is a schema and no batch") {
    ArrowArrayStream stream{};
    export_arrow(TimeSeries(cny), &stream, ArrowValueType::decimal128);
    const Table t = arrow_import::read_all(&stream);
    CHECK(t.rows == 0);
    CHECK(t.batches == 0);
    CHECK(t["value"].format == "d:38,0");
    CHECK(t.metadata.empty());
}

TEST_CASE("releasing before consuming frees everything: the stream untouched, or mid-way with a batch still held") {
    {
        ArrowArrayStream stream{};
        export_arrow(small_panel(), &stream);
        stream.release(&stream);
        CHECK((stream.release == nullptr));
    }
    {
        ArrowArrayStream stream{};
        export_arrow(small_panel(), &stream, ArrowExportOptions{4, cny, 0});
        ArrowSchema schema{};
        REQUIRE(stream.get_schema(&stream, &schema) == 0);
        ArrowArray batch{};
        REQUIRE(stream.get_next(&stream, &batch) == 0);
        REQUIRE((batch.release != nullptr));
        CHECK(stream.get_last_error(&stream) == nullptr);
        // the stream goes first; the batch and schema it handed out stay valid on their own
        stream.release(&stream);
        CHECK(batch.length == 4);
        CHECK(arrow_import::utf8_at(*batch.children[0]->dictionary, 1) == "Xiamen");
        CHECK(std::string(schema.children[6]->name) == "value");
        batch.release(&batch);
        schema.release(&schema);
        CHECK((batch.release == nullptr));
        CHECK((schema.release == nullptr));
    }
}

TEST_CASE("a child moved out of a batch outlives its parent, as the C data interface allows") {
    ArrowArrayStream stream{};
    export_arrow(small_exact_panel(), &stream);
    ArrowSchema schema{};
    REQUIRE(stream.get_schema(&stream, &schema) == 0);
    ArrowArray batch{};
    REQUIRE(stream.get_next(&stream, &batch) == 0);
    stream.release(&stream);

    ArrowArray value = *batch.children[6];  // move the value column out
    batch.children[6]->release = nullptr;
    ArrowSchema value_field = *schema.children[6];
    schema.children[6]->release = nullptr;
    batch.release(&batch);
    schema.release(&schema);

    CHECK(std::string(value_field.format) == "d:18,2");
    CHECK(arrow_import::value_at(value, value_field.format, 0) == text("34.32"));
    CHECK_FALSE(arrow_import::value_at(value, value_field.format, 1).has_value());
    value.release(&value);
    value_field.release(&value_field);
    CHECK((value.release == nullptr));
}

TEST_CASE("export_arrow refuses a null stream, an empty batch and a unit multiplier out of range") {
    ArrowArrayStream stream{};
    CHECK_THROWS_AS(export_arrow(small_panel(), nullptr), InvalidArgument);
    ArrowExportOptions zero;
    zero.batch_rows = 0;
    CHECK_THROWS_WITH_AS(export_arrow(small_panel(), &stream, zero), "export_arrow: batch_rows 0 is not at least 1",
                         InvalidArgument);
    ArrowExportOptions far;
    far.unit_mult = 31;
    CHECK_THROWS_AS(export_arrow(flagged_series(), &stream, ArrowValueType::float64, far), InvalidArgument);
    CHECK_THROWS_AS(export_arrow(flagged_series(), &stream, static_cast<ArrowValueType>(7)), InvalidArgument);
    CHECK((stream.release == nullptr));  // nothing was written on failure
}

TEST_CASE("a series whose values need more than 38 digits at their common scale is refused as decimal128") {
    // 10^30 has 31 digits, and at the scale of 0.000000001 (nine places) it needs 40.
    TimeSeries s(cny);
    s.insert(Period::year(2020), Money(Decimal::parse("1000000000000000000000000000000"), cny));
    s.insert(Period::year(2021), Money(Decimal::parse("0.000000001"), cny));
    ArrowArrayStream stream{};
    CHECK_THROWS_AS(export_arrow(s, &stream, ArrowValueType::decimal128), Overflow);
    CHECK((stream.release == nullptr));
    export_arrow(s, &stream, ArrowValueType::float64);  // the twin: doubles hold both
    REQUIRE((stream.release != nullptr));
    stream.release(&stream);
}
