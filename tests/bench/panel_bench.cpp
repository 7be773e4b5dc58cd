// SPDX-License-Identifier: BSL-1.0
// Benchmark of the panel's whole-dataset operations (docs/performance.md).
//
// A synthetic, deterministic panel (default 200 reporters x 70 categories x 2 flows x 360 months
// = 10,080,000 monthly observations, about 2 % missing and 0.5 % zero) is generated, then each
// operation runs --repeat times through one implementation:
//   library   svctrade's fast path (yoy_growth, shares, roll_up to quarters) in double, in the
//             in-place form: each call fills a PanelResult the benchmark keeps between calls
//   library-fresh  the same operations in the returning form: a fresh PanelResult per call
//   library-fresh-uncached  the returning form with the thread's result memory released after
//             every call (release_cached_result_memory()), so every result gets fresh pages: what
//             the returning form cost before results kept their freed columns
//   hand      a plain hand-written loop over the same arrays, the floor; like `library`, it
//             writes into result arrays kept between calls
//   exact     svctrade's exact path (ExactPanel in cents; growth and shares in percent rounded
//             half up to one decimal, exact quarterly sums)
//   exact-hand a hand-written int64/__int128 loop with the same rounding, the exact floor
//   floor     the physical floor: per operation, a plain read-and-write pass over the bytes the
//             operation must move (memcpy of the value and validity columns into result-sized
//             buffers kept between calls, a read of any input a smaller result leaves over), then
//             the same checksum pass over the result
// Each prints, per operation, the median time, observations per second and a checksum (number
// of answered cells and the sum of their values); `write` saves the panel for the pandas script
// (panel_bench.py). Peak memory is getrusage's ru_maxrss of the process, which runs only one
// implementation. Timings exclude the generation of the data.
#include <svctrade/panels/exact_ops.hpp>
#include <svctrade/panels/exact_panel.hpp>
#include <svctrade/panels/ops.hpp>
#include <svctrade/panels/panel.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

using svctrade::Flow;
using svctrade::Panel;
using svctrade::PanelResult;
using svctrade::Reason;

namespace {

struct Options {
    std::size_t reporters = 200;
    std::size_t categories = 70;
    std::size_t months = 360;
    int repeat = 5;
    std::string impl = "library";
    std::string data;
};

// splitmix64: a tiny, well-known deterministic generator; the panel depends only on the sizes.
std::uint64_t mix(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27U)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31U);
}

// Cents, or -1 for a missing observation. Values are 0.01 .. 1,000,000.00 with a level per series
// and month-to-month noise, so growth rates look like real ones.
std::int64_t synthetic_cents(std::uint64_t series, std::uint64_t t) {
    const std::uint64_t h = mix(series * 1000003ULL + t);
    if (h % 1000 < 20) return -1;  // 2 % missing
    if (h % 1000 < 25) return 0;   // 0.5 % zero
    const std::uint64_t level = 1000 + mix(series) % 90000000ULL;
    return static_cast<std::int64_t>(level + (h >> 20U) % (level / 4 + 1));
}

std::vector<std::string> names(const char* prefix, std::size_t n) {
    std::vector<std::string> v(n);
    for (std::size_t i = 0; i < n; ++i) v[i] = prefix + std::to_string(i);
    return v;
}

Panel generate(const Options& o) {
    Panel p(names("R", o.reporters), names("C", o.categories), svctrade::MonthIndex(1990, 1), o.months);
    for (std::size_t f = 0; f < 2; ++f)
        for (std::size_t r = 0; r < o.reporters; ++r)
            for (std::size_t c = 0; c < o.categories; ++c) {
                const std::uint64_t series = (f * o.reporters + r) * o.categories + c;
                for (std::size_t t = 0; t < o.months; ++t) {
                    const std::int64_t cents = synthetic_cents(series, t);
                    if (cents >= 0) {
                        p.set(r, c, f == 0 ? Flow::exports : Flow::imports,
                              p.first_month() + static_cast<std::int32_t>(t), static_cast<double>(cents) / 100.0);
                    }
                }
            }
    return p;
}

svctrade::ExactPanel generate_exact(const Options& o) {
    svctrade::ExactPanel p(names("R", o.reporters), names("C", o.categories), svctrade::MonthIndex(1990, 1), o.months,
                           2);
    for (std::size_t f = 0; f < 2; ++f)
        for (std::size_t r = 0; r < o.reporters; ++r)
            for (std::size_t c = 0; c < o.categories; ++c) {
                const std::uint64_t series = (f * o.reporters + r) * o.categories + c;
                for (std::size_t t = 0; t < o.months; ++t) {
                    const std::int64_t cents = synthetic_cents(series, t);
                    if (cents >= 0) {
                        p.set_units(r, c, f == 0 ? Flow::exports : Flow::imports,
                                    p.first_month() + static_cast<std::int32_t>(t), cents);
                    }
                }
            }
    return p;
}

