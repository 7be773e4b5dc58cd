// SPDX-License-Identifier: BSL-1.0
// Free-text names of categories and aggregates. The names come from the China Daily article of
// 27 Aug 2021 on Xiamen ("aviation maintenance", "computer services", "financial services") and
// MOFCOM/SAFE releases ("金融服务", "知识产权使用费").
#include <svctrade/categories/classification.hpp>
#include <svctrade/error.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace svctrade;

namespace {
Category cat(std::string_view code) {
    return Category::from_code(code);
}
}  // namespace

TEST_CASE("names compare after normalisation") {
    CHECK(normalize_name("  Telecommunications,  computer, and information services ") ==
          "telecommunications computer and information services");
    CHECK(normalize_name("Knowledge-Intensive Services") == "knowledge intensive services");
    CHECK(normalize_name("电信、计算机和信息服务") == "电信计算机和信息服务");
    CHECK(normalize_name("\u3000金融服务\u3000") == "金融服务");
    CHECK(normalize_name("R&D services") == "r&d services");
    CHECK(normalize_name(" \t ").empty());
}

TEST_CASE("the article's category names resolve") {
    const Classification names;
    const NameMatch aviation = names.resolve("aviation maintenance");
    CHECK(aviation.target == NameTarget(cat("SB")));
    CHECK(aviation.kind == MatchKind::alias);
    CHECK(aviation.relation == AliasRelation::part_of);
    CHECK(aviation.status == FactStatus::inferred);
    CHECK(aviation.input == "aviation maintenance");

    const NameMatch computer = names.resolve("Computer Services");
    CHECK(computer.target == NameTarget(cat("SI2")));
    CHECK(computer.kind == MatchKind::english_name);
    CHECK(computer.status == FactStatus::confirmed);

    const NameMatch financial = names.resolve("financial services");
    CHECK(financial.target == NameTarget(cat("SG")));
    CHECK(financial.relation == AliasRelation::same);
}

TEST_CASE("Chinese names of the main components resolve in both published forms") {
    const Classification names;
    CHECK(names.resolve("金融服务").target == NameTarget(cat("SG")));
    CHECK(names.resolve("知识产权使用费").target == NameTarget(cat("SH")));
    CHECK(names.resolve("知识产权使用费").kind == MatchKind::chinese_name);
    CHECK(names.resolve("保险和养老金服务").target == NameTarget(cat("SF")));
    CHECK(names.resolve("保险服务").target == NameTarget(cat("SF")));
    CHECK(names.resolve("电信、计算机和信息服务").target == NameTarget(cat("SI")));
    CHECK(names.resolve("维修和维护服务").target == NameTarget(cat("SB")));
    CHECK(names.resolve("建筑").target == NameTarget(cat("SE")));
    CHECK(names.resolve("建设").target == NameTarget(cat("SE")));
}

TEST_CASE("codes English names and aggregate names resolve") {
    const Classification names;
    CHECK(names.resolve("sj1121").target == NameTarget(cat("SJ1121")));
    CHECK(names.resolve("SJ1121").kind == MatchKind::code);
    CHECK(names.resolve("Sea transport; Passenger").target == NameTarget(cat("SC11")));
    const NameMatch ki = names.resolve("knowledge-intensive services");
    CHECK(ki.target == NameTarget::aggregate("knowledge_intensive"));
    CHECK(ki.kind == MatchKind::aggregate_name);
    CHECK(ki.status == FactStatus::inferred);  // the aggregate's own status
    CHECK(names.resolve("知识密集型服务").target == NameTarget::aggregate("knowledge_intensive"));
    CHECK(names.resolve("ICT services").status == FactStatus::unconfirmed);
    CHECK(names.resolve("digital services").target == NameTarget::aggregate("digitally_deliverable"));
    CHECK(names.resolve("digital services").status == FactStatus::unconfirmed);
    CHECK(names.members(names.resolve("commercial services").target).to_string() == "SA SB SC SD SE SF SG SH SI SJ SK");
    CHECK(names.members(names.resolve("computer services").target).to_string() == "SI2");
    CHECK(names.members(names.resolve("SOX1").target).to_string() == "SE SF SG SH SI SJ SK");
}

TEST_CASE("an unmapped name is reported never dropped") {
    const Classification names;
    const NameMapping m =
        names.resolve_all({"computer services", "cultural creativity", "金融服务", "aviation maintenance"});
    CHECK_FALSE(m.complete());
    REQUIRE(m.mapped.size() == 3);
    CHECK(m.mapped[0].input == "computer services");
    CHECK(m.mapped[1].input == "金融服务");
    CHECK(m.mapped[2].input == "aviation maintenance");
    CHECK(m.unmapped == std::vector<std::string>{"cultural creativity"});
    CHECK(names.resolve_all({"SA", "SB"}).complete());
    CHECK_FALSE(names.find("cultural creativity").has_value());
}

