// SPDX-License-Identifier: BSL-1.0
// Pilot tasks and programmes: statuses, the transition rule, history order, and the programme's
// invariants (unique ids, nothing dated before approval, achievements linked to known tasks).
#include <svctrade/error.hpp>
#include <svctrade/pilot/programme.hpp>
#include <svctrade/pilot/status.hpp>
#include <svctrade/pilot/task.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace svctrade;
using boost::gregorian::date;

namespace {
// The comprehensive deepening of the pilot was approved by the State Council on 2 Aug 2020.
PilotProgramme xiamen() {
    return PilotProgramme("Pilot programme for the innovative development of trade in services", "Xiamen",
                          date(2020, 8, 2), Period::range(date(2020, 8, 1), date(2023, 7, 31)));
}

}  // namespace

TEST_CASE("statuses have codes and English and Chinese names and are ordered by progress") {
    CHECK(code(TaskStatus::partially_implemented) == "partially_implemented");
    CHECK(english_name(TaskStatus::being_promoted) == "being promoted");
    CHECK(chinese_name(TaskStatus::completed) == "全面完成");
    CHECK(chinese_name(TaskStatus::not_started) == "未启动");
    for (const auto s : all_task_statuses) CHECK(parse_task_status(code(s)) == s);
    CHECK(TaskStatus::not_started < TaskStatus::being_promoted);
    CHECK(TaskStatus::partially_implemented < TaskStatus::completed);
}

TEST_CASE("an unknown status code is a parse error that lists the valid codes") {
    CHECK_THROWS_AS((void)parse_task_status("done"), ParseError);
    CHECK_THROWS_WITH((void)parse_task_status("Completed"),
                      doctest::Contains("expected not_started, being_promoted, partially_implemented or completed"));
}

TEST_CASE("forward moves and staying are free and a backward move needs a reason") {
    CHECK(is_backward(TaskStatus::completed, TaskStatus::partially_implemented));
    CHECK_FALSE(is_backward(TaskStatus::being_promoted, TaskStatus::completed));
    CHECK_FALSE(is_backward(TaskStatus::completed, TaskStatus::completed));
    CHECK_NOTHROW(check_transition(TaskStatus::not_started, TaskStatus::completed, ""));
    CHECK_NOTHROW(check_transition(TaskStatus::completed, TaskStatus::completed, ""));
    CHECK_NOTHROW(check_transition(TaskStatus::completed, TaskStatus::being_promoted, "rule withdrawn"));
    CHECK_THROWS_AS(check_transition(TaskStatus::completed, TaskStatus::being_promoted, ""), InvalidTransition);
    CHECK_THROWS_WITH(
        check_transition(TaskStatus::partially_implemented, TaskStatus::not_started, "  "),
        "cannot move a pilot task back from partially implemented to not started without a recorded reason");
}

TEST_CASE("a task keeps its id and optional title agency and due date") {
    const PilotTask t("T-1", std::string("Cross-border data pilot"), std::string("Xiamen Commerce Bureau"),
                      date(2021, 12, 31));
    CHECK(t.id() == "T-1");
    CHECK(t.title() == "Cross-border data pilot");
    CHECK(t.title_or_not_published() == "Cross-border data pilot");
    CHECK(t.agency() == "Xiamen Commerce Bureau");
    CHECK(t.due_date() == date(2021, 12, 31));
    const PilotTask u("T-2");
    CHECK_FALSE(u.title().has_value());
    CHECK(u.title_or_not_published() == "not published");
    CHECK_FALSE(u.agency().has_value());
    CHECK_FALSE(u.due_date().has_value());
    CHECK(u.history().empty());
    CHECK_FALSE(u.latest_status().has_value());
}