__extension__ using i128 = __int128;

// An exact checksum: the number of answers and the exact sum of their units.
struct ExactChecksum {
    std::size_t answered = 0;
    i128 sum = 0;
    void add(const svctrade::ExactPanelResult& r) {
        const auto units = r.units();
        const auto reasons = r.reasons();
        for (std::size_t i = 0; i < units.size(); ++i)
            if (reasons[i] == Reason::none) {
                ++answered;
                sum += units[i];
            }
    }
    void add(const std::vector<std::int64_t>& v, const std::vector<std::uint8_t>& ok) {
        for (std::size_t i = 0; i < v.size(); ++i)
            if (ok[i] != 0) {
                ++answered;
                sum += v[i];
            }
    }
    [[nodiscard]] std::string text() const {
        i128 x = sum < 0 ? -sum : sum;
        std::string digits;
        do {
            digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(x % 10)));
            x /= 10;
        } while (x != 0);
        return sum < 0 ? "-" + digits : digits;
    }
};

// The sum of the answered values in PanelResult::sum()'s documented order (four running sums,
// by position modulo 4), so that the library and the hand loop agree to the bit.
template <class Ok>
double lane_sum(const double* v, const Ok* ok, std::size_t n, std::size_t& answered) {
    double lane[4] = {0.0, 0.0, 0.0, 0.0};
    for (std::size_t i = 0; i < n; ++i) {
        const bool yes = ok[i];
        answered += yes ? 1U : 0U;
        lane[i % 4] += yes ? v[i] : 0.0;
    }
    return (lane[0] + lane[1]) + (lane[2] + lane[3]);
}

struct Checksum {
    std::size_t answered = 0;
    double sum = 0.0;
    void add(const PanelResult& r) {
        answered += r.answered();
        sum += r.sum();
    }
    void add(const std::vector<double>& v, const std::vector<std::uint8_t>& ok) {
        sum += lane_sum(v.data(), ok.data(), v.size(), answered);
    }
};

// A hand loop's result arrays, kept between calls as the library's PanelResult is.
struct HandResult {
    std::vector<double> out;
    std::vector<std::uint8_t> has;
    void resize(std::size_t n) {
        out.resize(n);
        has.resize(n);
    }
};

// ---- the hand-written floor: the same rules, plain loops over the panel's arrays ------------

void hand_yoy(const Panel& p, Flow f, HandResult& res, Checksum& sum) {
    const double* x = p.values(f).data();
    const std::uint8_t* ok = p.valid(f).data();
    const std::size_t T = p.month_count();
    const std::size_t n = p.cell_count();
    res.resize(n);
    double* out = res.out.data();
    std::uint8_t* has = res.has.data();
    for (std::size_t o = 0; o < n; o += T) {
        for (std::size_t t = 0; t < 12; ++t) {
            out[o + t] = 0.0;
            has[o + t] = 0;
        }
        for (std::size_t t = 12; t < T; ++t) {
            const std::size_t i = o + t;
            const double cur = x[i];
            const double base = x[i - 12];
            const bool yes = ok[i] && ok[i - 12] && base > 0.0 && cur >= 0.0;
            out[i] = yes ? (cur - base) / base : 0.0;
            has[i] = yes ? 1 : 0;
        }
    }
    sum.add(res.out, res.has);
}

void hand_shares(const Panel& p, Flow f, HandResult& res, Checksum& sum) {
    const double* x = p.values(f).data();
    const std::uint8_t* ok = p.valid(f).data();
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    res.resize(p.cell_count());
    double* out = res.out.data();
    std::uint8_t* has = res.has.data();
    std::vector<double> total(T);
    std::vector<std::uint8_t> complete(T);
    for (std::size_t r = 0; r < p.reporter_count(); ++r) {
        std::fill(total.begin(), total.end(), 0.0);
        std::fill(complete.begin(), complete.end(), std::uint8_t{1});
        for (std::size_t c = 0; c < C; ++c)
            for (std::size_t t = 0; t < T; ++t) {
                const std::size_t i = (r * C + c) * T + t;
                total[t] += x[i];
                complete[t] = static_cast<std::uint8_t>(complete[t] & ok[i]);
            }
        for (std::size_t c = 0; c < C; ++c)
            for (std::size_t t = 0; t < T; ++t) {
                const std::size_t i = (r * C + c) * T + t;
                const bool yes = ok[i] && complete[t] && total[t] > 0.0;
                out[i] = yes ? x[i] / total[t] : 0.0;
                has[i] = yes ? 1 : 0;
            }
    }
    sum.add(res.out, res.has);
}

