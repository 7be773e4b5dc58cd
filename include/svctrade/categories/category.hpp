// SPDX-License-Identifier: BSL-1.0
/// \file
/// A service category of EBOPS 2010 and the classification's tree.
///
/// EBOPS 2010 (Extended Balance of Payments Services Classification, Annex I of the Manual on
/// Statistics of International Trade in Services 2010, consistent with the IMF's BPM6) is the
/// standard every services-trade figure is classified by. svctrade compiles in its 145 codes
/// (the OECD/IMF SDMX code list: `S`, `SA` … `SL`, their sub-items, alternative breakdowns,
/// memo items, analytical aggregates and the residual `SN`); see docs/categories.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

#include <svctrade/export.hpp>

namespace svctrade {

/// What a code is in the classification; sums and sum checks depend on it.
enum class CategoryRole : unsigned char {
    component,    ///< The standard hierarchy: the component children of a component sum to it.
    alternative,  ///< An alternative breakdown overlapping the components (SCA, SC3B, SD1 …); never summed.
    memo,         ///< A supplementary "of which" or gross item (SF11Y, SI21Z, SAY …); never summed.
    aggregate,    ///< An analytical grouping published with the data (SOX, SPX1, SDZ, S5 …).
    residual      ///< SN, services not allocated: summed into S only (S = SA + … + SL + SN).
};

/// \returns "component", "alternative", "memo", "aggregate" or "residual".
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(CategoryRole role) noexcept;
/// Writes to_string(role): "component".
SVCTRADE_EXPORT std::ostream& operator<<(std::ostream& os, CategoryRole role);

/// A set of roles that selects categories in tree operations (children, descendants, leaves).
///
/// A single role converts to a filter; combine roles with `|`:
/// `sc.children(CategoryRole::component | CategoryRole::residual)`.
class RoleFilter {
public:
    /// A filter that selects exactly `role`.
    constexpr RoleFilter(CategoryRole role) noexcept : bits_(bit(role)) {}  // NOLINT: implicit by design
    /// \returns the filter that selects every role.
    [[nodiscard]] static constexpr RoleFilter any() noexcept { return RoleFilter(std::uint8_t{0x1F}); }
    /// \returns the roles that roll up: components, and the residual SN (into S).
    [[nodiscard]] static constexpr RoleFilter summable() noexcept {
        return RoleFilter(static_cast<std::uint8_t>(bit(CategoryRole::component) | bit(CategoryRole::residual)));
    }
    /// \returns whether the filter selects `role`.
    [[nodiscard]] constexpr bool contains(CategoryRole role) const noexcept { return (bits_ & bit(role)) != 0; }
    /// \returns the filter selecting the roles of either operand.
    [[nodiscard]] friend constexpr RoleFilter operator|(RoleFilter a, RoleFilter b) noexcept {
        return RoleFilter(static_cast<std::uint8_t>(a.bits_ | b.bits_));
    }
    /// Two filters are equal when they select the same roles.
    friend constexpr bool operator==(RoleFilter, RoleFilter) noexcept = default;

private:
    explicit constexpr RoleFilter(std::uint8_t bits) noexcept : bits_(bits) {}
    static constexpr std::uint8_t bit(CategoryRole role) noexcept {
        return static_cast<std::uint8_t>(1U << static_cast<unsigned>(role));
    }
    std::uint8_t bits_;
};

/// \returns the filter selecting both roles.
[[nodiscard]] constexpr RoleFilter operator|(CategoryRole a, CategoryRole b) noexcept {
    return RoleFilter(a) | RoleFilter(b);
}

/// Which published Chinese name of a main component.
enum class ChineseNameForm : unsigned char {
    safe,         ///< As SAFE prints it in its BPM6 tables, e.g. 保险和养老金服务 (confirmed).
    mofcom_short  ///< MOFCOM's short form in its releases, e.g. 保险服务 (confirmed).
};

class CategoryList;

/// One category of EBOPS 2010, e.g. `SI2` Computer services.
///
/// A cheap value (an index into the compiled-in table): copy it freely. Comparisons follow the
/// classification order (S, SA, SAY, SAZ, SB, SC, SC1 …), which is also iteration order.
/// There is no default value: a category comes from a lookup or a tree operation.
/// \note Lookups are logarithmic binary searches over constant data: no allocation and no
///       start-up parsing (the table is constant-initialised).
class SVCTRADE_EXPORT Category {
public:
    /// Looks up a code such as "SJ1121" (exact, case-sensitive, as EBOPS spells it).
    /// \returns the category.
    /// \throws UnknownCode when the code is not in EBOPS 2010; the message suggests the closest
    ///         valid codes (same spelling up to case, a valid prefix and its children, small edit
    ///         distance).
    [[nodiscard]] static Category from_code(std::string_view code);
    /// Looks up a code without throwing.
    /// \returns the category, or no value when `code` is not an EBOPS 2010 code.
    [[nodiscard]] static std::optional<Category> find(std::string_view code) noexcept;
    /// The valid codes closest to a mistyped one, best first: the same code in another case, the
    /// longest valid prefix and its children, then codes within a small edit distance.
    /// \returns at most `max_count` categories (empty when nothing is close).
    [[nodiscard]] static std::vector<Category> closest(std::string_view code, std::size_t max_count = 5);
    /// \returns `S`, total services, the root of the classification.
    [[nodiscard]] static Category total() noexcept;
    /// \returns every category in classification order (145 of them).
    [[nodiscard]] static CategoryList all() noexcept;
    /// \returns the 12 main components SA … SL in classification order.
    [[nodiscard]] static CategoryList main_components() noexcept;
    /// \returns the number of codes in the classification (145).
    [[nodiscard]] static std::size_t count() noexcept;

