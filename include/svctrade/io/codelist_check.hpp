// SPDX-License-Identifier: BSL-1.0
/// \file
/// Checks of a svctrade::Codelist: its integrity (check_codelist(): duplicate codes, parents
/// that do not exist, cycles, every defect with its file and line) and how it differs from the
/// built-in EBOPS 2010 tree (map_to_ebops2010()).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/categories/category.hpp>
#include <svctrade/error.hpp>
#include <svctrade/export.hpp>
#include <svctrade/io/codelist.hpp>

namespace svctrade {

/// What is wrong with an item of a codelist.
enum class CodelistDefectKind : std::uint8_t {
    empty_code,      ///< The row has no code.
    duplicate_code,  ///< The code was already given on an earlier line.
    missing_parent,  ///< The parent code is not a code of the codelist.
    cycle            ///< Following parents from the item comes back to it (a code that is its own parent too).
};

/// \returns "empty code", "duplicate code", "missing parent" or "cycle".
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(CodelistDefectKind kind) noexcept;

/// One defect of a codelist, where it is and what it involves.
struct CodelistDefect {
    CodelistDefectKind kind = CodelistDefectKind::empty_code;  ///< What is wrong.
    std::string code;                                          ///< The item's code.
    /// The other code involved: the missing parent's code; for a cycle the codes around it
    /// ("A > B > A"); empty otherwise.
    std::string other;
    std::size_t line = 0;        ///< The line of the item in the file (0 for an item made in code).
    std::size_t first_line = 0;  ///< For a duplicate, the line of the code's first item; else 0.
    /// The whole sentence, `<source>:<line>: <what>`, e.g.
    /// `bpm6.csv:58: duplicate code "3.1" (first given on line 8)`.
    std::string message;
};

/// Checks a codelist's integrity: every code given once, every parent a code of the list, no
/// cycle through parents.
/// \returns every defect, in file order of the items (a cycle at the first of its items), none
///          when the codelist is sound; a duplicate's parent is checked too, and the first item
///          of a code is the one parents refer to.
[[nodiscard]] SVCTRADE_EXPORT std::vector<CodelistDefect> check_codelist(const Codelist& codelist);

/// A codelist that has defects, with all of them.
/// \note what() gives the number of defects and then each defect's message on a line of its own.
class SVCTRADE_EXPORT CodelistError : public Error {
public:
    /// Creates the error for the defects of the codelist read from `source` (at least one).
    CodelistError(std::string_view source, std::vector<CodelistDefect> defects);
    /// Out of line, so that the typeinfo is exported from the library.
    ~CodelistError() override;
    /// \returns every defect, in file order.
    [[nodiscard]] const std::vector<CodelistDefect>& defects() const noexcept { return defects_; }

private:
    std::vector<CodelistDefect> defects_;
};

/// Checks a codelist as check_codelist() does and throws when it has defects, for a program
/// that cannot go on with a broken list.
/// \throws CodelistError naming every defect.
SVCTRADE_EXPORT void require_sound(const Codelist& codelist);

/// How a codelist differs from EBOPS 2010 at one code.
enum class EbopsDifferenceKind : std::uint8_t {
    unknown_code,      ///< The codelist's code is not an EBOPS 2010 code.
    different_parent,  ///< The code is EBOPS 2010's, but its parent is not the one EBOPS 2010 gives.
    different_label,   ///< The code is EBOPS 2010's, but its label differs from the EBOPS 2010 name.
    missing_item       ///< An EBOPS 2010 code the codelist does not have.
};

/// \returns "unknown code", "different parent", "different label" or "missing item".
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(EbopsDifferenceKind kind) noexcept;

/// One difference between a codelist and EBOPS 2010.
struct EbopsDifference {
    EbopsDifferenceKind kind = EbopsDifferenceKind::unknown_code;  ///< What differs.
    std::string code;                                              ///< The code concerned.
    /// What the codelist says: the parent code for different_parent (empty for a top-level item),
    /// the label for different_label and unknown_code; empty for missing_item.
    std::string in_codelist;
    /// What EBOPS 2010 says: its parent code (empty for S) or its name; empty for unknown_code.
    std::string in_ebops;
    std::size_t line = 0;  ///< The item's line in the file; 0 for missing_item.
    /// For unknown_code: the EBOPS 2010 category the item's label names, when a Classification
    /// recognises it as a category's name or an alias for all of one (the ONS "Sea transport"
    /// is SC1); a hint for a mapping table, not a match of codes.
    std::optional<Category> by_label;
    /// The whole sentence, `<source>:<line>: <what>` (no line for a missing item).
    std::string message;
};

/// What map_to_ebops2010() compares.
struct EbopsMappingOptions {
    /// Compare each known code's label in `language` with the EBOPS 2010 English name, after
    /// normalize_name() (case, punctuation and spaces do not count).
    bool compare_labels = true;
    /// The language of the labels compared with EBOPS 2010's English names.
    std::string language = "en";
    /// List the EBOPS 2010 codes the codelist lacks.
    bool report_missing = true;
};

/// How a codelist maps onto the built-in EBOPS 2010 tree.
struct SVCTRADE_EXPORT EbopsMapping {
    ClassificationVersion version = ClassificationVersion::unspecified;  ///< The version the codelist claims.
    std::vector<Category> matched;             ///< The codelist's codes that are EBOPS 2010 codes, in file order.
    std::vector<EbopsDifference> differences;  ///< Every difference: the codelist's items in file
                                               ///< order, then missing items in classification order.
    /// \returns whether the codelist is EBOPS 2010 as svctrade holds it: no difference.
    [[nodiscard]] bool exact() const noexcept { return differences.empty(); }
    /// \returns the number of differences of `kind`.
    [[nodiscard]] std::size_t count(EbopsDifferenceKind kind) const noexcept;
};

/// Maps a codelist onto the built-in EBOPS 2010 tree, code by code: which codes EBOPS 2010 does
/// not know, which known codes hang under another parent or carry another label, and which
/// EBOPS 2010 codes are absent. A codelist of EBOPS 2002 or of an office's own notation is
/// compared all the same: the report is how far it is from EBOPS 2010.
/// \returns the mapping; every item is looked at, duplicates included.
[[nodiscard]] SVCTRADE_EXPORT EbopsMapping map_to_ebops2010(const Codelist& codelist,
                                                            const EbopsMappingOptions& options = {});

}  // namespace svctrade
