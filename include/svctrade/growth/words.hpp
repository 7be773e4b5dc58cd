// SPDX-License-Identifier: BSL-1.0
/// \file
/// The words of a bulletin: a growth rate or a change in percentage points written as Chinese and
/// English releases write them, rounded once.
///
/// | value | Chinese | English (verb form) | English (noun form) |
/// |---|---|---|---|
/// | +5.9 % year on year | 同比增长5.9% | up 5.9 percent year on year | a year-on-year increase of 5.9 percent |
/// | −7.5 % year on year | 同比下降7.5% | down 7.5 percent year on year | a year-on-year decrease of 7.5 percent |
/// | 0.0 % year on year | 同比持平 | unchanged year on year | no year-on-year change |
/// | +5.9 % over last year | 比上年增长5.9% | up 5.9 percent over the previous year | an increase of 5.9 percent over
/// the previous year | | +1.7 pp | 提升1.7个百分点 | up 1.7 percentage points | an increase of 1.7 percentage points |
/// | −2.1 pp | 下降2.1个百分点 | down 2.1 percentage points | a decrease of 2.1 percentage points |
/// | 0.0 pp | 持平 | unchanged | no change |
/// | average +6.4 % a year | 年均增长6.4% | up 6.4 percent a year on average | an average annual increase of 6.4
/// percent |
///
/// Every figure is rounded once, to WordingOptions::places by WordingOptions::mode (half up by
/// default, as China's statistics offices round: 四舍五入); the direction word is chosen from the
/// rounded value, so a rate that rounds to zero (−0.04 % at one place) is 持平 / unchanged, and a
/// negative rate is written as its magnitude after a falling word (−7.45 % half up is 下降7.5%).
#pragma once

#include <cstdint>
#include <string>

#include <svctrade/export.hpp>
#include <svctrade/growth/average_growth.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/numbers/rounding.hpp>

