// SPDX-License-Identifier: BSL-1.0
// A codelist mapped onto the built-in EBOPS 2010 tree: what it lacks and what differs, code by code.
#include <doctest/doctest.h>

#include <string>

#include <svctrade/categories/category.hpp>
#include <svctrade/io/codelist.hpp>
#include <svctrade/io/codelist_check.hpp>

using namespace svctrade;

namespace {

// EBOPS 2010 written out from the built-in tree, code, parent and name: a codelist that is it.
std::string ebops_as_csv() {
    std::string csv = "Code,Parent,Name\n";
    for (Category c : Category::all()) {
        const std::string name(c.name());
        csv += std::string(c.code()) + ',' + (c.parent() ? std::string(c.parent()->code()) : std::string()) + ",\"" +
               name + "\"\n";
    }
    return csv;
}

}  // namespace

TEST_CASE("EBOPS 2010 written out as a codelist maps onto the built-in tree with no difference") {
    const Codelist list = read_codelist_csv(ebops_as_csv(), "ebops.csv", ClassificationVersion::ebops2010);
    CHECK(check_codelist(list).empty());
    const EbopsMapping mapping = map_to_ebops2010(list);
    CHECK(mapping.exact());
    CHECK(mapping.version == ClassificationVersion::ebops2010);
    CHECK(mapping.matched.size() == Category::count());
}

TEST_CASE("mapping onto EBOPS 2010 names unknown codes, other parents, other labels and missing items") {
    const Codelist list = read_codelist_csv(
        "Code,Parent,Name\n"
        "S,,services\n"
        "SI,S,\"Telecommunications, computer, and information services\"\n"
        "SI2,SI,COMPUTER services\n"
        "SI3,S,Information services\n"
        "SI9,SI,Other information technology\n"
        "SJ,S,Business services\n",
        "mine.csv", ClassificationVersion::ebops2010);
    const EbopsMapping mapping = map_to_ebops2010(list);
    CHECK(mapping.matched.size() == 5);
    CHECK(mapping.count(EbopsDifferenceKind::unknown_code) == 1);
    CHECK(mapping.count(EbopsDifferenceKind::different_parent) == 1);
    CHECK(mapping.count(EbopsDifferenceKind::different_label) == 1);  // SJ; S and SI2 differ in case only
    CHECK(mapping.count(EbopsDifferenceKind::missing_item) == Category::count() - 5);

    const EbopsDifference& si3 = mapping.differences[0];
    CHECK(si3.kind == EbopsDifferenceKind::different_parent);
    CHECK(si3.code == "SI3");
    CHECK(si3.in_codelist == "S");
    CHECK(si3.in_ebops == "SI");
    CHECK(si3.message == "mine.csv:5: the parent of \"SI3\" is \"S\" here but \"SI\" in EBOPS 2010");

    const EbopsDifference& si9 = mapping.differences[1];
    CHECK(si9.kind == EbopsDifferenceKind::unknown_code);
    CHECK(si9.code == "SI9");
    CHECK(si9.line == 6);
    CHECK(si9.message == "mine.csv:6: \"SI9\" is not an EBOPS 2010 code");
    CHECK_FALSE(si9.by_label.has_value());

    const EbopsDifference& sj = mapping.differences[2];
    CHECK(sj.kind == EbopsDifferenceKind::different_label);
    CHECK(sj.in_codelist == "Business services");
    CHECK(sj.in_ebops == Category::from_code("SJ").name());

    const EbopsDifference& missing = mapping.differences[3];
    CHECK(missing.kind == EbopsDifferenceKind::missing_item);
    CHECK(missing.code == "SA");
    CHECK(missing.line == 0);
    CHECK(missing.message.find("mine.csv: EBOPS 2010 code \"SA\" (") == 0);
}

TEST_CASE("an office's own numeric codes are unknown to EBOPS 2010, with the category their label names") {
    const Codelist list = read_codelist_csv(
        "Label,Notation,Parent Notation\n"
        "Sea transport,3.1,3\n"
        "Computer services,9.2,9\n"
        "Sea Transport: Passenger Pay,3.1.1.N3,3.1.1\n",
        "office.csv", ClassificationVersion::unspecified);
    EbopsMappingOptions options;
    options.report_missing = false;
    const EbopsMapping mapping = map_to_ebops2010(list, options);
    CHECK(mapping.matched.empty());
    REQUIRE(mapping.differences.size() == 3);
    CHECK(mapping.differences[0].by_label == Category::from_code("SC1"));
    CHECK(mapping.differences[0].message ==
          "office.csv:2: \"3.1\" is not an EBOPS 2010 code (its label \"Sea transport\" names SC1)");
    CHECK(mapping.differences[1].by_label == Category::from_code("SI2"));
    CHECK_FALSE(mapping.differences[2].by_label.has_value());
}

TEST_CASE("an EBOPS 2002 codelist is compared with EBOPS 2010 all the same, labels left out when asked") {
    const Codelist list = read_codelist_csv("Code,Parent,Name\n200,,Total services\n205,200,Transportation\n",
                                            "ebops2002.csv", ClassificationVersion::ebops2002);
    EbopsMappingOptions options;
    options.compare_labels = false;
    options.report_missing = false;
    const EbopsMapping mapping = map_to_ebops2010(list, options);
    CHECK(mapping.version == ClassificationVersion::ebops2002);
    CHECK(mapping.count(EbopsDifferenceKind::unknown_code) == 2);
    CHECK_FALSE(mapping.exact());
    CHECK(to_string(EbopsDifferenceKind::different_parent) == "different parent");
}
