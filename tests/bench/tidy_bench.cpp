// SPDX-License-Identifier: BSL-1.0
// Benchmark of the tidy CSV reader and writer (docs/performance.md), driven by tidy_compare.py.
//
//   svctrade_bench_tidy generate <file.csv> --observations N
//       writes a deterministic tidy file, reporter,item,flow,month,value: reporters R0001…, 50
//       EBOPS 2010 items, exports and imports, 120 months from January 2011, values in cents
//       written with two places, about 1 % of the values empty (missing); untimed
//   svctrade_bench_tidy read-fast|read-exact|write-fast|write-exact <file.csv> [--repeat 5] [--out <file>]
//                       [--threads 1]
//       times read_tidy_panel (doubles) or read_tidy_exact_panel (scale 2) of the whole file from
//       an ifstream into a panel on --threads threads (TidyReadOptions), or write_tidy_panel of
//       the panel read (untimed) to --out
//
// Each prints `op=<name> seconds=<median> obs_per_s=… answered=<valid cells> sum=<sum of values>`;
// for writing, answered is the number of data rows of the file written and sum that of the
// values read back from it (untimed). Peak memory is getrusage's ru_maxrss.
#include <svctrade/categories/category.hpp>
#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/io/tidy_panel.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

using namespace svctrade;

namespace {

std::uint64_t mix(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27U)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31U);
}

constexpr std::size_t items = 50;
constexpr std::size_t months = 120;

TidyLayout layout() {
    TidyLayout l;
    l.columns.reporter = "reporter";
    l.columns.item = "item";
    l.columns.flow = "flow";
    l.columns.period = "month";
    l.columns.value = "value";
    l.currency = Currency::of("USD");
    l.magnitude = 0;
    return l;
}

int generate(const std::string& path, std::uint64_t observations) {
    std::vector<std::string> codes;
    for (const Category c : Category::all()) {
        if (codes.size() == items) break;
        codes.emplace_back(c.code());
    }
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) return 2;
    std::fputs("reporter,item,flow,month,value\n", f);
    std::uint64_t n = 0;
    for (std::uint64_t r = 0; n < observations; ++r) {
        for (std::size_t i = 0; i < items && n < observations; ++i) {
            for (int flow = 0; flow < 2 && n < observations; ++flow) {
                const std::uint64_t series = (r * items + i) * 2 + static_cast<std::uint64_t>(flow);
                const std::uint64_t level = 1000 + mix(series) % 90000000ULL;
                for (std::size_t t = 0; t < months && n < observations; ++t, ++n) {
                    const std::uint64_t h = mix(series * 1000003ULL + t);
                    std::fprintf(f, "R%04" PRIu64 ",%s,%s,%zu-M%02zu,", r + 1, codes[i].c_str(),
                                 flow == 0 ? "exports" : "imports", 2011 + t / 12, t % 12 + 1);
                    if (h % 100 != 0) {
                        const std::uint64_t cents = level + (h >> 20U) % (level / 4 + 1);
                        std::fprintf(f, "%" PRIu64 ".%02" PRIu64, cents / 100, cents % 100);
                    }
                    std::fputc('\n', f);
                }
            }
        }
    }
    return std::fclose(f) == 0 ? 0 : 2;
}

template <class T>
void checksum(const T& t, std::uint64_t& answered, double& sum) {
    answered = 0;
    sum = 0;
    for (const Flow flow : {Flow::exports, Flow::imports}) {
        const auto valid = t.panel.valid(flow);
        for (std::size_t i = 0; i < valid.size(); ++i) {
            if (valid[i] == 0) continue;
            ++answered;
            if constexpr (std::is_same_v<T, TidyPanel>) {
                sum += t.panel.values(flow)[i];
            } else {
                sum += static_cast<double>(t.panel.units(flow)[i]) / 100.0;
            }
        }
    }
}

template <class T>
T read(const std::string& path, std::size_t threads = 1) {
    std::ifstream in(path, std::ios::binary);
    const TidyReadOptions options{OnBadRow::stop, threads};
    if constexpr (std::is_same_v<T, TidyPanel>) {
        return read_tidy_panel(in, path, layout(), options);
    } else {
        return read_tidy_exact_panel(in, path, layout(), 2, options);
    }
}

std::uint64_t rows_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::uint64_t lines = 0;
    std::string line;
    while (std::getline(in, line)) ++lines;
    return lines == 0 ? 0 : lines - 1;
}

template <class T>
int run(const std::string& op, const std::string& path, const std::string& out, int repeat, std::size_t threads) {
    std::vector<double> times;
    std::uint64_t answered = 0;
    double sum = 0;
    const bool writing = op.rfind("write", 0) == 0;
    std::uint64_t observations = 0;
    if (writing) {
        const T t = read<T>(path);
        for (int k = 0; k < repeat; ++k) {
            const auto start = std::chrono::steady_clock::now();
            std::ofstream o(out, std::ios::binary);
            write_tidy_panel(o, t, layout());
            o.close();
            times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        }
        observations = rows_of(out);
        answered = observations;
        std::uint64_t valid = 0;
        checksum(read<T>(out), valid, sum);
    } else {
        for (int k = 0; k < repeat; ++k) {
            const auto start = std::chrono::steady_clock::now();
            const T t = read<T>(path, threads);
            times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
            checksum(t, answered, sum);
        }
        observations = rows_of(path);
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    std::printf("op=%s impl=svctrade threads=%zu seconds=%.6f obs_per_s=%.4e answered=%" PRIu64 " sum=%.17g\n",
                op.c_str(), writing ? std::size_t{1} : threads, median, static_cast<double>(observations) / median,
                answered, sum);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak max_rss_bytes=%ld\n", usage.ru_maxrss * 1024L);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: %s generate <file> --observations N | read-fast|read-exact|write-fast|write-exact "
                     "<file> [--repeat N] [--out <file>] [--threads N]\n",
                     argv[0]);
        return 2;
    }
    const std::string op = argv[1];
    const std::string path = argv[2];
    std::uint64_t observations = 100000;
    int repeat = 5;
    std::size_t threads = 1;
    std::string out = path + ".out.csv";
    for (int i = 3; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        if (name == "--observations") observations = std::strtoull(argv[i + 1], nullptr, 10);
        if (name == "--repeat") repeat = std::max(1, std::atoi(argv[i + 1]));
        if (name == "--out") out = argv[i + 1];
        if (name == "--threads") threads = std::strtoull(argv[i + 1], nullptr, 10);
    }
    try {
        if (op == "generate") return generate(path, observations);
        if (op == "read-fast" || op == "write-fast") return run<TidyPanel>(op, path, out, repeat, threads);
        if (op == "read-exact" || op == "write-exact") return run<TidyExactPanel>(op, path, out, repeat, threads);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    std::fprintf(stderr, "unknown operation %s\n", op.c_str());
    return 2;
}
