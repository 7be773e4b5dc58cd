// SPDX-License-Identifier: BSL-1.0
// Names of check kinds and verdicts, and the comparison that gives a verdict.
#include <svctrade/audit/check.hpp>

namespace svctrade {

std::string_view to_string(CheckKind kind) noexcept {
    switch (kind) {
        case CheckKind::total_of_flows:
            return "total_of_flows";
        case CheckKind::balance_of_flows:
            return "balance_of_flows";
        case CheckKind::deficit_of_flows:
            return "deficit_of_flows";
        case CheckKind::missing_flow:
            return "missing_flow";
        case CheckKind::sum_of_parts:
            return "sum_of_parts";
        case CheckKind::share_from_levels:
            return "share_from_levels";
        case CheckKind::implied_part:
            return "implied_part";
        case CheckKind::implied_whole:
            return "implied_whole";
        case CheckKind::count_partition:
            return "count_partition";
        case CheckKind::implied_rate:
            return "implied_rate";
        case CheckKind::common_rate:
            return "common_rate";
        case CheckKind::last_year_level:
            return "last_year_level";
        case CheckKind::last_year_share:
            return "last_year_share";
        case CheckKind::part_growth:
            return "part_growth";
        case CheckKind::total_growth_from_flows:
            return "total_growth_from_flows";
        case CheckKind::balance_change_from_flows:
            return "balance_change_from_flows";
        case CheckKind::balance_growth_from_flows:
            return "balance_growth_from_flows";
        case CheckKind::growth_from_change:
            return "growth_from_change";
        case CheckKind::average_growth_on_base:
            return "average_growth_on_base";
        case CheckKind::duplicate:
            return "duplicate";
        case CheckKind::growth_from_levels:
            return "growth_from_levels";
        case CheckKind::change_from_levels:
            return "change_from_levels";
        case CheckKind::share_change_from_shares:
            return "share_change_from_shares";
        case CheckKind::chained_growth:
            return "chained_growth";
        case CheckKind::growth_on_base_from_levels:
            return "growth_on_base_from_levels";
        case CheckKind::average_growth_from_levels:
            return "average_growth_from_levels";
        case CheckKind::average_growth_from_growths:
            return "average_growth_from_growths";
        case CheckKind::period_on_period:
            return "period_on_period";
        case CheckKind::cumulative_periods:
            return "cumulative_periods";
        case CheckKind::implied_period:
            return "implied_period";
        case CheckKind::restatement:
            return "restatement";
    }
    return "unknown";
}

std::string_view to_string(Verdict verdict) noexcept {
    switch (verdict) {
        case Verdict::consistent:
            return "consistent";
        case Verdict::inconsistent:
            return "inconsistent";
        case Verdict::boundary:
            return "boundary";
        case Verdict::inference:
            return "inference";
    }
    return "unknown";
}

Verdict compare(const Interval& computed, const Interval& published) noexcept {
    if (computed.intersects(published)) return Verdict::consistent;
    // The closures meet: the two share an end that at least one of them excludes.
    if (computed.lower() <= published.upper() && published.lower() <= computed.upper()) return Verdict::boundary;
    return Verdict::inconsistent;
}

}  // namespace svctrade
