// SPDX-License-Identifier: BSL-1.0
/// \file
/// A tidy CSV file as TimeSeries, one per key (reporter, partner, item, flow), and back.
#pragma once

#include <compare>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/categories/category.hpp>
#include <svctrade/categories/flow.hpp>
#include <svctrade/export.hpp>
#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/series/time_series.hpp>
#include <svctrade/text/csv_reader.hpp>

namespace svctrade {

/// What tells one series of a tidy file from another: the key columns of the layout (a column
/// the layout does not declare leaves its member empty).
struct TidySeriesKey {
    std::string reporter;          ///< The reporter, as written.
    std::string partner;           ///< The partner, as written.
    std::optional<Category> item;  ///< The service.
    std::optional<Flow> flow;      ///< The flow.
    /// Keys order by reporter, partner, item (classification order), then flow.
    friend auto operator<=>(const TidySeriesKey&, const TidySeriesKey&) = default;
};

/// One series of a tidy file with the magnitude its values are in.
struct TidySeries {
    /// The observations, values as written (34.32 in a file in 100 million yuan is 34.32), labelled
    /// with the key's item and flow, statuses and missing periods kept.
    TimeSeries series;
    /// The power of ten the values are in (8: 100 million): svctrade never multiplies it in silently.
    int magnitude = 0;
    /// Two are equal when their series and magnitudes are.
    friend bool operator==(const TidySeries&, const TidySeries&) = default;
};

/// The series of a tidy file, and the rows rejected when reading with OnBadRow::collect.
struct TidySeriesSet {
    std::map<TidySeriesKey, TidySeries> series;  ///< The series, by key.
    std::vector<CsvError> rejected;              ///< The rows left out, in file order (OnBadRow::collect).
};

/// Reads a tidy CSV file into series: one per key, in the currency of its rows.
///
/// Every row of one series must have the same currency, magnitude and period kind (and year
/// start); a second row for a key and period already read is refused (a duplicate: which of two
/// figures is right is the publisher's to say, not the reader's). A row with an empty value
/// becomes a missing period of its series (TimeSeries::insert_missing) with its status.
/// \returns the series; with OnBadRow::collect also the rejected rows.
/// \throws CsvError naming the file, line, column and text of a bad row (with OnBadRow::stop)
///         or of text that is not CSV; InvalidArgument as check_layout(); Error when the stream fails.
[[nodiscard]] SVCTRADE_EXPORT TidySeriesSet read_tidy_series(std::istream& in, std::string source,
                                                             const TidyLayout& layout,
                                                             OnBadRow on_bad_row = OnBadRow::stop);
/// Reads the bytes `text` as read_tidy_series(std::istream&, std::string, const TidyLayout&, OnBadRow).
/// \returns as that overload. \throws as that overload.
[[nodiscard]] SVCTRADE_EXPORT TidySeriesSet read_tidy_series(std::string_view text, std::string source,
                                                             const TidyLayout& layout,
                                                             OnBadRow on_bad_row = OnBadRow::stop);

/// Writes `series` in `layout`, series after series in key order, each period in order: every
/// observation and every period recorded as missing, with its status, so that
/// read_tidy_series() reads the same series back.
/// \throws InvalidArgument as TidyWriter::write() for a series the layout cannot hold (a key
///         member without its column, another currency or magnitude than the stated one);
///         Error if the stream refuses the bytes.
SVCTRADE_EXPORT void write_tidy_series(std::ostream& out, const std::map<TidySeriesKey, TidySeries>& series,
                                       const TidyLayout& layout);

}  // namespace svctrade
