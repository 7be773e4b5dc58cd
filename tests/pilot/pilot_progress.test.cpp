// SPDX-License-Identifier: BSL-1.0
// Queries on a pilot programme as of a date, and the consistency checks of progress claims.
#include <svctrade/error.hpp>
#include <svctrade/pilot/claim.hpp>
#include <svctrade/pilot/progress.hpp>

#include <doctest/doctest.h>

#include <limits>
#include <string>

using namespace svctrade;
using boost::gregorian::date;

namespace {
// A small programme with a known story:
//   A: promoted 2021-01-10, completed 2021-06-01                       (agency Commerce, due 2021-06-30)
//   B: promoted 2021-01-10, partially 2021-03-01, completed 2021-09-01 (agency Commerce, due 2021-06-30)
//   C: partially 2021-02-01, back to promoted 2021-07-01 with reason   (agency Finance, due 2021-12-31)
//   D: nothing recorded                                                (no agency, no due date)
PilotProgramme sample() {
    PilotProgramme p("Pilot", "Xiamen", date(2020, 8, 2), Period::range(date(2020, 8, 1), date(2023, 7, 31)));
    // Categories: A computer services (SI2), B financial services (SG) and travel (SD), C SG.
    PilotTask a("A", {}, std::string("Commerce"), date(2021, 6, 30));
    a.link_category(Category::from_code("SI2"));
    PilotTask b("B", {}, std::string("Commerce"), date(2021, 6, 30));
    b.link_category(Category::from_code("SG"));
    b.link_category(Category::from_code("SD"));
    PilotTask c("C", {}, std::string("Finance"), date(2021, 12, 31));
    c.link_category(Category::from_code("SG"));
    p.add_task(a);
    p.add_task(b);
    p.add_task(c);
    p.add_task(PilotTask("D"));
    p.record("A", date(2021, 1, 10), TaskStatus::being_promoted);
    p.record("A", date(2021, 6, 1), TaskStatus::completed);
    p.record("B", date(2021, 1, 10), TaskStatus::being_promoted);
    p.record("B", date(2021, 3, 1), TaskStatus::partially_implemented);
    p.record("B", date(2021, 9, 1), TaskStatus::completed);
    p.record("C", date(2021, 2, 1), TaskStatus::partially_implemented);
    p.record("C", date(2021, 7, 1), TaskStatus::being_promoted, "the platform was suspended");
    return p;
}
}  // namespace

TEST_CASE("counts by status follow the history as of each date") {
    const auto p = sample();
    const auto before = count_statuses(p, date(2021, 1, 9));
    CHECK(before.unrecorded() == 4);
    CHECK(before.recorded() == 0);
    CHECK(before.total() == 4);

    const auto march = count_statuses(p, date(2021, 3, 1));
    CHECK(march.count(TaskStatus::being_promoted) == 1);
    CHECK(march.count(TaskStatus::partially_implemented) == 2);
    CHECK(march.count(TaskStatus::completed) == 0);
    CHECK(march.unrecorded() == 1);

    const auto august = count_statuses(p, date(2021, 8, 27));
    CHECK(august.count(TaskStatus::completed) == 1);
    CHECK(august.count(TaskStatus::partially_implemented) == 1);
    CHECK(august.count(TaskStatus::being_promoted) == 1);
    CHECK(august.count(TaskStatus::not_started) == 0);
    CHECK(august.recorded() == 3);
    CHECK(august.total() == 4);
    CHECK_THROWS_AS((void)count_statuses(p, date(boost::gregorian::not_a_date_time)), InvalidPeriod);
}

TEST_CASE("the implemented count follows the definition the caller picks") {
    const auto counts = count_statuses(sample(), date(2021, 8, 27));
    CHECK(counts.implemented(ImplementedDefinition::completed_only) == 1);
    CHECK(counts.implemented(ImplementedDefinition::completed_or_partially) == 2);
}

