// SPDX-License-Identifier: BSL-1.0
// Xiamen's pilot tasks as reported by China Daily on 27 August 2021 ("88 pilot tasks; 41 fully
// completed, 20 partially implemented, the other 27 being actively promoted"): load the bundled
// task file, count the statuses by query, and check the report's claim against the file.
//
// Usage: pilot [task file]   (default: data/xiamen_pilot_tasks.csv, run from examples/)
#include <svctrade/error.hpp>
#include <svctrade/pilot/claim.hpp>
#include <svctrade/pilot/file.hpp>
#include <svctrade/pilot/progress.hpp>

#include <svctrade/numbers/percent.hpp>
#include <svctrade/numbers/rounding.hpp>

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

// Shares are exact until printed: rounded once, half up to one decimal, as China's statistics
// offices round (四舍五入).
std::string percent(const svctrade::Outcome<svctrade::Share>& share) {
    return share ? share.value().to_string(1, svctrade::RoundingMode::half_up) : std::string("n/a");
}

std::string padded(std::string_view text, std::size_t width) {
    std::string s(text);
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
}
}  // namespace

int main(int argc, char** argv) {
    try {
        const std::string path = argc > 1 ? argv[1] : "data/xiamen_pilot_tasks.csv";
        const svctrade::PilotProgramme xiamen = svctrade::load_pilot_csv(path);
        // The report's publication date: the counts it prints hold as of this day.
        const date report(2021, 8, 27);
        const auto counts = svctrade::count_statuses(xiamen, report);
        const auto total = xiamen.task_count();

        std::cout << xiamen.jurisdiction() << ": " << xiamen.name() << "\n";
        std::cout << "approved " << iso(xiamen.approval_date()) << ", pilot period "
                  << iso(xiamen.pilot_period().first()) << " to " << iso(xiamen.pilot_period().last()) << ", " << total
                  << " tasks\n\n";

        std::cout << "Progress as of " << iso(report) << ":\n";
        for (auto s = svctrade::all_task_statuses.rbegin(); s != svctrade::all_task_statuses.rend(); ++s) {
            std::cout << "  " << padded(svctrade::english_name(*s), 24) << padded(std::to_string(counts.count(*s)), 4)
                      << percent(counts.share(*s)) << "\n";
        }
        std::cout << "  " << padded("no status recorded", 24) << padded(std::to_string(counts.unrecorded()), 4)
                  << percent(counts.unrecorded_share()) << "\n";
        std::cout << "  completion rate:                              " << percent(counts.completion_rate()) << "\n";
        for (const auto definition : {svctrade::ImplementedDefinition::completed_only,
                                      svctrade::ImplementedDefinition::completed_or_partially}) {
            const bool only = definition == svctrade::ImplementedDefinition::completed_only;
            std::cout << "  implemented (" << (only ? "completed only)" : "completed or partially)") << ":"
                      << std::string(only ? 17 : 9, ' ') << counts.implemented(definition) << " of " << total << ", "
                      << percent(counts.implemented_rate(definition)) << "\n";
        }
        std::cout << "  (how a city's three states map to the national \"implemented\" share is not published)\n\n";

        std::cout << "截至" << chinese_date(report) << "，" << total << "项试点任务中：";
        bool first = true;
        for (auto s = svctrade::all_task_statuses.rbegin(); s != svctrade::all_task_statuses.rend(); ++s) {
            if (counts.count(*s) == 0) continue;
            std::cout << (first ? "" : "，") << svctrade::chinese_name(*s) << counts.count(*s) << "项（占"
                      << percent(counts.share(*s)) << "）";
            first = false;
        }
        std::cout << "。\n\n";

        const auto before = svctrade::count_statuses(xiamen, report - boost::gregorian::days(1));
        std::cout << "Tasks with a status recorded on " << iso(report - boost::gregorian::days(1)) << ": "
                  << before.recorded() << " (the report is the only dated source)\n\n";

        // The report's claim, then the same with one count misprinted, to show what a check finds.
        for (const char* text :
             {"41 completed, 20 partial, 27 promoted of 88", "41 completed, 20 partial, 26 promoted of 88"}) {
            const auto claim = svctrade::ProgressClaim::parse(text);
            std::cout << "Claim \"" << text << "\"\n";
            std::cout << "  on its own:       " << svctrade::check_claim(claim).summary() << "\n";
            std::cout << "  against the file: " << svctrade::check_claim(claim, xiamen, report).summary() << "\n";
        }
    } catch (const std::exception& e) {  // svctrade::Error included: say what, never terminate
        std::cerr << "pilot: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
