// SPDX-License-Identifier: BSL-1.0
// Release files: columns in any order, unknown ones ignored, every error at its file, line and
// column.
#include <doctest/doctest.h>

#include <svctrade/audit/release_file.hpp>
#include <svctrade/text/csv.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace svctrade;

namespace {

const std::string header = "release,area,period,flow,item,measure,value\n";

CsvError error_of(const std::string& text) {
    try {
        (void)parse_release_csv(text, "r.csv");
    } catch (const CsvError& e) {
        return e;
    }
    FAIL("no CsvError for:\n" << text);
    return CsvError("", 0, 0, "", "");
}

}  // namespace

TEST_CASE("a release file is read into releases with their claims and sources") {
    const std::string text =
        "note,value,measure,item,flow,period,area,release,published,basis,extra\n"
        "first row,34.32 billion yuan,level,S,total,2021-S1,CN-Xiamen,xm,2021-08-27,China Daily,kept\n"
        ",5.9%,growth,S,total,2021-S1,CN-Xiamen,xm,2021-08-27,China Daily,\n"
        ",19380.6亿元,level,S,total,2021年1-5月,CN,mofcom,,MOFCOM,\n";
    const std::vector<Release> rs = parse_release_csv(text, "r.csv");
    REQUIRE(rs.size() == 2);
    CHECK(rs[0].id() == "xm");
    CHECK(rs[0].area() == "CN-Xiamen");
    CHECK(rs[0].basis() == "China Daily");
    CHECK(rs[0].published() == boost::gregorian::date(2021, 8, 27));
    REQUIRE(rs[0].claims().size() == 2);
    CHECK(rs[0].claims()[0].note == "first row");
    CHECK(rs[0].claims()[0].source.file == "r.csv");
    CHECK(rs[0].claims()[0].source.line == 2);
    CHECK(rs[0].claims()[1].measure == Measure::growth);
    CHECK(rs[1].claims()[0].source.line == 4);
    CHECK_FALSE(rs[1].published().has_value());
}

TEST_CASE("optional columns: qualifier, base period, whole, whole flow and status") {
    const std::string text =
        "release,area,period,flow,item,measure,value,qualifier,base_period,whole,whole_flow,status\n"
        "r,CN,2021,total,S,level,5.3 trillion yuan,nearly,,,,\n"
        "r,CN,2021,total,S,average_growth,-2%,,2019,,,\n"
        "r,CN,2021,exports,S,share,35.5%,,,S,total,\n"
        "r,CN,2021-08,total,pilot tasks,count,41,,,,,completed\n";
    const std::vector<Release> rs = parse_release_csv(text, "r.csv");
    REQUIRE(rs.size() == 1);
    const auto& c = rs[0].claims();
    CHECK(c[0].figure.qualifier() == Qualifier::nearly);
    CHECK(c[1].base_period->year() == 2019);
    CHECK(c[2].whole_flow == ClaimFlow::total);
    CHECK(c[2].whole->key() == "set S");
    CHECK(c[3].status == TaskStatus::completed);
}

TEST_CASE("the publication date may come on a later row of the release") {
    const std::string text =
        "release,area,period,flow,item,measure,value,published\n"
        "r,CN,2021,total,S,level,5亿元,\n"
        "r,CN,2021,total,S,growth,5%,2022-01-31\n";
    const auto rs = parse_release_csv(text, "r.csv");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].published() == boost::gregorian::date(2022, 1, 31));
    CHECK(rs[0].claims().size() == 2);
}

TEST_CASE("a missing required column is named") {
    const CsvError e = error_of("release,area,period,flow,item,measure\nr,CN,2021,total,S,level\n");
    CHECK(std::string(e.what()).find("no column \"value\"") != std::string::npos);
    CHECK(e.line() == 1);
}

// The 1-based column, in characters, at which field `field` (0-based) of a CSV row without
// quotes starts.
std::size_t column_of(const std::string& row, std::size_t field) {
    std::size_t column = 1, seen = 0;
    for (std::size_t i = 0; i < row.size() && seen < field; ++i) {
        if ((static_cast<unsigned char>(row[i]) & 0xC0) == 0x80) continue;  // inside a character
        if (row[i] == ',') ++seen;
        ++column;
    }
    return column;
}

TEST_CASE("every bad value is refused at its line and column with the reason") {
    struct Bad {
        std::string row;
        std::size_t field;
        std::string says;
    };
    const std::vector<Bad> cases{
        {",CN,2021,total,S,level,5亿元", 0, "column \"release\": a value is required"},
        {"r,,2021,total,S,level,5亿元", 1, "column \"area\": a value is required"},
        {"r,CN,2021-Q5,total,S,level,5亿元", 2, "column \"period\""},
        {"r,CN,2021,surplus,S,level,5亿元", 3, "not a flow"},
        {"r,CN,2021,total,S-S,level,5亿元", 4, "leaves no services"},
        {"r,CN,2021,total,S,yoy,5亿元", 5, "not a measure"},
        {"r,CN,2021,total,S,level,5 apples", 6, "column \"value\""},
        {"r,CN,2021,total,S,level,5.9%", 6, "cannot read \"5.9%\""},
        {"r,CN,2021,total,S,growth_on_base,5.9%", 5, "needs a base period"},
        {"r,CN,2021,total,服务,level,5亿元,", 6, "fields but the header has"},
    };
    for (const Bad& b : cases) {
        const CsvError e = error_of(header + b.row + "\n");
        const std::size_t column = column_of(b.row, b.field);
        INFO(b.row << " -> " << e.what());
        CHECK(e.source() == "r.csv");
        CHECK(e.line() == 2);
        CHECK(e.column() >= column);
        if (b.field < 6 || b.says.find("fields") == std::string::npos) CHECK(e.column() == column);
        CHECK(std::string(e.what()).find(b.says) != std::string::npos);
        CHECK(std::string(e.what()).rfind("r.csv:2:" + std::to_string(e.column()) + ": ", 0) == 0);
    }
}

