// SPDX-License-Identifier: BSL-1.0
// Rendering details: the scale an amount takes by size in each language, the one rounding (in
// the mode asked for), the release rows and file, and the release read back for the audit.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "bulletin_data.hpp"

using namespace svctrade;
using namespace bulletin_test;

namespace {

// A bulletin of total services exports only, at `half_year` 亿元 (last year 100亿元).
Bulletin exports_only(std::string_view half_year, Language language, const FigureStyle& style = {}) {
    Data d;
    d.half("S", Flow::exports, 2020, "100").half("S", Flow::exports, 2021, half_year);
    BulletinSpec spec = half_year_spec();
    spec.items.clear();
    spec.whole.flows = {Flow::exports};
    spec.whole.measures = Measures{};
    return render(compute_figures(spec, d.all()),
                  language == Language::english ? TemplateTable::english() : TemplateTable::chinese(), language, style);
}

std::string level(std::string_view half_year, Language language, const FigureStyle& style = {}) {
    return exports_only(half_year, language, style).rows.at(0).value;
}

}  // namespace

TEST_CASE("an amount takes its scale by size, and moves up when the rounding reaches the next") {
    CHECK(level("343.2", Language::english) == "34.32 billion yuan");
    CHECK(level("343.2", Language::chinese) == "343.2亿元");
    CHECK(level("12345.67", Language::chinese) == "1.23万亿元");
    CHECK(level("12345.67", Language::english) == "1.23 trillion yuan");
    // 9 999.96亿 rounds to 10 000.0亿 at 亿: written 1.00万亿 (rounded again from the exact value).
    CHECK(level("9999.96", Language::chinese) == "1.00万亿元");
    CHECK(level("9999.94", Language::chinese) == "9999.9亿元");
    // 9.996亿 is 999.6 million: 1,000 million at 0 places, so 1.00 billion.
    CHECK(level("9.996", Language::english) == "1.00 billion yuan");
    CHECK(level("4.1", Language::english) == "410 million yuan");
    CHECK(level("0.45", Language::chinese) == "4500.0万元");
}

TEST_CASE("every figure is rounded once, in the style's mode and places") {
    // 100.05亿 at one place in 亿: half up 100.1, half even 100.0 (0 is even); growth 0.05 % likewise.
    FigureStyle even;
    even.mode = RoundingMode::half_even;
    CHECK(level("100.05", Language::chinese) == "100.1亿元");
    CHECK(level("100.05", Language::chinese, even) == "100.0亿元");
    CHECK(exports_only("100.05", Language::chinese).rows.at(1).value == "0.1%");
    CHECK(exports_only("100.05", Language::chinese, even).rows.at(1).value == "0.0%");
    CHECK(exports_only("100.05", Language::chinese, even).paragraphs.at(0) ==
          "2021年1-6月，测试市服务出口100.0亿元，同比持平。");
    FigureStyle fine;
    fine.chinese_places = 2;
    fine.percent_places = 2;
    CHECK(exports_only("100.05", Language::chinese, fine).paragraphs.at(0) ==
          "2021年1-6月，测试市服务出口100.05亿元，同比增长0.05%。");
    FigureStyle bad;
    bad.english_places = 31;
    CHECK_THROWS_AS((void)exports_only("100", Language::english, bad), InvalidArgument);
    bad = FigureStyle{};
    bad.percent_places = -1;
    CHECK_THROWS_AS((void)exports_only("100", Language::english, bad), InvalidArgument);
}

TEST_CASE("the text joins paragraphs with blank lines and puts the footnotes last") {
    Bulletin b;
    b.paragraphs = {"One.", "Two."};
    CHECK(b.text() == "One.\n\nTwo.");
    b.footnotes = {"Note: a.", "Note: b."};
    CHECK(b.text() == "One.\n\nTwo.\n\nNote: a.\nNote: b.");
}

TEST_CASE("the release file holds every row under its release, quoting what needs quotes") {
    Bulletin b = exports_only("110", Language::english);
    b.published = boost::gregorian::date(2021, 8, 27);
    b.basis = "a bureau, monthly";
    const std::string file = release_file(std::vector<Bulletin>{b});
    CHECK(file ==
          "release,published,area,basis,period,flow,item,measure,value,qualifier,base_period,whole,note\n"
          "test-2021h1-en,2021-08-27,CN-Testcity,\"a bureau, monthly\",January-June 2021,exports,S,level,"
          "11.00 billion yuan,,,,whole/exports\n"
          "test-2021h1-en,2021-08-27,CN-Testcity,\"a bureau, monthly\",January-June 2021,exports,S,growth,"
          "10.0%,,,,whole/exports\n");
    CHECK(release_file(std::vector<Bulletin>{}) ==
          "release,published,area,basis,period,flow,item,measure,value,qualifier,base_period,whole,note\n");
}

TEST_CASE("a bulletin reads back as a release whose claims are its printed figures") {
    const Bulletin b = exports_only("110", Language::chinese);
    const Release r = to_release(b);
    CHECK(r.id() == "test-2021h1-zh");
    CHECK(r.area() == "CN-Testcity");
    REQUIRE(r.claims().size() == 2);
    CHECK(r.claims()[0].figure.text() == "110.0亿元");
    CHECK(r.claims()[0].measure == Measure::level);
    CHECK(r.claims()[0].flow == ClaimFlow::exports);
    CHECK(r.claims()[0].period == Period::year_to_date(2021, 6));
    CHECK(r.claims()[1].figure.value() == Ratio(Decimal::parse("0.1")));
    Bulletin broken = b;
    broken.rows[0].value = "5.9%";
    broken.rows[0].measure = "growth_on_base";  // a figure that reads, for a measure that needs a base period
    CHECK_THROWS_AS((void)to_release(broken), InvalidArgument);
    broken.rows[0].value = "nonsense";
    CHECK_THROWS_AS((void)to_release(broken), ParseError);
}
