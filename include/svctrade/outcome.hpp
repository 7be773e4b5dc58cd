// SPDX-License-Identifier: BSL-1.0
/// \file
/// The result of a calculation that may have no answer for reasons that come from the data:
/// `Reason` says why, `NoAnswer` is a reason that is not `Reason::none`, and `Outcome<T>` holds
/// either a value or a `NoAnswer` — svctrade's `std::expected<T, NoAnswer>`, with its member names.
///
/// Growth on a zero base, growth of a negative balance, a share of a zero total, a figure that
/// was never reported: these are not misuse (no exception), and they are not numbers (never
/// infinity, NaN or a silent zero). Functions that can meet them return an `Outcome`.
///
/// \code
/// Outcome<GrowthRate> g = NoAnswer(Reason::zero_base);      // a reason known when compiling
/// Outcome<double> cell = NoAnswer::of(reason_read_from_data); // one known only at run time
/// Outcome<double> wrong = Reason::none;                      // does not compile
/// Outcome<double> also_wrong = NoAnswer(Reason::none);       // does not compile
/// \endcode
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <svctrade/error.hpp>
#include <svctrade/export.hpp>

namespace svctrade {

/// Why a calculation has no answer; `Reason::none` means it has one.
/// \note The panel operations store one `Reason` byte per result, so the enumerators (and their
///       values) are also the status column of the fast path; `Reason::none` is the status of a
///       cell with a value. An Outcome without a value never has `Reason::none` (see NoAnswer).
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

/// Reading the value of an Outcome that has none (value(), `*`, `->`): misuse, like
/// `std::bad_expected_access`. Test has_value() first, or use value_or(), transform() or
/// and_then().
/// \note The message names the reason: `no value to read: the calculation has no answer because
///       the base is zero (zero_base)`.
class SVCTRADE_EXPORT BadOutcomeAccess : public Error {
public:
    /// Creates the error for an outcome without a value for `reason`.
    explicit BadOutcomeAccess(Reason reason);
    /// Out of line, so that the typeinfo is exported from the library.
    ~BadOutcomeAccess() override;
    /// \returns why the outcome had no value.
    [[nodiscard]] Reason reason() const noexcept { return reason_; }

private:
    Reason reason_;
};

namespace detail {
// Not constexpr on purpose: NoAnswer's consteval constructor calls it for Reason::none, so the
// compiler's message names the rule. Declared only; it is never called at run time.
SVCTRADE_EXPORT void a_no_answer_needs_a_reason_other_than_none();
}  // namespace detail

template <class T>
class Outcome;

/// Why there is no answer: a Reason other than Reason::none. The "unexpected" half of an Outcome,
/// as `std::unexpected` is of `std::expected`.
/// \note No NoAnswer holds Reason::none: `NoAnswer(Reason::none)` does not compile (the
///       constructor is `consteval`), and NoAnswer::of() throws for it at run time.
class NoAnswer {
public:
    /// The no-answer for `reason`, a reason known when the program is compiled:
    /// `NoAnswer(Reason::zero_base)`. For a reason computed at run time, use NoAnswer::of().
    /// \note `NoAnswer(Reason::none)` does not compile: a value is the only answer there is.
    consteval explicit NoAnswer(Reason reason) : reason_(reason) {
        if (reason == Reason::none) detail::a_no_answer_needs_a_reason_other_than_none();
    }
    /// The no-answer for `reason`, a reason known only at run time (a panel cell's status, the
    /// result of a rule).
    /// \returns the no-answer.
    /// \throws InvalidArgument if `reason` is Reason::none (an answer needs a value, not a reason).
    [[nodiscard]] static constexpr NoAnswer of(Reason reason) {
        if (reason == Reason::none) {
            throw InvalidArgument("a calculation without an answer needs a reason other than Reason::none");
        }
        return NoAnswer(reason, Trusted{});
    }

