// SPDX-License-Identifier: BSL-1.0
// The findings of the first fuzzing runs (issue 16), each pinned: text that is not UTF-8 is refused
// by every parser at its byte offset, messages are UTF-8 and bounded whatever the input, names
// normalise idempotently, Decimal's limit is 2^127 and says so, the pilot file says why a line
// break cannot be read and refuses a task due before the approval.
#include <doctest/doctest.h>

#include <functional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/audit.hpp>
#include <svctrade/bulletins/templates.hpp>
#include <svctrade/categories.hpp>
#include <svctrade/error.hpp>
#include <svctrade/figures.hpp>
#include <svctrade/io/data_set.hpp>
#include <svctrade/io/sdmx_csv.hpp>
#include <svctrade/io/sdmx_period.hpp>
#include <svctrade/money.hpp>
#include <svctrade/numbers.hpp>
#include <svctrade/periods.hpp>
#include <svctrade/pilot.hpp>
#include <svctrade/published.hpp>
#include <svctrade/status.hpp>
#include <svctrade/text.hpp>

using namespace svctrade;

namespace {

using Reader = std::function<void(std::string_view)>;

// Every function that reads text from outside, by name.
std::vector<std::pair<const char*, Reader>> readers() {
    return {
        {"Decimal::parse", [](std::string_view t) { (void)Decimal::parse(t); }},
        {"Published::parse", [](std::string_view t) { (void)Published::parse(t); }},
        {"parse_amount", [](std::string_view t) { (void)parse_amount(t); }},
        {"parse_written_amount", [](std::string_view t) { (void)parse_written_amount(t); }},
        {"parse_sdmx", [](std::string_view t) { (void)parse_sdmx(t); }},
        {"parse_english", [](std::string_view t) { (void)parse_english(t); }},
        {"parse_chinese", [](std::string_view t) { (void)parse_chinese(t); }},
        {"Currency::of", [](std::string_view t) { (void)Currency::of(t); }},
        {"Category::from_code", [](std::string_view t) { (void)Category::from_code(t); }},
        {"CategorySet::parse", [](std::string_view t) { (void)CategorySet::parse(t); }},
        {"normalize_name", [](std::string_view t) { (void)normalize_name(t); }},
        {"Classification::find", [](std::string_view t) { (void)Classification().find(t); }},
        {"parse_sdmx_status", [](std::string_view t) { (void)parse_sdmx_status(t); }},
        {"parse_eurostat_flags", [](std::string_view t) { (void)parse_eurostat_flags(t); }},
        {"read_status", [](std::string_view t) { (void)read_status(t, StatusCodes::sdmx); }},
        {"parse_task_status", [](std::string_view t) { (void)parse_task_status(t); }},
        {"ProgressClaim::parse", [](std::string_view t) { (void)ProgressClaim::parse(t); }},
        {"Figure::parse", [](std::string_view t) { (void)Figure::parse(t, FigureKind::level); }},
        {"parse_qualifier", [](std::string_view t) { (void)parse_qualifier(t); }},
        {"parse_claim_flow", [](std::string_view t) { (void)parse_claim_flow(t); }},
        {"parse_measure", [](std::string_view t) { (void)parse_measure(t); }},
        {"parse_claim_figure", [](std::string_view t) { (void)parse_claim_figure(t, Measure::level); }},
        {"Item::parse", [](std::string_view t) { (void)Item::parse(t); }},
        {"parse_report_format", [](std::string_view t) { (void)parse_report_format(t); }},
        {"parse_sdmx_time_period", [](std::string_view t) { (void)parse_sdmx_time_period(t); }},
        {"parse_reporting_year_start", [](std::string_view t) { (void)parse_reporting_year_start(t); }},
    };
}

bool utf8(const std::string& s) {
    return !find_utf8_defect(s).has_value();
}

}  // namespace

TEST_CASE("every parser refuses text that is not UTF-8 with a ParseError at the byte offset") {
    // A valid start, then a byte that cannot start a character: the parser must not read on.
    for (const auto& [name, read] : readers()) {
        const auto& reader = name;  // Clang 14: CAPTURE's lambda cannot capture a structured binding
        CAPTURE(reader);
        for (const auto& [text, offset] : std::vector<std::pair<std::string, std::size_t>>{
                 {"12\xFF", 2}, {"\xE3\x80", 0}, {"ab\xC0\xAF", 2}, {"\xED\xA0\x80", 0}}) {
            try {
                read(text);
                FAIL_CHECK("accepted");
            } catch (const ParseError& e) {
                CHECK(e.position() == offset);
                CHECK(e.reason().rfind("the text is not UTF-8 at byte offset " + std::to_string(offset), 0) == 0);
                CHECK(utf8(e.what()));
            }
        }
    }
}