TEST_CASE("malformed task ids and texts are rejected with the offending value") {
    CHECK_THROWS_AS(PilotTask(""), InvalidArgument);
    CHECK_THROWS_AS(PilotTask(std::string(65, 'a')), InvalidArgument);
    CHECK_NOTHROW(PilotTask(std::string(64, 'a')));
    CHECK_THROWS_WITH(PilotTask("T 1"), doctest::Contains("has the character ' ' at position 1"));
    CHECK_THROWS_AS(PilotTask("T,1"), InvalidArgument);
    CHECK_THROWS_WITH(PilotTask("T-1", std::string("   ")), doctest::Contains("is blank"));
    CHECK_THROWS_WITH(PilotTask("T-1", std::string("Not Published")), doctest::Contains("reserved marker"));
    CHECK_THROWS_AS(PilotTask("T-1", {}, std::string("not published")), InvalidArgument);
    CHECK_THROWS_WITH(PilotTask("T-1", std::string("two\nlines")), doctest::Contains("line break"));
    CHECK_THROWS_AS(PilotTask("T-1", {}, {}, date(boost::gregorian::not_a_date_time)), InvalidPeriod);
}

TEST_CASE("the status history answers as of any date") {
    PilotTask t("T-1");
    t.record(date(2021, 1, 10), TaskStatus::being_promoted);
    t.record(date(2021, 5, 1), TaskStatus::partially_implemented, "first rules issued");
    t.record(date(2021, 8, 27), TaskStatus::completed);
    CHECK_FALSE(t.status_as_of(date(2021, 1, 9)).has_value());
    CHECK(t.status_as_of(date(2021, 1, 10)) == TaskStatus::being_promoted);
    CHECK(t.status_as_of(date(2021, 4, 30)) == TaskStatus::being_promoted);
    CHECK(t.status_as_of(date(2021, 5, 1)) == TaskStatus::partially_implemented);
    CHECK(t.status_as_of(date(2030, 1, 1)) == TaskStatus::completed);
    CHECK(t.latest_status() == TaskStatus::completed);
    REQUIRE(t.history().size() == 3);
    CHECK(t.history()[1] == StatusChange{date(2021, 5, 1), TaskStatus::partially_implemented, "first rules issued"});
    CHECK_THROWS_AS((void)t.status_as_of(date(boost::gregorian::pos_infin)), InvalidPeriod);
}

TEST_CASE("a backward move without a reason is an invalid transition and leaves the history unchanged") {
    PilotTask t("T-1");
    t.record(date(2021, 3, 1), TaskStatus::completed);
    CHECK_THROWS_AS(t.record(date(2021, 4, 1), TaskStatus::partially_implemented), InvalidTransition);
    CHECK_THROWS_WITH(t.record(date(2021, 4, 1), TaskStatus::being_promoted, " "),
                      doctest::Contains("pilot task T-1 on 2021-04-01: cannot move a pilot task back from completed"));
    CHECK(t.history().size() == 1);
    t.record(date(2021, 4, 1), TaskStatus::partially_implemented, "one district withdrew");
    CHECK(t.history().back().reason == "one district withdrew");
    CHECK(t.status_as_of(date(2021, 4, 1)) == TaskStatus::partially_implemented);
}

TEST_CASE("a status out of chronological order or on the same day is rejected") {
    PilotTask t("T-1");
    t.record(date(2021, 3, 1), TaskStatus::being_promoted);
    CHECK_THROWS_AS(t.record(date(2021, 2, 1), TaskStatus::completed), InvalidPeriod);
    CHECK_THROWS_WITH(t.record(date(2021, 3, 1), TaskStatus::completed),
                      "pilot task T-1: a status dated 2021-03-01 is out of chronological order (the last entry is "
                      "dated 2021-03-01)");
    CHECK_THROWS_AS(t.record(date(boost::gregorian::not_a_date_time), TaskStatus::completed), InvalidPeriod);
    CHECK_THROWS_AS(t.record(date(2021, 4, 1), TaskStatus::completed, "a\nb"), InvalidArgument);
    CHECK(t.history().size() == 1);
}

TEST_CASE("a task is overdue after its due date until it is completed") {
    PilotTask t("T-1", {}, {}, date(2021, 6, 30));
    t.record(date(2021, 1, 1), TaskStatus::being_promoted);
    t.record(date(2021, 9, 1), TaskStatus::completed);
    CHECK_FALSE(t.overdue_as_of(date(2021, 6, 30)));
    CHECK(t.overdue_as_of(date(2021, 7, 1)));
    CHECK(t.overdue_as_of(date(2021, 8, 31)));
    CHECK_FALSE(t.overdue_as_of(date(2021, 9, 1)));
    CHECK_FALSE(PilotTask("T-2").overdue_as_of(date(2030, 1, 1)));
}

