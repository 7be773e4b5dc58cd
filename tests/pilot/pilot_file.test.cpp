// SPDX-License-Identifier: BSL-1.0
// The pilot CSV format: lossless round trip, every malformed record rejected with its line, and
// the bundled Xiamen task file (88 tasks as reported on 27 Aug 2021).
#include <svctrade/error.hpp>
#include <svctrade/pilot/claim.hpp>
#include <svctrade/pilot/file.hpp>
#include <svctrade/pilot/progress.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <ios>
#include <istream>
#include <ostream>
#include <sstream>
#include <streambuf>
#include <string>
#include <utility>

using namespace svctrade;
using boost::gregorian::date;

namespace {
const std::string xiamen_file = std::string(SVCTRADE_EXAMPLES_DATA_DIR) + "/xiamen_pilot_tasks.csv";
const date report_date(2021, 8, 27);  // China Daily, "Xiamen pioneers in services trade sector"

PilotProgramme rich() {
    PilotProgramme p("Pilot programme, \"deepened\"", "Xiamen", date(2020, 8, 2),
                     Period::range(date(2020, 8, 1), date(2023, 7, 31)));
    PilotTask t1("T-1", std::string("Open, then \"test\""), std::string("Commerce Bureau"), date(2021, 6, 30));
    t1.link_category(Category::from_code("SI"));
    t1.link_category(Category::from_code("SJ1"));
    p.add_task(t1);
    p.add_task(PilotTask("T-2", {}, {}, {}));
    p.add_task(PilotTask("T-3", std::string(" leading and trailing spaces "), std::string("港务局")));
    p.record("T-1", date(2020, 12, 31), TaskStatus::being_promoted, "measures released");
    p.record("T-1", date(2021, 5, 1), TaskStatus::completed);
    p.record("T-1", date(2021, 7, 1), TaskStatus::partially_implemented, "rule suspended, pending review");
    p.record("T-3", date(2021, 8, 27), TaskStatus::not_started, " ");
    p.add_achievement(
        ReplicableAchievement("A-1", std::string("One-stop services"), date(2021, 6, 1), true, {"T-1", "T-3"}));
    p.add_achievement(ReplicableAchievement("A-2", {}, date(2021, 9, 1), false, {}));
    return p;
}

// Parses `text` and returns the FileParseError's line, position and reason as one string.
std::string error_of(const std::string& text) {
    try {
        (void)parse_pilot_csv(text, "t.csv");
    } catch (const FileParseError& e) {
        return std::to_string(e.line()) + ":" + std::to_string(e.position()) + ": " + e.reason();
    }
    return "no error";
}

const std::string head = "svctrade-pilot,1\nprogramme,P,X,2020-08-02,2020-08-01,2023-07-31\n";

// A stream buffer that serves `text` and then fails, as a disk or a connection can in the middle
// of a file: its underflow throws, which the reading stream turns into badbit.
class FailingInput : public std::streambuf {
public:
    explicit FailingInput(std::string text) : text_(std::move(text)) {
        setg(text_.data(), text_.data(), text_.data() + text_.size());
    }

protected:
    int_type underflow() override { throw std::ios_base::failure("the device stopped answering"); }

private:
    std::string text_;
};

// A stream buffer that takes at most `room` characters, as a full disk does.
class FullOutput : public std::streambuf {
public:
    explicit FullOutput(std::size_t room) : room_(room) {}
    [[nodiscard]] const std::string& written() const noexcept { return written_; }

protected:
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        const std::size_t taken = std::min(static_cast<std::size_t>(n), room_ - written_.size());
        written_.append(s, taken);
        return static_cast<std::streamsize>(taken);
    }
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof()) || written_.size() == room_) return traits_type::eof();
        written_.push_back(traits_type::to_char_type(c));
        return c;
    }

private:
    std::size_t room_;
    std::string written_;
};
}  // namespace

