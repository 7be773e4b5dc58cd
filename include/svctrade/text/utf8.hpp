// SPDX-License-Identifier: BSL-1.0
/// \file
/// UTF-8 checks and the bounded excerpts of text that error messages quote.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <svctrade/export.hpp>

namespace svctrade {

/// The first place where a byte string stops being UTF-8 (RFC 3629), and why.
struct Utf8Defect {
    std::size_t offset = 0;   ///< The 0-based byte offset of the character that is not UTF-8.
    std::string_view reason;  ///< Why, in words: "a byte that cannot start a character", "an overlong form"…
};

/// Checks that `text` is UTF-8 as RFC 3629 defines it: no byte that cannot start a character, no
/// sequence cut short, no overlong form, no UTF-16 surrogate, nothing above U+10FFFF.
/// \returns the first defect, or no value when the whole text is UTF-8.
/// \note NUL is a valid character here; the CSV tokenizer refuses it separately.
[[nodiscard]] SVCTRADE_EXPORT std::optional<Utf8Defect> find_utf8_defect(std::string_view text) noexcept;

/// \returns the number of characters (code points) in UTF-8 `text`: its bytes that are not
///          continuation bytes (`10xxxxxx`), so that it never fails on text that is not UTF-8.
[[nodiscard]] SVCTRADE_EXPORT std::size_t count_characters(std::string_view text) noexcept;

/// A piece of `text` short enough to quote in a message: the whole text when it has at most
/// `max_characters` characters, else its first `max_characters` characters (never cutting one in
/// two) followed by "…".
/// \returns the excerpt.
[[nodiscard]] SVCTRADE_EXPORT std::string excerpt(std::string_view text, std::size_t max_characters = 60);

}  // namespace svctrade
