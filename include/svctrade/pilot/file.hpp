// SPDX-License-Identifier: BSL-1.0
/// \file
/// Reading and writing a pilot programme as a CSV text file, so that a bureau can keep its task
/// list in a file (the format is described in docs/pilot.md).
///
/// One record per line, its kind in the first field:
/// \code
/// svctrade-pilot,1
/// programme,<name>,<jurisdiction>,<approval date>,<period first day>,<period last day>
/// task,<id>,<title>,<agency>,<due date>,<EBOPS 2010 codes separated by spaces>
/// status,<task id>,<date>,<status code>,<reason>
/// achievement,<id>,<title>,<date>,<yes|no>,<task ids separated by spaces>
/// \endcode
/// Dates are `YYYY-MM-DD`; a title or agency that was not published is written `not published`;
/// an empty due date, reason or category list means none (the
/// categories field of a task may also be left out). Fields are quoted as in RFC 4180 when they contain a
/// comma or a double quote. Lines starting with `#` and blank lines are comments.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>

#include <svctrade/export.hpp>
#include <svctrade/pilot/programme.hpp>

namespace svctrade {

/// The version written in (and required by) the first record, `svctrade-pilot,1`.
inline constexpr int pilot_file_version = 1;

/// Reads a programme from CSV text.
/// \param text the whole file.
/// \param source how to name the input in error messages (a file name).
/// \returns the programme, with tasks and achievements in file order.
/// \throws FileParseError naming the line, the position within it and the reason, for a
/// malformed record or a record the model rejects (a duplicate task id, a status before the
/// approval date or out of order, a backward move without a reason, an unknown task id).
[[nodiscard]] SVCTRADE_EXPORT PilotProgramme parse_pilot_csv(std::string_view text,
                                                             std::string_view source = "pilot file");

/// Reads a programme from a stream of CSV text (see parse_pilot_csv()).
/// \throws FileParseError for malformed content; Error when the stream fails.
[[nodiscard]] SVCTRADE_EXPORT PilotProgramme read_pilot_csv(std::istream& in, std::string_view source = "pilot file");

/// Reads a programme from the CSV file at `path` (see parse_pilot_csv()).
/// \throws NotFound when the file cannot be opened; FileParseError for malformed content.
[[nodiscard]] SVCTRADE_EXPORT PilotProgramme load_pilot_csv(const std::filesystem::path& path);

/// \returns the programme as CSV text: the version record, the programme record, each task
/// followed by its status history, then the achievements. parse_pilot_csv() of it returns an
/// equal programme.
[[nodiscard]] SVCTRADE_EXPORT std::string to_pilot_csv(const PilotProgramme& programme);

/// Writes to_pilot_csv() of the programme to `out`.
/// \throws Error when the stream fails.
SVCTRADE_EXPORT void write_pilot_csv(std::ostream& out, const PilotProgramme& programme);

/// Writes to_pilot_csv() of the programme to the file at `path`, replacing it.
/// \throws Error when the file cannot be written.
SVCTRADE_EXPORT void save_pilot_csv(const std::filesystem::path& path, const PilotProgramme& programme);

}  // namespace svctrade
