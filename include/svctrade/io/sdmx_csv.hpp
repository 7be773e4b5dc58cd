// SPDX-License-Identifier: BSL-1.0
/// \file
/// SDMX-CSV 1.0 and 2.x in, SDMX-CSV 2.x out: one reader for both versions (row by row with
/// SdmxCsvReader, or the whole file into an SdmxDataSet), one writer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/export.hpp>
#include <svctrade/io/data_set.hpp>
#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/text/csv_reader.hpp>

namespace svctrade {

/// The version of SDMX-CSV a file is written in, told by its first header cell.
enum class SdmxCsvVersion : std::uint8_t {
    v1_0,  ///< First cell `DATAFLOW`: one dataflow column, no ACTION.
    v2,    ///< First cell `STRUCTURE` (2.0 and 2.1): STRUCTURE, STRUCTURE_ID, optional ACTION.
};

/// How a file writes its ids: SDMX-CSV's `labels` parameter, told by the header.
enum class SdmxLabels : std::uint8_t {
    id,    ///< Codes only (`A`).
    both,  ///< Code and name in one cell (`A: Value A`; header `DIM_1: Dimension 1`).
    name,  ///< A name column after each component's column (2.x, with a STRUCTURE_NAME column).
};

/// How to read an SDMX-CSV file: which columns are what, where the file does not say.
struct SdmxCsvOptions {
    /// The column of the periods; empty for data without a time dimension.
    std::string time_dimension = "TIME_PERIOD";
    /// The column of the values.
    std::string measure = "OBS_VALUE";
    /// The dimensions other than time, by id, when the file's order does not tell them; empty:
    /// the columns between the structure columns and the time dimension (or, without a time
    /// dimension, the measure).
    std::vector<std::string> dimensions;
    /// The reporting year's start for `A`, `S` and `Q` periods of rows without a
    /// REPORTING_YEAR_START_DAY (or of files without that column).
    YearStart reporting_year_start{};
    /// What SdmxCsvReader::next() does with a row whose values it rejects: throw its CsvError
    /// (OnBadRow::stop, the default), or skip it and keep the error (OnBadRow::collect,
    /// SdmxCsvReader::errors()). A text that stops being CSV or UTF-8 throws either way.
    OnBadRow on_bad_row = OnBadRow::stop;
};

/// One row of an SDMX-CSV file as SdmxCsvReader hands it out.
/// \note Valid until the reader's next call to next().
struct SdmxCsvRow {
    /// The row's structure kind (`dataflow`; always `dataflow` in SDMX-CSV 1.0).
    std::string_view structure;
    /// The structure's id (`ESTAT:NA_MAIN(1.6.0)`).
    std::string_view structure_id;
    /// True for an ACTION `D` row: `observation` then says what to delete, not data (its value is
    /// empty and its period may be absent).
    bool deletes = false;
    /// The codes of the dimensions (labels removed), in the order of SdmxCsvReader::dimensions().
    std::span<const std::string> key;
    /// The observation.
    SdmxObservation observation;
    /// The 1-based line the row starts on.
    std::size_t line = 0;
};

/// Reads an SDMX-CSV 1.0 or 2.x file row by row, in memory that does not grow with the file.
///
/// The header is read by the constructor: the version from the first cell (`DATAFLOW` or
/// `STRUCTURE`), the field separator from the character after it (`STRUCTURE[|];` declares `;`
/// as the separator and `|` as the separator of multiple values), the labels, the columns.
/// Values with a decimal comma are read when the separator is not a comma (`12,4`).
class SVCTRADE_EXPORT SdmxCsvReader {
public:
    /// A reader of the stream `in`, named `source` in errors.
    /// \throws CsvError naming the line and column for a header that is not SDMX-CSV (no
    ///         DATAFLOW or STRUCTURE cell, no measure column, a declared dimension or the time
    ///         dimension absent, a column repeated, UNIT_MULT and SCALE both present), or for
    ///         text that is not CSV or UTF-8; Error when the stream fails; InvalidArgument
    ///         for options that make one column two things (the measure is the time
    ///         dimension or a declared dimension, a dimension declared twice).
    SdmxCsvReader(std::istream& in, std::string source, SdmxCsvOptions options = {});
    /// A reader of the bytes `text` (which must outlive the reader), named `source` in errors.
    /// \throws as the constructor from a stream.
    SdmxCsvReader(std::string_view text, std::string source, SdmxCsvOptions options = {});
    /// Out of line: the reader owns its tokenizer.
    ~SdmxCsvReader();
    /// Not copyable: a row refers to the reader's buffers.
    SdmxCsvReader(const SdmxCsvReader&) = delete;
    /// Not copyable: a row refers to the reader's buffers.
    SdmxCsvReader& operator=(const SdmxCsvReader&) = delete;

