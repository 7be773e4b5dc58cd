// SPDX-License-Identifier: BSL-1.0
/// \file
/// The codes data files write an ObservationStatus in: SDMX OBS_STATUS and OBS_CONF letters, and
/// Eurostat's flags in both generations (before and from 27 January 2025), read onto one type.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <svctrade/export.hpp>
#include <svctrade/status/observation_status.hpp>

namespace svctrade {

/// Which codes a file writes statuses in.
enum class StatusCodes : std::uint8_t {
    sdmx,  ///< SDMX CL_OBS_STATUS (A B D E F G H I J K L M N O P Q S U V W) and CL_CONF_STATUS (F N C D S A O T G M E).
    eurostat,              ///< Eurostat from 27 January 2025: OBS_STATUS b d e f i m n p u, CONF_STATUS C N P.
    eurostat_before_2025,  ///< Eurostat until 26 January 2025: b c d e f i n p r s u z in one flag list.
};

/// Reads an SDMX OBS_STATUS value and an OBS_CONF value (each may be empty).
///
/// OBS_STATUS holds one code, or several: letters one after another (`EP`) or separated by
/// `array_separator` (`E|P`, SDMX-CSV 2.x multi-valued attributes). `A` is a normal value; the
/// missing codes (H L M O Q) set the missing reason; `R` (revised, a retired code) is still read.
/// \returns the status.
/// \throws UnknownCode naming the letter for a code outside the code lists; InvalidArgument for two
///         missing codes that contradict each other (`MO`).
[[nodiscard]] SVCTRADE_EXPORT ObservationStatus parse_sdmx_status(std::string_view obs_status,
                                                                  std::string_view obs_conf = {},
                                                                  char array_separator = '|');

/// \returns the OBS_STATUS value for `status`: its codes in CL_OBS_STATUS order with the missing
///          code first, joined by `array_separator`; `A` for a normal value; empty for a value
///          not provided with no flag. StatusFlag::derived_from_estimate is written `E` (a figure
///          computed from estimates is an estimate to a reader of SDMX) and StatusFlag::revised `R`.
[[nodiscard]] SVCTRADE_EXPORT std::string sdmx_obs_status(const ObservationStatus& status, char array_separator = '|');
/// \returns the OBS_CONF value for the confidentiality of `status` (empty when unspecified).
/// \throws InvalidArgument for Confidentiality::non_statistical_secrecy, which SDMX does not code.
[[nodiscard]] SVCTRADE_EXPORT std::string sdmx_obs_conf(const ObservationStatus& status);

/// Reads Eurostat flags as a TSV cell or an OBS_FLAG column writes them: letters in any order,
/// with the confidentiality letter among them (`bep`, `c`, `C`, `ep`) — the generation says which
/// letters exist and what `i` means (before 2025 `i` was "see metadata", read here as
/// StatusFlag::definition_differs; from 2025 it is "imputed").
/// \returns the status (not missing: the `:` of a TSV cell is the caller's to read).
/// \throws UnknownCode naming the letter and, when it belongs to the other generation, saying so
///         (`z` read as 2025 flags: "a flag of the generation before 27 January 2025"); InvalidArgument
///         for StatusCodes::sdmx.
[[nodiscard]] SVCTRADE_EXPORT ObservationStatus parse_eurostat_flags(std::string_view flags,
                                                                     StatusCodes generation = StatusCodes::eurostat);

/// \returns the Eurostat flags (2025 generation) for `status`: status letters in the order
///          b d e f i m n p u, then the confidentiality letter (C N P). A flag Eurostat does not
///          code is left out; derived_from_estimate is written `e`.
[[nodiscard]] SVCTRADE_EXPORT std::string eurostat_flags(const ObservationStatus& status);

/// Reads a status written by write_status() in `codes` (the status column of a tidy file).
/// \returns the status; for StatusCodes::sdmx the text is OBS_STATUS, then optionally `;` and
///          OBS_CONF (`E;C`).
/// \throws as parse_sdmx_status() or parse_eurostat_flags().
[[nodiscard]] SVCTRADE_EXPORT ObservationStatus read_status(std::string_view text, StatusCodes codes);
/// \returns `status` in one text field in `codes`, read back by read_status() to the same status
///          for any status read from `codes`.
[[nodiscard]] SVCTRADE_EXPORT std::string write_status(const ObservationStatus& status, StatusCodes codes);

}  // namespace svctrade
