// SPDX-License-Identifier: BSL-1.0
// Acceptance: the ONS BPM6 service-type codelist of ../shared/realdata, with its real defects (a
// code a spreadsheet cut from 3.10 to 3.1, children of headings 3.6-3.8 that are not in the file),
// read, checked and mapped onto EBOPS 2010. See tests/realdata_main.cpp for when it is skipped.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <svctrade/categories/category.hpp>
#include <svctrade/io/codelist.hpp>
#include <svctrade/io/codelist_check.hpp>

using namespace svctrade;

namespace {

const std::string ons_file = SVCTRADE_REALDATA_DIR "/ons_bpm6-services_codelist.csv";

Codelist read_ons() {
    std::ifstream in(ons_file, std::ios::binary);
    REQUIRE(in);
    return read_codelist_csv(in, ons_file, ClassificationVersion::unspecified);
}

}  // namespace

TEST_CASE("the ONS codelist is read whole: every row an item, the total at the top") {
    const Codelist list = read_ons();
    CHECK(list.size() == 242);
    REQUIRE(list.find("0") != nullptr);
    CHECK(list.find("0")->parent.empty());
    CHECK(list.find("0")->line == 2);
    CHECK(list.find("9")->label("en") == "Telecommunications, computer, and information services");
}

TEST_CASE("the ONS codelist's duplicated code and its missing parents are all reported with their lines") {
    const Codelist list = read_ons();
    const std::vector<CodelistDefect> defects = check_codelist(list);
    std::vector<const CodelistDefect*> duplicates;
    std::set<std::string> missing_parents;
    std::size_t children_of_missing = 0;
    for (const CodelistDefect& d : defects) {
        CHECK(d.message.rfind(ons_file + ":" + std::to_string(d.line) + ": ", 0) == 0);
        if (d.kind == CodelistDefectKind::duplicate_code) {
            duplicates.push_back(&d);
        } else if (d.kind == CodelistDefectKind::missing_parent) {
            missing_parents.insert(d.other);
            ++children_of_missing;
        }
        CHECK(d.kind != CodelistDefectKind::cycle);
        CHECK(d.kind != CodelistDefectKind::empty_code);
    }
    REQUIRE(duplicates.size() == 1);
    CHECK(duplicates[0]->code == "3.1");
    CHECK(duplicates[0]->first_line == 8);
    CHECK(duplicates[0]->line == 58);
    CHECK(missing_parents == std::set<std::string>{"3.6", "3.7", "3.8"});
    CHECK(children_of_missing == 9);  // passenger, freight and other under each of the three
    CHECK(defects.size() == 1 + children_of_missing);
    CHECK_THROWS_AS(require_sound(list), CodelistError);
}

TEST_CASE("the ONS notation maps onto no EBOPS 2010 code; labels point at the categories where they are names") {
    const Codelist list = read_ons();
    const EbopsMapping mapping = map_to_ebops2010(list);
    CHECK(mapping.matched.empty());
    CHECK(mapping.count(EbopsDifferenceKind::unknown_code) == list.size());
    CHECK(mapping.count(EbopsDifferenceKind::missing_item) == Category::count());
    std::size_t hinted = 0;
    for (const EbopsDifference& d : mapping.differences) {
        if (d.kind == EbopsDifferenceKind::unknown_code && d.by_label) {
            ++hinted;
            if (d.line == 8) {
                CHECK(d.code == "3.1");
                CHECK(d.by_label == Category::from_code("SC1"));  // "Sea transport"
            }
        }
    }
    CHECK(hinted > 0);
    MESSAGE(hinted << " of " << list.size() << " ONS labels name an EBOPS 2010 category");
}
