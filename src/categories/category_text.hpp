// SPDX-License-Identifier: BSL-1.0
// Small text helpers shared by the category lookups (private to the library).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace svctrade::detail {

/// Drops ASCII white space at both ends.
std::string_view trim(std::string_view text) noexcept;
/// Upper-cases ASCII letters; other bytes (UTF-8 included) are kept.
std::string ascii_upper(std::string_view text);
/// The Levenshtein distance between two byte strings, or `limit + 1` once it is known to exceed
/// `limit` (the suggestions only need near matches).
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace svctrade::detail
