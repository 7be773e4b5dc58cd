// SPDX-License-Identifier: BSL-1.0
/// \file
/// What a printed figure is about: its period, flow, item and measure (a claim of a release).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <svctrade/categories/category.hpp>
#include <svctrade/categories/category_set.hpp>
#include <svctrade/categories/classification.hpp>
#include <svctrade/export.hpp>
#include <svctrade/figures/figure.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/pilot/status.hpp>

namespace svctrade {

/// The flow a release prints a figure for. Exports and imports are reported; total trade is
/// exports + imports, the balance exports − imports, and the deficit imports − exports (the
/// balance with its sign reversed, as releases print a deficit as a positive amount).
enum class ClaimFlow : std::uint8_t {
    exports,  ///< 出口, credits.
    imports,  ///< 进口, debits.
    total,    ///< 进出口 (总额), exports + imports.
    balance,  ///< 差额 / 顺差, exports − imports.
    deficit,  ///< 逆差, imports − exports.
};

/// \returns "exports", "imports", "total", "balance" or "deficit".
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(ClaimFlow flow) noexcept;
/// \returns the flow named by its code (see to_string(ClaimFlow)).
/// \throws ParseError naming the text and listing the codes.
[[nodiscard]] SVCTRADE_EXPORT ClaimFlow parse_claim_flow(std::string_view text);

/// What a figure measures about its period, flow and item.
enum class Measure : std::uint8_t {
    level,               ///< The value itself (an amount).
    growth,              ///< Year-on-year growth (同比), on the same period last year.
    growth_on_base,      ///< Growth on a named base period ("up 20% on 2019").
    average_growth,      ///< Average annual growth since a base period (两年平均, geometric).
    cagr,                ///< Compound annual growth rate since a base period (年均增长); as average_growth.
    growth_on_previous,  ///< Growth on the previous period (环比).
    share,               ///< Share of a whole (比重, 占比).
    share_change,        ///< Change of that share on the same period last year, in percentage points.
    change,              ///< Absolute change on the same period last year (an amount).
    count,               ///< A count (of pilot tasks, with their status).
};

/// \returns the measure's code: "level", "growth", "growth_on_base", "average_growth", "cagr",
///          "growth_on_previous", "share", "share_change", "change" or "count".
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(Measure measure) noexcept;
/// \returns the measure named by its code (see to_string(Measure)).
/// \throws ParseError naming the text and listing the codes.
[[nodiscard]] SVCTRADE_EXPORT Measure parse_measure(std::string_view text);
/// \returns the kind of figure the measure is printed as: a level for level and change, a
///          count for count, percentage points for share_change, a share for share, a growth
///          rate for the others.
[[nodiscard]] SVCTRADE_EXPORT FigureKind figure_kind(Measure measure) noexcept;
/// Reads the figure of a claim of `measure` as printed: Figure::parse() with the kind the measure
/// is printed as (figure_kind()), and the qualifier word of a release file's `qualifier` column,
/// which may also be `exact` (`exactly`, 整): the figure is declared exact (a point).
/// \returns the figure.
/// \throws ParseError as Figure::parse() and parse_qualifier() do.
[[nodiscard]] SVCTRADE_EXPORT Figure parse_claim_figure(std::string_view value, Measure measure,
                                                        std::string_view qualifier = {});

/// \returns whether the measure needs a base period (growth_on_base, average_growth, cagr).
[[nodiscard]] constexpr bool needs_base_period(Measure measure) noexcept {
    return measure == Measure::growth_on_base || measure == Measure::average_growth || measure == Measure::cagr;
}

/// What a figure is about: an EBOPS 2010 category or aggregate, a difference of such
/// ("S-SD", services excluding travel), or a label the library does not know.
///
/// Two items are the same when they cover the same services (`SI` and `SI1 SI2 SI3` written as
/// an aggregate; `S-SD` and `SA SB SC SE … SL SN`), name the same measured item (SDZ, SCA …), or
/// are labels equal after normalize_name(). A label is compared only with itself.
class SVCTRADE_EXPORT Item {
public:
    /// Reads an item: a code ("SI2"), a name the classification resolves ("travel", "旅行",
    /// "知识密集型服务", "knowledge-intensive services"), a difference of such separated by `-`
    /// ("S-SD", "S - SD - SC"), or else a label ("pilot tasks"). A name the alias table gives as
    /// a part of a category ("aviation maintenance") is a label: it is not all of that category.
    /// \throws InvalidArgument for empty text, or a difference whose parts are not sets of
    ///         services or that leaves nothing.
    [[nodiscard]] static Item parse(std::string_view text, const Classification& names);
    /// Reads an item with the standard names (a Classification built once).
    /// \throws as parse(std::string_view, const Classification&).
    [[nodiscard]] static Item parse(std::string_view text);
    /// \returns the item for one category (total services: Category::total()).
    [[nodiscard]] static Item of(Category category);

