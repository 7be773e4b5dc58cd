// SPDX-License-Identifier: BSL-1.0
// Compile-time checks of the category types; each negative check has a positive twin so that it
// cannot pass for a wrong reason (see TOOLCHAIN.md).
#include <svctrade/categories/additivity.hpp>
#include <svctrade/categories/category.hpp>
#include <svctrade/categories/category_set.hpp>
#include <svctrade/categories/classification.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/money/money.hpp>
#include <svctrade/numbers/decimal.hpp>

#include <concepts>
#include <cstdint>
#include <iterator>
#include <ranges>
#include <string>
#include <string_view>
#include <type_traits>

#include "operators.hpp"

namespace {

using namespace svctrade_static;
using namespace svctrade;

template <class A, class B>
concept Unitable = requires(A a, B b) {
    a | b;
};

// A category is a small value: trivially copyable, an index.
static_assert(std::is_trivially_copyable_v<Category>);
static_assert(sizeof(Category) == 1);
static_assert(std::totally_ordered<Category>);

// It comes only from a lookup: no default value, no construction from a raw index or a string.
static_assert(!std::default_initializable<Category>);
static_assert(std::copy_constructible<Category>);
static_assert(!std::constructible_from<Category, std::uint8_t>);
static_assert(!std::constructible_from<Category, int>);
static_assert(!std::constructible_from<Category, std::string_view>);
static_assert(std::constructible_from<Category, const Category&>);

// Categories are not numbers: two codes do not add; sets of them unite.
static_assert(!Addable<Category, Category>);
static_assert(!Unitable<Category, Category>);
static_assert(Unitable<CategorySet, CategorySet>);
static_assert(!Addable<CategorySet, CategorySet>);
static_assert(!std::convertible_to<Category, std::string_view>);
static_assert(std::convertible_to<decltype(std::declval<Category>().code()), std::string_view>);

// A category set is written as codes through parse(), never converted from text implicitly.
static_assert(!std::constructible_from<CategorySet, std::string_view>);
static_assert(std::constructible_from<CategorySet, std::initializer_list<Category>>);

// Role filters: a role is a filter, a number is not.
static_assert(std::convertible_to<CategoryRole, RoleFilter>);
static_assert(!std::convertible_to<int, RoleFilter>);
static_assert(!std::convertible_to<unsigned char, RoleFilter>);

// Lists are forward ranges of categories, usable with std::ranges algorithms.
static_assert(std::forward_iterator<CategoryIterator>);
static_assert(std::ranges::forward_range<CategoryList>);
static_assert(std::same_as<std::ranges::range_value_t<CategoryList>, Category>);
static_assert(!std::ranges::random_access_range<CategoryList>);
static_assert(std::ranges::forward_range<const CategoryList>);

// Name targets name a category explicitly.
static_assert(!std::convertible_to<Category, NameTarget>);
static_assert(std::constructible_from<NameTarget, Category>);

// The additivity check takes values with + - and <; text is not one.
static_assert(AdditiveValue<Decimal>);
static_assert(AdditiveValue<long long>);
static_assert(AdditiveValue<double>);
static_assert(!AdditiveValue<std::string>);
static_assert(AdditiveValue<Money>);  // no <, but partial_order()
static_assert(!AdditiveValue<Currency>);
static_assert(!AdditiveValue<Category>);

}  // namespace
