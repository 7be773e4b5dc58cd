// SPDX-License-Identifier: BSL-1.0
// operator<< of the value types that have one obvious text: each writes what its named text
// function returns (docs/formatting.md lists them and why the percentage types have none).
#include <svctrade/categories/category.hpp>
#include <svctrade/categories/fact_status.hpp>
#include <svctrade/categories/flow.hpp>
#include <svctrade/numbers/rounding.hpp>
#include <svctrade/periods/kind.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>
#include <svctrade/pilot/status.hpp>
#include <svctrade/status/observation_status.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using namespace svctrade;

namespace {
template <class T>
std::string streamed(const T& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}
}  // namespace

TEST_CASE("a period streams as its English name, every kind") {
    CHECK(streamed(Period::half(2021, 1)) == "H1 2021");
    CHECK(streamed(Period::year_to_date(2021, 6)) == "January-June 2021");
    CHECK(streamed(Period::quarter(2021, 1, YearStart::april())) == "Q1 FY2021/22 (from April)");
    const Period p = parse_english("1 August 2020 to 30 June 2021");
    CHECK(streamed(p) == to_english(p));
    CHECK(streamed(PeriodKind::half_year) == "half-year");
}

TEST_CASE("a task status streams as its English name, not its file code") {
    CHECK(streamed(TaskStatus::partially_implemented) == "partially implemented");
    CHECK(streamed(TaskStatus::being_promoted) == "being promoted");
    for (const TaskStatus s : all_task_statuses) CHECK(streamed(s) == english_name(s));
}

TEST_CASE("a flow streams as its English name and has a Chinese one") {
    CHECK(streamed(Flow::exports) == "exports");
    CHECK(streamed(Flow::balance) == "balance");
    static_assert(chinese_name(Flow::exports) == "出口");
    CHECK(chinese_name(Flow::imports) == "进口");
    CHECK(chinese_name(Flow::total) == "进出口");
    CHECK(chinese_name(Flow::balance) == "差额");
}

TEST_CASE("statuses, roles and rounding modes stream as their to_string") {
    CHECK(streamed(ObservationStatus{}) == "normal");
    CHECK(streamed(ObservationStatus{}.with(StatusFlag::estimated).with(StatusFlag::provisional)) ==
          "estimated, provisional");
    CHECK(streamed(ObservationStatus::missing(Missing::cannot_exist)) == "missing: cannot exist");
    CHECK(streamed(StatusFlag::break_in_series) == "break in series");
    CHECK(streamed(Missing::not_provided) == "not provided");
    CHECK(streamed(Confidentiality::confidential) == "confidential");
    CHECK(streamed(FactStatus::inferred) == "inferred");
    CHECK(streamed(CategoryRole::memo) == "memo");
    CHECK(streamed(RoundingMode::half_even) == "half_even");
}
