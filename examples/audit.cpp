// SPDX-License-Identifier: BSL-1.0
// Example: audit every bundled release of China's services-trade figures (examples/data/releases,
// sources in its README): what was checked, what does not add up, in English and Chinese.
//
// Usage: audit [folder of release files]
// Without a folder it reads data/releases (run from examples/, as CTest does) or
// examples/data/releases (run from the repository root).
#include <svctrade/audit.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

using namespace svctrade;

std::filesystem::path find_folder(int argc, char** argv) {
    if (argc > 1) return argv[1];
    for (const char* candidate : {"data/releases", "examples/data/releases"})
        if (std::filesystem::is_directory(candidate)) return candidate;
    throw std::runtime_error("cannot find data/releases or examples/data/releases; pass the folder as an argument");
}

// The line of a claim as "file:line", with the file name only.
std::string where(const Claim& c) {
    return std::filesystem::path(c.source.file).filename().string() + ":" + std::to_string(c.source.line);
}

void show(const Check& c, const std::vector<Release>& releases) {
    std::cout << "* " << to_string(c.kind) << " [" << to_string(c.verdict) << "]";
    if (c.flips()) std::cout << " (" << to_string(c.other_verdict) << " under the other rounding rule)";
    if (c.derived_input) std::cout << " (derived input)";
    if (c.approximate_input) std::cout << " (approximate input)";
    std::cout << "\n  claims:";
    for (const ClaimRef r : c.inputs) std::cout << ' ' << where(releases[r.release].claims()[r.claim]);
    if (c.compared) std::cout << " against " << where(releases[c.compared->release].claims()[c.compared->claim]);
    std::cout << "\n  " << sentence(c, releases, Language::english) << "\n  "
              << sentence(c, releases, Language::chinese) << '\n';
}

}  // namespace

int main(int argc, char** argv) {
    try {
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(find_folder(argc, argv)))
            if (entry.path().extension() == ".csv") files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        const std::vector<Release> releases = load_release_files(files);
        const AuditReport report = audit(releases);

        std::size_t claims = 0;
        for (const Release& r : releases) claims += r.claims().size();
        std::cout << "Audit of " << releases.size() << " releases (" << claims << " printed figures) from "
                  << files.size() << " files\n"
                  << report.checks.size() << " checks: " << report.count(Verdict::consistent) << " consistent, "
                  << report.count(Verdict::inconsistent) << " inconsistent, " << report.count(Verdict::boundary)
                  << " boundary, " << report.count(Verdict::inference) << " inferences\n\n";

        std::map<std::string, std::map<Verdict, std::size_t>> by_kind;
        for (const Check& c : report.checks) ++by_kind[std::string(to_string(c.kind))][c.verdict];
        std::cout << "Checks by kind (consistent / inconsistent / boundary / inference)\n";
        for (const auto& [kind, counts] : by_kind) {
            // Clang 14 cannot capture a structured binding: capture the map by a reference of its own.
            const auto n = [&by_verdict = counts](Verdict v) {
                const auto it = by_verdict.find(v);
                return it == by_verdict.end() ? std::size_t{0} : it->second;
            };
            std::cout << "  " << kind << std::string(kind.size() < 28 ? 28 - kind.size() : 1, ' ')
                      << n(Verdict::consistent) << " / " << n(Verdict::inconsistent) << " / " << n(Verdict::boundary)
                      << " / " << n(Verdict::inference) << '\n';
        }

        std::cout << "\nWhat does not add up\n";
        for (const Check& c : report.checks)
            if (c.verdict == Verdict::inconsistent || c.verdict == Verdict::boundary) show(c, releases);

        std::cout << "\nVerdicts that depend on how negative figures were rounded: " << report.flips().size() << '\n';
        for (const std::size_t i : report.flips()) show(report.checks[i], releases);

        std::cout << "\nChecks that rest on a derived figure\n";
        for (const Check& c : report.checks)
            if (c.derived_input && c.verdict != Verdict::inconsistent && c.kind != CheckKind::common_rate)
                show(c, releases);
    } catch (const std::exception& e) {
        std::cerr << "audit: " << e.what() << '\n';
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}