namespace svctrade {

/// The language a figure is written in.
enum class Language : std::uint8_t {
    english,  ///< English, as in English-language releases and the China Daily.
    chinese,  ///< Simplified Chinese, as in Chinese statistical releases (UTF-8).
};

/// What a change is measured against, as the words of a release name it.
enum class ChangeBasis : std::uint8_t {
    year_on_year,   ///< The same period last year: 同比, "year on year" (monthly, quarterly and cumulative figures).
    previous_year,  ///< The previous year, for a whole year's figure: 比上年, "over the previous year"
                    ///< (statistical communiqués, 统计公报).
    previous_period,  ///< The period just before: 环比, "from the previous period".
    unstated,         ///< Not named in the words ("增长5.9%", "up 5.9 percent"): the sentence names it
                      ///< elsewhere, or the year is understood.
};

/// Which English construction a figure takes.
enum class EnglishForm : std::uint8_t {
    verb,  ///< A participle phrase after the figure it describes: "up 5.9 percent year on year".
    noun,  ///< A noun phrase: "a year-on-year increase of 5.9 percent".
};

/// The verb a rising percentage-point change takes in Chinese; a fall is always 下降.
/// \note Releases use all three for the same meaning (MOFCOM: "比重…提升1.4个百分点", "提高", "上升").
enum class ChineseRise : std::uint8_t {
    tisheng,     ///< 提升 (MOFCOM's usual word for a share).
    tigao,       ///< 提高.
    shangsheng,  ///< 上升.
};

/// How a figure is rounded and worded.
struct WordingOptions {
    /// The number of decimal places the figure is rounded to (0…Decimal::max_scale; releases use 1).
    int places = 1;
    /// The rounding rule, applied once: half up by default (China's 四舍五入).
    RoundingMode mode = RoundingMode::half_up;
    /// Whether a fraction of zeros after rounding is dropped, as MOFCOM drops ".0" ("增长16%").
    bool drop_trailing_zeros = false;
    /// The English construction.
    EnglishForm english_form = EnglishForm::verb;
    /// The Chinese verb for a rising percentage-point change.
    ChineseRise chinese_rise = ChineseRise::tisheng;
};

/// \returns `growth` in Chinese words: "同比增长5.9%", "同比下降7.5%", "同比持平" (year on year);
/// "比上年增长5.9%", "与上年持平" (previous year); "环比增长5.9%", "环比持平" (previous period);
/// "增长5.9%", "持平" (unstated).
/// \throws InvalidArgument for `options.places` outside 0…Decimal::max_scale; Overflow when the
///         rounded percent does not fit a Decimal.
[[nodiscard]] SVCTRADE_EXPORT std::string chinese_growth(GrowthRate growth,
                                                         ChangeBasis basis = ChangeBasis::year_on_year,
                                                         const WordingOptions& options = {});

/// \returns `growth` in English words: "up 5.9 percent year on year", "down 7.5 percent year on
/// year", "unchanged year on year"; in the noun form "a year-on-year increase of 5.9 percent",
/// "a year-on-year decrease of 7.5 percent", "no year-on-year change". The previous year is
/// "over the previous year" ("unchanged from the previous year"), the previous period "from the
/// previous period"; an unstated basis adds nothing ("up 5.9 percent", "an increase of 5.9 percent").
/// \throws as chinese_growth().
[[nodiscard]] SVCTRADE_EXPORT std::string english_growth(GrowthRate growth,
                                                         ChangeBasis basis = ChangeBasis::year_on_year,
                                                         const WordingOptions& options = {});

/// \returns chinese_growth() or english_growth(), as `language` asks.
/// \throws as chinese_growth().
[[nodiscard]] SVCTRADE_EXPORT std::string growth_words(GrowthRate growth, Language language,
                                                       ChangeBasis basis = ChangeBasis::year_on_year,
                                                       const WordingOptions& options = {});

/// \returns a change in percentage points in Chinese words: "提升1.7个百分点" (or 提高, 上升, as
/// `options.chinese_rise` says), "下降2.1个百分点", "持平" (unstated basis, the default); with a
/// basis it is named first: "同比提升1.7个百分点", "比上年下降2.1个百分点", "与上年持平".
/// \throws as chinese_growth().
[[nodiscard]] SVCTRADE_EXPORT std::string chinese_points(PercentagePoints change,
                                                         ChangeBasis basis = ChangeBasis::unstated,
                                                         const WordingOptions& options = {});

/// \returns a change in percentage points in English words: "up 1.7 percentage points", "down 2.1
/// percentage points", "unchanged" (unstated basis, the default; "up 1 percentage point" when the
/// rounded figure is exactly one with no decimals written); in the noun form "an increase of 1.7
/// percentage points", "a decrease of 2.1 percentage points", "no change"; a basis is worded as in
/// english_growth() ("up 1.7 percentage points year on year").
/// \throws as chinese_growth().
[[nodiscard]] SVCTRADE_EXPORT std::string english_points(PercentagePoints change,
                                                         ChangeBasis basis = ChangeBasis::unstated,
                                                         const WordingOptions& options = {});

/// \returns chinese_points() or english_points(), as `language` asks.
/// \throws as chinese_growth().
[[nodiscard]] SVCTRADE_EXPORT std::string points_words(PercentagePoints change, Language language,
                                                       ChangeBasis basis = ChangeBasis::unstated,
                                                       const WordingOptions& options = {});

/// \returns an average growth per year in Chinese words: "年均增长6.4%", "年均下降2.0%", "年均持平",
/// correctly rounded once (AverageGrowth::round()).
/// \throws InvalidArgument for `options.places` outside 0…AverageGrowth::max_places.
[[nodiscard]] SVCTRADE_EXPORT std::string chinese_average_growth(const AverageGrowth& growth,
                                                                 const WordingOptions& options = {});

/// \returns an average growth per year in English words: "up 6.4 percent a year on average",
/// "down 2.0 percent a year on average", "unchanged on average"; in the noun form "an average
/// annual increase of 6.4 percent", "an average annual decrease of 2.0 percent", "no average
/// annual change".
/// \throws as chinese_average_growth().
[[nodiscard]] SVCTRADE_EXPORT std::string english_average_growth(const AverageGrowth& growth,
                                                                 const WordingOptions& options = {});

}  // namespace svctrade
