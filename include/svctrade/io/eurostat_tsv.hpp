// SPDX-License-Identifier: BSL-1.0
/// \file
/// Eurostat's TSV files in (read only): one row per series, one column per period, cells such as
/// `628 e`, `:` and `: c`, flags of either generation (before and from 27 January 2025), into
/// an SdmxDataSet.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/export.hpp>
#include <svctrade/io/data_set.hpp>
#include <svctrade/io/sdmx_csv.hpp>
#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/status/status_codes.hpp>
#include <svctrade/text/csv_reader.hpp>

namespace svctrade {

/// How to read a Eurostat TSV file, besides the flag generation (which the reader functions take
/// as a parameter, since a file does not say it).
struct EurostatTsvOptions {
    /// The dataflow the file comes from (`ESTAT:BOP_ITS6_DET(1.0)`), written into each series'
    /// structure_id; Eurostat's TSV does not name it.
    std::string structure_id;
    /// What EurostatTsvReader::next() does with a row whose cells it rejects: throw its CsvError
    /// (OnBadRow::stop, the default), or skip it and keep the error (OnBadRow::collect,
    /// EurostatTsvReader::errors()). Text that is not UTF-8 throws either way.
    OnBadRow on_bad_row = OnBadRow::stop;
};

/// Reads a Eurostat TSV file series by series, in memory that does not grow with the file.
///
/// The first header cell packs the dimensions and the time dimension: `freq,unit,geo\TIME_PERIOD`
/// (older files: `geo\time`; both become the time dimension `TIME_PERIOD`); the other header
/// cells are periods (`2021`, `2021-Q1`, `2021-01`, and the older `2021Q1`, `2021M01`), trailing
/// spaces allowed. Each row's first cell is its series key, codes separated by commas; each other
/// cell an observation: `628`, `628 e` (a value and its flags), `:` (not available), `: c` (not
/// available, with flags), trailing spaces allowed; an empty cell is not provided.
class SVCTRADE_EXPORT EurostatTsvReader {
public:
    /// A reader of the stream `in`, named `source` in errors, whose flags are of `generation`
    /// (StatusCodes::eurostat from 27 January 2025, StatusCodes::eurostat_before_2025 before).
    /// \throws CsvError at the header for a first cell without `\`, an empty dimension id, or a
    ///         period that does not read; InvalidArgument for StatusCodes::sdmx; Error when the
    ///         stream fails.
    EurostatTsvReader(std::istream& in, std::string source, StatusCodes generation, EurostatTsvOptions options = {});
    /// A reader of the bytes `text` (which must outlive the reader), as the constructor from a stream.
    /// \throws as the constructor from a stream.
    EurostatTsvReader(std::string_view text, std::string source, StatusCodes generation,
                      EurostatTsvOptions options = {});
    /// Out of line: the reader owns its tokenizer.
    ~EurostatTsvReader();
    /// Not copyable: it owns a tokenizer bound to one text.
    EurostatTsvReader(const EurostatTsvReader&) = delete;
    /// Not copyable: it owns a tokenizer bound to one text.
    EurostatTsvReader& operator=(const EurostatTsvReader&) = delete;

    /// Moves to the next row (with OnBadRow::collect, to the next row that reads).
    /// \returns the row's series (one observation per period column, in header order), valid
    ///          until the next call, or nullptr at the end of the file.
    /// \throws CsvError at the offending cell (file, line, column and its text) for a key with
    ///         more or fewer codes than the header has dimensions, a row with more or fewer cells
    ///         than periods, a number that does not read, a flag of neither or of the other
    ///         generation, a value with a flag that says it is missing (`628 m`), or text that is
    ///         not UTF-8.
    [[nodiscard]] const SdmxSeries* next();

    /// \returns the dimensions, from the first header cell.
    [[nodiscard]] const std::vector<SdmxComponent>& dimensions() const noexcept { return dimensions_; }
    /// \returns the periods of the columns, in header order.
    [[nodiscard]] const std::vector<Period>& periods() const noexcept { return periods_; }
    /// \returns false once next() has thrown because the text stopped being UTF-8 (no later row
    ///          can be found); true after an error in a row's cells, past which reading goes on.
    [[nodiscard]] bool can_go_on() const noexcept { return !broken_; }
    /// \returns the errors of the rows skipped with OnBadRow::collect, in file order (always
    ///          empty with OnBadRow::stop).
    [[nodiscard]] const std::vector<CsvError>& errors() const noexcept { return errors_; }

private:
    void start(StatusCodes generation);
    void read_row(const CsvRow& raw);

    EurostatTsvOptions options_;
    StatusCodes generation_ = StatusCodes::eurostat;
    std::unique_ptr<CsvReader> csv_;
    std::vector<SdmxComponent> dimensions_;
    std::vector<Period> periods_;
    SdmxSeries series_;
    bool broken_ = false;
    std::vector<CsvError> errors_;
};

/// Reads a whole Eurostat TSV file into a data set: its dimensions, the time dimension
/// `TIME_PERIOD`, the measure `OBS_VALUE`, no attributes, one series per row. Values are the
/// numbers as written: a unit such as `MIO_EUR` stays a code of the `unit` dimension, never
/// applied (unit_multiplier is 0).
/// \returns the data set.
/// \throws as EurostatTsvReader, at the first bad row, whatever `options.on_bad_row` says: no
///         partial result.
[[nodiscard]] SVCTRADE_EXPORT SdmxDataSet read_eurostat_tsv(std::istream& in, std::string source,
                                                            StatusCodes generation,
                                                            const EurostatTsvOptions& options = {});
/// Reads Eurostat TSV from the bytes `text`, as read_eurostat_tsv(std::istream&, std::string, StatusCodes, const
/// EurostatTsvOptions&). \returns the data set. \throws as EurostatTsvReader.
[[nodiscard]] SVCTRADE_EXPORT SdmxDataSet read_eurostat_tsv(std::string_view text, std::string source,
                                                            StatusCodes generation,
                                                            const EurostatTsvOptions& options = {});
/// Reads a whole Eurostat TSV file, keeping the rows that read and an error for each that does not.
/// \returns the data set of the good rows and the errors, in file order (`options.on_bad_row` is
///          not consulted).
/// \throws CsvError for a header that does not read (there is no row to keep without it).
[[nodiscard]] SVCTRADE_EXPORT SdmxReadResult read_eurostat_tsv_collecting(std::istream& in, std::string source,
                                                                          StatusCodes generation,
                                                                          const EurostatTsvOptions& options = {});

}  // namespace svctrade
