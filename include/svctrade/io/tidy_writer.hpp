// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::TidyWriter: observations written in a tidy layout, so that TidyReader reads back the
/// same observations — values with their scale, magnitudes, statuses and missing cells included.
#pragma once

#include <iosfwd>
#include <string>

#include <svctrade/export.hpp>
#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/io/tidy_reader.hpp>
#include <svctrade/text/csv_writer.hpp>

namespace svctrade {

/// Writes observations as a tidy CSV file in a layout: a header of the declared columns (in the
/// order reporter, partner, item, flow, period, value, currency, magnitude, status), then one
/// record per observation.
///
/// Values are written as Decimal::to_string() writes them (`34.30` keeps its places), a missing
/// value as an empty cell with its reason in the status column, a normal status as an empty
/// cell, items as codes or English names (ItemForm), periods in the layout's text form.
/// Whatever the layout cannot hold is refused rather than dropped: a reporter without a reporter
/// column, a currency or magnitude other than the stated one, a status without a status column.
class SVCTRADE_EXPORT TidyWriter {
public:
    /// A writer to `out` in `layout`; writes the header.
    /// \throws InvalidArgument as check_layout().
    TidyWriter(std::ostream& out, TidyLayout layout);

    /// Writes one observation (its `line` is not written).
    /// \throws InvalidArgument for an observation the layout cannot hold (see the class); a
    ///         period the period form cannot write (a year-to-date in SDMX).
    void write(const TidyObservation& observation);
    /// Writes out what is buffered.
    /// \throws Error if the stream refuses the bytes.
    void finish();

    /// \returns the layout.
    [[nodiscard]] const TidyLayout& layout() const noexcept { return layout_; }

private:
    TidyLayout layout_;
    CsvWriter csv_;
};

}  // namespace svctrade
