// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::CsvWriter: records written as RFC 4180 CSV that CsvReader reads back field for field.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

#include <svctrade/export.hpp>
#include <svctrade/text/csv_reader.hpp>

namespace svctrade {

/// Appends `text` to `out` as one CSV field: as it is, or in double quotes (with each quote
/// doubled) when it holds the separator, a quote or a line break, or when it starts or ends with
/// a space or tab (so that readers that trim see it whole).
SVCTRADE_EXPORT void append_csv_field(std::string& out, std::string_view text, char separator = ',');

/// Writes CSV records to a stream through a buffer of about 1 MiB.
///
/// Fields are quoted only where needed (see append_csv_field()); a record whose only field is
/// empty is written as `""`, so that it is not a blank line a reader skips.
/// \note Call finish() to flush and learn whether the stream took everything; the destructor
///       flushes what is left without reporting a failure (the stream's state still shows it).
class SVCTRADE_EXPORT CsvWriter {
public:
    /// A writer of records to `out` in `dialect`.
    /// \throws InvalidArgument for a separator CsvReader would refuse.
    explicit CsvWriter(std::ostream& out, CsvDialect dialect = {});
    /// Flushes what finish() did not.
    ~CsvWriter();
    /// Not copyable: it owns a buffer bound for one stream.
    CsvWriter(const CsvWriter&) = delete;
    /// Not copyable: it owns a buffer bound for one stream.
    CsvWriter& operator=(const CsvWriter&) = delete;

    /// Appends one field to the current record, quoted if needed.
    void field(std::string_view text);
    /// Appends one field known to need no quotes (a number, a code checked by the caller).
    /// \note The caller's promise is not checked; a wrong one writes a file that reads back differently.
    void plain_field(std::string_view text);
    /// Ends the current record with the dialect's line break.
    void end_record();
    /// Writes out the buffer.
    /// \throws Error if the stream refuses the bytes.
    void finish();

private:
    void separate();
    void spill();

    std::ostream* out_;
    CsvDialect dialect_;
    std::string buffer_;
    std::size_t fields_ = 0;  // in the current record
    bool last_empty_ = false;
};

}  // namespace svctrade
