// SPDX-License-Identifier: BSL-1.0
// Benchmark of the release auditor (docs/performance.md, issue #12): audit() over many generated
// releases, with planted misprints that must be found.
//
// A deterministic set of releases (default 250 areas x 40 monthly year-to-date releases, 30
// figures each) is printed from exact monthly data: exports and imports of four EBOPS 2010 items
// (SC, SD, SI, SJ) and the rest of services, in 万元, for one year before the first release and
// every month after. Each release prints the levels of total trade, exports, imports and the
// balance of services (in 亿元, and total and exports in 亿美元 at the area's fixed exchange rate),
// their growth and the balance's change, the levels and growth of SC, SD, SI, SJ and S-SD, the
// shares of SC, SI and SJ in services and their changes, and the exports, imports and growth of
// travel (SD). Every figure is the correctly rounded value of the exact data (half away from
// zero, the magnitude convention), so no identity between them can fail: every check of the
// clean releases is consistent or an inference.
//
// Then every --every-th release gets one misprint, of three kinds in turn: SI's level printed
// about 10 % too high, services' growth 10 percentage points too high, SJ's share change 5
// points too high. Each is an error every check comparing it detects (the intervals of the
// others are far narrower than the error).
//
// Timed: building the releases (the figures' text, parsed as a release file's would be), audit()
// (every check within and across releases), counting the checks by verdict. Printed: the number
// of checks, checks per second, the times, peak memory (getrusage's ru_maxrss) and the counts.
//
// The correctness check (exit status 1 when it fails): the clean releases are audited too; they
// must give no inconsistent and no boundary verdict; the misprinted ones must give the same
// checks, of the same kinds, each check that compares a figure with others and uses a misprinted
// claim inconsistent, every other check with the clean verdict, and every misprint named by at
// least one inconsistent check. Time is never checked.
#include <svctrade/audit.hpp>

#include <sys/resource.h>
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

using namespace svctrade;

namespace {

__extension__ using i128 = __int128;

struct Options {
    int areas = 250;
    int months = 40;
    int every = 97;  // every n-th release (counted over all areas) gets a misprint; 0: none
    bool verify = true;
    bool inferences = true;  // AuditOptions::inferences
};

// splitmix64: a tiny, well-known deterministic generator; the data depend only on the sizes.
std::uint64_t mix(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27U)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31U);
}

constexpr int first_year = 2021;  // the first release is for January of this year
constexpr int leaves = 5;         // SC, SD, SI, SJ, the rest of services
enum Leaf : int { sc, sd, si, sj, rest };

// a / b rounded half away from zero (b > 0).
i128 round_div(i128 a, i128 b) {
    const bool negative = a < 0;
    const i128 m = negative ? -a : a;
    const i128 q = (2 * m + b) / (2 * b);
    return negative ? -q : q;
}

// n tenths as printed: "123.4", "-0.3", "0.0".
std::string tenths(i128 n) {
    const bool negative = n < 0;
    const auto m = static_cast<unsigned long long>(negative ? -n : n);
    return (negative ? "-" : "") + std::to_string(m / 10) + '.' + std::to_string(m % 10);
}