TEST_CASE("error messages quote a bounded excerpt of a long input, and stay UTF-8") {
    const std::string long_text = std::string(1'000'000, 'x') + "服务";
    for (const auto& [name, read] : readers()) {
        const auto& reader = name;  // Clang 14: CAPTURE's lambda cannot capture a structured binding
        CAPTURE(reader);
        try {
            read(long_text);  // a lookup may answer "no such name", and Item::parse takes it as a label
        } catch (const Error& e) {
            const std::string what = e.what();
            CHECK(what.size() < 1500);
            CHECK(utf8(what));
        }
    }
    // The quote is cut around the failing position, never in a character, with … on each side.
    try {
        (void)Decimal::parse(std::string(500, '1') + "x");
        FAIL("accepted");
    } catch (const ParseError& e) {
        const std::string what = e.what();
        CHECK(what.find("\xE2\x80\xA6") != std::string::npos);
        CHECK(e.input().size() == 501);  // the whole input stays available
    }
}

TEST_CASE("a message built from bytes that are not UTF-8 escapes them") {
    const Error e("bad \xFF byte");
    CHECK(std::string(e.what()) == "bad \\xFF byte");
    const UnknownCode u("currency", "\xC3");
    CHECK(std::string(u.what()) == "unknown currency \"\\xC3\"");
}

TEST_CASE("normalize_name refuses stray bytes that would glue into a mark, and is idempotent on UTF-8") {
    // Deleting 、 at any byte offset used to turn these bytes into 、 and then into nothing.
    CHECK_THROWS_AS((void)normalize_name("\xE3\x80\xEF\xBC\x8C\x81"), ParseError);
    const Classification names;
    CHECK_THROWS_AS((void)names.find("\xE3\x80\xEF\xBC\x8C\x81"), ParseError);
    const std::vector<std::string> samples = {"电信、计算机和信息服务",
                                              "Telecommunications, computer, and information services",
                                              "（其他）商业服务：",
                                              "a、 b",
                                              "、、，；",
                                              "旅行\u3000服务",
                                              " -_/() ",
                                              "Ä、Ö",
                                              "x\xEF\xBC\x8C\xE3\x80\x81y"};
    for (const std::string& s : samples) {
        const std::string once = normalize_name(s);
        CHECK(normalize_name(once) == once);
        CHECK(utf8(once));
    }
    for (const Category c : Category::all()) {
        const std::string once = normalize_name(c.name());
        CHECK(normalize_name(once) == once);
    }
}

TEST_CASE("a labelled period out of range is refused naming the arguments, not a computed year") {
    CHECK_THROWS_WITH_AS((void)Period::quarter(-1, 4, YearStart::october()),
                         doctest::Contains("quarter 4 of year -1 (years starting in October)"), InvalidPeriod);
    CHECK_THROWS_WITH_AS((void)Period::half(1399, 1, YearStart::july()),
                         doctest::Contains("half 1 of year 1399 (years starting in July)"), InvalidPeriod);
    CHECK_THROWS_WITH_AS((void)Period::year(9999, YearStart::april()), doctest::Contains("1400-01-01..9999-12-31"),
                         InvalidPeriod);
    // Quarter 4 of the fiscal year 1399 from October is July-September 1400: it exists, prints and reads back.
    const Period q = Period::quarter(1399, 4, YearStart::october());
    CHECK(parse_sdmx(to_sdmx(q), YearStart::october()) == q);
    CHECK(parse_english(to_english(q)) == q);
    CHECK(parse_chinese(to_chinese(q)) == q);
    const Period h = Period::half(1399, 2, YearStart::july());
    CHECK(parse_english(to_english(h)) == h);
    const Period c = Period::containing(boost::gregorian::date(1400, 1, 1), PeriodKind::quarter, YearStart::april());
    CHECK(parse_chinese(to_chinese(c)) == c);
    // A label that names days before 1400 is a ParseError from every form.
    CHECK_THROWS_AS((void)parse_sdmx("1399-Q1", YearStart::october()), ParseError);
    CHECK_THROWS_AS((void)parse_sdmx("1399-05"), ParseError);
    CHECK_THROWS_AS((void)parse_english("May 1399"), ParseError);
    CHECK_THROWS_AS((void)parse_sdmx("1398-Q4", YearStart::october()), ParseError);
}

