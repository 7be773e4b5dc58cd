// SPDX-License-Identifier: BSL-1.0
#include <doctest/doctest.h>

#include <svctrade/text/csv_reader.hpp>
#include <svctrade/text/csv_writer.hpp>

#include <random>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

using namespace svctrade;

namespace {

struct Field {
    std::string text;
    std::size_t line;
    std::size_t column;
    bool quoted;
    friend bool operator==(const Field&, const Field&) = default;
};
using Records = std::vector<std::vector<Field>>;

Records read_all(CsvReader& reader) {
    Records out;
    while (const CsvRow* row = reader.next()) {
        std::vector<Field> r;
        for (std::size_t i = 0; i < row->size(); ++i) {
            r.push_back(Field{std::string((*row)[i]), row->line(i), row->column(i), row->quoted(i)});
        }
        out.push_back(r);
    }
    return out;
}

Records read_text(std::string_view text, CsvDialect dialect = {}) {
    CsvReader reader(text, "t.csv", dialect);
    return read_all(reader);
}

Records read_stream(const std::string& text, std::size_t chunk, CsvDialect dialect = {}) {
    std::istringstream in(text);
    CsvReader reader(in, "t.csv", dialect, chunk);
    return read_all(reader);
}

// The CsvError a reader of `text` throws, or a failed check when it throws none.
CsvError error_of(std::string_view text, std::size_t chunk = 0) {
    try {
        if (chunk == 0) {
            (void)read_text(text);
        } else {
            (void)read_stream(std::string(text), chunk);
        }
    } catch (const CsvError& e) {
        return e;
    }
    FAIL("no CsvError for: " << std::string(text));
    return CsvError("", 0, 0, "", "");
}

// A stream buffer that fails on its first read, as a disk error would.
struct FailingBuffer : std::streambuf {
    int_type underflow() override { throw std::ios_base::failure("disk error"); }
};

}  // namespace

TEST_CASE("a reader hands out records one at a time with their lines and columns") {
    const Records r = read_text("a,b\r\n1,\"x,y\"\n");
    REQUIRE(r.size() == 2);
    CHECK(r[0][1].text == "b");
    CHECK(r[1][1].text == "x,y");
    CHECK(r[1][1].quoted);
    CHECK(r[1][1].line == 2);
    CHECK(r[1][1].column == 3);
}

TEST_CASE("the separator is the dialect's: a semicolon file keeps its decimal commas") {
    const Records r = read_text("A;B\nx;12,4\n", CsvDialect{';'});
    REQUIRE(r.size() == 2);
    CHECK(r[1].size() == 2);
    CHECK(r[1][1].text == "12,4");
    const Records tab = read_text("geo\t2021 \nDE\t628 e\n", CsvDialect{'\t'});
    CHECK(tab[1][1].text == "628 e");
}

TEST_CASE("a separator that cannot separate is refused") {
    CHECK_THROWS_AS(CsvReader("a", "t.csv", CsvDialect{'"'}), InvalidArgument);
    CHECK_THROWS_AS(CsvReader("a", "t.csv", CsvDialect{'\n'}), InvalidArgument);
    CHECK_THROWS_AS(CsvReader("a", "t.csv", CsvDialect{'\xC3'}), InvalidArgument);
    std::istringstream in("a");
    CHECK_THROWS_AS(CsvReader(in, "t.csv", CsvDialect{}, 0), InvalidArgument);
    CHECK_NOTHROW(CsvReader("a", "t.csv", CsvDialect{'|'}));
}

TEST_CASE("a doubled quote is one quote and a quoted line break is content as written") {
    const Records r = read_text("\"say \"\"hi\"\"\",\"two\r\nlines\",end\nnext\n");
    REQUIRE(r.size() == 2);
    CHECK(r[0][0].text == "say \"hi\"");
    CHECK(r[0][1].text == "two\r\nlines");
    CHECK(r[0][2].line == 2);
    CHECK(r[0][2].column == 8);
    CHECK(r[1][0].line == 3);
}

