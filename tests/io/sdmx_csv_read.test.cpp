// SPDX-License-Identifier: BSL-1.0
// SDMX-CSV reading on small files made up for the tests, one quirk each.
#include <doctest/doctest.h>

#include <ios>
#include <sstream>
#include <streambuf>
#include <string>

#include <svctrade/io.hpp>
#include <svctrade/periods/text.hpp>
#include <svctrade/status/status_codes.hpp>

using namespace svctrade;

namespace {

Decimal dec(std::string_view text) {
    return Decimal::parse(text);
}

// A stream buffer that fails on its first read, as a disk error would.
struct FailingBuffer : std::streambuf {
    int_type underflow() override { throw std::ios_base::failure("disk error"); }
};

const SdmxObservation& only(const SdmxDataSet& d, std::string_view key, std::size_t i) {
    const SdmxSeries* s = d.find(key);
    REQUIRE(s != nullptr);
    REQUIRE(i < s->observations.size());
    return s->observations[i];
}

}  // namespace

TEST_CASE("SDMX-CSV 1.0: DATAFLOW first, series by key, statuses and confidentiality per observation") {
    const std::string text =
        "DATAFLOW,FREQ,REF_AREA,ITEM,TIME_PERIOD,OBS_VALUE,OBS_STATUS,OBS_CONF,COMMENT\n"
        "XX:SERV(1.0),A,CN,SC,2020,101.5,A,F,\n"
        "XX:SERV(1.0),A,CN,SC,2021,120.25,E|P,F,early\n"
        "XX:SERV(1.0),A,CN,SI,2021,,M,F,\n";
    const SdmxDataSet d = read_sdmx_csv(text, "serv.csv");
    REQUIRE(d.dimensions.size() == 3);
    CHECK(d.dimensions[1].id == "REF_AREA");
    REQUIRE(d.time_dimension);
    CHECK(d.time_dimension->id == "TIME_PERIOD");
    REQUIRE(d.attributes.size() == 1);
    CHECK(d.attributes[0].id == "COMMENT");
    REQUIRE(d.series.size() == 2);
    CHECK(d.series[0].structure == "dataflow");
    CHECK(d.series[0].structure_id == "XX:SERV(1.0)");
    CHECK(d.series[0].key_text() == "A.CN.SC");
    const SdmxObservation& o = only(d, "A.CN.SC", 1);
    CHECK(*o.period == Period::year(2021));
    CHECK(*o.value == dec("120.25"));
    CHECK(o.status ==
          ObservationStatus{}.with(StatusFlag::estimated).with(StatusFlag::provisional).with(Confidentiality::free));
    CHECK(o.attributes[0] == "early");
    const SdmxObservation& m = only(d, "A.CN.SI", 0);
    CHECK_FALSE(m.value);
    CHECK(m.status.missing() == Missing::cannot_exist);
}

TEST_CASE("SDMX-CSV 2.x: STRUCTURE, the separator after it, a decimal comma and labels=both") {
    const std::string text =
        "STRUCTURE[|];STRUCTURE_ID;ACTION;SERIES_KEY;FREQ: Frequency;REF_AREA: Reporter;TIME_PERIOD: Time;"
        "OBS_VALUE: Value;OBS_STATUS: Status\n"
        "dataflow;XX:SERV(1.0): Services trade;I;M.CN;M: Monthly;CN: China;2021-06: June 2021;12,4;E: Estimated\n"
        "dataflow;XX:SERV(1.0): Services trade;I;M.CN;M: Monthly;CN: China;2021-07;-0,5;E|P\n";
    SdmxCsvReader reader(text, "both.csv");
    CHECK(reader.version() == SdmxCsvVersion::v2);
    CHECK(reader.separator() == ';');
    CHECK(reader.array_separator() == '|');
    CHECK(reader.labels() == SdmxLabels::both);
    const SdmxDataSet d = read_sdmx_csv(text, "both.csv");
    REQUIRE(d.dimensions.size() == 2);  // SERIES_KEY is derived, not a dimension
    CHECK(d.dimensions[0].id == "FREQ");
    CHECK(d.dimensions[0].name == "Frequency");
    CHECK(d.dimensions[1].code_names.at("CN") == "China");
    CHECK(d.series[0].structure_id == "XX:SERV(1.0)");
    CHECK(d.series[0].key_text() == "M.CN");
    CHECK(*only(d, "M.CN", 0).value == dec("12.4"));
    CHECK(*only(d, "M.CN", 0).period == Period::month(2021, 6));
    CHECK(*only(d, "M.CN", 1).value == dec("-0.5"));
    CHECK(only(d, "M.CN", 1).status.has(StatusFlag::provisional));
}

