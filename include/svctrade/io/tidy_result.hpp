// SPDX-License-Identifier: BSL-1.0
/// \file
/// Panel results (PanelResult, ExactPanelResult: growth, shares, share changes, contributions,
/// roll-ups) in and out of tidy CSV, one row per cell, with the reason of every cell without an
/// answer and every cell's status: what is written is read back to the same result, and written
/// again to the same bytes (docs/data.md, "Panel results in tidy CSV").
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include <svctrade/categories/flow.hpp>
#include <svctrade/export.hpp>
#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/panels/keys.hpp>
#include <svctrade/panels/result.hpp>

namespace svctrade {

/// A panel result read from a tidy file, with the keys of its rows.
/// \tparam R PanelResult or ExactPanelResult.
template <class R>
struct TidyResultOf {
    /// The cells, their reasons, statuses and (for a roll-up) months held, in the file's
    /// reporter, category and period order.
    R result;
    /// The reporters and categories, in the order the file first names them: EBOPS 2010
    /// categories (a classified panel's keys) when every item is one, else the item texts as
    /// custom codes. Their months span the result's periods (every month of a roll-up's quarters).
    PanelKeys keys;
    /// The flow of every row, when the layout has a flow column.
    std::optional<Flow> flow;
};

/// A PanelResult (fractions or sums in `double`) read from a tidy file.
using TidyResult = TidyResultOf<PanelResult>;
/// An ExactPanelResult (integer units of a decimal scale) read from a tidy file.
using TidyExactResult = TidyResultOf<ExactPanelResult>;

/// Writes a panel result in `layout`, one row per cell (answered or not) in the result's order
/// (reporter, category, period): the reporter and item of `keys` (the panel the result was
/// computed from; its months are not used), the flow, the period (its kind: months, quarters,
/// halves, years or year-to-date, in `layout.period_form`), the value (the shortest text that
/// reads back to the same double: fixed notation for 10^-6 <= |x| < 10^21 and zero, else
/// scientific, `1.5e-07`), the reason (empty for an answer, else to_string(Reason):
/// `missing`, `zero_base`, `negative_base`, `sign_change`; the value is then empty), the status
/// (empty where it is what the reason implies: not provided for Reason::missing, a plain normal
/// value otherwise; else write_status() in `layout.status_codes`) and, for a roll-up, the months
/// each cell holds.
/// \param out     where the file is written
/// \param result  the result
/// \param keys    the keys of the panel the result was computed from
/// \param flow    the flow it was computed for, written in the layout's flow column: given if
///                and only if the layout has one
/// \param layout  the columns: period, value, reason, reporter and item required; no partner,
///                currency or magnitude (a result does not hold its unit); months_held for a
///                roll-up and only for one
/// \throws InvalidArgument, before any byte is written, for a layout as above, keys with other
///         counts of reporters or categories than the result, a flow given without a flow column
///         or missing for one, a period the layout's text form cannot write so that it reads
///         back (a year-to-date in SDMX), a value that is not finite, or a status the layout
///         cannot write so that it reads back (no status column, a code the codes lack, or a
///         cell without an answer for a reason other than Reason::missing whose status is not
///         provided: no status code says it); Error if the stream refuses the bytes.
SVCTRADE_EXPORT void write_tidy_result(std::ostream& out, const PanelResult& result, const PanelKeys& keys,
                                       std::optional<Flow> flow, const TidyLayout& layout);
/// Writes an exact result as write_tidy_result(std::ostream&, const PanelResult&, const PanelKeys&,
/// std::optional<Flow>, const TidyLayout&) does, each value in units with the result's scale of
/// places (`5.90` for 590 units at scale 2).
/// \throws as that overload; InvalidArgument for a cell of −2^63 units (no exact result holds it).
SVCTRADE_EXPORT void write_tidy_result(std::ostream& out, const ExactPanelResult& result, const PanelKeys& keys,
                                       std::optional<Flow> flow, const TidyLayout& layout);

/// Reads a panel result written by write_tidy_result(): the same cells, reasons, statuses and
/// months held (written again, the same bytes).
///
/// Every row must be of one period kind, calendar (not fiscal), of one flow, with a value
/// (the fast path's grammar, and exponents) and an empty or `none` reason, or an empty value and
/// a Reason's name; a cell of the result the file does not list is missing (Reason::missing, not
/// provided). The status column reads as write_tidy_result() writes it; the result holds a status
/// column when a cell's status is not the one its reason implies.
/// \returns the result, its keys and flow.
/// \throws CsvError naming the file, line, column and text of the first bad row (an unknown
///         reason, a value beside a reason or none beside none, a second row for a cell, periods
///         of two kinds, two flows, months held above the period's months…), of text that is not
///         CSV, or for a file without a row; InvalidArgument for a layout as write_tidy_result()
///         refuses; Error when the stream fails.
[[nodiscard]] SVCTRADE_EXPORT TidyResult read_tidy_result(std::istream& in, std::string source,
                                                          const TidyLayout& layout);
/// Reads the bytes `text` as read_tidy_result(std::istream&, std::string, const TidyLayout&).
/// \returns as that overload. \throws as that overload.
[[nodiscard]] SVCTRADE_EXPORT TidyResult read_tidy_result(std::string_view text, std::string source,
                                                          const TidyLayout& layout);

/// Reads an exact panel result as read_tidy_result() does, each value exactly as units of
/// 10^−scale (more places than `scale` are refused unless they are zeros).
/// \returns as read_tidy_result(). \throws as read_tidy_result(); InvalidArgument for a scale
///          outside 0–18.
[[nodiscard]] SVCTRADE_EXPORT TidyExactResult read_tidy_exact_result(std::istream& in, std::string source,
                                                                     const TidyLayout& layout, int scale);
/// Reads the bytes `text` as read_tidy_exact_result(std::istream&, std::string, const TidyLayout&, int).
/// \returns as that overload. \throws as that overload.
[[nodiscard]] SVCTRADE_EXPORT TidyExactResult read_tidy_exact_result(std::string_view text, std::string source,
                                                                     const TidyLayout& layout, int scale);

}  // namespace svctrade
