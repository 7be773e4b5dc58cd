// SPDX-License-Identifier: BSL-1.0
// How-to: a bureau's year-to-date growth and shares from a file of monthly figures
// (docs/howto/ytd-growth-and-shares.md shows this program step by step; a CTest check keeps the
// page's code and output identical to this file and its golden output).
//
// The bundled figures are ILLUSTRATIVE, not published data (see data/README.md).
//
// Usage: howto_ytd_growth_shares [data file]
//        (default: data/example_city_monthly_illustrative.csv, run from examples/)
#include <svctrade/svctrade.hpp>

#include <fstream>
#include <iostream>
#include <string>

using namespace svctrade;

namespace {

constexpr auto up = RoundingMode::half_up;  // 四舍五入, as China's statistics round

// A figure rounded once, or the reason it has none (never a made-up number).
template <class T>
std::string shown(const Outcome<T>& figure, int places) {
    return figure ? figure.value().to_string(places, up) : std::string(to_string(figure.reason()));
}

}  // namespace

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : "data/example_city_monthly_illustrative.csv";
    try {
        // Step 1: declare the file's layout.
        TidyLayout layout;
        layout.columns.item = "category";  // EBOPS 2010 codes: S, SC, SD, ...
        layout.columns.flow = "flow";      // exports, imports
        layout.columns.period = "month";   // 2021-06
        layout.columns.value = "amount";
        layout.currency = Currency::of("CNY");  // the file has no currency column: say it
        layout.magnitude = 8;                   // amounts in 亿元 (10^8 yuan)
        layout.dialect.comment = '#';           // the file's notes above its header

        // Step 2: read one monthly series per category and flow.
        std::ifstream in(path, std::ios::binary);
        if (!in) throw NotFound("cannot open " + path);
        const TidySeriesSet file = read_tidy_series(in, path, layout);
        const auto monthly = [&](const char* code, Flow flow) -> const TimeSeries& {
            const auto found = file.series.find(
                TidySeriesKey{.reporter = {}, .partner = {}, .item = Category::from_code(code), .flow = flow});
            if (found == file.series.end()) throw NotFound(std::string("no series for ") + code + " in " + path);
            return found->second.series;
        };

        // Step 3: roll the months up into year-to-date periods.
        const Period h1 = Period::year_to_date(2021, 6);  // January-June 2021
        std::cout << "ILLUSTRATIVE figures (not published data), " << to_english(h1) << "\n";
        for (const Flow flow : {Flow::exports, Flow::imports}) {
            const TimeSeries total = monthly("S", flow).roll_up_series(RollUpTarget::year_to_date);

            // Step 4: the total's year-on-year growth.
            const SeriesResult<SeriesGrowth> growth = total.yoy_growth();
            std::cout << to_string(flow) << ": " << total.at(h1).value().amount().to_string() << " (100 million yuan), "
                      << shown(growth.at(h1).rate(), 1) << " year on year\n";

            // Step 5: each component's share of the total and its change on a year earlier.
            for (const char* code : {"SC", "SD", "SI"}) {
                const TimeSeries part = monthly(code, flow).roll_up_series(RollUpTarget::year_to_date);
                const Outcome<Share> s = share(part, total).at(h1).share;
                const Outcome<PercentagePoints> change = yoy_share_change(part, total).at(h1).change;
                std::cout << "  " << code << ": " << shown(s, 1) << " of the total, " << shown(change, 1)
                          << " on a year earlier, growth " << shown(part.yoy_growth().at(h1).rate(), 1) << "\n";
            }
        }

        // What can go wrong: a period the result does not hold.
        try {
            const TimeSeries total = monthly("S", Flow::exports).roll_up_series(RollUpTarget::year_to_date);
            (void)total.yoy_growth().at(Period::half(2021, 1));
        } catch (const NotFound& e) {
            std::cout << "H1 instead of January-June: " << e.what() << "\n";
        }
        // What can go wrong: a row the layout cannot read.
        try {
            (void)read_tidy_series("month,category,flow,amount\n2021-06,S,exports,12.3.4\n", "bad.csv", layout);
        } catch (const CsvError& e) {
            std::cout << "a malformed amount: " << e.what() << "\n";
        }
    } catch (const Error& e) {
        std::cerr << "howto_ytd_growth_shares: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