    /// \returns the text as written.
    [[nodiscard]] const std::string& text() const noexcept { return text_; }
    /// \returns the services covered, when the item is a set of components (codes, aggregates,
    ///          differences); no value for measured items (SDZ, SCA …) and labels.
    [[nodiscard]] const std::optional<CategorySet>& services() const noexcept { return services_; }
    /// \returns the single category the item names, if it names one.
    [[nodiscard]] std::optional<Category> category() const noexcept { return category_; }
    /// \returns whether the item is a label the library does not know.
    [[nodiscard]] bool is_label() const noexcept { return !services_ && !category_; }
    /// \returns the key two items share exactly when they are the same item: the covered codes
    ///          ("set SF SG SH SI SJ SK"), the measured code ("code SDZ") or the label after
    ///          normalize_name() ("label pilot tasks").
    [[nodiscard]] const std::string& key() const noexcept { return key_; }
    /// \returns a name for sentences: the text as written.
    [[nodiscard]] const std::string& name() const noexcept { return text_; }

    /// Items are equal when their keys are (see key()).
    [[nodiscard]] friend bool operator==(const Item& a, const Item& b) noexcept { return a.key_ == b.key_; }

private:
    Item() = default;
    std::string text_;
    std::string key_;
    std::optional<CategorySet> services_;
    std::optional<Category> category_;
};

/// Where a claim was read from: a file and a 1-based line (empty and 0 for claims built in code).
struct ClaimSource {
    std::string file;      ///< The file name as given to the reader.
    std::size_t line = 0;  ///< The 1-based line of the file (the header is line 1).
};

/// One printed figure with what it is about: a claim of a release.
///
/// Built field by field; Release::add() checks that the fields fit together.
struct Claim {
    /// A claim for `period`, `flow`, `item` and `measure`, printed as `figure`.
    Claim(Period period_, ClaimFlow flow_, Item item_, Measure measure_, Figure figure_)
        : period(period_), flow(flow_), item(std::move(item_)), measure(measure_), figure(std::move(figure_)) {}

    Period period;                        ///< The period the figure is for.
    ClaimFlow flow;                       ///< The flow.
    Item item;                            ///< The services (or other thing) it is about.
    Measure measure;                      ///< What it measures.
    Figure figure;                        ///< The figure as printed.
    std::optional<Period> base_period;    ///< For growth_on_base, average_growth and cagr: the base.
    std::optional<Item> whole;            ///< For share and share_change: the whole (default: S).
    std::optional<ClaimFlow> whole_flow;  ///< For share and share_change: the whole's flow (default: the same).
    std::optional<TaskStatus> status;     ///< For count (and a share of a count): the task status.
    std::string note;                     ///< Free text, kept.
    ClaimSource source;                   ///< Where it was read from.

    /// \returns the whole of a share or share change: `whole`, or total services.
    [[nodiscard]] Item whole_item() const { return whole ? *whole : Item::of(Category::total()); }
    /// \returns the flow of the whole of a share: `whole_flow`, or the claim's own.
    [[nodiscard]] ClaimFlow whole_claim_flow() const noexcept { return whole_flow ? *whole_flow : flow; }
};

}  // namespace svctrade