void hand_quarters(const Panel& p, Flow f, HandResult& res, Checksum& sum) {
    // The benchmark panel starts in January, so quarter k holds months 3k .. 3k+2.
    const double* x = p.values(f).data();
    const std::uint8_t* ok = p.valid(f).data();
    const std::size_t T = p.month_count();
    const std::size_t Q = (T + 2) / 3;
    const std::size_t series = p.reporter_count() * p.category_count();
    res.resize(series * Q);
    double* out = res.out.data();
    std::uint8_t* has = res.has.data();
    for (std::size_t s = 0; s < series; ++s)
        for (std::size_t q = 0; q < Q; ++q) {
            double total = 0.0;
            unsigned n = 0;
            for (std::size_t t = 3 * q; t < std::min(T, 3 * q + 3); ++t) {
                const std::size_t i = s * T + t;
                total += ok[i] ? x[i] : 0.0;
                n += ok[i] ? 1U : 0U;
            }
            out[s * Q + q] = n == 3 ? total : 0.0;
            has[s * Q + q] = n == 3 ? 1 : 0;
        }
    sum.add(res.out, res.has);
}

// ---- the physical floor: the bytes an operation must move, and nothing else ------------------

struct FloorResult {
    HandResult cells;
    std::vector<std::uint8_t> months;
    double sink = 0.0;  // what was read of the input beyond the result's size, so it is read
};

// Reads a flow's value and validity columns (9 bytes per observation) and writes `cells` result
// cells (8 + 1 bytes each, + 1 with month counts) by memcpy from the front of the columns; the
// part of the input a smaller result does not copy is read by a four-lane sum (values) and a
// byte sum (validity). Then the hand loops' checksum pass over the result.
void floor_pass(const Panel& p, Flow f, std::size_t cells, bool month_counts, FloorResult& res, Checksum& sum) {
    const double* x = p.values(f).data();
    const std::uint8_t* ok = p.valid(f).data();
    const std::size_t n = p.cell_count();
    res.cells.resize(cells);
    std::memcpy(res.cells.out.data(), x, cells * sizeof(double));
    std::memcpy(res.cells.has.data(), ok, cells);
    std::size_t valid_used = cells;
    if (month_counts) {
        res.months.resize(cells);
        std::memcpy(res.months.data(), ok + cells, cells);
        valid_used += cells;
    }
    double lane[4] = {0.0, 0.0, 0.0, 0.0};
    std::size_t i = cells;
    for (; i + 4 <= n; i += 4)
        for (std::size_t k = 0; k < 4; ++k) lane[k] += x[i + k];
    for (; i < n; ++i) lane[0] += x[i];
    unsigned bytes = 0;
    for (std::size_t j = valid_used; j < n; ++j) bytes += ok[j];
    res.sink += (lane[0] + lane[1]) + (lane[2] + lane[3]) + static_cast<double>(bytes);
    sum.add(res.cells.out, res.cells.has);
}

// ---- the exact floor: int64 with an __int128 fallback, rounding half up to one decimal ---------

// round(n / d) half away from zero, d > 0.
inline std::int64_t half_up(i128 n, i128 d) {
    i128 q = n / d;
    const i128 r = n % d;
    if (2 * (r < 0 ? -r : r) >= d) q += n < 0 ? -1 : 1;
    return static_cast<std::int64_t>(q);
}

inline std::int64_t half_up64(std::int64_t n, std::int64_t d) {
    std::int64_t q = n / d;
    const std::int64_t r = n % d;
    if (2 * (r < 0 ? -r : r) >= d) q += n < 0 ? -1 : 1;
    return q;
}

constexpr std::int64_t per_mille = 1000;  // a fraction to percent with one decimal
constexpr std::int64_t fits = INT64_MAX / per_mille;

