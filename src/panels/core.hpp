// SPDX-License-Identifier: BSL-1.0
// The panel operations, each written once over a path (docs/growth.md, "One core, two paths"):
//   FastPath (ops.cpp)          cells in double, wholes in double, ratios divided in double;
//   ExactPath<M> (exact_ops.cpp) cells in int64 units, wholes in __int128, every ratio computed
//                                exactly and rounded once by the rounding mode M.
// A path supplies only what differs (its types, the ratio, the change of a share); the kernels
// here supply the rest once: the walk over keys and months, the "no answer" rule, the wholes,
// the roll-up calendars. Every kernel is also a template over the flow, so that the choice
// between a reported column and a derived one (total = exports + imports, balance = exports −
// imports) is made once per call and the inner loops are plain passes over contiguous columns;
// where the double path does better with loops of one element type each, `if constexpr` says so.
// Private to the library.
#pragma once

#include <svctrade/error.hpp>
#include <svctrade/panels/exact_panel.hpp>
#include <svctrade/panels/panel.hpp>
#include <svctrade/panels/result.hpp>
#include <svctrade/periods/kind.hpp>
#include <svctrade/status/observation_status.hpp>

#include "growth/no_answer.hpp"
#include "panels/result_shaper.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace svctrade::detail::core {

// ---- what the kernels read ---------------------------------------------------------------------

inline const double* cells_of(const Panel& p, Flow flow) {
    return p.values(flow).data();
}
inline const std::int64_t* cells_of(const ExactPanel& p, Flow flow) {
    return p.units(flow).data();
}
// The decimal places of a panel's cells, which sums (roll-ups) keep.
inline int scale_of(const Panel&) noexcept {
    return 0;
}
inline int scale_of(const ExactPanel& p) noexcept {
    return p.scale();
}

template <class P>
using CellOf = std::remove_cv_t<std::remove_pointer_t<decltype(cells_of(std::declval<const P&>(), Flow::exports))>>;
template <class P>
using ResultOf = BasicPanelResult<CellOf<P>>;

template <class Cell>
struct Columns {
    const Cell* e;
    const std::uint8_t* ve;
    const Cell* m;
    const std::uint8_t* vm;
};

template <class P>
Columns<CellOf<P>> columns(const P& p) {
    return {cells_of(p, Flow::exports), p.valid(Flow::exports).data(), cells_of(p, Flow::imports),
            p.valid(Flow::imports).data()};
}

