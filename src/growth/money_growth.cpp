// SPDX-License-Identifier: BSL-1.0
// Growth on Money and Period: the currency and period checks happen first, so that a mixed
// or mismatched pair is reported as misuse before any arithmetic; then the Decimal functions.
#include <svctrade/growth/money_growth.hpp>

#include <svctrade/error.hpp>
#include <svctrade/periods/compare.hpp>

#include <string>

namespace svctrade {

namespace {

void same_currency(const Money& a, const Money& b, const char* what) {
    if (a.currency() != b.currency()) {
        throw CurrencyMismatch(std::string("cannot compute ") + what + " of " + a.to_string() + " and " +
                               b.to_string() + ": currencies differ");
    }
}

MoneyChange money_change(const Money& base, const Money& current) {
    const Change c = growth(base.amount(), current.amount());
    return MoneyChange{Money(c.absolute, current.currency()), c.relative};
}

}  // namespace

MoneyChange growth(const Money& base, const Money& current) {
    same_currency(base, current, "the growth");
    return money_change(base, current);
}

MoneyChange yoy_growth(const Money& last_year, const Period& last_year_period, const Money& current,
                       const Period& period) {
    require_year_on_year_comparable(period, last_year_period);
    same_currency(last_year, current, "the year-on-year growth");
    return money_change(last_year, current);
}

MoneyChange period_growth(const Money& previous, const Period& previous_period, const Money& current,
                          const Period& period) {
    require_period_on_period_comparable(period, previous_period);
    same_currency(previous, current, "the period-on-period growth");
    return money_change(previous, current);
}

Outcome<AverageGrowth> cagr(const Money& first, const Money& last, int years) {
    same_currency(first, last, "the compound annual growth rate");
    return cagr(first.amount(), last.amount(), years);
}

Outcome<AverageGrowth> cagr(const Money& first, const Period& first_period, const Money& last,
                            const Period& last_period) {
    // year_on_year_comparable accepts a base any whole number (>= 1) of years earlier.
    require_year_on_year_comparable(last_period, first_period);
    const int years = last_period.year() - first_period.year();
    same_currency(first, last, "the compound annual growth rate");
    return cagr(first.amount(), last.amount(), years);
}

Outcome<Share> share(const Money& part, const Money& whole) {
    same_currency(part, whole, "the share");
    return share(part.amount(), whole.amount());
}

Outcome<PercentagePoints> contribution(const Money& part_base, const Money& part_current, const Money& whole_base) {
    same_currency(part_base, part_current, "the contribution");
    same_currency(part_base, whole_base, "the contribution");
    return contribution(part_base.amount(), part_current.amount(), whole_base.amount());
}

Outcome<Money> implied_base(const Money& current, GrowthRate growth, int places, RoundingMode mode) {
    const Outcome<Ratio> base = implied_base(current.amount(), growth);
    if (!base) return Outcome<Money>(NoAnswer::of(base.reason()));
    return Outcome<Money>(Money(base.value().round(places, mode), current.currency()));
}

Money implied_part(Share share, const Money& whole, int places, RoundingMode mode) {
    return Money(implied_part(share, whole.amount()).round(places, mode), whole.currency());
}

}  // namespace svctrade
