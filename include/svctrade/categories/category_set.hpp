// SPDX-License-Identifier: BSL-1.0
/// \file
/// A set of EBOPS 2010 categories that never counts a code twice: the basis of aggregates.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/categories/category.hpp>
#include <svctrade/export.hpp>

namespace svctrade {

/// A set of services defined by EBOPS 2010 components, such as knowledge-intensive services
/// (SF SG SH SI SJ SK) or a city's own "cultural creativity" grouping.
///
/// The set means the services it covers, not the list of codes it was written with: it stores
/// the component leaves it covers (and SN under S), so a code inside another member is never
/// counted twice. `{SI, SI2}` is the same set as `{SI}`; `{SI1, SI2, SI3}` is the same set as
/// `{SI}`, and members() returns the shortest list of codes covering the set (here `SI`).
/// \note Only components and the residual SN can be members: alternative breakdowns (SCA), memo
///       items (SF11Y) and aggregate items (SOX) overlap the components in ways the classification
///       does not give as sums, so adding one throws InvalidArgument.
class SVCTRADE_EXPORT CategorySet {
public:
    /// The empty set.
    CategorySet() noexcept = default;
    /// The set covering the given categories.
    /// \throws InvalidArgument when a category is not a component or the residual SN.
    CategorySet(std::initializer_list<Category> categories);
    /// Parses codes separated by spaces or commas, e.g. "SF SG SH SI SJ SK".
    /// \returns the set covering them.
    /// \throws UnknownCode for a code that is not in EBOPS 2010 (with suggestions).
    /// \throws InvalidArgument for a code that is not a component or SN, or for an empty list.
    [[nodiscard]] static CategorySet parse(std::string_view codes);

    /// Adds a category (a no-op when the set already covers it).
    /// \throws InvalidArgument when the category is not a component or the residual SN.
    void insert(Category category);
    /// \returns whether the set covers all of `category`: a component or SN wholly inside the set
    ///          (SI2 is in {SI}); for other roles, whether the nearest component above it is (SCA
    ///          is in a set covering SC; SI21Z is in a set covering SI21).
    [[nodiscard]] bool contains(Category category) const noexcept;
    /// \returns whether the set covers some but not necessarily all of a component or SN
    ///          ({SI2} overlaps SI); for other roles, as contains().
    [[nodiscard]] bool overlaps(Category category) const noexcept;
    /// \returns the shortest list of codes covering exactly this set, in classification order:
    ///          a component whose component children are all covered replaces them.
    [[nodiscard]] std::vector<Category> members() const;
    /// \returns the covered component leaves (and SN), in classification order: the finest
    ///          breakdown of the set, whose values sum to the set's value.
    [[nodiscard]] std::vector<Category> leaves() const;
    /// \returns whether the set covers nothing.
    [[nodiscard]] bool empty() const noexcept;
    /// \returns whether every service in this set is also in `other`.
    [[nodiscard]] bool is_subset_of(const CategorySet& other) const noexcept;
    /// \returns the codes of members(), separated by single spaces ("SF SG SH SI SJ SK").
    [[nodiscard]] std::string to_string() const;

    /// \returns the services in either set.
    [[nodiscard]] friend CategorySet operator|(const CategorySet& a, const CategorySet& b) noexcept {
        CategorySet r;
        for (std::size_t i = 0; i < r.bits_.size(); ++i) r.bits_[i] = a.bits_[i] | b.bits_[i];
        return r;
    }
    /// \returns the services in both sets ({SI} & {SI2, SJ} is {SI2}).
    [[nodiscard]] friend CategorySet operator&(const CategorySet& a, const CategorySet& b) noexcept {
        CategorySet r;
        for (std::size_t i = 0; i < r.bits_.size(); ++i) r.bits_[i] = a.bits_[i] & b.bits_[i];
        return r;
    }
    /// \returns the services in `a` but not in `b` ({SI} - {SI2} is {SI1, SI3}).
    [[nodiscard]] friend CategorySet operator-(const CategorySet& a, const CategorySet& b) noexcept {
        CategorySet r;
        for (std::size_t i = 0; i < r.bits_.size(); ++i) r.bits_[i] = a.bits_[i] & ~b.bits_[i];
        return r;
    }
    /// Two sets are equal when they cover the same services, however they were written.
    friend bool operator==(const CategorySet&, const CategorySet&) noexcept = default;

private:
    [[nodiscard]] bool covers_all_leaves(Category category) const noexcept;
    [[nodiscard]] bool covers_any_leaf(Category category) const noexcept;
    std::array<std::uint64_t, 3> bits_{};  // one bit per table index; only leaves are ever set
};

}  // namespace svctrade
