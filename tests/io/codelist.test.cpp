// SPDX-License-Identifier: BSL-1.0
// Codelists read from CSV with their defects kept, and every defect named with its line.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include <svctrade/io/codelist.hpp>
#include <svctrade/io/codelist_check.hpp>
#include <svctrade/text/csv_reader.hpp>

using namespace svctrade;

namespace {

// The shape of an office's service-type list: a sort-priority and a description column, a quoted
// label holding commas, a code that a spreadsheet cut from "3.10" to "3.1", and children of
// headings ("3.6", "3.7") that were never written down.
constexpr const char* office_list =
    "Label,Notation,Parent Notation,Sort Priority,Description\n"
    "Total services,0,,,\n"
    "Transport,3,0,,\n"
    "Sea transport,3.1,3,1,\n"
    "Sea transport: passenger,3.1.1,3.1,,\n"
    "Rail transport passenger,3.6.1,3.6,,\n"
    "Road transport passenger,3.7.1,3.7,,\n"
    "Electricity transmission,3.1,3,10,cut from 3.10\n"
    "\"Telecommunications, computer, and information services\",9,0,,\n";

}  // namespace

TEST_CASE("a codelist is read with its columns found from the header, rows in file order with their lines") {
    const Codelist list = read_codelist_csv(office_list, "office.csv", ClassificationVersion::unspecified);
    CHECK(list.source() == "office.csv");
    CHECK(list.version() == ClassificationVersion::unspecified);
    REQUIRE(list.size() == 8);
    CHECK(list.items()[0].code == "0");
    CHECK(list.items()[0].parent.empty());
    CHECK(list.items()[0].line == 2);
    CHECK(list.items()[2].code == "3.1");
    CHECK(list.items()[2].parent == "3");
    CHECK(list.items()[2].label("en") == "Sea transport");
    CHECK_FALSE(list.items()[2].label("fr").has_value());
    // the duplicate is kept, not merged: find() gives the first
    CHECK(list.items()[6].code == "3.1");
    CHECK(list.items()[6].line == 8);
    CHECK(list.find("3.1") == &list.items()[2]);
    CHECK(list.find("3.10") == nullptr);
    CHECK(list.items()[7].label("en") == "Telecommunications, computer, and information services");
}

TEST_CASE("every defect of a codelist is reported with its file and line, not just the first") {
    const Codelist list = read_codelist_csv(office_list, "office.csv", ClassificationVersion::unspecified);
    const std::vector<CodelistDefect> defects = check_codelist(list);
    REQUIRE(defects.size() == 3);
    CHECK(defects[0].kind == CodelistDefectKind::missing_parent);
    CHECK(defects[0].code == "3.6.1");
    CHECK(defects[0].other == "3.6");
    CHECK(defects[0].line == 6);
    CHECK(defects[0].message == "office.csv:6: the parent \"3.6\" of \"3.6.1\" is not a code of the codelist");
    CHECK(defects[1].kind == CodelistDefectKind::missing_parent);
    CHECK(defects[1].other == "3.7");
    CHECK(defects[1].line == 7);
    CHECK(defects[2].kind == CodelistDefectKind::duplicate_code);
    CHECK(defects[2].code == "3.1");
    CHECK(defects[2].line == 8);
    CHECK(defects[2].first_line == 4);
    CHECK(defects[2].message == "office.csv:8: duplicate code \"3.1\" (first given on line 4)");
}

TEST_CASE("a cycle through parents is reported once, at its first item, with the codes around it") {
    const Codelist list = read_codelist_csv(
        "Code,Parent,Name\n"
        "A,,top\n"
        "B,D,b\n"
        "C,B,c\n"
        "D,C,d\n"
        "E,B,hangs under the cycle\n"
        "F,F,its own parent\n",
        "cycles.csv", ClassificationVersion::unspecified);
    const std::vector<CodelistDefect> defects = check_codelist(list);
    REQUIRE(defects.size() == 2);
    CHECK(defects[0].kind == CodelistDefectKind::cycle);
    CHECK(defects[0].code == "B");
    CHECK(defects[0].line == 3);
    CHECK(defects[0].other == "B > D > C > B");
    CHECK(defects[0].message == "cycles.csv:3: cycle through parents: B > D > C > B");
    CHECK(defects[1].kind == CodelistDefectKind::cycle);
    CHECK(defects[1].other == "F > F");
    CHECK(defects[1].line == 7);
}

