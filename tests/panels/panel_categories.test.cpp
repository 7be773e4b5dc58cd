// SPDX-License-Identifier: BSL-1.0
// Panels classified by EBOPS 2010 categories: the checks that keep a sum of categories from
// counting services twice and a part outside its whole, on the fast and the exact path.
#include <svctrade/categories/category.hpp>
#include <svctrade/error.hpp>
#include <svctrade/panels/exact_ops.hpp>
#include <svctrade/panels/exact_panel.hpp>
#include <svctrade/panels/ops.hpp>
#include <svctrade/panels/panel.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

using namespace svctrade;

namespace {

Category cat(const char* code) {
    return Category::from_code(code);
}

MonthIndex month(int y, unsigned m) {
    return MonthIndex(y, m);
}

std::vector<Category> cats(std::initializer_list<const char*> codes) {
    std::vector<Category> out;
    for (const char* c : codes) out.push_back(cat(c));
    return out;
}

// Fills every observation of both reported flows with a positive value that depends on the
// category and the month, so that shares and growth are neither constant nor trivial.
template <class P, class Set>
void fill(P& p, Set set) {
    for (std::size_t c = 0; c < p.category_count(); ++c)
        for (std::size_t t = 0; t < p.month_count(); ++t) {
            const auto m = p.first_month() + static_cast<std::int32_t>(t);
            const auto units = static_cast<std::int64_t>(1000 + 37 * c + 11 * t);
            set(p, c, Flow::exports, m, units);
            set(p, c, Flow::imports, m, units / 2 + 5);
        }
}

Panel fast_panel(const std::vector<Category>& categories) {
    Panel p({"CN"}, categories, month(2020, 1), 14);
    fill(p, [](Panel& q, std::size_t c, Flow f, MonthIndex m, std::int64_t u) {
        q.set(0, c, f, m, static_cast<double>(u));
    });
    return p;
}

ExactPanel exact_panel(const std::vector<Category>& categories) {
    ExactPanel p({"CN"}, categories, month(2020, 1), 14, 2);
    fill(p, [](ExactPanel& q, std::size_t c, Flow f, MonthIndex m, std::int64_t u) { q.set_units(0, c, f, m, u); });
    return p;
}

bool same(std::span<const std::int64_t> a, std::span<const std::int64_t> b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

// The message of the NotComparable an operation throws, or "" when it throws nothing.
template <class Fn>
std::string refusal(Fn fn) {
    try {
        (void)fn();
    } catch (const NotComparable& e) {
        return e.what();
    }
    return "";
}

// Every operation that sums all the panel's categories, on both paths, refuses the panel with
// the same message.
void check_sum_refused(const std::vector<Category>& categories, const std::string& message) {
    const Panel p = fast_panel(categories);
    const ExactPanel x = exact_panel(categories);
    CHECK_THROWS_WITH_AS(p.check_sum_of_categories(), message.c_str(), NotComparable);
    CHECK_THROWS_WITH_AS((void)shares(p, Flow::exports), message.c_str(), NotComparable);
    CHECK_THROWS_WITH_AS((void)share_changes(p, Flow::total), message.c_str(), NotComparable);
    CHECK_THROWS_WITH_AS((void)contributions(p, Flow::imports), message.c_str(), NotComparable);
    CHECK_THROWS_WITH_AS((void)shares(x, Flow::exports, 1, RoundingMode::half_up), message.c_str(), NotComparable);
    CHECK_THROWS_WITH_AS((void)share_changes(x, Flow::balance, 1, RoundingMode::half_even), message.c_str(),
                         NotComparable);
    CHECK_THROWS_WITH_AS((void)contributions(x, Flow::exports, 2, RoundingMode::half_up), message.c_str(),
                         NotComparable);
}

// Every operation with a whole refuses the whole at position `whole`, on both paths, by
// position and by category.
void check_whole_refused(const std::vector<Category>& categories, std::size_t whole, const std::string& message) {
    const Panel p = fast_panel(categories);
    const ExactPanel x = exact_panel(categories);
    const Category w = categories[whole];
    CHECK_THROWS_WITH_AS(p.check_whole(whole), message.c_str(), NotComparable);
    CHECK_THROWS_WITH_AS((void)shares(p, Flow::exports, whole), message.c_str(), NotComparable);
    CHECK_THROWS_WITH_AS((void)shares(p, Flow::exports, w), message.c_str(), NotComparable);
    CHECK_THROWS_WITH_AS((void)share_changes(p, Flow::total, whole), message.c_str(), NotComparable);
    CHECK_THROWS_WITH_AS((void)share_changes(p, Flow::total, w), message.c_str(), NotComparable);
    CHECK_THROWS_WITH_AS((void)contributions(p, Flow::imports, whole), message.c_str(), NotComparable);
    CHECK_THROWS_WITH_AS((void)contributions(p, Flow::imports, w), message.c_str(), NotComparable);
    CHECK_THROWS_WITH_AS((void)shares(x, Flow::exports, whole, 1, RoundingMode::half_up), message.c_str(),
                         NotComparable);
    CHECK_THROWS_WITH_AS((void)shares(x, Flow::exports, w, 1, RoundingMode::half_up), message.c_str(), NotComparable);
    CHECK_THROWS_WITH_AS((void)share_changes(x, Flow::exports, whole, 1, RoundingMode::half_up), message.c_str(),
                         NotComparable);
    CHECK_THROWS_WITH_AS((void)share_changes(x, Flow::exports, w, 1, RoundingMode::half_up), message.c_str(),
                         NotComparable);
    CHECK_THROWS_WITH_AS((void)contributions(x, Flow::exports, whole, 1, RoundingMode::half_up), message.c_str(),
                         NotComparable);
    CHECK_THROWS_WITH_AS((void)contributions(x, Flow::exports, w, 1, RoundingMode::half_up), message.c_str(),
                         NotComparable);
}

}  // namespace

TEST_CASE("a panel created from categories is classified and knows the category of each column") {
    const Panel p({"CN", "HK"}, Category::main_components().to_vector(), month(2021, 1), 3);
    CHECK(p.is_classified());
    CHECK(p.category_count() == 12);
    CHECK(p.category(0) == "SA");
    CHECK(p.category_of(8) == cat("SI"));
    CHECK(p.category_of(11) == cat("SL"));
    CHECK(p.category_index(cat("SI")) == 8);
    CHECK(p.category_index("SI") == 8);
    CHECK_THROWS_WITH_AS((void)p.category_of(12), "the panel has no category number 12 (it has 12)", NotFound);
    CHECK_THROWS_WITH_AS((void)p.category_index(Category::total()), "the panel has no category \"S\"", NotFound);

    const ExactPanel x({"CN"}, {Category::total(), cat("SI2")}, month(2021, 1), 3, 2);
    CHECK(x.is_classified());
    CHECK(x.category(1) == "SI2");
    CHECK(x.category_of(0) == Category::total());
    CHECK(x.category_index(cat("SI2")) == 1);
}

TEST_CASE("a classified panel refuses duplicate and empty category lists as a panel of codes does") {
    CHECK_THROWS_WITH_AS(Panel({"CN"}, {cat("SA"), cat("SB"), cat("SA")}, month(2021, 1), 1),
                         "duplicate panel category \"SA\"", InvalidArgument);
    CHECK_THROWS_WITH_AS(Panel({"CN"}, std::vector<Category>{}, month(2021, 1), 1),
                         "a panel needs at least one category", InvalidArgument);
    CHECK_THROWS_AS(ExactPanel({"CN"}, {cat("SI"), cat("SI")}, month(2021, 1), 1, 2), InvalidArgument);
    CHECK_THROWS_AS(ExactPanel({"CN"}, {cat("SI")}, month(2021, 1), 1, 13), InvalidArgument);
    CHECK_THROWS_AS(Panel({"CN"}, {cat("SI")}, month(2021, 1), 0), InvalidArgument);
}

TEST_CASE("a panel of custom codes has no categories to give") {
    const Panel p({"CN"}, {"S", "SI"}, month(2021, 1), 2);
    CHECK_FALSE(p.is_classified());
    CHECK_THROWS_WITH_AS((void)p.category_of(1),
                         "the panel's category \"SI\" is a custom code: the panel was created from strings, not from "
                         "EBOPS 2010 categories",
                         InvalidArgument);
    CHECK_THROWS_AS((void)p.category_of(2), NotFound);
    CHECK_THROWS_WITH_AS((void)p.category_index(cat("SI")),
                         "cannot look up SI by category: the panel was created from custom codes, not from EBOPS 2010 "
                         "categories (look the code up as a string)",
                         InvalidArgument);
    CHECK_THROWS_AS((void)shares(p, Flow::exports, Category::total()), InvalidArgument);
    const ExactPanel x({"CN"}, {"S", "SI"}, month(2021, 1), 2, 1);
    CHECK_FALSE(x.is_classified());
    CHECK_THROWS_AS((void)contributions(x, Flow::exports, Category::total(), 1, RoundingMode::half_up),
                    InvalidArgument);
}

TEST_CASE("the twelve main components partition services so their sum is a whole") {
    const std::vector<Category> main = Category::main_components().to_vector();
    const Panel p = fast_panel(main);
    CHECK_NOTHROW(p.check_sum_of_categories());
    const PanelResult s = shares(p, Flow::total);
    for (std::size_t t = 0; t < 14; ++t) {
        double sum = 0.0;
        for (std::size_t c = 0; c < 12; ++c) sum += s.value(0, c, t).value();
        CHECK(sum == doctest::Approx(1.0).epsilon(1e-12));
    }
    CHECK(share_changes(p, Flow::exports).answered() == 12 * 2);
    CHECK(contributions(p, Flow::exports).answered() == 12 * 2);

    const ExactPanel x = exact_panel(main);
    const ExactPanelResult xs = shares(x, Flow::exports, 1, RoundingMode::half_up);
    CHECK(xs.answered() == 12 * 14);
    CHECK(share_changes(x, Flow::exports, 2, RoundingMode::half_even).answered() == 12 * 2);
    CHECK(contributions(x, Flow::exports, 2, RoundingMode::half_even).answered() == 12 * 2);

    // SN completes the partition of S (S = SA + … + SL + SN); a disjoint aggregate may stand in
    // for its components (SOX = SA … SK, so SOX + SL is all the components).
    std::vector<Category> with_sn = main;
    with_sn.push_back(cat("SN"));
    CHECK_NOTHROW(fast_panel(with_sn).check_sum_of_categories());
    CHECK(shares(fast_panel(cats({"SOX", "SL"})), Flow::exports).answered() == 2 * 14);
    CHECK(shares(exact_panel(cats({"SI1", "SI2", "SJ"})), Flow::exports, 1, RoundingMode::half_up).answered() ==
          3 * 14);
}

TEST_CASE("the sum of a total and its components is refused on both paths") {
    std::vector<Category> all = {Category::total()};
    for (const Category c : Category::main_components()) all.push_back(c);
    check_sum_refused(all,
                      "cannot use the sum of the panel's categories as the whole: S and SA overlap (SA lies within S), "
                      "so the sum counts the same services twice; pass the whole category instead");
}

TEST_CASE("a component and its sub-item overlap in either order") {
    check_sum_refused(cats({"SB", "SC", "SC1"}),
                      "cannot use the sum of the panel's categories as the whole: SC and SC1 overlap (SC1 lies within "
                      "SC), so the sum counts the same services twice; pass the whole category instead");
    check_sum_refused(cats({"SC1", "SB", "SC"}),
                      "cannot use the sum of the panel's categories as the whole: SC1 and SC overlap (SC1 lies within "
                      "SC), so the sum counts the same services twice; pass the whole category instead");
}

TEST_CASE("aggregates overlap the components and aggregates they share") {
    check_sum_refused(cats({"SOX", "SI"}),
                      "cannot use the sum of the panel's categories as the whole: SOX and SI overlap (SI lies within "
                      "SOX), so the sum counts the same services twice; pass the whole category instead");
    check_sum_refused(cats({"SOX", "SPX1"}),
                      "cannot use the sum of the panel's categories as the whole: SOX and SPX1 overlap (both cover SE "
                      "SF SG SH SI SJ SK), so the sum counts the same services twice; pass the whole category instead");
}

TEST_CASE("items the classification never sums are refused in a sum of categories") {
    check_sum_refused(cats({"SC", "SCA"}),
                      "cannot use the sum of the panel's categories as the whole: SCA (All modes of transport; "
                      "Passenger) is an alternative item, which EBOPS 2010 never sums with other categories; pass the "
                      "whole category instead");
    check_sum_refused(cats({"SF11Y", "SG"}),
                      "cannot use the sum of the panel's categories as the whole: SF11Y (Gross life insurance premiums "
                      "receivable (credits) and payable (debits)) is a memo item, which EBOPS 2010 never sums with "
                      "other categories; pass the whole category instead");
    check_sum_refused(cats({"SA", "SDZ"}),
                      "cannot use the sum of the panel's categories as the whole: SDZ (Tourism-related services in "
                      "travel and passenger transport) is an aggregate measured separately, not a set of components, "
                      "which EBOPS 2010 never sums with other categories; pass the whole category instead");
    // A single category sums nothing with anything: its share of itself is 100 %.
    const PanelResult alone = shares(fast_panel(cats({"SCA"})), Flow::exports);
    CHECK(alone.value(0, 0, 3) == 1.0);
}

TEST_CASE("a total and its components work with the total as the whole") {
    std::vector<Category> all = {Category::total()};
    for (const Category c : Category::main_components()) all.push_back(c);
    const Panel p = fast_panel(all);
    const PanelResult by_position = shares(p, Flow::exports, 0);
    const PanelResult by_category = shares(p, Flow::exports, Category::total());
    CHECK(by_category.values().size() == by_position.values().size());
    for (std::size_t i = 0; i < by_position.values().size(); ++i) {
        CHECK(by_category.values()[i] == by_position.values()[i]);
        CHECK(by_category.reasons()[i] == by_position.reasons()[i]);
    }
    CHECK(by_category.value(0, 0, 5) == 1.0);
    CHECK(by_category.value(0, 9, 5).value() ==
          doctest::Approx(p.value(0, 9, Flow::exports, p.first_month() + 5).value() /
                          p.value(0, 0, Flow::exports, p.first_month() + 5).value()));
    CHECK(share_changes(p, Flow::exports, Category::total()).answered() == 13 * 2);
    CHECK(contributions(p, Flow::exports, Category::total()).value(0, 0, 12) ==
          yoy_growth(p, Flow::exports).value(0, 0, 12));

    const ExactPanel x = exact_panel(all);
    const ExactPanelResult xs = shares(x, Flow::exports, Category::total(), 1, RoundingMode::half_up);
    CHECK(xs.value(0, 0, 0) == Decimal::parse("100.0"));
    CHECK(same(xs.units(), shares(x, Flow::exports, 0, 1, RoundingMode::half_up).units()));
    CHECK(same(share_changes(x, Flow::exports, Category::total(), 2, RoundingMode::half_up).units(),
               share_changes(x, Flow::exports, 0, 2, RoundingMode::half_up).units()));
    CHECK(same(contributions(x, Flow::exports, Category::total(), 2, RoundingMode::half_up).units(),
               contributions(x, Flow::exports, 0, 2, RoundingMode::half_up).units()));
}

TEST_CASE("a whole that is not in the panel is not found") {
    const Panel p = fast_panel(cats({"SI", "SI1", "SI2"}));
    CHECK_THROWS_WITH_AS((void)shares(p, Flow::exports, Category::total()), "the panel has no category \"S\"",
                         NotFound);
    CHECK_THROWS_AS((void)share_changes(p, Flow::exports, cat("SJ")), NotFound);
    CHECK_THROWS_AS((void)contributions(p, Flow::exports, cat("SN")), NotFound);
    CHECK_THROWS_AS((void)shares(p, Flow::exports, std::size_t{3}), NotFound);
    CHECK_THROWS_AS(p.check_whole(3), NotFound);
    const ExactPanel x = exact_panel(cats({"SI", "SI1"}));
    CHECK_THROWS_AS((void)shares(x, Flow::exports, Category::total(), 1, RoundingMode::half_up), NotFound);
    CHECK_THROWS_AS((void)share_changes(x, Flow::exports, Category::total(), 1, RoundingMode::half_up), NotFound);
    CHECK_THROWS_AS((void)contributions(x, Flow::exports, Category::total(), 1, RoundingMode::half_up), NotFound);
    // The part-whole check does not hide a bad number of places.
    CHECK_THROWS_AS((void)shares(x, Flow::exports, cat("SI"), 9, RoundingMode::half_up), InvalidArgument);
}

TEST_CASE("with a whole every category must be the whole or lie inside it") {
    std::vector<Category> all = {Category::total()};
    for (const Category c : Category::main_components()) all.push_back(c);
    check_whole_refused(
        all, 1,
        "the panel's category S (Services) is not within the whole SA (Manufacturing services on "
        "physical inputs owned by others): a share or contribution is taken of a part inside its whole");
    check_whole_refused(cats({"SI", "SI2", "SJ"}), 0,
                        "the panel's category SJ (Other business services) is not within the whole SI "
                        "(Telecommunications, computer, and information services): a share or contribution is taken "
                        "of a part inside its whole");
    // An aggregate is not inside a component it covers, nor an alternative item's whole.
    check_whole_refused(cats({"SI", "SOX"}), 0,
                        "the panel's category SOX (Memo Grouping - Services; Commercial services) is not within the "
                        "whole SI (Telecommunications, computer, and information services): a share or contribution is "
                        "taken of a part inside its whole");
    CHECK(refusal([] {
              return shares(fast_panel(cats({"SC", "SCA"})), Flow::exports, 1);
          }).find("the panel's category SC (Transport) is not within the whole SCA") == 0);
    CHECK(refusal([] {
              return shares(fast_panel(cats({"SOX", "SL"})), Flow::exports, 0);
          }).find("the panel's category SL (Government goods and services n.i.e.) is not within the whole SOX") == 0);
    CHECK(refusal([] {
              return shares(fast_panel(cats({"SDZ", "SD"})), Flow::exports, 0);
          }).find("the panel's category SD (Travel) is not within the whole SDZ") == 0);
}

TEST_CASE("parts inside a whole may be sub-items of any role or the components of an aggregate") {
    // SI and SI2 are components, SCA is transport's alternative breakdown, SOX1 (SE … SK) is
    // part of SOX, SF11Y a memo item of insurance: all are inside commercial services SOX (SA … SK).
    const Panel p = fast_panel(cats({"SOX", "SI", "SI2", "SCA", "SOX1", "SF11Y"}));
    CHECK_NOTHROW(p.check_whole(0));
    CHECK(shares(p, Flow::exports, cat("SOX")).answered() == 6 * 14);
    // Within the EBOPS tree, an alternative item holds its own sub-items.
    CHECK_NOTHROW(fast_panel(cats({"SC3B", "SC3B1", "SC3B2"})).check_whole(0));
    CHECK(contributions(exact_panel(cats({"SD", "SD1", "SDA"})), Flow::exports, cat("SD"), 1, RoundingMode::half_up)
              .answered() == 3 * 2);
    // Every category lies inside S.
    CHECK_NOTHROW(fast_panel(cats({"S", "SDZ", "S5", "SOX", "SN", "SCA"})).check_whole(0));
    // A one-category panel is its own whole.
    CHECK_NOTHROW(fast_panel(cats({"SCA"})).check_whole(0));
}

TEST_CASE("a panel of custom codes is not checked even when its codes look like EBOPS codes") {
    Panel p({"CN"}, {"S", "SA", "my-services"}, month(2021, 1), 1);
    p.set(0, 0, Flow::exports, month(2021, 1), 100.0);
    p.set(0, 1, Flow::exports, month(2021, 1), 25.0);
    p.set(0, 2, Flow::exports, month(2021, 1), 75.0);
    CHECK_NOTHROW(p.check_sum_of_categories());
    CHECK_NOTHROW(p.check_whole(1));
    // The caller asked for the sum of all three, S included: unchecked, so S counts twice.
    CHECK(shares(p, Flow::exports).value(0, 0, 0) == 0.5);
    CHECK(shares(p, Flow::exports, 1).value(0, 0, 0) == 4.0);
    ExactPanel x({"CN"}, {"S", "SA"}, month(2021, 1), 1, 0);
    x.set_units(0, 0, Flow::exports, month(2021, 1), 100);
    x.set_units(0, 1, Flow::exports, month(2021, 1), 25);
    CHECK(shares(x, Flow::exports, 1, RoundingMode::half_up).value(0, 1, 0) == Decimal::parse("20.0"));
}

TEST_CASE("the in-place forms check the categories before touching the result") {
    std::vector<Category> all = {Category::total()};
    for (const Category c : Category::main_components()) all.push_back(c);
    const Panel p = fast_panel(all);
    PanelResult out;
    shares(p, Flow::exports, Category::total(), out);
    CHECK(out.value(0, 3, 2).value() == doctest::Approx(shares(p, Flow::exports, 0).value(0, 3, 2).value()));
    const std::vector<double> before(out.values().begin(), out.values().end());
    CHECK_THROWS_AS(shares(p, Flow::exports, out), NotComparable);
    CHECK_THROWS_AS(share_changes(p, Flow::exports, out), NotComparable);
    CHECK_THROWS_AS(contributions(p, Flow::exports, out), NotComparable);
    CHECK_THROWS_AS(shares(p, Flow::exports, cat("SA"), out), NotComparable);
    CHECK_THROWS_AS(share_changes(p, Flow::exports, std::size_t{2}, out), NotComparable);
    CHECK_THROWS_AS(contributions(p, Flow::exports, cat("SN"), out), NotFound);
    CHECK(std::equal(before.begin(), before.end(), out.values().begin(), out.values().end()));
    share_changes(p, Flow::exports, Category::total(), out);
    CHECK(out.answered() == 13 * 2);
    contributions(p, Flow::exports, Category::total(), out);
    CHECK(out.value(0, 0, 12) == yoy_growth(p, Flow::exports).value(0, 0, 12));

    const ExactPanel x = exact_panel(all);
    ExactPanelResult xout;
    shares(x, Flow::exports, Category::total(), 1, RoundingMode::half_up, xout);
    CHECK(xout.value(0, 0, 0) == Decimal::parse("100.0"));
    const std::vector<std::int64_t> units(xout.units().begin(), xout.units().end());
    CHECK_THROWS_AS(shares(x, Flow::exports, 1, RoundingMode::half_up, xout), NotComparable);
    CHECK_THROWS_AS(share_changes(x, Flow::exports, 1, RoundingMode::half_up, xout), NotComparable);
    CHECK_THROWS_AS(contributions(x, Flow::exports, 1, RoundingMode::half_up, xout), NotComparable);
    CHECK_THROWS_AS(contributions(x, Flow::exports, cat("SB"), 1, RoundingMode::half_up, xout), NotComparable);
    CHECK_THROWS_AS(share_changes(x, Flow::exports, cat("SN"), 1, RoundingMode::half_up, xout), NotFound);
    CHECK(same(units, xout.units()));
    share_changes(x, Flow::exports, Category::total(), 2, RoundingMode::half_up, xout);
    CHECK(same(xout.units(), share_changes(x, Flow::exports, 0, 2, RoundingMode::half_up).units()));
    contributions(x, Flow::exports, Category::total(), 2, RoundingMode::half_up, xout);
    CHECK(same(xout.units(), contributions(x, Flow::exports, 0, 2, RoundingMode::half_up).units()));
}
