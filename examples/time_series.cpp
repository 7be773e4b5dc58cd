// SPDX-License-Identifier: BSL-1.0
// Time series of services trade: monthly series for a total (S) and a component (SI) read from a
// bundled file, their year-on-year growth, quarterly and year-to-date roll-ups with a month that
// was never reported, the component's share of the total and its contribution to the total's
// growth, and the refusals that protect against combining series that do not fit.
//
// The bundled figures are ILLUSTRATIVE, not published data (see data/README.md): the program
// shows how the library treats them, not what any reporter traded.
//
// Usage: time_series [data file]   (default: data/services_monthly_illustrative.csv, run from examples/)
#include <svctrade/svctrade.hpp>

#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace svctrade;

namespace {

constexpr auto up = RoundingMode::half_up;

// One series per (category, flow), labelled with both, so the share and contribution functions
// can check that the part really is a part of the whole. The file's columns are declared, and so
// is its unit (100 million yuan): nothing is guessed.
std::map<std::pair<Category, Flow>, TimeSeries> load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw NotFound("cannot open " + path);
    TidyLayout layout;
    layout.columns.item = "category";
    layout.columns.flow = "flow";
    layout.columns.period = "period";
    layout.columns.currency = "currency";
    layout.columns.value = "amount";
    layout.magnitude = 8;
    layout.dialect.comment = '#';  // the notes on the file's source above its header
    std::map<std::pair<Category, Flow>, TimeSeries> series;
    for (auto& [key, s] : read_tidy_series(in, path, layout).series) {
        series.emplace(std::make_pair(*key.item, *key.flow), std::move(s.series));
    }
    return series;
}

std::string padded(std::string text, std::size_t width) {
    // Widths count bytes; every label below is ASCII. At least one space separates columns.
    text.append(text.size() < width ? width - text.size() : 1, ' ');
    return text;
}

std::string amount(const Outcome<Money>& m) {
    return m ? m.value().amount().to_string() : "missing";
}

// The growth rounded once, or why there is none: the base was not reported, or is zero or
// negative (the library's Reason, never a made-up number).
std::string growth(const SeriesGrowth& g) {
    if (!g.change) return std::string(to_string(g.change.reason()));
    const Outcome<GrowthRate>& relative = g.change.value().relative;
    return relative ? relative.value().to_string(1, up) : std::string(to_string(relative.reason()));
}

