// SPDX-License-Identifier: BSL-1.0
// Round trips of panels that hold statuses and missing reasons, on random panels with fixed
// seeds: write tidy → read → the same panel (values to the bit or the unit, validity, every
// cell's status, which cells are recorded missing, currency, magnitude), in each status
// vocabulary, both paths; and through the Arrow export, read back by the tests' own consumer,
// every cell's value and status.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#include "arrow_import.hpp"

#include <svctrade/io.hpp>

using namespace svctrade;

namespace {

// The codes of one vocabulary a random status is made of: read_status() of the text they make
// is a status read from that vocabulary, which write_status() writes back to the same status.
struct Vocabulary {
    StatusCodes codes;
    std::vector<std::string> flags;    // the codes of flags
    std::vector<std::string> missing;  // the codes of missing reasons (a prefix for ':')
    std::vector<std::string> conf;     // the codes of confidentiality
};

const Vocabulary sdmx{StatusCodes::sdmx,
                      {"B", "D", "E", "F", "G", "I", "J", "K", "N", "P", "S", "U", "V", "W", "R"},
                      {"M", "O", "L", "Q", "H"},
                      {"F", "N", "C", "D", "S", "A", "O", "T", "G", "M", "E"}};
const Vocabulary eurostat{StatusCodes::eurostat, {"b", "d", "e", "f", "i", "n", "p", "u"}, {"m", ":"}, {"C", "N", "P"}};
const Vocabulary eurostat_before{
    StatusCodes::eurostat_before_2025, {"b", "d", "e", "f", "n", "p", "r", "s", "u"}, {"z", ":"}, {"c"}};

// A random status: often none, else some flags, for a missing cell perhaps a reason, perhaps a
// confidentiality.
ObservationStatus random_status(std::mt19937& rng, const Vocabulary& v, bool missing) {
    if (rng() % 3 == 0) return missing ? ObservationStatus::missing(Missing::not_provided) : ObservationStatus();
    std::vector<std::string> flags;
    const auto n = rng() % 3;
    for (decltype(rng()) i = 0; i < n; ++i) {
        const std::string& f = v.flags[rng() % v.flags.size()];
        if (std::find(flags.begin(), flags.end(), f) == flags.end()) flags.push_back(f);
    }
    std::string reason;
    if (missing && rng() % 4 != 0) reason = v.missing[rng() % v.missing.size()];
    const std::string conf = rng() % 3 == 0 ? v.conf[rng() % v.conf.size()] : std::string();
    std::string text;
    if (v.codes == StatusCodes::sdmx) {
        if (!reason.empty()) flags.insert(flags.begin(), reason);
        for (std::size_t i = 0; i < flags.size(); ++i) text += (i == 0 ? "" : "|") + flags[i];
        if (!conf.empty()) text += ";" + conf;
    } else {
        if (reason == ":") text = ":";
        for (const std::string& f : flags) text += f;
        if (!reason.empty() && reason != ":") text += reason;
        text += conf;
    }
    const ObservationStatus s = read_status(text, v.codes);
    return missing && !s.is_missing() ? s.with(Missing::not_provided) : s;
}

// A random panel: a cell is a value (perhaps with a status), recorded missing (perhaps for a
// reason), or never set. `value` makes a cell's value from the generator.
template <class P, class Value>
P random_panel(std::mt19937& rng, const Vocabulary& v, P panel, Value value) {
    for (std::size_t r = 0; r < panel.reporter_count(); ++r) {
        for (std::size_t c = 0; c < panel.category_count(); ++c) {
            for (const Flow flow : {Flow::exports, Flow::imports}) {
                for (std::size_t m = 0; m < panel.month_count(); ++m) {
                    const MonthIndex month = panel.first_month() + static_cast<std::int32_t>(m);
                    const auto pick = rng() % 10;
                    if (pick == 0) continue;  // never set
                    if (pick == 1) {
                        panel.erase(r, c, flow, month, random_status(rng, v, true));
                        continue;
                    }
                    const ObservationStatus s = rng() % 4 == 0 ? random_status(rng, v, false) : ObservationStatus();
                    value(panel, r, c, flow, month, s);
                }
            }
        }
    }
    return panel;
}

TidyLayout layout_for(const Vocabulary& v, char separator) {
    TidyLayout l;
    l.columns.reporter = "reporter";
    l.columns.item = "item";
    l.columns.flow = "flow";
    l.columns.period = "month";
    l.columns.value = "value";
    l.columns.currency = "currency";
    l.columns.status = "status";
    l.magnitude = 6;
    l.status_codes = v.codes;
    l.dialect.separator = separator;
    return l;
}

template <class P>
void check_same(const P& a, const P& b) {
    REQUIRE(a.reporter_count() == b.reporter_count());
    REQUIRE(a.category_count() == b.category_count());
    REQUIRE(a.first_month() == b.first_month());
    REQUIRE(a.month_count() == b.month_count());
    for (std::size_t r = 0; r < a.reporter_count(); ++r) CHECK(a.reporter(r) == b.reporter(r));
    for (std::size_t c = 0; c < a.category_count(); ++c) CHECK(a.category(c) == b.category(c));
    CHECK(a.has_statuses() == b.has_statuses());
    for (const Flow flow : {Flow::exports, Flow::imports}) {
        CHECK(std::ranges::equal(a.valid(flow), b.valid(flow)));
        if constexpr (std::is_same_v<P, ExactPanel>) {
            CHECK(std::ranges::equal(a.units(flow), b.units(flow)));
        } else {
            CHECK(std::ranges::equal(a.values(flow), b.values(flow)));  // to the bit
        }
        CHECK(std::ranges::equal(a.statuses(flow), b.statuses(flow)));
        for (std::size_t i = 0; i < a.cell_count(); ++i) {
            CAPTURE(i);
            CHECK(a.recorded_missing(flow, i) == b.recorded_missing(flow, i));
        }
    }
    for (std::size_t r = 0; r < a.reporter_count(); ++r) {
        for (std::size_t c = 0; c < a.category_count(); ++c) {
            for (std::size_t m = 0; m < a.month_count(); ++m) {
                const MonthIndex month = a.first_month() + static_cast<std::int32_t>(m);
                for (const Flow flow : {Flow::exports, Flow::imports, Flow::total, Flow::balance}) {
                    CHECK(a.status(r, c, flow, month) == b.status(r, c, flow, month));
                }
            }
        }
    }
}

const std::vector<std::string> reporters{"Hong Kong, China", "City \"B\"", "CityA; the port"};
const std::vector<Category> categories{Category::from_code("SC"), Category::from_code("SI"), Category::from_code("SI2"),
                                       Category::from_code("SJ")};

Panel random_fast(std::mt19937& rng, const Vocabulary& v) {
    return random_panel(
        rng, v, Panel(reporters, categories, MonthIndex(2020, 11), 14),
        [&rng](Panel& p, std::size_t r, std::size_t c, Flow f, MonthIndex m, const ObservationStatus& s) {
            // Up to 15 digits and 6 places: the shortest text of the double is
            // what the reader reads back to the same double.
            const auto mantissa = static_cast<std::int64_t>(rng() % 2000000000000ULL) - 500000000000;
            double x = static_cast<double>(mantissa);
            for (auto places = rng() % 7; places > 0; --places) x /= 10;
            p.set(r, c, f, m, x, s);
        });
}

ExactPanel random_exact(std::mt19937& rng, const Vocabulary& v) {
    return random_panel(
        rng, v, ExactPanel(reporters, categories, MonthIndex(2021, 6), 9, 3),
        [&rng](ExactPanel& p, std::size_t r, std::size_t c, Flow f, MonthIndex m, const ObservationStatus& s) {
            std::int64_t units = static_cast<std::int64_t>(rng() % 20000000000ULL) - 10000000000;
            if (rng() % 50 == 0) units = rng() % 2 == 0 ? ExactPanel::max_units : -ExactPanel::max_units;
            p.set_units(r, c, f, m, units, s);
        });
}

template <class P>
std::string written(const TidyPanelOf<P>& t, const TidyLayout& l) {
    std::ostringstream out;
    write_tidy_panel(out, t, l);
    return out.str();
}

}  // namespace

