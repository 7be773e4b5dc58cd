// SPDX-License-Identifier: BSL-1.0
/// \file
/// The result of a calculation that may have no answer for reasons that come from the data:
/// `Reason` says why, `Outcome<T>` holds either a value or a reason.
///
/// Growth on a zero base, growth of a negative balance, a share of a zero total, a figure that
/// was never reported: these are not misuse (no exception), and they are not numbers (never
/// infinity, NaN or a silent zero). Functions that can meet them return an `Outcome`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <svctrade/error.hpp>

namespace svctrade {

/// Why a calculation has no answer; `Reason::none` means it has one.
/// \note The panel operations store one `Reason` byte per result, so the enumerators are also
///       the status column of the fast path.
enum class Reason : std::uint8_t {
    none = 0,       ///< There is an answer.
    missing,        ///< An input was not reported (or lies outside the data): missing stays missing.
    zero_base,      ///< The base (denominator) is zero: a relative change or share is undefined.
    negative_base,  ///< The base is negative (a deficit, a negative credit item): a relative
                    ///< change of a negative quantity is not meaningful, so none is given.
    sign_change,    ///< The base is positive and the new value negative (a surplus turned into a
                    ///< deficit): the arithmetic ratio (below −100 %) is not meaningful.
};

/// \returns a short English explanation of `reason`, as used in messages and reports
///          ("the base is zero", …); "there is an answer" for `Reason::none`.
[[nodiscard]] constexpr std::string_view describe(Reason reason) noexcept {
    switch (reason) {
        case Reason::none:
            return "there is an answer";
        case Reason::missing:
            return "an input is missing";
        case Reason::zero_base:
            return "the base is zero";
        case Reason::negative_base:
            return "the base is negative";
        case Reason::sign_change:
            return "the value changed sign from a positive base";
    }
    return "unknown reason";
}

/// \returns the enumerator's name (`"zero_base"`, …), stable for files and logs.
[[nodiscard]] constexpr std::string_view to_string(Reason reason) noexcept {
    switch (reason) {
        case Reason::none:
            return "none";
        case Reason::missing:
            return "missing";
        case Reason::zero_base:
            return "zero_base";
        case Reason::negative_base:
            return "negative_base";
        case Reason::sign_change:
            return "sign_change";
    }
    return "unknown";
}

/// Either a value of type `T` or the `Reason` there is none (a small `std::expected` whose error
/// is always a `Reason`).
/// \note Reading `value()` of an outcome without a value is misuse and throws `NotFound` naming
///       the reason; test `has_value()` first or use `value_or()`.
template <class T>
class Outcome {
public:
    /// The type of the value an outcome may hold.
    using value_type = T;

    /// An outcome holding `value`.
    constexpr Outcome(T value) : value_(std::move(value)) {}  // NOLINT: implicit on purpose
    /// An outcome without a value, for `reason`.
    /// \throws InvalidArgument if `reason` is `Reason::none` (an answer needs a value).
    constexpr Outcome(Reason reason) : reason_(reason) {  // NOLINT: implicit on purpose
        if (reason == Reason::none) {
            throw InvalidArgument("an Outcome without a value needs a reason other than Reason::none");
        }
    }

    /// \returns true when the outcome holds a value.
    [[nodiscard]] constexpr bool has_value() const noexcept { return value_.has_value(); }
    /// \returns true when the outcome holds a value.
    [[nodiscard]] constexpr explicit operator bool() const noexcept { return has_value(); }
    /// \returns why there is no value, or `Reason::none` when there is one.
    [[nodiscard]] constexpr Reason reason() const noexcept { return reason_; }

    /// \returns the value.
    /// \throws NotFound if there is none; the message gives the reason.
    [[nodiscard]] constexpr const T& value() const {
        if (!value_) {
            throw NotFound(std::string("the calculation has no answer: ") + std::string(describe(reason_)));
        }
        return *value_;
    }
    /// \returns the value, or `fallback` when there is none.
    [[nodiscard]] constexpr T value_or(T fallback) const { return value_ ? *value_ : std::move(fallback); }

    /// Two outcomes are equal when both hold equal values or both lack one for the same reason.
    /// \returns whether `a` and `b` are equal.
    [[nodiscard]] friend constexpr bool operator==(const Outcome& a, const Outcome& b) {
        return a.value_ == b.value_ && a.reason_ == b.reason_;
    }

private:
    std::optional<T> value_;
    Reason reason_ = Reason::none;
};

}  // namespace svctrade
