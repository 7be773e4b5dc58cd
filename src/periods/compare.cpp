// SPDX-License-Identifier: BSL-1.0
// Year-on-year (同比) compares a period with the same period of an earlier year; period-on-period
// (环比) with the period just before. Figures for periods of different kinds (a quarter against a
// year-to-date) or of differently defined years (calendar against fiscal) are not comparable even
// when their dates coincide, because the published series differ.
#include <svctrade/periods/compare.hpp>

#include <string>

#include "periods/util.hpp"

namespace svctrade {

namespace {

std::string describe(const Period& p) {
    std::string s(to_string(p.kind()));
    if (p.is_fiscal()) s = "fiscal " + s + " (starting month " + std::to_string(p.year_start().month()) + ")";
    return s + " " + detail::iso(p.first()) + ".." + detail::iso(p.last());
}

std::string both(const Period& current, const Period& base) {
    return describe(current) + " and " + describe(base);
}

// Kind and year start must agree before positions mean anything.
std::string same_series(const Period& current, const Period& base) {
    if (current.kind() != base.kind()) {
        return both(current, base) + " are of different kinds";
    }
    if (current.year_start() != base.year_start()) {
        return both(current, base) + " belong to years starting in different months";
    }
    return {};
}

std::string day_counts(const Period& current, const Period& base, ComparabilityOptions options) {
    if (current.kind() == PeriodKind::range && !options.allow_unequal_days && current.days() != base.days()) {
        return both(current, base) + " have " + std::to_string(current.days()) + " and " + std::to_string(base.days()) +
               " days";
    }
    return {};
}

}  // namespace

Comparability year_on_year_comparable(const Period& current, const Period& base, ComparabilityOptions options) {
    if (std::string why = same_series(current, base); !why.empty()) return Comparability::no(why);
    const int years = current.year() - base.year();
    if (years < 1) {
        return Comparability::no(both(current, base) + ": the base must be in an earlier year");
    }
    if (current.shifted_years(-years) != base) {
        return Comparability::no(both(current, base) + " are not at the same position in their years");
    }
    if (std::string why = day_counts(current, base, options); !why.empty()) return Comparability::no(why);
    return Comparability::yes();
}

Comparability period_on_period_comparable(const Period& current, const Period& base, ComparabilityOptions options) {
    if (std::string why = same_series(current, base); !why.empty()) return Comparability::no(why);
    if (current.kind() == PeriodKind::range) {
        // Ranges of unequal length are adjacent too; day counts are judged separately below.
        if (base.last() >= current.first() || (current.first() - base.last()).days() != 1) {
            return Comparability::no(both(current, base) + ": the base must end the day before the period starts");
        }
        if (std::string why = day_counts(current, base, options); !why.empty()) return Comparability::no(why);
        return Comparability::yes();
    }
    if (!(base < current) || current.previous() != base) {
        return Comparability::no(both(current, base) + ": the base must be the " + std::string(to_string(base.kind())) +
                                 " just before");
    }
    return Comparability::yes();
}

void require_year_on_year_comparable(const Period& current, const Period& base, ComparabilityOptions options) {
    if (const Comparability c = year_on_year_comparable(current, base, options); !c) {
        throw NotComparable("not comparable year on year: " + c.reason());
    }
}

void require_period_on_period_comparable(const Period& current, const Period& base, ComparabilityOptions options) {
    if (const Comparability c = period_on_period_comparable(current, base, options); !c) {
        throw NotComparable("not comparable period on period: " + c.reason());
    }
}

}  // namespace svctrade
