// SPDX-License-Identifier: BSL-1.0
/// \file
/// Named aggregates of service categories (knowledge-intensive, digitally deliverable, the OECD
/// groupings …), each with its source and how well its definition is established.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <svctrade/categories/category.hpp>
#include <svctrade/categories/category_set.hpp>
#include <svctrade/categories/fact_status.hpp>
#include <svctrade/export.hpp>

namespace svctrade {

/// The aggregates svctrade knows. Their members and status come from data/aggregates.csv;
/// docs/categories.md explains each one.
enum class BuiltinAggregate : unsigned char {
    /// Knowledge-intensive services 知识密集型服务 = SF SG SH SI SJ SK. **Inferred**: MOFCOM's
    /// releases report these six inside their knowledge-intensive paragraphs; no verbatim
    /// definition was found.
    knowledge_intensive,
    /// Digitally deliverable services 可数字化交付的服务 = SF SG SH SI SJ SK. **Confirmed**:
    /// MOFCOM's 2022 report, citing the WTO (UNCTAD's finer sub-item list is not used).
    digitally_deliverable,
    /// ICT services 信息通信技术服务 = SI1 SI2. **Unconfirmed**: common usage; some definitions
    /// add SH3 (software licences).
    ict,
    /// Traditional services 传统服务 = SA SC SD SE. **Confirmed**: MOFCOM 2018 releases.
    traditional,
    /// Goods-related services = SA SB. **Confirmed**: OECD aggregate SPX4.
    goods_related,
    /// Commercial services = SA … SK (all but SL). **Confirmed**: OECD memo grouping SOX.
    commercial,
    /// Other commercial services = SE … SK. **Confirmed**: OECD aggregate SOX1.
    other_commercial,
    /// Other services = SE … SL. **Confirmed**: OECD aggregate SPX1.
    other_services
};

/// A named set of service categories with its source: built in, or declared by a program
/// (a city's "cultural creativity" = SK1 SH4 SJ22, say).
class SVCTRADE_EXPORT Aggregate {
public:
    /// Declares an aggregate.
    /// \param key a short identifier for lookups, e.g. "cultural_creativity" (not empty, no spaces)
    /// \param name the English name
    /// \param members the services it covers (not empty)
    /// \param status how well the definition is established
    /// \param source where the definition comes from (a document, "user-defined" …)
    /// \param chinese_name the Chinese name, or empty
    /// \throws InvalidArgument for an empty key, a key with white space, an empty name or an
    ///         empty set of members.
    Aggregate(std::string key, std::string name, CategorySet members, FactStatus status, std::string source,
              std::string chinese_name = {});

    /// \returns the built-in aggregate (constructed on first use from constant data).
    [[nodiscard]] static const Aggregate& builtin(BuiltinAggregate which);
    /// \returns every built-in aggregate, in the order of BuiltinAggregate.
    [[nodiscard]] static std::span<const Aggregate> builtins();

    /// \returns the key, e.g. "knowledge_intensive".
    [[nodiscard]] const std::string& key() const noexcept { return key_; }
    /// \returns the English name.
    [[nodiscard]] const std::string& name() const noexcept { return name_; }
    /// \returns the Chinese name (empty when none was published or given).
    [[nodiscard]] const std::string& chinese_name() const noexcept { return chinese_name_; }
    /// \returns the services covered.
    [[nodiscard]] const CategorySet& members() const noexcept { return members_; }
    /// \returns how well the definition is established (confirmed / inferred / unconfirmed).
    [[nodiscard]] FactStatus status() const noexcept { return status_; }
    /// \returns where the definition comes from.
    [[nodiscard]] const std::string& source() const noexcept { return source_; }
    /// \returns the EBOPS aggregate item the aggregate is published as (SOX for commercial
    ///          services, SPX4 for goods-related …), or no value.
    [[nodiscard]] std::optional<Category> ebops_code() const noexcept { return ebops_code_; }
    /// \returns whether the aggregate covers all of `category` (see CategorySet::contains).
    [[nodiscard]] bool contains(Category category) const noexcept { return members_.contains(category); }

private:
    static Aggregate make_builtin(std::size_t row);
    std::string key_;
    std::string name_;
    std::string chinese_name_;
    CategorySet members_;
    FactStatus status_;
    std::string source_;
    std::optional<Category> ebops_code_;
};

/// The services an EBOPS aggregate item stands for.
/// \returns the members of SOX, SOX1, SPX1 or SPX4 (from the built-in aggregates), the category
///          itself for a component or SN, and no value for alternative and memo items and for
///          SDZ and S5, which are measured separately and are not sets of codes.
[[nodiscard]] SVCTRADE_EXPORT std::optional<CategorySet> members_of(Category category);

/// Whether figures of category `part` can be a part of figures of category `whole`: the rule
/// the series operations (share(), yoy_contribution() …) and the classified panels check.
/// \returns true when `part` is `whole` or lies below it in the EBOPS 2010 tree
///          (Category::is_within: SI2 in SI, SOX in S), or when `whole` is an aggregate item that
///          is a set of components (SOX, SOX1, SPX1, SPX4; see members_of()) covering all of
///          `part` (SI in SOX, commercial services; SOX1 in SOX; an alternative or memo item
///          when the set covers the component above it). False otherwise, also for the measured
///          items SDZ and S5 as wholes of anything but themselves.
[[nodiscard]] SVCTRADE_EXPORT bool is_part_of(Category part, Category whole);

}  // namespace svctrade