TEST_CASE("a programme keeps its name jurisdiction approval date and pilot period") {
    const auto p = xiamen();
    CHECK(p.name() == "Pilot programme for the innovative development of trade in services");
    CHECK(p.jurisdiction() == "Xiamen");
    CHECK(p.approval_date() == date(2020, 8, 2));
    CHECK(p.pilot_period() == Period::range(date(2020, 8, 1), date(2023, 7, 31)));
    CHECK(p.pilot_period().contains(date(2021, 8, 27)));
    CHECK(p.pilot_period().days() == 1095);
    CHECK(p.task_count() == 0);
}

TEST_CASE("a pilot period of another kind is kept as the date range it covers") {
    const PilotProgramme p("P", "X", date(2021, 1, 1), Period::year(2021));
    CHECK(p.pilot_period().kind() == PeriodKind::range);
    CHECK(p.pilot_period().same_dates(Period::year(2021)));
    CHECK(p.pilot_period() == Period::range(date(2021, 1, 1), date(2021, 12, 31)));
}

TEST_CASE("a programme with a blank name or impossible dates is rejected") {
    CHECK_THROWS_AS(PilotProgramme(" ", "Xiamen", date(2020, 8, 2), Period::range(date(2020, 8, 1), date(2023, 7, 31))),
                    InvalidArgument);
    CHECK_THROWS_AS(PilotProgramme("P", "", date(2020, 8, 2), Period::range(date(2020, 8, 1), date(2023, 7, 31))),
                    InvalidArgument);
    CHECK_THROWS_AS(PilotProgramme("P", "X", date(2020, 8, 2), Period::range(date(2023, 7, 31), date(2020, 8, 1))),
                    InvalidPeriod);
    CHECK_THROWS_WITH(PilotProgramme("P", "X", date(2024, 1, 1), Period::range(date(2020, 8, 1), date(2023, 7, 31))),
                      "pilot programme \"P\" is approved on 2024-01-01, after its pilot period ends on 2023-07-31");
    CHECK_THROWS_AS(
        PilotProgramme("P", "X", date(boost::gregorian::neg_infin), Period::range(date(2020, 8, 1), date(2023, 7, 31))),
        InvalidPeriod);
}

TEST_CASE("duplicate task ids are rejected") {
    auto p = xiamen();
    p.add_task(PilotTask("XM-01"));
    CHECK_THROWS_AS(p.add_task(PilotTask("XM-01")), InvalidArgument);
    CHECK_THROWS_WITH(p.add_task(PilotTask("XM-01")), doctest::Contains("duplicate pilot task id \"XM-01\""));
    CHECK(p.task_count() == 1);
}

TEST_CASE("a status dated before the approval is rejected whether recorded or brought in with a task") {
    auto p = xiamen();
    p.add_task(PilotTask("XM-01"));
    CHECK_THROWS_WITH(
        p.record("XM-01", date(2020, 8, 1), TaskStatus::being_promoted),
        "a status of pilot task XM-01 is dated 2020-08-01, before the programme's approval on 2020-08-02");
    CHECK_NOTHROW(p.record("XM-01", date(2020, 8, 2), TaskStatus::being_promoted));
    PilotTask early("XM-02");
    early.record(date(2019, 12, 31), TaskStatus::completed);
    CHECK_THROWS_AS(p.add_task(early), InvalidPeriod);
    CHECK(p.task_count() == 1);
}

TEST_CASE("recording through the programme applies the task rules") {
    auto p = xiamen();
    p.add_task(PilotTask("XM-01"));
    p.record("XM-01", date(2021, 8, 27), TaskStatus::completed, "as reported");
    CHECK_THROWS_AS(p.record("XM-01", date(2021, 9, 1), TaskStatus::partially_implemented), InvalidTransition);
    CHECK_THROWS_AS(p.record("XM-01", date(2021, 8, 1), TaskStatus::completed), InvalidPeriod);
    CHECK(p.task("XM-01").status_as_of(date(2021, 8, 27)) == TaskStatus::completed);
}

