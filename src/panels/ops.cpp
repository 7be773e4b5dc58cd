// SPDX-License-Identifier: BSL-1.0
// The fast path's kernels. Each one is a template over the flow, so that the choice between a
// reported column and a derived one (total = exports + imports, balance = exports − imports) is
// made once per call and the inner loops are plain, branch-light passes over contiguous columns.
#include <svctrade/panels/ops.hpp>

#include <svctrade/error.hpp>

#include "panels/reason_count.hpp"
#include "panels/result_shaper.hpp"

#include <algorithm>
#include <limits>
#include <string>
#include <type_traits>

namespace svctrade {

// ---- PanelResult ------------------------------------------------------------------------------

PanelResult::PanelResult(std::size_t reporters, std::size_t categories, Frequency frequency, std::int32_t first_period,
                         std::size_t periods, bool cumulative, bool month_counts)
    : reporters_(reporters),
      categories_(categories),
      periods_(periods),
      first_(first_period),
      frequency_(frequency),
      cumulative_(cumulative) {
    if (reporters == 0 || categories == 0 || periods == 0) {
        throw InvalidArgument("a panel result needs at least one reporter, category and period");
    }
    const std::size_t n = reporters * categories * periods;
    values_.assign(n, 0.0);
    reasons_.assign(n, Reason::missing);
    if (month_counts) {
        months_.assign(n, 0);
    }
}

unsigned PanelResult::months_expected(std::size_t p) const {
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

std::size_t PanelResult::position(std::size_t r, std::size_t c, std::size_t p) const {
    if (r >= reporters_ || c >= categories_ || p >= periods_) {
        throw NotFound("the result has no cell (reporter " + std::to_string(r) + ", category " + std::to_string(c) +
                       ", period offset " + std::to_string(p) + "): it has " + std::to_string(reporters_) + " x " +
                       std::to_string(categories_) + " x " + std::to_string(periods_));
    }
    return (r * categories_ + c) * periods_ + p;
}

Outcome<double> PanelResult::at(std::size_t r, std::size_t c, std::size_t p) const {
    const std::size_t i = position(r, c, p);
    if (reasons_[i] != Reason::none) {
        return Outcome<double>(NoAnswer::of(reasons_[i]));
    }
    return Outcome<double>(values_[i]);
}

std::optional<double> PanelResult::value(std::size_t r, std::size_t c, std::size_t p) const {
    const std::size_t i = position(r, c, p);
    return reasons_[i] == Reason::none ? std::optional<double>(values_[i]) : std::nullopt;
}

Reason PanelResult::reason(std::size_t r, std::size_t c, std::size_t p) const {
    return reasons_[position(r, c, p)];
}

unsigned PanelResult::months_held(std::size_t r, std::size_t c, std::size_t p) const {
    if (months_.empty()) {
        throw InvalidArgument("only a roll-up records the months each cell holds");
    }
    return months_[position(r, c, p)];
}

std::size_t PanelResult::answered() const noexcept {
    return count(Reason::none);
}

std::size_t PanelResult::count(Reason reason) const noexcept {
    return detail::count_reason(reasons_.data(), reasons_.size(), reason);
}

double PanelResult::sum() const noexcept {
    // Four running sums (documented order) break the chain of dependent additions, which would
    // otherwise bound the speed at one addition per floating-point latency.
    double lane[4] = {0.0, 0.0, 0.0, 0.0};
    const std::size_t n = values_.size();
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        for (std::size_t k = 0; k < 4; ++k) {
            lane[k] += reasons_[i + k] == Reason::none ? values_[i + k] : 0.0;
        }
    }
    for (std::size_t k = 0; i < n; ++i, ++k) {
        lane[k] += reasons_[i] == Reason::none ? values_[i] : 0.0;
    }
    return (lane[0] + lane[1]) + (lane[2] + lane[3]);
}

// ---- kernels ----------------------------------------------------------------------------------

namespace {

struct Columns {
    const double* e;
    const std::uint8_t* ve;
    const double* m;
    const std::uint8_t* vm;
};

Columns columns(const Panel& p) {
    return {p.values(Flow::exports).data(), p.valid(Flow::exports).data(), p.values(Flow::imports).data(),
            p.valid(Flow::imports).data()};
}

// Reads cell i of flow F into x; returns whether it is valid. A derived flow is valid only when
// both reported flows are: a total with a missing half is unknown, not the other half.
template <Flow F>
inline bool load(const Columns& c, std::size_t i, double& x) noexcept {
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

template <class Fn>
void dispatch(Flow flow, Fn&& fn) {
    switch (flow) {
        case Flow::exports:
            return fn(std::integral_constant<Flow, Flow::exports>{});
        case Flow::imports:
            return fn(std::integral_constant<Flow, Flow::imports>{});
        case Flow::total:
            return fn(std::integral_constant<Flow, Flow::total>{});
        case Flow::balance:
            return fn(std::integral_constant<Flow, Flow::balance>{});
    }
    throw InvalidArgument("unknown flow " + std::to_string(static_cast<int>(flow)));
}

// The rule for every relative change (docs/growth.md): no answer on a zero base, on a negative
// base (a deficit "growing" has no agreed meaning and statistics offices print none), or when a
// positive base turns negative; otherwise the ordinary ratio.
inline Reason change_reason(double cur, double base) noexcept {
    return base == 0.0  ? Reason::zero_base
           : base < 0.0 ? Reason::negative_base
           : cur < 0.0  ? Reason::sign_change
                        : Reason::none;
}

void shape_monthly(const Panel& p, PanelResult& out) {
    detail::PanelResultShaper::reshape(out, p.reporter_count(), p.category_count(), Frequency::month, p.first_month(),
                                       p.month_count(), false, false);
}

// The first `lag` months of the series at offset o have no base inside the panel. Written as
// each series is reached rather than in a pass of their own: a separate pass would touch every
// series' first cache lines twice, with a cache miss each time on a large panel.
inline void leading_missing(double* v, Reason* why, std::size_t o, std::size_t lag, std::size_t T) noexcept {
    for (std::size_t t = 0; t < std::min(lag, T); ++t) {
        v[o + t] = 0.0;
        why[o + t] = Reason::missing;
    }
}

template <Flow F>
void growth_kernel(const Panel& p, std::size_t lag, PanelResult& out) {
    shape_monthly(p, out);
    const Columns col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t series = p.reporter_count() * p.category_count();
    double* v = out.values().data();
    Reason* why = out.reasons().data();
    for (std::size_t s = 0; s < series; ++s) {
        const std::size_t o = s * T;
        leading_missing(v, why, o, lag, T);
        for (std::size_t t = lag; t < T; ++t) {
            double cur = 0.0;
            double base = 0.0;
            const bool vc = load<F>(col, o + t, cur);
            const bool vb = load<F>(col, o + t - lag, base);
            const Reason r = (vc && vb) ? change_reason(cur, base) : Reason::missing;
            // Divide unconditionally (by 1 where there is no answer) so the loop has no branch.
            const bool answer = r == Reason::none;
            const double g = (cur - base) / (answer ? base : 1.0);
            v[o + t] = answer ? g : 0.0;
            why[o + t] = r;
        }
    }
}

// The whole of each (reporter, month): either one category, or the sum of all categories, which
// is missing as soon as one of them is (a partial sum would overstate every share). Returned as
// the Reason a share of that month gets from its whole, and the divisor to use: the whole when
// it gives an answer, else 1, so the callers' loops divide without a branch.
template <Flow F>
void wholes(const Panel& p, const Columns& col, std::size_t r, const std::size_t* whole, std::vector<double>& divisor,
            std::vector<Reason>& reason) {
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    std::vector<double>& w = divisor;
    std::fill(w.begin(), w.end(), 0.0);
    std::fill(reason.begin(), reason.end(), Reason::none);
    const std::size_t first = whole != nullptr ? *whole : 0;
    const std::size_t last = whole != nullptr ? *whole + 1 : C;
    for (std::size_t c = first; c < last; ++c) {
        const std::size_t o = (r * C + c) * T;
        if constexpr (F == Flow::exports || F == Flow::imports) {
            // Separate loops of one element type each (see share_kernel); the missing cells of
            // a reported column hold 0 and add nothing.
            const double* x = F == Flow::exports ? col.e : col.m;
            const std::uint8_t* ok = F == Flow::exports ? col.ve : col.vm;
            for (std::size_t t = 0; t < T; ++t) {
                w[t] += x[o + t];
            }
            for (std::size_t t = 0; t < T; ++t) {
                reason[t] = ok[o + t] != 0 ? reason[t] : Reason::missing;
            }
        } else {
            for (std::size_t t = 0; t < T; ++t) {
                double x = 0.0;
                const bool valid = load<F>(col, o + t, x);
                w[t] += x;
                reason[t] = valid ? reason[t] : Reason::missing;
            }
        }
    }
    for (std::size_t t = 0; t < T; ++t) {
        if (reason[t] == Reason::none) {
            reason[t] = w[t] == 0.0 ? Reason::zero_base : w[t] < 0.0 ? Reason::negative_base : Reason::none;
        }
        divisor[t] = reason[t] == Reason::none ? w[t] : 1.0;
    }
}

template <Flow F>
void share_kernel(const Panel& p, const std::size_t* whole, PanelResult& out) {
    shape_monthly(p, out);
    const Columns col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    std::vector<double> w(T);
    std::vector<Reason> wr(T);
    double* v = out.values().data();
    Reason* why = out.reasons().data();
    for (std::size_t r = 0; r < p.reporter_count(); ++r) {
        wholes<F>(p, col, r, whole, w, wr);
        if constexpr (F == Flow::exports || F == Flow::imports) {
            // A reported column holds 0 where it is missing (Panel's invariant), so dividing
            // by +inf where the whole has no answer makes every cell without an answer 0 with no
            // mask at all (+ 0.0 turns −0 into 0). The values and the reasons are then two
            // separate loops of one element type each, which the compiler vectorises.
            for (std::size_t t = 0; t < T; ++t) {
                w[t] = wr[t] == Reason::none ? w[t] : std::numeric_limits<double>::infinity();
            }
            const double* x = F == Flow::exports ? col.e : col.m;
            const std::uint8_t* ok = F == Flow::exports ? col.ve : col.vm;
            for (std::size_t c = 0; c < C; ++c) {
                const std::size_t o = (r * C + c) * T;
                for (std::size_t t = 0; t < T; ++t) {
                    v[o + t] = x[o + t] / w[t] + 0.0;
                }
                for (std::size_t t = 0; t < T; ++t) {
                    why[o + t] = ok[o + t] != 0 ? wr[t] : Reason::missing;
                }
            }
        } else {
            for (std::size_t c = 0; c < C; ++c) {
                const std::size_t o = (r * C + c) * T;
                for (std::size_t t = 0; t < T; ++t) {
                    double x = 0.0;
                    const bool valid = load<F>(col, o + t, x);
                    const Reason reason = valid ? wr[t] : Reason::missing;
                    const double q = x / w[t];
                    v[o + t] = reason == Reason::none ? q : 0.0;
                    why[o + t] = reason;
                }
            }
        }
    }
}

template <Flow F>
void contribution_kernel(const Panel& p, const std::size_t* whole, PanelResult& out) {
    shape_monthly(p, out);
    const Columns col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    std::vector<double> w(T);
    std::vector<Reason> wr(T);
    double* v = out.values().data();
    Reason* why = out.reasons().data();
    for (std::size_t r = 0; r < p.reporter_count(); ++r) {
        wholes<F>(p, col, r, whole, w, wr);
        for (std::size_t c = 0; c < C; ++c) {
            const std::size_t o = (r * C + c) * T;
            leading_missing(v, why, o, 12, T);
            for (std::size_t t = 12; t < T; ++t) {
                double cur = 0.0;
                double base = 0.0;
                const bool valid = load<F>(col, o + t, cur) && load<F>(col, o + t - 12, base);
                const Reason reason = valid ? wr[t - 12] : Reason::missing;
                v[o + t] = reason == Reason::none ? (cur - base) / w[t - 12] : 0.0;
                why[o + t] = reason;
            }
        }
    }
}

std::size_t checked_whole(const Panel& p, std::size_t whole) {
    p.check_whole(whole);
    return whole;
}

// Turns the shares in `s` into their changes against the same month last year, in place: each
// series is walked backwards, so month t − 12 is still a share when month t is computed.
void shares_to_changes(PanelResult& s) {
    const std::size_t T = s.period_count();
    const std::size_t series = s.reporter_count() * s.category_count();
    double* v = s.values().data();
    Reason* why = s.reasons().data();
    for (std::size_t k = 0; k < series; ++k) {
        const std::size_t o = k * T;
        for (std::size_t t = T; t-- > 12;) {
            const Reason a = why[o + t];
            const Reason b = why[o + t - 12];
            const Reason reason = a != Reason::none ? a : b;
            v[o + t] = reason == Reason::none ? v[o + t] - v[o + t - 12] : 0.0;
            why[o + t] = reason;
        }
        leading_missing(v, why, o, 12, T);
    }
}

struct Calendar {
    Frequency frequency;
    std::int32_t months;  // months per period
};

Calendar calendar_of(RollUp to) {
    switch (to) {
        case RollUp::quarter:
            return {Frequency::quarter, 3};
        case RollUp::half_year:
            return {Frequency::half_year, 6};
        case RollUp::year:
            return {Frequency::year, 12};
        case RollUp::year_to_date:
            return {Frequency::month, 1};
    }
    throw InvalidArgument("unknown roll-up " + std::to_string(static_cast<int>(to)));
}

// The months of one period of series offset o, from `begin` to `end` (exclusive).
template <Flow F>
inline void sum_months(const Columns& col, std::size_t o, std::size_t begin, std::size_t end, double& sum,
                       unsigned& n) noexcept {
    for (std::size_t t = begin; t < end; ++t) {
        double x = 0.0;
        const bool valid = load<F>(col, o + t, x);
        sum += valid ? x : 0.0;
        n += valid ? 1U : 0U;
    }
}

// K months per period, known at compile time so that the inner loop of every complete period is
// unrolled; only the first and last periods, which may stick out of the panel, are bounded.
template <Flow F, std::size_t K>
void period_roll_up(const Panel& p, Frequency frequency, bool partial, PanelResult& out) {
    constexpr auto months = static_cast<std::int32_t>(K);
    const std::int32_t first = p.first_month() / months;
    const std::int32_t last = p.last_month() / months;
    const auto periods = static_cast<std::size_t>(last - first + 1);
    detail::PanelResultShaper::reshape(out, p.reporter_count(), p.category_count(), frequency, first, periods, false,
                                       true);
    const Columns col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t series = p.reporter_count() * p.category_count();
    // Months of the first and last period that fall outside the panel count as missing.
    const auto lead = static_cast<std::size_t>(p.first_month() - first * months);
    double* v = out.values().data();
    Reason* why = out.reasons().data();
    std::uint8_t* held = out.month_counts().data();
    for (std::size_t s = 0; s < series; ++s) {
        const std::size_t o = s * T;
        const std::size_t q = s * periods;
        for (std::size_t k = 0; k < periods; ++k) {
            const std::size_t begin = k == 0 ? 0 : k * K - lead;
            double sum = 0.0;
            unsigned n = 0;
            if (k == 0 || k + 1 == periods) {
                sum_months<F>(col, o, begin, std::min(T, (k + 1) * K - lead), sum, n);
            } else {
                sum_months<F>(col, o, begin, begin + K, sum, n);
            }
            const bool answer = partial ? n > 0 : n == K;
            v[q + k] = answer ? sum : 0.0;
            why[q + k] = answer ? Reason::none : Reason::missing;
            held[q + k] = static_cast<std::uint8_t>(n);
        }
    }
}

template <Flow F>
void ytd_roll_up(const Panel& p, bool partial, PanelResult& out) {
    detail::PanelResultShaper::reshape(out, p.reporter_count(), p.category_count(), Frequency::month, p.first_month(),
                                       p.month_count(), true, true);
    const Columns col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t series = p.reporter_count() * p.category_count();
    double* v = out.values().data();
    Reason* why = out.reasons().data();
    std::uint8_t* held = out.month_counts().data();
    for (std::size_t s = 0; s < series; ++s) {
        const std::size_t o = s * T;
        double sum = 0.0;
        unsigned n = 0;
        for (std::size_t t = 0; t < T; ++t) {
            const unsigned month = PanelKeys::month_of(p.first_month() + static_cast<std::int32_t>(t));
            if (month == 1) {
                sum = 0.0;
                n = 0;
            }
            double x = 0.0;
            if (load<F>(col, o + t, x)) {
                sum += x;
                ++n;
            }
            const bool answer = partial ? n > 0 : n == month;
            v[o + t] = answer ? sum : 0.0;
            why[o + t] = answer ? Reason::none : Reason::missing;
            held[o + t] = static_cast<std::uint8_t>(n);
        }
    }
}

// The returning forms: a fresh result, filled by the in-place form.
template <class Fill>
PanelResult fresh(Fill&& fill) {
    PanelResult out;
    fill(out);
    return out;
}

}  // namespace

void yoy_growth(const Panel& panel, Flow flow, PanelResult& out) {
    dispatch(flow, [&](auto f) { growth_kernel<decltype(f)::value>(panel, 12, out); });
}

PanelResult yoy_growth(const Panel& panel, Flow flow) {
    return fresh([&](PanelResult& out) { yoy_growth(panel, flow, out); });
}

void period_growth(const Panel& panel, Flow flow, PanelResult& out) {
    dispatch(flow, [&](auto f) { growth_kernel<decltype(f)::value>(panel, 1, out); });
}

PanelResult period_growth(const Panel& panel, Flow flow) {
    return fresh([&](PanelResult& out) { period_growth(panel, flow, out); });
}

void shares(const Panel& panel, Flow flow, PanelResult& out) {
    panel.check_sum_of_categories();
    dispatch(flow, [&](auto f) { share_kernel<decltype(f)::value>(panel, nullptr, out); });
}

PanelResult shares(const Panel& panel, Flow flow) {
    return fresh([&](PanelResult& out) { shares(panel, flow, out); });
}

void shares(const Panel& panel, Flow flow, std::size_t whole, PanelResult& out) {
    const std::size_t w = checked_whole(panel, whole);
    dispatch(flow, [&](auto f) { share_kernel<decltype(f)::value>(panel, &w, out); });
}

PanelResult shares(const Panel& panel, Flow flow, std::size_t whole) {
    return fresh([&](PanelResult& out) { shares(panel, flow, whole, out); });
}

void share_changes(const Panel& panel, Flow flow, PanelResult& out) {
    shares(panel, flow, out);
    shares_to_changes(out);
}

PanelResult share_changes(const Panel& panel, Flow flow) {
    return fresh([&](PanelResult& out) { share_changes(panel, flow, out); });
}

void share_changes(const Panel& panel, Flow flow, std::size_t whole, PanelResult& out) {
    shares(panel, flow, whole, out);
    shares_to_changes(out);
}

PanelResult share_changes(const Panel& panel, Flow flow, std::size_t whole) {
    return fresh([&](PanelResult& out) { share_changes(panel, flow, whole, out); });
}

void contributions(const Panel& panel, Flow flow, PanelResult& out) {
    panel.check_sum_of_categories();
    dispatch(flow, [&](auto f) { contribution_kernel<decltype(f)::value>(panel, nullptr, out); });
}

PanelResult contributions(const Panel& panel, Flow flow) {
    return fresh([&](PanelResult& out) { contributions(panel, flow, out); });
}

void contributions(const Panel& panel, Flow flow, std::size_t whole, PanelResult& out) {
    const std::size_t w = checked_whole(panel, whole);
    dispatch(flow, [&](auto f) { contribution_kernel<decltype(f)::value>(panel, &w, out); });
}

PanelResult contributions(const Panel& panel, Flow flow, std::size_t whole) {
    return fresh([&](PanelResult& out) { contributions(panel, flow, whole, out); });
}

void roll_up(const Panel& panel, Flow flow, RollUp to, PartialSums partial, PanelResult& out) {
    const Calendar cal = calendar_of(to);
    if (partial != PartialSums::refuse && partial != PartialSums::allow) {
        throw InvalidArgument("unknown PartialSums value " + std::to_string(static_cast<int>(partial)));
    }
    const bool allow = partial == PartialSums::allow;
    dispatch(flow, [&](auto f) {
        constexpr Flow F = decltype(f)::value;
        switch (to) {
            case RollUp::quarter:
                return period_roll_up<F, 3>(panel, cal.frequency, allow, out);
            case RollUp::half_year:
                return period_roll_up<F, 6>(panel, cal.frequency, allow, out);
            case RollUp::year:
                return period_roll_up<F, 12>(panel, cal.frequency, allow, out);
            case RollUp::year_to_date:
                return ytd_roll_up<F>(panel, allow, out);
        }
    });
}

PanelResult roll_up(const Panel& panel, Flow flow, RollUp to, PartialSums partial) {
    return fresh([&](PanelResult& out) { roll_up(panel, flow, to, partial, out); });
}

}  // namespace svctrade
