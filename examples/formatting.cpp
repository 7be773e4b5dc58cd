// SPDX-License-Identifier: BSL-1.0
// The Xiamen figures of the README (China Daily, 27 August 2021) through {fmt}: one format string
// per line, each figure rounded once as its spec says (half up unless the spec names a mode), in
// English and in Chinese, in a table whose columns count a Chinese character as two. Streams
// print the types with one obvious text. Built when {fmt} is found (svctrade::fmt).
#include <svctrade/fmt.hpp>
#include <svctrade/money/magnitude.hpp>
#include <svctrade/periods/text.hpp>

#include <exception>
#include <iostream>

using namespace svctrade;
using namespace svctrade::literals;

int main() {
    try {
        const Period h1 = parse_english("January-June 2021");
        const Money total = parse_amount("34.32 billion yuan");
        const Money last_year = parse_amount("32.41 billion yuan");
        const GrowthRate growth = GrowthRate::from_factor(total / last_year);
        const Share ki = Share::from_percent(38.5_dec);
        const PercentagePoints ki_change = PercentagePoints::from_points(1.7_dec);

        fmt::print("{}: services trade {:word}, {:words} ({:.3f} at three places)\n", h1, total, growth, growth);
        fmt::print("{:zh}：服务贸易进出口{:zh}，{:words zh}；知识密集型服务占{}，{:words zh}\n", h1, total, growth, ki,
                   ki_change);
        const Period before = h1.same_period_last_year();
        fmt::print("same period last year: {} ({:zh}), the days {:iso}\n", before, before, before);
        fmt::print("rounding 5.85%: {:.1f} half up, {:.1f half_even} half even, {:.1f floor} floor\n",
                   GrowthRate::from_percent(5.85_dec), GrowthRate::from_percent(5.85_dec),
                   GrowthRate::from_percent(5.85_dec));
        fmt::print("amounts: {} | {:,} | {:.1 million symbol} | {:.2 yi}\n", total, total,
                   parse_amount("$5.31 billion"), total);

        // A table: numbers sit right, text left; widths count display columns.
        fmt::print("{:<18}|{:>8}|{:>10}\n", "period", "growth", "points");
        for (const Period& p : {h1, Period::half(2021, 1), Period::quarter(2021, 2)}) {
            fmt::print("{:<18}|{:>8}|{:>10}\n", p, growth, ki_change);
            fmt::print("{:<18 zh}|{:>8}|{:>10 zh}\n", p, growth, ki_change);
        }

        // Streams: the types with one obvious text.
        std::cout << "streamed: " << h1 << ", " << Flow::exports << ", " << TaskStatus::partially_implemented << ", "
                  << total << ", " << Currency::of("CNY") << "\n";

        // A spec read at run time that the type does not take.
        try {
            fmt::print(fmt::runtime("{:.1f}\n"), h1);
        } catch (const fmt::format_error& e) {
            fmt::print("refused: {}\n", e.what());
        }
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
