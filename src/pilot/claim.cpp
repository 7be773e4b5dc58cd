// SPDX-License-Identifier: BSL-1.0
#include <svctrade/pilot/claim.hpp>

#include <svctrade/error.hpp>
#include <svctrade/pilot/progress.hpp>

#include <array>
#include <cctype>
#include <limits>
#include <optional>
#include "utf8_decode.hpp"

namespace svctrade {

namespace {

struct Alias {
    std::string_view phrase;
    TaskStatus status;
};

// The short forms are those of the claim as people quote it ("41 completed, 20 partial, 27
// promoted of 88"); the long forms are the report's own ("fully completed", "being actively
// promoted").
constexpr std::array<Alias, 13> aliases{{
    {"completed", TaskStatus::completed},
    {"fully completed", TaskStatus::completed},
    {"partial", TaskStatus::partially_implemented},
    {"partially implemented", TaskStatus::partially_implemented},
    {"partially_implemented", TaskStatus::partially_implemented},
    {"promoted", TaskStatus::being_promoted},
    {"being promoted", TaskStatus::being_promoted},
    {"being actively promoted", TaskStatus::being_promoted},
    {"being_promoted", TaskStatus::being_promoted},
    {"in progress", TaskStatus::being_promoted},
    {"not started", TaskStatus::not_started},
    {"not_started", TaskStatus::not_started},
    {"not yet started", TaskStatus::not_started},
}};

bool space(char c) noexcept {
    return c == ' ' || c == '\t';
}
bool digit(char c) noexcept {
    return c >= '0' && c <= '9';
}

class ClaimParser {
public:
    explicit ClaimParser(std::string_view text) : text_(text) {}