TEST_CASE("Decimal's range is |coefficient| < 2^127, and the parse error says so") {
    CHECK(Decimal::parse("170141183460469231731687303715884105727").to_string() ==
          "170141183460469231731687303715884105727");
    CHECK(Decimal::parse("-17014118346046923173168730371588410572.7").scale() == 1);
    CHECK(Decimal::parse("1" + std::string(38, '0')).to_string() == "1" + std::string(38, '0'));  // 38 nines + 1
    CHECK_THROWS_WITH_AS((void)Decimal::parse("170141183460469231731687303715884105728"),
                         doctest::Contains("must be below 2^127"), ParseError);
    CHECK_THROWS_WITH_AS((void)(Decimal::parse("170141183460469231731687303715884105727") + Decimal(1)),
                         doctest::Contains("|coefficient| < 2^127"), Overflow);
}

TEST_CASE("the pilot file says a field cannot hold a line break, which the model refuses too") {
    const std::string head = "svctrade-pilot,1\nprogramme,P,X,2020-08-02,2020-08-02,2023-08-01\n";
    CHECK_THROWS_WITH_AS((void)parse_pilot_csv(head + "task,T-1,\"two\nlines\",not published,\n"),
                         doctest::Contains("a field of the pilot file cannot hold a line break"), FileParseError);
    PilotProgramme p("P", "X", boost::gregorian::date(2020, 8, 2),
                     Period::range(boost::gregorian::date(2020, 8, 2), boost::gregorian::date(2023, 8, 1)));
    CHECK_THROWS_WITH_AS(PilotTask("T-1", std::string("two\nlines")), doctest::Contains("contains a line break"),
                         InvalidArgument);
    p.add_task(PilotTask("T-1"));
    CHECK_THROWS_AS(p.record("T-1", boost::gregorian::date(2021, 1, 4), TaskStatus::completed, "two\r\nlines"),
                    InvalidArgument);
}

TEST_CASE("a pilot task due before the programme's approval is refused, in the model and in the file") {
    PilotProgramme p("P", "X", boost::gregorian::date(2020, 8, 2),
                     Period::range(boost::gregorian::date(2020, 8, 2), boost::gregorian::date(2023, 8, 1)));
    CHECK_THROWS_WITH_AS(p.add_task(PilotTask("T-1", {}, {}, boost::gregorian::date(2020, 8, 1))),
                         doctest::Contains("the due date of pilot task T-1 is dated 2020-08-01"), InvalidPeriod);
    p.add_task(PilotTask("T-2", {}, {}, boost::gregorian::date(2020, 8, 2)));  // on the day is fine
    CHECK(p.tasks().size() == 1);
    const std::string file =
        "svctrade-pilot,1\nprogramme,P,X,2020-08-02,2020-08-02,2023-08-01\n"
        "task,T-1,not published,not published,2020-07-31\n";
    CHECK_THROWS_WITH_AS((void)parse_pilot_csv(file), doctest::Contains("before the programme's approval"),
                         FileParseError);
}

TEST_CASE("CsvWriter quotes a first field that the reader would take for a byte-order mark or a comment") {
    // Found by the csv fuzz target: a field "\xEF\xBB\xBF" first in the text was read back as
    // nothing; a first field "#x" in a dialect with comments was read back as a comment line.
    for (const CsvDialect dialect : {CsvDialect{}, CsvDialect{';', CsvDialect::LineBreak::lf, '#'}}) {
        std::ostringstream out;
        CsvWriter writer(out, dialect);
        writer.field("\xEF\xBB\xBF");
        writer.end_record();
        writer.field("#x");
        writer.field("#y");
        writer.end_record();
        writer.finish();
        const std::string written = out.str();
        const std::vector<CsvRecord> back = parse_csv(written, "written.csv", dialect);
        REQUIRE(back.size() == 2);
        CHECK(back[0].fields[0].text == "\xEF\xBB\xBF");
        CHECK(back[1].fields[0].text == "#x");
        CHECK(back[1].fields[1].text == "#y");
    }
}

TEST_CASE("write_sdmx_csv refuses a component named like a column SDMX-CSV 2 reserves") {
    // Found by the sdmx fuzz target: SDMX-CSV 1.0 may name a dimension STRUCTURE, which the 2.x
    // writer wrote twice, giving a file that does not read back.
    const SdmxDataSet data = read_sdmx_csv("DATAFLOW,STRUCTURE,TIME_PERIOD,OBS_VALUE\nX:Y(1.0),A,2021,1\n", "v1.csv");
    std::ostringstream out;
    CHECK_THROWS_WITH_AS(write_sdmx_csv(out, data), doctest::Contains("dimension 1, \"STRUCTURE\", has the name"),
                         InvalidArgument);
}

