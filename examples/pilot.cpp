// SPDX-License-Identifier: BSL-1.0
// Xiamen's pilot tasks as reported by China Daily on 27 August 2021 ("88 pilot tasks; 41 fully
// completed, 20 partially implemented, the other 27 being actively promoted"): load the bundled
// task file, count the statuses by query, and check the report's claim against the file.
//
// Usage: pilot [task file]   (default: data/xiamen_pilot_tasks.csv, run from examples/)
#include <svctrade/error.hpp>
#include <svctrade/pilot_claim.hpp>
#include <svctrade/pilot_file.hpp>
#include <svctrade/pilot_progress.hpp>

#include <cstdio>
#include <iostream>
#include <string>

namespace {
using boost::gregorian::date;

std::string iso(date d) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(d.year()), static_cast<int>(d.month()),
                  static_cast<int>(d.day()));
    return buffer;
}

std::string chinese_date(date d) {
    return std::to_string(static_cast<int>(d.year())) + "年" + std::to_string(static_cast<int>(d.month())) + "月" +
           std::to_string(static_cast<int>(d.day())) + "日";
}

std::string padded(std::string_view text, std::size_t width) {
    std::string s(text);
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
}
}  // namespace

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : "data/xiamen_pilot_tasks.csv";
    try {
        const svctrade::PilotProgramme xiamen = svctrade::load_pilot_csv(path);
        // The report's publication date: the counts it prints hold as of this day.
        const date report(2021, 8, 27);
        const auto counts = svctrade::count_statuses(xiamen, report);
        const auto total = xiamen.task_count();

        std::cout << xiamen.jurisdiction() << ": " << xiamen.name() << "\n";
        std::cout << "approved " << iso(xiamen.approval_date()) << ", pilot period " << iso(xiamen.period_first())
                  << " to " << iso(xiamen.period_last()) << ", " << total << " tasks\n\n";

        std::cout << "Progress as of " << iso(report) << ":\n";
        for (auto s = svctrade::all_task_statuses.rbegin(); s != svctrade::all_task_statuses.rend(); ++s) {
            std::cout << "  " << padded(svctrade::english_name(*s), 24) << counts.count(*s) << "\n";
        }
        std::cout << "  " << padded("no status recorded", 24) << counts.unrecorded() << "\n";
        std::cout << "  implemented, completed only:           " << counts.implemented(svctrade::ImplementedDefinition::completed_only)
                  << " of " << total << "\n";
        std::cout << "  implemented, completed or partially:   "
                  << counts.implemented(svctrade::ImplementedDefinition::completed_or_partially) << " of " << total
                  << "\n";
        std::cout << "  (how a city's three states map to the national \"implemented\" share is not published)\n\n";

        std::cout << "截至" << chinese_date(report) << "，" << total << "项试点任务中：";
        bool first = true;
        for (auto s = svctrade::all_task_statuses.rbegin(); s != svctrade::all_task_statuses.rend(); ++s) {
            if (counts.count(*s) == 0) continue;
            std::cout << (first ? "" : "，") << svctrade::chinese_name(*s) << counts.count(*s) << "项";
            first = false;
        }
        std::cout << "。\n\n";

        const auto before = svctrade::count_statuses(xiamen, report - boost::gregorian::days(1));
        std::cout << "Tasks with a status recorded on " << iso(report - boost::gregorian::days(1)) << ": "
                  << before.recorded() << " (the report is the only dated source)\n\n";

        // The report's claim, then the same with one count misprinted, to show what a check finds.
        for (const char* text : {"41 completed, 20 partial, 27 promoted of 88",
                                 "41 completed, 20 partial, 26 promoted of 88"}) {
            const auto claim = svctrade::ProgressClaim::parse(text);
            std::cout << "Claim \"" << text << "\"\n";
            std::cout << "  on its own:       " << svctrade::check_claim(claim).summary() << "\n";
            std::cout << "  against the file: " << svctrade::check_claim(claim, xiamen, report).summary() << "\n";
        }
    } catch (const svctrade::Error& e) {
        std::cerr << "pilot: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