// The exact data: monthly values in 万元 per area, flow (0 exports, 1 imports), leaf and month
// (month 0 is January of first_year - 1).
class Data {
public:
    Data(int areas, int months) : areas_(areas), months_(months + 12) {
        values_.resize(static_cast<std::size_t>(areas_) * 2 * leaves * static_cast<std::size_t>(months_));
        for (int a = 0; a < areas_; ++a)
            for (int f = 0; f < 2; ++f) {
                const std::uint64_t series = static_cast<std::uint64_t>(a) * 2 + static_cast<std::uint64_t>(f);
                // A monthly level of services of 20亿 to 200亿元 (2e5 to 2e6 万元), split into the
                // leaves with weights that keep every printed share above 5 %.
                const std::int64_t level = 200000 + static_cast<std::int64_t>(mix(series) % 1800000);
                const std::array<std::int64_t, leaves> weight{15 + static_cast<std::int64_t>(mix(series + 11) % 10),
                                                              10 + static_cast<std::int64_t>(mix(series + 12) % 10),
                                                              8 + static_cast<std::int64_t>(mix(series + 13) % 8),
                                                              15 + static_cast<std::int64_t>(mix(series + 14) % 10),
                                                              30};
                for (int l = 0; l < leaves; ++l)
                    for (int t = 0; t < months_; ++t) {
                        // A trend of up to ±1 % a month per leaf and ±15 % noise.
                        const std::uint64_t h =
                            mix(series * std::uint64_t{1000003} + static_cast<std::uint64_t>(l) * std::uint64_t{1009} +
                                static_cast<std::uint64_t>(t));
                        const std::int64_t trend =
                            static_cast<std::int64_t>(mix(series * 7 + static_cast<std::uint64_t>(l)) % 21) - 10;
                        const std::int64_t noise = static_cast<std::int64_t>(h % 301) - 150;
                        const std::int64_t base = level * weight[static_cast<std::size_t>(l)] / 100;
                        const std::int64_t v = base + base * (trend * t + noise) / 1000;
                        at(a, f, l, t) = std::max<std::int64_t>(v, 1000);
                    }
            }
    }

    // The sum over months [from, to] (indices as above) of leaf `l`'s `f`.
    [[nodiscard]] std::int64_t sum(int a, int f, int l, int from, int to) const {
        std::int64_t s = 0;
        for (int t = from; t <= to; ++t) s += values_[index(a, f, l, t)];
        return s;
    }

private:
    [[nodiscard]] std::size_t index(int a, int f, int l, int t) const {
        return ((static_cast<std::size_t>(a) * 2 + static_cast<std::size_t>(f)) * leaves +
                static_cast<std::size_t>(l)) *
                   static_cast<std::size_t>(months_) +
               static_cast<std::size_t>(t);
    }
    std::int64_t& at(int a, int f, int l, int t) { return values_[index(a, f, l, t)]; }

    int areas_;
    int months_;
    std::vector<std::int64_t> values_;
};

// The levels of one year-to-date period, in 万元.
struct Levels {
    std::array<std::array<std::int64_t, leaves>, 2> leaf{};  // [flow][leaf]
    [[nodiscard]] std::int64_t services(int f) const {
        std::int64_t s = 0;
        for (const std::int64_t v : leaf[static_cast<std::size_t>(f)]) s += v;
        return s;
    }
    [[nodiscard]] std::int64_t total(int l) const {
        return leaf[0][static_cast<std::size_t>(l)] + leaf[1][static_cast<std::size_t>(l)];
    }
    [[nodiscard]] std::int64_t total_services() const { return services(0) + services(1); }
};

Levels levels(const Data& d, int a, int year, int through) {
    // January of `year` is month (year - first_year + 1) * 12.
    const int from = (year - first_year + 1) * 12;
    Levels out;
    for (int f = 0; f < 2; ++f)
        for (int l = 0; l < leaves; ++l)
            out.leaf[static_cast<std::size_t>(f)][static_cast<std::size_t>(l)] =
                d.sum(a, f, l, from, from + through - 1);
    return out;
}

// The figures as printed, from exact values in 万元.
std::string yuan(i128 wan, i128 extra_tenths = 0) {
    return tenths(round_div(wan, 1000) + extra_tenths) + "亿元";
}
std::string dollars(i128 wan, int rate_cents) {
    return tenths(round_div(wan * 100, static_cast<i128>(rate_cents) * 1000)) + "亿美元";
}
std::string growth(i128 now, i128 then, i128 extra_tenths = 0) {
    return tenths(round_div((now - then) * 1000, then) + extra_tenths) + "%";
}
std::string share(i128 part, i128 whole) {
    return tenths(round_div(part * 1000, whole)) + "%";
}
std::string share_change(i128 part, i128 whole, i128 part0, i128 whole0, i128 extra_tenths = 0) {
    return tenths(round_div((part * whole0 - part0 * whole) * 1000, whole * whole0) + extra_tenths) + "个百分点";
}