TEST_CASE("a duplicate with a missing parent and a row without a code are each reported") {
    const Codelist list = read_codelist_csv(
        "Id,Parent_ID,Label\n"
        "S,,Services\n"
        "SA,S,Manufacturing\n"
        " ,S,a row whose code was lost\n"
        "SA,SX,Manufacturing again\n",
        "dup.csv", ClassificationVersion::ebops2010);
    const std::vector<CodelistDefect> defects = check_codelist(list);
    REQUIRE(defects.size() == 3);
    CHECK(defects[0].kind == CodelistDefectKind::empty_code);
    CHECK(defects[0].line == 4);
    CHECK(defects[0].message == "dup.csv:4: a row without a code");
    CHECK(defects[1].kind == CodelistDefectKind::duplicate_code);
    CHECK(defects[1].line == 5);
    CHECK(defects[2].kind == CodelistDefectKind::missing_parent);
    CHECK(defects[2].other == "SX");
    CHECK(defects[2].line == 5);
}

TEST_CASE("a sound codelist has no defects and require_sound accepts it") {
    const Codelist list = read_codelist_csv("Code,Parent,Name\nS,,Services\nSA,S,Manufacturing\nSB,S,Repair\n",
                                            "sound.csv", ClassificationVersion::ebops2010);
    CHECK(check_codelist(list).empty());
    CHECK_NOTHROW(require_sound(list));
}

TEST_CASE("require_sound throws a CodelistError listing every defect") {
    const Codelist list = read_codelist_csv(office_list, "office.csv", ClassificationVersion::unspecified);
    try {
        require_sound(list);
        FAIL("a codelist with defects was accepted");
    } catch (const CodelistError& e) {
        CHECK(e.defects().size() == 3);
        const std::string what = e.what();
        CHECK(what.find("office.csv has 3 defects:\n") == 0);
        CHECK(what.find("office.csv:8: duplicate code \"3.1\"") != std::string::npos);
        CHECK(what.find("office.csv:7: the parent \"3.7\"") != std::string::npos);
    }
}

TEST_CASE("labels in several languages come from Name[xx] and Label:xx columns") {
    const Codelist list = read_codelist_csv(
        "\xEF\xBB\xBFID;Name[en];Name[zh];Label:fr;PARENT\n"
        "SG;Financial services;\xE9\x87\x91\xE8\x9E\x8D\xE6\x9C\x8D\xE5\x8A\xA1;Services financiers;S\n"
        "S;Services;;;\n",
        "multi.csv", ClassificationVersion::ebops2010, {}, CsvDialect{';'});
    REQUIRE(list.size() == 2);
    const CodelistItem& sg = list.items()[0];
    CHECK(sg.parent == "S");
    REQUIRE(sg.labels.size() == 3);
    CHECK(sg.label("en") == "Financial services");
    CHECK(sg.label("zh") == "\xE9\x87\x91\xE8\x9E\x8D\xE6\x9C\x8D\xE5\x8A\xA1");
    CHECK(sg.label("fr") == "Services financiers");
    // an empty label cell is no label
    CHECK(list.items()[1].labels.size() == 1);
}

