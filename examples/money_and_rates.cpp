// SPDX-License-Identifier: BSL-1.0
// Money never mixes currencies by accident: the Xiamen report's figures (China Daily, 27 August
// 2021) as Money, the rate implied by its two totals, conversions that round once, and the errors
// the library gives instead of wrong numbers.
#include <svctrade/svctrade.hpp>

#include <iostream>

int main() {
    using namespace svctrade;
    constexpr auto half_up = RoundingMode::half_up;
    const Money yuan = parse_amount("34.32 billion yuan");  // as printed in the report
    const Money dollars = parse_amount("$5.31 billion");    // the same total, as printed
    const Money digital = parse_amount("$410 million");     // digital service exports, as printed

    // The ratio of the two printed totals, rounded once to central-parity precision, used as the
    // period-average rate for January-June 2021. (Only an estimate: see xiamen_report for the range.)
    const Ratio implied = yuan / Money(dollars.amount(), yuan.currency());
    const Period h1 = Period::year_to_date(2021, 6);
    const ExchangeRate rate =
        ExchangeRate::period_average(dollars.currency(), yuan.currency(), implied.round(4, half_up), h1);
    RateTable table;
    table.add(rate);
    std::cout << "rate:              " << rate.to_string() << '\n'
              << "inverse:           " << rate.inverse(6, half_up).to_string() << '\n'
              << "digital exports:   " << format_english(digital, 0, half_up, CurrencyLabel::symbol) << " = "
              << format_english(table.average(dollars.currency(), yuan.currency(), h1).convert(digital, half_up), 3,
                                half_up, CurrencyLabel::word)
              << '\n'
              << "back to dollars:   " << rate.convert(yuan, half_up).to_string(Grouping::comma) << '\n'
              << "share of digital:  "
              << Share::of(rate.convert(digital, half_up).amount(), yuan.amount()).to_string(1, half_up)
              << " of the yuan total\n";

    // What the library refuses to do.
    try {
        (void)(yuan + dollars);
    } catch (const CurrencyMismatch& e) {
        std::cout << "yuan + dollars:    " << e.what() << '\n';
    }
    try {
        (void)table.average(dollars.currency(), yuan.currency(), Period::half(2021, 1));
    } catch (const NotFound& e) {
        std::cout << "H1 as a half-year: " << e.what() << '\n';
    }
    try {
        (void)parse_amount("410 million dollars");
    } catch (const ParseError& e) {
        std::cout << "bare \"dollars\":    " << e.what() << '\n';
    }
    return 0;
}