    /// \returns why there is no answer; never Reason::none.
    [[nodiscard]] constexpr Reason reason() const noexcept { return reason_; }
    /// No-answers are equal when their reasons are.
    /// \returns whether `a` and `b` have the same reason.
    [[nodiscard]] friend constexpr bool operator==(NoAnswer a, NoAnswer b) noexcept { return a.reason_ == b.reason_; }

private:
    template <class T>
    friend class Outcome;
    struct Trusted {};
    constexpr NoAnswer(Reason reason, Trusted) noexcept : reason_(reason) {}
    Reason reason_;
};

/// Either a value of type `T` or the NoAnswer saying why there is none: a small
/// `std::expected<T, NoAnswer>` (C++20 has no `<expected>`), with its member names.
/// \note Unlike `std::expected`, reading a value that is not there — `*`, `->` or value() — is
///       never undefined: it throws BadOutcomeAccess naming the reason.
template <class T>
class Outcome {
    static_assert(std::is_object_v<T> && !std::is_array_v<T> && !std::is_const_v<T> && !std::is_volatile_v<T>,
                  "an Outcome holds a plain object type");
    static_assert(!std::is_same_v<T, NoAnswer> && !std::is_same_v<T, Reason>,
                  "an Outcome's value is not itself a reason");

public:
    /// The type of the value an outcome may hold.
    using value_type = T;
    /// The type saying why there is no value.
    using error_type = NoAnswer;
    /// The outcome of another value type.
    template <class U>
    using rebind = Outcome<U>;

    /// An outcome holding `value`.
    constexpr Outcome(T value) noexcept(std::is_nothrow_move_constructible_v<T>)  // NOLINT: implicit on purpose
        : value_(std::move(value)) {}
    /// An outcome without a value, for the reason `no_answer` gives.
    constexpr Outcome(NoAnswer no_answer) noexcept : reason_(no_answer.reason()) {}  // NOLINT: implicit on purpose

    /// \returns true when the outcome holds a value.
    [[nodiscard]] constexpr bool has_value() const noexcept { return value_.has_value(); }
    /// \returns true when the outcome holds a value.
    [[nodiscard]] constexpr explicit operator bool() const noexcept { return has_value(); }
    /// \returns why there is no value, or `Reason::none` when there is one.
    [[nodiscard]] constexpr Reason reason() const noexcept { return reason_; }

    /// \returns the value.
    /// \throws BadOutcomeAccess if there is none; the message gives the reason.
    [[nodiscard]] constexpr T& value() & { return checked(*this); }
    /// \returns the value.
    /// \throws BadOutcomeAccess if there is none; the message gives the reason.
    [[nodiscard]] constexpr const T& value() const& { return checked(*this); }
    /// \returns the value, moved out.
    /// \throws BadOutcomeAccess if there is none; the message gives the reason.
    [[nodiscard]] constexpr T&& value() && { return std::move(checked(*this)); }
    /// \returns the value.
    /// \throws BadOutcomeAccess if there is none; the message gives the reason.
    [[nodiscard]] constexpr const T&& value() const&& { return std::move(checked(*this)); }

    /// \returns the value, as value().
    /// \throws BadOutcomeAccess if there is none.
    [[nodiscard]] constexpr T& operator*() & { return checked(*this); }
    /// \returns the value, as value().
    /// \throws BadOutcomeAccess if there is none.
    [[nodiscard]] constexpr const T& operator*() const& { return checked(*this); }
    /// \returns the value, moved out, as value().
    /// \throws BadOutcomeAccess if there is none.
    [[nodiscard]] constexpr T&& operator*() && { return std::move(checked(*this)); }
    /// \returns the value, as value().
    /// \throws BadOutcomeAccess if there is none.
    [[nodiscard]] constexpr const T&& operator*() const&& { return std::move(checked(*this)); }
    /// \returns a pointer to the value.
    /// \throws BadOutcomeAccess if there is none.
    [[nodiscard]] constexpr T* operator->() { return &checked(*this); }
    /// \returns a pointer to the value.
    /// \throws BadOutcomeAccess if there is none.
    [[nodiscard]] constexpr const T* operator->() const { return &checked(*this); }

    /// \returns the value, or `fallback` (converted to T) when there is none.
    template <class U = T>
    [[nodiscard]] constexpr T value_or(U&& fallback) const& {
        static_assert(std::is_convertible_v<U&&, T>, "value_or needs a fallback convertible to the value type");
        return value_ ? *value_ : static_cast<T>(std::forward<U>(fallback));
    }
    /// \returns the value, moved out, or `fallback` (converted to T) when there is none.
    template <class U = T>
    [[nodiscard]] constexpr T value_or(U&& fallback) && {
        static_assert(std::is_convertible_v<U&&, T>, "value_or needs a fallback convertible to the value type");
        return value_ ? std::move(*value_) : static_cast<T>(std::forward<U>(fallback));
    }