TEST_CASE("the layout names columns a header does not spell the usual way") {
    // Designated initialisers, not member assignments: GCC 12 at -O3 reports a false
    // maybe-uninitialized on assigning a short literal to the aggregate's string member.
    const CodelistCsvLayout layout{
        .code_column = "item", .parent_column = "up", .label_columns = {{"title", "en"}, {"titre", "fr"}}};
    const Codelist list = read_codelist_csv("item,up,title,titre\nSC,S,Transport,Transports\n", "mine.csv",
                                            ClassificationVersion::ebops2010, layout);
    REQUIRE(list.size() == 1);
    CHECK(list.items()[0].code == "SC");
    CHECK(list.items()[0].parent == "S");
    CHECK(list.items()[0].label("fr") == "Transports");

    const CodelistCsvLayout misnamed{.code_column = "item", .parent_column = "parent", .label_columns = {}};
    CHECK_THROWS_WITH_AS(
        (void)read_codelist_csv("item,up,title,titre\n", "mine.csv", ClassificationVersion::ebops2010, misnamed),
        "mine.csv:1:1: the header has no parent column \"parent\"", CsvError);
}

TEST_CASE("a codelist file without a code column or with a short row is refused at its line and column") {
    CHECK_THROWS_WITH_AS(
        (void)read_codelist_csv("Label,Parent\nx,y\n", "nocode.csv", ClassificationVersion::unspecified),
        doctest::Contains("nocode.csv:1:1: the header has no code column"), CsvError);
    CHECK_THROWS_WITH_AS((void)read_codelist_csv("Code,Parent,Name\nS,,Services\nSA,S\n", "short.csv",
                                                 ClassificationVersion::unspecified),
                         "short.csv:3:4: the row has 2 fields but the header has 3", CsvError);
    CHECK_THROWS_AS((void)read_codelist_csv("", "empty.csv", ClassificationVersion::unspecified), CsvError);
    CHECK_THROWS_WITH_AS((void)read_codelist_csv("Code,Name\nS,\xC3(\n", "bad.csv", ClassificationVersion::unspecified),
                         doctest::Contains("bad.csv:2:3"), CsvError);
}

TEST_CASE("a codelist read from a stream is the one read from the same text") {
    std::istringstream in(office_list);
    const Codelist from_stream = read_codelist_csv(in, "office.csv", ClassificationVersion::unspecified);
    CHECK(from_stream == read_codelist_csv(office_list, "office.csv", ClassificationVersion::unspecified));
    CHECK(to_string(ClassificationVersion::ebops2002) == "EBOPS 2002");
    CHECK(to_string(ClassificationVersion::ebops2010) == "EBOPS 2010");
    CHECK(to_string(CodelistDefectKind::missing_parent) == "missing parent");
}

TEST_CASE("a multilingual NAME column holds each cell's languages itself, a semicolon inside a label kept") {
    const Codelist list = read_codelist_csv(
        "ID,PARENT,NAME[en;fr]\n"
        "SC,S,\"en:Transport;fr:Transports\"\n"
        "SC11,SC1,\"en:Sea transport; Passenger;fr:Transport maritime; passagers\"\n"
        "SC12,SC1,\"en:Freight \"\"dry\"\";zh-Hans:\xE8\xB4\xA7\xE8\xBF\x90\"\n"
        "SC13,SC1,Other\n"
        "SC2,SC,\n",
        "sdmx.csv", ClassificationVersion::ebops2010);
    REQUIRE(list.size() == 5);
    CHECK(list.items()[0].labels == std::vector<CodelistLabel>{{"en", "Transport"}, {"fr", "Transports"}});
    CHECK(list.items()[1].label("en") == "Sea transport; Passenger");
    CHECK(list.items()[1].label("fr") == "Transport maritime; passagers");
    CHECK(list.items()[2].label("en") == "Freight \"dry\"");
    CHECK(list.items()[2].label("zh-Hans") == "\xE8\xB4\xA7\xE8\xBF\x90");
    CHECK(list.items()[3].labels == std::vector<CodelistLabel>{{"en", "Other"}});  // no tag: the default language
    CHECK(list.items()[4].labels.empty());

    CodelistCsvLayout layout;
    layout.label_columns = {{"titles", ""}};
    const Codelist mine = read_codelist_csv("Code,titles\nSG,en:Financial services;fr:Services financiers\n",
                                            "mine.csv", ClassificationVersion::ebops2010, layout);
    CHECK(mine.items()[0].label("fr") == "Services financiers");
}
