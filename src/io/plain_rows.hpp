// SPDX-License-Identifier: BSL-1.0
// The lines of a text that holds no double quote and no lone CR, split at a separator: what a
// reader of a large file meets on nearly every line, found without the tokenizer's per-field
// bookkeeping (line, column, quoting, escapes). A line that holds anything else a tokenizer must
// judge (a NUL, a byte above 0x7F) or more than max_fields fields is marked not plain,
// and its reader hands it to CsvReader, which reads it, or names what is wrong with it, exactly
// as it does in a file read whole.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace svctrade::detail {

// Whether `text` can be split by PlainRows: no double quote (which may hold separators and line
// breaks) and no CR that is not followed by LF (a lone CR ends a record, which PlainRows does
// not count as a line).
inline bool plain_text(std::string_view text) noexcept {
    if (text.find('"') != std::string_view::npos) return false;
    for (std::size_t cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r', cr + 1)) {
        if (cr + 1 == text.size() || text[cr + 1] != '\n') return false;
    }
    return true;
}

class PlainRows {
public:
    static constexpr std::size_t max_fields = 32;

    // `text` must satisfy plain_text(), so that a CR can only be the first byte of a CR LF.
    PlainRows(std::string_view text, char separator) noexcept
        : data_(text.data()),
          size_(text.size()),
          separator_(separator)
#if defined(__SSE2__)
          ,
          separator16_(_mm_set1_epi8(separator)),
          lf16_(_mm_set1_epi8('\n'))
#endif
    {
    }

    // Moves to the next line; false at the end of the text.
    bool next() noexcept {
        if (pos_ >= size_) return false;
        begin_ = pos_;
        fields_ = 0;
        plain_ = true;
        std::size_t p = pos_;
#if defined(__SSE2__)
        // The bits of a block of 64 bytes, kept for the lines after this one that start in it.
        while (size_ - p >= 64 || p - base_ < 64) {
            if (p - base_ >= 64) load(p);  // p - base_ wraps to a large number when p is before it
            const auto offset = static_cast<unsigned>(p - base_);
            const std::uint64_t from = ~std::uint64_t{0} << offset;
            const std::uint64_t lf = lf_ & from;
            if (lf != 0) {
                const auto at = static_cast<unsigned>(__builtin_ctzll(lf));
                const std::uint64_t in_line = from & ((std::uint64_t{1} << at) - 1);
                add(separators_ & in_line, odd_ & in_line, base_);
                end_line(base_ + at, base_ + at + 1);
                return true;
            }
            add(separators_ & from, odd_ & from, base_);
            p = base_ + 64;
        }
#endif
        for (; p < size_; ++p) {
            const char c = data_[p];
            if (c == '\n') {
                end_line(p, p + 1);
                return true;
            }
            if (c == separator_) {
                add_field(p);
            } else if (c == '\0' || static_cast<unsigned char>(c) >= 0x80) {
                plain_ = false;
            }
        }
        end_line(size_, size_);
        return true;
    }

    // The line's first byte.
    [[nodiscard]] std::size_t begin() const noexcept {
        return begin_;
    }
    // The line as written, its line break included: what a CsvReader is given for a line that is
    // not plain.
    [[nodiscard]] std::string_view whole() const noexcept {
        return {data_ + begin_, pos_ - begin_};
    }
    // Whether the line holds nothing (a tokenizer skips such lines).
    [[nodiscard]] bool blank() const noexcept {
        return fields_ == 1 && ends_[0] == begin_;
    }
    // Whether every field was found and is ASCII text without NUL.
    [[nodiscard]] bool plain() const noexcept {
        return plain_;
    }
    [[nodiscard]] std::size_t field_count() const noexcept {
        return fields_;
    }
    [[nodiscard]] std::string_view field(std::size_t i) const noexcept {
        const std::size_t first = i == 0 ? begin_ : ends_[i - 1] + 1;
        return {data_ + first, ends_[i] - first};
    }

private:
    void add_field(std::size_t at) noexcept {
        if (fields_ + 1 == max_fields) {
            plain_ = false;  // the last slot is kept for the line's last field
        } else {
            ends_[fields_++] = at;
        }
    }
#if defined(__SSE2__)
    void add(std::uint64_t separators, std::uint64_t odd, std::size_t base) noexcept {
        if (odd != 0) plain_ = false;
        while (separators != 0) {
            add_field(base + static_cast<std::size_t>(__builtin_ctzll(separators)));
            separators &= separators - 1;
        }
    }
    // The separators, line feeds and NULs or bytes above 0x7F of the 64 bytes from `at`.
    void load(std::size_t at) noexcept {
        base_ = at;
        separators_ = lf_ = odd_ = 0;
        for (unsigned i = 0; i < 4; ++i) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data_ + at + 16 * i));
            const auto shift = 16 * i;
            separators_ |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, separator16_)))}
                           << shift;
            lf_ |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf16_)))} << shift;
            odd_ |= std::uint64_t{static_cast<std::uint16_t>(
                        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_setzero_si128()), v)))}
                    << shift;
        }
    }
#endif
    // The line's LF (or the end of the text) is at `lf`, the next line starts at `next`; a CR
    // before the LF is the line break's.
    void end_line(std::size_t lf, std::size_t next) noexcept {
        const std::size_t end = lf > begin_ && data_[lf - 1] == '\r' ? lf - 1 : lf;
        ends_[fields_++] = end;
        pos_ = next;
    }

    const char* data_;
    std::size_t size_;
    char separator_;
    std::size_t pos_ = 0;
    std::size_t begin_ = 0;
    std::size_t fields_ = 0;
    bool plain_ = true;
    std::array<std::size_t, max_fields> ends_{};
#if defined(__SSE2__)
    __m128i separator16_;
    __m128i lf16_;
    std::size_t base_ = static_cast<std::size_t>(-1) / 2;  // no block yet: every offset misses
    std::uint64_t separators_ = 0;
    std::uint64_t lf_ = 0;
    std::uint64_t odd_ = 0;
#endif
};

}  // namespace svctrade::detail
