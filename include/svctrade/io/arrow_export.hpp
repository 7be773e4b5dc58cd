// SPDX-License-Identifier: BSL-1.0
/// \file
/// Export of panels and series through the Arrow C stream interface (<svctrade/io/arrow_c_abi.hpp>),
/// so that DuckDB, Polars, pyarrow or any Arrow library reads them without a copy through a file
/// and without svctrade depending on Arrow. The layout of the columns is in docs/data.md.
#pragma once

#include <cstdint>
#include <optional>

#include <svctrade/categories/flow.hpp>
#include <svctrade/export.hpp>
#include <svctrade/io/arrow_c_abi.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/panels/exact_panel.hpp>
#include <svctrade/panels/keys.hpp>
#include <svctrade/panels/panel.hpp>
#include <svctrade/panels/result.hpp>
#include <svctrade/series/time_series.hpp>

namespace svctrade {

/// The Arrow type of a series' value column.
enum class ArrowValueType : std::uint8_t {
    float64,    ///< `double`, the fast path: the nearest double to each value.
    decimal128  ///< decimal128(38, s) with s the largest scale among the values: every value exact.
};

/// How an export is cut into record batches and what it says about the values' unit.
struct ArrowExportOptions {
    /// The most rows in one record batch (at least 1).
    std::int64_t batch_rows = 65536;
    /// The currency of a panel's values, written in the value field's metadata
    /// (`svctrade.currency`); not stated when absent. A series writes its own currency.
    std::optional<Currency> currency;
    /// The values are in units of 10^unit_mult of the currency (SDMX UNIT_MULT: 6 for millions,
    /// 8 for 亿), written in the value field's metadata (`svctrade.unit_mult`); −30 to 30.
    int unit_mult = 0;
};

/// Exports a panel of doubles as a stream of record batches with one row per reporter ×
/// category × reported flow (exports, imports) × month, in that order: `reporter`, `category`
/// and `flow` as dictionary<int32, utf8>, `period` (utf8, the SDMX code to_sdmx() gives, "2021-M06"),
/// `period_start` and `period_end` (date32, the first and last day), `value` (float64, null
/// when missing) and `status` (dictionary<int32, utf8>, nullable: the cell's status from the
/// panel, write_status() in SDMX codes — "E", "P;C", "M" (cannot exist), "O" (not available),
/// "E|P" — and **null** where the value says it all: a plain normal value, or a missing cell not
/// provided with no flag). The dictionary holds each status the panel has once, the same for
/// every batch.
/// \param panel    the panel; the stream owns it (move it in to spare a copy)
/// \param out      where the stream is written; the caller releases it (out->release(out))
/// \param options  batch size, currency and unit multiplier
/// \throws InvalidArgument for a null `out`, a batch size below 1, a unit_mult outside −30…30, or
///         a status SDMX has no code for (Confidentiality::non_statistical_secrecy); `out` is
///         then not written.
SVCTRADE_EXPORT void export_arrow(Panel panel, ArrowArrayStream* out, const ArrowExportOptions& options = {});

/// Exports an exact panel as export_arrow(Panel, ArrowArrayStream*, const ArrowExportOptions&)
/// does, with `value` as decimal128(18, scale()), every value exact.
/// \param panel    the panel; the stream owns it (move it in to spare a copy)
/// \param out      where the stream is written; the caller releases it
/// \param options  batch size, currency and unit multiplier
/// \throws as the Panel overload.
SVCTRADE_EXPORT void export_arrow(ExactPanel panel, ArrowArrayStream* out, const ArrowExportOptions& options = {});

/// Exports a panel result (growth, shares, share changes, contributions, a roll-up) as a stream of
/// record batches with one row per reporter × category × period, periods fastest (the result's
/// order): `reporter` and `category` as dictionary<int32, utf8> (the codes of `keys`, the panel the
/// result was computed from), `period` (utf8, to_sdmx_time_period(): "2021-M06", "2021-Q2", and a
/// start and duration for a year-to-date, "2021-01-01/P6M"), `period_start` and `period_end`
/// (date32), `value` (float64, null where the cell has no answer), `reason` (dictionary<int32,
/// utf8>, nullable: null for an answer, else to_string(Reason), the dictionary always `missing`,
/// `zero_base`, `negative_base`, `sign_change` in that order), `status` (dictionary<int32, utf8>,
/// nullable: write_status() in SDMX codes, null where the reason implies it, as the tidy result
/// writer leaves it empty — not provided for Reason::missing, a plain normal value otherwise — and
/// `-` then the codes of the rest for a status not provided under another reason) and, for a
/// roll-up only, `months_held` (int32). The flow, when given, is in the schema's metadata
/// (`svctrade.flow`); the currency and unit multiplier of the options in the value field's, as for
/// a panel (give them for a roll-up's sums; a growth or a share is a fraction).
/// \param result   the result; the stream owns it (move it in to spare a copy)
/// \param keys     the keys of the panel the result was computed from (their months are not used)
/// \param flow     the flow it was computed for, or nothing
/// \param out      where the stream is written; the caller releases it
/// \param options  batch size, currency and unit multiplier
/// \throws InvalidArgument as the Panel overload, and for keys with other counts of reporters or
///         categories than the result; `out` is then not written.
SVCTRADE_EXPORT void export_arrow(PanelResult result, const PanelKeys& keys, std::optional<Flow> flow,
                                  ArrowArrayStream* out, const ArrowExportOptions& options = {});

/// Exports an exact panel result as export_arrow(PanelResult, const PanelKeys&, std::optional<Flow>,
/// ArrowArrayStream*, const ArrowExportOptions&) does, with `value` as decimal128(19, scale()),
/// every value exact.
/// \param result   the result; the stream owns it
/// \param keys     the keys of the panel the result was computed from
/// \param flow     the flow it was computed for, or nothing
/// \param out      where the stream is written; the caller releases it
/// \param options  batch size, currency and unit multiplier
/// \throws as the PanelResult overload.
SVCTRADE_EXPORT void export_arrow(ExactPanelResult result, const PanelKeys& keys, std::optional<Flow> flow,
                                  ArrowArrayStream* out, const ArrowExportOptions& options = {});

/// Exports a series as a stream of record batches with one row per observation and per period
/// recorded as missing, in chronological order: `period` (utf8, its SDMX code), `period_start`
/// and `period_end` (date32), `value` (float64 or decimal128(38, s) as `values` says, null when
/// missing) and `status` (dictionary<int32, utf8>, nullable, as a panel's: write_status() in
/// SDMX codes, "E", "M", "P;C"…, null for a plain normal value and for a period missing as not
/// provided with no flag). The category and flow, when the series has them, are in the schema's metadata
/// (`svctrade.category`, `svctrade.flow`); the currency in the value field's.
/// \param series   the series; the stream keeps its own copy of the rows, so the series may go first
/// \param out      where the stream is written; the caller releases it
/// \param values   float64 (fast) or decimal128 (exact)
/// \param options  batch size and unit multiplier (the currency is the series')
/// \throws as the Panel overload; InvalidArgument for a `values` that is no ArrowValueType;
///         Overflow for decimal128 when a value at the common scale has more than 38 digits.
SVCTRADE_EXPORT void export_arrow(const TimeSeries& series, ArrowArrayStream* out, ArrowValueType values,
                                  const ArrowExportOptions& options = {});

}  // namespace svctrade
