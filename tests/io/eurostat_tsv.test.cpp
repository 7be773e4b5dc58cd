// SPDX-License-Identifier: BSL-1.0
// Eurostat TSV on small files made up for the tests: the packed header, both flag generations,
// cells with trailing spaces.
#include <doctest/doctest.h>

#include <ios>
#include <sstream>
#include <streambuf>
#include <string>

#include <svctrade/io.hpp>

using namespace svctrade;

namespace {

Decimal dec(std::string_view text) {
    return Decimal::parse(text);
}

// A stream buffer that fails on its first read, as a disk error would.
struct FailingBuffer : std::streambuf {
    int_type underflow() override { throw std::ios_base::failure("disk error"); }
};

}  // namespace

TEST_CASE("Eurostat TSV from 2025: the packed first header cell, series keys, 628 e, :, : C") {
    const std::string text =
        "freq,unit,bop_item,partner,geo\\TIME_PERIOD\t2021 \t2022 \t2023 \n"
        "A,MIO_EUR,S,WRL_REST,AT\t628 e\t: \t: C\n"
        "A,MIO_EUR,SC,WRL_REST,AT\t12.5 \t0 n\t: m\n"
        "A,MIO_EUR,SI,WRL_REST,AT\t7 bep\t3 i\t: N\n";
    const SdmxDataSet d =
        read_eurostat_tsv(text, "bop.tsv", StatusCodes::eurostat, EurostatTsvOptions{"ESTAT:BOP_ITS6_DET(1.0)"});
    REQUIRE(d.dimensions.size() == 5);
    CHECK(d.dimensions[4].id == "geo");
    REQUIRE(d.time_dimension);
    CHECK(d.time_dimension->id == "TIME_PERIOD");
    REQUIRE(d.series.size() == 3);
    const SdmxSeries& s = d.series[0];
    CHECK(s.key_text() == "A.MIO_EUR.S.WRL_REST.AT");
    CHECK(s.structure_id == "ESTAT:BOP_ITS6_DET(1.0)");
    REQUIRE(s.observations.size() == 3);
    CHECK(*s.observations[0].period == Period::year(2021));
    CHECK(*s.observations[0].value == dec("628"));
    CHECK(s.observations[0].status == ObservationStatus{}.with(StatusFlag::estimated));
    CHECK(s.observations[0].unit_multiplier == 0);  // MIO_EUR stays a code
    CHECK(s.observations[1].status == ObservationStatus::missing(Missing::not_available));
    CHECK(s.observations[2].status ==
          ObservationStatus::missing(Missing::not_available).with(Confidentiality::confidential));
    const SdmxSeries& sc = *d.find("A.MIO_EUR.SC.WRL_REST.AT");
    CHECK(*sc.observations[0].value == dec("12.5"));
    CHECK(sc.observations[0].status.is_normal());
    CHECK(sc.observations[1].status.has(StatusFlag::not_significant));
    CHECK(sc.observations[2].status.missing() == Missing::cannot_exist);
    const SdmxSeries& si = *d.find("A.MIO_EUR.SI.WRL_REST.AT");
    CHECK(si.observations[0].status == ObservationStatus{}
                                           .with(StatusFlag::break_in_series)
                                           .with(StatusFlag::estimated)
                                           .with(StatusFlag::provisional));
    CHECK(si.observations[1].status.has(StatusFlag::imputed));
    CHECK(si.observations[2].status.confidentiality() == Confidentiality::not_for_publication);
}

