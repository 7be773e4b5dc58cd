// SPDX-License-Identifier: BSL-1.0
// The release file reader (parse_release_csv), and the audit of what it read in every report
// form: a file that reads is audited without any error but an svctrade::Error.
#include <vector>

#include <svctrade/audit/audit.hpp>
#include <svctrade/audit/release.hpp>
#include <svctrade/audit/release_file.hpp>
#include <svctrade/audit/report.hpp>

#include "fuzz.hpp"

using namespace svctrade;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    fuzz::expect_error_or_value([&] {
        const std::vector<Release> releases = parse_release_csv(text, "fuzz.csv");
        const AuditReport report = audit(releases);
        for (const ReportFormat format : {ReportFormat::text, ReportFormat::csv, ReportFormat::json}) {
            const std::string out = render_report(releases, report, ReportOptions{.format = format});
            fuzz::require(!find_utf8_defect(out), "a report that is not UTF-8");
        }
    });
    return 0;
}
