// SPDX-License-Identifier: BSL-1.0
// Acceptance: ONS's subnational services exports of ../shared/realdata (a tidy CSV of linked-data
// shape: `year/2017` periods, NUTS area URIs, a `Marker` column whose `suppressed` goes with an
// empty value, £ million stated only in the publisher's notes), read row by row with the
// caller's layout, checked against a plain split of each line, written and read back. See
// tests/realdata_main.cpp for when it is skipped.
#include <doctest/doctest.h>

#include <cstddef>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <svctrade/io.hpp>

using namespace svctrade;

namespace {

const std::string ons_file = SVCTRADE_REALDATA_DIR "/ons_subnational_services_exports.csv";
const ObservationStatus suppressed = ObservationStatus::missing(Missing::suppressed);

TidyLayout ons_layout() {
    TidyLayout l;
    l.columns.reporter = "Service Origin Geography";
    l.columns.partner = "Service Destination";
    l.columns.flow = "Flow Directions";
    l.columns.period = "Period";
    l.columns.value = "Value";
    l.columns.status = "Marker";
    l.period_form = PeriodTextForm::uk_reference;
    l.status_markers = {{"suppressed", suppressed}};
    l.currency = Currency::of("GBP");
    l.magnitude = 6;
    return l;
}

std::vector<TidyObservation> read_all(TidyReader& reader) {
    std::vector<TidyObservation> rows;
    while (const TidyObservation* o = reader.next()) rows.push_back(*o);
    return rows;
}

// The file has no quoted field: each line splits on its commas.
std::vector<std::vector<std::string>> split_lines(const std::string& text) {
    std::vector<std::vector<std::string>> lines;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> fields(1);
        for (const char ch : line) {
            if (ch == ',') {
                fields.emplace_back();
            } else {
                fields.back() += ch;
            }
        }
        lines.push_back(fields);
    }
    return lines;
}

}  // namespace

TEST_CASE("ONS subnational exports: every row read, suppressed cells missing for that reason, values as written") {
    std::ifstream in(ons_file, std::ios::binary);
    REQUIRE(in);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto lines = split_lines(text);
    REQUIRE(lines.size() > 1);
    TidyReader reader(text, ons_file, ons_layout());
    const std::vector<TidyObservation> rows = read_all(reader);
    REQUIRE(rows.size() == lines.size() - 1);
    std::size_t missing = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::vector<std::string>& f = lines[i + 1];
        REQUIRE(f.size() == 7);
        const TidyObservation& o = rows[i];
        CAPTURE(o.line);
        CHECK(o.period == Period::year(2017));
        CHECK(o.flow == Flow::exports);
        CHECK(o.reporter == f[2]);
        CHECK(o.partner == f[3]);
        CHECK(o.currency == Currency::of("GBP"));
        CHECK(o.magnitude == 6);
        if (f[5].empty()) {
            ++missing;
            CHECK_FALSE(o.value.has_value());
            CHECK(f[6] == "suppressed");
            CHECK(o.status == suppressed);
        } else {
            REQUIRE(o.value.has_value());
            CHECK(o.value->to_string() == f[5]);
            CHECK(o.status == ObservationStatus());
        }
    }
    CHECK(missing == 107);  // PROVENANCE.md: 107 rows marked suppressed, with an empty value
}

TEST_CASE("ONS subnational exports: the rows written in the same layout read back the same") {
    std::ifstream in(ons_file, std::ios::binary);
    REQUIRE(in);
    TidyReader reader(in, ons_file, ons_layout());
    const std::vector<TidyObservation> rows = read_all(reader);
    std::ostringstream out;
    TidyWriter writer(out, ons_layout());
    for (const TidyObservation& o : rows) writer.write(o);
    writer.finish();
    const std::string written = out.str();
    TidyReader again(written, "written.csv", ons_layout());
    const std::vector<TidyObservation> back = read_all(again);
    REQUIRE(back.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CAPTURE(rows[i].line);
        CHECK(back[i].reporter == rows[i].reporter);
        CHECK(back[i].partner == rows[i].partner);
        CHECK(back[i].period == rows[i].period);
        CHECK(back[i].value == rows[i].value);
        CHECK(back[i].status == rows[i].status);
    }
}

TEST_CASE("ONS subnational exports: without the industry column, two rows of one area are a duplicate, named") {
    // The industry groups are not EBOPS 2010 items, so a series reader keyed by item cannot hold
    // them apart: it refuses the second row of an area rather than keep either figure.
    std::ifstream in(ons_file, std::ios::binary);
    REQUIRE(in);
    CHECK_THROWS_WITH_AS((void)read_tidy_series(in, ons_file, ons_layout()),
                         doctest::Contains("ons_subnational_services_exports.csv:"), CsvError);
}
