// SPDX-License-Identifier: BSL-1.0
// Items, flows, measures and the rules a release keeps for its claims.
#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace svctrade;
using namespace audit_test;

TEST_CASE("items are the same when they cover the same services") {
    CHECK(Item::parse("travel") == Item::parse("SD"));
    CHECK(Item::parse("旅行") == Item::parse("SD"));
    CHECK(Item::parse("知识密集型服务") == Item::parse("knowledge-intensive services"));
    CHECK(Item::parse("S-SD") == Item::parse("services - travel"));
    CHECK_FALSE(Item::parse("S-SD") == Item::parse("S"));
    CHECK(Item::parse("S").key() == "set S");
    CHECK(Item::parse("S-SD").services()->to_string() == "SA SB SC SE SF SG SH SI SJ SK SL SN");
    CHECK(Item::parse("S-SD").text() == "S-SD");
    CHECK(Item::of(Category::total()) == Item::parse("services"));
}

TEST_CASE("measured items and labels are compared only with themselves") {
    const Item sdz = Item::parse("SDZ");
    CHECK_FALSE(sdz.services().has_value());
    CHECK(sdz.category()->code() == "SDZ");
    CHECK(sdz.key() == "code SDZ");
    const Item label = Item::parse("Digital service exports");
    CHECK(label.is_label());
    CHECK(label == Item::parse("digital  SERVICE exports"));
    CHECK_FALSE(label == Item::parse("digital services"));
    // A name the alias table gives as part of a category is not that category.
    CHECK(Item::parse("aviation maintenance").is_label());
    // A difference with an unknown part is a label.
    CHECK(Item::parse("S-nothing known").is_label());
}

TEST_CASE("bad items are refused") {
    CHECK_THROWS_AS((void)Item::parse(""), InvalidArgument);
    CHECK_THROWS_AS((void)Item::parse("S-S"), InvalidArgument);    // leaves nothing
    CHECK_THROWS_AS((void)Item::parse("S-SDZ"), InvalidArgument);  // SDZ is not a set of components
}

TEST_CASE("flows and measures have codes") {
    CHECK(parse_claim_flow("deficit") == ClaimFlow::deficit);
    CHECK(to_string(ClaimFlow::balance) == "balance");
    CHECK_THROWS_AS((void)parse_claim_flow("surplus"), ParseError);
    CHECK(parse_measure("growth_on_previous") == Measure::growth_on_previous);
    CHECK(to_string(Measure::cagr) == "cagr");
    CHECK_THROWS_AS((void)parse_measure("yoy"), ParseError);
    CHECK(figure_kind(Measure::level) == FigureKind::level);
    CHECK(figure_kind(Measure::share_change) == FigureKind::percentage_points);
    CHECK(figure_kind(Measure::count) == FigureKind::count);
    CHECK(figure_kind(Measure::share) == FigureKind::share);
    CHECK(figure_kind(Measure::cagr) == FigureKind::growth_rate);
    CHECK(needs_base_period(Measure::average_growth));
    CHECK_FALSE(needs_base_period(Measure::growth));
}

TEST_CASE("a figure of the wrong kind for its measure is refused when read") {
    CHECK_THROWS_AS((void)parse_claim_figure("5.9%", Measure::level), ParseError);
    CHECK_THROWS_AS((void)parse_claim_figure("34.32 billion yuan", Measure::growth), ParseError);
    CHECK_THROWS_AS((void)parse_claim_figure("5.9%", Measure::share_change), ParseError);
    CHECK_THROWS_AS((void)parse_claim_figure("5.9%", Measure::growth, "sort of"), ParseError);
    CHECK(parse_claim_figure("5.9%", Measure::share).kind() == FigureKind::share);
    CHECK(parse_claim_figure("5.9%", Measure::growth, "exact").is_exact());
    CHECK(parse_claim_figure("5.9%", Measure::growth, "nearly").qualifier() == Qualifier::nearly);
}

