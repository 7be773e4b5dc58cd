// SPDX-License-Identifier: BSL-1.0
/// \file
/// The streaming RFC 4180 CSV tokenizer: svctrade::CsvReader hands out one record at a time from a
/// byte buffer or a stream, each field knowing its line and column, in memory that does not grow
/// with the file.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/error.hpp>
#include <svctrade/export.hpp>

namespace svctrade {

/// A CSV text that breaks RFC 4180 or is not valid UTF-8, or a value in it that a reader rejects.
/// \note The message reads `<source>:<line>:<column>: <reason>`, the form compilers use, with the
///       line and column 1-based and the column counted in characters (code points), so that an
///       editor jumps to the place. input() is the offending text (at most 60 characters of it).
class SVCTRADE_EXPORT CsvError : public FileParseError {
public:
    /// Creates the error for the text at `line`, `column` (both 1-based) of `source` (a file name),
    /// whose offending text is `input`, for `reason`.
    CsvError(std::string_view source, std::size_t line, std::size_t column, std::string_view input,
             std::string_view reason);
    /// Out of line, so that the typeinfo is exported from the library.
    ~CsvError() override;

    /// \returns the 1-based column, in characters, at which the offending text starts.
    [[nodiscard]] std::size_t column() const noexcept { return column_; }

private:
    std::size_t column_;
};

/// How a CSV text is written. RFC 4180 says commas and CRLF; files from other locales and SDMX-CSV
/// 2.x files that declare it use `;`, and TSV files use a tab.
struct CsvDialect {
    /// The field separator: any ASCII character but a double quote, CR, LF or NUL.
    char separator = ',';
    /// The line break a CsvWriter ends records with; a CsvReader accepts CRLF, LF and a lone CR.
    enum class LineBreak : unsigned char {
        lf,   ///< "\n", as most programs write.
        crlf  ///< "\r\n", as RFC 4180 writes.
    };
    /// The line break a CsvWriter ends records with (LF unless told otherwise).
    LineBreak line_break = LineBreak::lf;
    /// A character that makes a line a comment when it starts the line (a record's first byte):
    /// a CsvReader skips the line, checking only that it is UTF-8, so that notes on a file's
    /// source above its header (`# ILLUSTRATIVE DATA…`) may hold quotes and separators. NUL (the
    /// default) for none: RFC 4180 has no comments, and a field starting with `#` is then data.
    char comment = '\0';
};

/// One record of a CSV text as a CsvReader holds it: fields as views into the reader's buffer.
/// \note Valid until the reader's next call to next(); copy a field's text to keep it.
class SVCTRADE_EXPORT CsvRow {
public:
    /// \returns the number of fields (at least one).
    [[nodiscard]] std::size_t size() const noexcept { return fields_.size(); }
    /// \returns the text of field `i` (0-based), quotes removed and `""` turned back into `"`.
    /// \note A quoted line break is content and is kept as written (CRLF stays CRLF).
    [[nodiscard]] std::string_view operator[](std::size_t i) const noexcept {
        const Slot& s = fields_[i];
        return {(s.unescaped ? scratch_.data() : data_) + s.begin, s.length};
    }
    /// \returns whether field `i` was written in double quotes.
    [[nodiscard]] bool quoted(std::size_t i) const noexcept { return fields_[i].quoted; }
    /// \returns the 1-based line the record starts on.
    [[nodiscard]] std::size_t line() const noexcept { return fields_.empty() ? 0 : fields_.front().line; }
    /// \returns the 1-based line field `i` starts on (a quoted field before it may span lines).
    [[nodiscard]] std::size_t line(std::size_t i) const noexcept { return fields_[i].line; }
    /// \returns the 1-based column, in characters, of the first character of field `i` (its
    ///          opening quote when quoted). Counted on demand: reading fields costs nothing for it.
    [[nodiscard]] std::size_t column(std::size_t i) const noexcept;
    /// \returns the name of the text the row belongs to (a file name), as errors give it.
    [[nodiscard]] std::string_view source() const noexcept { return source_; }