TEST_CASE("SDMX-CSV 2.x labels=name: a name column after each component") {
    const std::string text =
        "STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,ACTION,REF_AREA,Reporter,TIME_PERIOD,Time,OBS_VALUE,Value\n"
        "dataflow,XX:SERV(1.0),Services,I,CN,China,2021-Q2,,7,\n";
    SdmxCsvReader reader(text, "name.csv");
    CHECK(reader.labels() == SdmxLabels::name);
    const SdmxDataSet d = read_sdmx_csv(text, "name.csv");
    REQUIRE(d.dimensions.size() == 1);
    CHECK(d.dimensions[0].name == "Reporter");
    CHECK(d.dimensions[0].code_names.at("CN") == "China");
    CHECK(*only(d, "CN", 0).period == Period::quarter(2021, 2));
}

TEST_CASE("SDMX-CSV: an empty value is not provided, NaN and #N/A are intentionally missing, never zero") {
    const std::string text =
        "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
        "dataflow,XX:S(1.0),I,CN,2019,\n"
        "dataflow,XX:S(1.0),I,CN,2020,NaN\n"
        "dataflow,XX:S(1.0),I,CN,2021,#N/A\n"
        "dataflow,XX:S(1.0),I,CN,2022,0\n";
    const SdmxDataSet d = read_sdmx_csv(text, "nulls.csv");
    CHECK(only(d, "CN", 0).status.missing() == Missing::not_provided);
    CHECK(only(d, "CN", 1).status.missing() == Missing::not_available);
    CHECK(only(d, "CN", 2).status.missing() == Missing::not_available);
    CHECK_FALSE(only(d, "CN", 1).value);
    CHECK(*only(d, "CN", 3).value == dec("0"));
    CHECK_FALSE(only(d, "CN", 3).status.is_missing());
}

TEST_CASE("SDMX-CSV: ACTION D rows are deletions, not data, and A and R are kept per observation") {
    const std::string text =
        "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
        "dataflow,XX:S(1.0),R,CN,2020,5\n"
        "dataflow,XX:S(1.0),D,CN,2019,\n"
        "dataflow,XX:S(1.0),D,HK,,\n"
        "dataflow,XX:S(1.0),A,CN,2021,6\n";
    const SdmxDataSet d = read_sdmx_csv(text, "d.csv");
    REQUIRE(d.series.size() == 1);
    CHECK(d.series[0].observations.size() == 2);
    CHECK(d.series[0].observations[0].action == SdmxAction::replace);
    CHECK(d.series[0].observations[1].action == SdmxAction::append);
    REQUIRE(d.deletions.size() == 2);
    CHECK(d.deletions[0].key == std::vector<std::string>{"CN"});
    CHECK(*d.deletions[0].period == Period::year(2019));
    CHECK_FALSE(d.deletions[1].period);
}