    /// \returns the code, e.g. "SJ1121".
    [[nodiscard]] std::string_view code() const noexcept;
    /// \returns the English name: the OECD/IMF SDMX label, verbatim (e.g. "Sea transport; Passenger").
    [[nodiscard]] std::string_view name() const noexcept;
    /// \returns the Chinese name in the given published form; only the 12 main components SA … SL
    ///          have one (the reference data has no Chinese names for sub-items or for S).
    [[nodiscard]] std::optional<std::string_view> chinese_name(ChineseNameForm form) const noexcept;
    /// \returns the role of the code (component, alternative, memo, aggregate, residual).
    [[nodiscard]] CategoryRole role() const noexcept;
    /// \returns the depth in the tree: 0 for S, 1 for SA … SN and the aggregates, up to 5 (SJ1121).
    [[nodiscard]] int depth() const noexcept;
    /// \returns the position in classification order, 0 for S up to count() - 1.
    [[nodiscard]] std::size_t index() const noexcept { return index_; }

    /// \returns the parent, or no value for S.
    [[nodiscard]] std::optional<Category> parent() const noexcept;
    /// \returns the direct children whose role the filter selects, in classification order.
    /// \note `S.children(CategoryRole::component)` is SA … SL; add `CategoryRole::residual` for SN.
    [[nodiscard]] CategoryList children(RoleFilter filter = RoleFilter::any()) const noexcept;
    /// \returns the parent, grandparent … up to S, nearest first (empty for S).
    [[nodiscard]] CategoryList ancestors() const noexcept;
    /// \returns every category below this one whose role the filter selects, in classification
    ///          order. The filter selects nodes, not paths: memo items under components are found
    ///          with `CategoryRole::memo`.
    [[nodiscard]] CategoryList descendants(RoleFilter filter = RoleFilter::any()) const noexcept;
    /// \returns the leaves of the tree restricted to the filter, within this subtree: categories
    ///          (this one included) whose role the filter selects and that have no child it selects.
    /// \note `SF.leaves(CategoryRole::component)` includes SF11 (its only children are memo items).
    [[nodiscard]] CategoryList leaves(RoleFilter filter = RoleFilter::any()) const noexcept;
    /// \returns whether no child's role is selected by the filter.
    [[nodiscard]] bool is_leaf(RoleFilter filter = RoleFilter::any()) const noexcept;
    /// \returns whether this category is `other` or lies below it (SJ1121 is within SJ1 and S).
    [[nodiscard]] bool is_within(Category other) const noexcept;