TEST_CASE("random panels with statuses and missing reasons: write tidy, read, the same panel (fixed seeds)") {
    for (const Vocabulary* v : {&sdmx, &eurostat, &eurostat_before}) {
        for (const unsigned seed : {1U, 2U, 3U, 2026U}) {
            CAPTURE(static_cast<int>(v->codes));
            CAPTURE(seed);
            std::mt19937 rng(seed);
            const char separator = seed % 2 == 0 ? ';' : ',';
            const TidyLayout l = layout_for(*v, separator);

            const TidyPanel fast{random_fast(rng, *v), Currency::of("USD"), 6, {}};
            REQUIRE(fast.panel.has_statuses());
            const std::string fast_text = written(fast, l);
            const TidyPanel fast_again = read_tidy_panel(fast_text, "fast.csv", l);
            CHECK(fast_again.currency == Currency::of("USD"));
            CHECK(fast_again.magnitude == 6);
            check_same(fast.panel, fast_again.panel);
            CHECK(written(fast_again, l) == fast_text);

            const TidyExactPanel exact{random_exact(rng, *v), Currency::of("CNY"), 6, {}};
            const std::string exact_text = written(exact, l);
            const TidyExactPanel exact_again = read_tidy_exact_panel(exact_text, "exact.csv", l, 3);
            CHECK(exact_again.currency == Currency::of("CNY"));
            check_same(exact.panel, exact_again.panel);
            CHECK(written(exact_again, l) == exact_text);
        }
    }
}

