// SPDX-License-Identifier: BSL-1.0
// Random small panels with statuses for the tests (fixed seeds, the same on every machine): the
// same observations and statuses in a Panel and an ExactPanel (scale 0), and as a plain copy
// from which a test computes what to expect. Shared by the panel result status tests and the
// tidy and Arrow round trips of panel results.
#pragma once

#include <svctrade/numbers/rounding.hpp>
#include <svctrade/panels/exact_ops.hpp>
#include <svctrade/panels/exact_panel.hpp>
#include <svctrade/panels/ops.hpp>
#include <svctrade/panels/panel.hpp>
#include <svctrade/status/observation_status.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace svctrade_test {

using namespace svctrade;

inline const ObservationStatus not_provided = ObservationStatus::missing(Missing::not_provided);

// splitmix64: small, well known, the same on every machine.
struct Random {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t x = (state += 0x9E3779B97F4A7C15ULL);
        x = (x ^ (x >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        x = (x ^ (x >> 27U)) * 0x94D049BB133111EBULL;
        return x ^ (x >> 31U);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
};

// The statuses a value may carry, and those a missing cell may be recorded with.
inline const std::vector<ObservationStatus> value_statuses = {
    ObservationStatus(),
    ObservationStatus().with(StatusFlag::estimated),
    ObservationStatus().with(StatusFlag::provisional),
    ObservationStatus().with(StatusFlag::break_in_series).with(StatusFlag::revised),
    ObservationStatus().with(StatusFlag::imputed).with(Confidentiality::confidential),
    ObservationStatus().with(Confidentiality::free),
    ObservationStatus().with(StatusFlag::low_reliability).with(Confidentiality::primary_small_counts),
};
inline const std::vector<ObservationStatus> missing_statuses = {
    ObservationStatus::missing(Missing::cannot_exist),
    ObservationStatus::missing(Missing::not_available),
    ObservationStatus::missing(Missing::suppressed).with(Confidentiality::confidential),
    ObservationStatus::missing(Missing::not_collected),
    ObservationStatus::missing(Missing::holiday),
};

// One random case: the same observations and statuses in a Panel and an ExactPanel (scale 0),
// and as a plain copy from which the series are built.
struct Cell {
    bool valid = false;
    std::int64_t units = 0;
    ObservationStatus status = not_provided;  // what the panel's status() reads
};

struct Case {
    std::size_t R = 0;
    std::size_t C = 0;
    std::size_t T = 0;
    MonthIndex first{2020, 1};
    std::vector<Cell> cells[2];  // exports, imports, in the panels' order
    std::optional<Panel> fast;
    std::optional<ExactPanel> exact;

    [[nodiscard]] std::size_t index(std::size_t r, std::size_t c, std::size_t t) const { return (r * C + c) * T + t; }
};

inline std::vector<std::string> codes(std::size_t n, char first) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < n; ++i) out.emplace_back(1, static_cast<char>(first + static_cast<char>(i)));
    return out;
}

inline Case make_case(int seed, bool with_statuses = true) {
    Random rnd{static_cast<std::uint64_t>(seed) * 7919U + 3U};
    Case k;
    k.R = 1 + rnd.below(2);
    k.C = 2 + rnd.below(2);
    k.T = 13 + rnd.below(20);
    // Any first month, so that the first and last quarters, halves and years stick out.
    k.first = MonthIndex(2019, 1 + static_cast<unsigned>(rnd.below(12)));
    k.fast.emplace(codes(k.R, 'P'), codes(k.C, 'A'), k.first, k.T);
    k.exact.emplace(codes(k.R, 'P'), codes(k.C, 'A'), k.first, k.T, 0);
    for (int f = 0; f < 2; ++f) {
        const Flow flow = f == 0 ? Flow::exports : Flow::imports;
        k.cells[f].resize(k.R * k.C * k.T);
        for (std::size_t r = 0; r < k.R; ++r)
            for (std::size_t c = 0; c < k.C; ++c)
                for (std::size_t t = 0; t < k.T; ++t) {
                    Cell& cell = k.cells[f][k.index(r, c, t)];
                    const MonthIndex month = k.first + static_cast<std::int32_t>(t);
                    const std::size_t roll = rnd.below(10);
                    if (roll < 7) {
                        // Mostly positive, sometimes zero or negative: zero and negative bases.
                        cell.valid = true;
                        cell.units = static_cast<std::int64_t>(rnd.below(60)) - (rnd.below(8) == 0 ? 70 : 0);
                        cell.status = with_statuses && rnd.below(3) == 0
                                          ? value_statuses[rnd.below(value_statuses.size())]
                                          : ObservationStatus();
                        k.fast->set(r, c, flow, month, static_cast<double>(cell.units), cell.status);
                        k.exact->set_units(r, c, flow, month, cell.units, cell.status);
                    } else if (roll < 9 && with_statuses) {
                        cell.status = missing_statuses[rnd.below(missing_statuses.size())];
                        k.fast->erase(r, c, flow, month, cell.status);
                        k.exact->erase(r, c, flow, month, cell.status);
                    }
                }
    }
    if (with_statuses) {
        // At least one status, whatever the draw.
        k.cells[0][0].status = ObservationStatus::missing(Missing::cannot_exist);
        k.cells[0][0].valid = false;
        k.fast->erase(0, 0, Flow::exports, k.first, k.cells[0][0].status);
        k.exact->erase(0, 0, Flow::exports, k.first, k.cells[0][0].status);
    }
    return k;
}

