// SPDX-License-Identifier: BSL-1.0
// How-to: a release's yuan figures in US dollars (docs/howto/release-in-dollars.md shows this
// program step by step; a CTest check keeps the page's code and output identical to this file and
// its golden output).
//
// The figures are MOFCOM's January-May 2021 release as bundled (data/releases/README.md gives its
// source). The exchange rates below are ILLUSTRATIVE, not published rates: put your source's
// rates in their place.
//
// Usage: howto_release_in_dollars [release file]
//        (default: data/releases/mofcom-2021-01-05-zh.csv, run from examples/)
#include <svctrade/svctrade.hpp>

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

using namespace svctrade;
using namespace svctrade::literals;

int main(int argc, char** argv) {
    const std::filesystem::path path = argc > 1 ? argv[1] : "data/releases/mofcom-2021-01-05-zh.csv";
    constexpr auto up = RoundingMode::half_up;
    try {
        // Step 1: read the release file.
        const std::vector<std::filesystem::path> paths{path};
        const std::vector<Release> releases = load_release_files(paths);

        // Step 2: one average rate per period the figures cover (ILLUSTRATIVE rates).
        const Currency usd = Currency::of("USD");
        const Currency cny = Currency::of("CNY");
        RateTable rates;
        rates.add(ExchangeRate::period_average(usd, cny, 6.4937_dec, Period::year_to_date(2021, 5)));
        rates.add(ExchangeRate::period_average(usd, cny, 6.4321_dec, Period::month(2021, 5)));

        // Step 3: convert every printed amount with the rate of its period.
        for (const Release& release : releases) {
            std::cout << release.id() << " (rates ILLUSTRATIVE, not published)\n";
            for (const Claim& claim : release.claims()) {
                if (claim.measure != Measure::level || claim.figure.currency() != cny) continue;
                const ExchangeRate rate = rates.average(usd, cny, claim.period);
                const Money dollars = rate.convert(claim.figure.money(), up);  // to the cent, rounded once

                // Step 4: write the dollars as the release would.
                std::cout << "  " << to_chinese(claim.period) << " " << to_string(claim.flow) << " "
                          << claim.item.text() << ": " << claim.figure.text() << " = "
                          << format_chinese(dollars, 1, up, ChineseScale::yi) << " = "
                          << format_english(dollars, 2, up, CurrencyLabel::symbol, EnglishScale::billion) << "\n";
            }
        }

        // What can go wrong: no rate for a period.
        try {
            (void)rates.average(usd, cny, Period::half(2021, 1));
        } catch (const NotFound& e) {
            std::cout << "no rate for H1: " << e.what() << "\n";
        }
        // What can go wrong: a rate of the wrong pair.
        try {
            const Money euros = parse_amount("1.5 billion euros");
            (void)rates.average(usd, cny, Period::month(2021, 5)).convert(euros, up);
        } catch (const CurrencyMismatch& e) {
            std::cout << "euros at a USD/CNY rate: " << e.what() << "\n";
        }
    } catch (const Error& e) {
        std::cerr << "howto_release_in_dollars: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
