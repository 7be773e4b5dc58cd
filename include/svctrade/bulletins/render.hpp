// SPDX-License-Identifier: BSL-1.0
/// \file
/// A bulletin written from its exact figures in English or Chinese, through a template table,
/// each printed figure rounded once; the release file that holds exactly the printed figures; and
/// the footnotes a statistics office adds where rounding alone makes a printed identity look off.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/audit/release.hpp>
#include <svctrade/bulletins/figures.hpp>
#include <svctrade/bulletins/templates.hpp>
#include <svctrade/export.hpp>
#include <svctrade/growth/words.hpp>
#include <svctrade/numbers/rounding.hpp>

namespace svctrade {

/// How the figures of a bulletin are rounded and written.
struct FigureStyle {
    /// The rounding rule, applied once to each exact figure: half up by default (四舍五入).
    RoundingMode mode = RoundingMode::half_up;
    /// Decimal places of growth rates, shares and percentage points.
    int percent_places = 1;
    /// Decimal places of an English amount in billions or trillions: 2 gives "34.32 billion yuan".
    int english_places = 2;
    /// Decimal places of an English amount in millions (and below): 0 gives "$410 million".
    int english_million_places = 0;
    /// Decimal places of a Chinese amount in 亿 (and in 万 below 1亿): 1 gives "343.2亿元".
    int chinese_places = 1;
    /// Decimal places of a Chinese amount in 万亿, used from 1万亿 up: 2 gives "1.23万亿元".
    int chinese_wan_yi_places = 2;
};

/// One printed figure as a row of a release file (docs/audit.md describes the columns).
struct ReleaseRow {
    std::string period;   ///< The period, in English text ("January-June 2021").
    std::string flow;     ///< exports, imports, total, balance (a surplus) or deficit.
    std::string item;     ///< The item's label.
    std::string measure;  ///< level, growth, average_growth, share, share_change or change.
    std::string value;  ///< The figure with its unit: "34.32 billion yuan", "343.2亿元", "$5.31 billion", "-7.5%", "1.7
                        ///< percentage points".
    std::string qualifier;    ///< nearly, over, about, or empty.
    std::string base_period;  ///< For average_growth: the base period.
    std::string whole;        ///< For share and share_change: the whole's label.
    std::string note;         ///< The sentence that printed it ("whole/total").
    /// Rows are equal when every column is.
    friend bool operator==(const ReleaseRow&, const ReleaseRow&) = default;
};

/// A bulletin in one language: its text, its footnotes and the release-file rows of exactly the
/// figures it printed.
struct Bulletin {
    Language language = Language::english;              ///< The language it is written in.
    std::string release;                                ///< The release id: BulletinSpec::id with `-en` or `-zh`.
    std::string area;                                   ///< BulletinSpec::area.
    std::string basis;                                  ///< BulletinSpec::basis.
    std::optional<boost::gregorian::date> published{};  ///< BulletinSpec::published.
    std::vector<std::string> paragraphs;                ///< The text: the whole (with its balance), then the items.
    std::vector<std::string> footnotes;                 ///< Where rounding alone makes a printed identity look off.
    std::vector<ReleaseRow> rows;                       ///< Every printed figure once, in the order printed.

    /// \returns the paragraphs separated by blank lines, then the footnotes, one per line.
    [[nodiscard]] SVCTRADE_EXPORT std::string text() const;
};

/// Writes the bulletin of `figures` in `language` through `templates`.
///
/// Every figure is rounded once, from its exact value, by `style` (the words of growth and
/// percentage points by the functions of `<svctrade/growth/words.hpp>`, so that 持平 and
/// "unchanged" follow the rounded digits); a figure with no value leaves out the sentence rows
/// that need it. Footnotes name each printed identity (total = exports + imports, the balance,
/// parts adding to the whole, shares adding to 100 %) that the printed digits do not satisfy.
/// \returns the bulletin.
/// \throws InvalidArgument naming the field and its value for places outside 0…Decimal::max_scale
///         in `style` (each field is checked before anything is written, whether or not a figure
///         uses it), and for `percent_places` above AverageGrowth::max_places when a two-year
///         average growth is written; Overflow when a figure at its places leaves the range of Decimal,
///         in its rounding or in its text (10^21 yuan in trillions at 30 places; 10 billion
///         yuan in billions at 29).
[[nodiscard]] SVCTRADE_EXPORT Bulletin render(const BulletinFigures& figures, const TemplateTable& templates,
                                              Language language, const FigureStyle& style = {});

/// \returns the bulletin's printed figures as a release for audit(): one claim per row, each read
///          back from its text (parse_claim_figure(), Item::parse(), parse_english()), so a
///          figure the audit could not read would fail here, not pass unseen.
/// \throws ParseError or InvalidArgument when a row does not read back (a bug: report it).
[[nodiscard]] SVCTRADE_EXPORT Release to_release(const Bulletin& bulletin);

/// \returns the release file (UTF-8 CSV with a header row: release, published, area, basis,
///          period, flow, item, measure, value, qualifier, base_period, whole, note) holding the
///          rows of every bulletin, in order.
[[nodiscard]] SVCTRADE_EXPORT std::string release_file(std::span<const Bulletin> bulletins);

}  // namespace svctrade
