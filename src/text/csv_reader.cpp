// SPDX-License-Identifier: BSL-1.0
// The tokenizer keeps no per-field state beyond offsets: a field is a view into the buffer, its
// column is counted only when someone asks (an error, mostly), and the inner loops stop only at
// the bytes that matter (separator, quote, line break, NUL, the first byte of a non-ASCII
// character), so plain ASCII fields cost one table look-up per byte.
#include <svctrade/text/csv_reader.hpp>

#include <svctrade/text/utf8.hpp>

#include <cstdint>
#include <cstring>
#include <istream>
#include <optional>
#include <string>
#include <utility>

#include "utf8_decode.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace svctrade {

namespace {

std::string where(std::string_view source, std::size_t line, std::size_t column) {
    return std::string(source) + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ";
}

constexpr std::size_t excerpt_characters = 60;

inline unsigned char byte(char c) noexcept {
    return static_cast<unsigned char>(c);
}

// Finds the ends of plain (unquoted) fields: the first separator, quote, CR, LF, NUL or byte
// above 0x7F at or after a position. With SSE2 (every x86-64) it marks those bytes in a block of
// 64 at a time, one bit each, and answers from the bits while the position stays in the block:
// the fields of one record are usually found from one block. Within 64 bytes of the end of the
// buffer, and without SSE2, the table answers, a byte at a time.
class PlainEnds {
public:
    PlainEnds(const char* data, std::size_t size, char separator, const unsigned char* table) noexcept
        : data_(data),
          size_(size),
          table_(table)
#if defined(__SSE2__)
          ,
          separator_(_mm_set1_epi8(separator)),
          quote_(_mm_set1_epi8('"')),
          lf_(_mm_set1_epi8('\n')),
          cr_(_mm_set1_epi8('\r'))
#endif
    {
        (void)separator;
    }

    [[nodiscard]] std::size_t operator()(std::size_t p) noexcept {
#if defined(__SSE2__)
        for (;;) {
            const std::size_t offset = p - base_;  // wraps to a large number when p is before the block
            if (offset < 64) {
                const std::uint64_t bits = mask_ >> offset;
                if (bits != 0) return p + static_cast<std::size_t>(__builtin_ctzll(bits));
                p = base_ + 64;
            }
            if (size_ - p < 64) break;
            base_ = p;
            mask_ = block(data_ + p);
        }
#endif
        while (p < size_ && table_[byte(data_[p])] == 0) ++p;
        return p;
    }

private:
#if defined(__SSE2__)
    [[nodiscard]] std::uint64_t sixteen(const char* d) const noexcept {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d));
        const __m128i a = _mm_or_si128(_mm_cmpeq_epi8(v, separator_), _mm_cmpeq_epi8(v, quote_));
        const __m128i b = _mm_or_si128(_mm_cmpeq_epi8(v, lf_), _mm_cmpeq_epi8(v, cr_));
        const __m128i c = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_setzero_si128()), v);  // v's sign bit: above 0x7F
        return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), c)));
    }
    [[nodiscard]] std::uint64_t block(const char* d) const noexcept {
        return sixteen(d) | (sixteen(d + 16) << 16U) | (sixteen(d + 32) << 32U) | (sixteen(d + 48) << 48U);
    }
#endif

    const char* data_;
    std::size_t size_;
    const unsigned char* table_;
#if defined(__SSE2__)
    std::size_t base_ = static_cast<std::size_t>(-1) / 2;  // no block yet: every offset misses
    std::uint64_t mask_ = 0;
    __m128i separator_;
    __m128i quote_;
    __m128i lf_;
    __m128i cr_;
#endif
};

}  // namespace

CsvError::CsvError(std::string_view source, std::size_t line, std::size_t column, std::string_view input,
                   std::string_view reason)
    // A reader's reason may quote a value whole (a template's field name): bounded like every
    // message (docs/text.md; found by the templates fuzz target).
    : FileParseError(where(source, line, column) + excerpt(reason, 400), source, line, input,
                     column == 0 ? 0 : column - 1, reason),
      column_(column) {}
CsvError::~CsvError() = default;

std::size_t CsvRow::column(std::size_t i) const noexcept {
    const Slot& s = fields_[i];
    return count_characters(std::string_view(data_ + s.line_begin, s.raw - s.line_begin)) + 1;
}

CsvError CsvRow::error(std::size_t i, std::string_view reason) const {
    return CsvError(source_, line(i), column(i), excerpt((*this)[i], excerpt_characters), reason);
}

CsvError CsvRow::error_at_end(std::string_view reason) const {
    return error(size() - 1, reason);
}

CsvReader::CsvReader(std::string_view text, std::string source, CsvDialect dialect)
    : source_(std::move(source)), dialect_(dialect), data_(text.data()), size_(text.size()), eof_(true) {
    init();
}