TEST_CASE("an SDMX-CSV measure before the time dimension is the measure, and the file reads back") {
    // Found by the sdmx fuzz target: OBS_VALUE before TIME_PERIOD was taken for a dimension, the
    // data set's measure had no id, and write_sdmx_csv wrote "...,TIME_PERIOD,,OBS_STATUS,...",
    // which does not read back (rows of such a file read a value that was never found).
    const SdmxDataSet data = read_sdmx_csv("DATAFLOW,A,OBS_VALUE,B,TIME_PERIOD\nF,x,12.5,y,2021\n", "v1.csv");
    REQUIRE(data.dimensions.size() == 2);
    CHECK(data.dimensions[0].id == "A");
    CHECK(data.dimensions[1].id == "B");
    CHECK(data.measure.id == "OBS_VALUE");
    REQUIRE(data.series.size() == 1);
    CHECK(data.series[0].key == std::vector<std::string>{"x", "y"});
    REQUIRE(data.series[0].observations.size() == 1);
    CHECK(data.series[0].observations[0].value == Decimal::parse("12.5"));
    std::ostringstream out;
    write_sdmx_csv(out, data);
    CHECK(read_sdmx_csv(out.str(), "written.csv") == data);
}

TEST_CASE("SDMX-CSV options that make one column two things are refused") {
    const std::string file = "DATAFLOW,A,TIME_PERIOD,OBS_VALUE\nF,x,2021,1\n";
    SdmxCsvOptions same;
    same.measure = "TIME_PERIOD";
    CHECK_THROWS_WITH_AS((void)read_sdmx_csv(file, "f.csv", same), doctest::Contains("they are two columns"),
                         InvalidArgument);
    SdmxCsvOptions measure_as_dimension;
    measure_as_dimension.dimensions = {"A", "OBS_VALUE"};
    CHECK_THROWS_WITH_AS((void)read_sdmx_csv(file, "f.csv", measure_as_dimension),
                         doctest::Contains("is declared a dimension but is the measure"), InvalidArgument);
    SdmxCsvOptions twice;
    twice.dimensions = {"A", "A"};
    CHECK_THROWS_WITH_AS((void)read_sdmx_csv(file, "f.csv", twice), doctest::Contains("declared twice"),
                         InvalidArgument);
}

TEST_CASE("the SDMX-CSV reader refuses an empty column name at its line and column") {
    try {
        (void)read_sdmx_csv("DATAFLOW,A,TIME_PERIOD,,OBS_STATUS,OBS_VALUE\nF,x,2021,,,1\n", "empty.csv");
        FAIL("accepted");
    } catch (const CsvError& e) {
        CHECK(e.line() == 1);
        CHECK(e.column() == 24);
        CHECK(std::string(e.what()).find("empty.csv") != std::string::npos);
        CHECK(std::string(e.what()).find("an empty column name") != std::string::npos);
    }
}

TEST_CASE("write_sdmx_csv refuses a component id that would not read back as itself") {
    const SdmxDataSet base = read_sdmx_csv("DATAFLOW,A,TIME_PERIOD,OBS_VALUE,NOTE\nF,x,2021,1,n\n", "f.csv");
    const auto refused = [&](std::string id, const char* why) {
        SdmxDataSet d = base;
        d.attributes[0].id = std::move(id);
        std::ostringstream out;
        CHECK_THROWS_WITH_AS(write_sdmx_csv(out, d), doctest::Contains(why), InvalidArgument);
        CHECK(out.str().empty());  // refused before anything is written
    };
    refused("", "attribute 1 has an empty id");
    refused("N: Note", "would read as an id followed by its name");
    refused("NOTE[en]", "would read as an id followed by its languages");
    refused("A", "attribute 1, \"A\", has the id of another component");
    refused("SCALE", "attribute 1, \"SCALE\", has the name of a column the format reserves");
    refused("SERIES_KEY", "reserves");
    refused("N\xFF", "the id of attribute 1 is not UTF-8 at byte 1");
    refused(std::string("N\0O", 3), "the id of attribute 1 holds a NUL at byte 1");
    SdmxDataSet no_measure = base;
    no_measure.measure.id.clear();
    std::ostringstream out;
    CHECK_THROWS_WITH_AS(write_sdmx_csv(out, no_measure), doctest::Contains("the measure has an empty id"),
                         InvalidArgument);
}

