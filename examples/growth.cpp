// SPDX-License-Identifier: BSL-1.0
// The figures a reader can derive from the Xiamen article, computed from its printed inputs.
//
// Source of every input below: China Daily, 27 August 2021, "Xiamen pioneers in services trade
// sector" (January-June 2021). The program prints what the article implies about the same
// period of 2020, exactly and rounded half up (四舍五入) to the article's own precision, and the
// range a derived growth rate can take once the rounding of the printed inputs is respected.
#include <svctrade/svctrade.hpp>

#include <cstdio>
#include <exception>
#include <string>

using namespace svctrade;
using namespace svctrade::literals;

namespace {

constexpr auto up = RoundingMode::half_up;

std::string billions(const Money& m) {
    return format_english(m, 2, up, CurrencyLabel::word, EnglishScale::billion);
}

}  // namespace

// clang-tidy sees the `throw` of the _dec literal's consteval parser, which cannot run at run time.
int main() {  // NOLINT(bugprone-exception-escape)
    try {
        // The article's inputs, as printed.
        const Period h1_2021 = Period::year_to_date(2021, 6);
        const Money total = parse_amount("34.32 billion yuan");
        const Decimal total_growth_printed = 5.9_dec;  // percent
        const Decimal ki_share_printed = 38.5_dec;     // percent
        const Decimal ki_change_printed = 1.7_dec;     // percentage points
        const GrowthRate total_growth = GrowthRate::from_percent(total_growth_printed);
        const Share ki_share = Share::from_percent(ki_share_printed);
        const PercentagePoints ki_change = PercentagePoints::from_points(ki_change_printed);
        const Money digital = parse_amount("$410 million");
        const GrowthRate digital_growth = GrowthRate::from_percent(37_dec);

        std::printf("Xiamen, trade in services, January-June 2021 (China Daily, 27 Aug 2021)\n");
        std::printf("printed: total %s, %s year on year\n", billions(total).c_str(),
                    total_growth.to_string(1, up).c_str());
        std::printf("printed: knowledge-intensive services %s of the total, %s\n", ki_share.to_string(1, up).c_str(),
                    ki_change.to_string(1, up).c_str());
        std::printf("printed: digital service exports %s, %s\n",
                    format_english(digital, 0, up, CurrencyLabel::symbol, EnglishScale::million).c_str(),
                    digital_growth.to_string(0, up).c_str());

        // Last year's total: 34.32 / 1.059.
        const Ratio total_2020 = implied_base(total.amount(), total_growth).value();
        const Money total_2020_money(total_2020.round(0, up), total.currency());
        std::printf("\nderived, January-June 2020 (same period last year):\n");
        std::printf("  total: %s (34.32 billion / 1.059 = %s yuan)\n", billions(total_2020_money).c_str(),
                    total_2020.round(2, up).to_string(Grouping::comma).c_str());

        // Last year's knowledge-intensive share: 38.5 % − 1.7 pp.
        const Share ki_share_2020 = implied_previous_share(ki_share, ki_change);
        std::printf("  knowledge-intensive share: %s\n", ki_share_2020.to_string(1, up).c_str());

        // Knowledge-intensive values: share × total, both years.
        const Money ki_2021 = implied_part(ki_share, total, 0, up);
        const Ratio ki_2020_exact = ki_share_2020.ratio() * total_2020;
        const Money ki_2020(ki_2020_exact.round(0, up), total.currency());
        std::printf("  knowledge-intensive value: %s\n", billions(ki_2020).c_str());
        std::printf("derived, January-June 2021:\n");
        std::printf("  knowledge-intensive value: %s\n", billions(ki_2021).c_str());

        // Its growth, from the exact (unrounded) values: s(1 + g) / (s − pp) − 1; the total cancels.
        const GrowthRate ki_growth = GrowthRate::from_factor(implied_part(ki_share, total.amount()) / ki_2020_exact);
        std::printf("  knowledge-intensive growth: %s\n", ki_growth.to_string(1, up).c_str());

        // The same growth over every combination of inputs the printed figures allow: a printed
        // figure stands for every value that rounds half up to it (38.5 → [38.45, 38.55)), and
        // implied_part_growth gives the exact range of the growth over all of them.
        const Interval range = implied_part_growth(Published(ki_share_printed), Published(ki_change_printed),
                                                   Published(total_growth_printed), up)
                                   .value();
        const GrowthRate lowest = GrowthRate::from_ratio(range.lower());
        const GrowthRate highest = GrowthRate::from_ratio(range.upper());
        const bool lowest_attained = range.lower_bound() == Bound::closed;
        const bool highest_attained = range.upper_bound() == Bound::closed;
        std::printf("  ... with the printed inputs' rounding respected: between %s and %s\n",
                    lowest.to_string(2, up).c_str(), highest.to_string(2, up).c_str());
        std::printf("      (infimum %s, supremum %s, %s)\n", lowest.to_string(4, up).c_str(),
                    highest.to_string(4, up).c_str(),
                    lowest_attained ? (highest_attained ? "both attained" : "only the infimum attained")
                                    : (highest_attained ? "only the supremum attained" : "neither attained"));

        // Digital exports last year: 410 / 1.37.
        const Money digital_2020 = implied_base(digital, digital_growth, 0, up).value();
        std::printf("  digital service exports, January-June 2020: %s\n",
                    format_english(digital_2020, 0, up, CurrencyLabel::symbol, EnglishScale::million).c_str());

        // Check: the derived 2020 total grows back into the printed figures.
        const MoneyChange back = yoy_growth(total_2020_money, h1_2021.same_period_last_year(), total, h1_2021);
        std::printf("\ncheck: %s over the derived %s is %s (printed %s)\n", billions(total).c_str(),
                    billions(total_2020_money).c_str(), back.relative.value().to_string(1, up).c_str(),
                    total_growth.to_string(1, up).c_str());
        return 0;
    } catch (const std::exception& e) {  // svctrade::Error included: say what, never terminate
        std::fprintf(stderr, "growth: %s\n", e.what());
        return 1;
    }
}
