// SPDX-License-Identifier: BSL-1.0
// The exact path's kernels. Every ratio is computed from exact integers and rounded once, at the
// end, by the caller's mode: q = round(numerator × 10^(places+2) / denominator). Each kernel is a
// template over the flow and the rounding mode, chosen once per call, so that the inner loops
// carry no switch; 64-bit division is used whenever the scaled numerator fits, 128-bit otherwise.
#include <svctrade/panels/exact_ops.hpp>

#include <svctrade/error.hpp>
#include <svctrade/numbers/detail/int128.hpp>

#include "panels/reason_count.hpp"
#include "panels/result_shaper.hpp"

#include <algorithm>
#include <limits>
#include <string>
#include <type_traits>

namespace svctrade {

using detail::i128;

// ---- ExactPanelResult -------------------------------------------------------------------------

ExactPanelResult::ExactPanelResult(std::size_t reporters, std::size_t categories, Frequency frequency,
                                   std::int32_t first_period, std::size_t periods, bool cumulative, bool month_counts,
                                   int scale)
    : reporters_(reporters),
      categories_(categories),
      periods_(periods),
      first_(first_period),
      frequency_(frequency),
      cumulative_(cumulative),
      scale_(scale) {
    if (reporters == 0 || categories == 0 || periods == 0) {
        throw InvalidArgument("a panel result needs at least one reporter, category and period");
    }
    if (scale < 0 || scale > 12) {
        throw InvalidArgument("an exact panel result holds 0 to 12 decimal places, not " + std::to_string(scale));
    }
    const std::size_t n = reporters * categories * periods;
    units_.assign(n, 0);
    reasons_.assign(n, Reason::missing);
    if (month_counts) months_.assign(n, 0);
}

unsigned ExactPanelResult::months_expected(std::size_t p) const {
    if (p >= periods_) {
        throw NotFound("the result has no period offset " + std::to_string(p) + " (it has " + std::to_string(periods_) +
                       ")");
    }
    switch (frequency_) {
        case Frequency::month:
            return cumulative_ ? PanelKeys::month_of(first_ + static_cast<std::int32_t>(p)) : 1U;
        case Frequency::quarter:
            return 3U;
        case Frequency::half_year:
            return 6U;
        case Frequency::year:
            return 12U;
    }
    return 1U;
}

std::size_t ExactPanelResult::position(std::size_t r, std::size_t c, std::size_t p) const {
    if (r >= reporters_ || c >= categories_ || p >= periods_) {
        throw NotFound("the result has no cell (reporter " + std::to_string(r) + ", category " + std::to_string(c) +
                       ", period offset " + std::to_string(p) + "): it has " + std::to_string(reporters_) + " x " +
                       std::to_string(categories_) + " x " + std::to_string(periods_));
    }
    return (r * categories_ + c) * periods_ + p;
}

Outcome<Decimal> ExactPanelResult::at(std::size_t r, std::size_t c, std::size_t p) const {
    const std::size_t i = position(r, c, p);
    if (reasons_[i] != Reason::none) return Outcome<Decimal>(NoAnswer::of(reasons_[i]));
    return Outcome<Decimal>(Decimal::from_units(units_[i], scale_));
}

std::optional<Decimal> ExactPanelResult::value(std::size_t r, std::size_t c, std::size_t p) const {
    const std::size_t i = position(r, c, p);
    if (reasons_[i] != Reason::none) return std::nullopt;
    return Decimal::from_units(units_[i], scale_);
}

Reason ExactPanelResult::reason(std::size_t r, std::size_t c, std::size_t p) const {
    return reasons_[position(r, c, p)];
}

unsigned ExactPanelResult::months_held(std::size_t r, std::size_t c, std::size_t p) const {
    if (months_.empty()) throw InvalidArgument("only a roll-up records the months each cell holds");
    return months_[position(r, c, p)];
}

std::size_t ExactPanelResult::answered() const noexcept {
    return count(Reason::none);
}

std::size_t ExactPanelResult::count(Reason reason) const noexcept {
    return detail::count_reason(reasons_.data(), reasons_.size(), reason);
}

Decimal ExactPanelResult::sum() const {
    // Summed in 64-bit chunks so that the Decimal additions (which check overflow) stay few.
    Decimal total;
    std::int64_t chunk = 0;
    for (std::size_t i = 0; i < units_.size(); ++i) {
        if (reasons_[i] != Reason::none) continue;
        if (__builtin_add_overflow(chunk, units_[i], &chunk)) {
            total += Decimal::from_units(chunk - units_[i], scale_);
            chunk = units_[i];
        }
    }
    return total + Decimal::from_units(chunk, scale_);
}

// ---- kernels ----------------------------------------------------------------------------------

namespace {

struct Columns {
    const std::int64_t* e;
    const std::uint8_t* ve;
    const std::int64_t* m;
    const std::uint8_t* vm;
};

Columns columns(const ExactPanel& p) {
    return {p.units(Flow::exports).data(), p.valid(Flow::exports).data(), p.units(Flow::imports).data(),
            p.valid(Flow::imports).data()};
}

// Stored values are within ±10^17 units, so a total or balance fits in 64 bits.
template <Flow F>
inline bool load(const Columns& c, std::size_t i, std::int64_t& x) noexcept {
    if constexpr (F == Flow::exports) {
        x = c.e[i];
        return c.ve[i] != 0;
    } else if constexpr (F == Flow::imports) {
        x = c.m[i];
        return c.vm[i] != 0;
    } else if constexpr (F == Flow::total) {
        x = c.e[i] + c.m[i];
        return (c.ve[i] & c.vm[i]) != 0;
    } else {
        x = c.e[i] - c.m[i];
        return (c.ve[i] & c.vm[i]) != 0;
    }
}

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

// round(a × scale / d) for d > 0, exact: 64-bit when a × scale fits, 128-bit otherwise.
template <RoundingMode M>
inline std::int64_t scaled_quotient(i128 a, std::int64_t scale, std::int64_t limit, i128 d, std::size_t cell) {
    if (a <= limit && a >= -limit && d <= std::numeric_limits<std::int64_t>::max()) {
        return round_div<M>(static_cast<std::int64_t>(a) * scale, static_cast<std::int64_t>(d));
    }
    const i128 q = detail::round_quotient(a * scale, d, M);
    if (q > std::numeric_limits<std::int64_t>::max() || q < std::numeric_limits<std::int64_t>::min()) too_large(cell);
    return static_cast<std::int64_t>(q);
}

struct Scale {
    std::int64_t factor;  // 10^(places + 2): a fraction to percent with `places` decimals
    std::int64_t limit;   // the largest |a| with a × factor in 64 bits
};

Scale percent_scale(int places) {
    if (places < 0 || places > ExactPanelResult::max_places) {
        throw InvalidArgument("exact panel percentages have 0 to " + std::to_string(ExactPanelResult::max_places) +
                              " decimal places, not " + std::to_string(places));
    }
    std::int64_t f = 1;
    for (int i = 0; i < places + 2; ++i) f *= 10;
    return {f, std::numeric_limits<std::int64_t>::max() / f};
}

template <class Fn>
void dispatch(Flow flow, RoundingMode mode, Fn&& fn) {
    auto with_mode = [&](auto f) -> void {
        switch (mode) {
            case RoundingMode::half_up:
                return fn(f, std::integral_constant<RoundingMode, RoundingMode::half_up>{});
            case RoundingMode::half_even:
                return fn(f, std::integral_constant<RoundingMode, RoundingMode::half_even>{});
            case RoundingMode::toward_zero:
                return fn(f, std::integral_constant<RoundingMode, RoundingMode::toward_zero>{});
            case RoundingMode::away_from_zero:
                return fn(f, std::integral_constant<RoundingMode, RoundingMode::away_from_zero>{});
            case RoundingMode::floor:
                return fn(f, std::integral_constant<RoundingMode, RoundingMode::floor>{});
            case RoundingMode::ceiling:
                return fn(f, std::integral_constant<RoundingMode, RoundingMode::ceiling>{});
            case RoundingMode::half_ceiling:
                return fn(f, std::integral_constant<RoundingMode, RoundingMode::half_ceiling>{});
        }
        throw InvalidArgument("unknown rounding mode " + std::to_string(static_cast<int>(mode)));
    };
    switch (flow) {
        case Flow::exports:
            return with_mode(std::integral_constant<Flow, Flow::exports>{});
        case Flow::imports:
            return with_mode(std::integral_constant<Flow, Flow::imports>{});
        case Flow::total:
            return with_mode(std::integral_constant<Flow, Flow::total>{});
        case Flow::balance:
            return with_mode(std::integral_constant<Flow, Flow::balance>{});
    }
    throw InvalidArgument("unknown flow " + std::to_string(static_cast<int>(flow)));
}

void shape_monthly(const ExactPanel& p, int scale, ExactPanelResult& out) {
    detail::PanelResultShaper::reshape(out, p.reporter_count(), p.category_count(), Frequency::month, p.first_month(),
                                       p.month_count(), false, false, scale);
}

// The first `lag` months of the series at offset o have no base inside the panel (written per
// series, as in panel_ops.cpp, so that no separate pass touches every series' first lines).
inline void leading_missing(std::int64_t* v, Reason* why, std::size_t o, std::size_t lag, std::size_t T) noexcept {
    for (std::size_t t = 0; t < std::min(lag, T); ++t) {
        v[o + t] = 0;
        why[o + t] = Reason::missing;
    }
}

// The same rule as the fast path and the pure functions (docs/growth.md).
inline Reason change_reason(std::int64_t cur, std::int64_t base) noexcept {
    if (base == 0) return Reason::zero_base;
    if (base < 0) return Reason::negative_base;
    if (cur < 0) return Reason::sign_change;
    return Reason::none;
}

inline Reason whole_reason(bool ok, i128 w) noexcept {
    if (!ok) return Reason::missing;
    if (w == 0) return Reason::zero_base;
    if (w < 0) return Reason::negative_base;
    return Reason::none;
}

template <Flow F, RoundingMode M>
void growth_kernel(const ExactPanel& p, std::size_t lag, int places, ExactPanelResult& out) {
    const Scale s = percent_scale(places);
    shape_monthly(p, places, out);
    const Columns col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t series = p.reporter_count() * p.category_count();
    std::int64_t* v = out.units().data();
    Reason* why = out.reasons().data();
    for (std::size_t k = 0; k < series; ++k) {
        const std::size_t o = k * T;
        leading_missing(v, why, o, lag, T);
        for (std::size_t t = lag; t < T; ++t) {
            std::int64_t cur = 0;
            std::int64_t base = 0;
            const bool vc = load<F>(col, o + t, cur);
            const bool vb = load<F>(col, o + t - lag, base);
            const Reason r = (vc && vb) ? change_reason(cur, base) : Reason::missing;
            v[o + t] = r == Reason::none ? scaled_quotient<M>(cur - base, s.factor, s.limit, base, o + t) : 0;
            why[o + t] = r;
        }
    }
}

template <Flow F>
void wholes(const ExactPanel& p, const Columns& col, std::size_t r, const std::size_t* whole, std::vector<i128>& w,
            std::vector<std::uint8_t>& ok) {
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    if (whole != nullptr) {
        const std::size_t o = (r * C + *whole) * T;
        for (std::size_t t = 0; t < T; ++t) {
            std::int64_t x = 0;
            ok[t] = load<F>(col, o + t, x) ? 1 : 0;
            w[t] = x;
        }
        return;
    }
    std::fill(w.begin(), w.end(), i128{0});
    std::fill(ok.begin(), ok.end(), std::uint8_t{1});
    for (std::size_t c = 0; c < C; ++c) {
        const std::size_t o = (r * C + c) * T;
        for (std::size_t t = 0; t < T; ++t) {
            std::int64_t x = 0;
            const bool valid = load<F>(col, o + t, x);
            w[t] += x;
            ok[t] = static_cast<std::uint8_t>(ok[t] & (valid ? 1U : 0U));
        }
    }
}

template <Flow F, RoundingMode M>
void share_kernel(const ExactPanel& p, const std::size_t* whole, int places, ExactPanelResult& out) {
    const Scale s = percent_scale(places);
    shape_monthly(p, places, out);
    const Columns col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    std::vector<i128> w(T);
    std::vector<std::uint8_t> ok(T);
    std::int64_t* v = out.units().data();
    Reason* why = out.reasons().data();
    for (std::size_t r = 0; r < p.reporter_count(); ++r) {
        wholes<F>(p, col, r, whole, w, ok);
        for (std::size_t c = 0; c < C; ++c) {
            const std::size_t o = (r * C + c) * T;
            for (std::size_t t = 0; t < T; ++t) {
                std::int64_t x = 0;
                const bool valid = load<F>(col, o + t, x);
                const Reason reason = valid ? whole_reason(ok[t] != 0, w[t]) : Reason::missing;
                v[o + t] = reason == Reason::none ? scaled_quotient<M>(x, s.factor, s.limit, w[t], o + t) : 0;
                why[o + t] = reason;
            }
        }
    }
}

template <Flow F, RoundingMode M>
void share_change_kernel(const ExactPanel& p, const std::size_t* whole, int places, ExactPanelResult& out) {
    const Scale s = percent_scale(places);
    shape_monthly(p, places, out);
    const Columns col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    std::vector<i128> w(T);
    std::vector<std::uint8_t> ok(T);
    std::int64_t* v = out.units().data();
    Reason* why = out.reasons().data();
    for (std::size_t r = 0; r < p.reporter_count(); ++r) {
        wholes<F>(p, col, r, whole, w, ok);
        for (std::size_t c = 0; c < C; ++c) {
            const std::size_t o = (r * C + c) * T;
            leading_missing(v, why, o, 12, T);
            for (std::size_t t = 12; t < T; ++t) {
                std::int64_t x1 = 0;
                std::int64_t x0 = 0;
                const bool v1 = load<F>(col, o + t, x1);
                const bool v0 = load<F>(col, o + t - 12, x0);
                Reason reason = v1 ? whole_reason(ok[t] != 0, w[t]) : Reason::missing;
                if (reason == Reason::none) reason = v0 ? whole_reason(ok[t - 12] != 0, w[t - 12]) : Reason::missing;
                why[o + t] = reason;
                if (reason != Reason::none) {
                    v[o + t] = 0;
                    continue;
                }
                // x1/W1 − x0/W0 = (x1·W0 − x0·W1) / (W1·W0), rounded once.
                i128 a = 0;
                i128 b = 0;
                i128 n = 0;
                i128 d = 0;
                if (__builtin_mul_overflow(static_cast<i128>(x1), w[t - 12], &a) ||
                    __builtin_mul_overflow(static_cast<i128>(x0), w[t], &b) || __builtin_sub_overflow(a, b, &n) ||
                    __builtin_mul_overflow(n, static_cast<i128>(s.factor), &n) ||
                    __builtin_mul_overflow(w[t], w[t - 12], &d)) {
                    throw Overflow("the exact share change at position " + std::to_string(o + t) + " exceeds 128 bits");
                }
                const i128 q = detail::round_quotient(n, d, M);
                if (q > std::numeric_limits<std::int64_t>::max() || q < std::numeric_limits<std::int64_t>::min()) {
                    too_large(o + t);
                }
                v[o + t] = static_cast<std::int64_t>(q);
            }
        }
    }
}

template <Flow F, RoundingMode M>
void contribution_kernel(const ExactPanel& p, const std::size_t* whole, int places, ExactPanelResult& out) {
    const Scale s = percent_scale(places);
    shape_monthly(p, places, out);
    const Columns col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    std::vector<i128> w(T);
    std::vector<std::uint8_t> ok(T);
    std::int64_t* v = out.units().data();
    Reason* why = out.reasons().data();
    for (std::size_t r = 0; r < p.reporter_count(); ++r) {
        wholes<F>(p, col, r, whole, w, ok);
        for (std::size_t c = 0; c < C; ++c) {
            const std::size_t o = (r * C + c) * T;
            leading_missing(v, why, o, 12, T);
            for (std::size_t t = 12; t < T; ++t) {
                std::int64_t cur = 0;
                std::int64_t base = 0;
                const bool valid = load<F>(col, o + t, cur) && load<F>(col, o + t - 12, base);
                const Reason reason = valid ? whole_reason(ok[t - 12] != 0, w[t - 12]) : Reason::missing;
                v[o + t] =
                    reason == Reason::none ? scaled_quotient<M>(cur - base, s.factor, s.limit, w[t - 12], o + t) : 0;
                why[o + t] = reason;
            }
        }
    }
}

template <Flow F>
inline void sum_months(const Columns& col, std::size_t o, std::size_t begin, std::size_t end, std::int64_t& sum,
                       unsigned& n) noexcept {
    for (std::size_t t = begin; t < end; ++t) {
        std::int64_t x = 0;
        const bool valid = load<F>(col, o + t, x);
        sum += valid ? x : 0;  // at most 12 values of at most 2·10^17: no overflow
        n += valid ? 1U : 0U;
    }
}

// K months per period at compile time, so that complete periods have an unrolled inner loop.
template <Flow F, std::size_t K>
void period_roll_up(const ExactPanel& p, Frequency frequency, bool partial, ExactPanelResult& out) {
    constexpr auto months = static_cast<std::int32_t>(K);
    const std::int32_t first = p.first_month() / months;
    const std::int32_t last = p.last_month() / months;
    const auto periods = static_cast<std::size_t>(last - first + 1);
    detail::PanelResultShaper::reshape(out, p.reporter_count(), p.category_count(), frequency, first, periods, false,
                                       true, p.scale());
    const Columns col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t series = p.reporter_count() * p.category_count();
    const auto lead = static_cast<std::size_t>(p.first_month() - first * months);
    std::int64_t* v = out.units().data();
    Reason* why = out.reasons().data();
    std::uint8_t* held = out.month_counts().data();
    for (std::size_t k = 0; k < series; ++k) {
        const std::size_t o = k * T;
        const std::size_t q = k * periods;
        for (std::size_t j = 0; j < periods; ++j) {
            const std::size_t begin = j == 0 ? 0 : j * K - lead;
            std::int64_t sum = 0;
            unsigned n = 0;
            if (j == 0 || j + 1 == periods) {
                sum_months<F>(col, o, begin, std::min(T, (j + 1) * K - lead), sum, n);
            } else {
                sum_months<F>(col, o, begin, begin + K, sum, n);
            }
            const bool answer = partial ? n > 0 : n == K;
            v[q + j] = answer ? sum : 0;
            why[q + j] = answer ? Reason::none : Reason::missing;
            held[q + j] = static_cast<std::uint8_t>(n);
        }
    }
}

template <Flow F>
void ytd_roll_up(const ExactPanel& p, bool partial, ExactPanelResult& out) {
    detail::PanelResultShaper::reshape(out, p.reporter_count(), p.category_count(), Frequency::month, p.first_month(),
                                       p.month_count(), true, true, p.scale());
    const Columns col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t series = p.reporter_count() * p.category_count();
    std::int64_t* v = out.units().data();
    Reason* why = out.reasons().data();
    std::uint8_t* held = out.month_counts().data();
    for (std::size_t k = 0; k < series; ++k) {
        const std::size_t o = k * T;
        std::int64_t sum = 0;
        unsigned n = 0;
        for (std::size_t t = 0; t < T; ++t) {
            const unsigned month = PanelKeys::month_of(p.first_month() + static_cast<std::int32_t>(t));
            if (month == 1) {
                sum = 0;
                n = 0;
            }
            std::int64_t x = 0;
            if (load<F>(col, o + t, x)) {
                sum += x;
                ++n;
            }
            const bool answer = partial ? n > 0 : n == month;
            v[o + t] = answer ? sum : 0;
            why[o + t] = answer ? Reason::none : Reason::missing;
            held[o + t] = static_cast<std::uint8_t>(n);
        }
    }
}

std::size_t checked_whole(const ExactPanel& p, std::size_t whole) {
    p.check_whole(whole);
    return whole;
}

// The returning forms: a fresh result, filled by the in-place form.
template <class Fill>
ExactPanelResult fresh(Fill&& fill) {
    ExactPanelResult out;
    fill(out);
    return out;
}

}  // namespace

void yoy_growth(const ExactPanel& panel, Flow flow, int places, RoundingMode mode, ExactPanelResult& out) {
    (void)percent_scale(places);
    dispatch(flow, mode,
             [&](auto f, auto m) { growth_kernel<decltype(f)::value, decltype(m)::value>(panel, 12, places, out); });
}

void period_growth(const ExactPanel& panel, Flow flow, int places, RoundingMode mode, ExactPanelResult& out) {
    (void)percent_scale(places);
    dispatch(flow, mode,
             [&](auto f, auto m) { growth_kernel<decltype(f)::value, decltype(m)::value>(panel, 1, places, out); });
}

void shares(const ExactPanel& panel, Flow flow, int places, RoundingMode mode, ExactPanelResult& out) {
    panel.check_sum_of_categories();
    (void)percent_scale(places);
    dispatch(flow, mode, [&](auto f, auto m) {
        share_kernel<decltype(f)::value, decltype(m)::value>(panel, nullptr, places, out);
    });
}

void shares(const ExactPanel& panel, Flow flow, std::size_t whole, int places, RoundingMode mode,
            ExactPanelResult& out) {
    const std::size_t w = checked_whole(panel, whole);
    (void)percent_scale(places);
    dispatch(flow, mode,
             [&](auto f, auto m) { share_kernel<decltype(f)::value, decltype(m)::value>(panel, &w, places, out); });
}

void share_changes(const ExactPanel& panel, Flow flow, int places, RoundingMode mode, ExactPanelResult& out) {
    panel.check_sum_of_categories();
    (void)percent_scale(places);
    dispatch(flow, mode, [&](auto f, auto m) {
        share_change_kernel<decltype(f)::value, decltype(m)::value>(panel, nullptr, places, out);
    });
}

void share_changes(const ExactPanel& panel, Flow flow, std::size_t whole, int places, RoundingMode mode,
                   ExactPanelResult& out) {
    const std::size_t w = checked_whole(panel, whole);
    (void)percent_scale(places);
    dispatch(flow, mode, [&](auto f, auto m) {
        share_change_kernel<decltype(f)::value, decltype(m)::value>(panel, &w, places, out);
    });
}

void contributions(const ExactPanel& panel, Flow flow, int places, RoundingMode mode, ExactPanelResult& out) {
    panel.check_sum_of_categories();
    (void)percent_scale(places);
    dispatch(flow, mode, [&](auto f, auto m) {
        contribution_kernel<decltype(f)::value, decltype(m)::value>(panel, nullptr, places, out);
    });
}

void contributions(const ExactPanel& panel, Flow flow, std::size_t whole, int places, RoundingMode mode,
                   ExactPanelResult& out) {
    const std::size_t w = checked_whole(panel, whole);
    (void)percent_scale(places);
    dispatch(flow, mode, [&](auto f, auto m) {
        contribution_kernel<decltype(f)::value, decltype(m)::value>(panel, &w, places, out);
    });
}

void roll_up(const ExactPanel& panel, Flow flow, RollUp to, PartialSums partial, ExactPanelResult& out) {
    if (partial != PartialSums::refuse && partial != PartialSums::allow) {
        throw InvalidArgument("unknown PartialSums value " + std::to_string(static_cast<int>(partial)));
    }
    if (to != RollUp::quarter && to != RollUp::half_year && to != RollUp::year && to != RollUp::year_to_date) {
        throw InvalidArgument("unknown roll-up " + std::to_string(static_cast<int>(to)));
    }
    const bool allow = partial == PartialSums::allow;
    // The rounding mode is irrelevant to exact sums; half_up only selects one instantiation.
    dispatch(flow, RoundingMode::half_up, [&](auto f, auto) {
        constexpr Flow F = decltype(f)::value;
        switch (to) {
            case RollUp::quarter:
                return period_roll_up<F, 3>(panel, Frequency::quarter, allow, out);
            case RollUp::half_year:
                return period_roll_up<F, 6>(panel, Frequency::half_year, allow, out);
            case RollUp::year:
                return period_roll_up<F, 12>(panel, Frequency::year, allow, out);
            case RollUp::year_to_date:
                return ytd_roll_up<F>(panel, allow, out);
        }
    });
}

ExactPanelResult yoy_growth(const ExactPanel& panel, Flow flow, int places, RoundingMode mode) {
    return fresh([&](ExactPanelResult& out) { yoy_growth(panel, flow, places, mode, out); });
}

ExactPanelResult period_growth(const ExactPanel& panel, Flow flow, int places, RoundingMode mode) {
    return fresh([&](ExactPanelResult& out) { period_growth(panel, flow, places, mode, out); });
}

ExactPanelResult shares(const ExactPanel& panel, Flow flow, int places, RoundingMode mode) {
    return fresh([&](ExactPanelResult& out) { shares(panel, flow, places, mode, out); });
}

ExactPanelResult shares(const ExactPanel& panel, Flow flow, std::size_t whole, int places, RoundingMode mode) {
    return fresh([&](ExactPanelResult& out) { shares(panel, flow, whole, places, mode, out); });
}

ExactPanelResult share_changes(const ExactPanel& panel, Flow flow, int places, RoundingMode mode) {
    return fresh([&](ExactPanelResult& out) { share_changes(panel, flow, places, mode, out); });
}

ExactPanelResult share_changes(const ExactPanel& panel, Flow flow, std::size_t whole, int places, RoundingMode mode) {
    return fresh([&](ExactPanelResult& out) { share_changes(panel, flow, whole, places, mode, out); });
}

ExactPanelResult contributions(const ExactPanel& panel, Flow flow, int places, RoundingMode mode) {
    return fresh([&](ExactPanelResult& out) { contributions(panel, flow, places, mode, out); });
}

ExactPanelResult contributions(const ExactPanel& panel, Flow flow, std::size_t whole, int places, RoundingMode mode) {
    return fresh([&](ExactPanelResult& out) { contributions(panel, flow, whole, places, mode, out); });
}

ExactPanelResult roll_up(const ExactPanel& panel, Flow flow, RollUp to, PartialSums partial) {
    return fresh([&](ExactPanelResult& out) { roll_up(panel, flow, to, partial, out); });
}

}  // namespace svctrade
