// SPDX-License-Identifier: BSL-1.0
// The same dates as a period of another kind: January-June is H1 and H1 is January-June. The
// candidate of the asked kind is the one holding the period's first day (its last day for a
// year-to-date, which ends where the period ends); it is the answer when its dates are the same.
#include <svctrade/error.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>

#include <optional>
#include <string>

#include "periods/util.hpp"

namespace svctrade {

namespace {

std::string iso_dates(const Period& p) {
    return detail::iso(p.first()) + ".." + detail::iso(p.last());
}

std::string years_of(YearStart start) {
    return start.is_calendar() ? std::string("calendar years")
                               : "years starting in month " + std::to_string(start.month());
}

// The period of kind `kind` that could have these dates, or the reason there is none.
Period candidate(const Period& p, PeriodKind kind, YearStart start) {
    if (kind == PeriodKind::range) return Period::range(p.first(), p.last());
    return Period::containing(kind == PeriodKind::year_to_date ? p.last() : p.first(), kind, start);
}

}  // namespace

Period Period::as_kind(PeriodKind kind, YearStart start) const {
    const Period c = candidate(*this, kind, start);
    if (c.same_dates(*this)) return c;
    throw InvalidPeriod(to_english(*this) + " (" + iso_dates(*this) + ") is not a " + std::string(to_string(kind)) +
                        " of " + years_of(start) + ": the nearest one, " + to_english(c) + ", covers " + iso_dates(c));
}

std::optional<Period> Period::try_as_kind(PeriodKind kind, YearStart start) const {
    try {
        const Period c = candidate(*this, kind, start);
        if (c.same_dates(*this)) return c;
    } catch (const Error&) {
        // A candidate outside Boost's range has no dates to compare: there is no such period.
    }
    return std::nullopt;
}

}  // namespace svctrade
