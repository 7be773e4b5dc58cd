// SPDX-License-Identifier: BSL-1.0
// Published figures with their kind, unit and qualifier, and the interval each stands for.
//
// A qualified figure is read as the true value rounded to the printed figure's last non-zero
// digit, the qualifier saying on which side of the printed value the true one lies (a
// convention of svctrade, docs/figures.md): "近3000亿元" rounds to 3000亿 at the 1000亿 digit and
// lies below it, so it is in [2500亿, 3000亿). Counts are never rounded to less than tens when
// qualified ("more than 88 tasks" would otherwise leave no whole number above 88).
#include <svctrade/error.hpp>
#include <svctrade/figures/figure.hpp>

#include <string>
#include "utf8_decode.hpp"

namespace svctrade {

namespace {

constexpr Ratio one{Decimal(1)};
constexpr Ratio hundredth{Decimal(1), Decimal(100)};

bool is_percentage(FigureKind kind) {
    return kind == FigureKind::growth_rate || kind == FigureKind::share || kind == FigureKind::percentage_points;
}

// The unit of the last non-zero digit of the printed value, never below its written unit.
Decimal significant_step(const Published& p) {
    Decimal step = p.unit();
    if (p.value().is_zero()) return step;
    while (p.value().round_to_multiple(step * Decimal(10), RoundingMode::toward_zero) == p.value())
        step = step * Decimal(10);
    return step;
}

// The whole numbers of an interval, as a closed interval.
Interval whole_numbers(const Interval& i) {
    Ratio lo(i.lower().round(0, RoundingMode::ceiling));
    Ratio hi(i.upper().round(0, RoundingMode::floor));
    if (lo == i.lower() && i.lower_bound() == Bound::open) lo = lo + one;
    if (hi == i.upper() && i.upper_bound() == Bound::open) hi = hi - one;
    if (lo.sign() < 0) lo = Ratio();
    return Interval(lo, Bound::closed, hi, Bound::closed);
}

// The interval a qualified figure stands for, in its printed unit.
Interval qualified(const Published& p, Qualifier q, bool counts) {
    Decimal step = significant_step(p);
    if (counts && step < Decimal(10)) step = Decimal(10);
    const Ratio x(p.value());
    const Ratio half(step, Decimal(2));
    const int s = p.value().sign();
    if (s == 0 && q != Qualifier::about) {
        throw InvalidArgument(std::string("the qualifier \"") + std::string(to_string(q)) +
                              "\" on a printed zero has no side: it bounds nothing");
    }
    Interval r = Interval(x - half, Bound::closed, x + half, Bound::closed);
    // nearly: the magnitude is below the printed one; over: above it.
    if (q == Qualifier::nearly) {
        r = s > 0 ? Interval(x - half, Bound::closed, x, Bound::open)
                  : Interval(x, Bound::open, x + half, Bound::closed);
    } else if (q == Qualifier::over) {
        r = s > 0 ? Interval(x, Bound::open, x + half, Bound::closed)
                  : Interval(x - half, Bound::closed, x, Bound::open);
    }
    return counts ? whole_numbers(r) : r;
}

}  // namespace

std::string_view to_string(FigureKind kind) noexcept {
    switch (kind) {
        case FigureKind::level:
            return "level";
        case FigureKind::growth_rate:
            return "growth_rate";
        case FigureKind::share:
            return "share";
        case FigureKind::percentage_points:
            return "percentage_points";
        case FigureKind::count:
            return "count";
        case FigureKind::exchange_rate:
            return "exchange_rate";
    }
    return "unknown";
}

std::string_view to_string(Qualifier qualifier) noexcept {
    switch (qualifier) {
        case Qualifier::none:
            return "none";
        case Qualifier::nearly:
            return "nearly";
        case Qualifier::over:
            return "over";
        case Qualifier::about:
            return "about";
    }
    return "unknown";
}

Figure Figure::level(const Money& amount, Decimal unit) {
    Figure f(FigureKind::level, Published(amount.amount(), unit));
    f.currency_ = amount.currency();
    f.text_ = f.default_text();
    return f;
}

Figure Figure::level(const WrittenAmount& amount) {
    Figure f = level(amount.amount, amount.unit);
    f.scale_power_ = amount.scale_power;
    return f;
}

Figure Figure::growth_rate(const Published& percent) {
    Figure f(FigureKind::growth_rate, percent);
    f.text_ = f.default_text();
    return f;
}

Figure Figure::share(const Published& percent) {
    Figure f(FigureKind::share, percent);
    f.text_ = f.default_text();
    return f;
}

Figure Figure::percentage_points(const Published& points) {
    Figure f(FigureKind::percentage_points, points);
    f.text_ = f.default_text();
    return f;
}

Figure Figure::count(Decimal count) {
    if (count.sign() < 0 || !count.is_integer())
        throw InvalidArgument("a count is a whole number of at least 0, not " + count.to_string());
    Figure f(FigureKind::count, Published(count.normalized()));
    f.exact_ = true;
    f.text_ = f.default_text();
    return f;
}

Figure Figure::exchange_rate(Currency base, Currency quote, const Published& rate) {
    if (base == quote)
        throw InvalidArgument("an exchange rate needs two currencies, not " + std::string(base.code()) + " twice");
    if (rate.value().sign() <= 0)
        throw InvalidArgument("an exchange rate is positive, not " + rate.value().to_string());
    Figure f(FigureKind::exchange_rate, rate);
    f.currency_ = quote;
    f.base_ = base;
    f.text_ = f.default_text();
    return f;
}

Figure Figure::parse(std::string_view text, FigureKind kind, Qualifier qualifier) {
    text_detail::require_utf8(text);

    Figure f = parse(text, kind);
    if (qualifier == Qualifier::none || qualifier == f.qualifier_) return f;
    if (f.qualifier_ != Qualifier::none) {
        throw ParseError(text, 0,
                         std::string("the text says \"") + std::string(to_string(f.qualifier_)) +
                             "\" but the qualifier given with it is \"" + std::string(to_string(qualifier)) + "\"");
    }
    Figure r = f.with_qualifier(qualifier);
    r.text_ = f.text_;
    return r;
}

Ratio Figure::value() const {
    const Ratio v(printed_.value());
    return is_percentage(kind_) ? v * hundredth : v;
}

Money Figure::money() const {
    if (kind_ != FigureKind::level || !currency_)
        throw InvalidArgument("the figure \"" + text_ + "\" is a " + std::string(to_string(kind_)) +
                              ", not an amount of money");
    return Money(printed_.value(), *currency_);
}

Interval Figure::interval(RoundingMode mode) const {
    if (exact_) return Interval::point(value());
    if (qualifier_ != Qualifier::none) {
        const Interval q = qualified(printed_, qualifier_, kind_ == FigureKind::count);
        return is_percentage(kind_) ? q * Interval::point(hundredth) : q;
    }
    const Interval i = printed_.interval(mode);
    if (kind_ == FigureKind::count) return whole_numbers(i);
    return is_percentage(kind_) ? i * Interval::point(hundredth) : i;
}

Figure Figure::with_qualifier(Qualifier qualifier) const {
    Figure r = *this;
    r.qualifier_ = qualifier;
    if (qualifier != Qualifier::none) {
        r.exact_ = false;
    } else if (kind_ == FigureKind::count) {
        r.exact_ = true;
    }
    r.text_ = r.default_text();
    return r;
}

Figure Figure::declared_exact() const {
    if (qualifier_ != Qualifier::none)
        throw InvalidArgument("the figure \"" + text_ + "\" is qualified (" + std::string(to_string(qualifier_)) +
                              "): an approximate figure cannot be declared exact");
    Figure r = *this;
    r.exact_ = true;
    return r;
}

Figure Figure::with_unit(Decimal unit) const {
    if (kind_ == FigureKind::count && unit < Decimal(1))
        throw InvalidArgument("a count is rounded to whole numbers or coarser, not to " + unit.to_string());
    Figure r = *this;
    r.printed_ = Published(printed_.value(), unit);
    r.exact_ = false;  // a count given a rounding unit is a rounded count
    return r;
}

std::string Figure::default_text() const {
    std::string prefix;
    if (qualifier_ != Qualifier::none) prefix = std::string(to_string(qualifier_)) + " ";
    const std::string number = printed_.value().to_string();
    switch (kind_) {
        case FigureKind::level:
            return prefix + Money(printed_.value(), *currency_).to_string();
        case FigureKind::growth_rate:
        case FigureKind::share:
            return prefix + number + "%";
        case FigureKind::percentage_points:
            return prefix + number + " percentage points";
        case FigureKind::count:
            return prefix + number;
        case FigureKind::exchange_rate:
            return prefix + std::string(base_->code()) + "/" + std::string(currency_->code()) + " " + number;
    }
    return prefix + number;
}

}  // namespace svctrade
