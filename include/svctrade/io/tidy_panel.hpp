// SPDX-License-Identifier: BSL-1.0
/// \file
/// A tidy CSV file of monthly observations as a Panel (doubles, the fast path) or an ExactPanel
/// (integer units, the exact path), statuses and the reasons of missing cells in the panel itself,
/// and back.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/export.hpp>
#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/panels/exact_panel.hpp>
#include <svctrade/panels/panel.hpp>
#include <svctrade/status/observation_status.hpp>
#include <svctrade/text/csv_reader.hpp>

namespace svctrade {

/// A panel read from a tidy file, with its unit and the rows left out.
/// \tparam P Panel or ExactPanel.
template <class P>
// Currency has no default (a currency is always named), so the aggregate has no default
// constructor to leave it uninitialised: clang-tidy 14 reports the field all the same.
struct TidyPanelOf {  // NOLINT(cppcoreguidelines-pro-type-member-init)
    /// The observations: reporters in the order the file first names them, categories in
    /// classification order, every month from the earliest to the latest; a cell the file does
    /// not give, or gives without a value, is missing. Each observation's status is in the
    /// panel (P::status()): a flag or a confidentiality the file gives, set with the value; a
    /// row without a value is recorded missing for its reason (BasicPanel::erase() with a
    /// status; Missing::not_provided when the status column gives none), so that
    /// BasicPanel::recorded_missing() tells the cells the file lists without a value from those
    /// it does not list at all.
    P panel;
    Currency currency;  ///< The currency of every value.
    int magnitude = 0;  ///< The power of ten every value is in (8: 100 million); never applied.
    /// The rows left out, in file order (OnBadRow::collect).
    std::vector<CsvError> rejected;
};

/// A Panel (doubles) read from a tidy file.
using TidyPanel = TidyPanelOf<Panel>;
/// An ExactPanel (integer units of a fixed scale) read from a tidy file.
using TidyExactPanel = TidyPanelOf<ExactPanel>;

/// How the whole-file panel readers read: what they do with a bad row, and how many threads
/// parse the file.
struct TidyReadOptions {
    /// Stop at the first bad row (the default), or skip bad rows and list them.
    OnBadRow on_bad_row = OnBadRow::stop;
    /// The threads that parse the file, 1 to 256 (1 by default). With more than one, bytes in
    /// memory are cut at line starts into up to that many parts of about the same size, and a
    /// stream is read in segments that end at a line feed while the threads parse the segments
    /// before; the panel, its statuses and missing reasons, the error thrown and the rows
    /// rejected are those one thread gives (docs/data.md, "Threads"). Rows that hold a double
    /// quote (a quoted field may hold a line break, so a line start need not start a record)
    /// are parsed by one thread.
    std::size_t threads = 1;
};

/// Reads a tidy CSV file of monthly observations into a classified Panel, the fast path: each
/// value the nearest double to its text (the same grammar as Decimal::parse()).
///
/// The layout must have reporter, item and flow columns and no partner column (a panel has no
/// partner axis); every row must be a month, of a reported flow (exports or imports: total and
/// the balance are derived), in one currency and one magnitude. A second row for a cell already
/// read is refused, as read_tidy_series() refuses it. A file of bad rows only, or of none, has no
/// panel to make: it is an error even when collecting.
/// \returns the panel, its statuses and missing reasons in it, with its currency and magnitude;
///          with OnBadRow::collect also the rejected rows.
/// \throws CsvError naming the file, line, column and text of a bad row (with OnBadRow::stop),
///         of text that is not CSV, or for a file without an observation; InvalidArgument for a
///         layout a panel cannot be read with; Error when the stream fails.
[[nodiscard]] SVCTRADE_EXPORT TidyPanel read_tidy_panel(std::istream& in, std::string source, const TidyLayout& layout,
                                                        OnBadRow on_bad_row = OnBadRow::stop);
/// Reads the bytes `text` as read_tidy_panel(std::istream&, std::string, const TidyLayout&, OnBadRow).
/// \returns as that overload. \throws as that overload.
[[nodiscard]] SVCTRADE_EXPORT TidyPanel read_tidy_panel(std::string_view text, std::string source,
                                                        const TidyLayout& layout, OnBadRow on_bad_row = OnBadRow::stop);
/// Reads a tidy file as read_tidy_panel(std::istream&, std::string, const TidyLayout&, OnBadRow),
/// with `options.on_bad_row`, on `options.threads` threads (TidyReadOptions).
/// \returns as that overload. \throws as that overload; InvalidArgument for 0 threads or more
///         than 256; Error when the stream fails before its end.
[[nodiscard]] SVCTRADE_EXPORT TidyPanel read_tidy_panel(std::istream& in, std::string source, const TidyLayout& layout,
                                                        const TidyReadOptions& options);
/// Reads the bytes `text` as read_tidy_panel(std::istream&, std::string, const TidyLayout&, const TidyReadOptions&).
/// \returns as that overload. \throws as that overload.
[[nodiscard]] SVCTRADE_EXPORT TidyPanel read_tidy_panel(std::string_view text, std::string source,
                                                        const TidyLayout& layout, const TidyReadOptions& options);

/// Reads a tidy CSV file of monthly observations into a classified ExactPanel of `scale` decimal
/// places, the exact path: each value exactly, as an integer number of units of 10^−scale.
///
/// As read_tidy_panel(), and: a value with more places than `scale` is refused unless the extra
/// digits are zeros (rounding would change a published figure), and so is one beyond
/// ExactPanel::max_units.
/// \returns as read_tidy_panel(). \throws as read_tidy_panel(); InvalidArgument for a scale outside 0–12.
[[nodiscard]] SVCTRADE_EXPORT TidyExactPanel read_tidy_exact_panel(std::istream& in, std::string source,
                                                                   const TidyLayout& layout, int scale,
                                                                   OnBadRow on_bad_row = OnBadRow::stop);
/// Reads the bytes `text` as read_tidy_exact_panel(std::istream&, std::string, const TidyLayout&, int, OnBadRow).
/// \returns as that overload. \throws as that overload.
[[nodiscard]] SVCTRADE_EXPORT TidyExactPanel read_tidy_exact_panel(std::string_view text, std::string source,
                                                                   const TidyLayout& layout, int scale,
                                                                   OnBadRow on_bad_row = OnBadRow::stop);
/// Reads a tidy file as read_tidy_exact_panel(std::istream&, std::string, const TidyLayout&, int, OnBadRow),
/// with `options.on_bad_row`, on `options.threads` threads (TidyReadOptions).
/// \returns as that overload. \throws as that overload; InvalidArgument for 0 threads or more
///         than 256; Error when the stream fails before its end.
[[nodiscard]] SVCTRADE_EXPORT TidyExactPanel read_tidy_exact_panel(std::istream& in, std::string source,
                                                                   const TidyLayout& layout, int scale,
                                                                   const TidyReadOptions& options);
/// Reads the bytes `text` as read_tidy_exact_panel(std::istream&, std::string, const TidyLayout&, int,
/// const TidyReadOptions&).
/// \returns as that overload. \throws as that overload.
[[nodiscard]] SVCTRADE_EXPORT TidyExactPanel read_tidy_exact_panel(std::string_view text, std::string source,
                                                                   const TidyLayout& layout, int scale,
                                                                   const TidyReadOptions& options);

/// Writes a panel in `layout`, one row per valid cell and per cell recorded missing for a reason
/// (BasicPanel::recorded_missing()), by reporter, category, flow and month, each with its status
/// from the panel in the layout's status column (`layout.status_codes`; empty for a plain normal
/// value and for a missing cell without a reason or a flag): read_tidy_panel() reads the same
/// panel, statuses, missing reasons, currency and magnitude back. Values are the shortest text
/// that reads back to the same double (fixed notation, never an exponent).
/// \throws InvalidArgument for a layout without reporter, item, flow or with a partner column,
///         whose stated currency or magnitude differs from the panel's, or without a status
///         column for a panel with a status other than a plain normal value or a missing cell
///         not provided, or one the layout's codes cannot write (SDMX has no code for
///         Confidentiality::non_statistical_secrecy); Error if the stream refuses the bytes.
SVCTRADE_EXPORT void write_tidy_panel(std::ostream& out, const TidyPanel& panel, const TidyLayout& layout);
/// Writes an exact panel as write_tidy_panel(std::ostream&, const TidyPanel&, const TidyLayout&)
/// does, each value with the panel's scale of places (`34.30` at scale 2).
/// \throws as that overload.
SVCTRADE_EXPORT void write_tidy_panel(std::ostream& out, const TidyExactPanel& panel, const TidyLayout& layout);

}  // namespace svctrade
