// SPDX-License-Identifier: BSL-1.0
// The memory of panel results: a large column freed by a result is taken again by the thread's
// next result of the same size (so a loop of returning calls page-faults no fresh memory), and
// releasing it, freeing on another thread and freeing after the thread's cache is gone are all
// safe.
#include <svctrade/panels/ops.hpp>
#include <svctrade/panels/panel.hpp>
#include <svctrade/panels/result.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using namespace svctrade;

namespace {

// 16 × 16 × 600 cells: a value column of 1.2 MiB, above the size from which columns are kept.
Panel large_panel() {
    std::vector<std::string> reporters;
    std::vector<std::string> categories;
    for (int i = 0; i < 16; ++i) {
        reporters.push_back("R" + std::to_string(i));
        categories.push_back("C" + std::to_string(i));
    }
    Panel p(reporters, categories, MonthIndex(1975, 1), 600);
    for (std::size_t r = 0; r < 16; ++r)
        for (std::size_t c = 0; c < 16; ++c)
            for (std::int32_t t = 0; t < 600; t += 7)
                p.set(r, c, Flow::exports, p.first_month() + t, 1.0 + t + static_cast<double>(c));
    return p;
}

bool same(const PanelResult& a, const PanelResult& b) {
    if (a.values().size() != b.values().size()) return false;
    for (std::size_t i = 0; i < a.values().size(); ++i)
        if (a.values()[i] != b.values()[i] || a.reasons()[i] != b.reasons()[i]) return false;
    return true;
}

// Destroyed after main() returns, after the main thread's cache: its memory must be freed
// directly, not handed to a cache that no longer exists (the sanitizer build would see it).
PanelResult& outliving() {
    static PanelResult r;
    return r;
}

}  // namespace

TEST_CASE("a large result freed is the storage of the next result of its size") {
    const Panel p = large_panel();
    PanelResult in_place;
    yoy_growth(p, Flow::exports, in_place);
    const double* first = nullptr;
    {
        const PanelResult g = yoy_growth(p, Flow::exports);
        first = g.values().data();
        CHECK(same(g, in_place));
    }
    const PanelResult again = yoy_growth(p, Flow::exports);
    CHECK(again.values().data() == first);
    CHECK(same(again, in_place));
}

TEST_CASE("released result memory is freed and results are still right") {
    const Panel p = large_panel();
    PanelResult in_place;
    shares(p, Flow::exports, in_place);
    { const PanelResult s = shares(p, Flow::exports); }
    release_cached_result_memory();
    release_cached_result_memory();  // twice: nothing left, nothing happens
    CHECK(same(shares(p, Flow::exports), in_place));
}

TEST_CASE("a result made on one thread and freed on another is right and safe") {
    const Panel p = large_panel();
    PanelResult made;
    std::thread worker([&] { made = period_growth(p, Flow::exports); });
    worker.join();
    PanelResult in_place;
    period_growth(p, Flow::exports, in_place);
    CHECK(same(made, in_place));
    made = PanelResult();  // freed here, on the main thread: its cache keeps it
    CHECK(same(period_growth(p, Flow::exports), in_place));
    outliving() = yoy_growth(p, Flow::exports);
    CHECK(outliving().values().size() == p.cell_count());
}
