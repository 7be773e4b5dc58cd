// SPDX-License-Identifier: BSL-1.0
/// \file
/// The figures of a bulletin computed from data, exactly: levels, last year's and two years
/// earlier's levels, year-on-year growth, shares, share changes, the two-year average growth and
/// the dollar equivalent, each kept exact (or with the Reason it has no value) until a rendering
/// rounds it, once.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include <svctrade/bulletins/spec.hpp>
#include <svctrade/export.hpp>
#include <svctrade/growth/average_growth.hpp>
#include <svctrade/money/exchange.hpp>
#include <svctrade/money/money.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/numbers/ratio.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/series/time_series.hpp>

namespace svctrade {

/// The exact figures of one flow of one item. A figure that cannot be computed (a month not
/// reported, a zero or negative base) holds its Reason; a figure the spec does not ask for holds
/// Reason::missing too, and the renderer leaves it out either way.
struct FlowFigures {
    /// The flow.
    Flow flow{};
    /// The level in the reported period (exports + imports for the total, exports − imports for
    /// the balance).
    Outcome<Money> level = NoAnswer(Reason::missing);
    /// The level in the same period last year.
    Outcome<Money> last_year = NoAnswer(Reason::missing);
    /// The level in the same period two years earlier (the base of the two-year average).
    Outcome<Money> two_years_earlier = NoAnswer(Reason::missing);
    /// Year-on-year growth; never computed for a balance (the growth of a deficit is not defined).
    Outcome<GrowthRate> growth = NoAnswer(Reason::missing);
    /// The average annual growth over two years: (level ÷ two_years_earlier)^(1/2) − 1.
    Outcome<AverageGrowth> two_year_average = NoAnswer(Reason::missing);
    /// The share of the whole in the same flow (parts only).
    Outcome<Share> share = NoAnswer(Reason::missing);
    /// This share minus the share in the same period last year.
    Outcome<PercentagePoints> share_change = NoAnswer(Reason::missing);
    /// The level in BulletinSpec::dollar at the period's average rate, exact (a quotient).
    Outcome<Ratio> dollars = NoAnswer(Reason::missing);
};

/// The exact figures of one item, one FlowFigures per flow the item reports, in its order.
struct ItemFigures {
    /// The item, as the spec gives it.
    BulletinItem item;
    /// Its flows' figures.
    std::vector<FlowFigures> flows;
    /// \returns the figures of `flow`, or nullptr when the item does not report it.
    [[nodiscard]] const FlowFigures* find(Flow flow) const noexcept {
        for (const FlowFigures& f : flows)
            if (f.flow == flow) return &f;
        return nullptr;
    }
};

/// Everything a bulletin may print, exact.
struct BulletinFigures {
    /// What was asked for.
    BulletinSpec spec;
    /// The currency of the levels.
    Currency currency;
    /// The whole's figures.
    ItemFigures whole;
    /// The parts' figures, in the spec's order.
    std::vector<ItemFigures> items;
    /// The average rate the dollar equivalents use (units of the levels' currency per dollar),
    /// when the spec asks for one.
    std::optional<ExchangeRate> rate;
};

/// Computes the figures of `spec` from monthly (or already cumulated) series, exactly.
///
/// Each series is labelled with a category and a reported flow (exports or imports; a series of
/// total trade may stand in when exports and imports are absent). An item's level for a period is
/// the sum of its members' series over the period's months; a member or a month that is absent
/// makes the level missing (never a partial sum). Total is exports + imports, the balance exports
/// − imports. Growth, shares and averages use the library's growth functions on the exact levels.
/// \returns the figures; every figure the data cannot give holds its Reason.
/// \throws InvalidArgument when a series has no category or flow, two series measure the same
///         category and flow, the spec has an empty id or area, no members for an item, a part
///         reporting a balance, or a period that is not made of whole months; CurrencyMismatch
///         when the series are in different currencies (or the levels already are in
///         BulletinSpec::dollar); NotFound when the spec asks for dollar equivalents and `rates`
///         is null or has no average rate for the period.
[[nodiscard]] SVCTRADE_EXPORT BulletinFigures compute_figures(const BulletinSpec& spec,
                                                              std::span<const TimeSeries> data,
                                                              const RateTable* rates = nullptr);

}  // namespace svctrade
