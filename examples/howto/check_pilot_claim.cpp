// SPDX-License-Identifier: BSL-1.0
// How-to: check a pilot claim against a task file (docs/howto/check-pilot-claim.md shows this
// program step by step; a CTest check keeps the page's code and output identical to this file and
// its golden output).
//
// The claim is China Daily's of 27 August 2021 on Xiamen; the task file is the bundled one
// (data/xiamen_pilot_tasks.csv, whose header says what is reported and what is a placeholder).
//
// Usage: howto_check_pilot_claim [task file]   (default: data/xiamen_pilot_tasks.csv, run from examples/)
#include <svctrade/svctrade.hpp>

#include <iostream>
#include <string>

using namespace svctrade;

int main(int argc, char** argv) {  // NOLINT(bugprone-exception-escape): only a failed std::string allocation escapes
    const std::string path = argc > 1 ? argv[1] : "data/xiamen_pilot_tasks.csv";
    try {
        // Step 1: load the programme's task file.
        const PilotProgramme programme = load_pilot_csv(path);

        // Step 2: read the claim as the report words it.
        const ProgressClaim claim =
            ProgressClaim::parse("41 fully completed, 20 partially implemented, 27 being actively promoted of 88");

        // Step 3: check it on its own, then against the file on the report's date.
        const boost::gregorian::date report(2021, 8, 27);
        std::cout << "on its own: " << check_claim(claim).summary() << "\n";
        std::cout << "against " << path << ": " << check_claim(claim, programme, report).summary() << "\n";

        // Step 4: a claim that does not add up, and one that disagrees with the file.
        const ProgressClaim off = ProgressClaim::parse("42 completed, 20 partial, 27 promoted of 88");
        const ClaimCheck check = check_claim(off, programme, report);  // keep it: findings() refers into it
        for (const ClaimFinding& finding : check.findings()) {
            std::cout << "  " << finding.subject << ": claimed " << finding.claimed << ", found " << finding.found
                      << " (" << finding.message << ")\n";
        }
        std::cout << "before the report: "
                  << check_claim(claim, programme, boost::gregorian::date(2021, 6, 30)).summary() << "\n";

        // What can go wrong: a claim the parser cannot read.
        try {
            (void)ProgressClaim::parse("41 finished, 20 partial of 88");
        } catch (const ParseError& e) {
            std::cout << "an unknown status: " << e.what() << "\n";
        }
        // What can go wrong: a task file that does not exist.
        try {
            (void)load_pilot_csv("data/no_such_file.csv");
        } catch (const NotFound& e) {
            std::cout << "a missing file: " << e.what() << "\n";
        }
    } catch (const Error& e) {
        std::cerr << "howto_check_pilot_claim: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
