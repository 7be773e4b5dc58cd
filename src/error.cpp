// SPDX-License-Identifier: BSL-1.0
// The destructors are defined here, out of line, so that each exception's typeinfo and vtable
// live in (and are exported from) the library: a shared build with hidden visibility could not
// otherwise be caught by type in a consumer.
#include <svctrade/error.hpp>

#include <string>

namespace svctrade {

Error::Error(const std::string& message) : std::runtime_error(message) {}
Error::~Error() = default;

namespace {
std::string parse_message(std::string_view input, std::size_t position, std::string_view reason) {
    std::string m = "cannot parse \"";
    m.append(input);
    m += "\" at position ";
    m += std::to_string(position);
    m += ": ";
    m.append(reason);
    return m;
}

std::string unknown_message(std::string_view kind, std::string_view code, std::string_view suggestions) {
    std::string m = "unknown ";
    m.append(kind);
    m += " \"";
    m.append(code);
    m += "\"";
    if (!suggestions.empty()) {
        m += " (did you mean ";
        m.append(suggestions);
        m += "?)";
    }
    return m;
}
}  // namespace

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
