// SPDX-License-Identifier: BSL-1.0
/// \file
/// Names of service categories and aggregates: mapping press-release text ("computer services",
/// "金融服务", "aviation maintenance") to EBOPS 2010, and user-defined aggregates.
#pragma once

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/categories/aggregate.hpp>
#include <svctrade/categories/category.hpp>
#include <svctrade/categories/category_set.hpp>
#include <svctrade/categories/fact_status.hpp>
#include <svctrade/export.hpp>

namespace svctrade {

/// How an alias relates to what it names.
enum class AliasRelation : unsigned char {
    same,    ///< The alias names the whole category or aggregate ("computer services" is SI2).
    part_of  ///< The alias names a part of it: "aviation maintenance" is reported within SB
             ///< (maintenance and repair services), but is not all of SB.
};

/// \returns "same" or "part_of".
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(AliasRelation relation) noexcept;

/// What a name refers to: one EBOPS 2010 category, or a named aggregate (by key).
class SVCTRADE_EXPORT NameTarget {
public:
    /// A name for `category`.
    explicit NameTarget(Category category) noexcept : category_(category) {}
    /// \returns a target naming the aggregate with the given key.
    /// \throws InvalidArgument when the key is empty.
    [[nodiscard]] static NameTarget aggregate(std::string key);
    /// \returns whether the target is a category (rather than an aggregate).
    [[nodiscard]] bool is_category() const noexcept { return category_.has_value(); }
    /// \returns the category.
    /// \throws InvalidArgument when the target is an aggregate.
    [[nodiscard]] Category category() const;
    /// \returns the aggregate's key, empty when the target is a category.
    [[nodiscard]] const std::string& aggregate_key() const noexcept { return key_; }
    /// \returns the code ("SI2") or "aggregate " and the key ("aggregate knowledge_intensive").
    [[nodiscard]] std::string to_string() const;
    /// Two targets are equal when they name the same category or the same aggregate key.
    friend bool operator==(const NameTarget&, const NameTarget&) = default;

private:
    NameTarget() = default;
    std::optional<Category> category_;
    std::string key_;
};

/// One entry of the alias table: a name used in releases and what it refers to, with its source.
struct Alias {
    std::string text;                              ///< The name as written, e.g. "aviation maintenance".
    NameTarget target;                             ///< The category or aggregate it refers to.
    AliasRelation relation = AliasRelation::same;  ///< Whole or part of the target.
    FactStatus status = FactStatus::unconfirmed;   ///< How well the mapping is established.
    std::string source;                            ///< Where the mapping comes from.
};

/// How a name was recognised.
enum class MatchKind : unsigned char {
    code,            ///< An EBOPS code written as text ("SI2", "si2").
    english_name,    ///< The English name of a category (the SDMX label).
    chinese_name,    ///< A Chinese name of a main component (SAFE's or MOFCOM's form).
    aggregate_name,  ///< The key, English or Chinese name of an aggregate.
    alias            ///< An entry of the alias table.
};

/// \returns "code", "english name", "chinese name", "aggregate name" or "alias".
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(MatchKind kind) noexcept;

/// A name that was recognised, with what it maps to and on what authority.
struct NameMatch {
    std::string input;       ///< The text as given.
    NameTarget target;       ///< What it refers to.
    MatchKind kind;          ///< How it was recognised.
    AliasRelation relation;  ///< Whole or part of the target (`same` except for some aliases).
    FactStatus status;       ///< For aliases the alias's status; for aggregate names the
                             ///< aggregate's status; confirmed for codes and published names.
    std::string source;      ///< Where the name or the mapping comes from.
};

/// The outcome of mapping many names: nothing is dropped.
struct NameMapping {
    std::vector<NameMatch> mapped;      ///< The names recognised, in input order.
    std::vector<std::string> unmapped;  ///< The names not recognised, in input order.
    /// \returns whether every name was recognised.
    [[nodiscard]] bool complete() const noexcept { return unmapped.empty(); }
};

/// \returns the text as names are compared: ASCII letters lower-cased; `, ; : ( ) / - _` and
///          white space (including U+3000) turned into single spaces, trimmed; Chinese
///          punctuation `、，；（）` removed. "Telecommunications, computer, and information
///          services" and "telecommunications computer and information services" compare equal.
[[nodiscard]] SVCTRADE_EXPORT std::string normalize_name(std::string_view text);

/// The names a program recognises: EBOPS 2010 codes and names, the aggregates and the aliases,
/// to which a program can add its own aggregates and aliases.
///
/// A default-constructed Classification holds the EBOPS 2010 codes, English names and the
/// Chinese names of the main components, the built-in aggregates and the built-in alias table
/// (data/aliases.csv: each alias with its source and status). Names compare case-insensitively
/// after normalize_name().
class SVCTRADE_EXPORT Classification {
public:
    /// The standard names: EBOPS 2010, the built-in aggregates and the built-in aliases.
    Classification();

    /// Adds a user-defined aggregate; its key and names become resolvable.
    /// \throws InvalidArgument when the key is taken or one of its names already names
    ///         something else.
    void add_aggregate(Aggregate aggregate);
    /// Adds an alias.
    /// \throws InvalidArgument when the text is empty, the target aggregate is unknown, or the
    ///         text already names something else (adding the same mapping again is allowed).
    void add_alias(Alias alias);

    /// \returns the aggregate with the given key.
    /// \throws UnknownCode when no aggregate has the key (the message suggests close keys).
    [[nodiscard]] const Aggregate& aggregate(std::string_view key) const;
    /// \returns the aggregates: the built-in ones, then the ones added, in order.
    /// \note add_aggregate() invalidates references into the vector.
    [[nodiscard]] const std::vector<Aggregate>& aggregates() const noexcept { return aggregates_; }
    /// \returns the alias table: the built-in aliases, then the ones added, in order.
    [[nodiscard]] const std::vector<Alias>& aliases() const noexcept { return aliases_; }

    /// Looks a name up.
    /// \returns the match, or no value when the name is not recognised.
    [[nodiscard]] std::optional<NameMatch> find(std::string_view text) const;
    /// Looks a name up.
    /// \returns the match.
    /// \throws NotFound when the name is not recognised; the message suggests close names.
    [[nodiscard]] NameMatch resolve(std::string_view text) const;
    /// Looks many names up; names not recognised are listed in NameMapping::unmapped.
    /// \returns the matches and the unmapped names, both in input order.
    [[nodiscard]] NameMapping resolve_all(std::span<const std::string_view> texts) const;
    /// \copydoc resolve_all(std::span<const std::string_view>) const
    [[nodiscard]] NameMapping resolve_all(std::initializer_list<std::string_view> texts) const;
    /// \returns the recognised names closest to `text` (containing it, contained in it, or a few
    ///          edits away), at most `max_count`, as they were written.
    [[nodiscard]] std::vector<std::string> suggestions(std::string_view text, std::size_t max_count = 5) const;
    /// \returns the services a target covers: the aggregate's members, or members_of() the category.
    /// \throws UnknownCode for an unknown aggregate key.
    /// \throws InvalidArgument for a category that is not a set of components (SCA, SDZ …).
    [[nodiscard]] CategorySet members(const NameTarget& target) const;

private:
    struct Entry {
        std::string display;
        NameTarget target;
        MatchKind kind;
        AliasRelation relation;
        FactStatus status;
        std::string source;
    };
    void index(std::string_view text, Entry entry);
    std::vector<Aggregate> aggregates_;
    std::vector<Alias> aliases_;
    std::map<std::string, Entry, std::less<>> names_;
};

}  // namespace svctrade