TEST_CASE("Eurostat TSV before 2025: geo\\time, 2021Q1 columns, s z c r and i as they meant then") {
    const std::string text =
        "unit,indic,geo\\time\t2021Q1 \t2021Q2 \t2021Q3 \t2021Q4 \n"
        "MIO_EUR,X,DE\t1.5 s\t: z\t: c\t2 r\n"
        "MIO_EUR,X,FR\t3 i\t:\t\t4 \n";
    const SdmxDataSet d = read_eurostat_tsv(text, "old.tsv", StatusCodes::eurostat_before_2025);
    REQUIRE(d.series.size() == 2);
    const SdmxSeries& de = d.series[0];
    CHECK(*de.observations[0].period == Period::quarter(2021, 1));
    CHECK(de.observations[0].status.has(StatusFlag::imputed));            // s: Eurostat estimate
    CHECK(de.observations[1].status.missing() == Missing::cannot_exist);  // z: not applicable
    CHECK(de.observations[2].status.confidentiality() == Confidentiality::confidential);
    CHECK(de.observations[2].status.missing() == Missing::not_available);
    CHECK(de.observations[3].status.has(StatusFlag::revised));
    const SdmxSeries& fr = d.series[1];
    CHECK(fr.observations[0].status.has(StatusFlag::definition_differs));  // i: see metadata
    CHECK(fr.observations[1].status.missing() == Missing::not_available);
    CHECK(fr.observations[2].status.missing() == Missing::not_provided);
    CHECK(*fr.observations[3].value == dec("4"));
}

TEST_CASE("Eurostat TSV: newer and older period codes, monthly and half-yearly") {
    const SdmxDataSet d = read_eurostat_tsv(
        "freq,geo\\TIME_PERIOD\t2021-01 \t2021M02 \t2021-M03\n"
        "M,AT\t1\t2\t3\n",
        "m.tsv", StatusCodes::eurostat);
    CHECK(*d.series[0].observations[1].period == Period::month(2021, 2));
    CHECK(*d.series[0].observations[2].period == Period::month(2021, 3));
    const SdmxDataSet h =
        read_eurostat_tsv("freq,geo\\TIME_PERIOD\t2021S1\t2021-S2\nS,AT\t1\t2\n", "h.tsv", StatusCodes::eurostat);
    CHECK(*h.series[0].observations[0].period == Period::half(2021, 1));
    CHECK(*h.series[0].observations[1].period == Period::half(2021, 2));
}

TEST_CASE("Eurostat TSV errors name the file, line, column and text, and a flag of the other generation says so") {
    const auto fails = [](const std::string& text, StatusCodes generation, std::size_t line, std::size_t column,
                          std::string_view words) {
        try {
            (void)read_eurostat_tsv(text, "e.tsv", generation);
            FAIL("no error for " << text);
        } catch (const CsvError& e) {
            CHECK(e.source() == "e.tsv");
            CHECK(e.line() == line);
            CHECK_MESSAGE(e.column() == column, std::string(e.what()));
            CHECK_MESSAGE(std::string(e.what()).find(words) != std::string::npos, std::string(e.what()));
        }
    };
    const std::string header = "freq,geo\\TIME_PERIOD\t2021 \t2022 \n";
    fails(header + "A,AT\t628 z\t1\n", StatusCodes::eurostat, 2, 6, "before 27 January 2025");
    fails(header + "A,AT\t628 m\t1\n", StatusCodes::eurostat, 2, 6, "missing");
    fails(header + "A,AT\t6x8\t1\n", StatusCodes::eurostat, 2, 6, "not a number");
    fails(header + "A\t1\t1\n", StatusCodes::eurostat, 2, 1, "fewer");
    fails(header + "A,AT,X\t1\t1\n", StatusCodes::eurostat, 2, 1, "more");
    fails(header + "A,AT\t1\n", StatusCodes::eurostat, 2, 6, "cells");
    fails("freq,geo\t2021\n", StatusCodes::eurostat, 1, 1, "packs");
    fails("freq,geo\\TIME_PERIOD\t2021X\n", StatusCodes::eurostat, 1, 22, "not a period");
    CHECK_THROWS_AS((void)read_eurostat_tsv(header, "e.tsv", StatusCodes::sdmx), InvalidArgument);
    std::istringstream in(header + "A,AT\t1\t2\nA,DE\t: q\t2\nA,FR\t3\t4\n");
    const SdmxReadResult r = read_eurostat_tsv_collecting(in, "e.tsv", StatusCodes::eurostat);
    CHECK(r.data.series.size() == 2);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].line() == 3);
    EurostatTsvOptions collect;
    collect.on_bad_row = OnBadRow::collect;
    const std::string rows = header + "A,AT\t1\t2\nA,DE\t: q\t2\nA,FR\t3\t4 zz\nA,IT\t5\t6\n";  // outlives the reader
    EurostatTsvReader reader(rows, "e.tsv", StatusCodes::eurostat, collect);
    std::size_t good = 0;
    while (reader.next() != nullptr) ++good;
    CHECK(good == 2);
    REQUIRE(reader.errors().size() == 2);
    CHECK(reader.errors()[1].line() == 4);
    CHECK_THROWS_AS((void)read_eurostat_tsv(header + "A,DE\t: q\t2\n", "e.tsv", StatusCodes::eurostat, collect),
                    CsvError);
}