TEST_CASE("SDMX-CSV: UNIT_MULT and the IMF's SCALE are applied to the value exactly and kept") {
    const std::string text =
        "STRUCTURE,STRUCTURE_ID,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MULT\n"
        "dataflow,XX:S(1.0),CN,2021,12.4,6\n"
        "dataflow,XX:S(1.0),CN,2022,3.25,\n"
        "dataflow,XX:S(1.0),CN,2023,1.5E2,3\n";
    const SdmxDataSet d = read_sdmx_csv(text, "mult.csv");
    CHECK(*only(d, "CN", 0).value == dec("12400000"));
    CHECK(only(d, "CN", 0).unit_multiplier == 6);
    CHECK(*only(d, "CN", 1).value == dec("3.25"));
    CHECK(only(d, "CN", 1).unit_multiplier == 0);
    CHECK(*only(d, "CN", 2).value == dec("150000"));
    CHECK(d.attributes.empty());
    const std::string imf =
        "STRUCTURE,STRUCTURE_ID,COUNTRY,TIME_PERIOD,OBS_VALUE,SCALE\n"
        "dataflow,IMF.STA:BOP(21.0.0),CN,2021-Q1,0.75,9\n";
    const SdmxDataSet i = read_sdmx_csv(imf, "imf.csv");
    CHECK(*only(i, "CN", 0).value == dec("750000000"));
    CHECK(only(i, "CN", 0).unit_multiplier == 9);
    CHECK_THROWS_AS((void)read_sdmx_csv("STRUCTURE,STRUCTURE_ID,A,TIME_PERIOD,OBS_VALUE,UNIT_MULT,SCALE\n", "x"),
                    CsvError);
}

TEST_CASE("SDMX-CSV TIME_PERIOD: every SDMX form, intervals as ranges, a reporting year start") {
    const std::string text =
        "STRUCTURE,STRUCTURE_ID,K,TIME_PERIOD,OBS_VALUE,REPORTING_YEAR_START_DAY\n"
        "dataflow,F,a,2021,1,\n"
        "dataflow,F,b,2021-A1,1,\n"
        "dataflow,F,c,2021-S1,1,\n"
        "dataflow,F,d,2021-Q2,1,\n"
        "dataflow,F,e,2021-M06,1,\n"
        "dataflow,F,f,2021-06,1,\n"
        "dataflow,F,g,2021-06-30,1,\n"
        "dataflow,F,h,2021-01-01/P6M,1,\n"
        "dataflow,F,i,2021-01/2021-06,1,\n"
        "dataflow,F,j,2021-Q1,1,--04-01\n"
        "dataflow,F,k,2021-01-01T00:00:00/P1Y,1,\n";
    const SdmxDataSet d = read_sdmx_csv(text, "time.csv");
    CHECK(*only(d, "a", 0).period == Period::year(2021));
    CHECK(*only(d, "b", 0).period == Period::year(2021));
    CHECK(*only(d, "c", 0).period == Period::half(2021, 1));
    CHECK(*only(d, "d", 0).period == Period::quarter(2021, 2));
    CHECK(*only(d, "e", 0).period == Period::month(2021, 6));
    CHECK(*only(d, "f", 0).period == Period::month(2021, 6));
    CHECK(*only(d, "g", 0).period == Period::day(2021, 6, 30));
    const Period h1_range = Period::range(boost::gregorian::date(2021, 1, 1), boost::gregorian::date(2021, 6, 30));
    CHECK(*only(d, "h", 0).period == h1_range);
    CHECK(*only(d, "i", 0).period == h1_range);
    CHECK(*only(d, "j", 0).period == Period::quarter(2021, 1, YearStart::april()));
    CHECK(only(d, "k", 0).period->last() == boost::gregorian::date(2021, 12, 31));
    CHECK(d.attributes.empty());  // REPORTING_YEAR_START_DAY went into the periods
}

