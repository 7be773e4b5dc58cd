// SPDX-License-Identifier: BSL-1.0
// Status markers and the UK reference periods on a made-up file shaped like ONS's subnational
// services exports: `year/2017` periods, a `Marker` column whose `suppressed` goes with an empty
// value, a unit stated by the caller (the file has none), columns the layout does not read.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include <svctrade/io.hpp>

using namespace svctrade;

namespace {

const ObservationStatus suppressed = ObservationStatus::missing(Missing::suppressed);

const std::string ons_like =
    "Period,Export Services,Origin,Destination,Flow Directions,Value,Marker\n"
    "year/2017,retail,http://example.org/area/A,all,exports,7.0,\n"
    "year/2017,retail,http://example.org/area/B,all,exports,,suppressed\n"
    "year/2018,retail,http://example.org/area/B,all,exports,0.0,\n"
    "government-year/2017-2018,retail,http://example.org/area/C,eu,exports,12.5,\n";

TidyLayout ons_layout() {
    TidyLayout l;
    l.columns.reporter = "Origin";
    l.columns.partner = "Destination";
    l.columns.flow = "Flow Directions";
    l.columns.period = "Period";
    l.columns.value = "Value";
    l.columns.status = "Marker";
    l.period_form = PeriodTextForm::uk_reference;
    l.status_markers = {{"suppressed", suppressed}};
    l.currency = Currency::of("GBP");
    l.magnitude = 6;  // £ million: said in the publisher's notes, not in the file
    return l;
}

std::string message_of(const std::string& text, const TidyLayout& l) {
    try {
        TidyReader reader(text, "ons.csv", l);
        while (reader.next() != nullptr) {
        }
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("status markers: a suppressed cell is missing for that reason, never zero, and a real zero stays a value") {
    TidyReader reader(ons_like, "ons.csv", ons_layout());
    std::vector<TidyObservation> rows;
    while (const TidyObservation* o = reader.next()) rows.push_back(*o);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].value == Decimal::parse("7.0"));
    CHECK(rows[0].status == ObservationStatus());
    CHECK_FALSE(rows[1].value.has_value());
    CHECK(rows[1].status == suppressed);
    CHECK(rows[2].value == Decimal::parse("0.0"));
    CHECK(rows[2].period == Period::year(2018));
    CHECK(rows[3].period == Period::year(2017, YearStart::april()));
    CHECK(rows[3].currency == Currency::of("GBP"));
    CHECK(rows[3].magnitude == 6);
}

TEST_CASE("status markers: series read, written and read again keep the words and the periods") {
    const TidySeriesSet set = read_tidy_series(ons_like, "ons.csv", ons_layout());
    REQUIRE(set.series.size() == 3);
    const TidySeries& b = set.series.at(TidySeriesKey{"http://example.org/area/B", "all", std::nullopt, Flow::exports});
    CHECK(b.series.status(Period::year(2017)) == suppressed);
    CHECK_FALSE(b.series.contains(Period::year(2017)));
    CHECK(b.series.contains(Period::year(2018)));
    std::ostringstream out;
    write_tidy_series(out, set.series, ons_layout());
    CHECK(out.str().find(",suppressed") != std::string::npos);
    CHECK(out.str().find("government-year/2017-2018") != std::string::npos);
    const TidySeriesSet back = read_tidy_series(out.str(), "written.csv", ons_layout());
    CHECK(back.series == set.series);
    std::ostringstream again;
    write_tidy_series(again, back.series, ons_layout());
    CHECK(again.str() == out.str());
}

TEST_CASE("status markers: a word the layout does not know is read as a code, and refused as one") {
    TidyLayout l = ons_layout();
    const std::string text =
        "Period,Origin,Destination,Flow Directions,Value,Marker\n"
        "year/2017,A,all,exports,,withheld\n";
    CHECK_THROWS_WITH_AS(
        [&] {
            TidyReader reader(text, "ons.csv", l);
            (void)reader.next();
        }(),
        doctest::Contains("ons.csv:2:"), CsvError);
    // Its twin: the same row with the layout's word, and with an SDMX code.
    const std::string known =
        "Period,Origin,Destination,Flow Directions,Value,Marker\n"
        "year/2017,A,all,exports,,suppressed\n"
        "year/2018,A,all,exports,,Q\n";
    TidyReader reader(known, "ons.csv", l);
    CHECK(reader.next()->status == suppressed);
    CHECK(reader.next()->status == suppressed);
}

TEST_CASE("status markers: a value beside a word that says missing is refused, naming the value") {
    const std::string text =
        "Period,Origin,Destination,Flow Directions,Value,Marker\n"
        "year/2017,A,all,exports,5,suppressed\n";
    CHECK(message_of(text, ons_layout()).find("value column holds 5") != std::string::npos);
    CHECK(message_of(text, ons_layout()).find("ons.csv:2:") != std::string::npos);
}

TEST_CASE("status markers: a layout whose markers cannot be read or written back is refused") {
    TidyLayout no_column = ons_layout();
    no_column.columns.status.clear();
    CHECK_THROWS_WITH_AS(check_layout(no_column), doctest::Contains("no status column"), InvalidArgument);
    TidyLayout empty_word = ons_layout();
    empty_word.status_markers.push_back({"", ObservationStatus().with(StatusFlag::estimated)});
    CHECK_THROWS_WITH_AS(check_layout(empty_word), doctest::Contains("is empty"), InvalidArgument);
    TidyLayout same_word = ons_layout();
    same_word.status_markers.push_back({"suppressed", ObservationStatus::missing(Missing::not_available)});
    CHECK_THROWS_WITH_AS(check_layout(same_word), doctest::Contains("\"suppressed\" twice"), InvalidArgument);
    TidyLayout same_status = ons_layout();
    same_status.status_markers.push_back({"withheld", suppressed});
    CHECK_THROWS_WITH_AS(check_layout(same_status), doctest::Contains("\"suppressed\" and \"withheld\""),
                         InvalidArgument);
    CHECK_THROWS_AS(TidyReader(ons_like, "ons.csv", same_status), InvalidArgument);
    // The twin: two words for two statuses.
    TidyLayout two = ons_layout();
    two.status_markers.push_back({"estimate", ObservationStatus().with(StatusFlag::estimated)});
    CHECK_NOTHROW(check_layout(two));
}
