// SPDX-License-Identifier: BSL-1.0
// The format spec grammar shared by the {fmt} and std::format formatters (docs/formatting.md),
// checked without either library: parse_format_spec() at compile time and at run time,
// format_value() for every type and word, and the formatter template with stand-in contexts
// shaped like theirs (a parse context of the spec's characters, a format context with out()).
#include <svctrade/format/formatter.hpp>
#include <svctrade/format/spec.hpp>
#include <svctrade/money/magnitude.hpp>
#include <svctrade/periods/text.hpp>

#include <doctest/doctest.h>

#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>

using namespace svctrade;
using namespace svctrade::literals;

namespace {

constexpr bool accepted(std::string_view spec, FormatTarget target) {
    return parse_format_spec(spec, target).error.reason == nullptr;
}

std::string refusal(std::string_view spec, FormatTarget target) {
    const ParsedFormatSpec p = parse_format_spec(spec, target);
    return p.error.reason == nullptr ? std::string("accepted") : std::string(p.error.reason);
}

template <class T>
std::string fmt_like(const T& value, std::string_view spec) {
    const ParsedFormatSpec p = parse_format_spec(spec, FormatTraits<T>::target);
    REQUIRE_MESSAGE(p.error.reason == nullptr, std::string(spec));
    return format_value(value, p.spec);
}

// Stand-ins for the contexts of {fmt} and std::format.
struct ParseContext {
    std::string_view text;
    [[nodiscard]] constexpr const char* begin() const noexcept { return text.data(); }
    [[nodiscard]] constexpr const char* end() const noexcept { return text.data() + text.size(); }
};
struct FormatContext {
    std::string* text;
    [[nodiscard]] std::back_insert_iterator<std::string> out() const { return std::back_inserter(*text); }
};
struct SpecRefused : std::runtime_error {
    using std::runtime_error::runtime_error;
};
struct TestErrors {
    [[noreturn]] static void format_spec_is_invalid(std::string_view spec, std::string_view type,
                                                    const FormatSpecError& error) {
        throw SpecRefused(format_spec_message(spec, type, error));
    }
};

template <class T>
std::string through_formatter(const T& value, std::string_view field) {
    detail::SpecFormatter<T, TestErrors> f;
    ParseContext parse{field};
    const char* const stop = f.parse(parse);
    CHECK((stop == parse.end() || *stop == '}'));
    std::string out;
    FormatContext ctx{&out};
    f.format(value, ctx);
    return out;
}

constexpr FormatSpec parsed(std::string_view spec, FormatTarget target) {
    return parse_format_spec(spec, target).spec;
}

// The grammar at compile time: what fmt and std::format do with a literal format string.
static_assert(accepted("", FormatTarget::growth));
static_assert(accepted(".2f", FormatTarget::growth));
static_assert(accepted("zh", FormatTarget::period));
static_assert(accepted("*^12,.2f half_even", FormatTarget::decimal));
static_assert(!accepted("zz", FormatTarget::growth));
static_assert(!accepted(".2f", FormatTarget::period));
static_assert(parsed(".2f", FormatTarget::growth).places == 2);
static_assert(parsed(">10", FormatTarget::flow).width == 10);
static_assert(parsed("zh", FormatTarget::flow).language == Language::chinese);
static_assert(parsed(".1 floor", FormatTarget::level).rounding == RoundingMode::floor);

const GrowthRate growth = GrowthRate::from_factor(Ratio(34.32_dec, 32.41_dec));  // +5.8932…%

}  // namespace

TEST_CASE("a spec reads fill, align, width, grouping, places and words in that order") {
    const FormatSpec s = parsed("*^12,.2f half_even", FormatTarget::decimal);
    CHECK(std::string_view(s.fill, s.fill_size) == "*");
    CHECK(s.align == FormatAlign::center);
    CHECK(s.width == 12);
    CHECK(s.grouping);
    CHECK(s.places == 2);
    CHECK(s.has_rounding);
    CHECK(s.rounding == RoundingMode::half_even);
    const FormatSpec cjk = parsed("·<8", FormatTarget::period);
    CHECK(std::string_view(cjk.fill, cjk.fill_size) == "·");
    CHECK(cjk.align == FormatAlign::left);
    const FormatSpec none = parsed("", FormatTarget::money);
    CHECK(none.places == -1);
    CHECK(!none.has_rounding);
    CHECK(none.rounding == RoundingMode::half_up);
}