TEST_CASE("SDMX TIME_PERIOD text both ways: ranges as start and duration") {
    using boost::gregorian::date;
    CHECK(to_sdmx_time_period(Period::range(date(2021, 1, 1), date(2021, 6, 30))) == "2021-01-01/P6M");
    CHECK(to_sdmx_time_period(Period::range(date(2020, 1, 1), date(2021, 12, 31))) == "2020-01-01/P2Y");
    CHECK(to_sdmx_time_period(Period::range(date(2021, 1, 5), date(2021, 1, 14))) == "2021-01-05/P10D");
    CHECK(to_sdmx_time_period(Period::year_to_date(2021, 6)) == "2021-01-01/P6M");
    CHECK(to_sdmx_time_period(Period::quarter(2021, 2)) == "2021-Q2");
    CHECK(parse_sdmx_time_period("2021-01-05/P1W3D").last() == date(2021, 1, 14));
    CHECK(parse_sdmx_time_period("2021-01-31/P1M").last() == date(2021, 2, 27));
    // Weeks and trimesters are the days they cover; a reporting day is a day.
    CHECK(parse_sdmx_time_period("2021-W01") == Period::range(date(2021, 1, 4), date(2021, 1, 10)));
    CHECK(parse_sdmx_time_period("2020-W53") == Period::range(date(2020, 12, 28), date(2021, 1, 3)));
    CHECK_THROWS_AS((void)parse_sdmx_time_period("2021-W53"), ParseError);
    CHECK_THROWS_AS((void)parse_sdmx_time_period("2021-W01", YearStart::april()), ParseError);
    CHECK(parse_sdmx_time_period("2021-D032") == Period::day(2021, 2, 1));
    CHECK(parse_sdmx_time_period("2021-D001", YearStart::april()) == Period::day(2021, 4, 1));
    CHECK_THROWS_AS((void)parse_sdmx_time_period("2021-D366"), ParseError);
    CHECK(parse_sdmx_time_period("2020-D366") == Period::day(2020, 12, 31));
    CHECK(parse_sdmx_time_period("2021-T2") == Period::range(date(2021, 5, 1), date(2021, 8, 31)));
    CHECK(parse_sdmx_time_period("2021-T3", YearStart::april()) == Period::range(date(2021, 12, 1), date(2022, 3, 31)));
    CHECK_THROWS_AS((void)parse_sdmx_time_period("2021-T4"), ParseError);
    CHECK_THROWS_AS((void)parse_sdmx_time_period("2021-Wx1"), ParseError);
    CHECK_THROWS_AS((void)parse_sdmx_time_period("2021-01-01/PT6H"), ParseError);
    CHECK_THROWS_AS((void)parse_sdmx_time_period("2021-01-01/P0D"), ParseError);
    CHECK_THROWS_AS((void)parse_sdmx_time_period("2021-06/2021-01"), ParseError);
    CHECK_THROWS_AS((void)parse_reporting_year_start("--04-15"), ParseError);
    CHECK(sdmx_reporting_year_start(YearStart::july()) == "--07-01");
}

TEST_CASE("SDMX-CSV errors name the file, line, column and the text") {
    const std::string text =
        "STRUCTURE,STRUCTURE_ID,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n"
        "dataflow,XX:S(1.0),CN,2021,1.2.3,A\n";
    try {
        (void)read_sdmx_csv(text, "bad.csv");
        FAIL("no error");
    } catch (const CsvError& e) {
        CHECK(e.source() == "bad.csv");
        CHECK(e.line() == 2);
        CHECK(e.column() == 28);
        CHECK(e.input() == "1.2.3");
        CHECK(std::string(e.what()).find("column \"OBS_VALUE\"") != std::string::npos);
    }
    const auto fails_at = [](const std::string& body, std::size_t column, std::string_view words) {
        const std::string file = "STRUCTURE,STRUCTURE_ID,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n" + body;
        try {
            (void)read_sdmx_csv(file, "bad.csv");
            FAIL("no error for " << body);
        } catch (const CsvError& e) {
            CHECK_MESSAGE(e.column() == column, std::string(e.what()));
            CHECK_MESSAGE(std::string(e.what()).find(words) != std::string::npos, std::string(e.what()));
        }
    };
    fails_at("dataflow,XX:S(1.0),CN,2021-Q5,1,A\n", 23, "TIME_PERIOD");
    fails_at("dataflow,XX:S(1.0),CN,2021,1,Z\n", 30, "OBS_STATUS");
    fails_at("dataflow,XX:S(1.0),CN,2021,5,M\n", 28, "missing");
    fails_at("dataflow,XX:S(1.0),CN,2021,5\n", 28, "6");
    fails_at("dataflow,XX:S(1.0),CN,,5,A\n", 23, "no period");
    CHECK_THROWS_AS((void)read_sdmx_csv("REF_AREA,OBS_VALUE\n", "x.csv"), CsvError);
    CHECK_THROWS_AS((void)read_sdmx_csv("STRUCTURE,STRUCTURE_ID,REF_AREA,OBS_VALUE\n", "x.csv"), CsvError);
    CHECK_THROWS_AS((void)read_sdmx_csv("STRUCTURE,STRUCTURE_ID,REF_AREA,TIME_PERIOD\n", "x.csv"), CsvError);
    CHECK_THROWS_AS(
        (void)read_sdmx_csv("STRUCTURE,STRUCTURE_ID,ACTION,K,TIME_PERIOD,OBS_VALUE\ndataflow,F,X,a,2021,1\n", "x.csv"),
        CsvError);
}

