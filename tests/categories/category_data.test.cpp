// SPDX-License-Identifier: BSL-1.0
// Checks the compiled-in table (src/ebops2010_table.cpp, generated) row by row against the
// repository's copy of the reference data in data/ (SVCTRADE_DATA_DIR), so a stale or
// hand-edited table fails here. The CSV files are read with a small RFC 4180 reader.
#include <svctrade/categories/aggregate.hpp>
#include <svctrade/categories/category.hpp>
#include <svctrade/categories/classification.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace svctrade;

namespace {

using Record = std::map<std::string, std::string>;

std::vector<std::string> split_csv_line(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

std::vector<Record> read_csv(const std::string& name) {
    const std::string path = std::string(SVCTRADE_DATA_DIR) + "/" + name;
    std::ifstream in(path);
    REQUIRE_MESSAGE(in.good(), "cannot open " << path);
    std::string line;
    std::getline(in, line);
    const auto header = split_csv_line(line);
    std::vector<Record> records;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const auto fields = split_csv_line(line);
        REQUIRE_MESSAGE(fields.size() == header.size(), "bad field count in " << name << ": " << line);
        Record r;
        for (std::size_t i = 0; i < header.size(); ++i) r[header[i]] = fields[i];
        records.push_back(r);
    }
    return records;
}

FactStatus status_from(const std::string& s) {
    if (s == "confirmed") return FactStatus::confirmed;
    if (s == "inferred") return FactStatus::inferred;
    REQUIRE(s == "unconfirmed");
    return FactStatus::unconfirmed;
}

}  // namespace

TEST_CASE("every row of data/ebops2010.csv is in the compiled table with its parent level role and name") {
    const auto rows = read_csv("ebops2010.csv");
    REQUIRE(rows.size() == 145);
    REQUIRE(Category::count() == rows.size());
    const auto all = Category::all().to_vector();
    REQUIRE(all.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Record& r = rows[i];
        CAPTURE(r.at("code"));
        const auto c = Category::find(r.at("code"));
        REQUIRE(c.has_value());
        CHECK(c->code() == r.at("code"));
        CHECK(c->name() == r.at("name"));
        CHECK(c->depth() == std::stoi(r.at("level")));
        CHECK(to_string(c->role()) == r.at("role"));
        if (r.at("parent").empty()) {
            CHECK_FALSE(c->parent().has_value());
        } else {
            REQUIRE(c->parent().has_value());
            CHECK(c->parent()->code() == r.at("parent"));
        }
        // Row order is the classification order, and iteration follows it.
        CHECK(c->index() == i);
        CHECK(all[i] == *c);
    }
}

TEST_CASE("the children in the table are exactly the rows naming each parent") {
    const auto rows = read_csv("ebops2010.csv");
    std::map<std::string, std::vector<std::string>> children;
    for (const Record& r : rows) {
        if (!r.at("parent").empty()) children[r.at("parent")].push_back(r.at("code"));
    }
    for (const Category c : Category::all()) {
        std::vector<std::string> actual;
        for (const Category k : c.children()) actual.emplace_back(k.code());
        CAPTURE(c.code());
        CHECK(actual == children[std::string(c.code())]);
    }
}

TEST_CASE("the Chinese names match data/ebops2010_main_zh.csv and only main components have one") {
    const auto rows = read_csv("ebops2010_main_zh.csv");
    REQUIRE(rows.size() == 12);
    std::vector<std::string> with_names;
    for (const Record& r : rows) {
        CAPTURE(r.at("code"));
        const Category c = Category::from_code(r.at("code"));
        CHECK(c.chinese_name(ChineseNameForm::safe) == r.at("name_zh_safe"));
        CHECK(c.chinese_name(ChineseNameForm::mofcom_short) == r.at("name_zh_mofcom_short"));
        with_names.push_back(r.at("code"));
    }
    for (const Category c : Category::all()) {
        const bool listed = std::find(with_names.begin(), with_names.end(), c.code()) != with_names.end();
        CHECK(c.chinese_name(ChineseNameForm::safe).has_value() == listed);
    }
}

TEST_CASE("the built-in aggregates match data/aggregates.csv") {
    const auto rows = read_csv("aggregates.csv");
    const auto builtins = Aggregate::builtins();
    REQUIRE(builtins.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Record& r = rows[i];
        const Aggregate& a = builtins[i];
        CAPTURE(r.at("aggregate"));
        CHECK(a.key() == r.at("aggregate"));
        CHECK(a.name() == r.at("name_en"));
        CHECK(a.chinese_name() == r.at("name_zh"));
        CHECK(a.status() == status_from(r.at("status")));
        CHECK(a.source() == r.at("source"));
        // The CSV lists members as codes; the set must cover exactly those services.
        std::istringstream codes(r.at("members"));
        std::string code;
        CategorySet expected;
        std::vector<std::string> listed;
        while (codes >> code) {
            expected.insert(Category::from_code(code));
            listed.push_back(code);
        }
        CHECK(a.members() == expected);
        std::vector<std::string> members;
        for (const Category m : a.members().members()) members.emplace_back(m.code());
        CHECK(members == listed);
    }
}

TEST_CASE("the built-in alias table matches data/aliases.csv") {
    const auto rows = read_csv("aliases.csv");
    const Classification names;
    REQUIRE(names.aliases().size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Record& r = rows[i];
        const Alias& a = names.aliases()[i];
        CAPTURE(r.at("text"));
        CHECK(a.text == r.at("text"));
        if (r.at("kind") == "aggregate") {
            CHECK(a.target == NameTarget::aggregate(r.at("target")));
        } else {
            CHECK(a.target == NameTarget(Category::from_code(r.at("target"))));
        }
        CHECK(to_string(a.relation) == r.at("relation"));
        CHECK(a.status == status_from(r.at("status")));
        CHECK(a.source == r.at("source"));
        // And every alias resolves to its target.
        CHECK(names.resolve(r.at("text")).target == a.target);
    }
}
