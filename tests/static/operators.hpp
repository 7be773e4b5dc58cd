// SPDX-License-Identifier: BSL-1.0
// The operator concepts the compile-time checks under tests/static/ share: whether an expression
// compiles, and what type it yields. A requires expression outside a template is a hard error on
// both compilers (TOOLCHAIN.md), so every negative check goes through a named concept; each
// negative check in a .static.cpp keeps its positive twin.
#pragma once

#include <concepts>
#include <type_traits>

namespace svctrade_static {

template <class A, class B>
concept Addable = requires(A a, B b) {
    a + b;
};
template <class A, class B>
concept Subtractable = requires(A a, B b) {
    a - b;
};
template <class A, class B>
concept Multipliable = requires(A a, B b) {
    a* b;
};
template <class A, class B>
concept Dividable = requires(A a, B b) {
    a / b;
};
template <class A, class B>
concept Comparable = requires(A a, B b) {
    a < b;
};
template <class A, class B>
concept EqualityComparable = requires(A a, B b) {
    a == b;
};
template <class A, class B>
concept HaveCommonType = requires {
    typename std::common_type_t<A, B>;
};
template <class A, class B, class R>
concept SumIs = requires(A a, B b) {
    { a + b } -> std::same_as<R>;
};
template <class A, class B, class R>
concept DifferenceIs = requires(A a, B b) {
    { a - b } -> std::same_as<R>;
};
template <class A, class B, class R>
concept QuotientIs = requires(A a, B b) {
    { a / b } -> std::same_as<R>;
};

}  // namespace svctrade_static