TEST_CASE("SDMX-CSV: collecting errors keeps the good rows and one error per bad row") {
    std::istringstream in(
        "STRUCTURE,STRUCTURE_ID,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
        "dataflow,F,CN,2020,1\n"
        "dataflow,F,CN,20x0,2\n"
        "dataflow,F,CN,2021,abc\n"
        "dataflow,F,CN,2022,3\n");
    const SdmxReadResult r = read_sdmx_csv_collecting(in, "some.csv");
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].line() == 3);
    CHECK(r.errors[1].line() == 4);
    REQUIRE(r.data.series.size() == 1);
    CHECK(r.data.series[0].observations.size() == 2);
    // Row by row, a reader told to collect skips the bad rows and keeps their errors.
    SdmxCsvOptions collect;
    collect.on_bad_row = OnBadRow::collect;
    SdmxCsvReader reader(
        "STRUCTURE,STRUCTURE_ID,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
        "dataflow,F,CN,20x0,2\ndataflow,F,CN,2021,4\ndataflow,F,CN,2022,x\n",
        "rows.csv", collect);
    std::size_t good = 0;
    while (const SdmxCsvRow* row = reader.next()) {
        ++good;
        CHECK(row->line == 3);
    }
    CHECK(good == 1);
    REQUIRE(reader.errors().size() == 2);
    CHECK(reader.errors()[1].line() == 4);
    // read_sdmx_csv never returns part of a file, whatever the options say.
    CHECK_THROWS_AS((void)read_sdmx_csv("STRUCTURE,STRUCTURE_ID,REF_AREA,TIME_PERIOD,OBS_VALUE\ndataflow,F,CN,20x0,2\n",
                                        "some.csv", collect),
                    CsvError);
    std::istringstream again("STRUCTURE,STRUCTURE_ID,REF_AREA,TIME_PERIOD,OBS_VALUE\ndataflow,F,CN,20x0,2\n");
    CHECK_THROWS_AS((void)read_sdmx_csv(again, "some.csv"), CsvError);
}

TEST_CASE("SDMX-CSV streams row by row from a stream, and declared columns override the order") {
    std::ostringstream file;
    file << "\xEF\xBB\xBFSTRUCTURE,STRUCTURE_ID,ACTION,TIME_PERIOD,REF_AREA,OBS_VALUE\r\n";
    for (int y = 1990; y < 2020; ++y) file << "dataflow,F,I," << y << ",CN," << y - 1989 << "\r\n";
    std::istringstream in(file.str());
    SdmxCsvOptions options;
    options.dimensions = {"REF_AREA"};
    SdmxCsvReader reader(in, "stream.csv", options);
    std::size_t rows = 0;
    Decimal sum;
    while (const SdmxCsvRow* row = reader.next()) {
        ++rows;
        CHECK(row->key[0] == "CN");
        sum = sum + *row->observation.value;
    }
    CHECK(rows == 30);
    CHECK(sum == Decimal(465));
}

