// SPDX-License-Identifier: BSL-1.0
// Category sets and the named aggregates. Memberships are checked against their documented
// definitions (data/aggregates.csv, docs/categories.md), written out here by hand.
#include <svctrade/categories/aggregate.hpp>
#include <svctrade/categories/category_set.hpp>
#include <svctrade/error.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace svctrade;

namespace {

Category cat(std::string_view code) {
    return Category::from_code(code);
}

std::vector<std::string> codes(const std::vector<Category>& list) {
    std::vector<std::string> out;
    for (const Category c : list) out.emplace_back(c.code());
    return out;
}

}  // namespace

TEST_CASE("a code inside another member is not counted twice") {
    const CategorySet set{cat("SI"), cat("SI2"), cat("SI21")};
    CHECK(set.to_string() == "SI");
    CHECK(set == CategorySet{cat("SI")});
    CHECK(CategorySet{cat("SI2"), cat("SI")} == CategorySet{cat("SI")});
}

TEST_CASE("a complete set of children collapses into their parent") {
    CHECK(CategorySet::parse("SI1 SI2 SI3").to_string() == "SI");
    CHECK(CategorySet::parse("SI1,SI21,SI22, SI31 SI32").to_string() == "SI");
    CHECK(CategorySet::parse("SA SB SC SD SE SF SG SH SI SJ SK SL SN").to_string() == "S");
    // Without SN the main components are not all of S.
    CHECK(CategorySet::parse("SA SB SC SD SE SF SG SH SI SJ SK SL").to_string() ==
          "SA SB SC SD SE SF SG SH SI SJ SK SL");
}

TEST_CASE("contains and overlaps distinguish whole and partial coverage") {
    const CategorySet set = CategorySet::parse("SI2 SJ");
    CHECK(set.contains(cat("SI2")));
    CHECK(set.contains(cat("SI21")));
    CHECK(set.contains(cat("SJ1121")));
    CHECK_FALSE(set.contains(cat("SI")));
    CHECK(set.overlaps(cat("SI")));
    CHECK(set.overlaps(Category::total()));
    CHECK_FALSE(set.overlaps(cat("SI1")));
    // Items that are not components belong where their nearest component does.
    CHECK(set.contains(cat("SI21Z")));
    CHECK(set.contains(cat("SJ22Z")));
    CHECK_FALSE(set.contains(cat("SCA")));
    CHECK(CategorySet{cat("SC")}.contains(cat("SCA")));
    CHECK(CategorySet{cat("SC")}.contains(cat("SC3B1")));
    CHECK_FALSE(CategorySet{}.contains(cat("SOX")));
    CHECK(CategorySet{Category::total()}.contains(cat("SOX")));
}

TEST_CASE("union intersection and difference work on the services covered") {
    const CategorySet si{cat("SI")};
    const CategorySet si2_sj = CategorySet::parse("SI2 SJ");
    CHECK((si & si2_sj).to_string() == "SI2");
    CHECK((si - CategorySet{cat("SI2")}).to_string() == "SI1 SI3");
    CHECK((si | si2_sj).to_string() == "SI SJ");
    CHECK((si - si).empty());
    CHECK(CategorySet{cat("SI2")}.is_subset_of(si));
    CHECK_FALSE(si.is_subset_of(CategorySet{cat("SI2")}));
    CHECK(CategorySet{}.is_subset_of(si));
    CHECK(CategorySet{}.to_string().empty());
}

TEST_CASE("leaves give the finest breakdown of a set") {
    CHECK(codes(CategorySet{cat("SF1")}.leaves()) == std::vector<std::string>{"SF11", "SF12", "SF13"});
    CHECK(codes(CategorySet{cat("SC4")}.leaves()) == std::vector<std::string>{"SC4"});
}

TEST_CASE("a set refuses alternative memo and aggregate items") {
    CHECK_THROWS_WITH_AS(
        CategorySet{cat("SCA")},
        "cannot add SCA (All modes of transport; Passenger) to a category set: it is an alternative item, "
        "and a set holds components and SN only (alternative, memo and aggregate items overlap the "
        "components without summing to them)",
        InvalidArgument);
    CategorySet set;
    CHECK_THROWS_AS(set.insert(cat("SF11Y")), InvalidArgument);
    CHECK_THROWS_AS(set.insert(cat("SOX")), InvalidArgument);
    CHECK_THROWS_AS(set.insert(cat("SDZ")), InvalidArgument);
    CHECK(set.empty());
    set.insert(cat("SN"));
    CHECK(set.to_string() == "SN");
}

TEST_CASE("parsing codes rejects unknown codes and empty lists") {
    CHECK_THROWS_AS((void)CategorySet::parse("SF SQ"), UnknownCode);
    CHECK_THROWS_WITH_AS((void)CategorySet::parse(" , "), R"(cannot make a category set from " , ": it lists no code)",
                         InvalidArgument);
    CHECK_THROWS_AS((void)CategorySet::parse("SF SD1"), InvalidArgument);
}