TEST_CASE("a spec refuses what its type does not take, naming the reason") {
    CHECK(refusal(".1fzh", FormatTarget::growth) == "unknown word");
    CHECK(refusal("zz", FormatTarget::growth) == "unknown word");
    CHECK(refusal(".2f", FormatTarget::period) == "places apply to numbers only");
    CHECK(refusal("f", FormatTarget::flow) == "'f' applies to numbers only");
    CHECK(refusal("f f", FormatTarget::decimal) == "'f' is given twice");
    CHECK(refusal(",", FormatTarget::growth) == "',' (grouping) applies to a Decimal or a Money only");
    CHECK(refusal("half_up", FormatTarget::period) == "a rounding mode applies to numbers only");
    CHECK(refusal(".1 floor ceiling", FormatTarget::level) == "a second rounding mode");
    CHECK(refusal("zh", FormatTarget::decimal) == "this type has no language");
    CHECK(refusal("en zh", FormatTarget::growth) == "a second language");
    CHECK(refusal("zh sdmx", FormatTarget::period) == "a second text form");
    CHECK(refusal("sdmx zh", FormatTarget::period) == "a second text form");
    CHECK(refusal("code name", FormatTarget::currency) == "a second text form");
    CHECK(refusal("words words", FormatTarget::growth) == "'words' is given twice");
    CHECK(refusal("words", FormatTarget::level) == "this type does not take this word");
    CHECK(refusal("numeric", FormatTarget::category) == "this type does not take this word");
    CHECK(refusal("symbol word", FormatTarget::money) == "a second currency label");
    CHECK(refusal("billion million", FormatTarget::money) == "a second scale");
    CHECK(refusal("half_up", FormatTarget::decimal) == "a rounding mode needs places ('.N')");
    CHECK(refusal("half_up", FormatTarget::money) == "a rounding mode needs places ('.N') in the plain form");
    CHECK(refusal(", billion", FormatTarget::money) ==
          "',' applies to the plain form (the written form groups its digits itself)");
    CHECK(refusal("zh billion", FormatTarget::money) == "an English scale word in a Chinese amount");
    CHECK(refusal("en yi", FormatTarget::money) == "a Chinese scale word in an English amount");
    CHECK(refusal("yi symbol", FormatTarget::money) ==
          "a currency label applies to English amounts (Chinese names the currency after the unit)");
    CHECK(refusal(".31", FormatTarget::decimal) == "places above 30 (Decimal::max_scale)");
    CHECK(refusal(".", FormatTarget::decimal) == "'.' needs a number of places");
    CHECK(refusal("5000", FormatTarget::flow) == "the width is above 4096");
    CHECK(refusal("08", FormatTarget::decimal) == "a width cannot start with 0: zero padding is not supported");
    CHECK(refusal("{}", FormatTarget::decimal) ==
          "a nested replacement field (dynamic width or places) is not supported");
    CHECK(refusal(".1f", FormatTarget::text) == "places apply to numbers only");
    CHECK(refusal("en", FormatTarget::text) == "this type has no language");
}

TEST_CASE("the message of a refused spec names the spec, the type, the reason and the word") {
    const ParsedFormatSpec p = parse_format_spec(".2f zz", FormatTarget::growth);
    CHECK(format_spec_message(".2f zz", "GrowthRate", p.error) ==
          "svctrade: invalid format spec \"{:.2f zz}\" for GrowthRate: unknown word (\"zz\")");
    const ParsedFormatSpec q = parse_format_spec("zz", FormatTarget::growth);
    CHECK(format_spec_message("zz", "GrowthRate", q.error) ==
          "svctrade: invalid format spec \"{:zz}\" for GrowthRate: unknown word");
}

