// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::TimeSeries: amounts of money in one currency keyed by periods of one kind, optionally
/// labelled with what they measure (an EBOPS 2010 category and a flow), with year-on-year and
/// period-on-period growth per observation, the roll-up of a monthly series into quarters,
/// halves, years or year-to-date, and the operations on a part and a whole series matched period
/// by period: shares and contributions to growth. A period that was not reported stays missing:
/// lookups and results say Reason::missing, never zero. Every observation carries an
/// ObservationStatus, and every result the derived_status() of the observations it comes from.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <vector>

#include <svctrade/categories/aggregate.hpp>
#include <svctrade/categories/category.hpp>
#include <svctrade/categories/flow.hpp>
#include <svctrade/export.hpp>
#include <svctrade/growth/money_growth.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/money/money.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/series/series_result.hpp>
#include <svctrade/status/observation_status.hpp>

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
    /// derived_status() of the observation and its base: derived from an estimate when either
    /// is estimated, missing for the base's reason when the base is missing.
    ObservationStatus status;

    /// \returns the growth rate, the common case, in one step instead of
    /// `change.value().relative.value()`: the relative change, or why there is none —
    /// Reason::missing when the base was not reported, else the relative change's own Reason
    /// (zero_base, negative_base, sign_change). `change` keeps the absolute change and the reasons.
    [[nodiscard]] Outcome<GrowthRate> rate() const {
        return change.and_then([](const MoneyChange& c) { return c.relative; });
    }
    /// \returns the absolute change (current − base), or Reason::missing when the base was not reported.
    [[nodiscard]] Outcome<Money> absolute() const {
        return change.transform([](const MoneyChange& c) { return c.absolute; });
    }
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
    /// derived_status() folded over the months of `period`; over the months present only for a
    /// partial sum (whose partiality months_present tells).
    ObservationStatus status;
    /// \returns true when every month of the period was reported.
    [[nodiscard]] bool complete() const noexcept { return months_present == months_expected; }
};

/// The share of a part series in a whole series for one period.
struct SeriesShare {
    /// The period.
    Period period;
    /// The part's share of the whole (by share(const Money&, const Money&)), Reason::missing if
    /// either series lacks the period, or the share's own Reason (zero_base, negative_base).
    Outcome<Share> share;
    /// derived_status() of the part's and the whole's observations.
    ObservationStatus status;
};

/// A part series' contribution to the growth of a whole series for one period (拉动).
struct SeriesContribution {
    /// The period of the growth.
    Period period;
    /// The base period: the same period last year, or the previous period.
    Period base_period;
    /// The contribution in percentage points (by contribution(const Money&, const Money&,
    /// const Money&)), Reason::missing if either series lacks `period` or `base_period`, or the
    /// contribution's own Reason (zero_base, negative_base of the whole's base).
    Outcome<PercentagePoints> contribution;
    /// derived_status() of the four observations (part and whole, now and at the base).
    ObservationStatus status;
};

/// The change of a part series' share in a whole series against the same period last year, for
/// one period (…个百分点).
struct SeriesShareChange {
    /// The period of the current share.
    Period period;
    /// The period of the earlier share: the same period last year.
    Period base_period;
    /// The current share minus the earlier one (by share_change()), or the Reason one of the two
    /// shares has none (Reason::missing where a series lacks either period; zero_base or
    /// negative_base of a whole).
    Outcome<PercentagePoints> change;
    /// derived_status() of the four observations (part and whole, now and last year).
    ObservationStatus status;
};

/// Amounts of money in one currency, keyed by periods of one kind (and one year start), in
/// chronological order, optionally labelled with the EBOPS 2010 category and the flow they
/// measure. A period not inserted is missing, never zero.
///
/// Each observation has an ObservationStatus (normal unless given). A period can also be recorded
/// as missing with its reason (insert_missing()): "cannot exist" and "not available" stay apart,
/// and a file written from the series says which. Such a period has no value: at() says
/// Reason::missing, as for a period never inserted, and status() says why.
/// \note A regular value type except that it has no default value (a series needs a
///       currency): copyable, movable, equality-comparable.
class SVCTRADE_EXPORT TimeSeries {
public:
    /// An empty series of amounts in `currency`, with no category or flow.
    explicit TimeSeries(Currency currency) noexcept : currency_(currency) {}
    /// An empty series of amounts in `currency` measuring `category` (if given) in `flow` (if
    /// given): `TimeSeries(cny, Category::from_code("SI"), Flow::exports)`.
    TimeSeries(Currency currency, std::optional<Category> category, std::optional<Flow> flow = std::nullopt) noexcept
        : currency_(currency), category_(category), flow_(flow) {}
    /// An empty series of amounts in `currency` in `flow`, with no category.
    TimeSeries(Currency currency, Flow flow) noexcept : currency_(currency), flow_(flow) {}

