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

// The figures of total services exports only, at `half_year` 亿元 (last year 100亿元, the year
// before 90亿元), with `measures`.
BulletinFigures exports_figures(std::string_view half_year, const Measures& measures = {}) {
    Data d;
    d.half("S", Flow::exports, 2019, "90")
        .half("S", Flow::exports, 2020, "100")
        .half("S", Flow::exports, 2021, half_year);
    BulletinSpec spec = half_year_spec();
    spec.items.clear();
    spec.whole.flows = {Flow::exports};
    spec.whole.measures = measures;
    return compute_figures(spec, d.all());
}

// A bulletin of total services exports only, at `half_year` 亿元 (last year 100亿元).
Bulletin exports_only(std::string_view half_year, Language language, const FigureStyle& style = {}) {
    return render(exports_figures(half_year),
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

TEST_CASE("a style with places outside 0 to 30 is refused before anything is written, naming the field") {
    Measures level_only;
    level_only.growth = false;
    const BulletinFigures levels = exports_figures("100", level_only);
    const BulletinFigures all = exports_figures("100");
    const TemplateTable& english = TemplateTable::english();
    // No percentage is printed: the percent places are refused all the same.
    FigureStyle negative;
    negative.percent_places = -1;
    CHECK_THROWS_WITH_AS((void)render(levels, english, Language::english, negative),
                         "FigureStyle::percent_places is -1: figures are written with 0 to 30 places", InvalidArgument);
    CHECK_THROWS_WITH_AS((void)render(all, TemplateTable::chinese(), Language::chinese, negative),
                         doctest::Contains("percent_places is -1"), InvalidArgument);
    FigureStyle wide;
    wide.percent_places = 31;
    CHECK_THROWS_WITH_AS((void)render(all, english, Language::english, wide), doctest::Contains("percent_places is 31"),
                         InvalidArgument);
    // No amount in 万亿 is printed: its places are refused all the same.
    FigureStyle wan_yi;
    wan_yi.chinese_wan_yi_places = 31;
    CHECK_THROWS_WITH_AS((void)render(levels, TemplateTable::chinese(), Language::chinese, wan_yi),
                         doctest::Contains("chinese_wan_yi_places is 31"), InvalidArgument);
    FigureStyle millions;
    millions.english_million_places = -2;
    CHECK_THROWS_WITH_AS((void)render(levels, english, Language::english, millions),
                         doctest::Contains("english_million_places is -2"), InvalidArgument);
    // The twins: the edges 0 and 30 are places like any other.
    FigureStyle edges;
    edges.percent_places = 0;
    edges.english_million_places = 30;
    edges.chinese_wan_yi_places = 0;
    CHECK(render(exports_figures("0.45", level_only), english, Language::english, edges).rows.at(0).value ==
          "45.000000000000000000000000000000 million yuan");
    CHECK(render(all, english, Language::english, edges).rows.at(1).value == "0%");
    edges.percent_places = 30;
    CHECK(render(all, english, Language::english, edges).rows.at(1).value == "0.000000000000000000000000000000%");
}

TEST_CASE("a two-year average growth is written with up to 16 places") {
    Measures average;
    average.two_year_average = true;
    const BulletinFigures f = exports_figures("121", average);
    FigureStyle sixteen;
    sixteen.percent_places = 16;
    CHECK_NOTHROW((void)render(f, TemplateTable::english(), Language::english, sixteen));
    FigureStyle seventeen;
    seventeen.percent_places = 17;
    CHECK_THROWS_WITH_AS((void)render(f, TemplateTable::english(), Language::english, seventeen),
                         doctest::Contains("not 17"), InvalidArgument);
    // Without an average growth, 17 places are fine.
    CHECK_NOTHROW((void)render(exports_figures("121"), TemplateTable::english(), Language::english, seventeen));
}

TEST_CASE("an amount beyond the Decimal range at the style's places is an overflow, not a wrong figure") {
    Measures level_only;
    level_only.growth = false;
    // 10^21 yuan is 10^9 trillion: rounding it to 30 places needs 10^39 units, beyond 2^127.
    const BulletinFigures huge = exports_figures("10000000000000", level_only);
    FigureStyle thirty;
    thirty.english_places = 30;
    CHECK_THROWS_WITH_AS((void)render(huge, TemplateTable::english(), Language::english, thirty),
                         doctest::Contains("cannot round 1000000000000000000000 exactly"), Overflow);
    // The twins: the same amounts at fewer places, and 10 billion yuan at 30 places (its text in
    // billions moves the point, so it fits wherever the rounding fits).
    CHECK(render(huge, TemplateTable::english(), Language::english).rows.at(0).value ==
          "1,000,000,000.00 trillion yuan");
    const BulletinFigures ten_billion = exports_figures("100", level_only);
    CHECK(render(ten_billion, TemplateTable::english(), Language::english, thirty).rows.at(0).value ==
          "10." + std::string(30, '0') + " billion yuan");
    FigureStyle twenty_eight;
    twenty_eight.english_places = 28;
    CHECK(render(ten_billion, TemplateTable::english(), Language::english, twenty_eight).rows.at(0).value ==
          "10.0000000000000000000000000000 billion yuan");
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