    /// Applies `f` to the value, if there is one: `share(a, b).transform([](Share s) { return
    /// s.percent(); })`.
    /// \returns an Outcome of what `f` returns, or of the same reason when there is no value
    ///          (`f` is then not called).
    template <class F>
    [[nodiscard]] constexpr auto transform(F&& f) & {
        return transform_of(*this, std::forward<F>(f));
    }
    /// Applies `f` to the value, if there is one (see the overload for lvalues).
    /// \returns an Outcome of what `f` returns, or of the same reason when there is no value.
    template <class F>
    [[nodiscard]] constexpr auto transform(F&& f) const& {
        return transform_of(*this, std::forward<F>(f));
    }
    /// Applies `f` to the value, if there is one (see the overload for lvalues).
    /// \returns an Outcome of what `f` returns, or of the same reason when there is no value.
    template <class F>
    [[nodiscard]] constexpr auto transform(F&& f) && {
        return transform_of(std::move(*this), std::forward<F>(f));
    }
    /// Applies `f` to the value, if there is one (see the overload for lvalues).
    /// \returns an Outcome of what `f` returns, or of the same reason when there is no value.
    template <class F>
    [[nodiscard]] constexpr auto transform(F&& f) const&& {
        return transform_of(std::move(*this), std::forward<F>(f));
    }

    /// Chains a calculation that may itself have no answer: `f` takes the value and returns an
    /// Outcome (`growth(a, b).relative.and_then(…)`).
    /// \returns what `f` returns, or an outcome of the same type without a value, for this
    ///          outcome's reason, when there is no value (`f` is then not called).
    template <class F>
    [[nodiscard]] constexpr auto and_then(F&& f) & {
        return and_then_of(*this, std::forward<F>(f));
    }
    /// Chains a calculation that may itself have no answer (see the overload for lvalues).
    /// \returns what `f` returns, or an outcome without a value for this outcome's reason.
    template <class F>
    [[nodiscard]] constexpr auto and_then(F&& f) const& {
        return and_then_of(*this, std::forward<F>(f));
    }
    /// Chains a calculation that may itself have no answer (see the overload for lvalues).
    /// \returns what `f` returns, or an outcome without a value for this outcome's reason.
    template <class F>
    [[nodiscard]] constexpr auto and_then(F&& f) && {
        return and_then_of(std::move(*this), std::forward<F>(f));
    }
    /// Chains a calculation that may itself have no answer (see the overload for lvalues).
    /// \returns what `f` returns, or an outcome without a value for this outcome's reason.
    template <class F>
    [[nodiscard]] constexpr auto and_then(F&& f) const&& {
        return and_then_of(std::move(*this), std::forward<F>(f));
    }

    /// Two outcomes are equal when both hold equal values or both lack one for the same reason.
    /// \returns whether `a` and `b` are equal.
    [[nodiscard]] friend constexpr bool operator==(const Outcome& a, const Outcome& b) {
        return a.value_ == b.value_ && a.reason_ == b.reason_;
    }

private:
    template <class U>
    friend class Outcome;

    template <class>
    struct is_outcome : std::false_type {};
    template <class U>
    struct is_outcome<Outcome<U>> : std::true_type {};

    template <class Self>
    static constexpr auto& checked(Self& self) {
        if (!self.value_) throw BadOutcomeAccess(self.reason_);
        return *self.value_;
    }

    template <class Self, class F>
    static constexpr auto transform_of(Self&& self, F&& f) {
        using Value = decltype(*std::forward<Self>(self).value_);
        using U = std::remove_cv_t<std::invoke_result_t<F, Value>>;
        static_assert(!std::is_void_v<U>, "transform needs a function that returns a value");
        static_assert(!is_outcome<U>::value, "a function returning an Outcome is chained with and_then");
        if (!self.value_) return Outcome<U>(NoAnswer(self.reason_, NoAnswer::Trusted{}));
        return Outcome<U>(std::invoke(std::forward<F>(f), *std::forward<Self>(self).value_));
    }

    template <class Self, class F>
    static constexpr auto and_then_of(Self&& self, F&& f) {
        using Value = decltype(*std::forward<Self>(self).value_);
        using R = std::remove_cvref_t<std::invoke_result_t<F, Value>>;
        static_assert(is_outcome<R>::value, "and_then needs a function that returns an Outcome");
        if (!self.value_) return R(NoAnswer(self.reason_, NoAnswer::Trusted{}));
        return std::invoke(std::forward<F>(f), *std::forward<Self>(self).value_);
    }

    std::optional<T> value_;
    Reason reason_ = Reason::none;
};

}  // namespace svctrade