TEST_CASE("shares and rates are exact shares of all tasks") {
    const auto counts = count_statuses(sample(), date(2021, 8, 27));
    CHECK(counts.share(TaskStatus::completed).value() == Share::from_percent(Decimal(25)));
    CHECK(counts.share(TaskStatus::partially_implemented).value() == Share::of(Decimal(1), Decimal(4)));
    CHECK(counts.share(TaskStatus::not_started).value() == Share());
    CHECK(counts.unrecorded_share().value() == Share::from_percent(Decimal(25)));
    CHECK(counts.completion_rate().value() == Share::from_percent(Decimal(25)));
    CHECK(counts.implemented_rate(ImplementedDefinition::completed_only).value() == Share::from_percent(Decimal(25)));
    CHECK(counts.implemented_rate(ImplementedDefinition::completed_or_partially).value() ==
          Share::from_percent(Decimal(50)));
    CHECK(counts.implemented_rate(ImplementedDefinition::completed_or_partially).value() -
              counts.completion_rate().value() ==
          PercentagePoints::from_points(Decimal(25)));
}

TEST_CASE("a programme without tasks has no shares for a zero base") {
    const PilotProgramme empty("P", "X", date(2021, 1, 1), Period::year(2021));
    const auto counts = count_statuses(empty, date(2021, 6, 1));
    CHECK(counts.total() == 0);
    CHECK_FALSE(counts.share(TaskStatus::completed).has_value());
    CHECK(counts.completion_rate().reason() == Reason::zero_base);
    CHECK(counts.implemented_rate(ImplementedDefinition::completed_only).reason() == Reason::zero_base);
    CHECK(counts.unrecorded_share().reason() == Reason::zero_base);
    CHECK_THROWS_AS((void)counts.completion_rate().value(), BadOutcomeAccess);
}

TEST_CASE("status counts compare by value") {
    StatusCounts a;
    StatusCounts b;
    CHECK(a == b);
    a.add(TaskStatus::completed);
    CHECK_FALSE(a == b);
    b.add(TaskStatus::completed);
    CHECK(a == b);
    a.add(std::nullopt);
    CHECK(a.unrecorded() == 1);
    CHECK_FALSE(a == b);
}

TEST_CASE("every task's status is listed in task order") {
    const auto list = statuses_as_of(sample(), date(2021, 3, 1));
    REQUIRE(list.size() == 4);
    CHECK(list[0] == TaskStatusAsOf{"A", TaskStatus::being_promoted});
    CHECK(list[1] == TaskStatusAsOf{"B", TaskStatus::partially_implemented});
    CHECK(list[2] == TaskStatusAsOf{"C", TaskStatus::partially_implemented});
    CHECK(list[3] == TaskStatusAsOf{"D", std::nullopt});
}

TEST_CASE("changes between two dates list net moves with their date and setbacks") {
    const auto p = sample();
    const auto changes = changes_between(p, date(2021, 3, 1), date(2021, 8, 27));
    REQUIRE(changes.size() == 2);
    CHECK(changes[0] == TaskChange{"A", TaskStatus::being_promoted, TaskStatus::completed, date(2021, 6, 1), false});
    CHECK(changes[1] ==
          TaskChange{"C", TaskStatus::partially_implemented, TaskStatus::being_promoted, date(2021, 7, 1), true});

    const auto from_start = changes_between(p, date(2020, 8, 2), date(2021, 1, 31));
    REQUIRE(from_start.size() == 2);
    CHECK_FALSE(from_start[0].before.has_value());
    CHECK(from_start[0].after == TaskStatus::being_promoted);
    CHECK_FALSE(from_start[0].backward);

    CHECK(changes_between(p, date(2021, 8, 27), date(2021, 8, 27)).empty());
    CHECK_THROWS_AS((void)changes_between(p, date(2021, 8, 27), date(2021, 3, 1)), InvalidPeriod);
    CHECK_THROWS_WITH((void)changes_between(p, date(2021, 8, 27), date(2021, 3, 1)),
                      "cannot list changes from 2021-08-27 to 2021-03-01: the second date is before the first");
}

TEST_CASE("overdue tasks are those past their due date and not completed") {
    const auto p = sample();
    CHECK(overdue_tasks(p, date(2021, 6, 30)).empty());
    CHECK(overdue_tasks(p, date(2021, 7, 1)) == std::vector<std::string>{"B"});
    CHECK(overdue_tasks(p, date(2021, 9, 1)).empty());
    CHECK(overdue_tasks(p, date(2022, 1, 1)) == std::vector<std::string>{"C"});
    CHECK_THROWS_AS((void)overdue_tasks(p, date(boost::gregorian::pos_infin)), InvalidPeriod);
}

