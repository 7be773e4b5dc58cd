// SPDX-License-Identifier: BSL-1.0
// The fast path: the core's operations (panels/core.hpp) over cells in double. Its arithmetic is
// the plain one: a ratio is one correctly rounded division, a share change the difference of two.
#include <svctrade/panels/ops.hpp>

#include "panels/core.hpp"

#include <cstddef>
#include <optional>

namespace svctrade {

namespace {

struct FastPath {
    using Panel = svctrade::Panel;
    using Cell = double;
    using Whole = double;
    using Result = PanelResult;
    static constexpr bool exact = false;

    [[nodiscard]] static constexpr int ratio_scale() noexcept { return 0; }
    [[nodiscard]] static double ratio(double numerator, double denominator, std::size_t /*cell*/) noexcept {
        return numerator / denominator;
    }
    // + 0.0 turns a −0 difference into 0, as the shares are.
    [[nodiscard]] static double share_change(double before, double whole_before, double now, double whole_now,
                                             std::size_t /*cell*/) noexcept {
        return (now / whole_now - before / whole_before) + 0.0;
    }
};

constexpr FastPath fast{};
constexpr std::optional<std::size_t> all_categories{};

}  // namespace

using detail::core::fresh;
using detail::core::over_whole;
using detail::core::OverWhole;

void yoy_growth(const Panel& panel, Flow flow, PanelResult& out) {
    detail::core::growth(fast, panel, flow, 12, out);
}
void period_growth(const Panel& panel, Flow flow, PanelResult& out) {
    detail::core::growth(fast, panel, flow, 1, out);
}
void shares(const Panel& panel, Flow flow, PanelResult& out) {
    over_whole<OverWhole::share>(fast, panel, flow, all_categories, out);
}
void shares(const Panel& panel, Flow flow, std::size_t whole, PanelResult& out) {
    over_whole<OverWhole::share>(fast, panel, flow, whole, out);
}
void share_changes(const Panel& panel, Flow flow, PanelResult& out) {
    over_whole<OverWhole::share_change>(fast, panel, flow, all_categories, out);
}
void share_changes(const Panel& panel, Flow flow, std::size_t whole, PanelResult& out) {
    over_whole<OverWhole::share_change>(fast, panel, flow, whole, out);
}
void contributions(const Panel& panel, Flow flow, PanelResult& out) {
    over_whole<OverWhole::contribution>(fast, panel, flow, all_categories, out);
}
void contributions(const Panel& panel, Flow flow, std::size_t whole, PanelResult& out) {
    over_whole<OverWhole::contribution>(fast, panel, flow, whole, out);
}
void roll_up(const Panel& panel, Flow flow, RollUpTarget to, PartialSums partial, PanelResult& out) {
    detail::core::roll_up(panel, flow, to, partial, out);
}

PanelResult yoy_growth(const Panel& panel, Flow flow) {
    return fresh<PanelResult>([&](PanelResult& out) { yoy_growth(panel, flow, out); });
}
PanelResult period_growth(const Panel& panel, Flow flow) {
    return fresh<PanelResult>([&](PanelResult& out) { period_growth(panel, flow, out); });
}
PanelResult shares(const Panel& panel, Flow flow) {
    return fresh<PanelResult>([&](PanelResult& out) { shares(panel, flow, out); });
}
PanelResult shares(const Panel& panel, Flow flow, std::size_t whole) {
    return fresh<PanelResult>([&](PanelResult& out) { shares(panel, flow, whole, out); });
}
PanelResult share_changes(const Panel& panel, Flow flow) {
    return fresh<PanelResult>([&](PanelResult& out) { share_changes(panel, flow, out); });
}
PanelResult share_changes(const Panel& panel, Flow flow, std::size_t whole) {
    return fresh<PanelResult>([&](PanelResult& out) { share_changes(panel, flow, whole, out); });
}
PanelResult contributions(const Panel& panel, Flow flow) {
    return fresh<PanelResult>([&](PanelResult& out) { contributions(panel, flow, out); });
}
PanelResult contributions(const Panel& panel, Flow flow, std::size_t whole) {
    return fresh<PanelResult>([&](PanelResult& out) { contributions(panel, flow, whole, out); });
}
PanelResult roll_up(const Panel& panel, Flow flow, RollUpTarget to, PartialSums partial) {
    return fresh<PanelResult>([&](PanelResult& out) { roll_up(panel, flow, to, partial, out); });
}

}  // namespace svctrade
