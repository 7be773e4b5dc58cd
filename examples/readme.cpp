// SPDX-License-Identifier: BSL-1.0
// The snippet at the top of README.md, kept compiling and checked against readme.expected by
// CTest, so that the README cannot drift from the library. Inputs are the figures printed in
// China Daily's report on Xiamen (27 August 2021); every output is computed.
#include <svctrade/svctrade.hpp>

#include <iostream>

int main() {
    using namespace svctrade;
    using namespace svctrade::literals;
    constexpr auto up = RoundingMode::half_up;  // 四舍五入, as China's statistics round

    // As printed: "34.32 billion yuan ($5.31 billion), +5.9% year on year;
    // knowledge-intensive services 38.5% of the total, up 1.7 percentage points."
    const Money total = parse_amount("34.32 billion yuan");
    const GrowthRate growth = GrowthRate::from_percent(5.9_dec);
    const Share ki = Share::from_percent(38.5_dec);
    const PercentagePoints ki_change = PercentagePoints::from_points(1.7_dec);

    // Same period last year: 34.32 / 1.059, kept exact and rounded once, at the end.
    const Money last_year = implied_base(total, growth, 0, up).value();
    std::cout << format_english(last_year, 2, up, CurrencyLabel::word, EnglishScale::billion) << '\n';

    // A share minus percentage points is a share; share + share would not compile.
    std::cout << (ki - ki_change).to_string(1, up) << '\n';

    // The exchange rate the two rounded totals allow: an open interval, printed outward.
    const Interval rate = Published(34.32_dec).interval(up) / Published(5.31_dec).interval(up);
    std::cout << rate.to_string(3) << " yuan per dollar\n";

    // Yuan plus dollars is an error, never a silent conversion.
    try {
        (void)(total + parse_amount("$5.31 billion"));
    } catch (const CurrencyMismatch& e) {
        std::cout << e.what() << '\n';
    }
}
