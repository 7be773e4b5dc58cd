// SPDX-License-Identifier: BSL-1.0
// Template tables: the built-in ones read through the same parser as a bureau's file; a table a
// bureau edits changes the words and nothing else; every malformed table is refused naming the
// line and column.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "bulletin_data.hpp"

using namespace svctrade;
using namespace bulletin_test;

namespace {

// The word rows every table needs, appended to the rows a test is about.
const std::string words =
    "flow,total,trade\nflow,exports,exports\nflow,imports,imports\n"
    "qualifier,nearly,nearly\nqualifier,over,over\nqualifier,about,about\n";

// The word rows with an empty fourth column.
std::string with_comment_column(const std::string& rows) {
    std::string out;
    for (const char c : rows) out += c == '\n' ? std::string(",\n") : std::string(1, c);
    return out;
}

std::string refusal(const std::string& csv) {
    try {
        (void)TemplateTable::parse(csv, "bureau.csv");
    } catch (const CsvError& e) {
        return e.what();
    }
    return "accepted";
}

}  // namespace

TEST_CASE("the built-in tables hold every sentence shape and only known cases and fields") {
    for (const TemplateTable* t : {&TemplateTable::english(), &TemplateTable::chinese()}) {
        CHECK(t->rows().size() > 50);
        for (const SentenceShape& shape : sentence_shapes()) {
            for (const std::string_view c : shape.cases) {
                const bool has = std::any_of(t->rows().begin(), t->rows().end(), [&](const TemplateRow& r) {
                    return r.sentence == shape.sentence && r.case_name == c;
                });
                CAPTURE(shape.sentence);
                CAPTURE(c);
                CHECK(has);
            }
        }
    }
    CHECK(TemplateTable::english().word("flow", "total") == "imports and exports");
    CHECK(TemplateTable::chinese().word("qualifier", "nearly") == "近");
    CHECK(TemplateTable::english_csv().substr(0, 23) == "sentence,case,pattern\nw");
    CHECK_THROWS_AS((void)TemplateTable::english().word("flow", "balance"), NotFound);
}

TEST_CASE("a pattern's fields are found in order and braces are written doubled") {
    const TemplateTable t = TemplateTable::parse(
        "sentence,case,pattern,comment\nwhole,total,\"{{{level}}} in {period}, {growth}\",kept and ignored\n" +
            with_comment_column(words),
        "bureau.csv");
    REQUIRE(t.rows().size() == 7);
    const TemplateRow& row = t.rows()[0];
    CHECK(row.fields == std::vector<std::string>{"level", "period", "growth"});
    CHECK(row.line == 2);
    CHECK(fill(row, [](std::string_view f) { return "<" + std::string(f) + ">"; }) ==
          "{<level>} in <period>, <growth>");
    CHECK(t.first_fitting("whole", "total", [](const std::string& f) { return f != "growth"; }) == nullptr);
    CHECK(t.first_fitting("whole", "total", [](const std::string&) { return true; }) == &row);
}

TEST_CASE("a bureau's own table changes the wording, and a sentence without a row is left out") {
    const std::string csv =
        "sentence,case,pattern\n"
        "whole,total,\"{area}, {period}: services trade {level}; {growth}.\"\n"
        "whole,exports,Exports: {level}.\n" +
        words;
    const TemplateTable bureau = TemplateTable::parse(csv, "bureau.csv");
    Data d;
    d.half("S", Flow::exports, 2020, "100").half("S", Flow::imports, 2020, "100");
    d.half("S", Flow::exports, 2021, "110").half("S", Flow::imports, 2021, "90");
    BulletinSpec spec = half_year_spec();
    spec.items.clear();
    spec.whole.measures = Measures{};
    const Bulletin b = render(compute_figures(spec, d.all()), bureau, Language::english);
    // 200 → 200: unchanged; imports and the balance have no row in this table.
    CHECK(b.text() ==
          "Testcity, January-June 2021: services trade 20.00 billion yuan; unchanged year on year. "
          "Exports: 11.00 billion yuan.");
    CHECK(b.rows.size() == 3);
}

TEST_CASE("a malformed table is refused naming the file, line and column") {
    CHECK(refusal("sentence,pattern\nwhole,x\n") ==
          "bureau.csv:1:1: the header has no column \"case\", which is required");
    CHECK(refusal("sentence,case,pattern\nheadline,total,x\n" + words).find("bureau.csv:2:1: ") == 0);
    CHECK(refusal("sentence,case,pattern\nheadline,total,x\n" + words).find("unknown sentence \"headline\"") !=
          std::string::npos);
    CHECK(refusal("sentence,case,pattern\nwhole,balance,x\n" + words).find("bureau.csv:2:7: ") == 0);
    CHECK(refusal("sentence,case,pattern\nwhole,total,{share}\n" + words).find("has no field {share}") !=
          std::string::npos);
    CHECK(refusal("sentence,case,pattern\nwhole,total,{level\n" + words).find("a '{' without its '}'") !=
          std::string::npos);
    CHECK(refusal("sentence,case,pattern\nwhole,total,{le{vel}\n" + words).find("a '{' without its '}'") !=
          std::string::npos);
    CHECK(refusal("sentence,case,pattern\nwhole,total,level}\n" + words).find("a '}' without its '{'") !=
          std::string::npos);
    CHECK(refusal("sentence,case,pattern\nwhole,total,\n" + words).find("the pattern is empty") != std::string::npos);
    CHECK(refusal("sentence,case,pattern\nflow,total,{level}\n" + words).find("is a word and has no fields") !=
          std::string::npos);
    CHECK(refusal("sentence,case,pattern\nflow,total,trade\n").find("has no flow row for case exports") !=
          std::string::npos);
    CHECK(refusal("sentence,case,pattern\nwhole,total,\"x\n").find("bureau.csv:2:") == 0);
    CHECK_THROWS_AS((void)TemplateTable::parse("sentence,case,pattern\nwhole,nope,x\n" + words, "t"), CsvError);
}

