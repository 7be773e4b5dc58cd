// SPDX-License-Identifier: BSL-1.0
// The fast path's kernels. Each one is a template over the flow, so that the choice between a
// reported column and a derived one (total = exports + imports, balance = exports − imports) is
// made once per call and the inner loops are plain, branch-light passes over contiguous columns.
#include <svctrade/panel_ops.hpp>

#include <svctrade/error.hpp>

#include <algorithm>
#include <string>
#include <type_traits>

namespace svctrade {

// ---- PanelResult ------------------------------------------------------------------------------

PanelResult::PanelResult(std::size_t reporters, std::size_t categories, Frequency frequency,
                         std::int32_t first_period, std::size_t periods, bool cumulative,
                         bool month_counts)
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
        throw NotFound("the result has no period offset " + std::to_string(p) + " (it has " +
                       std::to_string(periods_) + ")");
    }
    switch (frequency_) {
        case Frequency::month:
            return cumulative_ ? PanelKeys::month_of(first_ + static_cast<std::int32_t>(p)) : 1U;
        case Frequency::quarter: return 3U;
        case Frequency::half_year: return 6U;
        case Frequency::year: return 12U;
    }
    return 1U;
}

std::size_t PanelResult::position(std::size_t r, std::size_t c, std::size_t p) const {
    if (r >= reporters_ || c >= categories_ || p >= periods_) {
        throw NotFound("the result has no cell (reporter " + std::to_string(r) + ", category " +
                       std::to_string(c) + ", period offset " + std::to_string(p) + "): it has " +
                       std::to_string(reporters_) + " x " + std::to_string(categories_) + " x " +
                       std::to_string(periods_));
    }
    return (r * categories_ + c) * periods_ + p;
}

