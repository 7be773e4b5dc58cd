// SPDX-License-Identifier: BSL-1.0
// The pilot CSV format: one record per line so that every error has a line number, RFC 4180
// quoting so that spreadsheets read and write it, and a version record so that a later format
// can be told apart.
#include <svctrade/pilot/file.hpp>

#include <svctrade/error.hpp>

#include <fstream>
#include <istream>
#include <iterator>
#include <optional>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <utility>
#include <vector>

#include "pilot/internal.hpp"

namespace svctrade {

namespace pi = pilot_internal;

namespace {

struct Field {
    std::string text;
    std::size_t position;  // of its first character (the opening quote when quoted) in the line
};

// Thrown inside the reader with a position in the line; turned into FileParseError with the line.
struct LineError {
    std::size_t position;
    std::string reason;
};

std::vector<Field> split(std::string_view line) {
    std::vector<Field> fields;
    std::size_t i = 0;
    for (;;) {
        Field f{{}, i};
        if (i < line.size() && line[i] == '"') {
            ++i;
            for (;;) {
                if (i >= line.size())
                    throw LineError{f.position,
                                    "a quoted field is not closed before the end of its line: a field of the "
                                    "pilot file cannot hold a line break (the model keeps "
                                    "names, titles and reasons on one line)"};
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        f.text += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                f.text += line[i++];
            }
            if (i < line.size() && line[i] != ',') {
                throw LineError{i, "a closing quote must be followed by a comma or the end of the line"};
            }
        } else {
            while (i < line.size() && line[i] != ',') {
                if (line[i] == '"') throw LineError{i, "a double quote inside an unquoted field (quote the field)"};
                f.text += line[i++];
            }
        }
        fields.push_back(std::move(f));
        if (i >= line.size()) return fields;
        ++i;  // the comma
    }
}

bool two_digits(std::string_view s, std::size_t at) noexcept {
    return s[at] >= '0' && s[at] <= '9' && s[at + 1] >= '0' && s[at + 1] <= '9';
}

boost::gregorian::date parse_date(const Field& f, std::string_view what) {
    const std::string_view s = f.text;
    const bool shape = s.size() == 10 && s[4] == '-' && s[7] == '-' && two_digits(s, 0) && two_digits(s, 2) &&
                       two_digits(s, 5) && two_digits(s, 8);
    if (!shape) throw LineError{f.position, std::string(what) + " \"" + f.text + "\" is not a date YYYY-MM-DD"};
    const auto number = [&](std::size_t at, std::size_t n) {
        unsigned v = 0;
        for (std::size_t k = at; k < at + n; ++k) v = v * 10 + static_cast<unsigned>(s[k] - '0');
        return v;
    };
    try {
        return boost::gregorian::date(static_cast<unsigned short>(number(0, 4)),
                                      static_cast<unsigned short>(number(5, 2)),
                                      static_cast<unsigned short>(number(8, 2)));
    } catch (const std::out_of_range& e) {
        // Boost's bad_year / bad_month / bad_day_of_month: rethrown as ours with the field.
        throw LineError{f.position, std::string(what) + " \"" + f.text + "\" does not exist (" + e.what() + ")"};
    }
}

std::optional<std::string> published_text(const Field& f, std::string_view what) {
    if (f.text.empty()) {
        throw LineError{f.position, std::string(what) + " is empty: write \"" + std::string(not_published) +
                                        "\" when it was not published"};
    }
    if (f.text == not_published) return std::nullopt;
    return f.text;
}

class Reader {
public:
    explicit Reader(std::string_view source) : source_(source) {}

