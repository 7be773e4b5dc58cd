// SPDX-License-Identifier: BSL-1.0
#include <doctest/doctest.h>

#include <svctrade/text/csv_writer.hpp>
#include <svctrade/text/utf8.hpp>

#include <sstream>
#include <string>

using namespace svctrade;

TEST_CASE("UTF-8 text has no defect and each kind of defect is found at its byte") {
    CHECK_FALSE(find_utf8_defect("服务贸易 trade é").has_value());
    CHECK_FALSE(find_utf8_defect("").has_value());
    const auto cut = find_utf8_defect("ab\xE6\x9C");
    REQUIRE(cut.has_value());
    CHECK(cut->offset == 2);
    CHECK(cut->reason == "a character cut short at the end");
    CHECK(find_utf8_defect("x\xFF")->offset == 1);
    CHECK(find_utf8_defect("\xC0\xAF")->reason == "an overlong form");
    CHECK(find_utf8_defect("\xED\xA0\x80")->reason == "a UTF-16 surrogate");
    CHECK(find_utf8_defect("\xF4\x90\x80\x80")->reason == "beyond U+10FFFF");
    CHECK(find_utf8_defect("\xE6(x")->reason == "a character cut short");
}

TEST_CASE("characters are counted, not bytes") {
    CHECK(count_characters("服务") == 2);
    CHECK(count_characters("abc") == 3);
    CHECK(count_characters("") == 0);
}

TEST_CASE("an excerpt keeps short text whole and cuts long text at a character") {
    CHECK(excerpt("short", 10) == "short");
    CHECK(excerpt("服务贸易", 2) == "服务\xE2\x80\xA6");
    CHECK(excerpt("abcdef", 6) == "abcdef");
    CHECK(excerpt("abcdefg", 6) == "abcdef\xE2\x80\xA6");
}

TEST_CASE("a field is quoted only when it must be") {
    std::string out;
    append_csv_field(out, "plain");
    CHECK(out == "plain");
    out.clear();
    append_csv_field(out, "a,b");
    CHECK(out == "\"a,b\"");
    out.clear();
    append_csv_field(out, "a,b", ';');
    CHECK(out == "a,b");
    out.clear();
    append_csv_field(out, "say \"hi\"");
    CHECK(out == "\"say \"\"hi\"\"\"");
    out.clear();
    append_csv_field(out, " padded");
    CHECK(out == "\" padded\"");
}

TEST_CASE("a record of one empty field is written so that it is not a blank line") {
    std::ostringstream out;
    CsvWriter w(out);
    w.field("");
    w.end_record();
    w.plain_field("1");
    w.field("");
    w.end_record();
    w.finish();
    CHECK(out.str() == "\"\"\n1,\n");
}

TEST_CASE("a writer refuses a separator a reader would refuse, and reports a stream that fails") {
    std::ostringstream out;
    CHECK_THROWS_AS(CsvWriter(out, CsvDialect{'"'}), InvalidArgument);
    std::ostringstream closed;
    closed.setstate(std::ios::badbit);
    CsvWriter w(closed);
    w.field("x");
    w.end_record();
    CHECK_THROWS_AS(w.finish(), Error);
}
