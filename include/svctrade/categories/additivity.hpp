// SPDX-License-Identifier: BSL-1.0
/// \file
/// Additivity of values by service category: do published parts sum to their published whole?
/// check_additivity() compares every whole of the EBOPS 2010 tree and every aggregate item with
/// the sum of its parts, reports where they disagree beyond a tolerance, and derives the wholes
/// that were not reported from parts that all were.
/// \note Not a roll-up: in svctrade a roll-up sums months into longer periods (periods module).
#pragma once

#include <algorithm>
#include <compare>
#include <concepts>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <svctrade/categories/aggregate.hpp>
#include <svctrade/categories/category.hpp>
#include <svctrade/categories/category_set.hpp>
#include <svctrade/error.hpp>

namespace svctrade {

namespace detail {
template <class V>
concept OrderedByLess = requires(const V& a, const V& b) {
    { a < b } -> std::convertible_to<bool>;
};
// Money has no `<` (amounts in two currencies have no order); its partial_order() is found by ADL.
template <class V>
concept OrderedByPartialOrder = requires(const V& a, const V& b) {
    { partial_order(a, b) } -> std::convertible_to<std::partial_ordering>;
};
template <class V>
[[nodiscard]] bool additive_less(const V& a, const V& b) {
    if constexpr (OrderedByLess<V>) {
        return a < b;
    } else {
        const std::partial_ordering order = partial_order(a, b);
        if (order == std::partial_ordering::unordered) {
            throw NotComparable(
                "the tolerance and a difference of an additivity check have no order (different currencies?)");
        }
        return order < 0;
    }
}
}  // namespace detail

/// A value whose parts can be summed and checked against a whole: copyable, with `+`, `-` and an
/// order — `<`, or a `partial_order(a, b)` found by argument-dependent lookup, as Money has
/// (svctrade::Decimal, an integer count of a currency's minor units, Money of one currency, a
/// double …).
template <class V>
concept AdditiveValue = std::copyable<V> && requires(const V& a, const V& b) {
    { a + b } -> std::convertible_to<V>;
    { a - b } -> std::convertible_to<V>;
} &&(detail::OrderedByLess<V> || detail::OrderedByPartialOrder<V>);

/// A published whole that differs from the sum of its published parts by more than the tolerance.
template <AdditiveValue V>
struct Discrepancy {
    Category category;            ///< The whole: a component, S, or an aggregate item such as SOX.
    V reported;                   ///< The value given for it.
    V computed;                   ///< The sum of its parts.
    std::vector<Category> parts;  ///< The parts summed, in classification order.
    /// \returns reported − computed (positive when the whole exceeds its parts).
    [[nodiscard]] V difference() const { return reported - computed; }
};

/// The result of check_additivity(): every value known or derived, and the checks that failed.
template <AdditiveValue V>
class AdditivityCheck {
public:
    /// \returns the value of a category: as reported, or else derived from its parts; no value
    ///          when it was neither reported nor derivable.
    [[nodiscard]] std::optional<V> value(Category category) const {
        const auto it = values_.find(category);
        if (it == values_.end()) return std::nullopt;
        return it->second.value;
    }
    /// \returns whether the value of `category` was reported (given to check_additivity()).
    [[nodiscard]] bool is_reported(Category category) const {
        const auto it = values_.find(category);
        return it != values_.end() && !it->second.derived;
    }
    /// \returns whether the value of `category` was derived as the sum of its parts.
    [[nodiscard]] bool is_derived(Category category) const {
        const auto it = values_.find(category);
        return it != values_.end() && it->second.derived;
    }
    /// \returns the wholes that disagree with their parts beyond the tolerance, in classification order.
    [[nodiscard]] const std::vector<Discrepancy<V>>& discrepancies() const noexcept { return discrepancies_; }
    /// \returns the reported wholes that could not be checked because only some of their parts
    ///          are known, in classification order.
    [[nodiscard]] const std::vector<Category>& unchecked() const noexcept { return unchecked_; }
    /// \returns whether no whole disagreed with its parts.
    [[nodiscard]] bool consistent() const noexcept { return discrepancies_.empty(); }
    /// \returns the members of `set` (see CategorySet::members) that have no value.
    [[nodiscard]] std::vector<Category> missing(const CategorySet& set) const {
        std::vector<Category> out;
        for (const Category m : set.members()) {
            if (values_.find(m) == values_.end()) out.push_back(m);
        }
        return out;
    }
    /// \returns the sum of the values of the members of `set` (each service counted once), or no
    ///          value when a member has no value (see missing()) or the set is empty.
    [[nodiscard]] std::optional<V> sum(const CategorySet& set) const {
        std::optional<V> total;
        for (const Category m : set.members()) {
            const auto it = values_.find(m);
            if (it == values_.end()) return std::nullopt;
            total = total ? V(*total + it->second.value) : it->second.value;
        }
        return total;
    }
    /// \returns the value of an aggregate: the sum of its members' values.
    /// \throws NotFound naming the members that have no value.
    [[nodiscard]] V total(const Aggregate& aggregate) const {
        if (auto s = sum(aggregate.members())) return std::move(*s);
        std::string codes;
        for (const Category m : missing(aggregate.members())) {
            if (!codes.empty()) codes += ", ";
            codes.append(m.code());
        }
        throw NotFound("cannot total " + aggregate.key() + " (" + aggregate.members().to_string() + "): no value for " +
                       codes);
    }

