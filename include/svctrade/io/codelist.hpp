// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::Codelist, a list of codes with their parents and labels as a statistics office
/// publishes it (a service-type list, an SDMX codelist export), read from CSV as it is, defects
/// included: a duplicated code or a parent that does not exist is kept for check_codelist() to
/// report, never merged or dropped on the way in.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <svctrade/export.hpp>
#include <svctrade/text/csv_reader.hpp>

namespace svctrade {

/// Which services classification a codelist says it follows. The caller states it: nothing in a
/// codelist file says reliably which edition its codes come from.
enum class ClassificationVersion : std::uint8_t {
    unspecified,  ///< Not stated (an office's own list, such as the ONS numeric notation).
    ebops2002,    ///< EBOPS 2002 (MSITS 2002, BPM5): numeric codes such as 200, 205, 236.
    ebops2010     ///< EBOPS 2010 (MSITS 2010, BPM6): alpha codes such as S, SA, SI2.
};

/// \returns "unspecified", "EBOPS 2002" or "EBOPS 2010".
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(ClassificationVersion version) noexcept;

/// A label of a code in one language.
struct CodelistLabel {
    std::string language;  ///< The language tag as the file gives it ("en", "fr", "zh"…).
    std::string text;      ///< The label, as written (only leading and trailing spaces removed).
    /// Two labels are equal when language and text are.
    friend bool operator==(const CodelistLabel&, const CodelistLabel&) = default;
};

/// One row of a codelist: a code, the code of its parent (empty for a top-level code) and its
/// labels, with the line it was read from so that a defect can be found in the file.
struct SVCTRADE_EXPORT CodelistItem {
    std::string code;                   ///< The code ("3.1", "SC1"); empty only if the file left it empty.
    std::string parent;                 ///< The parent's code, or empty for a top-level code.
    std::vector<CodelistLabel> labels;  ///< The labels, in the order of the file's columns.
    std::size_t line = 0;               ///< The 1-based line of the row in its file; 0 for an item made in code.

    /// \returns the label in `language`, or no value when the item has none in it.
    [[nodiscard]] std::optional<std::string_view> label(std::string_view language) const noexcept;
    /// Two items are equal when code, parent, labels and line are.
    friend bool operator==(const CodelistItem&, const CodelistItem&) = default;
};

/// A codelist: items in file order, the classification it claims to follow and the name of the
/// file it came from. Items are kept as given — two items may share a code and a parent may be
/// missing — so that check_codelist() can name every defect with its line.
class SVCTRADE_EXPORT Codelist {
public:
    /// An empty codelist of the classification `version`, named `source` in messages (a file name).
    explicit Codelist(ClassificationVersion version = ClassificationVersion::unspecified, std::string source = {})
        : version_(version), source_(std::move(source)) {}
    /// Appends `item` as it is (a duplicate code included).
    void add(CodelistItem item) { items_.push_back(std::move(item)); }
    /// \returns the items in the order they were added (file order).
    [[nodiscard]] const std::vector<CodelistItem>& items() const noexcept { return items_; }
    /// \returns the number of items (a duplicated code counts each time).
    [[nodiscard]] std::size_t size() const noexcept { return items_.size(); }
    /// \returns the first item with `code`, or nullptr when there is none.
    [[nodiscard]] const CodelistItem* find(std::string_view code) const noexcept;
    /// \returns the classification the codelist claims to follow.
    [[nodiscard]] ClassificationVersion version() const noexcept { return version_; }
    /// \returns the name messages give for the codelist (its file name).
    [[nodiscard]] const std::string& source() const noexcept { return source_; }
    /// Two codelists are equal when version, source and items are.
    friend bool operator==(const Codelist&, const Codelist&) = default;

private:
    ClassificationVersion version_;
    std::string source_;
    std::vector<CodelistItem> items_;
};

/// A column of a codelist file that holds labels, and their language.
struct CodelistLabelColumn {
    std::string column;  ///< The column's name in the header.
    /// The language of its labels; empty for a column whose cells name their languages
    /// themselves, `en:Sea transport;fr:Transport maritime` (SDMX-CSV 2.0's multilingual form).
    std::string language;
};

/// Which columns of a codelist file hold what. An empty field is found from the header:
/// - the code: `Notation`, `Code`, `Id` or `ID` (compared without regard to ASCII case);
/// - the parent: `Parent Notation`, `Parent`, `Parent Code`, `Parent Id` or `Parent_ID`; a file
///   without one is a flat list;
/// - labels: `Label` and `Name` in `default_language`, and `Label[xx]`, `Name[xx]`, `Label:xx` or
///   `Name:xx` in language `xx` (SDMX exports write one column per language); `Name[en;fr]` or
///   `Name[]` for a column whose cells hold `xx:label` pairs separated by `;` (a `;` not followed
///   by a language tag and a colon belongs to the label, as in "Sea transport; Passenger").
struct CodelistCsvLayout {
    std::string code_column;                         ///< The code column, or empty to find it.
    std::string parent_column;                       ///< The parent column, or empty to find it.
    std::vector<CodelistLabelColumn> label_columns;  ///< The label columns, or empty to find them.
    std::string default_language = "en";             ///< The language of a label column without one.
};

/// Reads a codelist from the CSV text `text` (the first record is the header), named `source`
/// in messages, as the classification `version` and with the columns `layout` names.
///
/// Codes, parents and labels lose leading and trailing spaces; other columns (a sort priority, a
/// description) are ignored. A row is kept whatever its code: duplicates, an empty code and a
/// parent that does not exist are left for check_codelist() to report, every one of them.
/// \returns the codelist, items in file order with their lines.
/// \throws CsvError naming the line and column for text that is not CSV or not UTF-8 (see
///         CsvReader::next()), a header without a code column (or without a column `layout`
///         names), and a row with more or fewer fields than the header.
[[nodiscard]] SVCTRADE_EXPORT Codelist read_codelist_csv(std::string_view text, std::string source,
                                                         ClassificationVersion version,
                                                         const CodelistCsvLayout& layout = {}, CsvDialect dialect = {});

/// Reads a codelist from the stream `in` as read_codelist_csv(std::string_view, std::string,
/// ClassificationVersion, const CodelistCsvLayout&, CsvDialect) does, row by row.
/// \returns the codelist.
/// \throws as that overload; Error when the stream fails to read.
[[nodiscard]] SVCTRADE_EXPORT Codelist read_codelist_csv(std::istream& in, std::string source,
                                                         ClassificationVersion version,
                                                         const CodelistCsvLayout& layout = {}, CsvDialect dialect = {});

}  // namespace svctrade