// Every whole-panel operation, on both paths (the exact one to 1 place, half up), each filling
// its result in place: growth, shares, share changes and contributions (with the sum of all
// categories and with category 0 as the whole), and every roll-up, partial sums refused and
// allowed.
struct Op {
    const char* name;
    std::function<void(const Panel&, Flow, PanelResult&)> fast;
    std::function<void(const ExactPanel&, Flow, ExactPanelResult&)> exact;
};

inline std::vector<Op> every_op() {
    std::vector<Op> ops;
    ops.push_back(
        {"yoy_growth", [](const Panel& p, Flow f, PanelResult& o) { yoy_growth(p, f, o); },
         [](const ExactPanel& p, Flow f, ExactPanelResult& o) { yoy_growth(p, f, 1, RoundingMode::half_up, o); }});
    ops.push_back(
        {"period_growth", [](const Panel& p, Flow f, PanelResult& o) { period_growth(p, f, o); },
         [](const ExactPanel& p, Flow f, ExactPanelResult& o) { period_growth(p, f, 1, RoundingMode::half_up, o); }});
    ops.push_back(
        {"shares", [](const Panel& p, Flow f, PanelResult& o) { shares(p, f, o); },
         [](const ExactPanel& p, Flow f, ExactPanelResult& o) { shares(p, f, 1, RoundingMode::half_up, o); }});
    ops.push_back(
        {"shares of 0", [](const Panel& p, Flow f, PanelResult& o) { shares(p, f, 0, o); },
         [](const ExactPanel& p, Flow f, ExactPanelResult& o) { shares(p, f, 0, 1, RoundingMode::half_up, o); }});
    ops.push_back(
        {"share_changes", [](const Panel& p, Flow f, PanelResult& o) { share_changes(p, f, o); },
         [](const ExactPanel& p, Flow f, ExactPanelResult& o) { share_changes(p, f, 1, RoundingMode::half_up, o); }});
    ops.push_back({"share_changes of 0", [](const Panel& p, Flow f, PanelResult& o) { share_changes(p, f, 0, o); },
                   [](const ExactPanel& p, Flow f, ExactPanelResult& o) {
                       share_changes(p, f, 0, 1, RoundingMode::half_up, o);
                   }});
    ops.push_back(
        {"contributions", [](const Panel& p, Flow f, PanelResult& o) { contributions(p, f, o); },
         [](const ExactPanel& p, Flow f, ExactPanelResult& o) { contributions(p, f, 1, RoundingMode::half_up, o); }});
    ops.push_back({"contributions to 0", [](const Panel& p, Flow f, PanelResult& o) { contributions(p, f, 0, o); },
                   [](const ExactPanel& p, Flow f, ExactPanelResult& o) {
                       contributions(p, f, 0, 1, RoundingMode::half_up, o);
                   }});
    for (RollUpTarget to :
         {RollUpTarget::quarter, RollUpTarget::half_year, RollUpTarget::year, RollUpTarget::year_to_date}) {
        for (PartialSums partial : {PartialSums::refuse, PartialSums::allow}) {
            ops.push_back({"roll_up", [=](const Panel& p, Flow f, PanelResult& o) { roll_up(p, f, to, partial, o); },
                           [=](const ExactPanel& p, Flow f, ExactPanelResult& o) { roll_up(p, f, to, partial, o); }});
        }
    }
    return ops;
}

}  // namespace svctrade_test
