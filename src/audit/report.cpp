// SPDX-License-Identifier: BSL-1.0
// A whole audit report as text, CSV or JSON. Every form is built in memory and returned whole, so
// that a program prints all of it or nothing.
#include <svctrade/audit/report.hpp>

#include <svctrade/error.hpp>
#include <svctrade/periods/text.hpp>
#include <svctrade/text/csv_writer.hpp>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>
#include "utf8_decode.hpp"

namespace svctrade {

namespace {

const Claim& claim_of(std::span<const Release> releases, ClaimRef r) {
    if (r.release >= releases.size() || r.claim >= releases[r.release].claims().size()) {
        throw InvalidArgument("the report refers to claim " + std::to_string(r.claim) + " of release " +
                              std::to_string(r.release) + ", which the releases given do not hold");
    }
    return releases[r.release].claims()[r.claim];
}

std::string row_of(std::span<const Release> releases, ClaimRef r, bool file_names) {
    const Claim& c = claim_of(releases, r);
    if (c.source.line == 0) return releases[r.release].id() + "#" + std::to_string(r.claim + 1);
    return (file_names ? c.source.file + ":" : std::string()) + std::to_string(c.source.line);
}

std::string rows(std::span<const Release> releases, const Check& c, bool file_names) {
    std::string s;
    for (const ClaimRef r : c.inputs) {
        if (!s.empty()) s += ';';
        s += row_of(releases, r, file_names);
    }
    if (c.compared) {
        if (!s.empty()) s += ';';
        s += row_of(releases, *c.compared, file_names);
    }
    return s;
}

std::string computed(const Check& c, int digits) {
    return c.root > 1 ? root_enclosure(c.computed, c.root, digits) : c.computed.to_exact_string();
}

std::string tags(const Check& c) {
    std::string s;
    if (c.approximate_input) s = "approximate_input";
    if (c.derived_input) s += std::string(s.empty() ? "" : ";") + "derived_input";
    return s;
}

std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (ch == '\n') {
            out += "\\n";
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += ch;
        }
    }
    return out + "\"";
}

std::string summary(const AuditReport& report, std::size_t releases) {
    const std::size_t flips = report.flips().size();
    std::string s = std::to_string(releases) + " releases, " + std::to_string(report.checks.size()) +
                    " checks: " + std::to_string(report.count(Verdict::consistent)) + " consistent, " +
                    std::to_string(report.count(Verdict::inconsistent)) + " inconsistent, " +
                    std::to_string(report.count(Verdict::boundary)) + " boundary, " +
                    std::to_string(report.count(Verdict::inference)) + " inferences; negative figures rounded by " +
                    std::string(to_string(report.convention)) + ", " + std::to_string(flips) +
                    (flips == 1 ? " verdict flips" : " verdicts flip") + " under " +
                    std::string(to_string(other(report.convention)));
    if (!report.unevaluated.empty())
        s += "; " + std::to_string(report.unevaluated.size()) + " not evaluated (too large)";
    return s;
}

std::string release_heading(const Release& r) {
    return "\nRelease " + r.id() + " (" + r.area() + (r.basis().empty() ? "" : ", " + r.basis()) +
           (r.published() ? ", published " + to_sdmx(Period::day(*r.published())) : "") + ")\n";
}

std::string text_report(std::span<const Release> releases, const AuditReport& report, const ReportOptions& o) {
    std::string out = summary(report, releases.size()) + "\n";
    std::size_t current = releases.size();
    for (const Check& c : report.checks) {
        if (c.release != current) {
            current = c.release;
            out += release_heading(releases[current]);
        }
        out += "  [" + std::string(to_string(c.verdict)) + "] " + std::string(to_string(c.kind)) + ", rows " +
               rows(releases, c, o.file_names) +
               (c.flips() ? ", " + std::string(to_string(c.other_verdict)) + " under " +
                                std::string(to_string(other(report.convention)))
                          : "") +
               "\n    computed " + computed(c, o.root_digits) +
               (c.published ? "; published " + c.published->to_exact_string() : "") + "\n    " +
               sentence(c, releases, o.language) + "\n";
    }
    return out;
}