std::string months_note(const RolledValue& r) {
    return "(" + std::to_string(r.months_present) + " of " + std::to_string(r.months_expected) + " months)";
}

}  // namespace

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : "data/services_monthly_illustrative.csv";
    try {
        const auto all = load(path);
        const TimeSeries& total = all.at({Category::from_code("S"), Flow::exports});
        const TimeSeries& si = all.at({Category::from_code("SI"), Flow::exports});

        std::cout << "ILLUSTRATIVE figures (not published data) from " << path << "\n";
        std::cout << "Services exports in 100 million yuan: " << total.category()->code() << " (" << total.size()
                  << " months) and " << si.category()->code() << " (" << si.size() << " months)\n\n";

        std::cout << "Year-on-year growth, 2021 (percent, rounded half up)\n";
        std::cout << "  " << padded("month", 16) << padded("S", 8) << padded("growth", 9) << padded("SI", 8)
                  << "growth\n";
        const SeriesResult<SeriesGrowth> total_growth = total.yoy_growth();
        std::map<Period, SeriesGrowth> si_growth;  // by period: SI has one month fewer than S
        for (const SeriesGrowth& h : si.yoy_growth()) si_growth.emplace(h.period, h);
        for (const SeriesGrowth& g : total_growth) {
            if (g.period.year() != 2021) continue;
            const auto h = si_growth.find(g.period);
            // A month SI never reported has no growth either: say so rather than skip the row.
            std::cout << "  " << padded(to_english(g.period), 16) << padded(amount(total.at(g.period)), 8)
                      << padded(growth(g), 9) << padded(amount(si.at(g.period)), 8)
                      << (h == si_growth.end() ? std::string("missing") : growth(h->second)) << "\n";
        }

        std::cout << "\nQuarterly roll-up of SI exports\n";
        const SeriesResult<RolledValue> quarters = si.roll_up(RollUpTarget::quarter);
        const SeriesResult<RolledValue> partial_quarters = si.roll_up(RollUpTarget::quarter, PartialSums::allow);
        for (std::size_t i = 0; i < quarters.size(); ++i) {
            std::cout << "  " << padded(to_english(quarters[i].period), 10);
            if (quarters[i].complete()) {
                std::cout << amount(quarters[i].value);
            } else {
                std::cout << padded(amount(quarters[i].value), 9);
                std::cout << "partial sum " << amount(partial_quarters[i].value) << " "
                          << months_note(partial_quarters[i]);
            }
            std::cout << "\n";
        }

        std::cout << "\nYear-to-date roll-up of SI exports, 2021 (April 2021 was not reported)\n";
        const SeriesResult<RolledValue> ytd = si.roll_up(RollUpTarget::year_to_date);
        const SeriesResult<RolledValue> partial_ytd = si.roll_up(RollUpTarget::year_to_date, PartialSums::allow);
        for (std::size_t i = 0; i < ytd.size(); ++i) {
            if (ytd[i].period.year() != 2021) continue;
            std::cout << "  " << padded(to_english(ytd[i].period), 28);
            if (ytd[i].complete()) {
                std::cout << amount(ytd[i].value);
            } else {
                std::cout << padded(amount(ytd[i].value), 9);
                std::cout << "partial sum " << amount(partial_ytd[i].value) << " " << months_note(partial_ytd[i]);
            }
            std::cout << "\n";
        }

        std::cout << "\nSI in S exports, 2021: share, its change on a year earlier and SI's contribution to S's\n"
                     "year-on-year growth (percentage points)\n";
        std::cout << "  " << padded("month", 16) << padded("share", 8) << padded("on 2020", 10) << "contribution\n";
        // All three results have one entry per period of either series, in the same order.
        const SeriesResult<SeriesShare> shares = share(si, total);
        const SeriesResult<SeriesShareChange> changes = yoy_share_change(si, total);
        const SeriesResult<SeriesContribution> contributions = yoy_contribution(si, total);
        for (std::size_t i = 0; i < shares.size(); ++i) {
            if (shares[i].period.year() != 2021) continue;
            const Outcome<Share>& s = shares[i].share;
            const Outcome<PercentagePoints>& d = changes[i].change;
            const Outcome<PercentagePoints>& c = contributions[i].contribution;
            std::cout << "  " << padded(to_english(shares[i].period), 16)
                      << padded(s ? s.value().to_string(1, up) : std::string(to_string(s.reason())), 8)
                      << padded(d ? d.value().to_string(1, up) : std::string(to_string(d.reason())), 10)
                      << (c ? c.value().to_string(2, up) : std::string(to_string(c.reason()))) << "\n";
        }

        std::cout << "\nQuarters of complete months, 2021: S's year-on-year growth and SI's share of S\n";
        const TimeSeries total_q = total.roll_up_series(RollUpTarget::quarter);
        const TimeSeries si_q = si.roll_up_series(RollUpTarget::quarter);  // Q2 2021 lacks April
        std::map<Period, SeriesGrowth> total_q_growth;
        for (const SeriesGrowth& g : total_q.yoy_growth()) total_q_growth.emplace(g.period, g);
        const SeriesResult<SeriesShare> q_shares = share(si_q, total_q);
        for (std::size_t i = 0; i < q_shares.size(); ++i) {
            if (q_shares[i].period.year() != 2021) continue;
            const Outcome<Share>& s = q_shares[i].share;
            const auto g = total_q_growth.find(q_shares[i].period);
            std::cout << "  " << padded(to_english(q_shares[i].period), 10)
                      << padded(amount(total_q.at(q_shares[i].period)), 8)
                      << padded(g == total_q_growth.end() ? std::string("missing") : growth(g->second), 9)
                      << (s ? s.value().to_string(1, up) : std::string(to_string(s.reason()))) << "\n";
        }

        std::cout << "\nRefusals\n";
        try {
            (void)share(total, si);
        } catch (const NotComparable& e) {
            std::cout << "  share of S in SI: " << e.what() << "\n";
        }
        TimeSeries si_imports(Currency::of("CNY"), Category::from_code("SI"), Flow::imports);
        try {
            (void)yoy_contribution(si_imports, total);
        } catch (const NotComparable& e) {
            std::cout << "  SI imports in S exports: " << e.what() << "\n";
        }
        TimeSeries si_dollars(Currency::of("USD"), Category::from_code("SI"), Flow::exports);
        try {
            (void)share(si_dollars, total);
        } catch (const CurrencyMismatch& e) {
            std::cout << "  SI in dollars: " << e.what() << "\n";
        }
    } catch (const Error& e) {
        std::cerr << "time_series: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