struct Items {
    Item s = Item::parse("S");
    Item sd_out = Item::parse("S-SD");
    std::array<Item, 4> leaf{Item::parse("SC"), Item::parse("SD"), Item::parse("SI"), Item::parse("SJ")};
};

enum class Misprint { none, level, growth, share_change };

struct Generated {
    std::vector<Release> releases;
    std::vector<ClaimRef> planted;  // the misprinted claims
};

Generated generate(const Data& d, const Options& o, bool with_misprints) {
    static const Items items;
    Generated out;
    out.releases.reserve(static_cast<std::size_t>(o.areas) * static_cast<std::size_t>(o.months));
    std::uint32_t k = 0;
    for (int a = 0; a < o.areas; ++a) {
        char area[16];
        std::snprintf(area, sizeof area, "A%03d", a);
        const int rate_cents = 640 + a % 60;  // yuan per 100 dollars
        for (int t = 0; t < o.months; ++t, ++k) {
            const int year = first_year + t / 12;
            const auto through = static_cast<unsigned>(t % 12 + 1);
            Misprint misprint = Misprint::none;
            if (with_misprints && o.every > 0 &&
                k % static_cast<std::uint32_t>(o.every) == 13 % static_cast<std::uint32_t>(o.every)) {
                misprint = static_cast<Misprint>(1 + (k / static_cast<std::uint32_t>(o.every)) % 3);
            }
            // Published on the 20th of the next month.
            const auto next_year = static_cast<unsigned short>(through == 12 ? year + 1 : year);
            const auto next_month = static_cast<unsigned short>(through % 12 + 1);
            Release r(std::string(area) + '-' + std::to_string(year) + '-' + std::to_string(through), area, "bench",
                      boost::gregorian::date(next_year, next_month, 20));
            const Period p = Period::year_to_date(year, through);
            const Levels now = levels(d, a, year, static_cast<int>(through));
            const Levels then = levels(d, a, year - 1, static_cast<int>(through));
            const auto add = [&](ClaimFlow flow, const Item& item, Measure m, const std::string& value,
                                 bool planted = false) {
                if (planted) out.planted.push_back(ClaimRef{k, static_cast<std::uint32_t>(r.claims().size())});
                r.add(Claim(p, flow, item, m, parse_claim_figure(value, m)));
            };
            const std::int64_t e = now.services(0), i = now.services(1), e0 = then.services(0), i0 = then.services(1);
            add(ClaimFlow::total, items.s, Measure::level, yuan(e + i));
            add(ClaimFlow::exports, items.s, Measure::level, yuan(e));
            add(ClaimFlow::imports, items.s, Measure::level, yuan(i));
            add(ClaimFlow::balance, items.s, Measure::level, yuan(e - i));
            const bool bad_growth = misprint == Misprint::growth;
            add(ClaimFlow::total, items.s, Measure::growth, growth(e + i, e0 + i0, bad_growth ? 100 : 0), bad_growth);
            add(ClaimFlow::exports, items.s, Measure::growth, growth(e, e0));
            add(ClaimFlow::imports, items.s, Measure::growth, growth(i, i0));
            add(ClaimFlow::balance, items.s, Measure::change, yuan(static_cast<i128>(e - i) - (e0 - i0)));
            add(ClaimFlow::total, items.s, Measure::level, dollars(e + i, rate_cents));
            add(ClaimFlow::exports, items.s, Measure::level, dollars(e, rate_cents));
            for (int l = 0; l < 4; ++l) {
                const bool bad_level = misprint == Misprint::level && l == si;
                const std::int64_t v = now.total(l);
                add(ClaimFlow::total, items.leaf[static_cast<std::size_t>(l)], Measure::level,
                    yuan(v, bad_level ? round_div(v, 10000) + 1 : 0), bad_level);
            }
            add(ClaimFlow::total, items.sd_out, Measure::level, yuan(e + i - now.total(sd)));
            for (int l = 0; l < 4; ++l)
                add(ClaimFlow::total, items.leaf[static_cast<std::size_t>(l)], Measure::growth,
                    growth(now.total(l), then.total(l)));
            add(ClaimFlow::total, items.sd_out, Measure::growth,
                growth(e + i - now.total(sd), e0 + i0 - then.total(sd)));
            for (const int l : {sc, si, sj})
                add(ClaimFlow::total, items.leaf[static_cast<std::size_t>(l)], Measure::share,
                    share(now.total(l), e + i));
            for (const int l : {sc, si, sj}) {
                const bool bad_change = misprint == Misprint::share_change && l == sj;
                add(ClaimFlow::total, items.leaf[static_cast<std::size_t>(l)], Measure::share_change,
                    share_change(now.total(l), e + i, then.total(l), e0 + i0, bad_change ? 50 : 0), bad_change);
            }
            add(ClaimFlow::exports, items.leaf[sd], Measure::level, yuan(now.leaf[0][sd]));
            add(ClaimFlow::imports, items.leaf[sd], Measure::level, yuan(now.leaf[1][sd]));
            add(ClaimFlow::exports, items.leaf[sd], Measure::growth, growth(now.leaf[0][sd], then.leaf[0][sd]));
            add(ClaimFlow::imports, items.leaf[sd], Measure::growth, growth(now.leaf[1][sd], then.leaf[1][sd]));
            out.releases.push_back(std::move(r));
        }
    }
    return out;
}

