// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::TimeSeries: amounts of money in one currency keyed by periods of one kind, with
/// year-on-year and period-on-period growth per observation and the roll-up of a monthly series
/// into quarters, halves, years or year-to-date. A period that was not reported stays missing:
/// lookups and results say Reason::missing, never zero.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <vector>

#include <svctrade/currency.hpp>
#include <svctrade/export.hpp>
#include <svctrade/money.hpp>
#include <svctrade/money_growth.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/period.hpp>

namespace svctrade {

/// The growth of one observation of a series against its base (last year's value or the
/// previous period's), or the Reason there is none (Reason::missing when the base was not
/// reported).
struct SeriesGrowth {
    /// The period of the observation.
    Period period;
    /// The base period: the same period last year, or the previous period.
    Period base_period;
    /// The change (absolute and relative), or Reason::missing.
    Outcome<MoneyChange> change;
};

/// One period of a roll-up of a monthly series.
struct RolledValue {
    /// The target period (a quarter, a half, a year or a year-to-date).
    Period period;
    /// The sum of the months present; Reason::missing if a month is absent and no partial sums
    /// were asked for, or if no month of the period is present at all.
    Outcome<Money> value;
    /// The number of months of `period` present in the series (and summed in `value`).
    unsigned months_present = 0;
    /// The number of months `period` has.
    unsigned months_expected = 0;
    /// \returns true when every month of the period was reported.
    [[nodiscard]] bool complete() const noexcept { return months_present == months_expected; }
};

/// Amounts of money in one currency, keyed by periods of one kind (and one year start), in
/// chronological order. A period not inserted is missing, never zero.
class SVCTRADE_EXPORT TimeSeries {
public:
    /// An empty series of amounts in `currency`.
    explicit TimeSeries(Currency currency) noexcept : currency_(currency) {}

    /// Adds the observation `value` for `period`.
    /// \throws CurrencyMismatch if `value` is not in the series' currency; NotComparable if
    ///         `period` differs in kind or year start from the periods already held;
    ///         InvalidArgument if `period` already has a value.
    void insert(const Period& period, const Money& value);

    /// \returns the value for `period`, or Reason::missing if it was not reported.
    [[nodiscard]] Outcome<Money> at(const Period& period) const;
    /// \returns true if `period` has a value.
    [[nodiscard]] bool contains(const Period& period) const { return values_.count(period) != 0; }
    /// \returns the number of observations.
    [[nodiscard]] std::size_t size() const noexcept { return values_.size(); }
    /// \returns true when the series has no observation.
    [[nodiscard]] bool empty() const noexcept { return values_.empty(); }
    /// \returns the currency of every value.
    [[nodiscard]] Currency currency() const noexcept { return currency_; }
    /// \returns the kind of the periods, or nothing for an empty series.
    [[nodiscard]] std::optional<PeriodKind> kind() const noexcept;
    /// \returns the observations in chronological order.
    [[nodiscard]] const std::map<Period, Money>& observations() const noexcept { return values_; }

    /// Year-on-year growth (同比) of every observation against the same period last year, by
    /// yoy_growth(const Money&, const Period&, const Money&, const Period&).
    /// \returns one result per observation, in order; Reason::missing where last year's value
    ///          is absent.
    /// \throws InvalidPeriod if a base period leaves Boost's range (an observation in 1400).
    [[nodiscard]] std::vector<SeriesGrowth> yoy_growth() const;
    /// Period-on-period growth (环比) of every observation against Period::previous(), by
    /// period_growth(const Money&, const Period&, const Money&, const Period&).
    /// \returns one result per observation, in order; Reason::missing where the previous value
    ///          is absent.
    /// \throws InvalidPeriod if a base period leaves Boost's range (an observation in 1400).
    [[nodiscard]] std::vector<SeriesGrowth> period_growth() const;

    /// Rolls a monthly series up into periods of kind `target` of years starting in `start`:
    /// every quarter, half or year from the one holding the first observed month to the one
    /// holding the last, or for year-to-date the year-to-date through every month from the first
    /// observed month to the last. The targets are contiguous: a quarter in the middle of the
    /// series with no reported month, or the year-to-date through a month never reported, is an
    /// entry with Reason::missing and its months counted, never a gap.
    /// \returns the rolled values in chronological order (empty for an empty series). A period
    ///          with an absent month is Reason::missing unless `partial` is true; then it holds
    ///          the sum of the months present, and `months_present` < `months_expected` says it
    ///          is partial. A period with no month present is Reason::missing even when `partial`
    ///          is true (a sum of nothing is not a reported zero).
    /// \throws InvalidArgument if the series is not monthly (and not empty) or `target` is not
    ///         a quarter, half-year, year or year-to-date; Overflow if a sum does not fit.
    [[nodiscard]] std::vector<RolledValue> roll_up(PeriodKind target, bool partial = false,
                                                   YearStart start = {}) const;

private:
    Currency currency_;
    std::map<Period, Money> values_;
};

}  // namespace svctrade
