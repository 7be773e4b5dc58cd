// SPDX-License-Identifier: BSL-1.0
// The exact path: the core's operations (panels/core.hpp) over cells in integer units. Every
// ratio is computed from exact integers and rounded once, at the end, by the caller's mode:
// q = round(numerator × 10^(places+2) / denominator). The mode is a template parameter, chosen
// once per call, so that the inner loops carry no switch; 64-bit division is used whenever the
// scaled numerator fits, 128-bit otherwise.
#include <svctrade/panels/exact_ops.hpp>

#include <svctrade/error.hpp>
#include <svctrade/numbers/detail/int128.hpp>

#include "panels/core.hpp"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>

namespace svctrade {

namespace {

using detail::i128;

constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();

// n / d rounded by M, for d > 0, in 64 bits.
template <RoundingMode M>
inline std::int64_t round_div(std::int64_t n, std::int64_t d) noexcept {
    const std::int64_t q = n / d;
    const std::int64_t r = n % d;
    if (r == 0) return q;
    const bool negative = n < 0;
    const std::int64_t away = negative ? q - 1 : q + 1;
    const std::int64_t ar = r < 0 ? -r : r;
    const std::int64_t rest = d - ar;
    if constexpr (M == RoundingMode::toward_zero)
        return q;
    else if constexpr (M == RoundingMode::away_from_zero)
        return away;
    else if constexpr (M == RoundingMode::floor)
        return negative ? away : q;
    else if constexpr (M == RoundingMode::ceiling)
        return negative ? q : away;
    else if constexpr (M == RoundingMode::half_up)
        return ar >= rest ? away : q;
    else if constexpr (M == RoundingMode::half_ceiling) {
        if (ar != rest) return ar > rest ? away : q;
        return negative ? q : away;
    } else {
        static_assert(M == RoundingMode::half_even);
        if (ar != rest) return ar > rest ? away : q;
        return (q % 2 == 0) ? q : away;
    }
}

[[noreturn]] void too_large(std::size_t cell) {
    throw Overflow("a rounded result at position " + std::to_string(cell) + " exceeds 64 bits");
}

inline std::int64_t narrow(i128 q, std::size_t cell) {
    if (q > int64_max || q < int64_min) too_large(cell);
    return static_cast<std::int64_t>(q);
}

template <RoundingMode M>
struct ExactPath {
    using Panel = ExactPanel;
    using Cell = std::int64_t;
    using Whole = i128;
    using Result = ExactPanelResult;
    static constexpr bool exact = true;

    int places;
    std::int64_t factor;  // 10^(places + 2): a fraction to percent with `places` decimals
    std::int64_t limit;   // the largest |a| with a × factor in 64 bits

    [[nodiscard]] int ratio_scale() const noexcept { return places; }

    // round(a × factor / d) for d > 0, exact.
    [[nodiscard]] std::int64_t ratio(i128 a, i128 d, std::size_t cell) const {
        if (a <= limit && a >= -limit && d <= int64_max) {
            return round_div<M>(static_cast<std::int64_t>(a) * factor, static_cast<std::int64_t>(d));
        }
        return narrow(detail::round_quotient(a * factor, d, M), cell);
    }

