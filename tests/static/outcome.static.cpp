// SPDX-License-Identifier: BSL-1.0
// Compile-time proof that an Outcome is built from a value or from a NoAnswer, never from a bare
// Reason, that no NoAnswer can say Reason::none, and that the std::expected member names have the
// value categories std::expected gives them. Each negative check has a positive twin.
#include <svctrade/outcome.hpp>

#include <concepts>
#include <string>
#include <type_traits>
#include <utility>

namespace {

using svctrade::NoAnswer;
using svctrade::Outcome;
using svctrade::Reason;

// A NoAnswer made at compile time: the consteval constructor is evaluated as a template argument,
// so a reason it refuses makes the requirement fail instead of the build.
template <Reason R>
concept NoAnswerFor = requires {
    typename std::integral_constant<Reason, NoAnswer(R).reason()>;
};

// No answer without a reason: Reason::none is refused when compiling; every other reason works.
static_assert(!NoAnswerFor<Reason::none>);
static_assert(NoAnswerFor<Reason::missing>);
static_assert(NoAnswerFor<Reason::zero_base>);
static_assert(NoAnswerFor<Reason::negative_base>);
static_assert(NoAnswerFor<Reason::sign_change>);

// An Outcome is not built from a bare Reason (Outcome<double> o = Reason::none used to compile
// and throw): from a value or a NoAnswer only.
static_assert(!std::is_convertible_v<Reason, Outcome<double>>);
static_assert(!std::is_constructible_v<Outcome<double>, Reason>);
static_assert(std::is_convertible_v<NoAnswer, Outcome<double>>);
static_assert(std::is_convertible_v<double, Outcome<double>>);
// A NoAnswer is spelled out: no Reason turns into one implicitly.
static_assert(!std::is_convertible_v<Reason, NoAnswer>);
static_assert(std::is_constructible_v<NoAnswer, Reason>);
// An outcome with neither a value nor a reason does not exist.
static_assert(!std::is_default_constructible_v<Outcome<int>>);
static_assert(std::is_copy_constructible_v<Outcome<int>>);
// An outcome is not silently its value.
static_assert(!std::is_convertible_v<Outcome<int>, int>);
static_assert(std::is_constructible_v<bool, Outcome<int>>);
static_assert(std::same_as<Outcome<int>::value_type, int>);
static_assert(std::same_as<Outcome<int>::error_type, NoAnswer>);
static_assert(std::same_as<Outcome<int>::rebind<double>, Outcome<double>>);

// value() and * on lvalues and rvalues, const or not, as std::expected.
using S = Outcome<std::string>;
static_assert(std::same_as<decltype(std::declval<S&>().value()), std::string&>);
static_assert(std::same_as<decltype(std::declval<const S&>().value()), const std::string&>);
static_assert(std::same_as<decltype(std::declval<S&&>().value()), std::string&&>);
static_assert(std::same_as<decltype(std::declval<const S&&>().value()), const std::string&&>);
static_assert(std::same_as<decltype(*std::declval<S&>()), std::string&>);
static_assert(std::same_as<decltype(*std::declval<const S&>()), const std::string&>);
static_assert(std::same_as<decltype(*std::declval<S&&>()), std::string&&>);
static_assert(std::same_as<decltype(*std::declval<const S&&>()), const std::string&&>);
static_assert(std::same_as<decltype(std::declval<S&>().operator->()), std::string*>);
static_assert(std::same_as<decltype(std::declval<const S&>().operator->()), const std::string*>);
static_assert(std::same_as<decltype(std::declval<const S&>().value_or("x")), std::string>);

// transform gives an Outcome of what the function returns; and_then what the function returns.
using Half = double (*)(int);
using CheckedHalf = Outcome<double> (*)(int);
static_assert(std::same_as<decltype(std::declval<Outcome<int>&>().transform(std::declval<Half>())), Outcome<double>>);
static_assert(std::same_as<decltype(std::declval<Outcome<int>&&>().transform(std::declval<Half>())), Outcome<double>>);
static_assert(
    std::same_as<decltype(std::declval<const Outcome<int>&>().and_then(std::declval<CheckedHalf>())), Outcome<double>>);
static_assert(std::same_as<decltype(std::declval<const Outcome<int>&&>().and_then(std::declval<CheckedHalf>())),
                           Outcome<double>>);

}  // namespace