TEST_CASE("write_sdmx_csv with names refuses a code that would read back as a code and a name") {
    SdmxDataSet d = read_sdmx_csv("DATAFLOW,A: Area,TIME_PERIOD,OBS_VALUE\nF,x: X,2021,1\n", "f.csv");
    std::ostringstream ids;
    d.series[0].key[0] = "x: y";
    write_sdmx_csv(ids, d);  // codes alone: no cell is split
    CHECK(read_sdmx_csv(ids.str(), "ids.csv").series == d.series);
    std::ostringstream both;
    CHECK_THROWS_WITH_AS(write_sdmx_csv(both, d, SdmxCsvWriteOptions{',', SdmxLabels::both}),
                         doctest::Contains("the A code \"x: y\" holds"), InvalidArgument);
    CHECK(both.str().empty());  // refused before anything is written
}

TEST_CASE("write_sdmx_csv keeps names of codes when no component has a name") {
    // labels=name with empty name columns: names of codes, none of components. The file written
    // with labels=both still has a header a reader knows for labelled (the measure's name empty).
    const SdmxDataSet d = read_sdmx_csv(
        "STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,ACTION,REF_AREA,,TIME_PERIOD,,OBS_VALUE,\n"
        "dataflow,F,,I,CN,China,2021,,1,\n",
        "names.csv");
    REQUIRE(d.dimensions.size() == 1);
    CHECK(d.dimensions[0].name.empty());
    CHECK(d.dimensions[0].code_names.at("CN") == "China");
    std::ostringstream out;
    write_sdmx_csv(out, d, SdmxCsvWriteOptions{',', SdmxLabels::both});
    CHECK_MESSAGE(out.str().find(",\"OBS_VALUE: \",") != std::string::npos, out.str());
    CHECK(read_sdmx_csv(out.str(), "written.csv") == d);
}

TEST_CASE("an SDMX interval of any length within the years 1400..9999 reads back as it is printed") {
    // Found by the sdmx fuzz target: 2021-01-01/4042-01-05 is printed 2021-01-01/P738160D, which
    // the duration reader refused (it took no number above 100000).
    const Period long_range = parse_sdmx_time_period("2021-01-01/4042-01-05");
    const std::string printed = to_sdmx_time_period(long_range);
    CHECK(printed == "2021-01-01/P738160D");
    CHECK(parse_sdmx_time_period(printed).same_dates(long_range));
    // The last day Boost holds, 9999-12-31, ends an interval both ways.
    CHECK(parse_sdmx_time_period("1400-01-01/P8600Y").last() == boost::gregorian::date(9999, 12, 31));
    CHECK(parse_sdmx_time_period("9999-12-01/P31D").last() == boost::gregorian::date(9999, 12, 31));
    CHECK(to_sdmx_time_period(parse_sdmx_time_period("2021-01-01/9999-12-31")) == "2021-01-01/P7979Y");
    CHECK(to_sdmx_time_period(parse_sdmx_time_period("2021-01-02/9999-12-31")) == "2021-01-02/P2914268D");
    CHECK(parse_sdmx_time_period("2021-01-02/P2914268D").last() == boost::gregorian::date(9999, 12, 31));
    // Years past 9999 once wrapped round Boost's 16-bit year: P65537Y read as one year.
    for (const char* beyond :
         {"2021-01-01/P65537Y", "2021-01-01/P7980Y", "2021-01-01/P4000001D", "2021-01-01/P99999999999999999999D",
          "2021-01-01/P4000000W", "9999-12-01/P32D", "9999-12-01/P1M1D"}) {
        CHECK_THROWS_WITH_AS((void)parse_sdmx_time_period(beyond), doctest::Contains("leaves the years 1400..9999"),
                             ParseError);
    }
}

TEST_CASE("a CSV reader's reason quoting a long value is bounded") {
    // Found by the templates fuzz target: an unknown field name was quoted whole.
    const std::string csv = "sentence,case,pattern\nwhole,total,\"In {" + std::string(5000, 'i') + "}\"\n";
    try {
        (void)TemplateTable::parse(csv, "long.csv");
        FAIL("accepted");
    } catch (const CsvError& e) {
        CHECK(std::string(e.what()).size() < 1000);
        CHECK(std::string(e.what()).rfind("long.csv:2:", 0) == 0);
    }
}
