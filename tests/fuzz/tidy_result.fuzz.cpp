// SPDX-License-Identifier: BSL-1.0
// Panel results in tidy CSV (io module): read_tidy_result and read_tidy_exact_result in a monthly
// layout (SDMX periods and codes) and a roll-up layout (English periods, Eurostat codes, months
// held). What either reads is written by write_tidy_result, reads back to the same result, and is
// written again to the same bytes.
#include <cstring>
#include <sstream>
#include <string>

#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/io/tidy_result.hpp>

#include "fuzz.hpp"

using namespace svctrade;

namespace {

constexpr std::size_t max_round_trip_cells = 4096;

TidyLayout monthly() {
    TidyLayout l;
    l.columns.reporter = "reporter";
    l.columns.item = "item";
    l.columns.flow = "flow";
    l.columns.period = "period";
    l.columns.value = "value";
    l.columns.status = "status";
    l.columns.reason = "reason";
    return l;
}

TidyLayout rolled() {
    TidyLayout l = monthly();
    l.columns.flow.clear();
    l.columns.months_held = "months";
    l.period_form = PeriodTextForm::english;
    l.status_codes = StatusCodes::eurostat;
    return l;
}

template <class R>
std::string written(const TidyResultOf<R>& t, const TidyLayout& layout) {
    std::ostringstream out;
    try {
        write_tidy_result(out, t.result, t.keys, t.flow, layout);
    } catch (const Error& e) {
        fuzz::fail("write_tidy_result refuses a result read in its layout", e.what());
    }
    return out.str();
}

template <class R>
bool same(const R& a, const R& b) {
    if (a.reporter_count() != b.reporter_count() || a.category_count() != b.category_count() ||
        a.period_count() != b.period_count() || a.period_kind() != b.period_kind() ||
        a.first_period() != b.first_period() || a.has_statuses() != b.has_statuses()) {
        return false;
    }
    for (std::size_t i = 0; i < a.reasons().size(); ++i) {
        if (a.reasons()[i] != b.reasons()[i]) return false;
        if (a.has_statuses() && a.statuses()[i] != b.statuses()[i]) return false;
        if (!a.month_counts().empty() && a.month_counts()[i] != b.month_counts()[i]) return false;
        if constexpr (R::exact) {
            if (a.units()[i] != b.units()[i]) return false;
        } else if (std::memcmp(&a.values()[i], &b.values()[i], sizeof(double)) != 0) {
            return false;
        }
    }
    return true;
}

template <class R, class Read>
void round_trip(std::string_view text, const TidyLayout& layout, Read read) {
    fuzz::expect_error_or_value([&] {
        const TidyResultOf<R> first = read(text);
        // Two rows centuries apart make a result of every period between: reading it is cheap,
        // its round trip (a row per cell, each period's text written and parsed) is linear in its
        // cells, and beyond a few thousand a slow unit, not a finding.
        if (first.result.reasons().size() > max_round_trip_cells) return;
        const std::string once = written(first, layout);
        TidyResultOf<R> back = [&] {
            try {
                return read(once);
            } catch (const Error& e) {
                fuzz::fail("write_tidy_result wrote a file that does not read back", once + "\n" + e.what());
            }
        }();
        fuzz::require(same(first.result, back.result), "read_tidy_result(write_tidy_result(r)) != r", once);
        fuzz::require(written(back, layout) == once, "write -> read -> write changed the bytes", once);
    });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    for (const TidyLayout& layout : {monthly(), rolled()}) {
        round_trip<PanelResult>(text, layout,
                                [&](std::string_view t) { return read_tidy_result(t, "fuzz.csv", layout); });
        round_trip<ExactPanelResult>(
            text, layout, [&](std::string_view t) { return read_tidy_exact_result(t, "fuzz.csv", layout, 2); });
    }
    return 0;
}
