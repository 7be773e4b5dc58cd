// SPDX-License-Identifier: BSL-1.0
// The tidy reader on made-up files with every quirk: a byte-order mark, CRLF, quoted fields,
// columns in any order, columns not declared, comments, bad numbers, unknown items, statuses,
// missing values, and rows collected instead of stopping.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include <svctrade/io.hpp>

using namespace svctrade;

namespace {

TidyLayout layout() {
    TidyLayout l;
    l.columns.reporter = "reporter";
    l.columns.item = "item";
    l.columns.flow = "flow";
    l.columns.period = "period";
    l.columns.value = "value";
    l.columns.status = "status";
    l.currency = Currency::of("CNY");
    l.magnitude = 8;
    return l;
}

std::vector<TidyObservation> rows(TidyReader& reader) {
    std::vector<TidyObservation> out;
    while (const TidyObservation* o = reader.next()) out.push_back(*o);
    return out;
}

std::string message_of(const std::string& text, const TidyLayout& l = layout()) {
    try {
        TidyReader reader(text, "t.csv", l);
        while (reader.next() != nullptr) {
        }
    } catch (const CsvError& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("tidy reader: columns in any order, undeclared ones ignored, BOM, CRLF and quotes") {
    const std::string text =
        "\xEF\xBB\xBFnote,value,period,flow,item,reporter,status\r\n"
        "\"a, b\",34.30,2021-M06,exports,SI,\"City \"\"A\"\"\",E\r\n"
        "x,12,2021-06,imports,SC,CityB,\r\n";
    TidyReader reader(text, "t.csv", layout());
    const TidyObservation* first = reader.next();
    REQUIRE(first != nullptr);
    CHECK(first->reporter == "City \"A\"");  // a view, valid until the next row
    std::vector<TidyObservation> r{*first};
    for (const TidyObservation& o : rows(reader)) r.push_back(o);
    REQUIRE(r.size() == 2);
    CHECK(r[0].item == Category::from_code("SI"));
    CHECK(r[0].flow == Flow::exports);
    CHECK(r[0].period == Period::month(2021, 6));
    REQUIRE(r[0].value);
    CHECK(r[0].value->to_string() == "34.30");
    CHECK(r[0].currency == Currency::of("CNY"));
    CHECK(r[0].magnitude == 8);
    CHECK(r[0].status == ObservationStatus().with(StatusFlag::estimated));
    CHECK(r[0].line == 2);
    CHECK(r[1].reporter == "CityB");
    CHECK(r[1].status == ObservationStatus());
    CHECK(r[1].line == 3);
}

TEST_CASE("tidy reader: an empty value is missing, never zero, and the status says why") {
    const std::string text =
        "reporter,item,flow,period,value,status\n"
        "A,S,exports,2021-M01,,\n"
        "A,S,exports,2021-M02,,M\n"
        "A,S,exports,2021-M03,,O\n"
        "A,S,exports,2021-M04,,E;C\n";
    TidyReader reader(text, "t.csv", layout());
    const std::vector<TidyObservation> r = rows(reader);
    REQUIRE(r.size() == 4);
    for (const TidyObservation& o : r) CHECK_FALSE(o.value.has_value());
    CHECK(r[0].status.missing() == Missing::not_provided);
    CHECK(r[1].status.missing() == Missing::cannot_exist);
    CHECK(r[2].status.missing() == Missing::not_available);
    CHECK(r[3].status.missing() == Missing::not_provided);
    CHECK(r[3].status.has(StatusFlag::estimated));
    CHECK(r[3].status.confidentiality() == Confidentiality::confidential);
}

TEST_CASE("tidy reader: comment lines when the dialect has them") {
    TidyLayout l = layout();
    l.dialect.comment = '#';
    const std::string text =
        "# made up, \"not\" published\n"
        "reporter,item,flow,period,value,status\n"
        "# a note between rows\n"
        "A,S,exports,2021-M01,1,\n";
    TidyReader reader(text, "t.csv", l);
    const std::vector<TidyObservation> r = rows(reader);
    REQUIRE(r.size() == 1);
    CHECK(r[0].line == 4);
    CHECK(message_of(text).find("t.csv:1:") != std::string::npos);  // without comments the quote is an error
}

TEST_CASE("tidy reader: items by name through the category names and aliases") {
    TidyLayout l = layout();
    l.item_form = ItemForm::name;
    const std::string text =
        "reporter,item,flow,period,value,status\n"
        "A,\"Telecommunications, computer, and information services\",exports,2021-M01,1,\n"
        "A,SI2,exports,2021-M01,2,\n";
    TidyReader reader(text, "t.csv", l);
    const std::vector<TidyObservation> r = rows(reader);
    REQUIRE(r.size() == 2);
    CHECK(r[0].item == Category::from_code("SI"));
    CHECK(r[1].item == Category::from_code("SI2"));
    CHECK(message_of("reporter,item,flow,period,value,status\nA,no such services,exports,2021-M01,1,\n", l)
              .find("t.csv:2:3: column \"item\"") != std::string::npos);
}

TEST_CASE("tidy reader: each bad value is an error at its file, line and column with its text") {
    const std::string head = "reporter,item,flow,period,value,status\n";
    CHECK(message_of(head + "A,S,exports,2021-M01,1.2.3,\n").rfind("t.csv:2:22: column \"value\": ", 0) == 0);
    CHECK(message_of(head + "A,S,exports,2021-M01,1e5,\n").find("column \"value\"") != std::string::npos);
    CHECK(message_of(head + "A,S,exports,2021-M01,NaN,\n").find("column \"value\"") != std::string::npos);
    CHECK(message_of(head + "A,SX,exports,2021-M01,1,\n").rfind("t.csv:2:3: column \"item\": ", 0) == 0);
    CHECK(message_of(head + "A,S,export,2021-M01,1,\n").rfind("t.csv:2:5: column \"flow\": not a flow", 0) == 0);
    CHECK(message_of(head + "A,S,exports,2021-M13,1,\n").rfind("t.csv:2:13: column \"period\": ", 0) == 0);
    CHECK(message_of(head + "A,S,exports,2021-M01,1,X\n").rfind("t.csv:2:24: column \"status\": ", 0) == 0);
    CHECK(message_of(head + "A,S,exports,2021-M01,1,M\n").find("says the value is missing") != std::string::npos);
    CHECK(message_of(head + ",S,exports,2021-M01,1,\n").rfind("t.csv:2:1: column \"reporter\": empty", 0) == 0);
    CHECK(message_of(head + "A,S,exports,2021-M01,1\n").find("a record of 5 fields under a header of 6") !=
          std::string::npos);
    CHECK(message_of(head + "A,S,exports,2021-M01,1,,x\n").rfind("t.csv:2:25: a record of 7", 0) == 0);
    CHECK(message_of("reporter,item,flow,period,status\n").find("no column \"value\"") != std::string::npos);
    CHECK(message_of("reporter,item,flow,period,value,value,status\n").find("twice") != std::string::npos);
    CHECK(message_of("").find("header") != std::string::npos);
    try {
        const std::string text = head + "A,S,exports,2021-M01,12x,\n";  // outlives the reader
        TidyReader reader(text, "t.csv", layout());
        (void)reader.next();
        FAIL("no error");
    } catch (const CsvError& e) {
        CHECK(e.line() == 2);
        CHECK(e.column() == 22);
        CHECK(e.input() == "12x");
        CHECK(e.source() == "t.csv");
    }
}

TEST_CASE("tidy reader: currency and magnitude from columns, never guessed") {
    TidyLayout l = layout();
    l.currency.reset();
    l.magnitude.reset();
    l.columns.currency = "cur";
    l.columns.magnitude = "mult";
    const std::string text =
        "reporter,item,flow,period,value,status,cur,mult\n"
        "A,S,exports,2021-M01,1,,USD,6\n";
    TidyReader reader(text, "t.csv", l);
    const std::vector<TidyObservation> r = rows(reader);
    REQUIRE(r.size() == 1);
    CHECK(r[0].currency == Currency::of("USD"));
    CHECK(r[0].magnitude == 6);
    CHECK(message_of("reporter,item,flow,period,value,status,cur,mult\nA,S,exports,2021-M01,1,,USD,\n", l)
              .find("never guessed") != std::string::npos);
    CHECK(message_of("reporter,item,flow,period,value,status,cur,mult\nA,S,exports,2021-M01,1,,usd,6\n", l)
              .find("column \"cur\"") != std::string::npos);

    TidyLayout unsaid = layout();
    unsaid.magnitude.reset();
    CHECK_THROWS_AS(check_layout(unsaid), InvalidArgument);
    TidyLayout twice = layout();
    twice.columns.currency = "cur";
    CHECK_THROWS_AS(check_layout(twice), InvalidArgument);
    TidyLayout no_value = layout();
    no_value.columns.value.clear();
    CHECK_THROWS_AS(TidyReader("x\n", "t.csv", no_value), InvalidArgument);
}

TEST_CASE("tidy reader: collecting bad rows returns the good ones and lists the bad ones") {
    const std::string text =
        "reporter,item,flow,period,value,status\n"
        "A,S,exports,2021-M01,1,\n"
        "A,SX,exports,2021-M02,2,\n"
        "A,S,exports,2021-M03,x,\n"
        "A,S,exports,2021-M04,4,\n";
    TidyReader reader(text, "t.csv", layout(), OnBadRow::collect);
    const std::vector<TidyObservation> r = rows(reader);
    REQUIRE(r.size() == 2);
    CHECK(r[1].line == 5);
    REQUIRE(reader.errors().size() == 2);
    CHECK(reader.errors()[0].line() == 3);
    CHECK(reader.errors()[1].line() == 4);

    TidyReader stopping(text, "t.csv", layout());
    CHECK(stopping.next() != nullptr);
    CHECK_THROWS_AS((void)stopping.next(), CsvError);
}

TEST_CASE("tidy reader: a text that is not CSV stops even a collecting reader") {
    const std::string text = "reporter,item,flow,period,value,status\nA,S,exports,2021-M01,\"1,\n";
    TidyReader reader(text, "t.csv", layout(), OnBadRow::collect);
    CHECK_THROWS_AS((void)reader.next(), CsvError);
}

TEST_CASE("tidy reader: a stream read in small chunks gives the same rows") {
    std::string text = "reporter,item,flow,period,value,status\n";
    for (int m = 1; m <= 12; ++m)
        text += "A,SI,exports,2021-M" + std::string(m < 10 ? "0" : "") + std::to_string(m) + ",1." + std::to_string(m) +
                ",P\n";
    std::istringstream in(text);
    TidyReader reader(in, "t.csv", layout());
    const std::vector<TidyObservation> r = rows(reader);
    REQUIRE(r.size() == 12);
    CHECK(r[11].value->to_string() == "1.12");
    CHECK(r[11].status.has(StatusFlag::provisional));
}
