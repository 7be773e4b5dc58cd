// SPDX-License-Identifier: BSL-1.0
// Exchange rates: conversion rounds once, to the target currency's minor unit (ISO 4217), and a
// table never substitutes a neighbouring date or the inverse pair unless the caller asks.
#include <svctrade/error.hpp>
#include <svctrade/money/exchange.hpp>
#include <svctrade/numbers/ratio.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <string>

namespace svctrade {

namespace {

std::string iso(boost::gregorian::date d) {
    return boost::gregorian::to_iso_extended_string(d);
}

std::string pair_name(Currency base, Currency quote) {
    return std::string(base.code()) + "/" + std::string(quote.code());
}

std::string when(RateKind kind, const Period& period) {
    if (kind == RateKind::spot) return iso(period.first());
    return iso(period.first()) + ".." + iso(period.last());
}

void check_places(int places) {
    if (places < 0 || places > Decimal::max_scale)
        throw InvalidArgument("invalid places for an exchange rate: " + std::to_string(places) + " (must be 0 to 30)");
}

}  // namespace

std::string to_string(RateKind kind) {
    switch (kind) {
        case RateKind::spot:
            return "spot";
        case RateKind::period_average:
            return "period average";
        case RateKind::end_of_period:
            return "end of period";
    }
    return "unknown";
}

ExchangeRate::ExchangeRate(Currency base, Currency quote, Decimal rate, RateKind kind, const Period& period)
    : base_(base), quote_(quote), rate_(rate), kind_(kind), period_(period) {
    if (base == quote)
        throw InvalidArgument("an exchange rate needs two different currencies, got " + pair_name(base, quote));
    if (rate.sign() <= 0)
        throw InvalidArgument("exchange rate " + pair_name(base, quote) + " must be positive, got " + rate.to_string());
}

ExchangeRate ExchangeRate::spot(Currency base, Currency quote, Decimal rate, boost::gregorian::date date) {
    return ExchangeRate(base, quote, rate, RateKind::spot, Period::day(date));
}

ExchangeRate ExchangeRate::period_average(Currency base, Currency quote, Decimal rate, const Period& period) {
    return ExchangeRate(base, quote, rate, RateKind::period_average, period);
}

ExchangeRate ExchangeRate::end_of_period(Currency base, Currency quote, Decimal rate, const Period& period) {
    return ExchangeRate(base, quote, rate, RateKind::end_of_period, period);
}

Money ExchangeRate::convert(const Money& amount, RoundingMode mode) const {
    const Currency target = amount.currency() == base_ ? quote_ : base_;
    const auto places = target.minor_units();
    if (amount.currency() != base_ && amount.currency() != quote_) return convert(amount, 0, mode);  // throws
    if (!places) {
        throw InvalidArgument("cannot convert " + amount.to_string() + " to " + std::string(target.code()) +
                              " at its minor unit: ISO 4217 gives it none (pass the places)");
    }
    return convert(amount, *places, mode);
}

Money ExchangeRate::convert(const Money& amount, int places, RoundingMode mode) const {
    check_places(places);
    if (amount.currency() == base_) return Money(multiply(amount.amount(), rate_, places, mode), quote_);
    if (amount.currency() == quote_) return Money(divide(amount.amount(), rate_, places, mode), base_);
    throw CurrencyMismatch("cannot convert " + amount.to_string() + " with the " + pair_name(base_, quote_) +
                           " rate: the amount is in neither currency");
}

ExchangeRate ExchangeRate::inverse(int places, RoundingMode mode) const {
    check_places(places);
    const Decimal inv = divide(Decimal(1), rate_, places, mode);
    if (inv.sign() <= 0) {
        throw InvalidArgument("the inverse of " + to_string() + " rounds to zero at " + std::to_string(places) +
                              " places");
    }
    return ExchangeRate(quote_, base_, inv, kind_, period_);
}

std::string ExchangeRate::to_string() const {
    return pair_name(base_, quote_) + " " + rate_.to_string() + " (" + svctrade::to_string(kind_) + ", " +
           when(kind_, period_) + ")";
}

ExchangeRate cross_rate(const ExchangeRate& a, const ExchangeRate& b, int places, RoundingMode mode) {
    check_places(places);
    if (a.kind() != b.kind() || a.period() != b.period()) {
        throw NotComparable("cannot cross " + a.to_string() + " with " + b.to_string() +
                            ": a cross rate needs two rates of the same kind for the same day or period");
    }
    // The shared currency C; each rate rewritten as units of C per unit of its other currency.
    std::optional<Currency> common;
    for (const Currency c : {a.base(), a.quote()})
        if (c == b.base() || c == b.quote()) common = c;
    const bool same_pair =
        (a.base() == b.base() && a.quote() == b.quote()) || (a.base() == b.quote() && a.quote() == b.base());
    if (!common || same_pair) {
        throw CurrencyMismatch("cannot cross " + a.to_string() + " with " + b.to_string() +
                               ": they must share exactly one currency");
    }
    const Ratio one(Decimal(1));
    const Currency x = a.base() == *common ? a.quote() : a.base();
    const Currency y = b.base() == *common ? b.quote() : b.base();
    const Ratio c_per_x = a.quote() == *common ? Ratio(a.rate()) : one / Ratio(a.rate());
    const Ratio c_per_y = b.quote() == *common ? Ratio(b.rate()) : one / Ratio(b.rate());
    const Decimal rate = (c_per_x / c_per_y).round(places, mode);
    if (rate.sign() <= 0)
        throw InvalidArgument("the cross rate " + pair_name(x, y) + " rounds to zero at " + std::to_string(places) +
                              " places");
    if (a.kind() == RateKind::spot) return ExchangeRate::spot(x, y, rate, a.period().first());
    if (a.kind() == RateKind::period_average) return ExchangeRate::period_average(x, y, rate, a.period());
    return ExchangeRate::end_of_period(x, y, rate, a.period());
}

void RateTable::add(const ExchangeRate& rate) {
    const std::string b(rate.base().code()), q(rate.quote().code());
    if (rate.kind() == RateKind::spot) {
        auto& days = spot_[{b, q}];
        const auto [it, inserted] = days.emplace(rate.period().first(), rate);
        if (!inserted) {
            throw InvalidArgument("the table already has " + it->second.to_string() + "; cannot add " +
                                  rate.to_string());
        }
        return;
    }
    auto& list = periods_[{b, q, static_cast<int>(rate.kind())}];
    for (const ExchangeRate& r : list)
        if (r.period() == rate.period())
            throw InvalidArgument("the table already has " + r.to_string() + "; cannot add " + rate.to_string());
    list.push_back(rate);
}

std::size_t RateTable::size() const noexcept {
    std::size_t n = 0;
    for (const auto& entry : spot_) n += entry.second.size();
    for (const auto& entry : periods_) n += entry.second.size();
    return n;
}

std::string RateTable::missing(Currency base, Currency quote, const std::string& when_text, RateKind kind) const {
    std::string m = "no " + svctrade::to_string(kind) + " rate " + pair_name(base, quote) + " for " + when_text;
    const std::string b(base.code()), q(quote.code());
    const bool inverse =
        kind == RateKind::spot ? spot_.count({q, b}) != 0 : periods_.count({q, b, static_cast<int>(kind)}) != 0;
    if (inverse) m += " (the table has " + pair_name(quote, base) + " rates: use inverse())";
    return m;
}

ExchangeRate RateTable::spot(Currency base, Currency quote, boost::gregorian::date date) const {
    const auto pair = spot_.find({std::string(base.code()), std::string(quote.code())});
    if (pair != spot_.end()) {
        const auto it = pair->second.find(date);
        if (it != pair->second.end()) return it->second;
        std::string m = missing(base, quote, date.is_special() ? "an invalid date" : iso(date), RateKind::spot);
        if (!date.is_special() && pair->second.begin()->first < date)
            m += " (spot_on_or_before() would use an earlier date)";
        throw NotFound(m);
    }
    throw NotFound(missing(base, quote, date.is_special() ? "an invalid date" : iso(date), RateKind::spot));
}

ExchangeRate RateTable::spot_on_or_before(Currency base, Currency quote, boost::gregorian::date date) const {
    if (date.is_special()) throw InvalidPeriod("spot_on_or_before needs a date, got a special value");
    const auto pair = spot_.find({std::string(base.code()), std::string(quote.code())});
    if (pair != spot_.end()) {
        auto it = pair->second.upper_bound(date);  // first date after `date`
        if (it != pair->second.begin()) return std::prev(it)->second;
    }
    throw NotFound(missing(base, quote, iso(date) + " or any earlier date", RateKind::spot));
}

ExchangeRate RateTable::find_period(Currency base, Currency quote, const Period& period, RateKind kind) const {
    const auto list = periods_.find({std::string(base.code()), std::string(quote.code()), static_cast<int>(kind)});
    if (list != periods_.end())
        for (const ExchangeRate& r : list->second)
            if (r.period() == period) return r;
    throw NotFound(missing(base, quote, when(kind, period), kind));
}

ExchangeRate RateTable::average(Currency base, Currency quote, const Period& period) const {
    return find_period(base, quote, period, RateKind::period_average);
}

ExchangeRate RateTable::end_of_period(Currency base, Currency quote, const Period& period) const {
    return find_period(base, quote, period, RateKind::end_of_period);
}

}  // namespace svctrade