CsvReader::CsvReader(std::string_view text, std::string source, CsvDialect dialect, std::size_t first_line)
    : CsvReader(text, std::move(source), dialect) {
    if (first_line == 0) throw InvalidArgument("a CSV text's lines are counted from 1, not 0");
    line_ = first_line;
    started_ = true;  // a byte-order mark starts only the whole text
}

CsvReader::CsvReader(std::istream& in, std::string source, CsvDialect dialect, std::size_t chunk_size)
    : source_(std::move(source)), dialect_(dialect), in_(&in), capacity_(chunk_size) {
    if (chunk_size == 0) throw InvalidArgument("a CSV reader cannot read a stream 0 bytes at a time");
    init();
    buffer_ = std::make_unique<char[]>(capacity_);
    data_ = buffer_.get();
}

CsvReader::~CsvReader() = default;

void CsvReader::init() {
    const char sep = dialect_.separator;
    if (sep == '"' || sep == '\n' || sep == '\r' || sep == '\0' || byte(sep) >= 0x80) {
        throw InvalidArgument("a CSV field separator must be an ASCII character other than a quote, CR, LF or NUL");
    }
    for (unsigned b = 0x80; b < 256; ++b) stop_plain_[b] = stop_quoted_[b] = 1;
    for (const char c : {'"', '\n', '\r', '\0'}) stop_plain_[byte(c)] = stop_quoted_[byte(c)] = 1;
    stop_plain_[byte(sep)] = 1;
    row_.source_ = source_;
}

bool CsvReader::refill() {
    if (in_ == nullptr || eof_) {
        eof_ = true;
        return false;
    }
    // Keep the unfinished record; grow when it fills more than half the buffer, so that every
    // read brings at least half a buffer of new bytes and a long record costs linear time.
    const std::size_t keep = size_ - pos_;
    if (pos_ > 0 && keep > 0) std::memmove(buffer_.get(), buffer_.get() + pos_, keep);
    pos_ = 0;
    size_ = keep;
    if (keep > capacity_ / 2) {
        const std::size_t grown = capacity_ * 2;
        auto bigger = std::make_unique<char[]>(grown);
        if (keep > 0) std::memcpy(bigger.get(), buffer_.get(), keep);
        buffer_ = std::move(bigger);
        capacity_ = grown;
    }
    data_ = buffer_.get();
    in_->read(buffer_.get() + size_, static_cast<std::streamsize>(capacity_ - size_));
    const auto got = static_cast<std::size_t>(in_->gcount());
    if (in_->bad())
        throw Error(source_ + ": cannot read the stream (it failed after " + std::to_string(size_) + " bytes)");
    size_ += got;
    if (got < capacity_ - keep) eof_ = true;
    return got > 0;
}

void CsvReader::fail(std::size_t at, std::size_t line, std::size_t line_begin, std::size_t excerpt_begin,
                     std::size_t excerpt_end, std::string_view reason) const {
    const std::size_t column = count_characters(std::string_view(data_ + line_begin, at - line_begin)) + 1;
    throw CsvError(source_, line, column,
                   excerpt(std::string_view(data_ + excerpt_begin, excerpt_end - excerpt_begin), excerpt_characters),
                   reason);
}

