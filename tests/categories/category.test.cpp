// SPDX-License-Identifier: BSL-1.0
// Hand-written facts about EBOPS 2010 (MSITS 2010 Annex I; OECD/IMF SDMX code list) and the
// tree operations. tests/categories/category_data.test.cpp checks the table against the CSV row by row.
#include <svctrade/categories/category.hpp>
#include <svctrade/error.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

using namespace svctrade;

namespace {

std::vector<std::string> codes(const CategoryList& list) {
    std::vector<std::string> out;
    for (const Category c : list) out.emplace_back(c.code());
    return out;
}

std::vector<std::string> codes(const std::vector<Category>& list) {
    std::vector<std::string> out;
    for (const Category c : list) out.emplace_back(c.code());
    return out;
}

Category cat(std::string_view code) {
    return Category::from_code(code);
}

std::string message_of(std::string_view code) {
    try {
        (void)Category::from_code(code);
    } catch (const UnknownCode& e) {
        return e.what();
    }
    return "no exception";
}

}  // namespace

TEST_CASE("EBOPS 2010 has 145 codes from S to SPX4") {
    CHECK(Category::count() == 145);
    CHECK(Category::all().size() == 145);
    CHECK(Category::total().code() == "S");
    CHECK(Category::total().name() == "Services");
    CHECK(Category::total().depth() == 0);
    CHECK_FALSE(Category::total().parent().has_value());
    CHECK((*std::prev(Category::all().to_vector().end())).code() == "SPX4");
}

TEST_CASE("the parent of SJ1121 is SJ112 at level 5") {
    const Category patents = cat("SJ1121");
    CHECK(patents.name() == "Patents");
    CHECK(patents.depth() == 5);
    REQUIRE(patents.parent().has_value());
    CHECK(patents.parent()->code() == "SJ112");
    CHECK(patents.parent()->depth() == 4);
    CHECK(codes(patents.ancestors()) == std::vector<std::string>{"SJ112", "SJ11", "SJ1", "SJ", "S"});
}

TEST_CASE("the children of SF1 are SF11 SF12 and SF13") {
    CHECK(codes(cat("SF1").children()) == std::vector<std::string>{"SF11", "SF12", "SF13"});
    CHECK(codes(cat("SF11").children()) == std::vector<std::string>{"SF11Y", "SF11Z"});
    CHECK(cat("SF11").children(CategoryRole::component).empty());
}

TEST_CASE("the main components are SA to SL in classification order with their Chinese names") {
    CHECK(codes(Category::main_components()) ==
          std::vector<std::string>{"SA", "SB", "SC", "SD", "SE", "SF", "SG", "SH", "SI", "SJ", "SK", "SL"});
    CHECK(cat("SF").chinese_name(ChineseNameForm::safe) == "保险和养老金服务");
    CHECK(cat("SF").chinese_name(ChineseNameForm::mofcom_short) == "保险服务");
    CHECK(cat("SB").chinese_name(ChineseNameForm::safe) == "维护和维修服务");
    CHECK(cat("SB").chinese_name(ChineseNameForm::mofcom_short) == "维修和维护服务");
    // SAFE writes the enumeration comma, MOFCOM's releases drop it (docs/categories.md).
    CHECK(cat("SI").chinese_name(ChineseNameForm::safe) == "电信、计算机和信息服务");
    CHECK(cat("SI").chinese_name(ChineseNameForm::mofcom_short) == "电信计算机和信息服务");
    CHECK(cat("SK").chinese_name(ChineseNameForm::safe) == "个人、文化和娱乐服务");
    CHECK(cat("SK").chinese_name(ChineseNameForm::mofcom_short) == "个人文化和娱乐服务");
    CHECK(cat("SE").chinese_name(ChineseNameForm::safe) == "建设");
    CHECK(cat("SE").chinese_name(ChineseNameForm::mofcom_short) == "建筑");
    CHECK(cat("SL").chinese_name(ChineseNameForm::mofcom_short) == "政府服务");
    CHECK(cat("SD").chinese_name(ChineseNameForm::safe) == cat("SD").chinese_name(ChineseNameForm::mofcom_short));
    CHECK_FALSE(cat("SI2").chinese_name(ChineseNameForm::safe).has_value());
    CHECK_FALSE(Category::total().chinese_name(ChineseNameForm::mofcom_short).has_value());
}