TEST_CASE("a Decimal formats exact by default, rounded once with places, half up unless named") {
    CHECK(fmt_like(34.30_dec, "") == "34.30");
    CHECK(fmt_like(1234567.5_dec, ",") == "1,234,567.5");
    CHECK(fmt_like(2.345_dec, ".2f") == "2.35");
    CHECK(fmt_like(2.345_dec, ".2 half_even") == "2.34");
    CHECK(fmt_like(-2.5_dec, ".0") == "-3");
    CHECK(fmt_like(-2.5_dec, ".0 half_ceiling") == "-2");
    CHECK(fmt_like(34.3_dec, ".3f") == "34.300");
    CHECK(fmt_like(34.3_dec, ">8") == "    34.3");
    CHECK(fmt_like(34.3_dec, "8") == "    34.3");
    CHECK(fmt_like(34.3_dec, "*<8") == "34.3****");
    CHECK(fmt_like(34.3_dec, "^9") == "  34.3   ");
    const Decimal huge = Decimal::parse("170141183460469231731687303715884105727");
    CHECK_THROWS_AS((void)format_value(huge, parsed(".1", FormatTarget::decimal)), Overflow);
}

TEST_CASE("a Money formats plain, or written in English or Chinese when a word asks") {
    const Money total = parse_amount("34.32 billion yuan");
    CHECK(fmt_like(total, "") == total.to_string());
    CHECK(fmt_like(total, ",") == "CNY 34,320,000,000.00");
    CHECK(fmt_like(total, ".0") == "CNY 34320000000");
    CHECK(fmt_like(total, "word") == "34.32 billion yuan");
    CHECK(fmt_like(total, "en") == format_english(total, 2, RoundingMode::half_up));
    CHECK(fmt_like(total, ".1 million symbol") ==
          format_english(total, 1, RoundingMode::half_up, CurrencyLabel::symbol, EnglishScale::million));
    CHECK(fmt_like(total, "zh") == "343.2亿元");
    CHECK(fmt_like(total, ".2 wan_yi") == format_chinese(total, 2, RoundingMode::half_up, ChineseScale::wan_yi));
    CHECK(fmt_like(total, ".0 zh units") == "34320000000元");
    CHECK(refusal("zh .0", FormatTarget::money) == "unknown word");  // places come before the words
}

TEST_CASE("percentages format at one place half up by default, signed as their to_string") {
    CHECK(fmt_like(growth, "") == "+5.9%");
    CHECK(fmt_like(growth, ".2f") == "+5.89%");
    CHECK(fmt_like(growth, ".2f zh") == "+5.89%");
    CHECK(fmt_like(GrowthRate::from_percent(5.85_dec), "") == "+5.9%");
    CHECK(fmt_like(GrowthRate::from_percent(5.85_dec), "half_even") == "+5.8%");
    CHECK(fmt_like(GrowthRate::from_percent(5.85_dec), "toward_zero") == "+5.8%");
    CHECK(fmt_like(growth, "words") == "up 5.9 percent year on year");
    CHECK(fmt_like(growth, "words zh") == "同比增长5.9%");
    CHECK(fmt_like(growth, ">8") == "   +5.9%");
    CHECK(fmt_like(Share::from_percent(38.5_dec), "") == "38.5%");
    CHECK(fmt_like(Share::from_percent(38.5_dec), ".2f") == "38.50%");
    CHECK(fmt_like(Percent::from_percent(105.85_dec), ".1 floor") == "105.8%");
    const PercentagePoints up = PercentagePoints::from_points(1.7_dec);
    CHECK(fmt_like(up, "") == "+1.7 pp");
    CHECK(fmt_like(up, "zh") == "+1.7个百分点");
    CHECK(fmt_like(up, "words") == "up 1.7 percentage points");
    CHECK(fmt_like(-up, "words zh") == "下降1.7个百分点");
}

