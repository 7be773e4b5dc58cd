// SPDX-License-Identifier: BSL-1.0
/// \file
/// The release file: a UTF-8 CSV (RFC 4180) with one printed figure per row, columns in any order,
/// so that a spreadsheet can hold a release (docs/audit.md, "The release file").
///
/// | column | required | content |
/// |---|---|---|
/// | `release` | yes | release id; rows with the same id are one release |
/// | `published` | no | publication date, ISO 8601 (`2021-08-27`) |
/// | `area` | yes | reporter, e.g. `CN`, `CN-Xiamen` |
/// | `basis` | no | whose statistics; releases are compared only with equal area and basis |
/// | `period` | yes | any period text the library reads: `2021-S1`, `2021-06`, `January-May 2021`, `2021年1-5月` |
/// | `flow` | yes | `exports`, `imports`, `total`, `balance`, `deficit` |
/// | `item` | yes | EBOPS 2010 code, aggregate, name, `S-SD` difference, or any other label |
/// | `measure` | yes | `level`, `growth`, `growth_on_base`, `average_growth`, `cagr`, `growth_on_previous`, `share`,
/// `share_change`, `change`, `count` | | `value` | yes | the figure as printed, with its unit | | `qualifier` | no |
/// `nearly`, `over`, `about`, `exact` (and their Chinese words) | | `base_period` | for growth_on_base, average_growth,
/// cagr | the base period | | `whole` | no | for share and share_change: the item the share is of (default `S`) | |
/// `whole_flow` | no | for share and share_change: the whole's flow (default the row's) | | `status` | for counts of
/// pilot tasks | a pilot task status code | | `note` | no | free text, kept |
///
/// Other columns are kept in the table and ignored.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/audit/release.hpp>
#include <svctrade/export.hpp>

namespace svctrade {

/// Reads the releases of one release file's text; `source` names it in errors and in each
/// claim's ClaimSource (with the claim's line: the header is line 1).
/// \returns the releases in the order their ids first appear, each with its claims in row order.
/// \throws CsvError naming the file, line and column for text that is not RFC 4180 CSV or not
///         UTF-8, a missing required column, an empty required field, a value that does not parse
///         (a period, flow, measure, figure, qualifier, date, status or item), a claim whose fields
///         do not fit together (Release::add()), and rows of one release that disagree on its
///         publication date, area or basis.
[[nodiscard]] SVCTRADE_EXPORT std::vector<Release> parse_release_csv(std::string_view text, std::string_view source);

/// Reads release files in order and merges them: rows with the same release id are one release
/// whichever file they are in.
/// \returns the releases in the order their ids first appear.
/// \throws NotFound when a file cannot be read; CsvError as parse_release_csv() does, also for a
///         release whose rows in two files disagree on its date, area or basis.
[[nodiscard]] SVCTRADE_EXPORT std::vector<Release> load_release_files(std::span<const std::filesystem::path> paths);

}  // namespace svctrade