TEST_CASE("resolving an unknown name throws NotFound with close names") {
    const Classification names;
    CHECK_THROWS_AS((void)names.resolve("computer servces"), NotFound);
    try {
        (void)names.resolve("computer servces");
        FAIL("no exception");
    } catch (const NotFound& e) {
        const std::string what = e.what();
        CHECK(what.rfind(
                  R"(no service category or aggregate is named "computer servces" (did you mean "Computer services")",
                  0) == 0);
    }
    CHECK_THROWS_WITH_AS((void)names.resolve("qqqqqqqqqqqqqqqqqqqqq"),
                         R"(no service category or aggregate is named "qqqqqqqqqqqqqqqqqqqqq")", NotFound);
    const auto near = names.suggestions("金融");
    REQUIRE_FALSE(near.empty());
    CHECK(near.front() == "金融服务");
    CHECK(names.suggestions("").empty());
}

TEST_CASE("a program adds its own aggregates and aliases") {
    Classification names;
    names.add_aggregate(Aggregate("cultural_creativity", "Cultural and creative services",
                                  CategorySet::parse("SK1 SH4 SJ22"), FactStatus::unconfirmed,
                                  "Xiamen municipal usage (user-defined)", "文化创意服务"));
    CHECK(names.resolve("cultural creativity").target == NameTarget::aggregate("cultural_creativity"));
    CHECK(names.resolve("文化创意服务").target == NameTarget::aggregate("cultural_creativity"));
    CHECK(names.aggregate("cultural_creativity").members().to_string() == "SH4 SJ22 SK1");
    names.add_alias(Alias{"文创服务", NameTarget::aggregate("cultural_creativity"), AliasRelation::same,
                          FactStatus::inferred, "user-defined"});
    CHECK(names.resolve("文创服务").kind == MatchKind::alias);
    names.add_alias(Alias{"software", NameTarget(cat("SI21")), AliasRelation::same, FactStatus::inferred, "user"});
    CHECK(names.resolve("Software").target == NameTarget(cat("SI21")));
    // The same mapping twice is harmless.
    names.add_alias(
        Alias{"computer services", NameTarget(cat("SI2")), AliasRelation::same, FactStatus::confirmed, "user"});
    CHECK(names.aggregates().size() == Aggregate::builtins().size() + 1);
}

TEST_CASE("conflicting or dangling names are refused") {
    Classification names;
    CHECK_THROWS_WITH_AS(
        names.add_alias(
            Alias{"Computer services", NameTarget(cat("SI")), AliasRelation::same, FactStatus::confirmed, "x"}),
        R"(the name "Computer services" already names SI2 (as "Computer services"); it cannot also name SI)",
        InvalidArgument);
    CHECK_THROWS_AS(
        names.add_alias(Alias{"  ", NameTarget(cat("SI")), AliasRelation::same, FactStatus::confirmed, "x"}),
        InvalidArgument);
    CHECK_THROWS_WITH_AS(names.add_alias(Alias{"culture", NameTarget::aggregate("culture"), AliasRelation::same,
                                               FactStatus::confirmed, "x"}),
                         R"(cannot add alias "culture": no aggregate has the key "culture")", InvalidArgument);
    CHECK_THROWS_AS(
        names.add_aggregate(Aggregate("ict", "Another ICT", CategorySet{cat("SI")}, FactStatus::confirmed, "x")),
        InvalidArgument);
    const std::size_t before = names.aggregates().size();
    CHECK_THROWS_WITH_AS(names.add_aggregate(Aggregate("finance", "Financial services", CategorySet{cat("SG")},
                                                       FactStatus::confirmed, "x")),
                         R"(cannot add aggregate "finance": the name "Financial services" already names SG)",
                         InvalidArgument);
    CHECK(names.aggregates().size() == before);
    CHECK_FALSE(names.find("finance").has_value());  // a refused aggregate leaves no trace
    CHECK_THROWS_WITH_AS((void)names.aggregate("knowledge"),
                         R"(unknown aggregate "knowledge" (did you mean knowledge_intensive?))", UnknownCode);
    CHECK_THROWS_AS((void)names.members(NameTarget(cat("SCA"))), InvalidArgument);
    CHECK_THROWS_AS((void)names.members(NameTarget::aggregate("nope")), UnknownCode);
    CHECK_THROWS_AS((void)NameTarget::aggregate(""), InvalidArgument);
    CHECK_THROWS_WITH_AS((void)NameTarget::aggregate("ict").category(),
                         R"(the name target "ict" is an aggregate, not a category)", InvalidArgument);
    CHECK(NameTarget::aggregate("ict").to_string() == "aggregate ict");
    CHECK(to_string(MatchKind::chinese_name) == "chinese name");
    CHECK(to_string(AliasRelation::part_of) == "part_of");
}