    /// Two categories are equal when they are the same code.
    friend constexpr bool operator==(Category, Category) noexcept = default;
    /// Categories order by classification order.
    friend constexpr auto operator<=>(Category, Category) noexcept = default;

private:
    friend class CategoryIterator;
    explicit constexpr Category(std::uint8_t index) noexcept : index_(index) {}
    std::uint8_t index_ = 0;
};

/// \returns whether `a` is `b` or lies below it in the classification.
[[nodiscard]] inline bool is_within(Category a, Category b) noexcept {
    return a.is_within(b);
}

/// Writes the code, e.g. "SI2".
SVCTRADE_EXPORT std::ostream& operator<<(std::ostream& out, Category category);

/// A forward iterator over a CategoryList; it skips categories the list's filter rejects.
class SVCTRADE_EXPORT CategoryIterator {
public:
    /// The C++20 iterator category.
    using iterator_concept = std::forward_iterator_tag;
    /// The legacy category: dereferencing yields a value, not a reference.
    using iterator_category = std::input_iterator_tag;
    /// What the iterator yields.
    using value_type = Category;
    /// The distance between two iterators.
    using difference_type = std::ptrdiff_t;

    /// A singular iterator (required of forward iterators); compare or assign it only.
    CategoryIterator() noexcept = default;
    /// \returns the category at the current position.
    [[nodiscard]] Category operator*() const noexcept { return Category(*position_); }
    /// Moves to the next selected category. \returns this iterator.
    CategoryIterator& operator++() noexcept {
        ++position_;
        skip();
        return *this;
    }
    /// Moves to the next selected category. \returns the iterator before the move.
    CategoryIterator operator++(int) noexcept {
        CategoryIterator before = *this;
        ++*this;
        return before;
    }
    /// Two iterators are equal at the same position.
    [[nodiscard]] friend bool operator==(const CategoryIterator& a, const CategoryIterator& b) noexcept {
        return a.position_ == b.position_;
    }

private:
    friend class CategoryList;
    CategoryIterator(const std::uint8_t* position, const std::uint8_t* end, RoleFilter filter,
                     bool leaves_only) noexcept
        : position_(position), end_(end), filter_(filter), leaves_only_(leaves_only) {
        skip();
    }
    void skip() noexcept;
    const std::uint8_t* position_ = nullptr;
    const std::uint8_t* end_ = nullptr;
    RoleFilter filter_ = RoleFilter::any();
    bool leaves_only_ = false;
};

/// A view of categories from the compiled-in table, e.g. the children of SC that are components.
///
/// Cheap to copy, never allocates, valid for the whole program (it points into constant data).
/// A forward range: use it in range-for or with std::ranges algorithms.
class SVCTRADE_EXPORT CategoryList {
public:
    /// An empty list.
    CategoryList() noexcept = default;
    /// \returns an iterator to the first selected category.
    [[nodiscard]] CategoryIterator begin() const noexcept { return {first_, last_, filter_, leaves_only_}; }
    /// \returns the end iterator.
    [[nodiscard]] CategoryIterator end() const noexcept { return {last_, last_, filter_, leaves_only_}; }
    /// \returns whether the list selects no category.
    [[nodiscard]] bool empty() const noexcept { return begin() == end(); }
    /// \returns the number of categories (counted: linear in the underlying span).
    [[nodiscard]] std::size_t size() const noexcept;
    /// \returns the categories as a vector.
    [[nodiscard]] std::vector<Category> to_vector() const;
    /// \returns whether `category` is in the list.
    [[nodiscard]] bool contains(Category category) const noexcept;

private:
    friend class Category;
    CategoryList(const std::uint8_t* first, const std::uint8_t* last, RoleFilter filter, bool leaves_only) noexcept
        : first_(first), last_(last), filter_(filter), leaves_only_(leaves_only) {}
    const std::uint8_t* first_ = nullptr;
    const std::uint8_t* last_ = nullptr;
    RoleFilter filter_ = RoleFilter::any();
    bool leaves_only_ = false;
};

}  // namespace svctrade

namespace std {
/// Hashes a category by its index, so it can key unordered containers.
template <>
struct hash<svctrade::Category> {
    /// \returns the category's index.
    std::size_t operator()(svctrade::Category c) const noexcept { return c.index(); }
};
}  // namespace std
