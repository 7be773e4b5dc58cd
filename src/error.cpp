// SPDX-License-Identifier: BSL-1.0
// The destructors are defined here, out of line, so that each exception's typeinfo and vtable
// live in (and are exported from) the library: a shared build with hidden visibility could not
// otherwise be caught by type in a consumer.
#include <svctrade/error.hpp>

#include <algorithm>
#include <string>

#include "utf8_decode.hpp"

namespace svctrade {

namespace {
bool is_continuation(char c) noexcept {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// A message is read by people and written to logs and JSON: it must be UTF-8 whatever the input
// was. Bytes that are not UTF-8 are written as \xNN.
void append_escaped(std::string& out, std::string_view text) {
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p < end) {
        const text_detail::Utf8Step s = text_detail::utf8_step(p, end);
        if (s.length == 0) {
            constexpr std::string_view hex = "0123456789ABCDEF";
            const auto b = static_cast<unsigned char>(*p);
            out += "\\x";
            out += hex[b >> 4];
            out += hex[b & 0xF];
            ++p;
        } else {
            out.append(p, s.length);
            p += s.length;
        }
    }
}

std::string escaped(std::string_view text) {
    if (text_detail::is_utf8(text)) return std::string(text);
    std::string out;
    out.reserve(text.size() + 16);
    append_escaped(out, text);
    return out;
}

// The input as a message quotes it: whole when short, else about 30 characters before the
// failing position and 50 from it, with "…" where it is cut, so that a megabyte of input gives a
// message of a line.
constexpr std::size_t quote_whole_bytes = 120;
constexpr std::size_t quote_before = 30;
constexpr std::size_t quote_after = 50;

std::string quote(std::string_view input, std::size_t position, std::size_t whole_bytes = quote_whole_bytes,
                  std::size_t after = quote_after) {
    if (input.size() <= whole_bytes) return escaped(input);
    const std::size_t at = std::min(position, input.size());
    std::size_t begin = at;
    // At most four bytes a character, so that a run of stray continuation bytes stays bounded.
    for (std::size_t n = 0, bytes = 0; begin > 0 && n < quote_before && bytes < 4 * quote_before; ++bytes) {
        --begin;
        if (!is_continuation(input[begin])) ++n;
    }
    std::size_t end = at;
    for (std::size_t n = 0, bytes = 0; end < input.size() && bytes < 4 * after; ++bytes) {
        if (!is_continuation(input[end]) && n++ == after) break;
        ++end;
    }
    std::string out;
    if (begin > 0) out += "\u2026";
    append_escaped(out, input.substr(begin, end - begin));
    if (end < input.size()) out += "\u2026";
    return out;
}

std::string parse_message(std::string_view input, std::size_t position, std::string_view reason) {
    std::string m = "cannot parse \"";
    m += quote(input, position);
    m += "\" at position ";
    m += std::to_string(position);
    m += ": ";
    // A reason may quote a word of the input: it is bounded too, more loosely (reasons are long).
    m += quote(reason, 0, 600, 400);
    return m;
}

std::string unknown_message(std::string_view kind, std::string_view code, std::string_view suggestions) {
    std::string m = "unknown ";
    m.append(kind);
    m += " \"";
    m += quote(code, 0);
    m += "\"";
    if (!suggestions.empty()) {
        m += " (did you mean ";
        m.append(suggestions);
        m += "?)";
    }
    return m;
}
}  // namespace

Error::Error(const std::string& message) : std::runtime_error(escaped(message)) {}
Error::~Error() = default;

ParseError::ParseError(std::string_view input, std::size_t position, std::string_view reason)
    : Error(parse_message(input, position, reason)), input_(input), position_(position), reason_(reason) {}
ParseError::ParseError(const std::string& message, std::string_view input, std::size_t position,
                       std::string_view reason)
    : Error(message), input_(input), position_(position), reason_(reason) {}
ParseError::~ParseError() = default;

FileParseError::FileParseError(std::string_view source, std::size_t line, std::string_view input, std::size_t position,
                               std::string_view reason)
    : ParseError(std::string(source) + ", line " + std::to_string(line) + ": " + parse_message(input, position, reason),
                 input, position, reason),
      source_(source),
      line_(line) {}
FileParseError::FileParseError(const std::string& message, std::string_view source, std::size_t line,
                               std::string_view input, std::size_t position, std::string_view reason)
    : ParseError(message, input, position, reason), source_(source), line_(line) {}
FileParseError::~FileParseError() = default;

InvalidArgument::InvalidArgument(const std::string& message) : Error(message) {}
InvalidArgument::~InvalidArgument() = default;

Overflow::Overflow(const std::string& message) : Error(message) {}
Overflow::~Overflow() = default;

DivisionByZero::DivisionByZero(const std::string& message) : Error(message) {}
DivisionByZero::~DivisionByZero() = default;

CurrencyMismatch::CurrencyMismatch(const std::string& message) : Error(message) {}
CurrencyMismatch::~CurrencyMismatch() = default;

UnknownCode::UnknownCode(std::string_view kind, std::string_view code, std::string_view suggestions)
    : Error(unknown_message(kind, code, suggestions)), code_(code) {}
UnknownCode::~UnknownCode() = default;

InvalidPeriod::InvalidPeriod(const std::string& message) : Error(message) {}
InvalidPeriod::~InvalidPeriod() = default;

NotComparable::NotComparable(const std::string& message) : Error(message) {}
NotComparable::~NotComparable() = default;

NotFound::NotFound(const std::string& message) : Error(message) {}
NotFound::~NotFound() = default;

InvalidTransition::InvalidTransition(const std::string& message) : Error(message) {}
InvalidTransition::~InvalidTransition() = default;

}  // namespace svctrade
