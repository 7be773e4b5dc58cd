// SPDX-License-Identifier: BSL-1.0
// SDMX-CSV 2.x writing: read -> write -> read gives the same data set, statuses, unit
// multipliers, periods and deletions included, on made-up files and on random data sets.
#include <doctest/doctest.h>

#include <random>
#include <sstream>
#include <string>

#include <svctrade/io.hpp>

using namespace svctrade;

namespace {

std::string written(const SdmxDataSet& d, const SdmxCsvWriteOptions& options = {}) {
    std::ostringstream out;
    write_sdmx_csv(out, d, options);
    return out.str();
}

void round_trips(const SdmxDataSet& d, const SdmxCsvOptions& read_options = {}) {
    for (const SdmxCsvWriteOptions& w : {SdmxCsvWriteOptions{}, SdmxCsvWriteOptions{';', SdmxLabels::id},
                                         SdmxCsvWriteOptions{',', SdmxLabels::both}}) {
        const std::string text = written(d, w);
        const SdmxDataSet back = read_sdmx_csv(text, "written.csv", read_options);
        if (w.labels == SdmxLabels::both) {
            CHECK_MESSAGE(back == d, text);
        } else {
            // Names are labels: a file written with ids only keeps the codes.
            SdmxDataSet without = d;
            for (SdmxComponent& c : without.dimensions) c = SdmxComponent{c.id, {}, {}};
            for (SdmxComponent& c : without.attributes) c = SdmxComponent{c.id, {}, {}};
            without.measure = SdmxComponent{without.measure.id, {}, {}};
            if (without.time_dimension) without.time_dimension = SdmxComponent{without.time_dimension->id, {}, {}};
            CHECK_MESSAGE(back == without, text);
        }
    }
}

}  // namespace

TEST_CASE("SDMX-CSV 2.x round trip: statuses, missing reasons, unit multipliers, actions, deletions") {
    const std::string text =
        "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,OBS_CONF,UNIT_MULT,COMMENT,"
        "REPORTING_YEAR_START_DAY\n"
        "dataflow,XX:SERV(1.0),I,A,CN,2020,101.5,A,F,6,\"a, comment\",\n"
        "dataflow,XX:SERV(1.0),R,A,CN,2021,120.25,E|P,C,6,,\n"
        "dataflow,XX:SERV(1.0),A,A,CN,2022,,M,,6,,\n"
        "dataflow,XX:SERV(1.0),I,A,CN,2023,NaN,,,6,,\n"
        "dataflow,XX:SERV(1.0),I,A,CN,2024,,,,6,,\n"
        "dataflow,XX:SERV(1.0),I,Q,CN,2021-Q1,5,B,,0,,--04-01\n"
        "dataflow,XX:SERV(1.0),I,Q,CN,2021-Q2,-0.001,,,-3,,--04-01\n"
        "dataflow,XX:SERV(1.0),I,R,CN,2021-01/2021-06,7,,,,,\n"
        "dataflow,XX:SERV(1.0),I,R,CN,2021-01-05/P10D,1.5E-2,,,,,\n"
        "dataflow,XX:SERV(1.0),D,A,CN,2019,,,,,,\n"
        "datastructure,XX:DSD(2.0),I,M,HK,2021-M06,3,V,,,,\n";
    const SdmxDataSet d = read_sdmx_csv(text, "serv.csv");
    REQUIRE(d.series.size() == 4);
    REQUIRE(d.deletions.size() == 1);
    round_trips(d);
    // The written file states the multiplier and divides it back out of the value.
    const std::string out = written(d);
    CHECK(out.find("dataflow,XX:SERV(1.0),I,A,CN,2020,101.5,A,F,6,,\"a, comment\"\n") != std::string::npos);
    CHECK(out.find(",2021-01-01/P6M,7,") != std::string::npos);
    CHECK(out.find(",2021-Q1,5,B,,0,--04-01,") != std::string::npos);
    CHECK(out.find("D,A,CN,2019,") != std::string::npos);
    CHECK(out.rfind("STRUCTURE[|],STRUCTURE_ID,ACTION,FREQ,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,OBS_CONF,", 0) ==
          0);
}

TEST_CASE("SDMX-CSV 2.x round trip with labels and a decimal comma") {
    const std::string text =
        "STRUCTURE[|];STRUCTURE_ID;ACTION;FREQ: Frequency;REF_AREA: Reporter;TIME_PERIOD: Time;OBS_VALUE: Value;"
        "OBS_STATUS;NOTE: Note\n"
        "dataflow;XX:SERV(1.0);I;M: Monthly;CN: China;2021-06;12,4;E;x: Some note\n"
        "dataflow;XX:SERV(1.0);I;M: Monthly;CN: China;2021-07;0,125;;\n";
    const SdmxDataSet d = read_sdmx_csv(text, "labels.csv");
    round_trips(d);
    const std::string out = written(d, SdmxCsvWriteOptions{';', SdmxLabels::id});
    CHECK(out.find(";12,4;") != std::string::npos);
    const std::string both = written(d, SdmxCsvWriteOptions{',', SdmxLabels::both});
    CHECK(both.find("REF_AREA: Reporter") != std::string::npos);
    CHECK(both.find("CN: China") != std::string::npos);
}