    /// \returns a CsvError at field `i` (its line and column, its text as the excerpt) for
    ///          `reason`, for readers that reject a value.
    [[nodiscard]] CsvError error(std::size_t i, std::string_view reason) const;
    /// \returns a CsvError at the end of the record (after its last field), for a record that
    ///          lacks fields.
    [[nodiscard]] CsvError error_at_end(std::string_view reason) const;

private:
    friend class CsvReader;
    struct Slot {
        std::size_t begin;       // in data_, or in scratch_ when unescaped
        std::size_t length;      // bytes of the content
        std::size_t raw;         // the field's first byte (its quote) in data_
        std::size_t line_begin;  // first byte of the field's line in data_
        std::size_t line;
        bool quoted;
        bool unescaped;  // its text had `""` and lives in scratch_
    };
    const char* data_ = nullptr;
    std::string scratch_;
    std::vector<Slot> fields_;
    std::string_view source_;
};

/// The RFC 4180 tokenizer: reads a CSV text record by record.
///
/// Fields are separated by the dialect's separator, records by CRLF, LF or a lone CR; a field in
/// double quotes may hold separators, line breaks and `""` (one quote). A UTF-8 byte-order mark at
/// the start is skipped; a line break at the end does not start a record; a line holding nothing
/// at all is skipped (spreadsheets leave them). The text must be UTF-8 without NUL.
///
/// Reading from a stream keeps one buffer of about 1 MiB plus the longest record: memory does not
/// grow with the file. Reading from a byte buffer copies nothing (the buffer must outlive the
/// reader). A field's text is a view; only a quoted field holding `""` is copied, into a buffer
/// reused from record to record.
/// \code
/// CsvReader csv(file, "trade.csv");
/// while (const CsvRow* row = csv.next()) {
///     std::string_view reporter = (*row)[0];
/// }
/// \endcode
class SVCTRADE_EXPORT CsvReader {
public:
    /// A reader of the bytes `text`, named `source` in errors (a file name).
    /// \throws InvalidArgument for a separator that cannot separate (a quote, CR, LF, NUL or a
    ///         byte above 0x7F).
    CsvReader(std::string_view text, std::string source, CsvDialect dialect = {});
    /// A reader of the bytes `text`, a part of a longer text named `source` that starts at the
    /// first byte of a record on line `first_line` (1-based) of that text: lines are counted from
    /// there and no byte-order mark is looked for, so that rows and errors name their place in the
    /// whole text. For readers that split one text between threads at record starts.
    /// \throws InvalidArgument as the other constructor, and for line 0.
    CsvReader(std::string_view text, std::string source, CsvDialect dialect, std::size_t first_line);
    /// The number of bytes a stream reader asks its stream for at a time, unless told otherwise.
    static constexpr std::size_t default_chunk_size = std::size_t{1} << 20;

    /// A reader of the stream `in`, read `chunk_size` bytes at a time as records are asked for
    /// (more when one record is longer).
    /// \throws InvalidArgument as the other constructor, and for a chunk size of 0.
    CsvReader(std::istream& in, std::string source, CsvDialect dialect = {},
              std::size_t chunk_size = default_chunk_size);
    /// Out of line: the reader owns its buffers.
    ~CsvReader();
    /// Not copyable: a row refers to the reader's buffer.
    CsvReader(const CsvReader&) = delete;
    /// Not copyable: a row refers to the reader's buffer.
    CsvReader& operator=(const CsvReader&) = delete;

    /// Moves to the next record.
    /// \returns the record, valid until the next call, or nullptr at the end of the text.
    /// \throws CsvError naming the line and column for text that is not UTF-8 (an invalid or
    ///         overlong sequence, a surrogate, a code point above U+10FFFF), a NUL character, a
    ///         quote inside an unquoted field, a character after a closing quote other than the
    ///         separator or a line break, and a quoted field that is never closed; Error when the
    ///         stream fails to read.
    [[nodiscard]] const CsvRow* next();

    /// \returns the name errors give for the text.
    [[nodiscard]] const std::string& source() const noexcept { return source_; }
    /// \returns how the text is written.
    [[nodiscard]] const CsvDialect& dialect() const noexcept { return dialect_; }

private:
    /// What one scan of the buffer found.
    enum class Scan {
        record,  ///< a whole record
        more,    ///< the buffer ends inside a record: refill and scan again
        end      ///< no more text
    };
    void init();
    Scan scan();
    bool refill();
    [[noreturn]] void fail(std::size_t at, std::size_t line, std::size_t line_begin, std::size_t excerpt_begin,
                           std::size_t excerpt_end, std::string_view reason) const;

    std::string source_;
    CsvDialect dialect_;
    std::istream* in_ = nullptr;
    std::unique_ptr<char[]> buffer_;  // the stream's bytes; data_ points here when reading a stream
    std::size_t capacity_ = 0;
    const char* data_ = nullptr;
    std::size_t size_ = 0;  // bytes valid in data_
    std::size_t pos_ = 0;   // the next record's first byte
    std::size_t line_ = 1;  // the line at pos_
    bool eof_ = false;      // every byte of the text is in data_
    bool started_ = false;  // the byte-order mark has been looked for
    unsigned char stop_plain_[256] = {};
    unsigned char stop_quoted_[256] = {};
    CsvRow row_;
};

}  // namespace svctrade