    /// Adds the observation `value` for `period`.
    /// \throws CurrencyMismatch if `value` is not in the series' currency; NotComparable if
    ///         `period` differs in kind or year start from the periods already held;
    ///         InvalidArgument if `period` already has a value.
    void insert(const Period& period, const Money& value);
    /// Adds the observation `value` for `period` with `status` (estimated, provisional…).
    /// \throws as insert(const Period&, const Money&); InvalidArgument if `status` says the value
    ///         is missing.
    void insert(const Period& period, const Money& value, const ObservationStatus& status);
    /// Records `period` as an observation without a value, for the reason `status` gives.
    /// \throws InvalidArgument if `status` is not missing or the period already has a value or a
    ///         record; NotComparable as insert().
    void insert_missing(const Period& period, const ObservationStatus& status);

    /// \returns the value for `period`, or Reason::missing if it was not reported.
    [[nodiscard]] Outcome<Money> at(const Period& period) const;
    /// \returns true if `period` has a value.
    [[nodiscard]] bool contains(const Period& period) const { return values_.count(period) != 0; }
    /// \returns the status of `period`: its observation's, the reason recorded by
    ///          insert_missing(), or Missing::not_provided for a period the series does not hold.
    [[nodiscard]] ObservationStatus status(const Period& period) const;
    /// \returns the statuses that are not a plain normal value, by period: those of observations
    ///          with a flag or a confidentiality, and those of the periods recorded as missing.
    [[nodiscard]] const std::map<Period, ObservationStatus>& statuses() const noexcept { return statuses_; }
    /// \returns the number of observations with a value (periods recorded as missing are not counted).
    [[nodiscard]] std::size_t size() const noexcept { return values_.size(); }
    /// \returns true when the series has no observation.
    [[nodiscard]] bool empty() const noexcept { return values_.empty(); }
    /// \returns the currency of every value.
    [[nodiscard]] Currency currency() const noexcept { return currency_; }
    /// \returns the EBOPS 2010 category the series measures, or nothing if it was not given.
    [[nodiscard]] std::optional<Category> category() const noexcept { return category_; }
    /// \returns the flow the series measures, or nothing if it was not given.
    [[nodiscard]] std::optional<Flow> flow() const noexcept { return flow_; }
    /// \returns the kind of the periods, or nothing for an empty series.
    [[nodiscard]] std::optional<PeriodKind> kind() const noexcept;
    /// \returns the observations in chronological order.
    [[nodiscard]] const std::map<Period, Money>& observations() const noexcept { return values_; }

    /// Year-on-year growth (同比) of every observation against the same period last year, by
    /// yoy_growth(const Money&, const Period&, const Money&, const Period&) (last year first).
    /// \returns one result per observation, in order; Reason::missing where last year's value
    ///          is absent.
    /// \throws InvalidPeriod if a base period leaves Boost's range (an observation in 1400).
    [[nodiscard]] SeriesResult<SeriesGrowth> yoy_growth() const;
    /// Period-on-period growth (环比) of every observation against Period::previous(), by
    /// period_growth(const Money&, const Period&, const Money&, const Period&) (previous first).
    /// \returns one result per observation, in order; Reason::missing where the previous value
    ///          is absent.
    /// \throws InvalidPeriod if a base period leaves Boost's range (an observation in 1400).
    [[nodiscard]] SeriesResult<SeriesGrowth> period_growth() const;