TEST_CASE("progress by agency groups tasks by agency with unpublished agencies last") {
    const auto groups = progress_by_agency(sample(), date(2021, 8, 27));
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].agency == "Commerce");
    CHECK(groups[0].counts.count(TaskStatus::completed) == 1);
    CHECK(groups[0].counts.count(TaskStatus::partially_implemented) == 1);
    CHECK(groups[0].counts.total() == 2);
    CHECK(groups[1].agency == "Finance");
    CHECK(groups[1].counts.count(TaskStatus::being_promoted) == 1);
    CHECK_FALSE(groups[2].agency.has_value());
    CHECK(groups[2].counts.unrecorded() == 1);
    CHECK_THROWS_WITH_AS((void)progress_by_agency(sample(), date(boost::gregorian::not_a_date_time)),
                         "the as-of date is not a real date (not-a-date-time)", InvalidPeriod);
    CHECK_THROWS_AS((void)progress_by_agency(sample(), date(boost::gregorian::pos_infin)), InvalidPeriod);
}

TEST_CASE("progress by category lists each linked category in classification order and the unlinked last") {
    const auto groups = progress_by_category(sample(), date(2021, 8, 27));
    REQUIRE(groups.size() == 4);
    CHECK(groups[0].category == Category::from_code("SD"));
    CHECK(groups[0].counts.count(TaskStatus::partially_implemented) == 1);
    CHECK(groups[1].category == Category::from_code("SG"));
    CHECK(groups[1].counts.total() == 2);
    CHECK(groups[1].counts.count(TaskStatus::being_promoted) == 1);
    CHECK(groups[2].category == Category::from_code("SI2"));
    CHECK(groups[2].counts.count(TaskStatus::completed) == 1);
    CHECK_FALSE(groups[3].category.has_value());
    CHECK(groups[3].counts.unrecorded() == 1);
    CHECK_THROWS_AS((void)progress_by_category(sample(), date(boost::gregorian::not_a_date_time)), InvalidPeriod);
}

TEST_CASE("progress in a category counts the tasks linked within it once") {
    const auto p = sample();
    const date d(2021, 8, 27);
    CHECK(progress_in(p, d, Category::from_code("SI")).count(TaskStatus::completed) == 1);
    CHECK(progress_in(p, d, Category::from_code("SI")).total() == 1);
    CHECK(progress_in(p, d, Category::from_code("SI1")).total() == 0);
    CHECK(progress_in(p, d, Category::total()).total() == 3);
    CHECK(progress_in(p, d, CategorySet::parse("SG SI")).total() == 3);
    CHECK(progress_in(p, d, CategorySet::parse("SD")).total() == 1);
    const auto& knowledge = Aggregate::builtin(BuiltinAggregate::knowledge_intensive);
    const auto in_knowledge = progress_in(p, d, knowledge);
    CHECK(in_knowledge.total() == 3);
    CHECK(in_knowledge.count(TaskStatus::completed) == 1);
    CHECK(in_knowledge.count(TaskStatus::partially_implemented) == 1);
    CHECK(in_knowledge.count(TaskStatus::being_promoted) == 1);
    CHECK_THROWS_AS((void)progress_in(p, date(boost::gregorian::pos_infin), Category::total()), InvalidPeriod);
}

TEST_CASE("a task links each category once") {
    PilotTask t("T-1");
    t.link_category(Category::from_code("SI"));
    CHECK_THROWS_WITH_AS(t.link_category(Category::from_code("SI")), "pilot task T-1 is already linked to category SI",
                         InvalidArgument);
    CHECK(t.categories().size() == 1);
    t.link_category(Category::from_code("SI1"));  // a category within SI is another link
    CHECK(t.categories().size() == 2);
}

TEST_CASE("the Xiamen claim is internally consistent and a wrong sum is found") {
    const ProgressClaim xiamen{88, 41, 20, 27, 0};
    CHECK(check_claim(xiamen).consistent());
    CHECK(check_claim(xiamen).summary() == "consistent");
    const ProgressClaim wrong{88, 41, 20, 26, 0};
    const auto check = check_claim(wrong);
    CHECK_FALSE(check.consistent());
    REQUIRE(check.findings().size() == 1);
    CHECK(check.findings()[0].subject == "total");
    CHECK(check.findings()[0].claimed == 88);
    CHECK(check.findings()[0].found == 87);
    CHECK(check.summary() == "total: the claim gives 88, its parts add up to 87");
    const std::size_t huge = std::numeric_limits<std::size_t>::max();
    CHECK_FALSE(check_claim(ProgressClaim{5, huge, huge, 0, 0}).consistent());
}