void exact_hand_yoy(const svctrade::ExactPanel& p, Flow f, ExactChecksum& sum) {
    const std::int64_t* x = p.units(f).data();
    const std::uint8_t* ok = p.valid(f).data();
    const std::size_t T = p.month_count();
    const std::size_t n = p.cell_count();
    std::vector<std::int64_t> out(n, 0);
    std::vector<std::uint8_t> has(n, 0);
    for (std::size_t o = 0; o < n; o += T)
        for (std::size_t t = 12; t < T; ++t) {
            const std::size_t i = o + t;
            const std::int64_t cur = x[i];
            const std::int64_t base = x[i - 12];
            if (ok[i] && ok[i - 12] && base > 0 && cur >= 0) {
                const std::int64_t d = cur - base;
                out[i] = (d <= fits && d >= -fits) ? half_up64(d * per_mille, base)
                                                   : half_up(static_cast<i128>(d) * per_mille, base);
                has[i] = 1;
            }
        }
    sum.add(out, has);
}

void exact_hand_shares(const svctrade::ExactPanel& p, Flow f, ExactChecksum& sum) {
    const std::int64_t* x = p.units(f).data();
    const std::uint8_t* ok = p.valid(f).data();
    const std::size_t T = p.month_count();
    const std::size_t C = p.category_count();
    const std::size_t n = p.cell_count();
    std::vector<std::int64_t> out(n, 0);
    std::vector<std::uint8_t> has(n, 0);
    std::vector<i128> total(T);
    std::vector<std::uint8_t> complete(T);
    for (std::size_t r = 0; r < p.reporter_count(); ++r) {
        std::fill(total.begin(), total.end(), i128{0});
        std::fill(complete.begin(), complete.end(), std::uint8_t{1});
        for (std::size_t c = 0; c < C; ++c)
            for (std::size_t t = 0; t < T; ++t) {
                const std::size_t i = (r * C + c) * T + t;
                total[t] += x[i];
                complete[t] = static_cast<std::uint8_t>(complete[t] & ok[i]);
            }
        for (std::size_t c = 0; c < C; ++c)
            for (std::size_t t = 0; t < T; ++t) {
                const std::size_t i = (r * C + c) * T + t;
                if (ok[i] && complete[t] && total[t] > 0) {
                    out[i] = (x[i] <= fits && total[t] <= INT64_MAX)
                                 ? half_up64(x[i] * per_mille, static_cast<std::int64_t>(total[t]))
                                 : half_up(static_cast<i128>(x[i]) * per_mille, total[t]);
                    has[i] = 1;
                }
            }
    }
    sum.add(out, has);
}

void exact_hand_quarters(const svctrade::ExactPanel& p, Flow f, ExactChecksum& sum) {
    const std::int64_t* x = p.units(f).data();
    const std::uint8_t* ok = p.valid(f).data();
    const std::size_t T = p.month_count();
    const std::size_t Q = (T + 2) / 3;
    const std::size_t series = p.reporter_count() * p.category_count();
    std::vector<std::int64_t> out(series * Q, 0);
    std::vector<std::uint8_t> has(series * Q, 0);
    for (std::size_t s = 0; s < series; ++s)
        for (std::size_t q = 0; q < Q; ++q) {
            std::int64_t total = 0;
            unsigned n = 0;
            for (std::size_t t = 3 * q; t < std::min(T, 3 * q + 3); ++t) {
                const std::size_t i = s * T + t;
                if (ok[i]) {
                    total += x[i];
                    ++n;
                }
            }
            if (n == 3) {
                out[s * Q + q] = total;
                has[s * Q + q] = 1;
            }
        }
    sum.add(out, has);
}

// ---- driver -----------------------------------------------------------------------------------