    /// Rolls a monthly series up into the periods `target` names, of years starting in `start`:
    /// every quarter, half or year from the one holding the first observed month to the one
    /// holding the last, or for year-to-date the year-to-date through every month from the first
    /// observed month to the last. The targets are contiguous: a quarter in the middle of the
    /// series with no reported month, or the year-to-date through a month never reported, is an
    /// entry with Reason::missing and its months counted, never a gap.
    /// \returns the rolled values in chronological order (empty for an empty series). A period
    ///          with an absent month is Reason::missing unless `partial` is PartialSums::allow;
    ///          then it holds the sum of the months present, and `months_present` <
    ///          `months_expected` says it is partial. A period with no month present is
    ///          Reason::missing even then (a sum of nothing is not a reported zero).
    /// \throws InvalidArgument if the series is not monthly (and not empty) or `target` or
    ///         `partial` is none of its type's enumerators; Overflow if a sum does not fit.
    [[nodiscard]] SeriesResult<RolledValue> roll_up(RollUpTarget target, YearStart start,
                                                    PartialSums partial = PartialSums::refuse) const;
    /// Rolls a monthly series up into the periods `target` names, of calendar years:
    /// roll_up(target, YearStart::calendar(), partial).
    /// \returns as roll_up(RollUpTarget, YearStart, PartialSums).
    /// \throws as roll_up(RollUpTarget, YearStart, PartialSums).
    [[nodiscard]] SeriesResult<RolledValue> roll_up(RollUpTarget target,
                                                    PartialSums partial = PartialSums::refuse) const {
        return roll_up(target, YearStart::calendar(), partial);
    }
    /// The roll-up of a monthly series as a series of its own, to compute quarterly or year-to-date
    /// growth and shares with the same functions: the complete periods of roll_up(target, start),
    /// with this series' currency, category and flow, and the rolled statuses. A period with an
    /// unreported month is absent, so it is missing in the new series too; partial sums never
    /// enter it (a partial sum is not the period's value).
    /// \returns the series of complete target periods (empty for an empty series).
    /// \throws as roll_up(RollUpTarget, YearStart, PartialSums).
    [[nodiscard]] TimeSeries roll_up_series(RollUpTarget target, YearStart start = {}) const;

    /// Two series are equal when they have the same currency, category, flow, observations and
    /// statuses.
    [[nodiscard]] friend bool operator==(const TimeSeries&, const TimeSeries&) = default;

private:
    Currency currency_;
    std::optional<Category> category_;
    std::optional<Flow> flow_;
    void check_period(const Period& period, const Money* value) const;

    std::map<Period, Money> values_;
    std::map<Period, ObservationStatus> statuses_;  // only those that are not a plain normal value
};

/// The share of `part` in `whole` for every period either series holds (比重, 占比), by
/// share(const Money&, const Money&).
/// \returns one SeriesShare per period of either series, in chronological order; Reason::missing
///          where one of them lacks the period (never a share of zero or of a zero whole).
/// \throws CurrencyMismatch if the currencies differ; NotComparable if the series (both not
///         empty) hold periods of different kinds or year starts, if `part`'s flow is not
///         `whole`'s (exports or imports are also parts of total trade; nothing is a part of a
///         balance), or if `part`'s category is neither `whole`'s nor within it (see
///         is_part_of()).
/// \note Categories and flows are checked when both series carry one: a series without a label
///       takes the caller's word for it.
[[nodiscard]] SVCTRADE_EXPORT SeriesResult<SeriesShare> share(const TimeSeries& part, const TimeSeries& whole);

/// The change of the share of `part` in `whole` against the same period last year, in percentage
/// points (38.5 % up 1.7 pp), for every period either series holds: share(const Money&, const
/// Money&) of both years, then share_change().
/// \returns one SeriesShareChange per period of either series, in chronological order;
///          Reason::missing where the part or the whole lacks the period or the same period last
///          year; the current share's Reason, else last year's, where a share has none.
/// \throws as share(const TimeSeries&, const TimeSeries&); InvalidPeriod if a base period leaves
///         Boost's range.
[[nodiscard]] SVCTRADE_EXPORT SeriesResult<SeriesShareChange> yoy_share_change(const TimeSeries& part,
                                                                               const TimeSeries& whole);

/// The contribution of `part` to the year-on-year growth of `whole` (拉动, percentage points)
/// for every period either series holds, by contribution(const Money&, const Money&, const
/// Money&): (part − part last year) ÷ whole last year. The contributions of a complete partition
/// add up to the whole's yoy_growth().
/// \returns one SeriesContribution per period of either series, in chronological order;
///          Reason::missing where the part or the whole lacks the period or the same period last
///          year.
/// \throws as share(const TimeSeries&, const TimeSeries&); InvalidPeriod if a base period leaves
///         Boost's range.
[[nodiscard]] SVCTRADE_EXPORT SeriesResult<SeriesContribution> yoy_contribution(const TimeSeries& part,
                                                                                const TimeSeries& whole);

/// The contribution of `part` to the period-on-period growth of `whole` (percentage points), as
/// yoy_contribution() with Period::previous() as the base period.
/// \returns one SeriesContribution per period of either series, in chronological order;
///          Reason::missing where the part or the whole lacks the period or the previous one.
/// \throws as yoy_contribution().
[[nodiscard]] SVCTRADE_EXPORT SeriesResult<SeriesContribution> period_contribution(const TimeSeries& part,
                                                                                   const TimeSeries& whole);

}  // namespace svctrade
