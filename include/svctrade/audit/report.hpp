// SPDX-License-Identifier: BSL-1.0
/// \file
/// An audit's findings in words and tables: one sentence per check in English or Chinese that a
/// journalist could print, and the whole report as text, CSV or JSON (what `svctrade-audit`
/// prints).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include <svctrade/audit/audit.hpp>
#include <svctrade/audit/release.hpp>
#include <svctrade/export.hpp>
#include <svctrade/growth/words.hpp>

namespace svctrade {

/// \returns one sentence saying what the check found, in `language`: what was printed, whether
///          the other figures agree, and the range they give (rounded outward), e.g. "In January-
///          June 2021, the deficit of services trade printed as "1204.6亿元" agrees with the
///          exports and imports, which give between 1204.5亿元 and 1204.7亿元." A verdict that flips
///          between the conventions for negative figures is said so.
/// \throws InvalidArgument when the check refers to a claim not in `releases`.
[[nodiscard]] SVCTRADE_EXPORT std::string sentence(const Check& check, std::span<const Release> releases,
                                                   Language language);

/// The form of a whole report.
enum class ReportFormat : std::uint8_t {
    text,  ///< For reading: the checks by release, with their sentences.
    csv,   ///< One row per check (RFC 4180), the columns of docs/audit.md.
    json,  ///< One object per check, in an array, with a summary.
};

/// \returns the format named `text`, `csv` or `json`.
/// \throws ParseError for another name.
[[nodiscard]] SVCTRADE_EXPORT ReportFormat parse_report_format(std::string_view text);

/// How a report is written.
struct ReportOptions {
    ReportFormat format = ReportFormat::text;  ///< The form.
    Language language = Language::english;     ///< The language of the text form's sentences.
    /// Whether the `rows` column writes FILE:LINE (when several files were read) rather than LINE.
    bool file_names = false;
    /// The significant digits of average growth enclosures (at least 30 in CSV and JSON).
    int root_digits = 30;
};

/// \returns the whole report of `report` on `releases` in the asked form. CSV has the columns
///          release, check, rows, verdict, other_verdict, computed, published, tags, sentence_en,
///          sentence_zh: computed and published are exact intervals in bracket notation with
///          fractions in lowest terms in base units (yuan or dollars; growth, shares, points and
///          rates as fractions), or an outward enclosure for average growth; rows are the input
///          lines of the claims used and compared, `;`-separated.
/// \throws InvalidArgument when a check refers to a claim not in `releases`.
[[nodiscard]] SVCTRADE_EXPORT std::string render_report(std::span<const Release> releases, const AuditReport& report,
                                                        const ReportOptions& options = {});

/// \returns the verdicts that flip between the two conventions for negative figures
///          (convention_flips()) in the asked form, what `svctrade-audit --flips` prints. Text: a
///          summary line, then per flip its release, kind, rows, the verdict, computed and
///          published intervals under each convention, and its sentence under the audit's
///          convention. CSV: the columns of render_report() for the check under the audit's
///          convention (`flips.convention`), then verdict_magnitude, computed_magnitude,
///          published_magnitude, verdict_toward_positive, computed_toward_positive and
///          published_toward_positive. JSON: `{"convention", "summary", "flips": [...]}`, each
///          flip with the fields of render_report()'s checks and an object `magnitude` and
///          `toward_positive` holding that side's verdict, computed and published.
/// \throws InvalidArgument when a flip refers to a release or claim not in `releases`.
[[nodiscard]] SVCTRADE_EXPORT std::string render_flips(std::span<const Release> releases, const ConventionFlips& flips,
                                                       const ReportOptions& options = {});

}  // namespace svctrade
