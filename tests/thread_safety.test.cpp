// SPDX-License-Identifier: BSL-1.0
// The promise of docs/thread-safety.md, checked: every read-only API may run from several threads
// at once on shared const objects and on the built-in tables, with no lock. Each thread runs the
// same workload and writes down everything it read; the threads start together (so that the
// built-in tables are first used concurrently), and every thread's record must equal the one a
// single thread writes afterwards. The race itself is caught by ThreadSanitizer (the `tsan`
// preset runs this file, label "tsan"); in the other builds the test checks that concurrent
// readers see the same answers as a lone one.
#include <svctrade/svctrade.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <latch>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace svctrade;
using namespace svctrade::literals;

namespace {

constexpr std::size_t thread_count = 4;

// Runs `work` on thread_count threads released together, then once alone, and checks that every
// record equals the lone one (and is not empty, so that the comparison cannot pass vacuously).
template <class Work>
void run_together(Work work) {
    std::vector<std::string> records(thread_count);
    std::vector<std::exception_ptr> errors(thread_count);
    std::latch start(static_cast<std::ptrdiff_t>(thread_count));
    {
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < thread_count; ++i) {
            threads.emplace_back([&, i] {
                start.arrive_and_wait();
                try {
                    records[i] = work();
                } catch (...) {
                    errors[i] = std::current_exception();
                }
            });
        }
        for (std::thread& t : threads) t.join();
    }
    for (const std::exception_ptr& e : errors)
        if (e) std::rethrow_exception(e);
    const std::string alone = work();
    REQUIRE(alone.size() > 100);
    for (std::size_t i = 0; i < thread_count; ++i) CHECK_MESSAGE(records[i] == alone, "thread " << i);
}

template <class T>
void put(std::ostringstream& out, const Outcome<T>& x) {
    if (!x) {
        out << to_string(x.reason()) << ';';
    } else if constexpr (requires { x->to_string(6, RoundingMode::half_even); }) {
        out << x->to_string(6, RoundingMode::half_even) << ';';
    } else {
        out << *x << ';';
    }
}

std::string read_builtin_tables() {
    std::ostringstream out;
    for (const Category c : Category::all()) {
        out << c.code() << ' ' << c.name() << ' ' << c.chinese_name(ChineseNameForm::safe).value_or("-") << ' '
            << c.depth() << ' ' << c.children().size() << ' ' << c.leaves(RoleFilter::summable()).size() << ' '
            << is_part_of(c, Category::total()) << ';';
        if (const auto members = members_of(c)) out << members->to_string() << ';';
    }
    for (const Category c : Category::main_components()) out << c.code() << ';';
    for (const Aggregate& a : Aggregate::builtins()) {
        out << a.key() << ' ' << a.name() << ' ' << a.chinese_name() << ' ' << a.members().to_string() << ';';
    }
    out << Aggregate::builtin(BuiltinAggregate::knowledge_intensive).members().leaves().size() << ';';
    for (const Currency c : Currency::all()) out << c.code() << c.numeric() << c.name() << ';';
    out << Currency::of("CNY") << Currency::of_numeric(840) << Currency::find("EUR").has_value() << ';';
    for (const Category c : Category::closest("SJX", 3)) out << c.code() << ';';
    return out.str();
}

std::string read_classification(const Classification& shared) {
    std::ostringstream out;
    const Classification own;  // built from the same tables, concurrently with the other threads
    for (const Classification* names : {&shared, &own}) {
        for (std::string_view text : {"computer services", "financial services", "knowledge-intensive services",
                                      "知识密集型服务", "aviation maintenance", "cultural tourism", "transport"}) {
            if (const auto m = names->find(text)) {
                out << m->input << ' ' << to_string(m->kind) << ' ' << to_string(m->status) << ' '
                    << names->members(m->target).to_string() << ';';
            } else {
                out << text << " unknown;";
            }
            for (const std::string& s : names->suggestions(text, 3)) out << s << ',';
        }
        const NameMapping mapping = names->resolve_all({"computer services", "cultural tourism", "travel"});
        out << mapping.mapped.size() << ' ' << mapping.unmapped.size() << ';';
        out << names->resolve("telecommunications services").source << ';';
        out << normalize_name("  Computer， Services ") << ';';
    }
    return out.str();
}