TEST_CASE("a Period formats in English, Chinese, SDMX or ISO") {
    const Period h1 = Period::year_to_date(2021, 6);
    CHECK(fmt_like(h1, "") == "January-June 2021");
    CHECK(fmt_like(h1, "en") == "January-June 2021");
    CHECK(fmt_like(h1, "zh") == "2021年1-6月");
    CHECK(fmt_like(h1, "iso") == "2021-01-01/2021-06-30");
    CHECK(fmt_like(Period::half(2021, 1), "sdmx") == "2021-S1");
    CHECK_THROWS_AS((void)format_value(h1, parsed("sdmx", FormatTarget::period)), InvalidArgument);
    // Widths count display columns: a CJK character takes two.
    CHECK(fmt_like(h1, "<14 zh") == "2021年1-6月   ");
    CHECK(fmt_like(Period::half(2021, 1), ">9") == "  H1 2021");
}

TEST_CASE("codes, names and statuses format as their named text functions") {
    const Currency cny = Currency::of("CNY");
    CHECK(fmt_like(cny, "") == "CNY");
    CHECK(fmt_like(cny, "name") == "Yuan Renminbi");
    CHECK(fmt_like(cny, "numeric") == "156");
    CHECK(fmt_like(Currency::of("AUD"), "numeric") == "036");
    const Category si2 = Category::from_code("SI2");
    CHECK(fmt_like(si2, "") == "SI2");
    CHECK(fmt_like(si2, "code") == "SI2");
    CHECK(fmt_like(si2, "name") == std::string(si2.name()));
    CHECK(fmt_like(Flow::exports, "") == "exports");
    CHECK(fmt_like(Flow::total, "zh") == "进出口");
    CHECK(fmt_like(Flow::imports, ">8") == " imports");
    CHECK(fmt_like(TaskStatus::partially_implemented, "") == "partially implemented");
    CHECK(fmt_like(TaskStatus::partially_implemented, "zh") == "部分落地");
    CHECK(fmt_like(TaskStatus::partially_implemented, "code") == "partially_implemented");
    CHECK(fmt_like(ObservationStatus{}.with(StatusFlag::estimated), "") == "estimated");
    CHECK(fmt_like(StatusFlag::provisional, "") == "provisional");
    CHECK(fmt_like(Missing::cannot_exist, "") == "cannot exist");
    CHECK(fmt_like(Confidentiality::free, "") == "free");
    CHECK(fmt_like(PeriodKind::year_to_date, "^14") == " year-to-date ");
    CHECK(fmt_like(FactStatus::confirmed, "") == "confirmed");
    CHECK(fmt_like(CategoryRole::component, "") == "component");
    CHECK(fmt_like(RoundingMode::half_even, "") == "half_even");
}

TEST_CASE("display width counts East Asian wide characters twice") {
    CHECK(display_width("") == 0);
    CHECK(display_width("H1 2021") == 7);
    CHECK(display_width("2021年上半年") == 12);
    CHECK(display_width("（累计）") == 8);
    CHECK(display_width("€") == 1);
}

TEST_CASE("the formatter template parses up to the closing brace and writes format_value") {
    CHECK(through_formatter(growth, ".2f}") == "+5.89%");
    CHECK(through_formatter(growth, "}") == "+5.9%");
    CHECK(through_formatter(Period::half(2021, 1), "zh} and more") == "2021年上半年");
    CHECK(through_formatter(Flow::balance, "") == "balance");  // a context that ends at the spec
    CHECK_THROWS_WITH_AS(through_formatter(growth, "zz}"),
                         "svctrade: invalid format spec \"{:zz}\" for GrowthRate: unknown word", SpecRefused);
    CHECK_THROWS_WITH_AS(through_formatter(growth, std::string(70, ' ') + "}"),
                         doctest::Contains("the spec is longer than 64 bytes"), SpecRefused);
    constexpr auto parses = [] {
        detail::SpecFormatter<GrowthRate, TestErrors> f;
        ParseContext ctx{".3 floor}"};
        f.parse(ctx);
        return f.spec().places == 3 && f.spec().rounding == RoundingMode::floor;
    };
    static_assert(parses());
}