    /// Checks that the parts sum to their wholes up the EBOPS 2010 tree and into the EBOPS
    /// aggregate items, deriving the wholes not reported.
    ///
    /// For each component whose component children all have values (S: SA … SL and SN), the parts
    /// are summed: a whole that was not reported gets the sum (derived); a reported whole is checked
    /// against it, and a difference beyond `tolerance` either way is a Discrepancy. The same is done
    /// for SOX, SOX1, SPX1 and SPX4 from their members. Values on alternative breakdowns (SCA …),
    /// memo items and SDZ/S5 are kept as given and never summed, so they cannot break a check.
    /// \param reported the published values by category
    /// \param tolerance the largest difference accepted: published parts are rounded, so a total may
    ///        differ from their sum by up to half a unit per part (DOMAIN: MOFCOM, NBS)
    /// \returns the values, reported and derived, with the discrepancies found.
    /// \throws InvalidArgument when the tolerance is negative; whatever `+` and `-` of V throw (for
    ///         Money, CurrencyMismatch when values are in different currencies); NotComparable when
    ///         the tolerance has no order with a difference (Money tolerance in another currency).
    /// \note SN is part of S: when SN is not reported, S cannot be checked (it is listed in
    ///       AdditivityCheck::unchecked()); give SN explicitly (zero if the source has no residual).
    [[nodiscard]] static AdditivityCheck of(const std::map<Category, V>& reported, const V& tolerance) {
        if (detail::additive_less(tolerance, V(tolerance - tolerance)))
            throw InvalidArgument("the tolerance of an additivity check must not be negative");
        AdditivityCheck r;
        for (const auto& [c, v] : reported) r.values_.emplace(c, Known{v, false});

        // Compares a whole with its parts, or derives the whole from them when all parts are known.
        const auto settle = [&](Category whole, const std::vector<Category>& parts) {
            std::optional<V> total;
            std::size_t known = 0;
            for (const Category p : parts) {
                const auto it = r.values_.find(p);
                if (it == r.values_.end()) continue;
                ++known;
                total = total ? V(*total + it->second.value) : it->second.value;
            }
            const auto it = r.values_.find(whole);
            if (known == 0 || known < parts.size()) {
                if (known > 0 && it != r.values_.end()) r.unchecked_.push_back(whole);
                return;
            }
            if (it == r.values_.end()) {
                r.values_.emplace(whole, Known{*total, true});
            } else if (detail::additive_less(tolerance, V(it->second.value - *total)) ||
                       detail::additive_less(tolerance, V(*total - it->second.value))) {
                r.discrepancies_.push_back(Discrepancy<V>{whole, it->second.value, *total, parts});
            }
        };

        // Reverse classification order visits every part before its whole (the table is pre-order).
        const std::vector<Category> all = Category::all().to_vector();
        for (auto c = all.rbegin(); c != all.rend(); ++c) {
            if (!RoleFilter::summable().contains(c->role())) continue;
            const std::vector<Category> parts = c->children(RoleFilter::summable()).to_vector();
            if (!parts.empty()) settle(*c, parts);
        }
        for (const Aggregate& a : Aggregate::builtins()) {
            if (const auto code = a.ebops_code()) settle(*code, a.members().members());
        }
        const auto by_order = [](const auto& a, const auto& b) { return a.category < b.category; };
        std::sort(r.discrepancies_.begin(), r.discrepancies_.end(), by_order);
        std::sort(r.unchecked_.begin(), r.unchecked_.end());
        return r;
    }

private:
    struct Known {
        V value;
        bool derived;
    };
    std::map<Category, Known> values_;
    std::vector<Discrepancy<V>> discrepancies_;
    std::vector<Category> unchecked_;
};

/// Checks that parts sum to their wholes up the EBOPS 2010 tree and into the EBOPS aggregate
/// items, deriving the wholes not reported: AdditivityCheck<V>::of().
/// \returns the values, reported and derived, with the discrepancies found.
/// \throws InvalidArgument when the tolerance is negative; whatever `+` and `-` of V throw (for
///         Money, CurrencyMismatch when values are in different currencies); NotComparable when
///         the tolerance has no order with a difference (Money tolerance in another currency).
template <AdditiveValue V>
[[nodiscard]] AdditivityCheck<V> check_additivity(const std::map<Category, V>& reported, const V& tolerance) {
    return AdditivityCheck<V>::of(reported, tolerance);
}

}  // namespace svctrade