TEST_CASE("SDMX-CSV data without a time dimension, and the step to a TimeSeries") {
    SdmxCsvOptions options;
    options.time_dimension = "";
    options.measure = "V";
    const SdmxDataSet d =
        read_sdmx_csv("STRUCTURE,STRUCTURE_ID,ACTION,V\ndataflow,F,I,NaN\ndataflow,F,I,1\n", "v.csv", options);
    REQUIRE(d.series.size() == 1);
    CHECK_FALSE(d.time_dimension);
    CHECK_FALSE(d.series[0].observations[0].period);
    CHECK_THROWS_AS((void)to_time_series(d.series[0], Currency::of("USD")), InvalidArgument);

    const SdmxDataSet t = read_sdmx_csv(
        "STRUCTURE,STRUCTURE_ID,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n"
        "dataflow,F,CN,2020,100,A\ndataflow,F,CN,2021,110,E\ndataflow,F,CN,2022,,M\ndataflow,F,CN,2023,NaN,\n",
        "t.csv");
    const TimeSeries s = to_time_series(t.series[0], Currency::of("USD"));
    CHECK(s.size() == 2);
    CHECK(s.status(Period::year(2021)).has(StatusFlag::estimated));
    CHECK(s.status(Period::year(2022)).missing() == Missing::cannot_exist);
    CHECK(s.status(Period::year(2023)).missing() == Missing::not_available);
    CHECK(s.yoy_growth().at(Period::year(2021)).status.has(StatusFlag::derived_from_estimate));
}

TEST_CASE("a series mixing annual and monthly observations does not become a TimeSeries") {
    // No FREQ dimension to keep them apart: 2021 and 2021-06 are one key's observations.
    const SdmxDataSet d = read_sdmx_csv(
        "STRUCTURE,STRUCTURE_ID,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
        "dataflow,F,CN,2021,100\ndataflow,F,CN,2021-06,10\n",
        "mixed.csv");
    REQUIRE(d.series.size() == 1);
    REQUIRE(d.series[0].observations.size() == 2);
    CHECK_THROWS_WITH_AS((void)to_time_series(d.series[0], Currency::of("USD")), doctest::Contains("cannot insert"),
                         NotComparable);
}

TEST_CASE("SDMX-CSV 1.0 with labels=both, and a header quoted and after a byte-order mark") {
    const SdmxDataSet d = read_sdmx_csv(
        "DATAFLOW: Dataflow,FREQ: Frequency,TIME_PERIOD: Time,OBS_VALUE: Value\n"
        "XX:SERV(1.0): Services trade,A: Annual,2021: 2021,4.5\n",
        "labels1.csv");
    CHECK(d.series[0].structure_id == "XX:SERV(1.0)");
    CHECK(d.dimensions[0].code_names.at("A") == "Annual");
    CHECK(*d.series[0].observations[0].period == Period::year(2021));
    const SdmxDataSet q =
        read_sdmx_csv("\xEF\xBB\xBF\"STRUCTURE\";STRUCTURE_ID;K;TIME_PERIOD;OBS_VALUE\r\ndataflow;F;a;2021-W02;1,5\r\n",
                      "quoted.csv");
    CHECK(q.series[0].observations[0].period->first() == boost::gregorian::date(2021, 1, 11));
    CHECK(*q.series[0].observations[0].value == dec("1.5"));
    CHECK_THROWS_AS((void)read_sdmx_csv("STRUCTURE[|,STRUCTURE_ID\n", "x.csv"), CsvError);
    CHECK_THROWS_AS((void)read_sdmx_csv("STRUCTURE\n", "x.csv"), CsvError);
    CHECK_THROWS_AS((void)read_sdmx_csv("STRUCTURE,STRUCTURE_ID,K,K,TIME_PERIOD,OBS_VALUE\n", "x.csv"), CsvError);
    CHECK_THROWS_AS((void)read_sdmx_csv("STRUCTURE,STRUCTURE_ID,K,TIME_PERIOD,OBS_VALUE,REPORTING_YEAR_START_DAY\n"
                                        "dataflow,F,a,2021-Q1,1,--04-15\n",
                                        "x.csv"),
                    CsvError);
}

