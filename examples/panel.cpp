// SPDX-License-Identifier: BSL-1.0
// A classified panel: monthly exports and imports of two reporters in four EBOPS 2010 components
// read from a bundled file, then the whole-dataset operations of the fast path — year-on-year
// growth, shares in the four components' sum, their change in percentage points, each
// component's contribution to the growth of the sum, a quarterly roll-up with a missing month —
// with results filled in place, and the refusal that keeps a total and its parts from being
// summed together.
//
// The bundled figures are ILLUSTRATIVE, not published data (see data/README.md).
//
// Usage: panel [data file]   (default: data/panel_monthly_illustrative.csv, run from examples/)
#include <svctrade/svctrade.hpp>

#include <cstdio>
#include <exception>
#include <fstream>
#include <string>
#include <vector>

using namespace svctrade;

namespace {

// The file's columns, declared: nothing is guessed, and the unit (100 million yuan) is stated.
TidyLayout layout() {
    TidyLayout l;
    l.columns.reporter = "reporter";
    l.columns.item = "category";
    l.columns.flow = "flow";
    l.columns.period = "month";
    l.columns.value = "amount";
    l.currency = Currency::of("CNY");
    l.magnitude = 8;
    l.dialect.comment = '#';  // the notes on the file's source above its header
    return l;
}

// The reporters as the file first names them, the components in classification order, every
// month from the first to the last: the keys come from the file.
Panel load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw NotFound("cannot open " + path);
    return read_tidy_panel(in, path, layout()).panel;
}

enum class Style { change, share, points };

// A fraction as a signed change (+5.9%), a share (38.5%) or percentage points (+1.7 pp), with
// one decimal, or the Reason the cell has no answer.
std::string percent(const PanelResult& r, std::size_t rep, std::size_t c, std::size_t p, Style style) {
    const Outcome<double> x = r.at(rep, c, p);
    if (!x) return std::string(to_string(x.reason()));
    const char* format = style == Style::change ? "%+.1f%%" : style == Style::share ? "%.1f%%" : "%+.1f pp";
    char text[32];
    std::snprintf(text, sizeof text, format, 100.0 * x.value());
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const std::string path = argc > 1 ? argv[1] : "data/panel_monthly_illustrative.csv";
        const Panel panel = load(path);
        std::printf("ILLUSTRATIVE figures (not published data) from %s\n", "data/panel_monthly_illustrative.csv");
        std::printf("%zu reporters x %zu EBOPS 2010 components x %zu months; %zu export and %zu import values\n\n",
                    panel.reporter_count(), panel.category_count(), panel.month_count(),
                    panel.valid_count(Flow::exports), panel.valid_count(Flow::imports));

        const std::size_t june = 17;   // June 2021, the panel's last month
        const std::size_t march = 14;  // March 2021
        // One result, filled in place by every operation below: no allocation after the first.
        PanelResult result;

        std::printf("Year-on-year growth, June 2021\n");
        std::printf("  %-8s %-6s %10s %10s %10s\n", "reporter", "code", "exports", "imports", "total");
        for (std::size_t r = 0; r < panel.reporter_count(); ++r) {
            for (std::size_t c = 0; c < panel.category_count(); ++c) {
                std::string cells[3];
                std::size_t k = 0;
                for (const Flow f : {Flow::exports, Flow::imports, Flow::total}) {
                    yoy_growth(panel, f, result);
                    cells[k++] = percent(result, r, c, june, Style::change);
                }
                std::printf("  %-8s %-6s %10s %10s %10s\n", panel.reporter(r).c_str(), panel.category(c).c_str(),
                            cells[0].c_str(), cells[1].c_str(), cells[2].c_str());
            }
        }

        std::printf(
            "\nExports, March 2021: CityB's SI was not reported, so its growth and every share of\n"
            "CityB that month have no answer (a partial sum would overstate the others)\n");
        PanelResult shares_march;
        shares(panel, Flow::exports, shares_march);
        yoy_growth(panel, Flow::exports, result);
        for (std::size_t c = 0; c < panel.category_count(); ++c) {
            std::printf("  CityB %-3s growth %-8s share %s\n", panel.category(c).c_str(),
                        percent(result, 1, c, march, Style::change).c_str(),
                        percent(shares_march, 1, c, march, Style::share).c_str());
        }

        std::printf(
            "\nExports of CityA, June 2021: share in the four components' sum, its change on June 2020,\n"
            "and each component's contribution to the growth of the sum\n");
        PanelResult share_change;
        PanelResult contribution;
        shares(panel, Flow::exports, result);
        share_changes(panel, Flow::exports, share_change);
        contributions(panel, Flow::exports, contribution);
        double contribution_sum = 0.0;
        double sum_now = 0.0;
        double sum_before = 0.0;
        for (std::size_t c = 0; c < panel.category_count(); ++c) {
            std::printf("  %-3s share %-7s change %-9s contribution %s\n", panel.category(c).c_str(),
                        percent(result, 0, c, june, Style::share).c_str(),
                        percent(share_change, 0, c, june, Style::points).c_str(),
                        percent(contribution, 0, c, june, Style::points).c_str());
            contribution_sum += contribution.at(0, c, june).value();
            sum_now += *panel.value(0, c, Flow::exports, panel.first_month() + static_cast<std::int32_t>(june));
            sum_before += *panel.value(0, c, Flow::exports, panel.first_month() + static_cast<std::int32_t>(june - 12));
        }
        std::printf("  contributions add up to %+.1f pp; the sum grew by %+.1f%% (%.1f -> %.1f)\n",
                    100.0 * contribution_sum, 100.0 * (sum_now - sum_before) / sum_before, sum_before, sum_now);

        std::printf("\nQuarterly roll-up of CityB's SI exports (March 2021 missing)\n");
        PanelResult quarters;
        PanelResult partial;
        roll_up(panel, Flow::exports, RollUpTarget::quarter, PartialSums::refuse, quarters);
        roll_up(panel, Flow::exports, RollUpTarget::quarter, PartialSums::allow, partial);
        const std::size_t si = panel.category_index(Category::from_code("SI"));
        for (std::size_t q = 0; q < quarters.period_count(); ++q) {
            const std::int32_t number = quarters.first_period() + static_cast<std::int32_t>(q);
            std::printf("  %d-Q%d  ", number / 4, number % 4 + 1);
            if (const auto v = quarters.value(1, si, q)) {
                std::printf("%.1f\n", *v);
            } else {
                std::printf("missing  (partial sum %.1f from %u of %u months)\n", *partial.value(1, si, q),
                            partial.months_held(1, si, q), partial.months_expected(q));
            }
        }

        std::printf("\nRefusal: a panel holding services (S) and transport (SC) cannot sum its categories\n");
        const Panel overlapping({"CityA"}, {Category::from_code("S"), Category::from_code("SC")}, MonthIndex(2021, 1),
                                1);
        try {
            shares(overlapping, Flow::exports, result);
            std::printf("  (not refused)\n");
        } catch (const NotComparable& e) {
            std::printf("  NotComparable: %s\n", e.what());
        }
        std::printf("  with SC's share in S asked for explicitly (whole = S) it is fine: ");
        shares(overlapping, Flow::exports, Category::from_code("S"), result);
        std::printf("%zu cells, %zu answered (no values were set)\n", result.values().size(), result.answered());
        return 0;
    } catch (const std::exception& e) {  // the library's errors, and std::bad_alloc
        std::fprintf(stderr, "panel: %s\n", e.what());
        return 1;
    }
}