TEST_CASE("SDMX-CSV writing refuses what it cannot write") {
    SdmxDataSet d;
    d.dimensions.push_back(SdmxComponent{"REF_AREA", {}, {}});
    d.time_dimension = SdmxComponent{"TIME_PERIOD", {}, {}};
    d.series.push_back(SdmxSeries{"dataflow", "F", {"CN", "extra"}, {}});
    std::ostringstream out;
    CHECK_THROWS_AS(write_sdmx_csv(out, d), InvalidArgument);
    d.series[0].key = {"CN"};
    CHECK_THROWS_AS(write_sdmx_csv(out, d, SdmxCsvWriteOptions{'\t', SdmxLabels::id}), InvalidArgument);
    CHECK_THROWS_AS(write_sdmx_csv(out, d, SdmxCsvWriteOptions{',', SdmxLabels::name}), InvalidArgument);
    SdmxObservation o;
    o.period = Period::year(2021);
    o.value = Decimal(1);
    o.status = ObservationStatus{}.with(Confidentiality::non_statistical_secrecy);
    d.series[0].observations.push_back(o);
    CHECK_THROWS_AS(write_sdmx_csv(out, d), InvalidArgument);
}

TEST_CASE("SDMX-CSV 2.x round trip on random data sets (fixed seeds)") {
    const std::vector<ObservationStatus> statuses = {
        ObservationStatus{},
        ObservationStatus{}.with(StatusFlag::estimated),
        ObservationStatus{}.with(StatusFlag::provisional).with(StatusFlag::break_in_series),
        ObservationStatus{}.with(Confidentiality::confidential),
        ObservationStatus{}.with(StatusFlag::revised).with(Confidentiality::free),
    };
    const std::vector<ObservationStatus> missing = {
        ObservationStatus::missing(Missing::not_provided),
        ObservationStatus::missing(Missing::not_available),
        ObservationStatus::missing(Missing::cannot_exist),
        ObservationStatus::missing(Missing::suppressed).with(Confidentiality::primary_dominance_one),
        ObservationStatus::missing(Missing::not_provided).with(StatusFlag::estimated),
    };
    for (unsigned seed = 1; seed <= 20; ++seed) {
        std::mt19937 rng(seed);
        const auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
        SdmxDataSet d;
        d.dimensions = {SdmxComponent{"FREQ", {}, {}}, SdmxComponent{"REF_AREA", {}, {}}};
        d.time_dimension = SdmxComponent{"TIME_PERIOD", {}, {}};
        d.attributes = {SdmxComponent{"COMMENT", {}, {}}, SdmxComponent{"DECIMALS", {}, {}}};
        const std::vector<std::string> areas = {"CN", "HK", "MO", "SG"};
        for (std::size_t s = 0; s < 1 + pick(5); ++s) {
            const std::size_t kind = pick(5);
            SdmxSeries series{"dataflow", "XX:RANDOM(1.0)", {std::string(1, "AQMSR"[kind]), areas[s % 4]}, {}};
            const YearStart start = pick(2) == 0 ? YearStart{} : YearStart::april();
            for (int i = 0; i < 1 + static_cast<int>(pick(12)); ++i) {
                SdmxObservation o;
                using boost::gregorian::date;
                switch (kind) {
                    case 0:
                        o.period = Period::year(2000 + i, start);
                        break;
                    case 1:
                        o.period = Period::quarter(2000 + i, 1 + static_cast<unsigned>(pick(4)), start);
                        break;
                    case 2:
                        o.period = Period::month(2000 + i, 1 + static_cast<unsigned>(pick(12)));
                        break;
                    case 3:
                        o.period = Period::half(2000 + i, 1 + static_cast<unsigned>(pick(2)), start);
                        break;
                    default:
                        o.period = Period::range(date(static_cast<unsigned short>(2000 + i), 1, 1),
                                                 date(static_cast<unsigned short>(2000 + i), 1, 1) +
                                                     boost::gregorian::days(static_cast<long>(pick(400))));
                }
                o.unit_multiplier = static_cast<int>(pick(4)) * 3 - 3;
                if (pick(4) == 0) {
                    o.status = missing[pick(missing.size())];
                } else {
                    const auto units = static_cast<std::int64_t>(rng() % 2000001) - 1000000;
                    o.value =
                        Decimal::from_units(units, static_cast<int>(pick(4))) * Decimal::from_units(1, 0);  // any scale
                    if (o.unit_multiplier > 0) {
                        for (int k = 0; k < o.unit_multiplier; ++k) *o.value = *o.value * Decimal(10);
                    }
                    o.status = statuses[pick(statuses.size())];
                }
                o.action = static_cast<SdmxAction>(pick(3));
                o.attributes = {pick(3) == 0 ? std::string("note ") + std::to_string(i) : std::string(),
                                pick(2) == 0 ? std::string("2") : std::string()};
                series.observations.push_back(o);
            }
            d.series.push_back(series);
        }
        if (pick(2) == 0) d.deletions.push_back(SdmxDeletion{"dataflow", "XX:RANDOM(1.0)", {"A", ""}, {}, {"", ""}});
        const std::string text = written(d);
        const SdmxDataSet back = read_sdmx_csv(text, "random.csv");
        CHECK_MESSAGE(back == d, "seed " << seed << "\n" << text);
    }
}