TEST_CASE("a trailing separator makes an empty last field, and blank lines are no records") {
    const Records r = read_text("a,b,\n\n\r\n\r,x\n");
    REQUIRE(r.size() == 2);
    CHECK(r[0].size() == 3);
    CHECK(r[0][2].text.empty());
    CHECK(r[1][0].text.empty());
    CHECK(r[1][1].line == 5);
}

TEST_CASE("an empty text and a text of only a byte-order mark hold no record") {
    CHECK(read_text("").empty());
    CHECK(read_text("\xEF\xBB\xBF").empty());
    CHECK(read_stream("\xEF\xBB\xBF\n\n", 1).empty());
    const Records r = read_stream("\xEF\xBB\xBFx", 1);
    REQUIRE(r.size() == 1);
    CHECK(r[0][0].column == 1);
}

TEST_CASE("errors name the file, line, column and the text of the field") {
    const CsvError e = error_of("a,b\n1,ab\"c\n");
    CHECK(e.line() == 2);
    CHECK(e.column() == 5);
    CHECK(e.input() == "ab");
    CHECK(std::string(e.what()).rfind("t.csv:2:5: a double quote inside an unquoted field", 0) == 0);
    const CsvError never = error_of("x\n\"open, still\nopen");
    CHECK(never.line() == 2);
    CHECK(never.column() == 1);
    CHECK(never.input() == "open, still\nopen");
    CHECK(error_of("\"a\";b").column() == 4);
}

TEST_CASE("an excerpt of a long field is cut at 60 characters") {
    const std::string longer = "\"" + std::string(100, 'x');
    const CsvError e = error_of(longer);
    CHECK(e.input() == std::string(60, 'x') + "\xE2\x80\xA6");
}

TEST_CASE("every error is the same whether read from a buffer or a stream in small chunks") {
    for (const std::string_view bad :
         {std::string_view("a,b\n1,ab\"c\n"), std::string_view("x\n\"open"), std::string_view("\"ab\"c"),
          std::string_view("ok,\xE6\x9C\x8D\xFF"), std::string_view("ok,\xE6\x9C"), std::string_view("a\0b", 3)}) {
        const CsvError whole = error_of(bad);
        for (std::size_t chunk = 1; chunk < 8; ++chunk) {
            const CsvError part = error_of(bad, chunk);
            CHECK(std::string(part.what()) == std::string(whole.what()));
        }
    }
}

TEST_CASE("text that is not UTF-8 or holds NUL is refused at its character") {
    CHECK(error_of("服务,\xFF").column() == 4);
    CHECK(error_of("\xE6\x9C").column() == 1);
    CHECK(std::string(error_of("\xC0\xAF").what()).find("overlong") != std::string::npos);
    CHECK(std::string(error_of(std::string_view("\"a\0\"", 4)).what()).find("NUL") != std::string::npos);
}

TEST_CASE("a stream that fails is an error, not the end of the file") {
    FailingBuffer buffer;
    std::istream in(&buffer);
    in.exceptions(std::ios::goodbit);
    CsvReader reader(in, "t.csv");
    CHECK_THROWS_AS((void)reader.next(), Error);
}

TEST_CASE("a row's errors point at its fields for the readers built on it") {
    CsvReader reader("code,value\nSI,12x\n", "t.csv");
    (void)reader.next();
    const CsvRow* row = reader.next();
    REQUIRE(row != nullptr);
    const CsvError e = row->error(1, "not a number");
    CHECK(std::string(e.what()) == "t.csv:2:4: not a number");
    CHECK(e.input() == "12x");
    CHECK(row->error_at_end("no status").column() == 4);
    CHECK(row->source() == "t.csv");
    CHECK(reader.next() == nullptr);
    CHECK(reader.next() == nullptr);
}