using Clock = std::chrono::steady_clock;
double seconds(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double>(to - from).count();
}

long peak_kib() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

struct Counts {
    std::array<std::size_t, 4> by_verdict{};
    std::size_t flips = 0;
};

Counts count(const AuditReport& report) {
    Counts c;
    for (const Check& check : report.checks) {
        ++c.by_verdict[static_cast<std::size_t>(check.verdict)];
        if (check.flips()) ++c.flips;
    }
    return c;
}

bool uses(const Check& c, const std::set<std::pair<std::uint32_t, std::uint32_t>>& claims) {
    const auto in = [&](ClaimRef r) { return claims.count({r.release, r.claim}) != 0; };
    return std::any_of(c.inputs.begin(), c.inputs.end(), in) || (c.compared && in(*c.compared));
}

int fail(const std::string& why) {
    std::fprintf(stderr, "audit_bench: FAILED: %s\n", why.c_str());
    return 1;
}

int run(const Options& o) {
    const auto t0 = Clock::now();
    const Data data(o.areas, o.months);
    const auto t1 = Clock::now();
    const Generated bench = generate(data, o, true);
    const auto t2 = Clock::now();
    AuditOptions audit_options;
    audit_options.inferences = o.inferences;
    const AuditReport report = audit(bench.releases, audit_options);
    const auto t3 = Clock::now();
    const Counts counts = count(report);
    const auto t4 = Clock::now();
    const long peak = peak_kib();

    std::size_t claims = 0;
    for (const Release& r : bench.releases) claims += r.claims().size();
    const double audit_s = seconds(t2, t3);
    std::printf("releases %zu, figures %zu (%.1f per release), planted misprints %zu\n", bench.releases.size(), claims,
                static_cast<double>(claims) / static_cast<double>(std::max<std::size_t>(bench.releases.size(), 1)),
                bench.planted.size());
    std::printf(
        "checks %zu: consistent %zu, inconsistent %zu, boundary %zu, inference %zu; flipping %zu; "
        "unevaluated %zu\n",
        report.checks.size(), counts.by_verdict[0], counts.by_verdict[1], counts.by_verdict[2], counts.by_verdict[3],
        counts.flips, report.unevaluated.size());
    std::printf(
        "time: exact data %.3f s, building the releases %.3f s, audit() %.3f s, counting %.4f s; "
        "total %.3f s\n",
        seconds(t0, t1), seconds(t1, t2), audit_s, seconds(t3, t4), seconds(t1, t4));
    std::printf("checks per second (audit() alone): %.0f; figures per second: %.0f\n",
                static_cast<double>(report.checks.size()) / audit_s, static_cast<double>(claims) / audit_s);
    std::printf("peak memory (ru_maxrss): %.1f MiB\n", static_cast<double>(peak) / 1024.0);

    if (!o.verify) return 0;
    // The correctness check (not timed).
    const Generated clean = generate(data, o, false);
    const AuditReport expected = audit(clean.releases, audit_options);
    const Counts clean_counts = count(expected);
    if (clean_counts.by_verdict[1] != 0 || clean_counts.by_verdict[2] != 0)
        return fail("the clean releases give " + std::to_string(clean_counts.by_verdict[1]) + " inconsistent and " +
                    std::to_string(clean_counts.by_verdict[2]) + " boundary verdicts, none expected");
    if (expected.checks.size() != report.checks.size())
        return fail("the clean releases give " + std::to_string(expected.checks.size()) + " checks, the misprinted " +
                    std::to_string(report.checks.size()));
    std::set<std::pair<std::uint32_t, std::uint32_t>> planted;
    for (const ClaimRef r : bench.planted) planted.insert({r.release, r.claim});
    std::set<std::pair<std::uint32_t, std::uint32_t>> found;
    std::array<std::size_t, 4> want{};
    for (std::size_t n = 0; n < report.checks.size(); ++n) {
        const Check& got = report.checks[n];
        const Check& clean_check = expected.checks[n];
        if (got.kind != clean_check.kind || got.inputs != clean_check.inputs || got.compared != clean_check.compared)
            return fail("check " + std::to_string(n) + " differs between the clean and the misprinted releases");
        const bool hit = clean_check.compared && uses(clean_check, planted);
        const Verdict should = hit ? Verdict::inconsistent : clean_check.verdict;
        ++want[static_cast<std::size_t>(should)];
        if (got.verdict != should)
            return fail("check " + std::to_string(n) + " (" + std::string(to_string(got.kind)) + ", release " +
                        bench.releases[got.release].id() + ") is " + std::string(to_string(got.verdict)) +
                        ", expected " + std::string(to_string(should)));
        if (got.verdict == Verdict::inconsistent) {
            for (const ClaimRef r : got.inputs)
                if (planted.count({r.release, r.claim})) found.insert({r.release, r.claim});
            if (got.compared && planted.count({got.compared->release, got.compared->claim}))
                found.insert({got.compared->release, got.compared->claim});
        }
    }
    if (found.size() != planted.size())
        return fail(std::to_string(planted.size() - found.size()) + " of the " + std::to_string(planted.size()) +
                    " misprints are named by no inconsistent check");
    if (want != counts.by_verdict) return fail("the verdict counts differ from the expected ones");
    std::printf(
        "verified: the clean releases give %zu consistent and %zu inferences, nothing else; each of the %zu "
        "misprints is found, by %zu inconsistent checks in all, as planted\n",
        clean_counts.by_verdict[0], clean_counts.by_verdict[3], planted.size(), counts.by_verdict[1]);
    return 0;
}