std::string read_formatting() {
    std::ostringstream out;
    const Money yuan(34.32_dec * Decimal(1'000'000'000), Currency::of("CNY"));
    const Money dollars(5.31_dec * Decimal(1'000'000'000), Currency::of("USD"));
    for (int places = 0; places < 4; ++places) {
        for (const RoundingMode mode : {RoundingMode::half_up, RoundingMode::half_even, RoundingMode::floor}) {
            out << format_english(yuan, places, mode, CurrencyLabel::word) << '|'
                << format_english(dollars, places, mode, CurrencyLabel::symbol) << '|'
                << format_chinese(yuan, places, mode) << '|' << format_chinese(dollars, places, mode, ChineseScale::wan)
                << ';';
        }
    }
    out << parse_amount("343.2亿元").amount() << ' ' << parse_amount("$5.31 billion").amount() << ';';
    out << parse_written_amount("34.32 billion yuan").unit << ';';
    for (const char* text : {"0", "-12.50", "1234567.891", "0.000001"}) {
        const Decimal d = Decimal::parse(text);
        out << d.to_string() << ' ' << d.to_string(Grouping::comma) << ' ' << d.round(1, RoundingMode::half_up) << ';';
    }
    const GrowthRate g = GrowthRate::from_percent(5.9_dec);
    const PercentagePoints pp = PercentagePoints::from_points(-2.1_dec);
    out << chinese_growth(g) << ' ' << english_growth(g) << ' ' << chinese_points(pp) << ' ' << english_points(pp)
        << ';';
    return out.str();
}

std::string read_periods() {
    std::ostringstream out;
    for (const char* text : {"2021-Q2", "2021-M07", "2021-S1", "2021", "2020-A"}) {
        try {
            const Period p = parse_sdmx(text);
            out << to_english(p) << '|' << to_chinese(p) << '|' << to_iso_interval(p) << ';';
        } catch (const ParseError& e) {
            out << e.what() << ';';
        }
    }
    for (const char* text : {"Q2 2021", "January-June 2021", "H1 2021", "2021"})
        out << to_iso_interval(parse_english(text)) << ';';
    for (const char* text : {"2021年第二季度", "2021年1-6月", "2021年上半年", "2021年"})
        out << to_english(parse_chinese(text)) << ';';
    const Period q = Period::quarter(2021, 4, YearStart::october());
    out << to_english(q) << to_chinese(q) << to_text(q, PeriodTextForm::sdmx) << ';';
    return out.str();
}

Panel make_panel() {
    Panel p({"CityA", "CityB", "CityC"}, {"SC", "SD", "SI", "SJ"}, MonthIndex(2019, 1), 36);
    for (std::size_t r = 0; r < 3; ++r)
        for (std::size_t c = 0; c < 4; ++c)
            for (std::int32_t t = 0; t < 36; ++t) {
                if ((r + c + static_cast<std::size_t>(t)) % 11 == 0) continue;  // some gaps, for the reasons
                const double v = 100.0 + 10.0 * static_cast<double>(r) + 3.0 * static_cast<double>(c) + 0.5 * t;
                p.set(r, c, Flow::exports, p.first_month() + t, v);
                p.set(r, c, Flow::imports, p.first_month() + t, v / 2);
            }
    return p;
}

void put(std::ostringstream& out, const PanelResult& result) {
    out << result.answered() << ' ' << result.sum() << ' ';
    for (std::size_t p = 0; p < result.period_count(); p += 5) put(out, result.at(0, 1, p));
}

std::string read_panel(const Panel& panel) {
    std::ostringstream out;
    out.precision(17);
    // The returning forms draw on the thread's own result memory; the in-place forms write into
    // a result each thread owns.
    put(out, yoy_growth(panel, Flow::exports));
    put(out, period_growth(panel, Flow::total));
    put(out, shares(panel, Flow::exports));
    put(out, share_changes(panel, Flow::imports));
    put(out, contributions(panel, Flow::exports));
    put(out, roll_up(panel, Flow::exports, RollUpTarget::quarter, PartialSums::refuse));
    PanelResult mine;
    yoy_growth(panel, Flow::balance, mine);
    put(out, mine);
    out << panel.value(1, 2, Flow::exports, MonthIndex(2020, 3)).value_or(-1) << ' '
        << panel.valid_count(Flow::imports);
    return out.str();
}

TimeSeries make_series() {
    TimeSeries s(Currency::of("CNY"), Category::from_code("SI"), Flow::exports);
    for (int year = 2018; year <= 2021; ++year)
        for (unsigned m = 1; m <= 12; ++m)
            s.insert(Period::month(year, m), Money(Decimal(1000 + 37 * year + 11 * static_cast<int>(m)), s.currency()));
    return s;
}

std::string read_series(const TimeSeries& part, const TimeSeries& whole) {
    std::ostringstream out;
    for (const auto& [period, value] : part.observations()) out << to_sdmx(period) << '=' << value << ';';
    for (const SeriesGrowth& g : part.yoy_growth()) put(out, g.rate());
    for (const SeriesGrowth& g : part.period_growth()) put(out, g.absolute());
    for (const SeriesShare& s : share(part, whole)) out << to_sdmx(s.period) << ';';
    out << yoy_share_change(part, whole).size() << ' ' << yoy_contribution(part, whole).size() << ';';
    put(out, part.at(Period::month(2020, 2)));
    out << part.roll_up_series(RollUpTarget::year).size() << ';';
    return out.str();
}

}  // namespace

TEST_CASE("threads: the built-in tables are read from several threads at once") {
    run_together(read_builtin_tables);
}

TEST_CASE("threads: one shared Classification answers lookups from several threads at once") {
    const Classification shared;
    run_together([&] { return read_classification(shared); });
}

TEST_CASE("threads: formatting and parsing of amounts, decimals and growth words run concurrently") {
    run_together(read_formatting);
}

TEST_CASE("threads: periods parse and print from several threads at once") {
    run_together(read_periods);
}

TEST_CASE("threads: one const panel is read by panel operations on several threads at once") {
    const Panel panel = make_panel();
    run_together([&] { return read_panel(panel); });
}

TEST_CASE("threads: const time series are read by series operations on several threads at once") {
    const TimeSeries part = make_series();
    TimeSeries whole(Currency::of("CNY"), Category::total(), Flow::exports);
    for (const auto& [period, value] : part.observations()) whole.insert(period, value * Decimal(3));
    const TimeSeries& shared_whole = whole;
    run_together([&] { return read_series(part, shared_whole); });
}

TEST_CASE("threads: one const set of releases is audited and reported from several threads at once") {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(SVCTRADE_RELEASES_DIR))
        if (entry.path().extension() == ".csv") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() > 10);
    const std::vector<Release> releases = load_release_files(files);
    run_together([&] {
        const AuditReport report = audit(releases);
        ReportOptions chinese;
        chinese.language = Language::chinese;
        std::string text = render_report(releases, report) + render_report(releases, report, chinese);
        for (const Check& c : report.checks) text += sentence(c, releases, Language::chinese);
        return text;
    });
}
