// SPDX-License-Identifier: BSL-1.0
#include <svctrade/io/codelist.hpp>

#include <initializer_list>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <svctrade/text/csv_reader.hpp>

namespace svctrade {

std::string_view to_string(ClassificationVersion version) noexcept {
    switch (version) {
        case ClassificationVersion::ebops2002:
            return "EBOPS 2002";
        case ClassificationVersion::ebops2010:
            return "EBOPS 2010";
        case ClassificationVersion::unspecified:
            break;
    }
    return "unspecified";
}

std::optional<std::string_view> CodelistItem::label(std::string_view language) const noexcept {
    for (const CodelistLabel& l : labels) {
        if (l.language == language) {
            return l.text;
        }
    }
    return std::nullopt;
}

const CodelistItem* Codelist::find(std::string_view code) const noexcept {
    for (const CodelistItem& item : items_) {
        if (item.code == code) {
            return &item;
        }
    }
    return nullptr;
}

namespace {

std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

char lower(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool same_name(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i])) {
            return false;
        }
    }
    return true;
}

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) noexcept {
    for (std::string_view n : names) {
        if (same_name(name, n)) {
            return true;
        }
    }
    return false;
}

// "Name[fr]" or "Label:fr" → "fr"; "Name" → the default; anything else is not a label column.
std::optional<std::string> label_language(std::string_view name, std::string_view fallback) {
    for (std::string_view stem : {std::string_view("label"), std::string_view("name")}) {
        if (name.size() < stem.size() || !same_name(name.substr(0, stem.size()), stem)) {
            continue;
        }
        std::string_view rest = name.substr(stem.size());
        if (rest.empty()) {
            return std::string(fallback);
        }
        if (rest.size() >= 2 && rest.front() == '[' && rest.back() == ']') {
            const std::string_view inside = trim(rest.substr(1, rest.size() - 2));
            // "Name[en;fr]" or "Name[]": each cell holds its languages itself, "en:…;fr:…"
            return inside.empty() || inside.find(';') != std::string_view::npos ? std::string() : std::string(inside);
        }
        if (rest.size() > 1 && rest.front() == ':') {
            return std::string(trim(rest.substr(1)));
        }
    }
    return std::nullopt;
}

// The length of a language tag and its colon at the start of `s` ("en:", "zh-Hans:"), or 0.
std::size_t language_prefix(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) ++i;
    if (i < 2 || i > 3) return 0;
    while (i < s.size() && s[i] == '-') {
        std::size_t j = i + 1;
        while (j < s.size() &&
               ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= '0' && s[j] <= '9')))
            ++j;
        if (j == i + 1) return 0;
        i = j;
    }
    return i < s.size() && s[i] == ':' ? i + 1 : 0;
}

// A cell of labels in several languages, as SDMX-CSV 2.0 writes them: "en:Sea transport;fr:Transport
// maritime". A ';' not followed by a language tag is part of the label ("Sea transport; Passenger").
void add_labels(std::string_view cell, std::string_view fallback, std::vector<CodelistLabel>& out) {
    std::size_t begin = 0;
    while (begin <= cell.size()) {
        std::size_t end = begin;
        for (;;) {
            end = cell.find(';', end);
            if (end == std::string_view::npos || language_prefix(trim(cell.substr(end + 1))) != 0) break;
            ++end;
        }
        std::string_view piece = trim(cell.substr(begin, end == std::string_view::npos ? cell.npos : end - begin));
        const std::size_t tag = language_prefix(piece);
        const std::string_view language = tag != 0 ? piece.substr(0, tag - 1) : fallback;
        piece = trim(piece.substr(tag));
        if (!piece.empty()) out.push_back({std::string(language), std::string(piece)});
        if (end == std::string_view::npos) break;
        begin = end + 1;
    }
}

struct Columns {
    std::size_t code = 0;
    std::optional<std::size_t> parent;
    std::vector<std::pair<std::size_t, std::string>> labels;  // column, language
    std::size_t count = 0;
};

std::size_t required_column(const CsvRow& header, std::string_view name, std::string_view what) {
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (trim(header[i]) == name) {
            return i;
        }
    }
    throw header.error(0, "the header has no " + std::string(what) + " column \"" + std::string(name) + "\"");
}

Columns find_columns(const CsvRow& header, const CodelistCsvLayout& layout) {
    Columns columns;
    columns.count = header.size();
    if (!layout.code_column.empty()) {
        columns.code = required_column(header, layout.code_column, "code");
    } else {
        std::optional<std::size_t> code;
        for (std::size_t i = 0; i < header.size() && !code; ++i) {
            if (is_one_of(trim(header[i]), {"notation", "code", "id"})) {
                code = i;
            }
        }
        if (!code) {
            throw header.error(0, "the header has no code column (Notation, Code or Id; or name it in the layout)");
        }
        columns.code = *code;
    }
    if (!layout.parent_column.empty()) {
        columns.parent = required_column(header, layout.parent_column, "parent");
    } else {
        for (std::size_t i = 0; i < header.size() && !columns.parent; ++i) {
            if (is_one_of(trim(header[i]), {"parent notation", "parent", "parent code", "parent id", "parent_id"})) {
                columns.parent = i;
            }
        }
    }
    if (!layout.label_columns.empty()) {
        for (const CodelistLabelColumn& c : layout.label_columns) {
            columns.labels.emplace_back(required_column(header, c.column, "label"), c.language);
        }
    } else {
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (std::optional<std::string> language = label_language(trim(header[i]), layout.default_language)) {
                columns.labels.emplace_back(i, std::move(*language));
            }
        }
    }
    return columns;
}

Codelist read(CsvReader& csv, ClassificationVersion version, const CodelistCsvLayout& layout) {
    Codelist codelist(version, csv.source());
    const CsvRow* header = csv.next();
    if (header == nullptr) {
        throw CsvError(csv.source(), 1, 1, "", "the codelist has no header");
    }
    const Columns columns = find_columns(*header, layout);
    while (const CsvRow* row = csv.next()) {
        if (row->size() != columns.count) {
            const std::string reason = "the row has " + std::to_string(row->size()) + " fields but the header has " +
                                       std::to_string(columns.count);
            throw row->size() < columns.count ? row->error_at_end(reason) : row->error(columns.count, reason);
        }
        CodelistItem item;
        item.code = trim((*row)[columns.code]);
        if (columns.parent) {
            item.parent = trim((*row)[*columns.parent]);
        }
        for (const auto& [column, language] : columns.labels) {
            const std::string_view text = trim((*row)[column]);
            if (language.empty()) {
                add_labels(text, layout.default_language, item.labels);
            } else if (!text.empty()) {
                item.labels.push_back({language, std::string(text)});
            }
        }
        item.line = row->line();
        codelist.add(std::move(item));
    }
    return codelist;
}

}  // namespace

Codelist read_codelist_csv(std::string_view text, std::string source, ClassificationVersion version,
                           const CodelistCsvLayout& layout, CsvDialect dialect) {
    CsvReader csv(text, std::move(source), dialect);
    return read(csv, version, layout);
}

Codelist read_codelist_csv(std::istream& in, std::string source, ClassificationVersion version,
                           const CodelistCsvLayout& layout, CsvDialect dialect) {
    CsvReader csv(in, std::move(source), dialect);
    return read(csv, version, layout);
}

}  // namespace svctrade
