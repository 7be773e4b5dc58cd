// SPDX-License-Identifier: BSL-1.0
/// \file
/// What a bulletin reports: the period, the area, the whole (total services) and its parts, and
/// for each the flows and measures to print (levels, year-on-year growth, shares, share changes,
/// the two-year average growth, the dollar equivalent).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/categories/aggregate.hpp>
#include <svctrade/categories/category.hpp>
#include <svctrade/categories/flow.hpp>
#include <svctrade/export.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/periods/period.hpp>

namespace svctrade {

/// Which figures a bulletin prints for each flow of an item.
struct Measures {
    bool level = true;          ///< The level, in the unit the language writes it in (343.2亿元, 34.32 billion yuan).
    bool growth = true;         ///< Year-on-year growth (同比), against the same period last year.
    bool share = false;         ///< The share of the whole in the same flow (比重); parts only.
    bool share_change = false;  ///< The change of that share on the same period last year, in percentage points.
    bool two_year_average =
        false;  ///< The average annual growth over two years (两年平均), against the same period two years earlier.
    bool dollar_equivalent = false;  ///< The level converted at the period's average rate (BulletinSpec::dollar).
};

/// How an approximate level is worded.
enum class ApproximateWording : std::uint8_t {
    nearly_or_over,  ///< "nearly" (近) when the rounded figure is above the exact value, "over" (超过) when below.
    about,           ///< "about" (约) either way.
};

/// A level printed as an approximate figure: rounded to `digits` significant digits and
/// qualified ("nearly 35 billion yuan", "近350亿元").
struct Approximate {
    int digits = 2;                                                   ///< Significant digits, 1…6.
    ApproximateWording wording = ApproximateWording::nearly_or_over;  ///< Which qualifier words it takes.
};

/// One item a bulletin reports: total services, a component or an aggregate, with its names in
/// both languages, the categories whose series add up to it, and what to print about it.
struct BulletinItem {
    /// The item as a release file writes it (its `item` column): a code ("S", "SI") or a name the
    /// library resolves ("knowledge-intensive services").
    std::string label;
    /// The English name, as it reads inside a sentence ("services", "knowledge-intensive services").
    std::string english;
    /// The Chinese name ("服务", "知识密集型服务").
    std::string chinese;
    /// The categories whose series are summed into the item (S alone for total services; SF … SK
    /// for knowledge-intensive services).
    std::vector<Category> members;
    /// The flows to report, in order: total, exports, imports; the whole may also report its balance.
    std::vector<Flow> flows{Flow::total, Flow::exports, Flow::imports};
    /// The figures to print for each flow.
    Measures measures{};
    /// When set, the item's levels (and dollar equivalents) are printed as approximate figures.
    std::optional<Approximate> approximate{};

    /// \returns total services (S), labelled "S", named "services" / "服务".
    [[nodiscard]] SVCTRADE_EXPORT static BulletinItem total_services();
    /// \returns the item of one category, labelled with its code, with the names given.
    /// \throws InvalidArgument for an empty name.
    [[nodiscard]] SVCTRADE_EXPORT static BulletinItem of(Category category, std::string english, std::string chinese);
    /// \returns the item of an aggregate: labelled with its English name, named by its English
    ///          name in lower case and its Chinese name, summing its members' series.
    /// \throws InvalidArgument when the aggregate has no Chinese name.
    [[nodiscard]] SVCTRADE_EXPORT static BulletinItem of(const Aggregate& aggregate);
};

/// What a bulletin reports: one release about one area and period.
struct BulletinSpec {
    /// The release id (the release file's `release` column); each language's release gets
    /// `-en` or `-zh` appended.
    std::string id;
    /// The reporter as a release file writes it (`area`), e.g. "CN-Xiamen".
    std::string area;
    /// The area's name in English sentences ("Xiamen").
    std::string area_english;
    /// The area's name in Chinese sentences ("厦门市").
    std::string area_chinese;
    /// Whose statistics (the release file's `basis`), free text; may be empty.
    std::string basis;
    /// The publication date, if known.
    std::optional<boost::gregorian::date> published{};
    /// The period reported: a month, a quarter, a half-year, a year or a year-to-date
    /// (January–June: `Period::year_to_date(2021, 6)`).
    Period period;
    /// The whole the items are parts of, usually total services.
    BulletinItem whole = BulletinItem::total_services();
    /// The parts reported after the whole, in order.
    std::vector<BulletinItem> items{};
    /// Whether the items partition the whole (no overlap, nothing left out): then their levels
    /// add up to the whole's and their shares to 100 %, and a rounded sum that does not is
    /// footnoted.
    bool items_partition_whole = false;
    /// The currency of the dollar equivalents.
    Currency dollar = Currency::of("USD");
};

}  // namespace svctrade