TEST_CASE("a programme survives a round trip through the CSV format unchanged") {
    const auto p = rich();
    const std::string text = to_pilot_csv(p);
    const auto back = parse_pilot_csv(text);
    CHECK(back == p);
    CHECK(to_pilot_csv(back) == text);
    CHECK(text.find(R"("Open, then ""test""")") != std::string::npos);
    CHECK(text.find("task,T-2,not published,not published,,\n") != std::string::npos);
    CHECK(text.find("task,T-1,\"Open, then \"\"test\"\"\",Commerce Bureau,2021-06-30,SI SJ1\n") != std::string::npos);
}

TEST_CASE("streams and files read and write the same text") {
    const auto p = rich();
    std::ostringstream out;
    write_pilot_csv(out, p);
    CHECK(out.str() == to_pilot_csv(p));
    std::istringstream in(out.str());
    CHECK(read_pilot_csv(in) == p);
    const auto path = std::filesystem::temp_directory_path() / "svctrade_pilot_round_trip.csv";
    save_pilot_csv(path, p);
    CHECK(load_pilot_csv(path) == p);
    std::filesystem::remove(path);
    CHECK_THROWS_AS((void)load_pilot_csv(path), NotFound);
    CHECK_THROWS_AS(save_pilot_csv(std::filesystem::path("/nonexistent-dir/x.csv"), p), Error);
}

TEST_CASE("a stream that fails or holds a malformed record is refused and names its source") {
    const std::string task = "task,T-1,not published,not published,\n";
    std::istringstream good(head + task);
    CHECK(read_pilot_csv(good, "good.csv").task_count() == 1);
    std::istringstream malformed(head + "tsk,T-1\n");
    CHECK_THROWS_WITH_AS((void)read_pilot_csv(malformed, "bad.csv"),
                         "bad.csv, line 3: cannot parse \"tsk,T-1\" at position 0: unknown record kind \"tsk\" "
                         "(expected programme, task, status or achievement)",
                         FileParseError);
    FailingInput device(head + task);
    std::istream failing(&device);
    CHECK_THROWS_WITH_AS((void)read_pilot_csv(failing, "device.csv"),
                         "cannot read device.csv: the stream failed after line 3", Error);
    // The stream's failure, not the content's: the lines read before it were well formed.
    FailingInput early(head);
    std::istream failing_early(&early);
    CHECK_THROWS_WITH_AS((void)read_pilot_csv(failing_early, "device.csv"),
                         "cannot read device.csv: the stream failed after line 2", Error);
}

TEST_CASE("a file with a malformed record is a parse error naming the file and line") {
    const auto path = std::filesystem::temp_directory_path() / "svctrade_pilot_malformed.csv";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << head << "task,T-1,not published,not published,\n"
            << "status,T-1,2021-13-01,completed,\n";
    }
    try {
        (void)load_pilot_csv(path);
        FAIL("a malformed file was read");
    } catch (const FileParseError& e) {
        CHECK(e.source() == path.string());
        CHECK(e.line() == 4);
        CHECK(std::string(e.what()).rfind(path.string() + ", line 4: ", 0) == 0);
    }
    CHECK_THROWS_AS((void)load_pilot_csv(path), FileParseError);
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << head << "task,T-1,not published,not published,\n"
            << "status,T-1,2021-12-01,completed,\n";
    }
    CHECK(load_pilot_csv(path).task("T-1").status_as_of(date(2021, 12, 1)) == TaskStatus::completed);
    std::filesystem::remove(path);
}

TEST_CASE("writing to a stream that fails is an error naming the programme") {
    const auto p = rich();
    const std::string text = to_pilot_csv(p);
    FullOutput roomy(text.size());
    std::ostream enough(&roomy);
    write_pilot_csv(enough, p);
    CHECK(roomy.written() == text);
    FullOutput full(text.size() - 1);
    std::ostream too_little(&full);
    CHECK_THROWS_WITH_AS(write_pilot_csv(too_little, p),
                         "cannot write the pilot programme \"Pilot programme, \"deepened\"\": the stream failed",
                         Error);
    std::ostream nowhere(nullptr);  // no buffer at all: bad from the start
    CHECK_THROWS_AS(write_pilot_csv(nowhere, p), Error);
}

TEST_CASE("comments blank lines CRLF line ends and a byte order mark are accepted") {
    const std::string text =
        "\xEF\xBB\xBF# a bureau's notes\r\n\r\nsvctrade-pilot,1\r\n"
        "programme,P,X,2020-08-02,2020-08-01,2023-07-31\r\n   \n"
        "task,T-1,not published,not published,\r\n# between\nstatus,T-1,2021-01-01,completed,\r\n";
    const auto p = parse_pilot_csv(text);
    REQUIRE(p.task_count() == 1);
    CHECK(p.task("T-1").status_as_of(date(2021, 1, 1)) == TaskStatus::completed);
    CHECK(p.task("T-1").history().back().reason.empty());
}

TEST_CASE("malformed records are rejected with their line position and reason") {
    CHECK(error_of("") == "1:0: no svctrade-pilot version record");
    CHECK(error_of("svctrade-pilot,1\n") == "1:0: no programme record");
    CHECK(error_of("programme,P,X,2020-08-02,2020-08-01,2023-07-31\n") ==
          "1:0: the first record must be svctrade-pilot,1");
    CHECK(error_of("svctrade-pilot,2\n") == "1:15: unsupported format version \"2\" (this library reads 1)");
    CHECK(error_of("svctrade-pilot,1\ntask,T-1,not published,not published,\n") ==
          "2:0: a task record before the programme record");
    CHECK(error_of(head + "tsk,T-1\n") ==
          "3:0: unknown record kind \"tsk\" (expected programme, task, status or achievement)");
    CHECK(error_of(head + head.substr(17)) == "3:0: a second programme record (a file holds one programme)");
    CHECK(error_of(head + "task,T-1,not published,not published\n") ==
          "3:36: a task record has 5 or 6 fields (task,id,title,agency,due date[,categories]), this one has 4");
    CHECK(error_of(head + "task,T-1,not published,not published,,SI,x\n") ==
          "3:41: a task record has 5 or 6 fields (task,id,title,agency,due date[,categories]), this one has 7");
    CHECK(error_of(head + "task,T-1,not published,not published,,SI SX9\n")
              .rfind("3:38: unknown EBOPS 2010 code \"SX9\"", 0) == 0);
    CHECK(error_of(head + "task,T-1,not published,not published,,SI SI\n") ==
          "3:38: pilot task T-1 is already linked to category SI");
    CHECK(error_of(head + "task,T-1,,not published,\n") ==
          "3:9: the title is empty: write \"not published\" when it was not published");
    CHECK(error_of(head + "task,T-1,not published,not published,2021-02-30\n") ==
          "3:37: the due date \"2021-02-30\" does not exist (Day of month is not valid for year)");
    CHECK(error_of(head + "task,T-1,not published,not published,2021/02/03\n") ==
          "3:37: the due date \"2021/02/03\" is not a date YYYY-MM-DD");
    CHECK(error_of(head + "task,T-1,\"unclosed,not published,\n") ==
          "3:9: a quoted field is not closed before the end of its line: a field of the pilot file cannot "
          "hold a line break (the model keeps names, titles and reasons on one line)");
    CHECK(error_of(head + "task,T-1,\"a\"b,not published,\n") ==
          "3:12: a closing quote must be followed by a comma or the end of the line");
    CHECK(error_of(head + "task,T-1,a\"b,not published,\n") ==
          "3:10: a double quote inside an unquoted field (quote the field)");
    CHECK(error_of(head + "programme,P,X,2020-08-02,2020-08-01\n").rfind("3:0: a second programme", 0) == 0);
    CHECK(error_of("svctrade-pilot,1\nprogramme,P,X,2020-08-02,2023-08-01,2020-08-01\n") ==
          "2:25: the range 2023-08-01..2020-08-01 ends before it starts");
}

TEST_CASE("records the model rejects are reported with their line") {
    const std::string task = "task,T-1,not published,not published,\n";
    CHECK(error_of(head + task + task) == "4:5: duplicate pilot task id \"T-1\" in pilot programme \"P\"");
    CHECK(error_of(head + task + "status,T-2,2021-01-01,completed,\n") ==
          "4:7: unknown pilot task id \"T-2\" (did you mean T-1?)");
    CHECK(error_of(head + task + "status,T-1,2020-07-01,completed,\n") ==
          "4:7: a status of pilot task T-1 is dated 2020-07-01, before the programme's approval on 2020-08-02");
    CHECK(error_of(head + task + "status,T-1,2021-03-01,completed,\nstatus,T-1,2021-02-01,completed,\n") ==
          "5:7: pilot task T-1: a status dated 2021-02-01 is out of chronological order (the last entry is dated "
          "2021-03-01)");
    CHECK(error_of(head + task + "status,T-1,2021-03-01,completed,\nstatus,T-1,2021-04-01,partially_implemented,\n") ==
          "5:7: pilot task T-1 on 2021-04-01: cannot move a pilot task back from completed to partially implemented "
          "without a recorded reason");
    CHECK(
        error_of(head + task + "status,T-1,2021-03-01,done,\n").rfind("4:22: \"done\" is not a pilot task status", 0) ==
        0);
    CHECK(error_of(head + task + "achievement,A-1,not published,2021-01-01,maybe,T-1\n") ==
          "4:41: nationwide promotion \"maybe\" must be yes or no");
    CHECK(error_of(head + task + "achievement,A-1,not published,2021-01-01,yes,T-1 T-9\n") ==
          "4:12: unknown pilot task id \"T-9\" (did you mean T-1?)");
    CHECK(error_of(head + "task,T 1,not published,not published,\n").rfind("3:5: pilot task id \"T 1\"", 0) == 0);
}

TEST_CASE("the bundled Xiamen file has 88 tasks with the reported counts as of 27 August 2021") {
    const auto p = load_pilot_csv(xiamen_file);
    CHECK(p.jurisdiction() == "Xiamen");
    CHECK(p.approval_date() == date(2020, 8, 2));
    CHECK(p.task_count() == 88);
    const auto counts = count_statuses(p, report_date);
    CHECK(counts.count(TaskStatus::completed) == 41);
    CHECK(counts.count(TaskStatus::partially_implemented) == 20);
    CHECK(counts.count(TaskStatus::being_promoted) == 27);
    CHECK(counts.count(TaskStatus::not_started) == 0);
    CHECK(counts.unrecorded() == 0);
    for (const auto& task : p.tasks()) {
        CHECK_FALSE(task.title().has_value());
        CHECK_FALSE(task.agency().has_value());
        CHECK_FALSE(task.due_date().has_value());
    }
    CHECK(
        check_claim(ProgressClaim::parse("41 completed, 20 partial, 27 promoted of 88"), p, report_date).consistent());
    // Before the report the file records nothing: it does not pretend to know earlier statuses.
    CHECK(count_statuses(p, date(2021, 8, 26)).unrecorded() == 88);
}

TEST_CASE("moving one Xiamen task from completed to partial gives 40 21 27") {
    auto p = load_pilot_csv(xiamen_file);
    const std::string moved = p.tasks().front().id();
    REQUIRE(p.tasks().front().latest_status() == TaskStatus::completed);
    const date later(2021, 9, 30);
    CHECK_THROWS_AS(p.record(moved, later, TaskStatus::partially_implemented), InvalidTransition);
    p.record(moved, later, TaskStatus::partially_implemented, "test: one measure found incomplete");
    const auto counts = count_statuses(p, later);
    CHECK(counts.count(TaskStatus::completed) == 40);
    CHECK(counts.count(TaskStatus::partially_implemented) == 21);
    CHECK(counts.count(TaskStatus::being_promoted) == 27);
    CHECK(count_statuses(p, report_date).count(TaskStatus::completed) == 41);
    const auto changes = changes_between(p, report_date, later);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].task_id == moved);
    CHECK(changes[0].backward);
    CHECK(parse_pilot_csv(to_pilot_csv(p)) == p);
    const auto check = check_claim(ProgressClaim{88, 41, 20, 27, 0}, p, later);
    CHECK(check.summary() ==
          "completed: the claim gives 41, the programme has 40; partially implemented: the claim "
          "gives 20, the programme has 21");
}