TEST_CASE("a release refuses claims whose fields do not fit together") {
    using namespace svctrade::literals;
    Release r("r", "CN");
    const auto with = [](const char* measure, Figure f) {
        return Claim(period("2021"), ClaimFlow::total, Item::parse("S"), parse_measure(measure), std::move(f));
    };
    CHECK_THROWS_AS(r.add(with("level", Figure::growth_rate(Published(5.9_dec)))), InvalidArgument);
    CHECK_THROWS_AS(r.add(with("growth", Figure::share(Published(5.9_dec)))), InvalidArgument);
    CHECK_THROWS_AS(r.add(with("share_change", Figure::share(Published(5.9_dec)))), InvalidArgument);
    CHECK_THROWS_AS(r.add(claim({"2021", "total", "S", "growth_on_base", "5.9%"})), InvalidArgument);
    CHECK_THROWS_AS(r.add(claim({"2021", "total", "S", "growth", "5.9%", "2019"})), InvalidArgument);
    CHECK_THROWS_AS(r.add(claim({"2021", "total", "S", "growth_on_base", "5.9%", "2021"})), InvalidArgument);
    CHECK_THROWS_AS(r.add(claim({"2021", "total", "S", "level", "5亿元", "", "S"})), InvalidArgument);
    CHECK_THROWS_AS(r.add(claim({"2021", "total", "S", "level", "5亿元", "", "", "completed"})), InvalidArgument);
    CHECK(r.claims().empty());
    r.add(claim({"2021", "total", "S", "growth_on_base", "5.9%", "2019"}));
    CHECK(r.claims().size() == 1);
    try {
        r.add(with("level", Figure::growth_rate(Published(5.9_dec))));
    } catch (const InvalidArgument& e) {
        CHECK(std::string(e.what()).find("is printed as a growth rate, but a level is an amount of money") !=
              std::string::npos);
    }
}

TEST_CASE("a release needs an id and an area, and a date that is a date") {
    CHECK_THROWS_AS(Release("", "CN"), InvalidArgument);
    CHECK_THROWS_AS(Release("r", ""), InvalidArgument);
    CHECK_THROWS_AS(Release("r", "CN", "", boost::gregorian::date(boost::gregorian::not_a_date_time)), InvalidArgument);
    const Release r("r", "CN", "MOFCOM", boost::gregorian::date(2021, 7, 1));
    CHECK(r.basis() == "MOFCOM");
    CHECK(r.published()->year() == 2021);
}

TEST_CASE("a share's whole is total services of the same flow unless given") {
    const Claim c = claim({"2021", "exports", "SI", "share", "5.9%"});
    CHECK(c.whole_item() == Item::parse("S"));
    CHECK(c.whole_claim_flow() == ClaimFlow::exports);
}

TEST_CASE("check kinds and verdicts have names, and comparing intervals gives the verdict") {
    CHECK(to_string(CheckKind::cumulative_periods) == "cumulative_periods");
    CHECK(to_string(Verdict::boundary) == "boundary");
    CHECK(is_across_releases(CheckKind::restatement));
    CHECK_FALSE(is_across_releases(CheckKind::duplicate));
    using svctrade::compare;
    CHECK(compare(Interval::closed_open(Decimal(1), Decimal(2)), Interval::closed_open(Decimal(2), Decimal(3))) ==
          Verdict::boundary);
    CHECK(compare(Interval::closed(Decimal(1), Decimal(2)), Interval::closed_open(Decimal(2), Decimal(3))) ==
          Verdict::consistent);
    CHECK(compare(Interval::closed(Decimal(1), Decimal(2)), Interval::closed(Decimal(3), Decimal(4))) ==
          Verdict::inconsistent);
}

TEST_CASE("root enclosures: exact ends, many digits and refused arguments") {
    // 1.21^(1/2) − 1 = 0.1 exactly.
    CHECK(root_enclosure(Interval::point(Ratio(Decimal::parse("1.21"))), 2, 5) == "[0.10000, 0.10000]");
    CHECK(root_enclosure(Interval::open(Decimal(2), Decimal(3)), 1, 3) == "(1.00, 2.00)");
    // sqrt(2) − 1 = 0.41421356237309504880168872420969807856967187537694…
    CHECK(root_enclosure(Interval::closed(Decimal(2), Decimal(2)), 2, 40) ==
          "[0.4142135623730950488016887242096980785696, 0.4142135623730950488016887242096980785697]");
    CHECK_THROWS_AS((void)root_enclosure(Interval::closed(Decimal(-1), Decimal(2)), 2), InvalidArgument);
    CHECK_THROWS_AS((void)root_enclosure(Interval::closed(Decimal(1), Decimal(2)), 0), InvalidArgument);
    CHECK_THROWS_AS((void)root_enclosure(Interval::closed(Decimal(1), Decimal(2)), 2, 61), InvalidArgument);
}
