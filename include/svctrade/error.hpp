// SPDX-License-Identifier: BSL-1.0
/// \file
/// The library's exceptions: one base, svctrade::Error, and a few named kinds of misuse.
///
/// svctrade throws for misuse and malformed input (text that does not parse, currencies that
/// differ, a period that does not exist). Outcomes that come from the data, such as growth on a
/// zero base, are not errors: the functions that can meet them return a result type instead.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include <svctrade/export.hpp>

namespace svctrade {

/// The base of every exception svctrade throws; catch this to catch them all.
/// \note what() always names the offending value and the rule it breaks, and is UTF-8: a byte
/// of the message that is not is written `\xNN`.
class SVCTRADE_EXPORT Error : public std::runtime_error {
public:
    /// Creates an error with a complete, human-readable message.
    explicit Error(const std::string& message);
    /// Out of line, so that the typeinfo is exported from the library.
    ~Error() override;
};

/// Text that does not parse: a number, an amount, a period code, a file line.
/// \note Every parser of the library throws it first for text that is not UTF-8, at the byte
/// offset of the first bad character (docs/text.md).
class SVCTRADE_EXPORT ParseError : public Error {
public:
    /// Creates a parse error for `input`, failing at character `position` (0-based) for `reason`.
    /// \note The message reads `cannot parse "12..3" at position 3: <reason>`; an input longer
    /// than 120 bytes is quoted as an excerpt around the position, with "…" where it is cut.
    ParseError(std::string_view input, std::size_t position, std::string_view reason);
    /// Out of line, so that the typeinfo is exported from the library.
    ~ParseError() override;

    /// \returns the text that failed to parse.
    [[nodiscard]] const std::string& input() const noexcept { return input_; }
    /// \returns the 0-based position of the first offending character.
    [[nodiscard]] std::size_t position() const noexcept { return position_; }
    /// \returns why the text was rejected, without the input and position.
    [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

protected:
    /// For subclasses that say more than the input and position (a file name, a line number):
    /// `message` is the whole what() text.
    ParseError(const std::string& message, std::string_view input, std::size_t position, std::string_view reason);

private:
    std::string input_;
    std::size_t position_;
    std::string reason_;
};

/// A line of a text file (a pilot task file, a data table) that does not parse.
/// \note The message reads `<source>, line 12: cannot parse "<line>" at position 4: <reason>`,
/// where position is the 0-based character within the line.
class SVCTRADE_EXPORT FileParseError : public ParseError {
public:
    /// Creates the error for line `line` (1-based) of `source` (a file name or a description of
    /// the stream), whose text is `input`, failing at character `position` for `reason`.
    FileParseError(std::string_view source, std::size_t line, std::string_view input, std::size_t position,
                   std::string_view reason);
    /// Out of line, so that the typeinfo is exported from the library.
    ~FileParseError() override;

    /// \returns the file name or stream description given when reading.
    [[nodiscard]] const std::string& source() const noexcept { return source_; }
    /// \returns the 1-based number of the offending line.
    [[nodiscard]] std::size_t line() const noexcept { return line_; }

protected:
    /// For subclasses that word the place differently (a column as well as a line): `message`
    /// is the whole what() text.
    FileParseError(const std::string& message, std::string_view source, std::size_t line, std::string_view input,
                   std::size_t position, std::string_view reason);

private:
    std::string source_;
    std::size_t line_;
};

/// A value outside the range a function accepts (a negative count, a rounding to -3 places…).
class SVCTRADE_EXPORT InvalidArgument : public Error {
public:
    /// Creates the error with a message naming the value and the rule.
    explicit InvalidArgument(const std::string& message);
    /// Out of line, so that the typeinfo is exported from the library.
    ~InvalidArgument() override;
};

/// An exact result that does not fit the representation (a sum beyond the Decimal range).
class SVCTRADE_EXPORT Overflow : public Error {
public:
    /// Creates the error with a message naming the operation and its operands.
    explicit Overflow(const std::string& message);
    /// Out of line, so that the typeinfo is exported from the library.
    ~Overflow() override;
};

/// A division whose divisor is zero, where the caller asked for a number and not a result type.
class SVCTRADE_EXPORT DivisionByZero : public Error {
public:
    /// Creates the error with a message naming the dividend.
    explicit DivisionByZero(const std::string& message);
    /// Out of line, so that the typeinfo is exported from the library.
    ~DivisionByZero() override;
};

/// Two amounts in different currencies were combined without an exchange rate.
class SVCTRADE_EXPORT CurrencyMismatch : public Error {
public:
    /// Creates the error; the message names both amounts.
    explicit CurrencyMismatch(const std::string& message);
    /// Out of line, so that the typeinfo is exported from the library.
    ~CurrencyMismatch() override;
};

/// A code that is not in a reference table: a currency, a service category, a task id.
class SVCTRADE_EXPORT UnknownCode : public Error {
public:
    /// Creates the error for `code` of the given `kind` ("currency", "EBOPS 2010 code"…);
    /// `suggestions` (may be empty) lists close valid codes for the message.
    UnknownCode(std::string_view kind, std::string_view code, std::string_view suggestions = {});
    /// Out of line, so that the typeinfo is exported from the library.
    ~UnknownCode() override;

    /// \returns the code that was not found.
    [[nodiscard]] const std::string& code() const noexcept { return code_; }

private:
    std::string code_;
};

/// A period or date that does not exist or is not allowed (2021-02-30, an end before a start).
class SVCTRADE_EXPORT InvalidPeriod : public Error {
public:
    /// Creates the error with a message naming the period and the rule.
    explicit InvalidPeriod(const std::string& message);
    /// Out of line, so that the typeinfo is exported from the library.
    ~InvalidPeriod() override;
};

/// Two values that cannot be compared or combined: periods of different kinds for a
/// year-on-year growth, figures for different categories, flows or reporters.
class SVCTRADE_EXPORT NotComparable : public Error {
public:
    /// Creates the error with a message naming both sides and why they differ.
    explicit NotComparable(const std::string& message);
    /// Out of line, so that the typeinfo is exported from the library.
    ~NotComparable() override;
};

/// A lookup that has no answer: no exchange rate for a date, no observation for a key.
class SVCTRADE_EXPORT NotFound : public Error {
public:
    /// Creates the error with a message naming what was looked for.
    explicit NotFound(const std::string& message);
    /// Out of line, so that the typeinfo is exported from the library.
    ~NotFound() override;
};

/// A change of state that the rules forbid (a pilot task moved backwards without a reason).
class SVCTRADE_EXPORT InvalidTransition : public Error {
public:
    /// Creates the error with a message naming the states and the rule.
    explicit InvalidTransition(const std::string& message);
    /// Out of line, so that the typeinfo is exported from the library.
    ~InvalidTransition() override;
};

}  // namespace svctrade
