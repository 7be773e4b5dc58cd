// SPDX-License-Identifier: BSL-1.0
// Published figures as text (Figure::parse for every kind, with and without a qualifier word,
// parse_claim_figure for every measure) and the audit's items (Item::parse).
#include <svctrade/audit/claim.hpp>
#include <svctrade/figures/figure.hpp>
#include <svctrade/numbers/rounding.hpp>

#include "fuzz.hpp"

using namespace svctrade;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    for (const FigureKind kind : {FigureKind::level, FigureKind::growth_rate, FigureKind::share,
                                  FigureKind::percentage_points, FigureKind::count, FigureKind::exchange_rate}) {
        fuzz::expect_error_or_value([&] {
            const Figure f = Figure::parse(text, kind);
            fuzz::require(f == f, "a figure is not equal to itself");
            (void)f.interval(RoundingMode::half_up);
        });
        fuzz::expect_error_or_value([&] { (void)Figure::parse(text, kind, Qualifier::about); });
    }
    for (const Measure m :
         {Measure::level, Measure::growth, Measure::growth_on_base, Measure::average_growth, Measure::cagr,
          Measure::growth_on_previous, Measure::share, Measure::share_change, Measure::change, Measure::count}) {
        fuzz::expect_error_or_value([&] { (void)parse_claim_figure(text, m); });
        fuzz::expect_error_or_value([&] { (void)parse_claim_figure(text, m, "about"); });
    }
    fuzz::expect_error_or_value([&] {
        const Item item = Item::parse(text);
        fuzz::require(!item.key().empty(), "an item without a key", text);
    });
    return 0;
}
