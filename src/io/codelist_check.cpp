// SPDX-License-Identifier: BSL-1.0
#include <svctrade/io/codelist_check.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <svctrade/categories/category.hpp>
#include <svctrade/categories/classification.hpp>

namespace svctrade {

std::string_view to_string(CodelistDefectKind kind) noexcept {
    switch (kind) {
        case CodelistDefectKind::empty_code:
            return "empty code";
        case CodelistDefectKind::duplicate_code:
            return "duplicate code";
        case CodelistDefectKind::missing_parent:
            return "missing parent";
        case CodelistDefectKind::cycle:
            return "cycle";
    }
    return "unknown defect";
}

std::string_view to_string(EbopsDifferenceKind kind) noexcept {
    switch (kind) {
        case EbopsDifferenceKind::unknown_code:
            return "unknown code";
        case EbopsDifferenceKind::different_parent:
            return "different parent";
        case EbopsDifferenceKind::different_label:
            return "different label";
        case EbopsDifferenceKind::missing_item:
            return "missing item";
    }
    return "unknown difference";
}

namespace {

std::string place(const Codelist& codelist, std::size_t line) {
    std::string s = codelist.source().empty() ? std::string("codelist") : codelist.source();
    if (line != 0) {
        s += ':';
        s += std::to_string(line);
    }
    s += ": ";
    return s;
}

std::string quoted(std::string_view s) {
    return '"' + std::string(s) + '"';
}

// The first item of each code: the one parents refer to.
std::unordered_map<std::string_view, std::size_t> first_items(const Codelist& codelist) {
    std::unordered_map<std::string_view, std::size_t> first;
    const std::vector<CodelistItem>& items = codelist.items();
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i].code.empty()) {
            first.emplace(items[i].code, i);
        }
    }
    return first;
}

// Parents form a graph in which every code has at most one way up, so each cycle is found once
// by walking up from every code not yet seen and stopping at the first code seen before.
void find_cycles(const Codelist& codelist, const std::unordered_map<std::string_view, std::size_t>& first,
                 std::vector<std::pair<std::size_t, CodelistDefect>>& out) {
    const std::vector<CodelistItem>& items = codelist.items();
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    auto up = [&](std::size_t i) -> std::size_t {
        if (items[i].parent.empty()) {
            return none;
        }
        const auto it = first.find(items[i].parent);
        return it == first.end() ? none : it->second;
    };
    enum : unsigned char { unseen, on_path, done };
    std::vector<unsigned char> state(items.size(), unseen);
    std::vector<std::size_t> path;
    for (std::size_t start = 0; start < items.size(); ++start) {
        if (state[start] != unseen || items[start].code.empty() || first.at(items[start].code) != start) {
            continue;
        }
        path.clear();
        std::size_t i = start;
        while (i != none && state[i] == unseen) {
            state[i] = on_path;
            path.push_back(i);
            i = up(i);
        }
        if (i != none && state[i] == on_path) {
            const auto begin = std::find(path.begin(), path.end(), i);
            const std::size_t head = *std::min_element(begin, path.end());
            std::string around = items[head].code;
            for (std::size_t j = up(head); j != head; j = up(j)) {
                around += " > " + items[j].code;
            }
            around += " > " + items[head].code;
            CodelistDefect d;
            d.kind = CodelistDefectKind::cycle;
            d.code = items[head].code;
            d.line = items[head].line;
            d.message = place(codelist, d.line) + "cycle through parents: " + around;
            d.other = std::move(around);
            out.emplace_back(head, std::move(d));
        }
        for (std::size_t j : path) {
            state[j] = done;
        }
    }
}

}  // namespace

std::vector<CodelistDefect> check_codelist(const Codelist& codelist) {
    const std::vector<CodelistItem>& items = codelist.items();
    const std::unordered_map<std::string_view, std::size_t> first = first_items(codelist);
    std::vector<std::pair<std::size_t, CodelistDefect>> found;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const CodelistItem& item = items[i];
        if (item.code.empty()) {
            CodelistDefect d;
            d.kind = CodelistDefectKind::empty_code;
            d.line = item.line;
            d.message = place(codelist, item.line) + "a row without a code";
            found.emplace_back(i, std::move(d));
            continue;
        }
        const std::size_t f = first.at(item.code);
        if (f != i) {
            CodelistDefect d;
            d.kind = CodelistDefectKind::duplicate_code;
            d.code = item.code;
            d.line = item.line;
            d.first_line = items[f].line;
            d.message = place(codelist, item.line) + "duplicate code " + quoted(item.code) +
                        (d.first_line != 0 ? " (first given on line " + std::to_string(d.first_line) + ")" : "");
            found.emplace_back(i, std::move(d));
        }
        if (!item.parent.empty() && first.find(item.parent) == first.end()) {
            CodelistDefect d;
            d.kind = CodelistDefectKind::missing_parent;
            d.code = item.code;
            d.other = item.parent;
            d.line = item.line;
            d.message = place(codelist, item.line) + "the parent " + quoted(item.parent) + " of " + quoted(item.code) +
                        " is not a code of the codelist";
            found.emplace_back(i, std::move(d));
        }
    }
    find_cycles(codelist, first, found);
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<CodelistDefect> defects;
    defects.reserve(found.size());
    for (auto& [index, defect] : found) {
        defects.push_back(std::move(defect));
    }
    return defects;
}

