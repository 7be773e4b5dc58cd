// SPDX-License-Identifier: BSL-1.0
// Compile-time checks of classified panels: the constructors from categories sit beside the
// constructors from codes without making old calls ambiguous, and a whole is a position or a
// Category, never a code string. Each negative check has a positive twin (see TOOLCHAIN.md).
#include <svctrade/categories/category.hpp>
#include <svctrade/panels/exact_ops.hpp>
#include <svctrade/panels/exact_panel.hpp>
#include <svctrade/panels/ops.hpp>
#include <svctrade/panels/panel.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using namespace svctrade;

// Braced lists as callers write them: two string literals are also a pair of iterators, so a
// constructor taking std::vector<Category> would make this call ambiguous; the span and
// initializer_list constructors do not.
template <class P>
concept FromTwoCodeLiterals = requires {
    P({"CN"}, {"SA", "SB"}, MonthIndex(2020, 1), std::size_t{1});
};
template <class P>
concept FromCategoryList = requires(Category a, Category b) {
    P({"CN"}, {a, b}, MonthIndex(2020, 1), std::size_t{1});
};
template <class P>
concept FromMixedList = requires(Category a) {
    P({"CN"}, {a, "SB"}, MonthIndex(2020, 1), std::size_t{1});
};
template <class P>
concept ExactFromTwoCodeLiterals = requires {
    P({"CN"}, {"SA", "SB"}, MonthIndex(2020, 1), std::size_t{1}, 2);
};
template <class P>
concept ExactFromCategoryList = requires(Category a, Category b) {
    P({"CN"}, {a, b}, MonthIndex(2020, 1), std::size_t{1}, 2);
};

static_assert(FromTwoCodeLiterals<Panel>);
static_assert(FromCategoryList<Panel>);
static_assert(!FromMixedList<Panel>);  // a list is all codes or all categories
static_assert(ExactFromTwoCodeLiterals<ExactPanel>);
static_assert(ExactFromCategoryList<ExactPanel>);

// Categories come as any contiguous sequence (a vector, an array), not as raw numbers or codes
// that are not Category values.
static_assert(std::constructible_from<Panel, std::vector<std::string>, std::vector<Category>, MonthIndex, std::size_t>);
static_assert(
    std::constructible_from<Panel, std::vector<std::string>, std::array<Category, 3>, MonthIndex, std::size_t>);
static_assert(
    std::constructible_from<Panel, std::vector<std::string>, std::vector<std::string>, MonthIndex, std::size_t>);
static_assert(!std::constructible_from<Panel, std::vector<std::string>, std::vector<int>, MonthIndex, std::size_t>);
static_assert(
    !std::constructible_from<Panel, std::vector<std::string>, std::vector<std::string_view>, MonthIndex, std::size_t>);
static_assert(
    std::constructible_from<ExactPanel, std::vector<std::string>, std::vector<Category>, MonthIndex, std::size_t, int>);
static_assert(
    !std::constructible_from<ExactPanel, std::vector<std::string>, std::vector<Category>, MonthIndex, std::size_t>);

// A whole is a position or a Category; a code string is not a whole (it would bypass the
// classified lookup), nor is a set of categories.
template <class W>
concept FastWhole = requires(const Panel& p, W w, PanelResult& out) {
    { shares(p, Flow::exports, w) } -> std::same_as<PanelResult>;
    shares(p, Flow::exports, w, out);
    share_changes(p, Flow::exports, w, out);
    contributions(p, Flow::exports, w, out);
    { share_changes(p, Flow::exports, w) } -> std::same_as<PanelResult>;
    { contributions(p, Flow::exports, w) } -> std::same_as<PanelResult>;
};
template <class W>
concept ExactWhole = requires(const ExactPanel& p, W w, ExactPanelResult& out) {
    { shares(p, Flow::exports, w, 1, RoundingMode::half_up) } -> std::same_as<ExactPanelResult>;
    shares(p, Flow::exports, w, 1, RoundingMode::half_up, out);
    share_changes(p, Flow::exports, w, 1, RoundingMode::half_up, out);
    contributions(p, Flow::exports, w, 1, RoundingMode::half_up, out);
    { share_changes(p, Flow::exports, w, 1, RoundingMode::half_up) } -> std::same_as<ExactPanelResult>;
    { contributions(p, Flow::exports, w, 1, RoundingMode::half_up) } -> std::same_as<ExactPanelResult>;
};
static_assert(FastWhole<Category>);
static_assert(FastWhole<std::size_t>);
static_assert(!FastWhole<std::string_view>);
static_assert(!FastWhole<const char*>);
static_assert(!FastWhole<CategoryRole>);
static_assert(ExactWhole<Category>);
static_assert(ExactWhole<std::size_t>);
static_assert(!ExactWhole<std::string_view>);
static_assert(!ExactWhole<const char*>);

// The classification accessors are cheap queries; the lookups have their own overloads.
static_assert(noexcept(std::declval<const PanelKeys&>().is_classified()));
static_assert(std::same_as<decltype(std::declval<const PanelKeys&>().category_of(0)), Category>);
static_assert(std::same_as<decltype(std::declval<const PanelKeys&>().category_index(Category::total())), std::size_t>);
static_assert(std::same_as<decltype(std::declval<const PanelKeys&>().category_index("SA")), std::size_t>);

}  // namespace