TEST_CASE("bad optional values are refused at their column") {
    const std::string h =
        "release,area,period,flow,item,measure,value,qualifier,base_period,status,published,whole_flow\n";
    const auto at = [&](const std::string& row, std::size_t field) {
        CHECK(error_of(h + row + "\n").column() == column_of(row, field));
    };
    at("r,CN,2021,total,S,level,5亿元,sort of,,,,", 7);
    at("r,CN,2021,total,S,growth_on_base,5%,,20x9,,,", 8);
    at("r,CN,2021,total,S,count,5,,,done,,", 9);
    at("r,CN,2021,total,S,level,5亿元,,,,2021-02-30,", 10);
    at("r,CN,2021,total,S,level,5亿元,,,,2021-02,", 10);
    at("r,CN,2021,total,S,share,5%,,,,,both", 11);
}

TEST_CASE("rows of one release must agree on its area, basis and date") {
    const std::string h = "release,area,basis,period,flow,item,measure,value,published\n";
    CHECK(std::string(error_of(h + "r,CN,A,2021,total,S,level,5亿元,\nr,HK,A,2021,total,S,growth,5%,\n").what())
              .find("has the area \"CN\"") != std::string::npos);
    CHECK(error_of(h + "r,CN,A,2021,total,S,level,5亿元,\nr,CN,B,2021,total,S,growth,5%,\n").line() == 3);
    CHECK(error_of(h + "r,CN,A,2021,total,S,level,5亿元,2021-01-01\nr,CN,A,2021,total,S,growth,5%,2021-01-02\n")
              .column() == column_of("r,CN,A,2021,total,S,growth,5%,2021-01-02", 8));
}

TEST_CASE("text that is not CSV or not UTF-8 is refused as the tokenizer says") {
    CHECK(error_of(header + "r,CN,2021,total,S,level,\"5亿元\n").line() == 2);
    CHECK(error_of(header + "r,CN,2021,total,S,level,5\xFF\n").column() ==
          column_of("r,CN,2021,total,S,level,5", 6) + 1);
}

TEST_CASE("release files are merged by release id and a missing file is named") {
    const auto dir = std::filesystem::temp_directory_path() / "svctrade_release_file_test";
    std::filesystem::create_directories(dir);
    const auto a = dir / "a.csv", b = dir / "b.csv";
    {
        std::ofstream(a) << header << "r,CN,2021,total,S,level,5亿元\n";
        std::ofstream(b) << header << "r,CN,2021,total,S,growth,5%\ns,CN,2021,total,S,growth,6%\n";
    }
    const std::vector<std::filesystem::path> paths{a, b};
    const auto rs = load_release_files(paths);
    REQUIRE(rs.size() == 2);
    CHECK(rs[0].claims().size() == 2);
    CHECK(rs[0].claims()[1].source.file == b.string());
    CHECK(rs[0].claims()[1].source.line == 2);
    const std::vector<std::filesystem::path> missing{dir / "none.csv"};
    CHECK_THROWS_AS((void)load_release_files(missing), NotFound);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a release whose rows in two files disagree is refused at the second file's row") {
    const auto dir = std::filesystem::temp_directory_path() / "svctrade_release_file_disagree";
    std::filesystem::create_directories(dir);
    const auto a = dir / "a.csv", b = dir / "b.csv", bad = dir / "bad.csv";
    {
        std::ofstream(a) << header << "r,CN,2021,total,S,level,5亿元\n";
        std::ofstream(b) << header << "r,HK,2021,total,S,growth,5%\n";
        std::ofstream(bad) << header << "r,CN,2021,total,S,level,five\n";
    }
    const std::vector<std::filesystem::path> disagree{a, b};
    CHECK_THROWS_WITH_AS((void)load_release_files(disagree), doctest::Contains("has the area \"CN\""), CsvError);
    try {
        (void)load_release_files(disagree);
    } catch (const CsvError& e) {
        CHECK(e.source() == b.string());
        CHECK(e.line() == 2);
    }
    // A value that does not parse, named with its file.
    const std::vector<std::filesystem::path> unreadable{a, bad};
    CHECK_THROWS_WITH_AS((void)load_release_files(unreadable), doctest::Contains(bad.string().c_str()), CsvError);
    const std::vector<std::filesystem::path> agree{a};
    CHECK_NOTHROW((void)load_release_files(agree));
    std::filesystem::remove_all(dir);
}