Outcome<double> PanelResult::at(std::size_t r, std::size_t c, std::size_t p) const {
    const std::size_t i = position(r, c, p);
    if (reasons_[i] != Reason::none) {
        return Outcome<double>(reasons_[i]);
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

std::size_t PanelResult::answered() const noexcept { return count(Reason::none); }

std::size_t PanelResult::count(Reason reason) const noexcept {
    return static_cast<std::size_t>(std::count(reasons_.begin(), reasons_.end(), reason));
}

double PanelResult::sum() const noexcept {
    double s = 0.0;
    for (std::size_t i = 0; i < values_.size(); ++i) {
        if (reasons_[i] == Reason::none) {
            s += values_[i];
        }
    }
    return s;
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
    return {p.values(Flow::exports).data(), p.valid(Flow::exports).data(),
            p.values(Flow::imports).data(), p.valid(Flow::imports).data()};
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
PanelResult dispatch(Flow flow, Fn&& fn) {
    switch (flow) {
        case Flow::exports: return fn(std::integral_constant<Flow, Flow::exports>{});
        case Flow::imports: return fn(std::integral_constant<Flow, Flow::imports>{});
        case Flow::total: return fn(std::integral_constant<Flow, Flow::total>{});
        case Flow::balance: return fn(std::integral_constant<Flow, Flow::balance>{});
    }
    throw InvalidArgument("unknown flow " + std::to_string(static_cast<int>(flow)));
}

// The rule for every relative change (docs/growth.md): no answer on a zero base, on a negative
// base (a deficit "growing" has no agreed meaning and statistics offices print none), or when a
// positive base turns negative; otherwise the ordinary ratio.
inline Reason relative_change(double cur, double base, double& out) noexcept {
    if (base == 0.0) return Reason::zero_base;
    if (base < 0.0) return Reason::negative_base;
    if (cur < 0.0) return Reason::sign_change;
    out = (cur - base) / base;
    return Reason::none;
}

PanelResult monthly_result(const Panel& p) {
    return PanelResult(p.reporter_count(), p.category_count(), Frequency::month, p.first_month(),
                       p.month_count(), false, false);
}

template <Flow F>
PanelResult growth_kernel(const Panel& p, std::size_t lag) {
    PanelResult out = monthly_result(p);
    const Columns col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t series = p.reporter_count() * p.category_count();
    double* v = out.values().data();
    Reason* why = out.reasons().data();
    for (std::size_t s = 0; s < series; ++s) {
        const std::size_t o = s * T;
        for (std::size_t t = lag; t < T; ++t) {
            double cur = 0.0;
            double base = 0.0;
            const bool vc = load<F>(col, o + t, cur);
            const bool vb = load<F>(col, o + t - lag, base);
            double g = 0.0;
            const Reason r = (vc && vb) ? relative_change(cur, base, g) : Reason::missing;
            v[o + t] = g;
            why[o + t] = r;
        }
    }
    return out;
}

// The whole of each (reporter, month): either one category, or the sum of all categories, which
// is missing as soon as one of them is (a partial sum would overstate every share).
template <Flow F>
void wholes(const Panel& p, const Columns& col, std::size_t r, const std::size_t* whole,
            std::vector<double>& w, std::vector<std::uint8_t>& ok) {
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    if (whole != nullptr) {
        const std::size_t o = (r * C + *whole) * T;
        for (std::size_t t = 0; t < T; ++t) {
            double x = 0.0;
            ok[t] = load<F>(col, o + t, x) ? 1 : 0;
            w[t] = x;
        }
        return;
    }
    std::fill(w.begin(), w.end(), 0.0);
    std::fill(ok.begin(), ok.end(), std::uint8_t{1});
    for (std::size_t c = 0; c < C; ++c) {
        const std::size_t o = (r * C + c) * T;
        for (std::size_t t = 0; t < T; ++t) {
            double x = 0.0;
            const bool valid = load<F>(col, o + t, x);
            w[t] += x;
            ok[t] = static_cast<std::uint8_t>(ok[t] & (valid ? 1U : 0U));
        }
    }
}

inline Reason whole_reason(bool ok, double w) noexcept {
    if (!ok) return Reason::missing;
    if (w == 0.0) return Reason::zero_base;
    if (w < 0.0) return Reason::negative_base;
    return Reason::none;
}

template <Flow F>
PanelResult share_kernel(const Panel& p, const std::size_t* whole) {
    PanelResult out = monthly_result(p);
    const Columns col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    std::vector<double> w(T);
    std::vector<std::uint8_t> ok(T);
    double* v = out.values().data();
    Reason* why = out.reasons().data();
    for (std::size_t r = 0; r < p.reporter_count(); ++r) {
        wholes<F>(p, col, r, whole, w, ok);
        for (std::size_t c = 0; c < C; ++c) {
            const std::size_t o = (r * C + c) * T;
            for (std::size_t t = 0; t < T; ++t) {
                double x = 0.0;
                const bool valid = load<F>(col, o + t, x);
                const Reason reason = valid ? whole_reason(ok[t] != 0, w[t]) : Reason::missing;
                // Divide unconditionally (by 1 where there is no answer) so the loop has no branch.
                const bool answer = reason == Reason::none;
                const double q = x / (answer ? w[t] : 1.0);
                v[o + t] = answer ? q : 0.0;
                why[o + t] = reason;
            }
        }
    }
    return out;
}

template <Flow F>
PanelResult contribution_kernel(const Panel& p, const std::size_t* whole) {
    PanelResult out = monthly_result(p);
    const Columns col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    std::vector<double> w(T);
    std::vector<std::uint8_t> ok(T);
    double* v = out.values().data();
    Reason* why = out.reasons().data();
    for (std::size_t r = 0; r < p.reporter_count(); ++r) {
        wholes<F>(p, col, r, whole, w, ok);
        for (std::size_t c = 0; c < C; ++c) {
            const std::size_t o = (r * C + c) * T;
            for (std::size_t t = 12; t < T; ++t) {
                double cur = 0.0;
                double base = 0.0;
                const bool valid = load<F>(col, o + t, cur) && load<F>(col, o + t - 12, base);
                const Reason reason = valid ? whole_reason(ok[t - 12] != 0, w[t - 12]) : Reason::missing;
                v[o + t] = reason == Reason::none ? (cur - base) / w[t - 12] : 0.0;
                why[o + t] = reason;
            }
        }
    }
    return out;
}

std::size_t checked_whole(const Panel& p, std::size_t whole) {
    (void)p.category(whole);
    return whole;
}

PanelResult changes_of(const PanelResult& s) {
    PanelResult out(s.reporter_count(), s.category_count(), Frequency::month, s.first_period(),
                    s.period_count(), false, false);
    const std::size_t T = s.period_count();
    const std::size_t series = s.reporter_count() * s.category_count();
    const double* sv = s.values().data();
    const Reason* sr = s.reasons().data();
    double* v = out.values().data();
    Reason* why = out.reasons().data();
    for (std::size_t k = 0; k < series; ++k) {
        const std::size_t o = k * T;
        for (std::size_t t = 12; t < T; ++t) {
            const Reason a = sr[o + t];
            const Reason b = sr[o + t - 12];
            const Reason reason = a != Reason::none ? a : b;
            v[o + t] = reason == Reason::none ? sv[o + t] - sv[o + t - 12] : 0.0;
            why[o + t] = reason;
        }
    }
    return out;
}

struct Calendar {
    Frequency frequency;
    std::int32_t months;  // months per period
};

Calendar calendar_of(RollUp to) {
    switch (to) {
        case RollUp::quarter: return {Frequency::quarter, 3};
        case RollUp::half_year: return {Frequency::half_year, 6};
        case RollUp::year: return {Frequency::year, 12};
        case RollUp::year_to_date: return {Frequency::month, 1};
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
PanelResult period_roll_up(const Panel& p, Frequency frequency, bool partial) {
    constexpr auto months = static_cast<std::int32_t>(K);
    const std::int32_t first = p.first_month() / months;
    const std::int32_t last = p.last_month() / months;
    const auto periods = static_cast<std::size_t>(last - first + 1);
    PanelResult out(p.reporter_count(), p.category_count(), frequency, first, periods, false, true);
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
    return out;
}

template <Flow F>
PanelResult ytd_roll_up(const Panel& p, bool partial) {
    PanelResult out(p.reporter_count(), p.category_count(), Frequency::month, p.first_month(),
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
    return out;
}

}  // namespace

PanelResult yoy_growth(const Panel& panel, Flow flow) {
    return dispatch(flow, [&](auto f) { return growth_kernel<decltype(f)::value>(panel, 12); });
}

PanelResult period_growth(const Panel& panel, Flow flow) {
    return dispatch(flow, [&](auto f) { return growth_kernel<decltype(f)::value>(panel, 1); });
}

PanelResult shares(const Panel& panel, Flow flow) {
    return dispatch(flow, [&](auto f) { return share_kernel<decltype(f)::value>(panel, nullptr); });
}

PanelResult shares(const Panel& panel, Flow flow, std::size_t whole) {
    const std::size_t w = checked_whole(panel, whole);
    return dispatch(flow, [&](auto f) { return share_kernel<decltype(f)::value>(panel, &w); });
}

PanelResult share_changes(const Panel& panel, Flow flow) { return changes_of(shares(panel, flow)); }

PanelResult share_changes(const Panel& panel, Flow flow, std::size_t whole) {
    return changes_of(shares(panel, flow, whole));
}

PanelResult contributions(const Panel& panel, Flow flow) {
    return dispatch(flow, [&](auto f) { return contribution_kernel<decltype(f)::value>(panel, nullptr); });
}

PanelResult contributions(const Panel& panel, Flow flow, std::size_t whole) {
    const std::size_t w = checked_whole(panel, whole);
    return dispatch(flow, [&](auto f) { return contribution_kernel<decltype(f)::value>(panel, &w); });
}

PanelResult roll_up(const Panel& panel, Flow flow, RollUp to, PartialSums partial) {
    const Calendar cal = calendar_of(to);
    if (partial != PartialSums::refuse && partial != PartialSums::allow) {
        throw InvalidArgument("unknown PartialSums value " + std::to_string(static_cast<int>(partial)));
    }
    const bool allow = partial == PartialSums::allow;
    if (to == RollUp::year_to_date) {
        return dispatch(flow, [&](auto f) { return ytd_roll_up<decltype(f)::value>(panel, allow); });
    }
    return dispatch(flow, [&](auto f) {
        constexpr Flow F = decltype(f)::value;
        switch (to) {
            case RollUp::quarter: return period_roll_up<F, 3>(panel, cal.frequency, allow);
            case RollUp::half_year: return period_roll_up<F, 6>(panel, cal.frequency, allow);
            default: return period_roll_up<F, 12>(panel, cal.frequency, allow);
        }
    });
}

}  // namespace svctrade
