// SPDX-License-Identifier: BSL-1.0
// Acceptance: the real SDMX-CSV files of ../shared/realdata (the BIS's 1.0 and 2.1 files, the
// SDMX-CSV 2.0 field guide's own examples, a file of NaN / #NA markers), read, and written back
// and read again to the same data. See tests/realdata_main.cpp for when it is skipped.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include <svctrade/io.hpp>

using namespace svctrade;

namespace {

std::string path(const char* name) {
    return std::string(SVCTRADE_REALDATA_DIR) + "/" + name;
}

SdmxDataSet read(const char* name, const SdmxCsvOptions& options = {}) {
    std::ifstream in(path(name), std::ios::binary);
    REQUIRE(in);
    return read_sdmx_csv(in, path(name), options);
}

// Written as SDMX-CSV 2.x with labels (where the file had them) and read again: the same data.
void round_trips(const SdmxDataSet& d, const SdmxCsvOptions& options = {}) {
    std::ostringstream out;
    write_sdmx_csv(out, d, SdmxCsvWriteOptions{',', SdmxLabels::both});
    CHECK(read_sdmx_csv(out.str(), "written.csv", options) == d);
}

std::size_t count_observations(const SdmxDataSet& d) {
    std::size_t n = 0;
    for (const SdmxSeries& s : d.series) n += s.observations.size();
    return n;
}

}  // namespace

TEST_CASE("real BIS SDMX-CSV 1.0: 1000 observations in 42 series, the 640 with OBS_STATUS M empty and cannot exist") {
    const SdmxDataSet d = read("bis_der_sdmx-csv1.csv");
    CHECK(d.series.size() == 42);
    CHECK(count_observations(d) == 1000);
    REQUIRE(d.dimensions.size() == 14);
    CHECK(d.dimensions[3].id == "DER_RISKs");  // sic, as the file spells it
    REQUIRE(d.attributes.size() == 2);
    CHECK(d.attributes[0].id == "AVAILABILITY");
    std::size_t cannot_exist = 0;
    std::size_t values = 0;
    for (const SdmxSeries& s : d.series) {
        CHECK(s.structure_id == "BIS:BIS_DER(1.0)");
        for (const SdmxObservation& o : s.observations) {
            CHECK(o.status.confidentiality() == Confidentiality::free);
            CHECK(o.period->kind() == PeriodKind::year);
            if (o.value) ++values;
            if (o.status.missing() == Missing::cannot_exist) ++cannot_exist;
        }
    }
    CHECK(values == 360);
    CHECK(cannot_exist == 640);
    const SdmxSeries* hkd = d.find("A.U.A.B.5J.A.1E.A.HKD.TO1.A.A.3.C");
    REQUIRE(hkd != nullptr);
    const TimeSeries ts = to_time_series(*hkd, Currency::of("USD"));
    CHECK(ts.at(Period::year(2004)).value().amount() == Decimal::parse("14206.490766"));
    CHECK(ts.status(Period::year(2002)).missing() == Missing::cannot_exist);
    round_trips(d);
}

TEST_CASE("real BIS SDMX-CSV 2.1: STRUCTURE without ACTION, 20 observations, 13 empty with M") {
    const SdmxDataSet d = read("bis_der_sdmx-csv21.csv");
    CHECK(count_observations(d) == 20);
    std::size_t missing = 0;
    for (const SdmxSeries& s : d.series) {
        for (const SdmxObservation& o : s.observations)
            if (o.status.missing() == Missing::cannot_exist) ++missing;
    }
    CHECK(missing == 13);
    round_trips(d);
}

TEST_CASE("real SDMX-CSV 2.0 examples: the time in DIM_3, a quoted comma, a custom column") {
    SdmxCsvOptions options;
    options.time_dimension = "DIM_3";
    const SdmxDataSet d = read("sdmx-csv2_spec_example-01.csv", options);
    REQUIRE(d.dimensions.size() == 2);
    REQUIRE(d.series.size() == 1);
    CHECK(d.series[0].structure_id == "ESTAT:NA_MAIN(1.6.0)");
    const SdmxObservation& o = d.series[0].observations[0];
    CHECK(*o.period == Period::month(2014, 1));
    CHECK(*o.value == Decimal::parse("12.4"));
    const std::size_t attr3 = *d.attribute_index("ATTR_3");
    CHECK(o.attributes[attr3] == "Normal, special and other values");
    CHECK(d.attribute_index("UPDATED"));
    round_trips(d, options);
}

TEST_CASE("real SDMX-CSV 2.0 example 04: semicolons, decimal commas, labels=both, SERIES_KEY and OBS_KEY") {
    SdmxCsvOptions options;
    options.time_dimension = "DIM_3";
    std::ifstream in(path("sdmx-csv2_spec_example-04.csv"), std::ios::binary);
    SdmxCsvReader reader(in, "example-04.csv", options);
    CHECK(reader.separator() == ';');
    CHECK(reader.labels() == SdmxLabels::both);
    const SdmxDataSet d = read("sdmx-csv2_spec_example-04.csv", options);
    REQUIRE(d.dimensions.size() == 2);
    CHECK(d.dimensions[0].name == "Dimension 1");
    CHECK(d.dimensions[0].code_names.at("A") == "Value A");
    CHECK(d.series[0].key_text() == "A.B");
    CHECK(*d.series[0].observations[0].value == Decimal::parse("12.4"));
    CHECK(*d.series[0].observations[1].value == Decimal::parse("10.8"));
    round_trips(d, options);
}

TEST_CASE("real SDMX-CSV 2.0 example 06: labels=name, a name column after each component") {
    SdmxCsvOptions options;
    options.time_dimension = "DIM_3";
    const SdmxDataSet d = read("sdmx-csv2_spec_example-06.csv", options);
    REQUIRE(d.dimensions.size() == 2);
    CHECK(d.dimensions[1].name == "Dimension 2");
    CHECK(d.dimensions[1].code_names.at("B") == "Value B");
    CHECK(*d.series[0].observations[0].value == Decimal::parse("12.4"));
    round_trips(d, options);
}

TEST_CASE("real SDMX-CSV 2.0 example 09A: rows of three structures, a multi-language attribute") {
    SdmxCsvOptions options;
    options.time_dimension = "DIM_3";
    const SdmxDataSet d = read("sdmx-csv2_spec_example-09A.csv", options);
    REQUIRE(d.series.size() == 3);
    CHECK(d.series[1].structure == "datastructure");
    CHECK(d.series[2].structure_id == "ESTAT:DPA_NA_MAIN(1.8.0)");
    REQUIRE(d.attributes.size() == 1);
    CHECK(d.attributes[0].id == "ATTR_1");
    CHECK(d.series[1].observations[0].attributes[0] == "en:Value \"X\";fr:Valeur \"X\"");
    round_trips(d, options);
}

TEST_CASE("real SDMX-CSV nulls: NaN and #NA are intentionally missing, next to a real 1") {
    SdmxCsvOptions options;
    options.time_dimension = "";
    options.measure = "A";
    const SdmxDataSet d = read("nulls_sdmx-csv2.csv", options);
    REQUIRE(d.series.size() == 1);
    const std::vector<SdmxObservation>& o = d.series[0].observations;
    REQUIRE(o.size() == 4);
    CHECK(o[0].status.missing() == Missing::not_available);
    CHECK(*o[1].value == Decimal(1));
    CHECK(o[2].status.missing() == Missing::not_available);
    CHECK(o[3].status.missing() == Missing::not_available);
    round_trips(d, options);
}