TEST_CASE("docs/bulletins.md shows the built-in tables as they are") {
    std::ifstream in(std::string(SVCTRADE_SOURCE_DIR) + "/docs/bulletins.md", std::ios::binary);
    REQUIRE(in);
    std::ostringstream page;
    page << in.rdbuf();
    CHECK(page.str().find(std::string(TemplateTable::english_csv())) != std::string::npos);
    CHECK(page.str().find(std::string(TemplateTable::chinese_csv())) != std::string::npos);
}

TEST_CASE("docs/bulletins.md shows the flagship's release as the example prints it") {
    const auto read = [](const std::string& path) {
        std::ifstream in(std::string(SVCTRADE_SOURCE_DIR) + "/" + path, std::ios::binary);
        REQUIRE_MESSAGE(in, path);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    };
    const std::string page = read("docs/bulletins.md");
    const std::string output = read("examples/xiamen_report.expected");
    // The text under a heading of the example's output: from the line after its underline to
    // the blank line before the next heading.
    const auto section = [&](const std::string& title) {
        const std::size_t start = output.find(title + "\n=");
        REQUIRE(start != std::string::npos);
        const std::size_t text = output.find('\n', start + title.size() + 1) + 1;
        const std::size_t next_underline = output.find("\n=", text);
        REQUIRE(next_underline != std::string::npos);
        const std::size_t end = output.rfind("\n\n", next_underline);
        REQUIRE(end > text);
        return output.substr(text, end - text);
    };
    for (const char* title : {"The release in English", "The release in Chinese", "Audit of the release file"}) {
        const std::string text = section(title);
        INFO(title);
        CHECK(text.size() > 100);
        CHECK(page.find(text) != std::string::npos);
    }
}

namespace {

// The rows of the Markdown table whose header row starts with `header`, each split into its
// cells (trimmed).
std::vector<std::vector<std::string>> markdown_table(const std::string& page, const std::string& header) {
    std::vector<std::vector<std::string>> rows;
    std::size_t at = page.find("\n" + header);
    REQUIRE_MESSAGE(at != std::string::npos, header);
    at = page.find('\n', page.find('\n', at + 1) + 1) + 1;  // past the header and the |---| row
    while (at < page.size() && page[at] == '|') {
        const std::size_t end = page.find('\n', at);
        const std::string line = page.substr(at, end - at);
        std::vector<std::string> cells;
        std::size_t from = 1;
        for (std::size_t bar = line.find('|', from); bar != std::string::npos; bar = line.find('|', from)) {
            std::string cell = line.substr(from, bar - from);
            cell.erase(0, cell.find_first_not_of(' '));
            cell.erase(cell.find_last_not_of(' ') + 1);
            cells.push_back(cell);
            from = bar + 1;
        }
        rows.push_back(cells);
        at = end + 1;
    }
    return rows;
}

bool mentions(const std::string& cell, const std::string& word) {
    // A whole word of a comma-separated list, or a `code` span.
    for (std::size_t at = cell.find(word); at != std::string::npos; at = cell.find(word, at + 1)) {
        const auto boundary = [&](std::size_t i) {
            return i >= cell.size() || std::string(" ,;/`").find(cell[i]) != std::string::npos;
        };
        if ((at == 0 || boundary(at - 1)) && boundary(at + word.size())) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("docs/bulletins.md documents every sentence's cases and every field with the sentences that have it") {
    std::ifstream in(std::string(SVCTRADE_SOURCE_DIR) + "/docs/bulletins.md", std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    const std::string page = text.str();
    const auto cases = markdown_table(page, "| sentence | cases");
    const auto fields = markdown_table(page, "| field | sentences");
    std::size_t documented = 0;
    for (const SentenceShape& shape : sentence_shapes()) {
        const std::string sentence(shape.sentence);
        const auto row = std::find_if(cases.begin(), cases.end(),
                                      [&](const auto& r) { return r.size() > 1 && r[0] == "`" + sentence + "`"; });
        REQUIRE_MESSAGE(row != cases.end(), "no row for the sentence " << sentence);
        for (const std::string_view c : shape.cases)
            CHECK_MESSAGE(mentions((*row)[1], "`" + std::string(c) + "`"), sentence << " case " << c);
        for (const std::string_view f : shape.fields) {
            const std::string name = "`{" + std::string(f) + "}`";
            const auto field = std::find_if(fields.begin(), fields.end(),
                                            [&](const auto& r) { return r.size() > 1 && mentions(r[0], name); });
            CHECK_MESSAGE(field != fields.end(), "field " << name << " is not documented");
            if (field == fields.end()) continue;
            CHECK_MESSAGE(mentions((*field)[1], sentence), "field " << name << " does not list " << sentence);
            ++documented;
        }
    }
    // And nothing documented that no sentence has: every field row names fields of the shapes.
    std::size_t listed = 0;
    for (const auto& r : fields)
        for (const SentenceShape& shape : sentence_shapes())
            for (const std::string_view f : shape.fields)
                if (mentions(r[0], "`{" + std::string(f) + "}`") && mentions(r[1], std::string(shape.sentence)))
                    ++listed;
    CHECK(listed == documented);
    CHECK(documented > 30);
}
