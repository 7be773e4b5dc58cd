// SPDX-License-Identifier: BSL-1.0
// The pure growth and share functions. Every relative measure follows one rule for its base,
// shared with the panels (growth/no_answer.hpp). The arithmetic is exact (Ratio).
#include <svctrade/growth/growth.hpp>

#include <svctrade/error.hpp>

#include "growth/no_answer.hpp"

#include <string>

namespace svctrade {

using detail::base_reason;
using detail::change_reason;

Change growth(Decimal base, Decimal current) {
    const Decimal difference = current - base;
    const Reason r = change_reason(base, current);
    if (r != Reason::none) return Change{difference, Outcome<GrowthRate>(NoAnswer::of(r))};
    return Change{difference, Outcome<GrowthRate>(GrowthRate::from_ratio(Ratio(difference, base)))};
}

Outcome<AverageGrowth> cagr(Decimal first, Decimal last, int years) {
    if (years < 1 || years > AverageGrowth::max_periods) {
        throw InvalidArgument("a compound annual growth rate spans 1 to " + std::to_string(AverageGrowth::max_periods) +
                              " years, not " + std::to_string(years));
    }
    const Reason r = change_reason(first, last);
    if (r != Reason::none) return Outcome<AverageGrowth>(NoAnswer::of(r));
    return Outcome<AverageGrowth>(AverageGrowth(Ratio(last, first), years));
}

Outcome<AverageGrowth> two_year_average_growth(Decimal x2019, Decimal x2021) {
    return cagr(x2019, x2021, 2);
}

Outcome<AverageGrowth> average_growth(std::span<const GrowthRate> rates) {
    if (rates.empty() || rates.size() > static_cast<std::size_t>(AverageGrowth::max_periods)) {
        throw InvalidArgument("an average of growth rates needs 1 to " + std::to_string(AverageGrowth::max_periods) +
                              " rates, not " + std::to_string(rates.size()));
    }
    Ratio factor(Decimal(1));
    for (const GrowthRate& g : rates) {
        const Ratio f = g.factor();
        if (f.sign() < 0) return Outcome<AverageGrowth>(NoAnswer(Reason::sign_change));
        factor = factor * f;
    }
    return Outcome<AverageGrowth>(AverageGrowth(factor, static_cast<int>(rates.size())));
}

Outcome<Share> share(Decimal part, Decimal whole) {
    const Reason r = base_reason(whole);
    if (r != Reason::none) return Outcome<Share>(NoAnswer::of(r));
    return Outcome<Share>(Share::of(part, whole));
}

Outcome<PercentagePoints> contribution(Decimal part_base, Decimal part_current, Decimal whole_base) {
    const Reason r = base_reason(whole_base);
    if (r != Reason::none) return Outcome<PercentagePoints>(NoAnswer::of(r));
    return Outcome<PercentagePoints>(PercentagePoints::from_ratio(Ratio(part_current - part_base, whole_base)));
}

Outcome<Contributions> contributions(std::span<const Decimal> base_parts, std::span<const Decimal> current_parts) {
    if (base_parts.empty() || base_parts.size() != current_parts.size()) {
        throw InvalidArgument("contributions need the same number of parts in both periods (got " +
                              std::to_string(base_parts.size()) + " and " + std::to_string(current_parts.size()) +
                              "), at least one");
    }
    Decimal whole_base;
    Decimal whole_current;
    for (std::size_t i = 0; i < base_parts.size(); ++i) {
        whole_base += base_parts[i];
        whole_current += current_parts[i];
    }
    const Change total = growth(whole_base, whole_current);
    if (!total.relative) return Outcome<Contributions>(NoAnswer::of(total.relative.reason()));
    Contributions result{{}, total.relative.value()};
    result.parts.reserve(base_parts.size());
    for (std::size_t i = 0; i < base_parts.size(); ++i) {
        result.parts.push_back(contribution(base_parts[i], current_parts[i], whole_base).value());
    }
    return Outcome<Contributions>(std::move(result));
}

Outcome<Ratio> index_number(Decimal base, Decimal value) {
    const Reason r = base_reason(base);
    if (r != Reason::none) return Outcome<Ratio>(NoAnswer::of(r));
    return Outcome<Ratio>(Ratio(value, base) * Ratio(Decimal(100)));
}

std::vector<Outcome<Ratio>> index_numbers(std::span<const Decimal> series, std::size_t base) {
    if (base >= series.size()) {
        throw NotFound("the base position " + std::to_string(base) + " is outside a series of " +
                       std::to_string(series.size()) + " values");
    }
    std::vector<Outcome<Ratio>> out;
    out.reserve(series.size());
    for (const Decimal& v : series) out.push_back(index_number(series[base], v));
    return out;
}

Outcome<Ratio> implied_base(Decimal current, GrowthRate growth) {
    const Ratio factor = growth.factor();
    if (factor.is_zero()) return Outcome<Ratio>(NoAnswer(Reason::zero_base));
    if (factor.sign() < 0) return Outcome<Ratio>(NoAnswer(Reason::sign_change));
    return Outcome<Ratio>(Ratio(current) / factor);
}

Ratio implied_current(Decimal base, GrowthRate growth) {
    return Ratio(base) * growth.factor();
}

Ratio implied_part(Share share, Decimal whole) {
    return share.ratio() * Ratio(whole);
}

Outcome<Ratio> implied_whole(Decimal part, Share share) {
    if (share.ratio().is_zero()) return Outcome<Ratio>(NoAnswer(Reason::zero_base));
    return Outcome<Ratio>(Ratio(part) / share.ratio());
}

}  // namespace svctrade