    /// Moves to the next row (with OnBadRow::collect, to the next row that reads).
    /// \returns the row, valid until the next call, or nullptr at the end of the file.
    /// \throws CsvError at the offending field (file, line, column and its text) for a row with
    ///         more or fewer fields than the header, an unknown ACTION, a period, value, status
    ///         or unit multiplier that does not read, a value together with a missing status
    ///         (`12.4` with OBS_STATUS `M`), or text that is not CSV or UTF-8.
    [[nodiscard]] const SdmxCsvRow* next();

    /// \returns the version the header declares.
    [[nodiscard]] SdmxCsvVersion version() const noexcept { return version_; }
    /// \returns the labels the header uses.
    [[nodiscard]] SdmxLabels labels() const noexcept { return labels_; }
    /// \returns the field separator.
    [[nodiscard]] char separator() const noexcept { return separator_; }
    /// \returns the separator of multiple values (`|` unless the header declares another).
    [[nodiscard]] char array_separator() const noexcept { return array_separator_; }
    /// \returns the dimensions (other than time), with the names and code names read so far.
    [[nodiscard]] const std::vector<SdmxComponent>& dimensions() const noexcept { return dimensions_; }
    /// \returns the time dimension, if the file has one.
    [[nodiscard]] const std::optional<SdmxComponent>& time_dimension() const noexcept { return time_; }
    /// \returns the measure.
    [[nodiscard]] const SdmxComponent& measure() const noexcept { return measure_; }
    /// \returns the attributes other than OBS_STATUS, OBS_CONF, UNIT_MULT / SCALE and
    ///          REPORTING_YEAR_START_DAY, with the code names read so far.
    [[nodiscard]] const std::vector<SdmxComponent>& attributes() const noexcept { return attributes_; }
    /// \returns the name errors give for the file.
    [[nodiscard]] const std::string& source() const noexcept;
    /// \returns false once next() has thrown because the text stopped being CSV or UTF-8 (no
    ///          later row can be found); true after an error in a row's values, past which
    ///          reading goes on.
    [[nodiscard]] bool can_go_on() const noexcept { return !broken_; }
    /// \returns the errors of the rows skipped with OnBadRow::collect, in file order (always
    ///          empty with OnBadRow::stop).
    [[nodiscard]] const std::vector<CsvError>& errors() const noexcept { return errors_; }

private:
    struct Column;
    void read_header(std::string_view first_bytes, const std::string& source);
    void start();
    void interpret_header(const CsvRow& raw);
    void interpret_row(const CsvRow& raw);
    std::string_view code(const CsvRow& raw, std::size_t column, SdmxComponent* component);