    void line(std::size_t number, std::string_view text) {
        if (number == 1 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a spreadsheet's BOM
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        if (pi::is_blank(text) || text.front() == '#') return;
        try {
            try {
                record(split(text));
            } catch (const Error& e) {
                // A record the model rejects (duplicate id, date out of order…): same line, the
                // model's own message as the reason, pointing at the record's second field.
                throw LineError{field_position_, e.what()};
            }
        } catch (const LineError& e) {
            throw FileParseError(source_, number, text, e.position, e.reason);
        }
    }

    PilotProgramme finish(std::size_t lines) {
        if (!version_seen_)
            throw FileParseError(source_, lines == 0 ? 1 : lines, "", 0, "no svctrade-pilot version record");
        if (!programme_) throw FileParseError(source_, lines == 0 ? 1 : lines, "", 0, "no programme record");
        return std::move(*programme_);
    }

private:
    static void expect(const std::vector<Field>& f, std::size_t n, std::string_view layout) {
        if (f.size() != n) {
            const std::size_t at = f.size() > n ? f[n].position : f.back().position + f.back().text.size();
            throw LineError{at, "a " + std::string(f[0].text) + " record has " + std::to_string(n) + " fields (" +
                                    std::string(layout) + "), this one has " + std::to_string(f.size())};
        }
    }

    void record(const std::vector<Field>& f) {
        const std::string& kind = f[0].text;
        field_position_ = f.size() > 1 ? f[1].position : 0;
        if (!version_seen_) {
            if (kind != "svctrade-pilot") throw LineError{0, "the first record must be svctrade-pilot,1"};
            expect(f, 2, "svctrade-pilot,<version>");
            if (f[1].text != std::to_string(pilot_file_version)) {
                throw LineError{f[1].position,
                                "unsupported format version \"" + f[1].text + "\" (this library reads 1)"};
            }
            version_seen_ = true;
            return;
        }
        if (kind == "programme") {
            if (programme_) throw LineError{0, "a second programme record (a file holds one programme)"};
            expect(f, 6, "programme,name,jurisdiction,approval date,period first day,period last day");
            const auto approval = parse_date(f[3], "the approval date");
            const auto first = parse_date(f[4], "the period's first day");
            const auto last = parse_date(f[5], "the period's last day");
            field_position_ = f[4].position;
            programme_.emplace(f[1].text, f[2].text, approval, Period::range(first, last));
            return;
        }
        if (kind != "task" && kind != "status" && kind != "achievement") {
            throw LineError{0,
                            "unknown record kind \"" + kind + "\" (expected programme, task, status or achievement)"};
        }
        if (!programme_) throw LineError{0, "a " + kind + " record before the programme record"};
        if (kind == "task") {
            // The categories field may be left out: a task list without categories stays short.
            if (f.size() < 5 || f.size() > 6) {
                const std::size_t at = f.size() > 6 ? f[6].position : f.back().position + f.back().text.size();
                throw LineError{at,
                                "a task record has 5 or 6 fields (task,id,title,agency,due date[,categories]), "
                                "this one has " +
                                    std::to_string(f.size())};
            }
            std::optional<boost::gregorian::date> due;
            if (!f[4].text.empty()) due = parse_date(f[4], "the due date");
            PilotTask task(f[1].text, published_text(f[2], "the title"), published_text(f[3], "the agency"), due);
            if (f.size() == 6) {
                field_position_ = f[5].position;
                std::istringstream codes(f[5].text);
                for (std::string code; codes >> code;) task.link_category(Category::from_code(code));
            }
            field_position_ = f[1].position;
            programme_->add_task(std::move(task));
        } else if (kind == "status") {
            expect(f, 5, "status,task id,date,status,reason");
            const auto date = parse_date(f[2], "the date");
            TaskStatus status{};
            try {
                status = parse_task_status(f[3].text);
            } catch (const ParseError& e) {
                throw LineError{f[3].position, "\"" + f[3].text + "\" is " + e.reason()};
            }
            programme_->record(f[1].text, date, status, f[4].text);
        } else {
            expect(f, 6, "achievement,id,title,date,yes or no,task ids");
            const auto date = parse_date(f[3], "the date");
            if (f[4].text != "yes" && f[4].text != "no") {
                throw LineError{f[4].position, "nationwide promotion \"" + f[4].text + "\" must be yes or no"};
            }
            std::vector<std::string> ids;
            std::istringstream list(f[5].text);
            for (std::string id; list >> id;) ids.push_back(id);
            programme_->add_achievement(ReplicableAchievement(f[1].text, published_text(f[2], "the title"), date,
                                                              f[4].text == "yes", std::move(ids)));
        }
    }

    std::string source_;
    bool version_seen_ = false;
    std::optional<PilotProgramme> programme_;
    std::size_t field_position_ = 0;
};

void put(std::string& out, std::string_view field) {
    out += ',';
    if (field.find_first_of(",\"") == std::string_view::npos) {
        out.append(field);
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

std::string_view or_not_published(const std::optional<std::string>& text) noexcept {
    return text ? std::string_view(*text) : not_published;
}

}  // namespace

PilotProgramme parse_pilot_csv(std::string_view text, std::string_view source) {
    Reader reader(source);
    std::size_t number = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        reader.line(++number, text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
    return reader.finish(number);
}

PilotProgramme read_pilot_csv(std::istream& in, std::string_view source) {
    Reader reader(source);
    std::size_t number = 0;
    for (std::string line; std::getline(in, line);) reader.line(++number, line);
    if (in.bad())
        throw Error("cannot read " + std::string(source) + ": the stream failed after line " + std::to_string(number));
    return reader.finish(number);
}

PilotProgramme load_pilot_csv(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw NotFound("cannot open pilot file " + path.string());
    return read_pilot_csv(in, path.string());
}

std::string to_pilot_csv(const PilotProgramme& programme) {
    std::string out = "svctrade-pilot," + std::to_string(pilot_file_version) + "\n";
    out += "programme";
    put(out, programme.name());
    put(out, programme.jurisdiction());
    put(out, pi::iso(programme.approval_date()));
    put(out, pi::iso(programme.pilot_period().first()));
    put(out, pi::iso(programme.pilot_period().last()));
    out += '\n';
    for (const auto& task : programme.tasks()) {
        out += "task";
        put(out, task.id());
        put(out, or_not_published(task.title()));
        put(out, or_not_published(task.agency()));
        put(out, task.due_date() ? pi::iso(*task.due_date()) : std::string());
        std::string codes;
        for (const auto category : task.categories()) {
            if (!codes.empty()) codes += ' ';
            codes.append(category.code());
        }
        put(out, codes);
        out += '\n';
        for (const auto& change : task.history()) {
            out += "status";
            put(out, task.id());
            put(out, pi::iso(change.date));
            put(out, code(change.status));
            put(out, change.reason);
            out += '\n';
        }
    }
    for (const auto& a : programme.achievements()) {
        out += "achievement";
        put(out, a.id());
        put(out, or_not_published(a.title()));
        put(out, pi::iso(a.date()));
        put(out, a.promoted_nationwide() ? "yes" : "no");
        std::string ids;
        for (const auto& id : a.task_ids()) {
            if (!ids.empty()) ids += ' ';
            ids += id;
        }
        put(out, ids);
        out += '\n';
    }
    return out;
}

void write_pilot_csv(std::ostream& out, const PilotProgramme& programme) {
    const std::string text = to_pilot_csv(programme);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) throw Error("cannot write the pilot programme \"" + programme.name() + "\": the stream failed");
}

void save_pilot_csv(const std::filesystem::path& path, const PilotProgramme& programme) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw Error("cannot open " + path.string() + " for writing");
    write_pilot_csv(out, programme);
    out.close();
    if (!out) throw Error("cannot write " + path.string());
}

}  // namespace svctrade