TEST_CASE("a long record in a stream grows the buffer and reads back whole") {
    const std::string big(5000, 'v');
    const Records r = read_stream("h\n\"" + big + "\"\n" + big + ",z\n", 16);
    REQUIRE(r.size() == 3);
    CHECK(r[1][0].text == big);
    CHECK(r[2][1].text == "z");
    CHECK(r[2][1].column == 5002);
}

TEST_CASE("property: random texts tokenize the same from a buffer and from a stream in any chunk size") {
    std::mt19937 rng(20250127);
    const std::string alphabet[] = {"a", "1", ",", ";", "\"", "\"\"", "\n", "\r", "\r\n", " ", "服", "é"};
    for (int trial = 0; trial < 400; ++trial) {
        std::string text;
        const int length = static_cast<int>(rng() % 30);
        for (int i = 0; i < length; ++i) text += alphabet[rng() % std::size(alphabet)];
        const char sep = trial % 2 == 0 ? ',' : ';';
        bool whole_ok = true;
        Records whole;
        std::string whole_error;
        try {
            whole = read_text(text, CsvDialect{sep});
        } catch (const CsvError& e) {
            whole_ok = false;
            whole_error = e.what();
        }
        for (std::size_t chunk : {1u, 2u, 3u, 5u, 64u}) {
            try {
                const Records part = read_stream(text, chunk, CsvDialect{sep});
                CHECK(whole_ok);
                CHECK(part == whole);
            } catch (const CsvError& e) {
                CHECK_FALSE(whole_ok);
                CHECK(std::string(e.what()) == whole_error);
            }
        }
    }
}

TEST_CASE("property: whatever a writer writes, a reader reads back field for field") {
    std::mt19937 rng(42);
    const std::string pieces[] = {"", "x", "12,4", "\"", " lead", "trail ", "a;b", "\r\n", "\n", "服务", "#N/A"};
    for (const char sep : {',', ';', '\t'}) {
        for (int trial = 0; trial < 200; ++trial) {
            std::vector<std::vector<std::string>> records(1 + rng() % 4);
            for (auto& r : records) {
                r.resize(1 + rng() % 4);
                for (auto& f : r) {
                    const int parts = static_cast<int>(rng() % 3);
                    for (int k = 0; k < parts; ++k) f += pieces[rng() % std::size(pieces)];
                }
            }
            std::ostringstream out;
            {
                CsvWriter w(out, CsvDialect{sep, trial % 2 ? CsvDialect::LineBreak::crlf : CsvDialect::LineBreak::lf});
                for (const auto& r : records) {
                    for (const auto& f : r) w.field(f);
                    w.end_record();
                }
                w.finish();
            }
            const Records back = read_text(out.str(), CsvDialect{sep});
            REQUIRE(back.size() == records.size());
            for (std::size_t i = 0; i < records.size(); ++i) {
                REQUIRE(back[i].size() == records[i].size());
                for (std::size_t j = 0; j < records[i].size(); ++j) CHECK(back[i][j].text == records[i][j]);
            }
        }
    }
}

TEST_CASE("comment lines are skipped when the dialect has a comment character, in any chunk size") {
    CsvDialect dialect;
    dialect.comment = '#';
    const std::string text = "# a note, with \"quotes\" and 亿元\r\na,b\n#second\n\nc,#d\n# last, no line break";
    const Records expected{{{"a", 2, 1, false}, {"b", 2, 3, false}}, {{"c", 5, 1, false}, {"#d", 5, 3, false}}};
    CHECK(read_text(text, dialect) == expected);
    for (const std::size_t chunk : {1U, 2U, 3U, 7U, 64U}) {
        CAPTURE(chunk);
        CHECK(read_stream(text, chunk, dialect) == expected);
    }
    // Without the comment character the first line's quote is an error, as RFC 4180 has no comments.
    CHECK(error_of(text).line() == 1);
    // A comment line must still be UTF-8.
    CHECK_THROWS_AS((void)read_text("#\xC3\x28\na\n", dialect), CsvError);
}
