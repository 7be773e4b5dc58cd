// SPDX-License-Identifier: BSL-1.0
// Building hand-made releases in tests, and finding a check in a report.
#pragma once

#include <doctest/doctest.h>

#include <svctrade/audit.hpp>
#include <svctrade/periods/text.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace audit_test {

using namespace svctrade;

inline Period period(std::string_view text) {
    for (const auto form : {PeriodTextForm::sdmx, PeriodTextForm::english, PeriodTextForm::chinese}) {
        try {
            return parse_period(text, form);
        } catch (const ParseError&) {
        }
    }
    throw InvalidArgument("test: not a period: " + std::string(text));
}

// One row of a hand-made release, as a release file would write it.
struct Row {
    std::string period, flow, item, measure, value;
    std::string base{}, whole{}, status{}, qualifier{};
};

inline Claim claim(const Row& r) {
    Claim c(period(r.period), parse_claim_flow(r.flow), Item::parse(r.item), parse_measure(r.measure),
            parse_claim_figure(r.value, parse_measure(r.measure), r.qualifier));
    if (!r.base.empty()) c.base_period = period(r.base);
    if (!r.whole.empty()) c.whole = Item::parse(r.whole);
    if (!r.status.empty()) c.status = parse_task_status(r.status);
    return c;
}

inline Release release(std::string id, std::vector<Row> rows, std::string area = "Testland",
                       std::string basis = "hand-made") {
    Release r(std::move(id), std::move(area), std::move(basis));
    for (const Row& row : rows) r.add(claim(row));
    return r;
}

// The checks of `kind` in a report.
inline std::vector<Check> of_kind(const AuditReport& report, CheckKind kind) {
    std::vector<Check> out;
    for (const Check& c : report.checks)
        if (c.kind == kind) out.push_back(c);
    return out;
}

// The one check of `kind`; fails the test when there is not exactly one.
inline Check only(const AuditReport& report, CheckKind kind) {
    const auto found = of_kind(report, kind);
    REQUIRE_MESSAGE(found.size() == 1, "checks of kind " << to_string(kind) << ": " << found.size());
    return found.front();
}

inline std::string published_of(const Check& c) {
    return c.published ? c.published->to_exact_string() : std::string("none");
}

}  // namespace audit_test