constexpr std::string_view csv_header =
    "release,check,rows,verdict,other_verdict,computed,published,tags,sentence_en,sentence_zh";

void append_csv_fields(std::string& out, std::span<const std::string> fields) {
    bool first = true;
    for (const std::string& f : fields) {
        if (!first) out += ',';
        append_csv_field(out, f);
        first = false;
    }
}

// The fields of a check's row, in csv_header's order.
std::vector<std::string> csv_fields(std::span<const Release> releases, const Check& c, const ReportOptions& o) {
    return {
        releases[c.release].id(),
        std::string(to_string(c.kind)),
        rows(releases, c, o.file_names),
        std::string(to_string(c.verdict)),
        std::string(to_string(c.other_verdict)),
        computed(c, o.root_digits),
        c.published ? c.published->to_exact_string() : std::string(),
        tags(c),
        sentence(c, releases, Language::english),
        sentence(c, releases, Language::chinese),
    };
}

std::string csv_report(std::span<const Release> releases, const AuditReport& report, const ReportOptions& o) {
    std::string out = std::string(csv_header) + "\n";
    for (const Check& c : report.checks) {
        append_csv_fields(out, csv_fields(releases, c, o));
        out += '\n';
    }
    return out;
}

// A check's members of a JSON object (without the braces).
std::string json_fields(std::span<const Release> releases, const Check& c, const ReportOptions& o) {
    return "\"release\": " + json_string(releases[c.release].id()) + ", \"check\": " + json_string(to_string(c.kind)) +
           ", \"rows\": " + json_string(rows(releases, c, o.file_names)) +
           ", \"verdict\": " + json_string(to_string(c.verdict)) +
           ", \"other_verdict\": " + json_string(to_string(c.other_verdict)) +
           ", \"computed\": " + json_string(computed(c, o.root_digits)) +
           ", \"published\": " + (c.published ? json_string(c.published->to_exact_string()) : "null") +
           ", \"tags\": " + json_string(tags(c)) +
           ", \"sentence_en\": " + json_string(sentence(c, releases, Language::english)) +
           ", \"sentence_zh\": " + json_string(sentence(c, releases, Language::chinese));
}

std::string json_report(std::span<const Release> releases, const AuditReport& report, const ReportOptions& o) {
    std::string out = "{\n  \"convention\": " + json_string(to_string(report.convention)) +
                      ",\n  \"summary\": " + json_string(summary(report, releases.size())) + ",\n  \"checks\": [";
    bool first = true;
    for (const Check& c : report.checks) {
        out += first ? "\n" : ",\n";
        first = false;
        out += "    {" + json_fields(releases, c, o) + "}";
    }
    return out + "\n  ]\n}\n";
}

// The flips' forms. Columns and members under the audit's convention come first (as in the
// normal report), then each convention's verdict, computed and published.

std::string flips_summary(const ConventionFlips& f, std::size_t releases) {
    const std::size_t n = f.flips.size();
    std::string s =
        std::to_string(releases) + " releases, " + std::to_string(f.checks) + " checks, " +
        std::to_string(f.evaluated_twice) + " with a negative or zero rounded figure: " + std::to_string(n) +
        (n == 1 ? " verdict flips" : " verdicts flip") + " between " + std::string(to_string(f.convention)) +
        " (the report's convention) and " + std::string(to_string(other(f.convention)));
    if (!f.unevaluated.empty()) s += "; " + std::to_string(f.unevaluated.size()) + " not evaluated (too large)";
    return s;
}

constexpr NegativeRounding both[] = {NegativeRounding::magnitude, NegativeRounding::toward_positive};

std::string published_text(const Check& c) {
    return c.published ? c.published->to_exact_string() : std::string();
}