CsvReader::Scan CsvReader::scan() {
    const char* const d = data_;
    const std::size_t n = size_;
    const char sep = dialect_.separator;
    std::size_t p = pos_;
    std::size_t line = line_;

    // Lines with nothing on them are no records, nor are comment lines when the dialect has them.
    const char comment = dialect_.comment;
    for (;;) {
        while (p < n && (d[p] == '\n' || d[p] == '\r')) {
            if (d[p] == '\r') {
                if (p + 1 == n && !eof_) return Scan::more;
                if (p + 1 < n && d[p + 1] == '\n') ++p;
            }
            ++p;
            ++line;
            pos_ = p;
            line_ = line;
        }
        if (comment == '\0' || p == n || d[p] != comment) break;
        std::size_t end = p;
        while (end < n && d[end] != '\n' && d[end] != '\r') ++end;
        if (end == n && !eof_) return Scan::more;
        const std::string_view text(d + p, end - p);
        if (const std::optional<Utf8Defect> defect = find_utf8_defect(text)) {
            fail(p + defect->offset, line, p, p, end, "the text is not UTF-8 (" + std::string(defect->reason) + ")");
        }
        if (text.find('\0') != std::string_view::npos) {
            fail(p + text.find('\0'), line, p, p, end, "a NUL character is not text");
        }
        p = end;  // the line break is skipped as a blank line's
        pos_ = p;
    }
    if (p == n) return eof_ ? Scan::end : Scan::more;

    row_.fields_.clear();
    row_.scratch_.clear();
    row_.data_ = d;
    std::size_t line_begin = p;
    std::string& scratch = row_.scratch_;

    const auto check_character = [&](std::size_t at, std::size_t field_begin) -> std::size_t {
        if (d[at] == '\0') fail(at, line, line_begin, field_begin, at, "a NUL character is not text");
        const text_detail::Utf8Step u = text_detail::utf8_step(d + at, d + n);
        if (u.length == 0) {
            if (u.truncated && !eof_) return 0;
            fail(at, line, line_begin, field_begin, at, "the text is not UTF-8 (" + std::string(u.reason) + ")");
        }
        return u.length;
    };

    // Member by member: a copy of the whole slot made GCC store it in 8-byte halves and reload it
    // in 16-byte ones, a store-forwarding stall on every field.
    const auto push = [&fields = row_.fields_](const CsvRow::Slot& s) {
        CsvRow::Slot& t = fields.emplace_back();
        t.begin = s.begin;
        t.length = s.length;
        t.raw = s.raw;
        t.line_begin = s.line_begin;
        t.line = s.line;
        t.quoted = s.quoted;
        t.unescaped = s.unescaped;
    };

    PlainEnds plain_end(d, n, sep, stop_plain_);
    for (;;) {
        CsvRow::Slot s{p, 0, p, line_begin, line, false, false};
        if (p < n && d[p] == '"') {
            s.quoted = true;
            ++p;
            std::size_t segment = p;
            for (;;) {
                while (p < n && !stop_quoted_[byte(d[p])]) ++p;
                if (p == n) {
                    if (!eof_) return Scan::more;
                    fail(s.raw, s.line, s.line_begin, s.raw + 1, n, "a quoted field is never closed");
                }
                const char c = d[p];
                if (c == '"') {
                    if (p + 1 == n && !eof_) return Scan::more;
                    if (p + 1 < n && d[p + 1] == '"') {
                        if (!s.unescaped) {
                            s.unescaped = true;
                            s.begin = scratch.size();
                        }
                        scratch.append(d + segment, p + 1 - segment);
                        p += 2;
                        segment = p;
                        continue;
                    }
                    if (s.unescaped) {
                        scratch.append(d + segment, p - segment);
                        s.length = scratch.size() - s.begin;
                    } else {
                        s.begin = s.raw + 1;
                        s.length = p - s.begin;
                    }
                    ++p;
                    break;
                }
                if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        if (p + 1 == n && !eof_) return Scan::more;
                        if (p + 1 < n && d[p + 1] == '\n') ++p;
                    }
                    ++p;
                    ++line;
                    line_begin = p;
                    continue;
                }
                const std::size_t length = check_character(p, s.raw + 1);
                if (length == 0) return Scan::more;
                p += length;
            }
            if (p == n) {
                if (!eof_) return Scan::more;
                push(s);
                break;
            }
            if (d[p] == sep) {
                push(s);
                ++p;
                continue;
            }
            if (d[p] != '\n' && d[p] != '\r') {
                const std::string_view content =
                    s.unescaped ? std::string_view(scratch).substr(s.begin) : std::string_view(d + s.begin, s.length);
                throw CsvError(source_, line, count_characters(std::string_view(d + line_begin, p - line_begin)) + 1,
                               excerpt(content, excerpt_characters),
                               std::string("a closing quote must be followed by ") +
                                   (sep == ',' ? "a comma" : "the separator") +
                                   " or the end of the line (write \"\" for a quote)");
            }
            push(s);
        } else {
            for (;;) {
                p = plain_end(p);
                if (p == n) {
                    if (!eof_) return Scan::more;
                    break;
                }
                const char c = d[p];
                if (c == sep || c == '\n' || c == '\r') break;
                if (c == '"') {
                    fail(p, line, line_begin, s.begin, p,
                         "a double quote inside an unquoted field (put the field in quotes and write \"\" for the "
                         "quote)");
                }
                const std::size_t length = check_character(p, s.begin);
                if (length == 0) return Scan::more;
                p += length;
            }
            s.length = p - s.begin;
            push(s);
            if (p == n) break;
            if (d[p] == sep) {
                ++p;
                continue;
            }
        }
        // A line break ends the record.
        if (d[p] == '\r') {
            if (p + 1 == n && !eof_) return Scan::more;
            if (p + 1 < n && d[p + 1] == '\n') ++p;
        }
        ++p;
        ++line;
        break;
    }
    pos_ = p;
    line_ = line;
    return Scan::record;
}

const CsvRow* CsvReader::next() {
    if (!started_) {
        while (!eof_ && size_ < 3) refill();
        if (std::string_view(data_ + pos_, size_ - pos_).substr(0, 3) == "\xEF\xBB\xBF") pos_ += 3;
        started_ = true;
    }
    for (;;) {
        switch (scan()) {
            case Scan::record:
                return &row_;
            case Scan::end:
                return nullptr;
            case Scan::more:
                refill();
                break;
        }
    }
}

}  // namespace svctrade