namespace {

std::string codelist_message(std::string_view source, const std::vector<CodelistDefect>& defects) {
    std::string m = (source.empty() ? std::string("the codelist") : std::string(source)) + " has " +
                    std::to_string(defects.size()) + (defects.size() == 1 ? " defect:" : " defects:");
    for (const CodelistDefect& d : defects) {
        m += '\n';
        m += d.message;
    }
    return m;
}

}  // namespace

CodelistError::CodelistError(std::string_view source, std::vector<CodelistDefect> defects)
    : Error(codelist_message(source, defects)), defects_(std::move(defects)) {}

CodelistError::~CodelistError() = default;

void require_sound(const Codelist& codelist) {
    std::vector<CodelistDefect> defects = check_codelist(codelist);
    if (!defects.empty()) {
        throw CodelistError(codelist.source(), std::move(defects));
    }
}

std::size_t EbopsMapping::count(EbopsDifferenceKind kind) const noexcept {
    return static_cast<std::size_t>(std::count_if(differences.begin(), differences.end(),
                                                  [kind](const EbopsDifference& d) { return d.kind == kind; }));
}

EbopsMapping map_to_ebops2010(const Codelist& codelist, const EbopsMappingOptions& options) {
    EbopsMapping mapping;
    mapping.version = codelist.version();
    const Classification names;
    for (const CodelistItem& item : codelist.items()) {
        if (item.code.empty()) {
            continue;  // a defect of the list itself (check_codelist), not a difference from EBOPS
        }
        const std::optional<std::string_view> label = item.label(options.language);
        const std::optional<Category> category = Category::find(item.code);
        if (!category) {
            EbopsDifference d;
            d.kind = EbopsDifferenceKind::unknown_code;
            d.code = item.code;
            d.in_codelist = label ? std::string(*label) : std::string();
            d.line = item.line;
            d.message = place(codelist, item.line) + quoted(item.code) + " is not an EBOPS 2010 code";
            if (label && !label->empty()) {
                const std::optional<NameMatch> match = names.find(*label);
                if (match && match->target.is_category() && match->relation == AliasRelation::same) {
                    d.by_label = match->target.category();
                    d.message += " (its label " + quoted(*label) + " names " + std::string(d.by_label->code()) + ")";
                }
            }
            mapping.differences.push_back(std::move(d));
            continue;
        }
        mapping.matched.push_back(*category);
        const std::optional<Category> parent = category->parent();
        const std::string ebops_parent = parent ? std::string(parent->code()) : std::string();
        if (item.parent != ebops_parent) {
            EbopsDifference d;
            d.kind = EbopsDifferenceKind::different_parent;
            d.code = item.code;
            d.in_codelist = item.parent;
            d.in_ebops = ebops_parent;
            d.line = item.line;
            d.message = place(codelist, item.line) + "the parent of " + quoted(item.code) + " is " +
                        (item.parent.empty() ? std::string("none") : quoted(item.parent)) + " here but " +
                        (ebops_parent.empty() ? std::string("none") : quoted(ebops_parent)) + " in EBOPS 2010";
            mapping.differences.push_back(std::move(d));
        }
        if (options.compare_labels && label && normalize_name(*label) != normalize_name(category->name())) {
            EbopsDifference d;
            d.kind = EbopsDifferenceKind::different_label;
            d.code = item.code;
            d.in_codelist = std::string(*label);
            d.in_ebops = std::string(category->name());
            d.line = item.line;
            d.message = place(codelist, item.line) + "the label of " + quoted(item.code) + " is " + quoted(*label) +
                        " here but " + quoted(category->name()) + " in EBOPS 2010";
            mapping.differences.push_back(std::move(d));
        }
    }
    if (options.report_missing) {
        for (Category c : Category::all()) {
            if (codelist.find(c.code()) == nullptr) {
                EbopsDifference d;
                d.kind = EbopsDifferenceKind::missing_item;
                d.code = std::string(c.code());
                d.in_ebops = std::string(c.name());
                d.message = place(codelist, 0) + "EBOPS 2010 code " + quoted(c.code()) + " (" + std::string(c.name()) +
                            ") is not in the codelist";
                mapping.differences.push_back(std::move(d));
            }
        }
    }
    return mapping;
}

}  // namespace svctrade
