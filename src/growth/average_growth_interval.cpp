// SPDX-License-Identifier: BSL-1.0
// Average growth over intervals, decided without roots.
//
// The average growth of a factor F over n periods is r(F) = F^(1/n) − 1, increasing in F, so the
// set over an interval of factors is the interval between r(F_lo) and r(F_hi) with the same kinds
// of ends. A growth g is compared with an end r(F_e) through x ↦ (1 + x)^n, increasing on
// x ≥ −1: r(F_e) < g ⟺ F_e < (1 + g)^n, and every g < −1 lies below the set. With F_e = c/d and
// 1 + g = a/b, that is c·b^n against a^n·d, compared exactly in big integers (n up to 100: a few
// thousand digits at most).
//
// Printing: floor(10^p · F^(1/n)) = k is the integer n-th root of floor(N·10^(pn) / D) for
// F = N/D (k^n ≤ X/D ⟺ k^n ≤ floor(X/D) for integers), found by Newton's iteration; the end is
// (k − 10^p)/10^p rounded down, plus one unit when the root is not exact for rounding up.
#include <svctrade/error.hpp>
#include <svctrade/growth/average_growth_interval.hpp>

#include "growth/big_unsigned.hpp"

#include <string>

namespace svctrade {

namespace {

using Big = detail::BigUnsigned;

constexpr Ratio one{Decimal(1)};

// sign(F_e^(1/n) − (1 + g)) for F_e ≥ 0.
int compare_root(const Ratio& factor, int n, const Ratio& growth) {
    const Ratio base = one + growth;
    if (base.sign() < 0) return 1;
    const Big lhs = Big::of(factor.numerator()) * Big::of(base.denominator()).pow(n);
    const Big rhs = Big::of(base.numerator()).pow(n) * Big::of(factor.denominator());
    return compare(lhs, rhs);
}

struct RootDigits {
    Big floor;  // floor(10^places · F^(1/n))
    bool exact = false;
};

RootDigits root_digits(const Ratio& factor, int n, int places) {
    const Big num = Big::of(factor.numerator());
    const Big den = Big::of(factor.denominator());
    const Big target = num * Big::power_of_ten(places).pow(n);
    const Big k = detail::integer_root(target / den, n);
    return {k, compare(k.pow(n) * den, target) == 0};
}

// (k − 10^places) / 10^places in decimal notation with `places` places.
std::string scaled(const Big& k, int places) {
    const Big unit = Big::power_of_ten(places);
    const bool negative = compare(k, unit) < 0;
    std::string digits = (negative ? unit - k : k - unit).to_string();
    const auto p = static_cast<std::size_t>(places);
    if (digits.size() <= p) digits.insert(0, p + 1 - digits.size(), '0');
    if (p > 0) digits.insert(digits.size() - p, 1, '.');
    return (negative ? "-" : "") + digits;
}

void check_places(int places) {
    if (places < 0 || places > AverageGrowthInterval::max_places) {
        throw InvalidArgument("an average growth interval prints with 0 to " +
                              std::to_string(AverageGrowthInterval::max_places) + " places, not " +
                              std::to_string(places));
    }
}

// The exact n-th root of a non-negative ratio when it is rational and fits, else nothing.
std::optional<Ratio> exact_root(const Ratio& factor, int n) {
    const Big num = Big::of(factor.numerator());
    const Big den = Big::of(factor.denominator());
    const Big rn = detail::integer_root(num, n);
    const Big rd = detail::integer_root(den, n);
    if (compare(rn.pow(n), num) != 0 || compare(rd.pow(n), den) != 0) return std::nullopt;
    const std::string sn = rn.to_string(), sd = rd.to_string();
    if (sn.size() > 37 || sd.size() > 37) return std::nullopt;
    return Ratio(Decimal::parse(sn), Decimal::parse(sd));
}

Reason positive_base(const Interval& base) {
    if (!(base.lower().sign() > 0 || base.upper().sign() < 0)) return Reason::zero_base;
    if (base.upper().sign() < 0) return Reason::negative_base;
    return Reason::none;
}

}  // namespace

AverageGrowthInterval::AverageGrowthInterval(const Interval& factor, int periods) : factor_(factor), periods_(periods) {
    if (factor.lower().sign() < 0) {
        throw InvalidArgument("an average growth needs factors of at least 0, not " + factor.to_exact_string());
    }
    if (periods < 1 || periods > max_periods) {
        throw InvalidArgument("an average growth spans 1 to " + std::to_string(max_periods) + " periods, not " +
                              std::to_string(periods));
    }
}

bool AverageGrowthInterval::contains(const Ratio& growth) const {
    const int lo = compare_root(factor_.lower(), periods_, growth);
    const int hi = compare_root(factor_.upper(), periods_, growth);
    return (lo < 0 || (lo == 0 && factor_.lower_bound() == Bound::closed)) &&
           (hi > 0 || (hi == 0 && factor_.upper_bound() == Bound::closed));
}

bool AverageGrowthInterval::contains(const Interval& growth) const {
    const int lo = compare_root(factor_.lower(), periods_, growth.lower());
    const int hi = compare_root(factor_.upper(), periods_, growth.upper());
    return (lo < 0 || (lo == 0 && (factor_.lower_bound() == Bound::closed || growth.lower_bound() == Bound::open))) &&
           (hi > 0 || (hi == 0 && (factor_.upper_bound() == Bound::closed || growth.upper_bound() == Bound::open)));
}

bool AverageGrowthInterval::intersects(const Interval& growth) const {
    // This set's lower end against the other's upper end, and the other's lower end against this upper end.
    const int a = compare_root(factor_.lower(), periods_, growth.upper());
    const int b = compare_root(factor_.upper(), periods_, growth.lower());
    return (a < 0 || (a == 0 && factor_.lower_bound() == Bound::closed && growth.upper_bound() == Bound::closed)) &&
           (b > 0 || (b == 0 && factor_.upper_bound() == Bound::closed && growth.lower_bound() == Bound::closed));
}

bool AverageGrowthInterval::closure_intersects(const Interval& growth) const {
    return compare_root(factor_.lower(), periods_, growth.upper()) <= 0 &&
           compare_root(factor_.upper(), periods_, growth.lower()) >= 0;
}

std::optional<Interval> AverageGrowthInterval::exact() const {
    const std::optional<Ratio> lo = exact_root(factor_.lower(), periods_);
    const std::optional<Ratio> hi = exact_root(factor_.upper(), periods_);
    if (!lo || !hi) return std::nullopt;
    return Interval(*lo - one, factor_.lower_bound(), *hi - one, factor_.upper_bound());
}

std::string AverageGrowthInterval::lower_outward(int places) const {
    check_places(places);
    return scaled(root_digits(factor_.lower(), periods_, places).floor, places);
}

std::string AverageGrowthInterval::upper_outward(int places) const {
    check_places(places);
    const RootDigits r = root_digits(factor_.upper(), periods_, places);
    return scaled(r.exact ? r.floor : r.floor + Big(1), places);
}

std::string AverageGrowthInterval::to_string(int places) const {
    return lower_outward(places) + "\xE2\x80\x93" + upper_outward(places);
}

std::string AverageGrowthInterval::to_enclosure_string(int places) const {
    check_places(places);
    const RootDigits lo = root_digits(factor_.lower(), periods_, places);
    const RootDigits hi = root_digits(factor_.upper(), periods_, places);
    const bool lo_open = lo.exact && factor_.lower_bound() == Bound::open;
    const bool hi_open = hi.exact && factor_.upper_bound() == Bound::open;
    return std::string(lo_open ? "(" : "[") + scaled(lo.floor, places) + ", " +
           scaled(hi.exact ? hi.floor : hi.floor + Big(1), places) + (hi_open ? ")" : "]");
}

Outcome<AverageGrowthInterval> cagr(const Interval& first, const Interval& last, int years) {
    if (years < 1 || years > AverageGrowthInterval::max_periods) {
        throw InvalidArgument("a compound annual growth rate spans 1 to " +
                              std::to_string(AverageGrowthInterval::max_periods) + " years, not " +
                              std::to_string(years));
    }
    if (const Reason r = positive_base(first); r != Reason::none) return NoAnswer::of(r);
    if (last.lower().sign() < 0) return NoAnswer(Reason::sign_change);
    return AverageGrowthInterval(last / first, years);
}

Outcome<AverageGrowthInterval> two_year_average_growth(const Interval& x2019, const Interval& x2021) {
    return cagr(x2019, x2021, 2);
}

Outcome<AverageGrowthInterval> average_growth(std::span<const Interval> rates) {
    if (rates.empty() || rates.size() > static_cast<std::size_t>(AverageGrowthInterval::max_periods)) {
        throw InvalidArgument("an average growth needs 1 to " + std::to_string(AverageGrowthInterval::max_periods) +
                              " growth rates, not " + std::to_string(rates.size()));
    }
    Interval factor = Interval::point(one);
    for (const Interval& g : rates) {
        const Interval f = Interval::point(one) + g;
        if (f.lower().sign() < 0) return NoAnswer(Reason::sign_change);
        factor = factor * f;
    }
    return AverageGrowthInterval(factor, static_cast<int>(rates.size()));
}

}  // namespace svctrade