TEST_CASE("Eurostat TSV streams series by series and reaches a TimeSeries and SDMX-CSV") {
    std::ostringstream file;
    file << "freq,unit,geo\\TIME_PERIOD";
    for (int y = 2000; y < 2024; ++y) file << '\t' << y << ' ';
    file << '\n';
    for (int g = 0; g < 50; ++g) {
        file << "A,MIO_EUR,G" << g;
        for (int y = 2000; y < 2024; ++y) file << '\t' << (y - 1999) << (y == 2023 ? " p" : "");
        file << '\n';
    }
    std::istringstream in(file.str());
    EurostatTsvReader reader(in, "big.tsv", StatusCodes::eurostat);
    std::size_t rows = 0;
    while (const SdmxSeries* s = reader.next()) {
        ++rows;
        CHECK(s->observations.size() == 24);
    }
    CHECK(rows == 50);
    const SdmxDataSet d = read_eurostat_tsv(file.str(), "big.tsv", StatusCodes::eurostat);
    const TimeSeries ts = to_time_series(d.series[0], Currency::of("EUR"));
    CHECK(ts.size() == 24);
    CHECK(ts.status(Period::year(2023)).has(StatusFlag::provisional));
    std::ostringstream csv;
    write_sdmx_csv(csv, d);
    CHECK(read_sdmx_csv(csv.str(), "from_tsv.csv") == d);
}

TEST_CASE("a Eurostat TSV reader of a stream refuses a bad header, the SDMX flags and a stream that fails") {
    std::istringstream unpacked("freq,geo\t2021\nA,AT\t1\n");
    CHECK_THROWS_WITH_AS(EurostatTsvReader(unpacked, "e.tsv", StatusCodes::eurostat),
                         doctest::Contains("e.tsv:1:1: the first header cell packs the dimensions"), CsvError);
    std::istringstream empty_id("freq,,geo\\TIME_PERIOD\t2021\n");
    CHECK_THROWS_WITH_AS(EurostatTsvReader(empty_id, "e.tsv", StatusCodes::eurostat_before_2025),
                         doctest::Contains("an empty dimension id"), CsvError);
    std::istringstream good("freq,geo\\TIME_PERIOD\t2021\nA,AT\t1\n");
    CHECK_THROWS_WITH_AS(EurostatTsvReader(good, "e.tsv", StatusCodes::sdmx),
                         doctest::Contains("Eurostat TSV flags are Eurostat's"), InvalidArgument);
    FailingBuffer buffer;
    std::istream failing(&buffer);
    failing.exceptions(std::ios::goodbit);
    CHECK_THROWS_WITH_AS(EurostatTsvReader(failing, "e.tsv", StatusCodes::eurostat),
                         doctest::Contains("e.tsv: cannot read the stream"), Error);
    std::istringstream again("freq,geo\\TIME_PERIOD\t2021\nA,AT\t1\n");
    EurostatTsvReader reader(again, "e.tsv", StatusCodes::eurostat);
    CHECK(reader.next() != nullptr);
}

TEST_CASE("collecting the bad rows of a Eurostat TSV file still needs a header that reads") {
    std::istringstream in("freq,geo\\TIME_PERIOD\t2021X\nA,AT\t1\n");
    CHECK_THROWS_WITH_AS((void)read_eurostat_tsv_collecting(in, "e.tsv", StatusCodes::eurostat),
                         doctest::Contains("not a period"), CsvError);
    std::istringstream none("");
    CHECK_THROWS_WITH_AS((void)read_eurostat_tsv_collecting(none, "e.tsv", StatusCodes::eurostat),
                         doctest::Contains("no header"), CsvError);
}