std::string text_flips(std::span<const Release> releases, const ConventionFlips& f, const ReportOptions& o) {
    std::string out = flips_summary(f, releases.size()) + "\n";
    std::size_t current = releases.size();
    for (const ConventionFlip& flip : f.flips) {
        const Check& c = flip.under(f.convention);
        if (c.release != current) {
            current = c.release;
            out += release_heading(releases[current]);
        }
        out += "  [" + std::string(to_string(flip.magnitude.verdict)) + " under magnitude, " +
               std::string(to_string(flip.toward_positive.verdict)) + " under toward_positive] " +
               std::string(to_string(c.kind)) + ", rows " + rows(releases, c, o.file_names) + "\n";
        for (const NegativeRounding convention : both) {
            const Check& side = flip.under(convention);
            out += "    " + std::string(to_string(convention)) + ": computed " + computed(side, o.root_digits) +
                   (side.published ? "; published " + side.published->to_exact_string() : "") + "\n";
        }
        out += "    " + sentence(c, releases, o.language) + "\n";
    }
    return out;
}

std::string csv_flips(std::span<const Release> releases, const ConventionFlips& f, const ReportOptions& o) {
    std::string out = std::string(csv_header) +
                      ",verdict_magnitude,computed_magnitude,published_magnitude,verdict_toward_positive,"
                      "computed_toward_positive,published_toward_positive\n";
    for (const ConventionFlip& flip : f.flips) {
        std::vector<std::string> fields = csv_fields(releases, flip.under(f.convention), o);
        for (const NegativeRounding convention : both) {
            const Check& side = flip.under(convention);
            fields.emplace_back(to_string(side.verdict));
            fields.push_back(computed(side, o.root_digits));
            fields.push_back(published_text(side));
        }
        append_csv_fields(out, fields);
        out += '\n';
    }
    return out;
}

std::string json_flips(std::span<const Release> releases, const ConventionFlips& f, const ReportOptions& o) {
    std::string out = "{\n  \"convention\": " + json_string(to_string(f.convention)) +
                      ",\n  \"summary\": " + json_string(flips_summary(f, releases.size())) + ",\n  \"flips\": [";
    bool first = true;
    for (const ConventionFlip& flip : f.flips) {
        out += first ? "\n" : ",\n";
        first = false;
        out += "    {" + json_fields(releases, flip.under(f.convention), o);
        for (const NegativeRounding convention : both) {
            const Check& side = flip.under(convention);
            out +=
                ", " + json_string(to_string(convention)) + ": {\"verdict\": " + json_string(to_string(side.verdict)) +
                ", \"computed\": " + json_string(computed(side, o.root_digits)) +
                ", \"published\": " + (side.published ? json_string(side.published->to_exact_string()) : "null") + "}";
        }
        out += "}";
    }
    return out + (first ? "]\n}\n" : "\n  ]\n}\n");
}

}  // namespace

ReportFormat parse_report_format(std::string_view text) {
    text_detail::require_utf8(text);

    if (text == "text") return ReportFormat::text;
    if (text == "csv") return ReportFormat::csv;
    if (text == "json") return ReportFormat::json;
    throw ParseError(text, 0, "not a report format: use text, csv or json");
}

std::string render_report(std::span<const Release> releases, const AuditReport& report, const ReportOptions& options) {
    for (const Check& c : report.checks) {
        if (c.release >= releases.size())
            throw InvalidArgument("the report refers to a release the releases given do not hold");
    }
    switch (options.format) {
        case ReportFormat::csv:
            return csv_report(releases, report, options);
        case ReportFormat::json:
            return json_report(releases, report, options);
        default:
            return text_report(releases, report, options);
    }
}

std::string render_flips(std::span<const Release> releases, const ConventionFlips& flips,
                         const ReportOptions& options) {
    for (const ConventionFlip& f : flips.flips) {
        for (const NegativeRounding convention : both) {
            const Check& c = f.under(convention);
            if (c.release >= releases.size())
                throw InvalidArgument("the flips refer to release " + std::to_string(c.release) +
                                      ", which the releases given do not hold");
            (void)rows(releases, c, false);  // every claim it names is in `releases`
            (void)claim_of(releases, c.about);
        }
    }
    switch (options.format) {
        case ReportFormat::csv:
            return csv_flips(releases, flips, options);
        case ReportFormat::json:
            return json_flips(releases, flips, options);
        default:
            return text_flips(releases, flips, options);
    }
}

}  // namespace svctrade
