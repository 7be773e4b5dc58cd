// SPDX-License-Identifier: BSL-1.0
/// \file
/// The sentence patterns of a bulletin as data: a small table per language that a bureau can
/// change without touching code. A pattern holds words and `{field}` names; the library fills
/// every number, unit and direction word, never the template.
///
/// A table has three columns, `sentence`, `case` and `pattern` (a CSV file with a header row;
/// other columns are kept and ignored). For each sentence it writes, the renderer tries the cases
/// the figures allow, most specific first (for a deficit that narrowed: `deficit_narrower`, then
/// `deficit`), and within a case the rows in table order: the first row whose fields all have a
/// value is written. When no row fits, the sentence is left out; a figure is never replaced by 0.
/// docs/bulletins.md lists every sentence, case and field.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <svctrade/export.hpp>
#include <svctrade/text/csv.hpp>

namespace svctrade {

/// One row of a template table.
struct TemplateRow {
    std::string sentence;   ///< What the row writes: `whole`, `item`, `balance`, `footnote`, `flow` or `qualifier`.
    std::string case_name;  ///< Which situation it is for (the `case` column), e.g. `total`, `deficit_narrower`.
    std::string pattern;    ///< The text with `{field}` names; `{{` and `}}` stand for braces.
    std::vector<std::string> fields;  ///< The field names of the pattern, in order of appearance.
    std::size_t line = 0;             ///< The line of the row in its file (0 for rows built in code).
};

/// A table of sentence patterns for one language.
class SVCTRADE_EXPORT TemplateTable {
public:
    /// Reads a table from CSV text (see the file comment).
    /// \throws CsvError naming `source`, line and column for malformed CSV, a missing column, an
    ///         unknown sentence or case, a field the sentence does not have, an unclosed or stray
    ///         brace, a word row (`flow`, `qualifier`) with a field, or a `flow` or `qualifier`
    ///         case without a row.
    [[nodiscard]] static TemplateTable parse(std::string_view csv, std::string source);
    /// \returns the built-in English table (MOFCOM English release and China Daily style).
    [[nodiscard]] static const TemplateTable& english();
    /// \returns the built-in Chinese table (商务部 release style).
    [[nodiscard]] static const TemplateTable& chinese();
    /// \returns the built-in English table as CSV text, to start a bureau's own table from.
    [[nodiscard]] static std::string_view english_csv() noexcept;
    /// \returns the built-in Chinese table as CSV text.
    [[nodiscard]] static std::string_view chinese_csv() noexcept;

    /// \returns the rows in table order.
    [[nodiscard]] const std::vector<TemplateRow>& rows() const noexcept { return rows_; }
    /// \returns the name the table was read from.
    [[nodiscard]] const std::string& source() const noexcept { return source_; }
    /// \returns the first row of `sentence` in `case_name` whose fields all satisfy `has`, or
    ///          nullptr when none does.
    template <class Has>
    [[nodiscard]] const TemplateRow* first_fitting(std::string_view sentence, std::string_view case_name,
                                                   Has&& has) const {
        for (const TemplateRow& row : rows_) {
            if (row.sentence != sentence || row.case_name != case_name) continue;
            bool fits = true;
            for (const std::string& f : row.fields) fits = fits && has(f);
            if (fits) return &row;
        }
        return nullptr;
    }
    /// \returns the word of a word row (`flow` or `qualifier`) for `case_name`.
    /// \throws NotFound when the table has none (parse() refuses such tables).
    [[nodiscard]] const std::string& word(std::string_view sentence, std::string_view case_name) const;

private:
    TemplateTable(std::vector<TemplateRow> rows, std::string source)
        : rows_(std::move(rows)), source_(std::move(source)) {}
    std::vector<TemplateRow> rows_;
    std::string source_;
};

/// The sentences, their cases and their fields, as docs/bulletins.md lists them.
struct SentenceShape {
    std::string_view sentence;                 ///< The sentence name.
    std::span<const std::string_view> cases;   ///< Its cases.
    std::span<const std::string_view> fields;  ///< The fields its patterns may use (none for word rows).
};

/// \returns every sentence a table may hold, with its cases and fields.
[[nodiscard]] SVCTRADE_EXPORT std::span<const SentenceShape> sentence_shapes() noexcept;

/// Fills `row`'s pattern: each `{field}` is replaced by `value(field)`, `{{` and `}}` by braces.
/// \returns the text.
template <class Value>
[[nodiscard]] std::string fill(const TemplateRow& row, Value&& value) {
    std::string out;
    const std::string& p = row.pattern;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if ((p[i] == '{' || p[i] == '}') && i + 1 < p.size() && p[i + 1] == p[i]) {
            out += p[i++];
        } else if (p[i] == '{') {
            const std::size_t close = p.find('}', i);
            out += value(std::string_view(p).substr(i + 1, close - i - 1));
            i = close;
        } else {
            out += p[i];
        }
    }
    return out;
}

}  // namespace svctrade
