// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::PanelKeys, the keys and layout shared by the panels of observations (Panel in
/// double, ExactPanel in exact decimal units): reporters, categories and consecutive months, and
/// the one place where a key is checked.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/categories/category.hpp>
#include <svctrade/categories/flow.hpp>
#include <svctrade/export.hpp>
#include <svctrade/panels/month_index.hpp>

namespace svctrade {

/// The keys of a rectangular panel and their layout: every reporter × category × month, in that
/// order, so that an observation's position is (r × categories + c) × months + (month − first).
/// Months are MonthIndex values; the same month last year is 12 positions back.
///
/// Categories are either EBOPS 2010 categories (a *classified* panel, created from Category
/// values) or custom codes (created from strings). Only a classified panel knows how its
/// categories nest, so only its operations are checked: check_sum_of_categories() and
/// check_whole() refuse a sum that counts services twice and a part outside its whole. The
/// codes of a panel created from strings are never interpreted, even when they look like EBOPS
/// codes: such a panel is not checked.
class SVCTRADE_EXPORT PanelKeys {
public:
    /// Creates the keys of a panel.
    /// \param reporters    the reporters' codes or names, unique, in the order of the layout
    /// \param categories   the categories' codes, unique, in the order of the layout
    /// \param first_month  the first month
    /// \param month_count  the number of consecutive months
    /// \throws InvalidArgument if a list is empty or has a duplicate or an empty name, if
    ///         `month_count` is zero, or if the panel would exceed 2^40 cells; InvalidPeriod if
    ///         the months leave years 1–9999.
    PanelKeys(std::vector<std::string> reporters, std::vector<std::string> categories, MonthIndex first_month,
              std::size_t month_count);
    /// Creates the keys of a classified panel: its categories are EBOPS 2010 categories, their
    /// codes (Category::code()) are the panel's category codes, and its operations check how
    /// the categories combine (see check_sum_of_categories(), check_whole()).
    /// \param reporters    the reporters' codes or names, unique, in the order of the layout
    /// \param categories   the categories, unique, in the order of the layout, e.g.
    ///                     `Category::main_components().to_vector()`
    /// \param first_month  the first month
    /// \param month_count  the number of consecutive months
    /// \throws as the constructor from codes.
    /// \note Categories that overlap (S and SA, SC and SC1) are allowed in the panel: only
    ///       the operations that would sum them refuse them.
    PanelKeys(std::vector<std::string> reporters, std::span<const Category> categories, MonthIndex first_month,
              std::size_t month_count);
    /// Creates the keys of a classified panel from a list such as `{Category::total(), si}`.
    /// \throws as the constructor from codes.
    PanelKeys(std::vector<std::string> reporters, std::initializer_list<Category> categories, MonthIndex first_month,
              std::size_t month_count);

    /// \returns the number of reporters.
    [[nodiscard]] std::size_t reporter_count() const noexcept { return reporters_.size(); }
    /// \returns the number of categories.
    [[nodiscard]] std::size_t category_count() const noexcept { return categories_.size(); }
    /// \returns the number of months.
    [[nodiscard]] std::size_t month_count() const noexcept { return months_; }
    /// \returns the first month.
    [[nodiscard]] MonthIndex first_month() const noexcept { return first_; }
    /// \returns the last month.
    [[nodiscard]] MonthIndex last_month() const noexcept { return first_ + static_cast<std::int32_t>(months_ - 1); }
    /// \returns the number of cells of one reported flow: reporters × categories × months.
    [[nodiscard]] std::size_t cell_count() const noexcept { return reporters_.size() * categories_.size() * months_; }

    /// \returns the name of reporter `r`. \throws NotFound if `r` is out of range.
    [[nodiscard]] const std::string& reporter(std::size_t r) const;
    /// \returns the code of category `c`. \throws NotFound if `c` is out of range.
    [[nodiscard]] const std::string& category(std::size_t c) const;
    /// \returns the position of reporter `name` in the layout.
    /// \throws NotFound if the panel has no such reporter.
    [[nodiscard]] std::size_t reporter_index(std::string_view name) const;
    /// \returns the position of category `code` in the layout.
    /// \throws NotFound if the panel has no such category.
    [[nodiscard]] std::size_t category_index(std::string_view code) const;

    /// \returns whether the panel is classified: created from EBOPS 2010 categories, so that
    ///          category_of() answers and the operations check how categories combine.
    [[nodiscard]] bool is_classified() const noexcept { return !classified_.empty(); }
    /// \returns the EBOPS 2010 category of category `c`.
    /// \throws InvalidArgument if the panel is not classified (its codes are custom);
    ///         NotFound if `c` is out of range.
    [[nodiscard]] Category category_of(std::size_t c) const;
    /// \returns the position of `category` in the layout.
    /// \throws InvalidArgument if the panel is not classified; NotFound if the panel does not
    ///         hold the category.
    [[nodiscard]] std::size_t category_index(Category category) const;

    /// Checks that the sum of all the panel's categories is a whole that counts no service
    /// twice, as the operations without a `whole` (shares(), share_changes(), contributions())
    /// assume. Those operations call it once before computing.
    /// \throws NotComparable, for a classified panel with two or more categories, when two
    ///         categories overlap (one lies within the other, as SC1 within SC or SI within the
    ///         aggregate SOX, or two aggregates share components), or when a category is one
    ///         the classification never sums (an alternative or memo item such as SCA or SF11Y,
    ///         or the aggregates SDZ and S5, which are not sets of components); the message
    ///         names the codes. Never throws for a panel of custom codes (not checked).
    void check_sum_of_categories() const;
    /// Checks that every category is category `whole` or lies inside it, as the operations
    /// with a `whole` assume: within it in the EBOPS tree (SI2 within SI; SCA within SC), or
    /// covered by its components (SI within the aggregate SOX, SOX1 within SOX).
    /// \throws NotFound if `whole` is out of range; NotComparable, for a classified panel, when
    ///         a category is not inside the whole (the message names both codes). A panel of
    ///         custom codes is not checked.
    void check_whole(std::size_t whole) const;

    /// \returns the position of an observation in the panel's columns.
    /// \throws NotFound if `r` or `c` is out of range; InvalidPeriod if `month` is outside.
    [[nodiscard]] std::size_t position(std::size_t r, std::size_t c, MonthIndex month) const;

protected:
    /// \returns the column of a reported flow in the panels' storage: 0 for exports, 1 for imports.
    /// \throws InvalidArgument if `flow` is derived (total, balance): it is not stored.
    [[nodiscard]] static std::size_t reported_column(Flow flow);

private:
    std::vector<std::string> reporters_;
    std::vector<std::string> categories_;
    std::vector<std::size_t> reporter_order_;  // positions sorted by name, for lookup
    std::vector<std::size_t> category_order_;  // positions sorted by code, for lookup
    std::vector<Category> classified_;         // empty for custom codes
    MonthIndex first_;
    std::size_t months_;
};

}  // namespace svctrade