TEST_CASE("roles follow the reference data") {
    CHECK(cat("SC1").role() == CategoryRole::component);
    CHECK(cat("SCA").role() == CategoryRole::alternative);
    CHECK(cat("SD1").role() == CategoryRole::alternative);
    CHECK(cat("SF11Y").role() == CategoryRole::memo);
    CHECK(cat("SI21Z").role() == CategoryRole::memo);
    CHECK(cat("SOX").role() == CategoryRole::aggregate);
    CHECK(cat("SDZ").role() == CategoryRole::aggregate);
    CHECK(cat("SN").role() == CategoryRole::residual);
    CHECK(to_string(CategoryRole::alternative) == "alternative");
    CHECK(to_string(CategoryRole::residual) == "residual");
}

TEST_CASE("children take a role filter and S sums SA to SL plus SN") {
    CHECK(codes(cat("SC").children(CategoryRole::component)) == std::vector<std::string>{"SC1", "SC2", "SC3", "SC4"});
    CHECK(codes(cat("SC").children(CategoryRole::alternative)) == std::vector<std::string>{"SCA", "SCB", "SCC"});
    const auto summable = codes(Category::total().children(RoleFilter::summable()));
    CHECK(summable.size() == 13);
    CHECK(summable.back() == "SN");
    CHECK(codes(Category::total().children(CategoryRole::aggregate)) ==
          std::vector<std::string>{"SDZ", "S5", "SOX", "SOX1", "SPX1", "SPX4"});
    CHECK(Category::total().children().size() == 19);
    CHECK(RoleFilter::summable() == (CategoryRole::component | CategoryRole::residual));
    CHECK_FALSE(RoleFilter::summable().contains(CategoryRole::memo));
    CHECK(RoleFilter::any().contains(CategoryRole::memo));
}

TEST_CASE("descendants come in classification order and the filter selects nodes") {
    CHECK(codes(cat("SI").descendants()) ==
          std::vector<std::string>{"SI1", "SI2", "SI21", "SI21Z", "SI22", "SI3", "SI31", "SI32"});
    CHECK(codes(cat("SI").descendants(CategoryRole::component)) ==
          std::vector<std::string>{"SI1", "SI2", "SI21", "SI22", "SI3", "SI31", "SI32"});
    CHECK(codes(cat("SF").descendants(CategoryRole::memo)) ==
          std::vector<std::string>{"SF11Y", "SF11Z", "SF12Y", "SF12Z", "SF13Y", "SF13Z"});
    CHECK(cat("SB").descendants().empty());
    CHECK(Category::total().descendants().size() == 144);
}

TEST_CASE("leaves of the component tree stop above memo items") {
    CHECK(codes(cat("SF").leaves(CategoryRole::component)) ==
          std::vector<std::string>{"SF11", "SF12", "SF13", "SF2", "SF3", "SF41", "SF42"});
    CHECK(codes(cat("SF").leaves()) ==
          std::vector<std::string>{"SF11Y", "SF11Z", "SF12Y", "SF12Z", "SF13Y", "SF13Z", "SF2", "SF3", "SF41", "SF42"});
    CHECK(codes(cat("SB").leaves()) == std::vector<std::string>{"SB"});
    CHECK(cat("SF11").is_leaf(CategoryRole::component));
    CHECK_FALSE(cat("SF11").is_leaf());
    // The component leaves of S and SN partition total services.
    const auto parts = codes(Category::total().leaves(RoleFilter::summable()));
    CHECK(std::find(parts.begin(), parts.end(), "SN") != parts.end());
    CHECK(std::find(parts.begin(), parts.end(), "SJ1121") != parts.end());
    CHECK(std::find(parts.begin(), parts.end(), "SJ112") == parts.end());
    CHECK(std::find(parts.begin(), parts.end(), "SCA") == parts.end());
}