namespace {

// Every cell of `panel` against the rows the Arrow export gave: the value, and the status as the
// reader of the stream rebuilds it (null: what the value says; else read_status() of the SDMX
// text, not provided when the value is null and the text gives no reason).
template <class P>
void check_arrow(const P& panel, const arrow_import::Table& t) {
    REQUIRE(t.rows == static_cast<std::int64_t>(panel.cell_count() * 2));
    std::size_t row = 0;
    for (std::size_t r = 0; r < panel.reporter_count(); ++r) {
        for (std::size_t c = 0; c < panel.category_count(); ++c) {
            for (const Flow flow : {Flow::exports, Flow::imports}) {
                for (std::size_t m = 0; m < panel.month_count(); ++m, ++row) {
                    CAPTURE(row);
                    const MonthIndex month = panel.first_month() + static_cast<std::int32_t>(m);
                    const std::optional<std::string>& value = t["value"].values[row];
                    const std::optional<std::string>& status = t["status"].values[row];
                    if constexpr (std::is_same_v<P, ExactPanel>) {
                        const std::optional<Decimal> v = panel.value(r, c, flow, month);
                        CHECK(value == (v ? std::optional<std::string>(v->to_string()) : std::nullopt));
                    } else {
                        const std::optional<double> v = panel.value(r, c, flow, month);
                        REQUIRE(value.has_value() == v.has_value());
                        if (v) CHECK(std::stod(*value) == *v);
                    }
                    ObservationStatus s = status ? read_status(*status, StatusCodes::sdmx) : ObservationStatus();
                    if (!value && !s.is_missing()) s = s.with(Missing::not_provided);
                    CHECK(s == panel.status(r, c, flow, month));
                }
            }
        }
    }
}

}  // namespace

TEST_CASE(
    "random panels with statuses and missing reasons: through the Arrow export, every cell read back (fixed seeds)") {
    for (const unsigned seed : {11U, 12U, 13U}) {
        CAPTURE(seed);
        std::mt19937 rng(seed);
        ArrowExportOptions options;
        options.batch_rows = 1 + static_cast<std::int64_t>(rng() % 200);

        const Panel fast = random_fast(rng, sdmx);
        ArrowArrayStream stream{};
        export_arrow(fast, &stream, options);
        const arrow_import::Table t = arrow_import::read_all(&stream);
        CHECK(t["status"].nullable);
        check_arrow(fast, t);

        const ExactPanel exact = random_exact(rng, sdmx);
        ArrowArrayStream exact_stream{};
        export_arrow(exact, &exact_stream, options);
        check_arrow(exact, arrow_import::read_all(&exact_stream));
    }
}