// Reads cell i of flow F into x; returns whether it is valid. A derived flow is valid only when
// both reported flows are: a total with a missing half is unknown, not the other half. Exact
// units are bounded (ExactPanel::max_units), so a total or balance fits in 64 bits.
template <Flow F, class Cell>
inline bool load(const Columns<Cell>& c, std::size_t i, Cell& x) noexcept {
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

// Calls fn with `value` as a compile-time constant, one of Values (an enumeration's enumerators),
// so that a kernel is instantiated per value and chooses nothing inside its loops.
// \throws InvalidArgument, naming `what`, for a value that is none of them (a cast integer).
template <auto First, auto... Rest, class Fn>
void select(decltype(First) value, const char* what, Fn&& fn) {
    if (value == First) return fn(std::integral_constant<decltype(First), First>{});
    if constexpr (sizeof...(Rest) > 0) {
        return select<Rest...>(value, what, std::forward<Fn>(fn));
    } else {
        throw InvalidArgument(std::string("unknown ") + what + " " + std::to_string(static_cast<int>(value)));
    }
}

template <class Fn>
void dispatch(Flow flow, Fn&& fn) {
    select<Flow::exports, Flow::imports, Flow::total, Flow::balance>(flow, "flow", std::forward<Fn>(fn));
}

// ---- what the kernels write --------------------------------------------------------------------

template <class P>
void shape_monthly(const P& p, int scale, ResultOf<P>& out) {
    PanelResultShaper::reshape(out, ResultShape{p.reporter_count(), p.category_count(), PeriodKind::month,
                                                p.first_month().number(), p.month_count(), false, scale});
}

// The first `lag` months of the series at offset o have no base inside the panel. Written as
// each series is reached rather than in a pass of their own: a separate pass would touch every
// series' first cache lines twice, with a cache miss each time on a large panel.
template <class Cell>
inline void leading_missing(Cell* v, Reason* why, std::size_t o, std::size_t lag, std::size_t T) noexcept {
    for (std::size_t t = 0; t < std::min(lag, T); ++t) {
        v[o + t] = Cell{};
        why[o + t] = Reason::missing;
    }
}

// ---- growth ------------------------------------------------------------------------------------

template <class Path, Flow F>
void growth_kernel(const Path& path, const typename Path::Panel& p, std::size_t lag, typename Path::Result& out) {
    using Cell = typename Path::Cell;
    shape_monthly(p, path.ratio_scale(), out);
    const Columns<Cell> col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t series = p.reporter_count() * p.category_count();
    Cell* v = PanelResultShaper::cells(out);
    Reason* why = PanelResultShaper::reasons(out);
    for (std::size_t s = 0; s < series; ++s) {
        const std::size_t o = s * T;
        leading_missing(v, why, o, lag, T);
        for (std::size_t t = lag; t < T; ++t) {
            Cell before{};
            Cell now{};
            const bool have_before = load<F>(col, o + t - lag, before);
            const bool have_now = load<F>(col, o + t, now);
            const Reason r = change_reason(have_before, before, have_now, now);
            // Divide unconditionally (0 by 1 where there is no answer) so the loop has no branch.
            const bool answer = r == Reason::none;
            const Cell g = path.ratio(answer ? now - before : Cell{}, answer ? before : Cell{1}, o + t);
            v[o + t] = answer ? g : Cell{};
            why[o + t] = r;
        }
    }
}

// ---- wholes: shares, share changes and contributions ---------------------------------------------

// The whole of each (reporter, month): either one category, or the sum of all categories, which
// is missing as soon as one of them is (a partial sum would overstate every share). Returned as
// the Reason a ratio over that whole gets from it, and the divisor to use: the whole when it
// gives an answer, else 1, so the callers' loops divide without a branch.
template <class Path, Flow F>
void wholes(const typename Path::Panel& p, const Columns<typename Path::Cell>& col, std::size_t r,
            std::optional<std::size_t> whole, std::vector<typename Path::Whole>& divisor, std::vector<Reason>& reason) {
    using Whole = typename Path::Whole;
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    std::vector<Whole>& w = divisor;
    std::fill(w.begin(), w.end(), Whole{});
    std::fill(reason.begin(), reason.end(), Reason::none);
    const std::size_t first = whole ? *whole : 0;
    const std::size_t last = whole ? *whole + 1 : C;
    for (std::size_t c = first; c < last; ++c) {
        const std::size_t o = (r * C + c) * T;
        if constexpr (is_reported(F)) {
            // Separate loops of one element type each (see share_kernel); the missing cells of
            // a reported column hold 0 and add nothing.
            const auto* x = F == Flow::exports ? col.e : col.m;
            const std::uint8_t* ok = F == Flow::exports ? col.ve : col.vm;
            for (std::size_t t = 0; t < T; ++t) {
                w[t] += x[o + t];
            }
            for (std::size_t t = 0; t < T; ++t) {
                reason[t] = ok[o + t] != 0 ? reason[t] : Reason::missing;
            }
        } else {
            for (std::size_t t = 0; t < T; ++t) {
                typename Path::Cell x{};
                const bool valid = load<F>(col, o + t, x);
                w[t] += x;
                reason[t] = valid ? reason[t] : Reason::missing;
            }
        }
    }
    for (std::size_t t = 0; t < T; ++t) {
        reason[t] = base_reason(reason[t] == Reason::none, w[t]);
        divisor[t] = reason[t] == Reason::none ? w[t] : Whole{1};
    }
}

// The frame of every operation that divides by a whole: the wholes of each reporter's months,
// then `body(o, w, wr, v, why)` for the series at offset o of each of its categories, with the
// divisors w and the reasons wr of its months (see wholes()).
template <class Path, Flow F, class Body>
void over_wholes(const Path& path, const typename Path::Panel& p, std::optional<std::size_t> whole,
                 typename Path::Result& out, Body&& body) {
    using Cell = typename Path::Cell;
    shape_monthly(p, path.ratio_scale(), out);
    const Columns<Cell> col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    std::vector<typename Path::Whole> w(T);
    std::vector<Reason> wr(T);
    Cell* v = PanelResultShaper::cells(out);
    Reason* why = PanelResultShaper::reasons(out);
    for (std::size_t r = 0; r < p.reporter_count(); ++r) {
        wholes<Path, F>(p, col, r, whole, w, wr);
        if constexpr (!Path::exact && is_reported(F)) {
            // A divisor of +inf instead of 1 where the whole has no answer: share_kernel's
            // quotients then need no mask; every other kernel masks those cells anyway.
            for (std::size_t t = 0; t < T; ++t) {
                w[t] = wr[t] == Reason::none ? w[t] : std::numeric_limits<double>::infinity();
            }
        }
        for (std::size_t c = 0; c < C; ++c) {
            body(col, (r * C + c) * T, w, wr, v, why);
        }
    }
}

// The three measures over a whole.
enum class OverWhole : std::uint8_t {
    // The share of each category in the whole of its month.
    share,
    // The change of each share against the same month last year: now / W_now − before / W_before,
    // which the path computes from the wholes of both months (exactly and rounded once on the
    // exact path, never as the difference of rounded shares). A share without an answer gives
    // the change its reason, this month's first.
    share_change,
    // Each category's contribution to the growth of the whole: (now − before) / W_before.
    contribution,
};

template <class Path, Flow F, OverWhole What>
void over_whole_kernel(const Path& path, const typename Path::Panel& p, std::optional<std::size_t> whole,
                       typename Path::Result& out) {
    using Cell = typename Path::Cell;
    const std::size_t T = p.month_count();
    over_wholes<Path, F>(path, p, whole, out,
                         [&](const Columns<Cell>& col, std::size_t o, const auto& w, const std::vector<Reason>& wr,
                             Cell* v, Reason* why) {
                             if constexpr (What == OverWhole::share && !Path::exact && is_reported(F)) {
                                 // A reported column holds 0 where it is missing (the panel's invariant), so dividing
                                 // by +inf where the whole has no answer makes every cell without an answer 0 with no
                                 // mask at all (+ 0.0 turns −0 into 0). The values and the reasons are then two
                                 // separate loops of one element type each, which the compiler vectorises.
                                 const double* x = F == Flow::exports ? col.e : col.m;
                                 const std::uint8_t* ok = F == Flow::exports ? col.ve : col.vm;
                                 for (std::size_t t = 0; t < T; ++t) {
                                     v[o + t] = x[o + t] / w[t] + 0.0;
                                 }
                                 for (std::size_t t = 0; t < T; ++t) {
                                     why[o + t] = ok[o + t] != 0 ? wr[t] : Reason::missing;
                                 }
                             } else if constexpr (What == OverWhole::share) {
                                 for (std::size_t t = 0; t < T; ++t) {
                                     Cell x{};
                                     const bool valid = load<F>(col, o + t, x);
                                     const Reason reason = valid ? wr[t] : Reason::missing;
                                     const bool answer = reason == Reason::none;
                                     const Cell q = path.ratio(answer ? x : Cell{}, w[t], o + t);
                                     v[o + t] = answer ? q : Cell{};
                                     why[o + t] = reason;
                                 }
                             } else {
                                 leading_missing(v, why, o, 12, T);
                                 for (std::size_t t = 12; t < T; ++t) {
                                     Cell before{};
                                     Cell now{};
                                     const Reason rb = load<F>(col, o + t - 12, before) ? wr[t - 12] : Reason::missing;
                                     const bool have_now = load<F>(col, o + t, now);
                                     Reason reason = have_now ? rb : Reason::missing;
                                     if constexpr (What == OverWhole::share_change) {
                                         const Reason rn = have_now ? wr[t] : Reason::missing;
                                         reason = rn != Reason::none ? rn : rb;
                                     }
                                     const bool answer = reason == Reason::none;
                                     Cell q{};
                                     if constexpr (What == OverWhole::share_change) {
                                         q = path.share_change(answer ? before : Cell{}, w[t - 12],
                                                               answer ? now : Cell{}, w[t], o + t);
                                     } else {
                                         q = path.ratio(answer ? now - before : Cell{}, w[t - 12], o + t);
                                     }
                                     v[o + t] = answer ? q : Cell{};
                                     why[o + t] = reason;
                                 }
                             }
                         });
}

// ---- statuses: a second pass, only for a panel with statuses -------------------------------------

// Each cell of a result takes derived_status() of the observations it is computed from, by the
// rules of the TimeSeries operations (docs/status.md, "Panel results"). An observation outside
// the panel (the base of the first months, a month of a period that sticks out of it) is not
// provided, as a period a series does not hold. The value kernels never read a status, so a panel
// without statuses pays nothing but the clearing of the column (PanelResultShaper::reshape()).

inline constexpr ObservationStatus outside = ObservationStatus::missing(Missing::not_provided);

// derived_status(), with a shortcut for the common pair of plain values.
inline ObservationStatus derive(const ObservationStatus& a, const ObservationStatus& b) noexcept {
    if (a == ObservationStatus() && b == ObservationStatus()) return a;
    return derived_status(a, b);
}

// The status of cell i of flow F: a derived flow's is that of both reported cells, as its value is.
template <Flow F, class P>
inline ObservationStatus status_of(const P& p, std::size_t i) noexcept {
    if constexpr (F == Flow::exports) {
        return p.status_at(0, i);
    } else if constexpr (F == Flow::imports) {
        return p.status_at(1, i);
    } else {
        return derive(p.status_at(0, i), p.status_at(1, i));
    }
}

// A growth: the observation and its base.
template <Flow F, class P>
void growth_statuses(const P& p, std::size_t lag, ResultOf<P>& out) {
    ObservationStatus* st = PanelResultShaper::statuses(out);
    const std::size_t T = p.month_count();
    const std::size_t series = p.reporter_count() * p.category_count();
    for (std::size_t s = 0; s < series; ++s) {
        const std::size_t o = s * T;
        for (std::size_t t = 0; t < T; ++t) {
            st[o + t] = derive(status_of<F>(p, o + t), t >= lag ? status_of<F>(p, o + t - lag) : outside);
        }
    }
}

// The status of each month's whole of reporter r: that of every category summed into it (as the
// whole's value, it is missing as soon as one of them is).
template <Flow F, class P>
void whole_statuses(const P& p, std::size_t r, std::optional<std::size_t> whole, std::vector<ObservationStatus>& ws) {
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    std::fill(ws.begin(), ws.end(), ObservationStatus());
    const std::size_t first = whole ? *whole : 0;
    const std::size_t last = whole ? *whole + 1 : C;
    for (std::size_t c = first; c < last; ++c) {
        const std::size_t o = (r * C + c) * T;
        for (std::size_t t = 0; t < T; ++t) {
            ws[t] = derive(ws[t], status_of<F>(p, o + t));
        }
    }
}

// A share: the part and its whole. A share change: both of this month and both of the same
// month last year. A contribution: the same four, as TimeSeries::yoy_contribution() takes them,
// except that the whole now passes on its flags and confidentiality but not its being missing:
// unlike the series, the panel computes a contribution without the whole now (from the part now,
// the part and the whole last year), and an answer is never marked missing.
template <Flow F, OverWhole What, class P>
void over_whole_statuses(const P& p, std::optional<std::size_t> whole, ResultOf<P>& out) {
    ObservationStatus* st = PanelResultShaper::statuses(out);
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    std::vector<ObservationStatus> ws(T);
    for (std::size_t r = 0; r < p.reporter_count(); ++r) {
        whole_statuses<F>(p, r, whole, ws);
        for (std::size_t c = 0; c < C; ++c) {
            const std::size_t o = (r * C + c) * T;
            for (std::size_t t = 0; t < T; ++t) {
                const ObservationStatus x = status_of<F>(p, o + t);
                if constexpr (What == OverWhole::share) {
                    st[o + t] = derive(x, ws[t]);
                } else {
                    const ObservationStatus now =
                        derive(x, What == OverWhole::contribution ? ws[t].with(Missing::none) : ws[t]);
                    st[o + t] = derive(now, t >= 12 ? derive(status_of<F>(p, o + t - 12), ws[t - 12]) : outside);
                }
            }
        }
    }
}

// A roll-up: every month of the period, those outside the panel included, or for a partial sum
// the months summed: both folds over the months visited so far.
struct MonthsFold {
    ObservationStatus all;
    ObservationStatus present;
    void add(const ObservationStatus& x) noexcept {
        all = derive(all, x);
        if (!x.is_missing()) present = derive(present, x);
    }
    [[nodiscard]] const ObservationStatus& of(Reason why) const noexcept { return why == Reason::none ? present : all; }
};

// ---- roll-ups: exact sums on both paths (no ratio, so no path) -----------------------------------

// The months of one period of series offset o, from `begin` to `end` (exclusive).
template <Flow F, class Cell>
inline void sum_months(const Columns<Cell>& col, std::size_t o, std::size_t begin, std::size_t end, Cell& sum,
                       unsigned& n) noexcept {
    for (std::size_t t = begin; t < end; ++t) {
        Cell x{};
        const bool valid = load<F>(col, o + t, x);
        sum += valid ? x : Cell{};  // exact units: at most 12 values of at most 2·10^17, no overflow
        n += valid ? 1U : 0U;
    }
}

// K months per period, known at compile time so that the inner loop of every complete period is
// unrolled; only the first and last periods, which may stick out of the panel, are bounded.
template <Flow F, std::size_t K, class P>
void period_roll_up(const P& p, PeriodKind kind, bool partial, ResultOf<P>& out) {
    using Cell = CellOf<P>;
    constexpr auto months = static_cast<std::int32_t>(K);
    const std::int32_t first = p.first_month().number() / months;
    const std::int32_t last = p.last_month().number() / months;
    const auto periods = static_cast<std::size_t>(last - first + 1);
    PanelResultShaper::reshape(
        out, ResultShape{p.reporter_count(), p.category_count(), kind, first, periods, true, scale_of(p)});
    const Columns<Cell> col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t series = p.reporter_count() * p.category_count();
    // Months of the first and last period that fall outside the panel count as missing.
    const auto lead = static_cast<std::size_t>(p.first_month().number() - first * months);
    Cell* v = PanelResultShaper::cells(out);
    Reason* why = PanelResultShaper::reasons(out);
    std::uint8_t* held = PanelResultShaper::month_counts(out);
    for (std::size_t s = 0; s < series; ++s) {
        const std::size_t o = s * T;
        const std::size_t q = s * periods;
        for (std::size_t k = 0; k < periods; ++k) {
            const std::size_t begin = k == 0 ? 0 : k * K - lead;
            Cell sum{};
            unsigned n = 0;
            if (k == 0 || k + 1 == periods) {
                sum_months<F>(col, o, begin, std::min(T, (k + 1) * K - lead), sum, n);
            } else {
                sum_months<F>(col, o, begin, begin + K, sum, n);
            }
            const bool answer = partial ? n > 0 : n == K;
            v[q + k] = answer ? sum : Cell{};
            why[q + k] = answer ? Reason::none : Reason::missing;
            held[q + k] = static_cast<std::uint8_t>(n);
        }
    }
    if (!p.has_statuses()) return;
    ObservationStatus* st = PanelResultShaper::statuses(out);
    for (std::size_t s = 0; s < series; ++s) {
        const std::size_t o = s * T;
        const std::size_t q = s * periods;
        for (std::size_t k = 0; k < periods; ++k) {
            const std::size_t begin = k == 0 ? 0 : k * K - lead;
            const std::size_t end = std::min(T, (k + 1) * K - lead);
            MonthsFold fold{end - begin < K ? outside : ObservationStatus(), ObservationStatus()};
            for (std::size_t t = begin; t < end; ++t) fold.add(status_of<F>(p, o + t));
            st[q + k] = fold.of(why[q + k]);
        }
    }
}

template <Flow F, class P>
void ytd_roll_up(const P& p, bool partial, ResultOf<P>& out) {
    using Cell = CellOf<P>;
    PanelResultShaper::reshape(out, ResultShape{p.reporter_count(), p.category_count(), PeriodKind::year_to_date,
                                                p.first_month().number(), p.month_count(), true, scale_of(p)});
    const Columns<Cell> col = columns(p);
    const std::size_t T = p.month_count();
    const std::size_t series = p.reporter_count() * p.category_count();
    Cell* v = PanelResultShaper::cells(out);
    Reason* why = PanelResultShaper::reasons(out);
    std::uint8_t* held = PanelResultShaper::month_counts(out);
    for (std::size_t s = 0; s < series; ++s) {
        const std::size_t o = s * T;
        Cell sum{};
        unsigned n = 0;
        for (std::size_t t = 0; t < T; ++t) {
            const unsigned month = (p.first_month() + static_cast<std::int32_t>(t)).month();
            if (month == 1) {
                sum = Cell{};
                n = 0;
            }
            Cell x{};
            if (load<F>(col, o + t, x)) {
                sum += x;
                ++n;
            }
            const bool answer = partial ? n > 0 : n == month;
            v[o + t] = answer ? sum : Cell{};
            why[o + t] = answer ? Reason::none : Reason::missing;
            held[o + t] = static_cast<std::uint8_t>(n);
        }
    }
    if (!p.has_statuses()) return;
    ObservationStatus* st = PanelResultShaper::statuses(out);
    for (std::size_t s = 0; s < series; ++s) {
        const std::size_t o = s * T;
        MonthsFold fold;
        for (std::size_t t = 0; t < T; ++t) {
            const unsigned month = (p.first_month() + static_cast<std::int32_t>(t)).month();
            // A year-to-date period that begins before the panel lacks its first months.
            if (month == 1 || t == 0)
                fold = MonthsFold{month == 1 ? ObservationStatus() : outside, ObservationStatus()};
            fold.add(status_of<F>(p, o + t));
            st[o + t] = fold.of(why[o + t]);
        }
    }
}

// ---- the operations ------------------------------------------------------------------------------

// Which whole an operation divides by: one category (checked to contain every category), or the
// sum of all categories (checked to count no service twice). Checked before `out` is touched.
inline std::optional<std::size_t> checked_whole(const PanelKeys& p, std::optional<std::size_t> whole) {
    if (whole) {
        p.check_whole(*whole);
    } else {
        p.check_sum_of_categories();
    }
    return whole;
}

template <class Path>
void growth(const Path& path, const typename Path::Panel& p, Flow flow, std::size_t lag, typename Path::Result& out) {
    dispatch(flow, [&](auto f) {
        growth_kernel<Path, decltype(f)::value>(path, p, lag, out);
        if (p.has_statuses()) growth_statuses<decltype(f)::value>(p, lag, out);
    });
}

// shares(), share_changes() and contributions().
template <OverWhole What, class Path>
void over_whole(const Path& path, const typename Path::Panel& p, Flow flow, std::optional<std::size_t> whole,
                typename Path::Result& out) {
    const std::optional<std::size_t> w = checked_whole(p, whole);
    dispatch(flow, [&](auto f) {
        over_whole_kernel<Path, decltype(f)::value, What>(path, p, w, out);
        if (p.has_statuses()) over_whole_statuses<decltype(f)::value, What>(p, w, out);
    });
}

template <class P>
void roll_up(const P& p, Flow flow, RollUpTarget to, PartialSums partial, ResultOf<P>& out) {
    const PeriodKind kind = to_period_kind(to);  // throws InvalidArgument for a value that is no target
    if (partial != PartialSums::refuse && partial != PartialSums::allow) {
        throw InvalidArgument("unknown PartialSums value " + std::to_string(static_cast<int>(partial)));
    }
    const bool allow = partial == PartialSums::allow;
    dispatch(flow, [&](auto f) {
        constexpr Flow F = decltype(f)::value;
        switch (to) {
            case RollUpTarget::quarter:
                return period_roll_up<F, 3>(p, kind, allow, out);
            case RollUpTarget::half_year:
                return period_roll_up<F, 6>(p, kind, allow, out);
            case RollUpTarget::year:
                return period_roll_up<F, 12>(p, kind, allow, out);
            case RollUpTarget::year_to_date:
                return ytd_roll_up<F>(p, allow, out);
        }
    });
}

// The returning forms: a fresh result, filled by the in-place form.
template <class Result, class Fill>
Result fresh(Fill&& fill) {
    Result out;
    fill(out);
    return out;
}

}  // namespace svctrade::detail::core