    // now/W_now − before/W_before = (now·W_before − before·W_now) / (W_now·W_before), rounded once.
    [[nodiscard]] std::int64_t share_change(std::int64_t before, i128 whole_before, std::int64_t now, i128 whole_now,
                                            std::size_t cell) const {
        i128 a = 0;
        i128 b = 0;
        i128 n = 0;
        i128 d = 0;
        if (__builtin_mul_overflow(static_cast<i128>(now), whole_before, &a) ||
            __builtin_mul_overflow(static_cast<i128>(before), whole_now, &b) || __builtin_sub_overflow(a, b, &n) ||
            __builtin_mul_overflow(n, static_cast<i128>(factor), &n) ||
            __builtin_mul_overflow(whole_now, whole_before, &d)) {
            throw Overflow("the exact share change at position " + std::to_string(cell) + " exceeds 128 bits");
        }
        return narrow(detail::round_quotient(n, d, M), cell);
    }
};

// Runs `fn` with the exact path for `places` and `mode`, both checked first.
template <class Fn>
void with_exact_path(int places, RoundingMode mode, Fn&& fn) {
    if (places < 0 || places > max_exact_places) {
        throw InvalidArgument("exact panel percentages have 0 to " + std::to_string(max_exact_places) +
                              " decimal places, not " + std::to_string(places));
    }
    std::int64_t factor = 1;
    for (int i = 0; i < places + 2; ++i) factor *= 10;
    detail::core::select<RoundingMode::half_up, RoundingMode::half_even, RoundingMode::toward_zero,
                         RoundingMode::away_from_zero, RoundingMode::floor, RoundingMode::ceiling,
                         RoundingMode::half_ceiling>(mode, "rounding mode", [&](auto m) {
        fn(ExactPath<decltype(m)::value>{places, factor, int64_max / factor});
    });
}

constexpr std::optional<std::size_t> all_categories{};

using detail::core::OverWhole;

template <OverWhole What>
void over_whole(const ExactPanel& panel, Flow flow, std::optional<std::size_t> whole, int places, RoundingMode mode,
                ExactPanelResult& out) {
    with_exact_path(places, mode,
                    [&](const auto& path) { detail::core::over_whole<What>(path, panel, flow, whole, out); });
}

}  // namespace

using detail::core::fresh;

void yoy_growth(const ExactPanel& panel, Flow flow, int places, RoundingMode mode, ExactPanelResult& out) {
    with_exact_path(places, mode, [&](const auto& path) { detail::core::growth(path, panel, flow, 12, out); });
}
void period_growth(const ExactPanel& panel, Flow flow, int places, RoundingMode mode, ExactPanelResult& out) {
    with_exact_path(places, mode, [&](const auto& path) { detail::core::growth(path, panel, flow, 1, out); });
}
void shares(const ExactPanel& panel, Flow flow, int places, RoundingMode mode, ExactPanelResult& out) {
    over_whole<OverWhole::share>(panel, flow, all_categories, places, mode, out);
}
void shares(const ExactPanel& panel, Flow flow, std::size_t whole, int places, RoundingMode mode,
            ExactPanelResult& out) {
    over_whole<OverWhole::share>(panel, flow, whole, places, mode, out);
}
void share_changes(const ExactPanel& panel, Flow flow, int places, RoundingMode mode, ExactPanelResult& out) {
    over_whole<OverWhole::share_change>(panel, flow, all_categories, places, mode, out);
}
void share_changes(const ExactPanel& panel, Flow flow, std::size_t whole, int places, RoundingMode mode,
                   ExactPanelResult& out) {
    over_whole<OverWhole::share_change>(panel, flow, whole, places, mode, out);
}
void contributions(const ExactPanel& panel, Flow flow, int places, RoundingMode mode, ExactPanelResult& out) {
    over_whole<OverWhole::contribution>(panel, flow, all_categories, places, mode, out);
}
void contributions(const ExactPanel& panel, Flow flow, std::size_t whole, int places, RoundingMode mode,
                   ExactPanelResult& out) {
    over_whole<OverWhole::contribution>(panel, flow, whole, places, mode, out);
}
void roll_up(const ExactPanel& panel, Flow flow, RollUpTarget to, PartialSums partial, ExactPanelResult& out) {
    detail::core::roll_up(panel, flow, to, partial, out);
}

ExactPanelResult yoy_growth(const ExactPanel& panel, Flow flow, int places, RoundingMode mode) {
    return fresh<ExactPanelResult>([&](ExactPanelResult& out) { yoy_growth(panel, flow, places, mode, out); });
}
ExactPanelResult period_growth(const ExactPanel& panel, Flow flow, int places, RoundingMode mode) {
    return fresh<ExactPanelResult>([&](ExactPanelResult& out) { period_growth(panel, flow, places, mode, out); });
}
ExactPanelResult shares(const ExactPanel& panel, Flow flow, int places, RoundingMode mode) {
    return fresh<ExactPanelResult>([&](ExactPanelResult& out) { shares(panel, flow, places, mode, out); });
}
ExactPanelResult shares(const ExactPanel& panel, Flow flow, std::size_t whole, int places, RoundingMode mode) {
    return fresh<ExactPanelResult>([&](ExactPanelResult& out) { shares(panel, flow, whole, places, mode, out); });
}
ExactPanelResult share_changes(const ExactPanel& panel, Flow flow, int places, RoundingMode mode) {
    return fresh<ExactPanelResult>([&](ExactPanelResult& out) { share_changes(panel, flow, places, mode, out); });
}
ExactPanelResult share_changes(const ExactPanel& panel, Flow flow, std::size_t whole, int places, RoundingMode mode) {
    return fresh<ExactPanelResult>(
        [&](ExactPanelResult& out) { share_changes(panel, flow, whole, places, mode, out); });
}
ExactPanelResult contributions(const ExactPanel& panel, Flow flow, int places, RoundingMode mode) {
    return fresh<ExactPanelResult>([&](ExactPanelResult& out) { contributions(panel, flow, places, mode, out); });
}
ExactPanelResult contributions(const ExactPanel& panel, Flow flow, std::size_t whole, int places, RoundingMode mode) {
    return fresh<ExactPanelResult>(
        [&](ExactPanelResult& out) { contributions(panel, flow, whole, places, mode, out); });
}
ExactPanelResult roll_up(const ExactPanel& panel, Flow flow, RollUpTarget to, PartialSums partial) {
    return fresh<ExactPanelResult>([&](ExactPanelResult& out) { roll_up(panel, flow, to, partial, out); });
}

}  // namespace svctrade
