// SPDX-License-Identifier: BSL-1.0
/// \file
/// Exchange rates and rate tables: the only way Money changes currency.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/export.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/money/money.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/rounding.hpp>
#include <svctrade/periods/period.hpp>

namespace svctrade {

/// What an exchange rate is: a rate on a day, or a summary of a period.
enum class RateKind {
    spot,            ///< The rate on one day (e.g. a central parity rate fixed that morning).
    period_average,  ///< The average over a period (e.g. a monthly average central parity rate).
    end_of_period,   ///< The rate on the last day of a period, published for that period.
};

/// \returns `"spot"`, `"period average"` or `"end of period"`.
[[nodiscard]] SVCTRADE_EXPORT std::string to_string(RateKind kind);

/// An exchange rate: how many units of the quote currency one unit of the base currency buys
/// (USD/CNY 6.4601: one US dollar is 6.4601 yuan), what kind of rate it is and when it applies.
///
/// The rate is an exact Decimal with the digits its publisher gives (central parity rates have 4
/// decimal places). Conversions round once, to the target currency's minor unit or to the places
/// the caller asks for.
class SVCTRADE_EXPORT ExchangeRate {
public:
    /// A spot rate for `date`.
    /// \throws InvalidArgument when base == quote or rate <= 0; InvalidPeriod when date is not a date.
    [[nodiscard]] static ExchangeRate spot(Currency base, Currency quote, Decimal rate, boost::gregorian::date date);
    /// The average rate over `period` (e.g. a month, a quarter, January–June).
    /// \throws InvalidArgument when base == quote or rate <= 0.
    [[nodiscard]] static ExchangeRate period_average(Currency base, Currency quote, Decimal rate, const Period& period);
    /// The rate at the end of `period`, published for that period.
    /// \throws InvalidArgument when base == quote or rate <= 0.
    [[nodiscard]] static ExchangeRate end_of_period(Currency base, Currency quote, Decimal rate, const Period& period);

    /// \returns the base currency (one unit of it is priced).
    [[nodiscard]] Currency base() const noexcept { return base_; }
    /// \returns the quote currency (the price is in it).
    [[nodiscard]] Currency quote() const noexcept { return quote_; }
    /// \returns units of quote per unit of base.
    [[nodiscard]] Decimal rate() const noexcept { return rate_; }
    /// \returns what kind of rate it is.
    [[nodiscard]] RateKind kind() const noexcept { return kind_; }
    /// \returns when it applies: the day of a spot rate, else the period.
    [[nodiscard]] const Period& period() const noexcept { return period_; }

    /// \returns `amount` converted into the other currency of the pair, rounded once to that
    /// currency's minor unit by `mode` (USD 5.31 at USD/CNY 6.4601 → CNY 34.30).
    /// \throws CurrencyMismatch when the amount is in neither currency; InvalidArgument when the
    /// target currency has no minor unit (use the overload with places).
    [[nodiscard]] Money convert(const Money& amount, RoundingMode mode) const;
    /// \returns `amount` converted into the other currency of the pair, rounded once to `places`.
    /// \throws CurrencyMismatch, InvalidArgument for places outside 0…30, Overflow.
    [[nodiscard]] Money convert(const Money& amount, int places, RoundingMode mode) const;
    /// \returns the inverse rate (quote/base), rounded to `places` by `mode`; same kind and period.
    /// \throws InvalidArgument for places outside 0…30 or an inverse that rounds to zero.
    [[nodiscard]] ExchangeRate inverse(int places, RoundingMode mode) const;

    /// \returns e.g. `"USD/CNY 6.4601 (spot, 2021-06-30)"` or
    /// `"USD/CNY 6.4718 (period average, 2021-01-01..2021-06-30)"`.
    [[nodiscard]] std::string to_string() const;

    /// \returns whether pair, rate (by value), kind and period are the same.
    [[nodiscard]] friend bool operator==(const ExchangeRate& a, const ExchangeRate& b) noexcept {
        return a.base_ == b.base_ && a.quote_ == b.quote_ && a.rate_ == b.rate_ && a.kind_ == b.kind_ &&
               a.period_ == b.period_;
    }

private:
    ExchangeRate(Currency base, Currency quote, Decimal rate, RateKind kind, const Period& period);
    Currency base_;
    Currency quote_;
    Decimal rate_;
    RateKind kind_;
    Period period_;
};

/// \returns the cross rate through the currency the two rates share: from EUR/USD and USD/CNY,
/// EUR/CNY; from USD/CNY and USD/JPY, CNY/JPY (base: the other currency of `a`, quote: the other
/// currency of `b`), computed exactly and rounded once to `places` by `mode`.
/// \throws CurrencyMismatch when the rates share no currency or are the same pair;
/// NotComparable when their kinds or periods differ; InvalidArgument for places outside 0…30.
[[nodiscard]] SVCTRADE_EXPORT ExchangeRate cross_rate(const ExchangeRate& a, const ExchangeRate& b, int places,
                                                      RoundingMode mode);

/// A table of exchange rates that answers "the rate for this date" or "for this period", and
/// says so when it has none: it never silently uses a neighbouring date unless asked to
/// (spot_on_or_before()). Pairs are directional: a USD/CNY rate does not answer CNY/USD (take
/// inverse() with the places you need).
class SVCTRADE_EXPORT RateTable {
public:
    /// Adds a rate. \throws InvalidArgument when the table already has a rate of that kind for
    /// that pair and day or period (a different value would be ambiguous).
    void add(const ExchangeRate& rate);
    /// \returns the number of rates held.
    [[nodiscard]] std::size_t size() const noexcept;

    /// \returns the spot rate base/quote for exactly `date`.
    /// \throws NotFound naming the pair and date when there is none (and whether the inverse
    /// pair or an earlier date exists).
    [[nodiscard]] ExchangeRate spot(Currency base, Currency quote, boost::gregorian::date date) const;
    /// \returns the spot rate for `date` or, failing that, for the latest earlier date: an
    /// explicit opt-in for days without a fixing (weekends, holidays).
    /// \throws NotFound when there is no rate on or before `date`.
    [[nodiscard]] ExchangeRate spot_on_or_before(Currency base, Currency quote, boost::gregorian::date date) const;
    /// \returns the average rate base/quote for exactly `period` (same kind and dates).
    /// \throws NotFound when there is none.
    [[nodiscard]] ExchangeRate average(Currency base, Currency quote, const Period& period) const;
    /// \returns the end-of-period rate base/quote for exactly `period`.
    /// \throws NotFound when there is none.
    [[nodiscard]] ExchangeRate end_of_period(Currency base, Currency quote, const Period& period) const;

private:
    using Pair = std::pair<std::string, std::string>;
    [[nodiscard]] ExchangeRate find_period(Currency base, Currency quote, const Period& period, RateKind kind) const;
    [[nodiscard]] std::string missing(Currency base, Currency quote, const std::string& when, RateKind kind) const;
    std::map<Pair, std::map<boost::gregorian::date, ExchangeRate>> spot_;
    std::map<std::tuple<std::string, std::string, int>, std::vector<ExchangeRate>> periods_;
};

}  // namespace svctrade
