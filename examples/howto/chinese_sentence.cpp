// SPDX-License-Identifier: BSL-1.0
// How-to: the Chinese sentence for a figure (docs/howto/chinese-sentence.md shows this program
// step by step; a CTest check keeps the page's code and output identical to this file and its
// golden output).
//
// The figures are Xiamen's January-June 2021 services trade as China Daily printed them on
// 27 August 2021 (data/releases/README.md): 34.32 billion yuan, up 5.9 percent; knowledge-intensive
// services 38.5 percent of the total, up 1.7 percentage points.
#include <svctrade/svctrade.hpp>

#include <iostream>
#include <string>

using namespace svctrade;
using namespace svctrade::literals;

int main() {
    try {
        // Step 1: the figures as values.
        const Period h1 = Period::year_to_date(2021, 6);
        const Money total = parse_amount("34.32 billion yuan");
        const GrowthRate growth = GrowthRate::from_percent(5.9_dec);
        const Share ki = Share::from_percent(38.5_dec);
        const PercentagePoints ki_change = PercentagePoints::from_points(1.7_dec);

        // Step 2: the words of each figure.
        const std::string amount = format_chinese(total, 1, RoundingMode::half_up, ChineseScale::yi);
        const std::string rise = chinese_growth(growth);                                  // 同比增长5.9%
        const std::string points = chinese_points(ki_change, ChangeBasis::year_on_year);  // 同比提升1.7个百分点
        const std::string ki_share = ki.to_string(1, RoundingMode::half_up);

        // Step 3: the sentence.
        std::cout << to_chinese(h1) << "，厦门市服务贸易进出口总额" << amount << "，" << rise
                  << "；其中知识密集型服务占" << ki_share << "，" << points << "。\n";

        // Step 4: the same figures in English, for the English edition.
        std::cout << to_english(h1) << ": services trade "
                  << format_english(total, 2, RoundingMode::half_up, CurrencyLabel::word) << ", "
                  << english_growth(growth) << "; knowledge-intensive services " << ki_share << ", "
                  << english_points(ki_change) << ".\n";

        // Other wordings: a fall, a level figure, the year against the previous year, 提高.
        WordingOptions tigao;
        tigao.chinese_rise = ChineseRise::tigao;
        std::cout << chinese_growth(GrowthRate::from_percent(-7.45_dec)) << " / "
                  << chinese_growth(GrowthRate::from_percent(0.04_dec)) << " / "
                  << chinese_growth(growth, ChangeBasis::previous_year) << " / "
                  << chinese_points(ki_change, ChangeBasis::unstated, tigao) << " / "
                  << format_chinese(parse_amount("1.2 trillion yuan"), 1, RoundingMode::half_up) << "\n";

        // What can go wrong: places out of range.
        try {
            WordingOptions too_many;
            too_many.places = 40;
            (void)chinese_growth(growth, ChangeBasis::year_on_year, too_many);
        } catch (const InvalidArgument& e) {
            std::cout << "40 places: " << e.what() << "\n";
        }
        // What can go wrong: a growth with no answer has no words.
        const Outcome<GrowthRate> none = svctrade::growth(Money(0_dec, total.currency()), total).relative;
        if (!none) std::cout << "growth on a zero base: " << to_string(none.reason()) << "\n";
    } catch (const Error& e) {
        std::cerr << "howto_chinese_sentence: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