TEST_CASE("knowledge-intensive services are SF to SK and inferred") {
    const Aggregate& ki = Aggregate::builtin(BuiltinAggregate::knowledge_intensive);
    CHECK(ki.key() == "knowledge_intensive");
    CHECK(ki.name() == "Knowledge-intensive services");
    CHECK(ki.chinese_name() == "知识密集型服务");
    CHECK(ki.members().to_string() == "SF SG SH SI SJ SK");
    CHECK(ki.status() == FactStatus::inferred);
    CHECK(ki.contains(cat("SJ1121")));
    CHECK(ki.contains(cat("SH3")));
    CHECK_FALSE(ki.contains(cat("SE")));
    CHECK_FALSE(ki.contains(cat("SL")));
    CHECK_FALSE(ki.ebops_code().has_value());
}

TEST_CASE("digitally deliverable services are the same six and confirmed") {
    const Aggregate& dd = Aggregate::builtin(BuiltinAggregate::digitally_deliverable);
    CHECK(dd.members() == Aggregate::builtin(BuiltinAggregate::knowledge_intensive).members());
    CHECK(dd.status() == FactStatus::confirmed);
    CHECK(dd.chinese_name() == "可数字化交付的服务");
}

TEST_CASE("ICT traditional and the OECD groupings have their documented members and status") {
    const auto& ict = Aggregate::builtin(BuiltinAggregate::ict);
    CHECK(ict.members().to_string() == "SI1 SI2");
    CHECK(ict.status() == FactStatus::unconfirmed);
    CHECK_FALSE(ict.contains(cat("SH3")));
    const auto& traditional = Aggregate::builtin(BuiltinAggregate::traditional);
    CHECK(traditional.members().to_string() == "SA SC SD SE");
    CHECK(traditional.status() == FactStatus::confirmed);
    CHECK(Aggregate::builtin(BuiltinAggregate::goods_related).members().to_string() == "SA SB");
    CHECK(Aggregate::builtin(BuiltinAggregate::goods_related).ebops_code() == cat("SPX4"));
    CHECK(Aggregate::builtin(BuiltinAggregate::commercial).members().to_string() == "SA SB SC SD SE SF SG SH SI SJ SK");
    CHECK(Aggregate::builtin(BuiltinAggregate::commercial).ebops_code() == cat("SOX"));
    CHECK(Aggregate::builtin(BuiltinAggregate::other_commercial).members().to_string() == "SE SF SG SH SI SJ SK");
    CHECK(Aggregate::builtin(BuiltinAggregate::other_commercial).ebops_code() == cat("SOX1"));
    CHECK(Aggregate::builtin(BuiltinAggregate::other_services).members().to_string() == "SE SF SG SH SI SJ SK SL");
    CHECK(Aggregate::builtin(BuiltinAggregate::other_services).ebops_code() == cat("SPX1"));
    // Commercial services are total services except government services and the residual.
    const CategorySet all{Category::total()};
    CHECK(all - Aggregate::builtin(BuiltinAggregate::commercial).members() == CategorySet::parse("SL SN"));
    // Other services = goods-related, transport and travel removed from SA … SL.
    CHECK((Aggregate::builtin(BuiltinAggregate::other_services).members() |
           Aggregate::builtin(BuiltinAggregate::goods_related).members() | CategorySet::parse("SC SD SN")) == all);
    CHECK(to_string(FactStatus::unconfirmed) == "unconfirmed");
}

TEST_CASE("members_of gives the set behind an EBOPS aggregate item") {
    CHECK(members_of(cat("SOX1"))->to_string() == "SE SF SG SH SI SJ SK");
    CHECK(members_of(cat("SPX4"))->to_string() == "SA SB");
    CHECK(members_of(cat("SI2"))->to_string() == "SI2");
    CHECK_FALSE(members_of(cat("SDZ")).has_value());
    CHECK_FALSE(members_of(cat("S5")).has_value());
    CHECK_FALSE(members_of(cat("SCA")).has_value());
}

TEST_CASE("a user-defined aggregate is a checked set of codes") {
    const Aggregate culture("cultural_creativity", "Cultural and creative services", CategorySet::parse("SK1 SH4 SJ22"),
                            FactStatus::unconfirmed, "user-defined", "文化创意服务");
    CHECK(culture.members().to_string() == "SH4 SJ22 SK1");
    CHECK(culture.contains(cat("SH41")));
    CHECK_FALSE(culture.ebops_code().has_value());
    CHECK_THROWS_WITH_AS(Aggregate("", "x", CategorySet{cat("SA")}, FactStatus::confirmed, "s"),
                         R"(an aggregate needs a key ("x" has none))", InvalidArgument);
    CHECK_THROWS_AS(Aggregate("two words", "x", CategorySet{cat("SA")}, FactStatus::confirmed, "s"), InvalidArgument);
    CHECK_THROWS_AS(Aggregate("k", "", CategorySet{cat("SA")}, FactStatus::confirmed, "s"), InvalidArgument);
    CHECK_THROWS_WITH_AS(Aggregate("k", "x", CategorySet{}, FactStatus::confirmed, "s"),
                         R"(aggregate "k" has no members)", InvalidArgument);
    CHECK_THROWS_AS((void)Aggregate::builtin(static_cast<BuiltinAggregate>(99)), InvalidArgument);
}
