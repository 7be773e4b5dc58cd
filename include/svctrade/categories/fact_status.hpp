// SPDX-License-Identifier: BSL-1.0
/// \file
/// How well a reference fact is established: confirmed, inferred or unconfirmed.
///
/// svctrade encodes facts gathered from public sources (the members of an aggregate, what a
/// press-release name refers to). Each carries its status so that a program, and its reader,
/// can tell a definition read in a source from one reconstructed from usage.
#pragma once

#include <iosfwd>
#include <string_view>

#include <svctrade/export.hpp>

namespace svctrade {

/// How well a reference fact is established.
enum class FactStatus : unsigned char {
    confirmed,   ///< Read in a source (a definition, a table, a footnote).
    inferred,    ///< Strongly supported by usage, but no verbatim definition was found.
    unconfirmed  ///< Common usage only; no source confirms it. Treat with care.
};

/// \returns "confirmed", "inferred" or "unconfirmed".
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(FactStatus status) noexcept;
/// Writes to_string(status): "inferred".
SVCTRADE_EXPORT std::ostream& operator<<(std::ostream& os, FactStatus status);

}  // namespace svctrade
