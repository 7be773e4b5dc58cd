// SPDX-License-Identifier: BSL-1.0
// Template tables: parsing and the shapes (sentences, cases, fields) a table is checked against.
// The built-in tables are CSV text in templates_builtin.cpp, read by the same parser a bureau's
// own file goes through, so they cannot hold anything a file could not.
#include <svctrade/bulletins/templates.hpp>
#include <svctrade/error.hpp>
#include <svctrade/text/csv.hpp>

#include <algorithm>
#include <array>

#include "bulletins/builtin_tables.hpp"

namespace svctrade {

namespace {

constexpr std::array<std::string_view, 3> flow_cases{"total", "exports", "imports"};
constexpr std::array<std::string_view, 5> whole_cases{"total", "exports", "imports", "exports_first", "imports_first"};
constexpr std::array<std::string_view, 6> item_cases{"total",       "exports",       "imports",
                                                     "total_first", "exports_first", "imports_first"};
constexpr std::array<std::string_view, 12> whole_fields{"period",      "area",     "item",          "whole",
                                                        "flow",        "level",    "level_usd",     "growth",
                                                        "growth_noun", "two_year", "two_year_noun", "base_period"};
constexpr std::array<std::string_view, 15> item_fields{
    "period",      "area",     "item",          "whole",       "flow",  "level",        "level_usd",        "growth",
    "growth_noun", "two_year", "two_year_noun", "base_period", "share", "share_change", "share_change_noun"};
constexpr std::array<std::string_view, 9> balance_cases{"surplus",          "deficit",          "balanced",
                                                        "surplus_wider",    "surplus_narrower", "deficit_wider",
                                                        "deficit_narrower", "to_surplus",       "to_deficit"};
constexpr std::array<std::string_view, 8> balance_fields{"period",      "area",      "item",        "balance",
                                                         "balance_usd", "last_year", "last_period", "change"};
constexpr std::array<std::string_view, 5> footnote_cases{"total", "surplus", "deficit", "parts", "shares"};
constexpr std::array<std::string_view, 5> footnote_fields{"period", "item", "flow", "sum", "printed"};
constexpr std::array<std::string_view, 3> qualifier_cases{"nearly", "over", "about"};

const std::array<SentenceShape, 6> shapes{{
    {"whole", whole_cases, whole_fields},
    {"item", item_cases, item_fields},
    {"balance", balance_cases, balance_fields},
    {"footnote", footnote_cases, footnote_fields},
    {"flow", flow_cases, {}},
    {"qualifier", qualifier_cases, {}},
}};

const SentenceShape* shape_of(std::string_view sentence) {
    for (const SentenceShape& s : shapes)
        if (s.sentence == sentence) return &s;
    return nullptr;
}

template <class List>
std::string listed(const List& names) {
    std::string out;
    for (const std::string_view n : names) {
        if (!out.empty()) out += ", ";
        out += n;
    }
    return out;
}

bool listed_in(std::span<const std::string_view> names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// The field names of a pattern; `error(offset, reason)` reports a malformed one.
template <class Fail>
std::vector<std::string> pattern_fields(std::string_view p, Fail&& error) {
    std::vector<std::string> fields;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if ((p[i] == '{' || p[i] == '}') && i + 1 < p.size() && p[i + 1] == p[i]) {
            ++i;
        } else if (p[i] == '}') {
            error("a '}' without its '{' (write '}}' for a brace)");
        } else if (p[i] == '{') {
            const std::size_t close = p.find_first_of("{}", i + 1);
            if (close == std::string_view::npos || p[close] != '}')
                error("a '{' without its '}' (write '{{' for a brace)");
            fields.emplace_back(p.substr(i + 1, close - i - 1));
            i = close;
        }
    }
    return fields;
}

}  // namespace

std::span<const SentenceShape> sentence_shapes() noexcept {
    return shapes;
}

TemplateTable TemplateTable::parse(std::string_view csv, std::string source) {
    const CsvTable table(csv, source);
    const std::size_t sentence_col = table.require("sentence");
    const std::size_t case_col = table.require("case");
    const std::size_t pattern_col = table.require("pattern");
    std::vector<TemplateRow> rows;
    for (const CsvRecord& record : table.rows()) {
        TemplateRow row;
        row.sentence = record.fields[sentence_col].text;
        row.case_name = record.fields[case_col].text;
        row.pattern = record.fields[pattern_col].text;
        row.line = record.line;
        const SentenceShape* shape = shape_of(row.sentence);
        if (shape == nullptr)
            throw table.error(record, sentence_col,
                              "unknown sentence \"" + row.sentence + "\"; the sentences are " +
                                  listed(std::array{"whole", "item", "balance", "footnote", "flow", "qualifier"}));
        if (!listed_in(shape->cases, row.case_name))
            throw table.error(record, case_col,
                              "the sentence " + row.sentence + " has no case \"" + row.case_name +
                                  "\"; its cases are " + listed(shape->cases));
        if (row.pattern.empty()) throw table.error(record, pattern_col, "the pattern is empty");
        row.fields = pattern_fields(row.pattern,
                                    [&](const std::string& reason) { throw table.error(record, pattern_col, reason); });
        for (const std::string& f : row.fields) {
            if (shape->fields.empty())
                throw table.error(record, pattern_col,
                                  "a " + row.sentence + " row is a word and has no fields, not {" + f + "}");
            if (!listed_in(shape->fields, f))
                throw table.error(record, pattern_col,
                                  "the sentence " + row.sentence + " has no field {" + f + "}; its fields are " +
                                      listed(shape->fields));
        }
        rows.push_back(std::move(row));
    }
    // Words are looked up, not chosen among: each must be there.
    for (const std::string_view sentence : {std::string_view("flow"), std::string_view("qualifier")}) {
        for (const std::string_view c : shape_of(sentence)->cases) {
            const bool found = std::any_of(rows.begin(), rows.end(), [&](const TemplateRow& r) {
                return r.sentence == sentence && r.case_name == c;
            });
            if (!found)
                throw CsvError(table.source(), table.header_line(), 1, std::string(sentence) + "," + std::string(c),
                               "the table has no " + std::string(sentence) + " row for case " + std::string(c));
        }
    }
    return TemplateTable(std::move(rows), std::move(source));
}

const std::string& TemplateTable::word(std::string_view sentence, std::string_view case_name) const {
    for (const TemplateRow& row : rows_)
        if (row.sentence == sentence && row.case_name == case_name) return row.pattern;
    throw NotFound("the template table " + source_ + " has no " + std::string(sentence) + " row for " +
                   std::string(case_name));
}

const TemplateTable& TemplateTable::english() {
    static const TemplateTable table = parse(english_csv(), "built-in English templates");
    return table;
}

const TemplateTable& TemplateTable::chinese() {
    static const TemplateTable table = parse(chinese_csv(), "built-in Chinese templates");
    return table;
}

std::string_view TemplateTable::english_csv() noexcept {
    return detail::english_templates_csv;
}

std::string_view TemplateTable::chinese_csv() noexcept {
    return detail::chinese_templates_csv;
}

}  // namespace svctrade
