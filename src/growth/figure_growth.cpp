// SPDX-License-Identifier: BSL-1.0
// The interval forms on published figures: kind and currency checks, then the Interval forms.
#include <svctrade/error.hpp>
#include <svctrade/growth/figure_growth.hpp>
#include <svctrade/growth/interval_growth.hpp>

#include <string>

namespace svctrade {

namespace {

const Figure& expect(const Figure& f, FigureKind kind, const char* role) {
    if (f.kind() != kind) {
        throw InvalidArgument(std::string("the ") + role + " \"" + f.text() + "\" is a " +
                              std::string(to_string(f.kind())) + ", not a " + std::string(to_string(kind)));
    }
    return f;
}

void same_currency(const Figure& a, const Figure& b, const char* what) {
    if (a.currency() != b.currency()) {
        throw CurrencyMismatch(std::string("cannot ") + what + " \"" + a.text() + "\" and \"" + b.text() +
                               "\": currencies differ (" + std::string(a.currency()->code()) + ", " +
                               std::string(b.currency()->code()) + ")");
    }
}

}  // namespace

Outcome<Interval> growth(const Figure& base, const Figure& current, RoundingMode mode) {
    expect(base, FigureKind::level, "base");
    expect(current, FigureKind::level, "current level");
    same_currency(base, current, "compute the growth between");
    return growth(base.interval(mode), current.interval(mode));
}

Outcome<Interval> implied_base(const Figure& current, const Figure& growth, RoundingMode mode) {
    expect(current, FigureKind::level, "current level");
    expect(growth, FigureKind::growth_rate, "growth");
    return implied_base(current.interval(mode), growth.interval(mode));
}

Outcome<Interval> share(const Figure& part, const Figure& whole, RoundingMode mode) {
    expect(part, FigureKind::level, "part");
    expect(whole, FigureKind::level, "whole");
    same_currency(part, whole, "take the share of");
    return share(part.interval(mode), whole.interval(mode));
}

Interval implied_part(const Figure& share, const Figure& whole, RoundingMode mode) {
    expect(share, FigureKind::share, "share");
    expect(whole, FigureKind::level, "whole");
    return implied_part(share.interval(mode), whole.interval(mode));
}

Outcome<Interval> implied_whole(const Figure& part, const Figure& share, RoundingMode mode) {
    expect(part, FigureKind::level, "part");
    expect(share, FigureKind::share, "share");
    return implied_whole(part.interval(mode), share.interval(mode));
}

Outcome<Interval> contribution(const Figure& part_base, const Figure& part_current, const Figure& whole_base,
                               RoundingMode mode) {
    expect(part_base, FigureKind::level, "part's base");
    expect(part_current, FigureKind::level, "part's current level");
    expect(whole_base, FigureKind::level, "whole's base");
    same_currency(part_base, part_current, "compute the contribution of");
    same_currency(part_base, whole_base, "compute the contribution of");
    return contribution(part_base.interval(mode), part_current.interval(mode), whole_base.interval(mode));
}

Outcome<Interval> growth_from_change(const Figure& current, const Figure& change, RoundingMode mode) {
    expect(current, FigureKind::level, "current level");
    expect(change, FigureKind::level, "change");
    same_currency(current, change, "compute the growth from");
    return growth_from_change(current.interval(mode), change.interval(mode));
}

Interval balance(const Figure& exports, const Figure& imports, RoundingMode mode) {
    expect(exports, FigureKind::level, "exports");
    expect(imports, FigureKind::level, "imports");
    same_currency(exports, imports, "compute the balance of");
    return balance(exports.interval(mode), imports.interval(mode));
}

Outcome<Interval> implied_rate(const Figure& quote_amount, const Figure& base_amount, RoundingMode mode) {
    expect(quote_amount, FigureKind::level, "amount");
    expect(base_amount, FigureKind::level, "amount");
    if (quote_amount.currency() == base_amount.currency()) {
        throw InvalidArgument("an exchange rate needs amounts in two currencies; \"" + quote_amount.text() +
                              "\" and \"" + base_amount.text() + "\" are both in " +
                              std::string(quote_amount.currency()->code()));
    }
    return implied_rate(quote_amount.interval(mode), base_amount.interval(mode));
}

Outcome<AverageGrowthInterval> cagr(const Figure& first, const Figure& last, int years, RoundingMode mode) {
    expect(first, FigureKind::level, "first level");
    expect(last, FigureKind::level, "last level");
    same_currency(first, last, "compute the average growth between");
    return cagr(first.interval(mode), last.interval(mode), years);
}

}  // namespace svctrade
