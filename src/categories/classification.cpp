// SPDX-License-Identifier: BSL-1.0
// Names of categories and aggregates. Releases write the same category many ways ("computer
// services", "Computer Services", "计算机服务"); a name that maps to two different things is a
// data error, so the index refuses it instead of letting the first or last entry win silently.
#include <svctrade/categories/classification.hpp>
#include <svctrade/error.hpp>
#include <svctrade/text/utf8.hpp>

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>

#include "categories/category_text.hpp"
#include "categories/ebops2010_table.hpp"
#include "utf8_decode.hpp"

namespace svctrade {

namespace ebops = detail::ebops;

std::string_view to_string(AliasRelation relation) noexcept {
    switch (relation) {
        case AliasRelation::same:
            return "same";
        case AliasRelation::part_of:
            return "part_of";
    }
    return "unknown relation";
}

std::string_view to_string(MatchKind kind) noexcept {
    switch (kind) {
        case MatchKind::code:
            return "code";
        case MatchKind::english_name:
            return "english name";
        case MatchKind::chinese_name:
            return "chinese name";
        case MatchKind::aggregate_name:
            return "aggregate name";
        case MatchKind::alias:
            return "alias";
    }
    return "unknown match";
}

NameTarget NameTarget::aggregate(std::string key) {
    if (key.empty()) throw InvalidArgument("a name target needs an aggregate key, and the key given is empty");
    NameTarget t;
    t.key_ = std::move(key);
    return t;
}

Category NameTarget::category() const {
    if (!category_) throw InvalidArgument("the name target \"" + key_ + "\" is an aggregate, not a category");
    return *category_;
}

std::string NameTarget::to_string() const {
    if (category_) return std::string(category_->code());
    return "aggregate " + key_;
}

std::string normalize_name(std::string_view text) {
    text_detail::require_utf8(text);

    std::string spaced;
    spaced.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= 'A' && c <= 'Z') {
            spaced += static_cast<char>(c - 'A' + 'a');
        } else if (std::string_view(",;:()/-_ \t\r\n\f\v").find(c) != std::string_view::npos) {
            spaced += ' ';
        } else if (text.substr(i, 3) == "\u3000") {  // ideographic space
            spaced += ' ';
            i += 2;
        } else if (text.substr(i, 3) == "、" || text.substr(i, 3) == "，" || text.substr(i, 3) == "；" ||
                   text.substr(i, 3) == "（" || text.substr(i, 3) == "）" || text.substr(i, 3) == "：") {
            i += 2;  // Chinese punctuation: 电信、计算机和信息服务 is MOFCOM's 电信计算机和信息服务
        } else {
            spaced += c;
        }
    }
    std::string out;
    out.reserve(spaced.size());
    for (const char c : spaced) {
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

Classification::Classification() {
    for (const Category c : Category::all()) {
        index(c.code(), Entry{std::string(c.code()), NameTarget(c), MatchKind::code, AliasRelation::same,
                              FactStatus::confirmed, "EBOPS 2010 code"});
        index(c.name(), Entry{std::string(c.name()), NameTarget(c), MatchKind::english_name, AliasRelation::same,
                              FactStatus::confirmed, "EBOPS 2010 name (OECD/IMF SDMX label)"});
        if (const auto zh = c.chinese_name(ChineseNameForm::safe)) {
            index(*zh, Entry{std::string(*zh), NameTarget(c), MatchKind::chinese_name, AliasRelation::same,
                             FactStatus::confirmed, "SAFE BPM6 services tables"});
        }
        if (const auto zh = c.chinese_name(ChineseNameForm::mofcom_short)) {
            index(*zh, Entry{std::string(*zh), NameTarget(c), MatchKind::chinese_name, AliasRelation::same,
                             FactStatus::confirmed, "MOFCOM releases (short form)"});
        }
    }
    for (const Aggregate& a : Aggregate::builtins()) add_aggregate(a);
    for (std::size_t i = 0; i < ebops::alias_count; ++i) {
        const auto& r = ebops::alias_rows[i];
        NameTarget target =
            r.is_aggregate ? NameTarget::aggregate(std::string(r.target)) : NameTarget(Category::from_code(r.target));
        add_alias(Alias{std::string(r.text), std::move(target), r.relation, r.status, std::string(r.source)});
    }
}

void Classification::index(std::string_view text, Entry entry) {
    std::string key = normalize_name(text);
    if (key.empty()) throw InvalidArgument("cannot register the name \"" + std::string(text) + "\": it is blank");
    const auto found = names_.find(key);
    if (found == names_.end()) {
        names_.emplace(std::move(key), std::move(entry));
    } else if (!(found->second.target == entry.target)) {
        throw InvalidArgument("the name \"" + std::string(text) + "\" already names " +
                              found->second.target.to_string() + " (as \"" + found->second.display +
                              "\"); it cannot also name " + entry.target.to_string());
    }
    // The same name for the same target again (a Chinese name that SAFE and MOFCOM spell alike,
    // an alias equal to an official name) keeps the first, most authoritative entry.
}

void Classification::add_aggregate(Aggregate aggregate) {
    for (const Aggregate& a : aggregates_) {
        if (a.key() == aggregate.key())
            throw InvalidArgument("an aggregate with key \"" + aggregate.key() + "\" exists already");
    }
    const NameTarget target = NameTarget::aggregate(aggregate.key());
    std::vector<std::string> names{aggregate.key(), aggregate.name()};
    if (!aggregate.chinese_name().empty()) names.push_back(aggregate.chinese_name());
    // Check every name before indexing any, so a refused aggregate leaves no trace.
    for (const std::string& n : names) {
        const auto found = names_.find(normalize_name(n));
        if (found != names_.end() && !(found->second.target == target)) {
            throw InvalidArgument("cannot add aggregate \"" + aggregate.key() + "\": the name \"" + n +
                                  "\" already names " + found->second.target.to_string());
        }
    }
    for (const std::string& n : names) {
        index(n,
              Entry{n, target, MatchKind::aggregate_name, AliasRelation::same, aggregate.status(), aggregate.source()});
    }
    aggregates_.push_back(std::move(aggregate));
}

void Classification::add_alias(Alias alias) {
    if (normalize_name(alias.text).empty())
        throw InvalidArgument("an alias needs a text, and \"" + alias.text + "\" is blank");
    if (!alias.target.is_category()) {
        const bool known = std::any_of(aggregates_.begin(), aggregates_.end(),
                                       [&](const Aggregate& a) { return a.key() == alias.target.aggregate_key(); });
        if (!known) {
            throw InvalidArgument("cannot add alias \"" + alias.text + "\": no aggregate has the key \"" +
                                  alias.target.aggregate_key() + "\"");
        }
    }
    index(alias.text, Entry{alias.text, alias.target, MatchKind::alias, alias.relation, alias.status, alias.source});
    aliases_.push_back(std::move(alias));
}

const Aggregate& Classification::aggregate(std::string_view key) const {
    text_detail::require_utf8(key);
    for (const Aggregate& a : aggregates_) {
        if (a.key() == key) return a;
    }
    std::string listed;
    for (const Aggregate& a : aggregates_) {
        const bool near =
            detail::edit_distance(key, a.key(), 3) <= 3 || (key.size() >= 3 && a.key().find(key) != std::string::npos);
        if (!near) continue;
        if (!listed.empty()) listed += ", ";
        listed += a.key();
    }
    throw UnknownCode("aggregate", key, listed);
}

std::optional<NameMatch> Classification::find(std::string_view text) const {
    const auto found = names_.find(normalize_name(text));
    if (found == names_.end()) return std::nullopt;
    const Entry& e = found->second;
    return NameMatch{std::string(text), e.target, e.kind, e.relation, e.status, e.source};
}

NameMatch Classification::resolve(std::string_view text) const {
    if (auto match = find(text)) return std::move(*match);
    std::string message = "no service category or aggregate is named \"" + excerpt(text) + "\"";
    const auto near = suggestions(text);
    if (!near.empty()) {
        message += " (did you mean ";
        for (std::size_t i = 0; i < near.size(); ++i) {
            if (i > 0) message += ", ";
            message += "\"" + near[i] + "\"";
        }
        message += "?)";
    }
    throw NotFound(message);
}

NameMapping Classification::resolve_all(std::span<const std::string_view> texts) const {
    NameMapping out;
    for (const std::string_view t : texts) {
        if (auto match = find(t)) {
            out.mapped.push_back(std::move(*match));
        } else {
            out.unmapped.emplace_back(t);
        }
    }
    return out;
}

NameMapping Classification::resolve_all(std::initializer_list<std::string_view> texts) const {
    return resolve_all(std::span<const std::string_view>(texts.begin(), texts.size()));
}

std::vector<std::string> Classification::suggestions(std::string_view text, std::size_t max_count) const {
    const std::string q = normalize_name(text);
    if (q.empty()) return {};
    // Rank: names containing the text or contained in it first, then names a few edits away;
    // among equals, the name closest in length.
    const std::size_t limit = std::max<std::size_t>(2, q.size() / 5);
    std::vector<std::tuple<std::size_t, std::size_t, std::string>> ranked;
    for (const auto& [key, entry] : names_) {
        std::size_t score = 0;
        if ((q.size() >= 3 && key.find(q) != std::string::npos) ||
            (key.size() >= 4 && q.find(key) != std::string::npos)) {
            score = 0;
        } else {
            const std::size_t d = detail::edit_distance(q, key, limit);
            if (d > limit) continue;
            score = 1 + d;
        }
        const std::size_t gap = key.size() > q.size() ? key.size() - q.size() : q.size() - key.size();
        ranked.emplace_back(score, gap, entry.display);
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> out;
    for (auto& [score, gap, display] : ranked) {
        if (out.size() >= max_count) break;
        if (std::find(out.begin(), out.end(), display) == out.end()) out.push_back(std::move(display));
    }
    return out;
}

CategorySet Classification::members(const NameTarget& target) const {
    if (!target.is_category()) return aggregate(target.aggregate_key()).members();
    const Category c = target.category();
    if (auto set = members_of(c)) return *set;
    throw InvalidArgument(
        std::string(c.code()) + " (" + std::string(c.name()) + ") is " +
        (c.role() == CategoryRole::alternative || c.role() == CategoryRole::aggregate ? "an " : "a ") +
        std::string(to_string(c.role())) + " item, not a set of components");
}

}  // namespace svctrade