TEST_CASE("an SDMX-CSV reader of a stream refuses a header that is not SDMX-CSV, at its line and column") {
    std::istringstream no_structure("REF_AREA,TIME_PERIOD,OBS_VALUE\nCN,2021,1\n");
    CHECK_THROWS_WITH_AS(SdmxCsvReader(no_structure, "x.csv"), doctest::Contains("x.csv:1:1:"), CsvError);
    std::istringstream no_measure("STRUCTURE,STRUCTURE_ID,REF_AREA,TIME_PERIOD\n");
    CHECK_THROWS_WITH_AS(SdmxCsvReader(no_measure, "x.csv"), doctest::Contains("no measure column \"OBS_VALUE\""),
                         CsvError);
    std::istringstream twice("STRUCTURE,STRUCTURE_ID,K,K,TIME_PERIOD,OBS_VALUE\n");
    CHECK_THROWS_WITH_AS(SdmxCsvReader(twice, "x.csv"), doctest::Contains("the column \"K\" appears twice"), CsvError);
    std::istringstream both("STRUCTURE,STRUCTURE_ID,K,TIME_PERIOD,OBS_VALUE,UNIT_MULT,SCALE\n");
    CHECK_THROWS_WITH_AS(SdmxCsvReader(both, "x.csv"), doctest::Contains("both UNIT_MULT and SCALE"), CsvError);
    std::istringstream good("STRUCTURE,STRUCTURE_ID,K,TIME_PERIOD,OBS_VALUE\ndataflow,F,CN,2021,1\n");
    SdmxCsvReader reader(good, "x.csv");
    CHECK(reader.next() != nullptr);
}

TEST_CASE("an SDMX-CSV reader refuses options that make one column two things") {
    const std::string text = "STRUCTURE,STRUCTURE_ID,K,TIME_PERIOD,OBS_VALUE\ndataflow,F,CN,2021,1\n";
    SdmxCsvOptions same;
    same.measure = "TIME_PERIOD";
    std::istringstream a(text);
    CHECK_THROWS_WITH_AS(SdmxCsvReader(a, "x.csv", same),
                         doctest::Contains("the time dimension and the measure are both \"TIME_PERIOD\""),
                         InvalidArgument);
    SdmxCsvOptions measure_dimension;
    measure_dimension.dimensions = {"K", "OBS_VALUE"};
    std::istringstream b(text);
    CHECK_THROWS_WITH_AS(SdmxCsvReader(b, "x.csv", measure_dimension),
                         doctest::Contains("\"OBS_VALUE\" is declared a dimension but is the measure"),
                         InvalidArgument);
    SdmxCsvOptions declared_twice;
    declared_twice.dimensions = {"K", "K"};
    std::istringstream c(text);
    CHECK_THROWS_WITH_AS(SdmxCsvReader(c, "x.csv", declared_twice),
                         doctest::Contains("the dimension \"K\" is declared twice"), InvalidArgument);
    SdmxCsvOptions declared;
    declared.dimensions = {"K"};
    std::istringstream d(text);
    CHECK_NOTHROW(SdmxCsvReader(d, "x.csv", declared));
}

TEST_CASE("an SDMX-CSV reader of a stream that fails says so, naming the source") {
    FailingBuffer buffer;
    std::istream failing(&buffer);
    failing.exceptions(std::ios::goodbit);
    CHECK_THROWS_WITH_AS(SdmxCsvReader(failing, "x.csv"), doctest::Contains("x.csv: cannot read the stream"), Error);
}

TEST_CASE("collecting the bad rows of an SDMX-CSV file still needs an SDMX-CSV header") {
    std::istringstream in("REF_AREA,OBS_VALUE\nCN,1\n");
    CHECK_THROWS_WITH_AS((void)read_sdmx_csv_collecting(in, "x.csv"), doctest::Contains("x.csv:1:"), CsvError);
    std::istringstream no_time("STRUCTURE,STRUCTURE_ID,REF_AREA,OBS_VALUE\n");
    CHECK_THROWS_WITH_AS((void)read_sdmx_csv_collecting(no_time, "x.csv"),
                         doctest::Contains("no time dimension column \"TIME_PERIOD\""), CsvError);
}
