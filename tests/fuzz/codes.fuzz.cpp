// SPDX-License-Identifier: BSL-1.0
// Codes and names: ISO 4217 currencies, EBOPS 2010 codes and code lists, aggregate keys, the
// classification's names and aliases (normalize_name, find, resolve, suggestions), figure
// qualifiers and the audit's flow, measure and report-format codes. A code read is the code its
// value prints, and normalising a name twice changes nothing.
#include <svctrade/audit/claim.hpp>
#include <svctrade/audit/report.hpp>
#include <svctrade/categories/aggregate.hpp>
#include <svctrade/categories/category.hpp>
#include <svctrade/categories/category_set.hpp>
#include <svctrade/categories/classification.hpp>
#include <svctrade/figures/figure.hpp>
#include <svctrade/money/currency.hpp>

#include "fuzz.hpp"

using namespace svctrade;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Classification names;
    const std::string_view text = fuzz::text_of(data, size);
    fuzz::expect_error_or_value([&] {
        const Currency c = Currency::of(text);
        fuzz::require(Currency::of(c.code()) == c, "Currency::of(code()) != c", text);
    });
    if (const auto c = Currency::find(text)) fuzz::require(c->code() == text, "Currency::find answers another code");
    fuzz::expect_error_or_value([&] {
        const Category c = Category::from_code(text);
        fuzz::require(Category::from_code(c.code()) == c, "Category::from_code(code()) != c", text);
    });
    (void)Category::find(text);
    fuzz::expect_error_or_value([&] { (void)Category::closest(text); });
    fuzz::expect_error_or_value([&] {
        const CategorySet s = CategorySet::parse(text);
        const std::string printed = s.to_string();
        fuzz::require(CategorySet::parse(printed) == s, "CategorySet::parse(to_string()) != s", printed);
    });
    fuzz::expect_error_or_value([&] { (void)names.aggregate(text).key(); });
    fuzz::expect_error_or_value([&] {
        const std::string once = normalize_name(text);
        fuzz::require(normalize_name(once) == once, "normalize_name is not idempotent", once);
    });
    fuzz::expect_error_or_value([&] { (void)names.find(text); });
    fuzz::expect_error_or_value([&] { (void)names.resolve(text); });
    fuzz::expect_error_or_value([&] { (void)names.suggestions(text); });
    fuzz::expect_error_or_value([&] {
        const Qualifier q = parse_qualifier(text);
        fuzz::require(parse_qualifier(to_string(q)) == q, "parse_qualifier(to_string(q)) != q");
    });
    fuzz::expect_error_or_value([&] {
        const ClaimFlow f = parse_claim_flow(text);
        fuzz::require(parse_claim_flow(to_string(f)) == f, "parse_claim_flow(to_string(f)) != f");
    });
    fuzz::expect_error_or_value([&] {
        const Measure m = parse_measure(text);
        fuzz::require(parse_measure(to_string(m)) == m, "parse_measure(to_string(m)) != m");
    });
    fuzz::expect_error_or_value([&] { (void)parse_report_format(text); });
    return 0;
}