double seconds_of(const std::function<void()>& fn) {
    const auto start = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void run(const char* op, const Options& o, std::size_t observations, const std::function<Checksum()>& fn) {
    std::vector<double> times;
    Checksum last;
    for (int k = 0; k < o.repeat; ++k) {
        Checksum c;
        times.push_back(seconds_of([&] { c = fn(); }));
        if (k > 0 && (c.answered != last.answered || c.sum != last.sum)) {
            throw std::runtime_error(std::string(op) + ": checksum changed between repetitions");
        }
        last = c;
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    std::printf("op=%s impl=%s seconds=%.6f obs_per_s=%.4e answered=%zu sum=%.17g\n", op, o.impl.c_str(), median,
                static_cast<double>(observations) / median, last.answered, last.sum);
}

void run_exact(const char* op, const Options& o, std::size_t observations, const std::function<ExactChecksum()>& fn) {
    std::vector<double> times;
    ExactChecksum last;
    for (int k = 0; k < o.repeat; ++k) {
        ExactChecksum c;
        times.push_back(seconds_of([&] { c = fn(); }));
        if (k > 0 && (c.answered != last.answered || c.sum != last.sum)) {
            throw std::runtime_error(std::string(op) + ": checksum changed between repetitions");
        }
        last = c;
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    std::printf("op=%s impl=%s seconds=%.6f obs_per_s=%.4e answered=%zu sum=%s\n", op, o.impl.c_str(), median,
                static_cast<double>(observations) / median, last.answered, last.text().c_str());
}

void write_data(const Panel& p, const std::string& path) {
    // Layout read by panel_bench.py: 3 uint64 (reporters, categories, months), then per flow
    // (exports, imports) the double column and the uint8 validity column, in panel order.
    std::ofstream out(path, std::ios::binary);
    const std::uint64_t dims[3] = {p.reporter_count(), p.category_count(), p.month_count()};
    out.write(reinterpret_cast<const char*>(dims), sizeof dims);
    for (Flow f : {Flow::exports, Flow::imports}) {
        out.write(reinterpret_cast<const char*>(p.values(f).data()),
                  static_cast<std::streamsize>(p.cell_count() * sizeof(double)));
        out.write(reinterpret_cast<const char*>(p.valid(f).data()), static_cast<std::streamsize>(p.cell_count()));
    }
    if (!out) throw std::runtime_error("cannot write " + path);
}

std::size_t number(const char* text) {
    char* end = nullptr;
    const unsigned long long v = std::strtoull(text, &end, 10);
    if (end == text || *end != '\0' || v == 0) throw std::runtime_error(std::string("not a positive number: ") + text);
    return static_cast<std::size_t>(v);
}

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        const char* value = argv[i + 1];
        if (key == "--reporters")
            o.reporters = number(value);
        else if (key == "--categories")
            o.categories = number(value);
        else if (key == "--months")
            o.months = number(value);
        else if (key == "--repeat")
            o.repeat = static_cast<int>(number(value));
        else if (key == "--impl")
            o.impl = value;
        else if (key == "--data")
            o.data = value;
        else
            throw std::runtime_error("unknown option " + key);
    }
    if (argc % 2 == 0) throw std::runtime_error("options come in pairs: --name value");
    return o;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const Options o = parse(argc, argv);
        const bool exact = o.impl == "exact" || o.impl == "exact-hand";
        std::size_t obs = 0;
        std::size_t valid = 0;
        if (exact) {
            const svctrade::ExactPanel p = generate_exact(o);
            obs = 2 * p.cell_count();
            valid = p.valid_count(Flow::exports) + p.valid_count(Flow::imports);
            std::printf("panel reporters=%zu categories=%zu months=%zu observations=%zu valid=%zu\n", o.reporters,
                        o.categories, o.months, obs, valid);
            constexpr auto up = svctrade::RoundingMode::half_up;
            if (o.impl == "exact") {
                run_exact("yoy", o, obs, [&] {
                    ExactChecksum c;
                    for (Flow f : {Flow::exports, Flow::imports}) c.add(svctrade::yoy_growth(p, f, 1, up));
                    return c;
                });
                run_exact("shares", o, obs, [&] {
                    ExactChecksum c;
                    for (Flow f : {Flow::exports, Flow::imports}) c.add(svctrade::shares(p, f, 1, up));
                    return c;
                });
                run_exact("quarters", o, obs, [&] {
                    ExactChecksum c;
                    for (Flow f : {Flow::exports, Flow::imports})
                        c.add(svctrade::roll_up(p, f, svctrade::RollUpTarget::quarter));
                    return c;
                });
            } else {
                run_exact("yoy", o, obs, [&] {
                    ExactChecksum c;
                    for (Flow f : {Flow::exports, Flow::imports}) exact_hand_yoy(p, f, c);
                    return c;
                });
                run_exact("shares", o, obs, [&] {
                    ExactChecksum c;
                    for (Flow f : {Flow::exports, Flow::imports}) exact_hand_shares(p, f, c);
                    return c;
                });
                run_exact("quarters", o, obs, [&] {
                    ExactChecksum c;
                    for (Flow f : {Flow::exports, Flow::imports}) exact_hand_quarters(p, f, c);
                    return c;
                });
            }
        } else {
            const Panel p = generate(o);
            obs = 2 * p.cell_count();
            valid = p.valid_count(Flow::exports) + p.valid_count(Flow::imports);
            std::printf("panel reporters=%zu categories=%zu months=%zu observations=%zu valid=%zu\n", o.reporters,
                        o.categories, o.months, obs, valid);
            if (o.impl == "write") {
                write_data(p, o.data);
            } else if (o.impl == "library") {
                // One result per flow, kept between calls: after the first call nothing is allocated.
                PanelResult out[2];
                run("yoy", o, obs, [&] {
                    Checksum c;
                    for (Flow f : {Flow::exports, Flow::imports}) {
                        svctrade::yoy_growth(p, f, out[f == Flow::exports ? 0 : 1]);
                        c.add(out[f == Flow::exports ? 0 : 1]);
                    }
                    return c;
                });
                run("shares", o, obs, [&] {
                    Checksum c;
                    for (Flow f : {Flow::exports, Flow::imports}) {
                        svctrade::shares(p, f, out[f == Flow::exports ? 0 : 1]);
                        c.add(out[f == Flow::exports ? 0 : 1]);
                    }
                    return c;
                });
                run("quarters", o, obs, [&] {
                    Checksum c;
                    for (Flow f : {Flow::exports, Flow::imports}) {
                        svctrade::roll_up(p, f, svctrade::RollUpTarget::quarter, svctrade::PartialSums::refuse,
                                          out[f == Flow::exports ? 0 : 1]);
                        c.add(out[f == Flow::exports ? 0 : 1]);
                    }
                    return c;
                });
            } else if (o.impl == "library-fresh" || o.impl == "library-fresh-uncached") {
                const bool uncached = o.impl == "library-fresh-uncached";
                // Each result dies at the end of its full expression, as in `use(yoy_growth(p, f))`.
                const auto after = [uncached] {
                    if (uncached) svctrade::release_cached_result_memory();
                };
                run("yoy", o, obs, [&] {
                    Checksum c;
                    for (Flow f : {Flow::exports, Flow::imports}) {
                        c.add(svctrade::yoy_growth(p, f));
                        after();
                    }
                    return c;
                });
                run("shares", o, obs, [&] {
                    Checksum c;
                    for (Flow f : {Flow::exports, Flow::imports}) {
                        c.add(svctrade::shares(p, f));
                        after();
                    }
                    return c;
                });
                run("quarters", o, obs, [&] {
                    Checksum c;
                    for (Flow f : {Flow::exports, Flow::imports}) {
                        c.add(svctrade::roll_up(p, f, svctrade::RollUpTarget::quarter));
                        after();
                    }
                    return c;
                });
            } else if (o.impl == "floor") {
                FloorResult out[2];
                const std::size_t n = p.cell_count();
                const std::size_t quarters = p.reporter_count() * p.category_count() * ((p.month_count() + 2) / 3);
                for (const char* op : {"yoy", "shares"}) {
                    run(op, o, obs, [&] {
                        Checksum c;
                        for (Flow f : {Flow::exports, Flow::imports})
                            floor_pass(p, f, n, false, out[f == Flow::exports ? 0 : 1], c);
                        return c;
                    });
                }
                run("quarters", o, obs, [&] {
                    Checksum c;
                    for (Flow f : {Flow::exports, Flow::imports})
                        floor_pass(p, f, quarters, true, out[f == Flow::exports ? 0 : 1], c);
                    return c;
                });
            } else if (o.impl == "hand") {
                HandResult out[2];
                run("yoy", o, obs, [&] {
                    Checksum c;
                    for (Flow f : {Flow::exports, Flow::imports}) hand_yoy(p, f, out[f == Flow::exports ? 0 : 1], c);
                    return c;
                });
                run("shares", o, obs, [&] {
                    Checksum c;
                    for (Flow f : {Flow::exports, Flow::imports}) hand_shares(p, f, out[f == Flow::exports ? 0 : 1], c);
                    return c;
                });
                run("quarters", o, obs, [&] {
                    Checksum c;
                    for (Flow f : {Flow::exports, Flow::imports})
                        hand_quarters(p, f, out[f == Flow::exports ? 0 : 1], c);
                    return c;
                });
            } else {
                throw std::runtime_error(
                    "unknown --impl " + o.impl +
                    " (library, library-fresh, library-fresh-uncached, hand, floor, exact, exact-hand, write)");
            }
        }
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("peak impl=%s max_rss_bytes=%ld bytes_per_obs=%.2f\n", o.impl.c_str(), usage.ru_maxrss * 1024L,
                    static_cast<double>(usage.ru_maxrss) * 1024.0 / static_cast<double>(obs));
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "panel_bench: %s\n", e.what());
        return 1;
    }
}