TEST_CASE("a claim is checked against a programme as of a date") {
    const auto p = sample();
    CHECK(check_claim(ProgressClaim{4, 1, 1, 1, 0}, p, date(2021, 8, 27)).summary() ==
          "total: the claim gives 4, its parts add up to 3; unrecorded: 1 tasks of the programme have no status "
          "recorded at that date");
    auto complete = p;
    complete.record("D", date(2021, 8, 1), TaskStatus::not_started);
    CHECK(check_claim(ProgressClaim{4, 1, 1, 1, 1}, complete, date(2021, 8, 27)).consistent());
    const auto off = check_claim(ProgressClaim{5, 2, 1, 1, 1}, complete, date(2021, 8, 27));
    REQUIRE(off.findings().size() == 2);
    CHECK(off.findings()[0].subject == "tasks");
    CHECK(off.findings()[0].message == "tasks: the claim gives 5, the programme has 4");
    CHECK(off.findings()[1].subject == "completed");
    CHECK(off.findings()[1].claimed == 2);
    CHECK(off.findings()[1].found == 1);
    CHECK_THROWS_AS((void)check_claim(ProgressClaim{4, 1, 1, 1, 1}, complete, date(boost::gregorian::not_a_date_time)),
                    InvalidPeriod);
}

TEST_CASE("the Xiamen claim's shares round to the published 46.6 22.7 and 30.7 percent") {
    const ProgressClaim xiamen{88, 41, 20, 27, 0};
    CHECK(xiamen.share(TaskStatus::completed).value().to_string(1, RoundingMode::half_up) == "46.6%");
    CHECK(xiamen.share(TaskStatus::partially_implemented).value().to_string(1, RoundingMode::half_up) == "22.7%");
    CHECK(xiamen.share(TaskStatus::being_promoted).value().to_string(1, RoundingMode::half_up) == "30.7%");
    CHECK(xiamen.share(TaskStatus::completed).value() == Share::of(Decimal(41), Decimal(88)));
    CHECK(ProgressClaim{}.share(TaskStatus::completed).reason() == Reason::zero_base);
}

TEST_CASE("a claim is read from the words reports use") {
    CHECK(ProgressClaim::parse("41 completed, 20 partial, 27 promoted of 88") == ProgressClaim{88, 41, 20, 27, 0});
    CHECK(ProgressClaim::parse("41 fully completed, 20 partially implemented, 27 being actively promoted of 88") ==
          ProgressClaim{88, 41, 20, 27, 0});
    CHECK(ProgressClaim::parse("  3 Completed,1 not started of 4 ") == ProgressClaim{4, 3, 0, 0, 1});
    CHECK(ProgressClaim::parse("110 completed of 122") == ProgressClaim{122, 110, 0, 0, 0});
}

TEST_CASE("a malformed claim is a parse error at the offending position") {
    CHECK_THROWS_AS((void)ProgressClaim::parse(""), ParseError);
    CHECK_THROWS_WITH((void)ProgressClaim::parse("41 done of 88"),
                      R"(cannot parse "41 done of 88" at position 3: unknown status "done")");
    CHECK_THROWS_WITH((void)ProgressClaim::parse("41 completed, 2 completed of 88"),
                      doctest::Contains("the status completed is given twice"));
    CHECK_THROWS_WITH((void)ProgressClaim::parse("41 completed, 20 partial"),
                      doctest::Contains("expected \" of <total>\" at the end"));
    CHECK_THROWS_WITH((void)ProgressClaim::parse("41 completed of 88 tasks"),
                      doctest::Contains("unexpected text after the total"));
    CHECK_THROWS_WITH((void)ProgressClaim::parse("forty completed of 88"), doctest::Contains("expected a count"));
    CHECK_THROWS_WITH((void)ProgressClaim::parse("41completed of 88"), doctest::Contains("expected a space"));
    CHECK_THROWS_WITH((void)ProgressClaim::parse("41 completed of x"), doctest::Contains("expected the total"));
    CHECK_THROWS_WITH((void)ProgressClaim::parse("99999999999999999999999 completed of 1"),
                      doctest::Contains("a count is too large"));
}
