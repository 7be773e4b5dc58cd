// SPDX-License-Identifier: BSL-1.0
// One sentence per check, in English or Chinese: what was printed, whether the other figures
// agree, and the range they give, rounded outward so that the printed range always contains the
// exact one. The wording is svctrade's own.
#include <svctrade/audit/report.hpp>

#include "audit/words.hpp"

#include <svctrade/error.hpp>

#include <string>

namespace svctrade {

namespace {

namespace aw = audit_words;

const Claim& claim_at(std::span<const Release> releases, ClaimRef ref) {
    if (ref.release >= releases.size() || ref.claim >= releases[ref.release].claims().size()) {
        throw InvalidArgument("the check refers to claim " + std::to_string(ref.claim) + " of release " +
                              std::to_string(ref.release) + ", which the releases given do not hold");
    }
    return releases[ref.release].claims()[ref.claim];
}

std::string_view derivation(CheckKind kind, Language l) {
    const bool en = l == Language::english;
    switch (kind) {
        case CheckKind::total_of_flows:
        case CheckKind::balance_of_flows:
        case CheckKind::deficit_of_flows:
            return en ? "the flows printed" : "已公布的进出口数据";
        case CheckKind::missing_flow:
            return en ? "the other flows printed" : "已公布的其他流量";
        case CheckKind::sum_of_parts:
            return en ? "the sum of its printed parts" : "各组成部分之和";
        case CheckKind::share_from_levels:
            return en ? "the levels of the part and the whole" : "部分与总体的数值";
        case CheckKind::implied_part:
            return en ? "the share and the whole" : "比重与总体数值";
        case CheckKind::implied_whole:
            return en ? "the part and its share" : "部分数值及其比重";
        case CheckKind::count_partition:
            return en ? "the counts by status" : "各状态数量之和";
        case CheckKind::implied_rate:
            return en ? "the figure printed in both currencies" : "以两种货币公布的同一数据";
        case CheckKind::common_rate:
            return en ? "the month's other figures in both currencies" : "同月以两种货币公布的其他数据";
        case CheckKind::last_year_level:
            return en ? "the level and its growth" : "本期数值及其增速";
        case CheckKind::last_year_share:
            return en ? "the share and its change" : "比重及其变化";
        case CheckKind::part_growth:
            return en ? "the share, its change and the growth of the whole" : "比重、比重变化与总体增速";
        case CheckKind::total_growth_from_flows:
        case CheckKind::balance_change_from_flows:
        case CheckKind::balance_growth_from_flows:
            return en ? "the levels and growth of exports and imports" : "出口、进口的数值及增速";
        case CheckKind::growth_from_change:
            return en ? "the level and its change" : "本期数值及增减额";
        case CheckKind::average_growth_on_base:
            return en ? "the growth on the base period" : "较基期的增速";
        case CheckKind::duplicate:
            return en ? "the same figure printed earlier in the release" : "同一发布中先前公布的同一数据";
        case CheckKind::growth_from_levels:
        case CheckKind::change_from_levels:
            return en ? "this year's and last year's levels" : "本期与上年同期数值";
        case CheckKind::share_change_from_shares:
            return en ? "this year's and last year's shares" : "本期与上年同期比重";
        case CheckKind::chained_growth:
        case CheckKind::average_growth_from_growths:
            return en ? "the year-on-year growth of each year since the base" : "基期以来各年同比增速";
        case CheckKind::growth_on_base_from_levels:
        case CheckKind::average_growth_from_levels:
            return en ? "the levels of the period and the base period" : "本期与基期数值";
        case CheckKind::period_on_period:
            return en ? "the levels of the period and the one before" : "本期与上期数值";
        case CheckKind::cumulative_periods:
            return en ? "the levels of its two parts" : "前后两段时期的数值之和";
        case CheckKind::implied_period:
            return en ? "the two cumulative figures" : "两个累计数";
        case CheckKind::restatement:
            return en ? "the same figure in an earlier release" : "此前发布的同一数据";
    }
    return "";
}

std::string_view verdict_words(Verdict v, Language l) {
    const bool en = l == Language::english;
    switch (v) {
        case Verdict::consistent:
            return en ? "consistent" : "相符";
        case Verdict::inconsistent:
            return en ? "inconsistent" : "不符";
        case Verdict::boundary:
            return en ? "consistent only at the edge of rounding" : "仅在舍入边界上相符";
        case Verdict::inference:
            return en ? "an inference" : "推算";
    }
    return "";
}

}  // namespace

std::string sentence(const Check& check, std::span<const Release> releases, Language language) {
    const bool en = language == Language::english;
    const Claim& about = claim_at(releases, check.about);
    for (const ClaimRef r : check.inputs) (void)claim_at(releases, r);
    std::string subject = aw::subject(check, about, language);
    const std::string range = aw::range(check, language);
    std::string s;
    if (check.compared) {
        const Claim& printed = claim_at(releases, *check.compared);
        const std::string figure = aw::printed(printed, language);
        if (check.hint == Hint::change_is_last_years_level) {
            const std::string magnitude =
                printed.figure.text().front() == '-' ? printed.figure.text().substr(1) : printed.figure.text();
            s = en ? aw::capitalized(subject) + ": the printed " + figure +
                         " is not a change: this year's and last year's levels put the change " + range + "; " +
                         magnitude + " is last year's level."
                   : subject + "：公布的" + figure + "并非增减额：按本期与上年同期数值计算，增减额为" + range + "；" +
                         magnitude + "是上年同期的数值。";
        } else if (en) {
            const std::string d(derivation(check.kind, language));
            switch (check.verdict) {
                case Verdict::consistent:
                    s = aw::capitalized(subject) + ": the printed " + figure + " agrees with " + d + ", which put it " +
                        range + ".";
                    break;
                case Verdict::inconsistent:
                    s = aw::capitalized(subject) + ": the printed " + figure + " does not agree with " + d +
                        ", which put it " + range + ".";
                    break;
                default:
                    s = aw::capitalized(subject) + ": the printed " + figure + " agrees with " + d +
                        " only at an end of its rounding, a value one of them excludes (the others put it " + range +
                        ").";
                    break;
            }
        } else {
            const std::string d(derivation(check.kind, language));
            switch (check.verdict) {
                case Verdict::consistent:
                    s = subject + "：公布的" + figure + "与" + d + "相符（据此计算为" + range + "）。";
                    break;
                case Verdict::inconsistent:
                    s = subject + "：公布的" + figure + "与" + d + "不符，据此计算应为" + range + "。";
                    break;
                default:
                    s = subject + "：公布的" + figure + "与" + d +
                        "仅在舍入区间的端点上相符，而该端点为其中一方所不含（据此计算为" + range + "）。";
                    break;
            }
        }
    } else if (check.published) {  // a derived interval to compare with (common_rate)
        const std::string other = aw::format_range(*check.published, check.quantity, language);
        const std::string d(derivation(check.kind, language));
        const bool ok = check.verdict == Verdict::consistent;
        s = en ? aw::capitalized(subject) + ": the rate its two figures imply, " + other + ", " +
                     (ok                                   ? "meets"
                      : check.verdict == Verdict::boundary ? "only touches"
                                                           : "misses") +
                     " the rate that " + d + " leave, " + range + "."
               : subject + "：其两种货币数据隐含的汇率为" + other + "，与" + d + "所允许的汇率" + range +
                     (ok                                   ? "相容"
                      : check.verdict == Verdict::boundary ? "仅在端点相接"
                                                           : "不相容") +
                     "。";
    } else {
        const std::string d(derivation(check.kind, language));
        s = en ? aw::capitalized(subject) + " is not printed; " + d + " put it " + range + "."
               : subject + "未公布；由" + d + "推算为" + range + "。";
    }
    if (check.flips()) {
        s += en ? " Under the other rounding rule for negative figures the verdict would be " +
                      std::string(verdict_words(check.other_verdict, language)) + "."
                : "若负数按另一种舍入约定，结论为“" + std::string(verdict_words(check.other_verdict, language)) + "”。";
    }
    if (check.approximate_input) {
        s += en ? " (A figure used is approximate.)" : "（所用数据含约数。）";
    }
    return s;
}

}  // namespace svctrade