TEST_CASE("an unknown task id is an unknown code with close ids as suggestions") {
    auto p = xiamen();
    p.add_task(PilotTask("XM-01"));
    p.add_task(PilotTask("XM-02"));
    p.add_task(PilotTask("QD-77"));
    CHECK_THROWS_AS(p.record("XM-03", date(2021, 1, 1), TaskStatus::completed), UnknownCode);
    CHECK_THROWS_WITH((void)p.task("XM-03"), "unknown pilot task id \"XM-03\" (did you mean XM-01, XM-02?)");
    CHECK_THROWS_WITH((void)p.task("nothing-like-it"), "unknown pilot task id \"nothing-like-it\"");
    CHECK(p.find_task("XM-02") != nullptr);
    CHECK(p.find_task("XM-03") == nullptr);
}

TEST_CASE("achievements link to known tasks and are dated on or after the approval") {
    auto p = xiamen();
    p.add_task(PilotTask("XM-01"));
    p.add_task(PilotTask("XM-02"));
    p.add_achievement(ReplicableAchievement("A-1", std::string("Single window for services trade"), date(2021, 6, 1),
                                            true, {"XM-01", "XM-02"}));
    p.add_achievement(ReplicableAchievement("A-2", {}, date(2021, 10, 1), false, {"XM-02"}));
    REQUIRE(p.achievements().size() == 2);
    CHECK(p.achievements()[0].promoted_nationwide());
    CHECK(p.achievements()[0].task_ids().size() == 2);
    CHECK_FALSE(p.achievements()[1].title().has_value());
    CHECK(p.achievements_as_of(date(2021, 8, 27)).size() == 1);
    CHECK(p.achievements_as_of(date(2021, 10, 1)).size() == 2);
    CHECK(p.achievements_of_task("XM-02") == std::vector<std::string>{"A-1", "A-2"});
    CHECK(p.achievements_of_task("XM-01") == std::vector<std::string>{"A-1"});
    CHECK_THROWS_AS((void)p.achievements_of_task("XM-09"), UnknownCode);
    CHECK_THROWS_AS(p.add_achievement(ReplicableAchievement("A-3", {}, date(2021, 6, 1), false, {"XM-09"})),
                    UnknownCode);
    CHECK_THROWS_AS(p.add_achievement(ReplicableAchievement("A-1", {}, date(2021, 6, 1), false, {})), InvalidArgument);
    CHECK_THROWS_WITH_AS(
        p.add_achievement(ReplicableAchievement("A-4", {}, date(2020, 1, 1), false, {})),
        "replicable achievement A-4 is dated 2020-01-01, before the programme's approval on 2020-08-02", InvalidPeriod);
    CHECK(p.achievements().size() == 2);
    p.add_achievement(ReplicableAchievement("A-4", {}, date(2020, 8, 2), false, {}));  // the day of the approval
    CHECK(p.achievements().size() == 3);
}

TEST_CASE("a malformed achievement is rejected") {
    CHECK_THROWS_AS(ReplicableAchievement("A 1", {}, date(2021, 1, 1), false, {}), InvalidArgument);
    CHECK_THROWS_WITH(ReplicableAchievement("A-1", {}, date(2021, 1, 1), false, {"XM-01", "XM-01"}),
                      "replicable achievement A-1 lists pilot task XM-01 twice");
    CHECK_THROWS_AS(ReplicableAchievement("A-1", {}, date(2021, 1, 1), false, {"XM 01"}), InvalidArgument);
    CHECK_THROWS_AS(ReplicableAchievement("A-1", {}, date(boost::gregorian::not_a_date_time), false, {}),
                    InvalidPeriod);
    CHECK_THROWS_AS(ReplicableAchievement("A-1", std::string(""), date(2021, 1, 1), false, {}), InvalidArgument);
}

TEST_CASE("programmes compare equal by value") {
    auto a = xiamen();
    auto b = xiamen();
    CHECK(a == b);
    a.add_task(PilotTask("XM-01"));
    CHECK_FALSE(a == b);
    b.add_task(PilotTask("XM-01"));
    CHECK(a == b);
    a.record("XM-01", date(2021, 1, 1), TaskStatus::completed);
    CHECK_FALSE(a == b);
}
