// SPDX-License-Identifier: BSL-1.0
// The golden-file check of the bulletin tests: a whole job (figures, English and Chinese
// bulletins, their release file) compared with tests/bulletins/golden/NAME.txt.
//
// When the output differs from a golden file it is written beside it as NAME.txt.new and the test
// fails: compare, and move the file over only after reading it.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <svctrade/audit.hpp>

#include "bulletin_data.hpp"

namespace bulletin_test {

/// The English text, the Chinese text and the release file of `spec` on `data`, as a user prints
/// them. Both releases are audited on the way: every golden case, footnoted ones included, must
/// hold once rounding is respected (no inconsistency, nothing at a boundary).
inline std::string whole_job(const BulletinSpec& spec, const Data& data, const RateTable& rates = half_year_rates()) {
    const BulletinFigures figures = compute_figures(spec, data.all(), &rates);
    const std::vector<Bulletin> bulletins{render(figures, TemplateTable::english(), Language::english),
                                          render(figures, TemplateTable::chinese(), Language::chinese)};
    const std::vector<Release> releases{to_release(bulletins[0]), to_release(bulletins[1])};
    const AuditReport report = audit(releases);
    CHECK(report.count(Verdict::inconsistent) == 0);
    CHECK(report.count(Verdict::boundary) == 0);
    CHECK(report.unevaluated.empty());
    return bulletins[0].text() + "\n\n" + bulletins[1].text() + "\n\n" + release_file(bulletins);
}

inline void check_golden(const std::string& name, const std::string& actual) {
    const std::string path = std::string(SVCTRADE_BULLETINS_GOLDEN_DIR) + "/" + name + ".txt";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream expected;
    if (in) expected << in.rdbuf();
    if (!in || expected.str() != actual) std::ofstream(path + ".new", std::ios::binary) << actual;
    REQUIRE_MESSAGE(in, "no golden file " << path << "; the actual output is in " << path << ".new");
    INFO("golden file " << path << " differs; the actual output is in " << path << ".new");
    CHECK(expected.str() == actual);
}

}  // namespace bulletin_test