TEST_CASE("is_within includes the category itself and every ancestor") {
    CHECK(cat("SJ1121").is_within(cat("SJ1")));
    CHECK(is_within(cat("SJ1121"), Category::total()));
    CHECK(cat("SJ1121").is_within(cat("SJ1121")));
    CHECK_FALSE(cat("SJ1").is_within(cat("SJ1121")));
    CHECK_FALSE(cat("SK").is_within(cat("SJ")));
    CHECK(cat("SCA").is_within(cat("SC")));
    CHECK_FALSE(cat("SC4").is_within(cat("SC3")));
}

TEST_CASE("categories compare and hash by classification order") {
    CHECK(cat("S") < cat("SA"));
    CHECK(cat("SC3G") < cat("SC4"));
    CHECK(cat("SD5Z") < cat("SD5Y"));  // the classification order, not the alphabet
    CHECK(cat("SL") < cat("SN"));
    CHECK(cat("SI2") == cat("SI2"));
    CHECK(std::hash<Category>{}(cat("SA")) == 1);
    std::ostringstream out;
    out << cat("SI2");
    CHECK(out.str() == "SI2");
    const auto all = Category::all().to_vector();
    CHECK(std::is_sorted(all.begin(), all.end()));
}

TEST_CASE("a category list iterates with std ranges algorithms and contains") {
    const CategoryList list = cat("SC").children(CategoryRole::component);
    CHECK(std::ranges::count_if(list, [](Category c) { return c.depth() == 2; }) == 4);
    CHECK(list.contains(cat("SC4")));
    CHECK_FALSE(list.contains(cat("SCA")));
    CHECK(CategoryList{}.empty());
    CHECK(CategoryList{}.size() == 0);
    auto it = list.begin();
    CHECK((*it++).code() == "SC1");
    CHECK((*it).code() == "SC2");
}

TEST_CASE("find returns no value for an unknown code and is case sensitive") {
    CHECK(Category::find("SI2").has_value());
    CHECK_FALSE(Category::find("si2").has_value());
    CHECK_FALSE(Category::find("").has_value());
    CHECK_FALSE(Category::find("SZ").has_value());
}

TEST_CASE("an unknown code throws UnknownCode suggesting the closest valid codes") {
    CHECK_THROWS_AS((void)Category::from_code("SJ1125"), UnknownCode);
    CHECK(message_of("SJ1125") ==
          R"(unknown EBOPS 2010 code "SJ1125" (did you mean SJ112, SJ1121, SJ1122, SJ1123, SJ1124?))");
    CHECK(message_of("si2") == R"(unknown EBOPS 2010 code "si2" (did you mean SI2?))");
    CHECK(message_of("") == R"(unknown EBOPS 2010 code "")");
    CHECK_THROWS_WITH_AS((void)Category::from_code("XQ"), R"(unknown EBOPS 2010 code "XQ")", UnknownCode);
    try {
        (void)Category::from_code("SX9");
        FAIL("no exception");
    } catch (const UnknownCode& e) {
        CHECK(e.code() == "SX9");
    }
}

TEST_CASE("closest offers typo fixes within two edits") {
    CHECK(codes(Category::closest("SJ21 ")) == std::vector<std::string>{"SJ21"});
    const auto near = codes(Category::closest("SCX"));
    REQUIRE_FALSE(near.empty());
    CHECK(near.front() == "SC");
    CHECK(Category::closest("SOX2", 3).size() == 3);
    CHECK(Category::closest("SOX2", 0).empty());
    CHECK(Category::closest("ZZZZZZZZZZZZZZ").empty());
}