    ProgressClaim parse() {
        ProgressClaim claim;
        std::array<bool, 4> seen{};
        for (;;) {
            skip_spaces();
            const std::size_t count = number("a count");
            if (!at_space()) fail("expected a space and a status after the count");
            skip_spaces();
            const std::size_t start = pos_;
            while (pos_ < text_.size() && text_[pos_] != ',' && !at_of()) ++pos_;
            std::string_view phrase = text_.substr(start, pos_ - start);
            while (!phrase.empty() && space(phrase.back())) phrase.remove_suffix(1);
            const auto status = lookup(phrase);
            if (!status) fail_at(start, "unknown status \"" + std::string(phrase) + "\"");
            auto& flag = seen[static_cast<std::size_t>(*status)];
            if (flag) fail_at(start, "the status " + std::string(english_name(*status)) + " is given twice");
            flag = true;
            set(claim, *status, count);
            if (pos_ == text_.size()) fail("expected \" of <total>\" at the end");
            if (text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            pos_ += 4;  // " of "
            skip_spaces();
            claim.total = number("the total");
            skip_spaces();
            if (pos_ != text_.size()) fail("unexpected text after the total");
            return claim;
        }
    }

private:
    [[noreturn]] void fail(const std::string& reason) const { throw ParseError(text_, pos_, reason); }
    [[noreturn]] void fail_at(std::size_t at, const std::string& reason) const { throw ParseError(text_, at, reason); }

    void skip_spaces() noexcept {
        while (pos_ < text_.size() && space(text_[pos_])) ++pos_;
    }
    [[nodiscard]] bool at_space() const noexcept { return pos_ < text_.size() && space(text_[pos_]); }
    [[nodiscard]] bool at_of() const noexcept { return text_.substr(pos_, 4) == " of "; }

    std::size_t number(const char* what) {
        if (pos_ >= text_.size() || !digit(text_[pos_])) fail(std::string("expected ") + what + " (digits)");
        const std::size_t start = pos_;
        std::size_t value = 0;
        while (pos_ < text_.size() && digit(text_[pos_])) {
            const auto d = static_cast<std::size_t>(text_[pos_] - '0');
            if (value > (std::numeric_limits<std::size_t>::max() - d) / 10)
                fail_at(start, std::string(what) + " is too large");
            value = value * 10 + d;
            ++pos_;
        }
        return value;
    }

    static std::optional<TaskStatus> lookup(std::string_view phrase) noexcept {
        for (const auto& a : aliases) {
            if (a.phrase.size() != phrase.size()) continue;
            bool same = true;
            for (std::size_t i = 0; i < phrase.size() && same; ++i) {
                same = std::tolower(static_cast<unsigned char>(phrase[i])) == static_cast<unsigned char>(a.phrase[i]);
            }
            if (same) return a.status;
        }
        return std::nullopt;
    }

    static void set(ProgressClaim& claim, TaskStatus status, std::size_t count) noexcept {
        switch (status) {
            case TaskStatus::completed:
                claim.completed = count;
                break;
            case TaskStatus::partially_implemented:
                claim.partially_implemented = count;
                break;
            case TaskStatus::being_promoted:
                claim.being_promoted = count;
                break;
            case TaskStatus::not_started:
                claim.not_started = count;
                break;
        }
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

std::string sentence(std::string_view subject, std::size_t claimed, std::size_t found, std::string_view what) {
    return std::string(subject) + ": the claim gives " + std::to_string(claimed) + ", " + std::string(what) + " " +
           std::to_string(found);
}

// The sum of the parts, checked for overflow so that absurd counts give a finding, not a wrap.
std::optional<std::size_t> sum_of_parts(const ProgressClaim& claim) noexcept {
    std::size_t sum = 0;
    for (const auto status : all_task_statuses) {
        const std::size_t c = claim.count(status);
        if (c > std::numeric_limits<std::size_t>::max() - sum) return std::nullopt;
        sum += c;
    }
    return sum;
}

void check_own_sum(const ProgressClaim& claim, std::vector<ClaimFinding>& findings) {
    const auto sum = sum_of_parts(claim);
    if (!sum) {
        findings.push_back(ClaimFinding{"total", claim.total, std::numeric_limits<std::size_t>::max(),
                                        "total: the parts of the claim add up to more than can be counted"});
    } else if (*sum != claim.total) {
        findings.push_back(
            ClaimFinding{"total", claim.total, *sum, sentence("total", claim.total, *sum, "its parts add up to")});
    }
}

}  // namespace

std::size_t ProgressClaim::count(TaskStatus status) const noexcept {
    switch (status) {
        case TaskStatus::completed:
            return completed;
        case TaskStatus::partially_implemented:
            return partially_implemented;
        case TaskStatus::being_promoted:
            return being_promoted;
        case TaskStatus::not_started:
            return not_started;
    }
    return 0;
}

Outcome<Share> ProgressClaim::share(TaskStatus status) const {
    if (total == 0) return NoAnswer(Reason::zero_base);
    return Share::of(Decimal(count(status)), Decimal(total));
}

ProgressClaim ProgressClaim::parse(std::string_view text) {
    text_detail::require_utf8(text);

    return ClaimParser(text).parse();
}

std::string ClaimCheck::summary() const {
    if (findings_.empty()) return "consistent";
    std::string s;
    for (const auto& f : findings_) {
        if (!s.empty()) s += "; ";
        s += f.message;
    }
    return s;
}

ClaimCheck check_claim(const ProgressClaim& claim) {
    std::vector<ClaimFinding> findings;
    check_own_sum(claim, findings);
    return ClaimCheck(std::move(findings));
}

ClaimCheck check_claim(const ProgressClaim& claim, const PilotProgramme& programme, boost::gregorian::date as_of) {
    const StatusCounts counts = count_statuses(programme, as_of);
    std::vector<ClaimFinding> findings;
    check_own_sum(claim, findings);
    if (claim.total != programme.task_count()) {
        findings.push_back(ClaimFinding{"tasks", claim.total, programme.task_count(),
                                        sentence("tasks", claim.total, programme.task_count(), "the programme has")});
    }
    // In the order reports print them: completed first.
    for (auto it = all_task_statuses.rbegin(); it != all_task_statuses.rend(); ++it) {
        const TaskStatus status = *it;
        if (claim.count(status) != counts.count(status)) {
            findings.push_back(ClaimFinding{
                std::string(code(status)), claim.count(status), counts.count(status),
                sentence(english_name(status), claim.count(status), counts.count(status), "the programme has")});
        }
    }
    if (counts.unrecorded() != 0) {
        findings.push_back(ClaimFinding{"unrecorded", 0, counts.unrecorded(),
                                        "unrecorded: " + std::to_string(counts.unrecorded()) +
                                            " tasks of the programme have no status recorded at that date"});
    }
    return ClaimCheck(std::move(findings));
}

}  // namespace svctrade
