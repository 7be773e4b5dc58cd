// SPDX-License-Identifier: BSL-1.0
#include <doctest/doctest.h>

#include <svctrade/text/csv.hpp>

#include <string>

using namespace svctrade;

namespace {

// The error parse_csv throws for `text`, or a failed check when it throws none.
CsvError error_of(std::string_view text) {
    try {
        (void)parse_csv(text, "t.csv");
    } catch (const CsvError& e) {
        return e;
    }
    FAIL("no CsvError for: " << std::string(text));
    return CsvError("", 0, 0, "", "");
}

CsvError table_error_of(std::string_view text) {
    try {
        const CsvTable t(text, "t.csv");
        (void)t;
    } catch (const CsvError& e) {
        return e;
    }
    FAIL("no CsvError for: " << std::string(text));
    return CsvError("", 0, 0, "", "");
}

}  // namespace

TEST_CASE("fields split at commas and records at line breaks of any kind") {
    const auto r = parse_csv("a,b,c\r\n1,2,3\n4,5,6\r7,8,9", "t.csv");
    REQUIRE(r.size() == 4);
    CHECK(r[0].fields.size() == 3);
    CHECK(r[1].fields[2].text == "3");
    CHECK(r[2].line == 3);
    CHECK(r[3].line == 4);
    CHECK(r[3].fields[0].text == "7");
    CHECK(r[3].fields[1].column == 3);
}

TEST_CASE("quoted fields hold commas, doubled quotes and line breaks") {
    const auto r = parse_csv("id,note\n1,\"up 5.9%, \"\"fast\"\"\nsecond line\"\n2,x\n", "t.csv");
    REQUIRE(r.size() == 3);
    CHECK(r[1].fields[1].text == "up 5.9%, \"fast\"\nsecond line");
    CHECK(r[1].fields[1].quoted);
    CHECK_FALSE(r[1].fields[0].quoted);
    CHECK(r[2].line == 4);  // the quoted line break counted
}

TEST_CASE("empty fields, a final line break and blank lines") {
    const auto r = parse_csv("a,,c\n\n,\n\"\"\n", "t.csv");
    REQUIRE(r.size() == 3);
    CHECK(r[0].fields[1].text.empty());
    CHECK(r[1].line == 3);
    CHECK(r[1].fields.size() == 2);
    CHECK(r[2].fields[0].quoted);
    CHECK(r[2].fields[0].text.empty());
}

TEST_CASE("columns count characters, not bytes, and a byte-order mark is skipped") {
    const auto r = parse_csv(
        "\xEF\xBB\xBF"
        "服务,贸易,x",
        "t.csv");
    REQUIRE(r.size() == 1);
    CHECK(r[0].fields[0].text == "服务");
    CHECK(r[0].fields[1].column == 4);
    CHECK(r[0].fields[2].column == 7);
}

TEST_CASE("a quote inside an unquoted field is refused at its place") {
    const CsvError e = error_of("a,b\n1,5\"9\n");
    CHECK(e.line() == 2);
    CHECK(e.column() == 4);
    CHECK(e.source() == "t.csv");
    CHECK(std::string(e.what()).rfind("t.csv:2:4: a double quote inside an unquoted field", 0) == 0);
    CHECK_THROWS_AS((void)parse_csv("x\"", "t.csv"), CsvError);
}

TEST_CASE("text after a closing quote is refused") {
    const CsvError e = error_of("\"ab\"c,d");
    CHECK(e.line() == 1);
    CHECK(e.column() == 5);
}

TEST_CASE("a quoted field never closed is refused where it opens") {
    const CsvError e = error_of("a,b\n1,\"open\nstill open");
    CHECK(e.line() == 2);
    CHECK(e.column() == 3);
    CHECK(std::string(e.what()).find("never closed") != std::string::npos);
}

TEST_CASE("text that is not UTF-8 is refused at the character") {
    CHECK(error_of("ab,\xFF").column() == 4);                    // cannot start a character
    CHECK(error_of("\xC3").column() == 1);                       // cut short at the end
    CHECK(error_of("a\xC3(").column() == 2);                     // cut short
    CHECK(error_of("\xC0\xAF").column() == 1);                   // overlong
    CHECK(error_of("x\n\xED\xA0\x80").line() == 2);              // surrogate
    CHECK(error_of("\xF4\x90\x80\x80").column() == 1);           // above U+10FFFF
    CHECK(error_of(std::string_view("a\0b", 3)).column() == 2);  // NUL
    CHECK(std::string(error_of("\xFF").what()).find("not UTF-8") != std::string::npos);
}

TEST_CASE("a table names its columns and keeps the ones it does not know") {
    const CsvTable t("release, value ,extra\nr1,5.9%,kept\n", "t.csv");
    CHECK(t.columns().size() == 3);
    CHECK(t.find("value") == 1);
    CHECK(t.find("extra") == 2);
    CHECK_FALSE(t.find("period").has_value());
    CHECK(t.require("release") == 0);
    CHECK(t.rows().size() == 1);
    CHECK(t.rows()[0].fields[2].text == "kept");
    CHECK(t.header_line() == 1);
    const CsvError e = t.error(t.rows()[0], 1, "not a figure");
    CHECK(std::string(e.what()) == "t.csv:2:4: column \"value\": not a figure");
}

TEST_CASE("a table refuses a missing column, a bad header and ragged rows") {
    const CsvTable t("a,b\n1,2\n", "t.csv");
    CHECK_THROWS_AS((void)t.require("period"), CsvError);
    CHECK(table_error_of("").line() == 1);
    CHECK(std::string(table_error_of("a,a\n").what()).find("twice") != std::string::npos);
    CHECK(table_error_of("a, ,c\n").column() == 3);
    const CsvError fewer = table_error_of("a,b,c\n1,2\n");
    CHECK(fewer.line() == 2);
    CHECK(std::string(fewer.what()).find("column \"c\" is missing") != std::string::npos);
    const CsvError more = table_error_of("a,b\n1,2,3\n");
    CHECK(more.line() == 2);
    CHECK(more.column() == 5);
}
