// SPDX-License-Identifier: BSL-1.0
// One UTF-8 character checked at a time, shared by find_utf8_defect(), the CSV tokenizer's inner
// loop (which calls it only for bytes >= 0x80, so ASCII never pays for it), the error messages
// (which escape what is not UTF-8) and require_utf8(), the check at the door of every parser.
// It sits at the top of src/ so that error.cpp and every module below text can use it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <svctrade/error.hpp>

namespace svctrade::text_detail {

// The outcome of checking the character that starts at a byte.
struct Utf8Step {
    std::size_t length = 0;  // bytes of the character; 0 when it is not UTF-8
    bool truncated = false;  // the sequence runs past the end of the bytes given
    std::string_view reason;
};

// Checks the character at p[0] (p < end) as RFC 3629 requires.
inline Utf8Step utf8_step(const char* p, const char* end) noexcept {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(p[i]); };
    const unsigned char c = byte(0);
    if (c < 0x80) return {1, false, {}};
    std::size_t n = 0;
    unsigned lowest = 0;
    if ((c & 0xE0) == 0xC0) {
        n = 2;
        lowest = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3;
        lowest = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4;
        lowest = 0x10000;
    } else {
        return {0, false, "a byte that cannot start a character"};
    }
    const auto available = static_cast<std::size_t>(end - p);
    unsigned code = c & (0x7Fu >> n);
    for (std::size_t i = 1; i < n; ++i) {
        if (i >= available) return {0, true, "a character cut short at the end"};
        if ((byte(i) & 0xC0) != 0x80) return {0, false, "a character cut short"};
        code = (code << 6) | (byte(i) & 0x3Fu);
    }
    if (code < lowest) return {0, false, "an overlong form"};
    if (code >= 0xD800 && code <= 0xDFFF) return {0, false, "a UTF-16 surrogate"};
    if (code > 0x10FFFF) return {0, false, "beyond U+10FFFF"};
    return {n, false, {}};
}

// Whether the whole of `text` is UTF-8.
inline bool is_utf8(std::string_view text) noexcept {
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p < end) {
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        const Utf8Step s = utf8_step(p, end);
        if (s.length == 0) return false;
        p += s.length;
    }
    return true;
}

// The library's contract for text from outside (docs/text.md): it is UTF-8, or the parser throws
// ParseError at the byte offset of the first character that is not, before reading anything.
inline void require_utf8(std::string_view text) {
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p < end) {
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        const Utf8Step s = utf8_step(p, end);
        if (s.length == 0) {
            const auto offset = static_cast<std::size_t>(p - text.data());
            std::string reason = "the text is not UTF-8 at byte offset " + std::to_string(offset) + ": ";
            reason.append(s.reason);
            throw ParseError(text, offset, reason);
        }
        p += s.length;
    }
}

}  // namespace svctrade::text_detail