    SdmxCsvOptions options_;
    std::unique_ptr<std::istream> prefixed_;  // the stream with the header's first bytes put back
    std::unique_ptr<std::streambuf> prefix_buffer_;
    std::unique_ptr<CsvReader> csv_;
    SdmxCsvVersion version_ = SdmxCsvVersion::v2;
    SdmxLabels labels_ = SdmxLabels::id;
    char separator_ = ',';
    char array_separator_ = '|';
    std::vector<SdmxComponent> dimensions_;
    std::optional<SdmxComponent> time_;
    SdmxComponent measure_;
    std::vector<SdmxComponent> attributes_;
    std::vector<Column> columns_;  // what each field of a row is
    std::size_t field_count_ = 0;
    std::vector<std::string> key_;
    std::string structure_;
    std::string structure_id_;
    SdmxCsvRow row_;
    bool broken_ = false;
    std::vector<CsvError> errors_;
};

/// The result of read_sdmx_csv_collecting() and read_eurostat_tsv_collecting(): the good rows and
/// the errors of the bad ones.
struct SdmxReadResult {
    SdmxDataSet data;              ///< The rows that were read.
    std::vector<CsvError> errors;  ///< One error per row that was not, in file order.
};

/// Reads a whole SDMX-CSV file into a data set (series grouped by structure id and key).
/// \returns the data set.
/// \throws as SdmxCsvReader, at the first bad row, whatever `options.on_bad_row` says: no partial
///         result (read_sdmx_csv_collecting() goes on past bad rows).
[[nodiscard]] SVCTRADE_EXPORT SdmxDataSet read_sdmx_csv(std::istream& in, std::string source,
                                                        const SdmxCsvOptions& options = {});
/// Reads SDMX-CSV from the bytes `text`, as read_sdmx_csv(std::istream&, std::string, const SdmxCsvOptions&).
/// \returns the data set.
/// \throws as SdmxCsvReader.
[[nodiscard]] SVCTRADE_EXPORT SdmxDataSet read_sdmx_csv(std::string_view text, std::string source,
                                                        const SdmxCsvOptions& options = {});
/// Reads a whole SDMX-CSV file, keeping the rows that read and an error for each that does not.
/// A text that stops being CSV (a quote never closed, bytes that are not UTF-8) ends the reading
/// with its error last.
/// \returns the data set of the good rows and the errors (`options.on_bad_row` is not consulted).
/// \throws CsvError for a header that is not SDMX-CSV (there is no row to keep without it).
[[nodiscard]] SVCTRADE_EXPORT SdmxReadResult read_sdmx_csv_collecting(std::istream& in, std::string source,
                                                                      const SdmxCsvOptions& options = {});

/// How to write SDMX-CSV 2.x.
struct SdmxCsvWriteOptions {
    /// The field separator: `,`, or `;` to write decimal commas (`12,4`) as locales that use
    /// them expect.
    char separator = ',';
    /// SdmxLabels::id writes codes; SdmxLabels::both writes `code: name` where a name is known
    /// (header `DIM_1: Dimension 1`). SdmxLabels::name is not written.
    SdmxLabels labels = SdmxLabels::id;
};

/// Writes `data` as SDMX-CSV 2.x: STRUCTURE (declaring `|` as the separator of multiple
/// values), STRUCTURE_ID, ACTION, the dimensions, TIME_PERIOD (start and duration for ranges),
/// OBS_VALUE (divided back by the unit multiplier), OBS_STATUS, OBS_CONF, UNIT_MULT, a
/// REPORTING_YEAR_START_DAY when a period is fiscal, then the attributes; the deletions last,
/// with ACTION `D`. A value not provided is an empty cell, any other missing value `NaN`.
/// read_sdmx_csv() reads the file back to an equal data set.
/// \throws InvalidArgument for a separator other than `,` and `;`, SdmxLabels::name, a series
///         whose key does not have one code per dimension, a confidentiality SDMX does not
///         code, or a component id that would not read back as itself, before anything is
///         written: empty, not UTF-8 or holding a NUL, reserved by the format (STRUCTURE,
///         STRUCTURE_ID, STRUCTURE_NAME, ACTION, SERIES_KEY, OBS_KEY, OBS_STATUS, OBS_CONF,
///         UNIT_MULT, SCALE, REPORTING_YEAR_START_DAY, which an SDMX-CSV 1.0 file may use as
///         dimensions), holding `: ` or ending in `[…]`, or the id of another component; with
///         SdmxLabels::both, for a code or structure id holding `: ` (it would read back as a
///         code and a name); Error when the stream refuses the bytes.
SVCTRADE_EXPORT void write_sdmx_csv(std::ostream& out, const SdmxDataSet& data,
                                    const SdmxCsvWriteOptions& options = {});

}  // namespace svctrade
