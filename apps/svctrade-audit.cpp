// SPDX-License-Identifier: BSL-1.0
// svctrade-audit: audits the releases in release files (docs/audit.md) and prints every check.
//
//   svctrade-audit [--convention magnitude|toward_positive] [--format text|csv|json]
//                  [--lang en|zh] [--no-inferences] [--flips] FILE...
//
// Exit status: 0 when the audit ran (whatever it found), 1 for bad input (one message naming the
// file, line and column; nothing on standard output), 2 for a bad command line.
#include <svctrade/audit.hpp>
#include <svctrade/version.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace svctrade;

constexpr std::string_view usage =
    "usage: svctrade-audit [options] FILE...\n"
    "Audits the releases in the release files FILE... (UTF-8 CSV, one printed figure per row) and\n"
    "prints every check: what the other figures give, exactly, against what was printed.\n"
    "\n"
    "options:\n"
    "  --convention magnitude|toward_positive\n"
    "                     how negative figures were rounded (default magnitude: 四舍五入 of the\n"
    "                     magnitude); verdicts that flip under the other rule are reported\n"
    "  --format text|csv|json   the form of the report (default text)\n"
    "  --lang en|zh       the language of the text report's sentences (default en)\n"
    "  --no-inferences    leave out checks with nothing printed to compare with\n"
    "  --flips            print only the verdicts that flip between the two conventions, with the\n"
    "                     verdict and intervals under each\n"
    "  --help, --version\n";

struct UsageError {
    std::string message;
};

struct Arguments {
    AuditOptions audit;
    ReportOptions report;
    std::vector<std::filesystem::path> files;
    bool flips = false;
};

Arguments parse(int argc, char** argv, bool& done) {
    Arguments a;
    done = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const auto value = [&]() -> std::string_view {
            if (i + 1 >= argc) throw UsageError{std::string(arg) + " needs a value"};
            return argv[++i];
        };
        if (arg == "--help" || arg == "-h") {
            std::cout << usage;
            done = true;
            return a;
        }
        if (arg == "--version") {
            std::cout << "svctrade-audit " << svctrade::version_string << '\n';
            done = true;
            return a;
        }
        if (arg == "--convention") {
            const std::string_view v = value();
            if (v == "magnitude") {
                a.audit.convention = NegativeRounding::magnitude;
            } else if (v == "toward_positive") {
                a.audit.convention = NegativeRounding::toward_positive;
            } else {
                throw UsageError{"--convention is magnitude or toward_positive, not \"" + std::string(v) + "\""};
            }
        } else if (arg == "--format") {
            const std::string_view v = value();
            try {
                a.report.format = parse_report_format(v);
            } catch (const ParseError&) {
                throw UsageError{"--format is text, csv or json, not \"" + std::string(v) + "\""};
            }
        } else if (arg == "--lang") {
            const std::string_view v = value();
            if (v == "en") {
                a.report.language = Language::english;
            } else if (v == "zh") {
                a.report.language = Language::chinese;
            } else {
                throw UsageError{"--lang is en or zh, not \"" + std::string(v) + "\""};
            }
        } else if (arg == "--no-inferences") {
            a.audit.inferences = false;
        } else if (arg == "--flips") {
            a.flips = true;
        } else if (arg.size() > 1 && arg.front() == '-') {
            throw UsageError{"unknown option " + std::string(arg)};
        } else {
            a.files.emplace_back(std::string(arg));
        }
    }
    if (a.files.empty()) throw UsageError{"no release file given"};
    a.report.file_names = a.files.size() > 1;
    return a;
}

}  // namespace

int main(int argc, char** argv) {
    Arguments args;
    try {
        bool done = false;
        args = parse(argc, argv, done);
        if (done) return EXIT_SUCCESS;
    } catch (const UsageError& e) {
        std::cerr << "svctrade-audit: " << e.message << "\n" << usage;
        return 2;
    }
    try {
        const std::vector<Release> releases = load_release_files(args.files);
        const std::string out = args.flips ? render_flips(releases, convention_flips(releases, args.audit), args.report)
                                           : render_report(releases, audit(releases, args.audit), args.report);
        std::cout << out;
        std::cout.flush();
        if (!std::cout) {
            std::cerr << "svctrade-audit: cannot write the report\n";
            return 1;
        }
    } catch (const std::exception& e) {
        std::cerr << "svctrade-audit: " << e.what() << '\n';
        return 1;
    }
    return EXIT_SUCCESS;
}