int positive(const char* name, const char* text, int at_least) {
    char* end = nullptr;
    const long v = std::strtol(text, &end, 10);
    if (end == text || *end != '\0' || v < at_least || v > 100000)
        throw std::invalid_argument(std::string(name) + ": not a number from " + std::to_string(at_least) +
                                    " to 100000: \"" + text + "\"");
    return static_cast<int>(v);
}

}  // namespace

int main(int argc, char** argv) {
    try {
        Options o;
        for (int i = 1; i < argc; ++i) {
            const std::string a = argv[i];
            const auto value = [&]() -> const char* {
                if (i + 1 >= argc) throw std::invalid_argument(a + ": needs a value");
                return argv[++i];
            };
            if (a == "--areas") {
                o.areas = positive("--areas", value(), 1);
            } else if (a == "--months") {
                o.months = positive("--months", value(), 1);
            } else if (a == "--every") {
                o.every = positive("--every", value(), 0);
            } else if (a == "--no-inferences") {
                o.inferences = false;
            } else if (a == "--no-verify") {
                o.verify = false;
            } else {
                throw std::invalid_argument("unknown option \"" + a +
                                            "\" (usage: svctrade_bench_audit [--areas N] [--months N] "
                                            "[--every N] [--no-inferences] [--no-verify])");
            }
        }
        return run(o);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "audit_bench: %s\n", e.what());
        return 2;
    }
}
