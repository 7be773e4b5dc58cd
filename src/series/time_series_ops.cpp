// SPDX-License-Identifier: BSL-1.0
// Operations on a part series and a whole series matched period by period: shares and
// contributions to growth, with the checks that make the two series comparable.
#include <svctrade/series/time_series.hpp>

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <svctrade/categories/aggregate.hpp>
#include <svctrade/categories/category_set.hpp>
#include <svctrade/error.hpp>
#include <svctrade/growth/money_growth.hpp>
#include <svctrade/periods/text.hpp>

namespace svctrade {

namespace {

std::string describe_series(const TimeSeries& series) {
    std::string text = "a series in " + std::string(series.currency().code());
    if (series.category()) text += " of " + std::string(series.category()->code());
    if (series.flow()) text += " (" + std::string(to_string(*series.flow())) + ")";
    return text;
}

// Every check is made before any arithmetic, so misuse throws even when the two series have no
// period in common (a share of SI exports in S imports is wrong whatever the data).
void require_part_of_whole(const TimeSeries& part, const TimeSeries& whole, const char* what, const char* relation) {
    const std::string both =
        std::string(what) + " of " + describe_series(part) + " " + relation + " " + describe_series(whole);
    if (part.currency() != whole.currency()) {
        throw CurrencyMismatch("cannot compute " + both + ": currencies differ");
    }
    if (!part.empty() && !whole.empty()) {
        const Period& p = part.observations().begin()->first;
        const Period& w = whole.observations().begin()->first;
        // Matching by period needs the same kind and year start: a fiscal quarter never equals
        // a calendar quarter, so every row would be silently missing.
        if (p.kind() != w.kind() || p.year_start() != w.year_start()) {
            throw NotComparable("cannot compute " + both + ": its periods (like " + to_english(p) + ", " +
                                std::string(to_string(p.kind())) + ") are not of the kind and year start of the " +
                                "whole's (like " + to_english(w) + ", " + std::string(to_string(w.kind())) + ")");
        }
    }
    if (part.flow() && whole.flow() && !is_part_of(*part.flow(), *whole.flow())) {
        throw NotComparable("cannot compute " + both + ": " + std::string(to_string(*part.flow())) +
                            " are not a part of " + std::string(to_string(*whole.flow())) +
                            " (a part has the whole's flow, or is exports or imports of total trade)");
    }
    if (part.category() && whole.category() && !is_part_of(*part.category(), *whole.category())) {
        throw NotComparable("cannot compute " + both + ": " + std::string(part.category()->code()) + " is not " +
                            std::string(whole.category()->code()) + " or a category within it");
    }
}

// The periods of either series: a period reported by one series only gives a missing row, so the
// caller sees which side is absent instead of a shorter result.
std::set<Period> periods_of_either(const TimeSeries& a, const TimeSeries& b) {
    std::set<Period> periods;
    for (const auto& entry : a.observations()) periods.insert(entry.first);
    for (const auto& entry : b.observations()) periods.insert(entry.first);
    return periods;
}

const Money* find(const TimeSeries& series, const Period& period) {
    const auto it = series.observations().find(period);
    return it == series.observations().end() ? nullptr : &it->second;
}

template <class BaseOf>
SeriesResult<SeriesContribution> contributions_by(const TimeSeries& part, const TimeSeries& whole, BaseOf base_of) {
    require_part_of_whole(part, whole, "the contribution", "to the growth of");
    const std::set<Period> periods = periods_of_either(part, whole);
    std::vector<SeriesContribution> out;
    out.reserve(periods.size());
    for (const Period& period : periods) {
        const Period base = base_of(period);
        const Money* part_now = find(part, period);
        const Money* part_base = find(part, base);
        const Money* whole_now = find(whole, period);
        const Money* whole_base = find(whole, base);
        // The whole's current value is not in the formula, but a contribution to a growth that
        // was not reported is not published either: require it, so the contributions of a
        // partition always sit next to the whole growth they add up to.
        const ObservationStatus status = derived_status(derived_status(part.status(period), part.status(base)),
                                                        derived_status(whole.status(period), whole.status(base)));
        if (part_now == nullptr || part_base == nullptr || whole_now == nullptr || whole_base == nullptr) {
            out.push_back(SeriesContribution{period, base, NoAnswer(Reason::missing), status});
        } else {
            out.push_back(SeriesContribution{period, base, contribution(*part_base, *part_now, *whole_base), status});
        }
    }
    return SeriesResult<SeriesContribution>(std::move(out));
}

}  // namespace

SeriesResult<SeriesShare> share(const TimeSeries& part, const TimeSeries& whole) {
    require_part_of_whole(part, whole, "the share", "in");
    const std::set<Period> periods = periods_of_either(part, whole);
    std::vector<SeriesShare> out;
    out.reserve(periods.size());
    for (const Period& period : periods) {
        const Money* p = find(part, period);
        const Money* w = find(whole, period);
        const ObservationStatus status = derived_status(part.status(period), whole.status(period));
        if (p == nullptr || w == nullptr) {
            out.push_back(SeriesShare{period, NoAnswer(Reason::missing), status});
        } else {
            out.push_back(SeriesShare{period, share(*p, *w), status});
        }
    }
    return SeriesResult<SeriesShare>(std::move(out));
}

SeriesResult<SeriesShareChange> yoy_share_change(const TimeSeries& part, const TimeSeries& whole) {
    require_part_of_whole(part, whole, "the share change", "in");
    const std::set<Period> periods = periods_of_either(part, whole);
    std::vector<SeriesShareChange> out;
    out.reserve(periods.size());
    const auto share_at = [&](const Period& period) -> Outcome<Share> {
        const Money* p = find(part, period);
        const Money* w = find(whole, period);
        if (p == nullptr || w == nullptr) return NoAnswer(Reason::missing);
        return share(*p, *w);
    };
    for (const Period& period : periods) {
        const Period base = period.same_period_last_year();
        const Outcome<Share> now = share_at(period);
        const Outcome<Share> before = share_at(base);
        const ObservationStatus status = derived_status(derived_status(part.status(period), whole.status(period)),
                                                        derived_status(part.status(base), whole.status(base)));
        // A change needs both shares; the current one's reason comes first because it is the
        // figure the reader asked about.
        if (!now) {
            out.push_back(SeriesShareChange{period, base, NoAnswer::of(now.reason()), status});
        } else if (!before) {
            out.push_back(SeriesShareChange{period, base, NoAnswer::of(before.reason()), status});
        } else {
            out.push_back(SeriesShareChange{period, base, share_change(before.value(), now.value()), status});
        }
    }
    return SeriesResult<SeriesShareChange>(std::move(out));
}

SeriesResult<SeriesContribution> yoy_contribution(const TimeSeries& part, const TimeSeries& whole) {
    return contributions_by(part, whole, [](const Period& p) { return p.same_period_last_year(); });
}

SeriesResult<SeriesContribution> period_contribution(const TimeSeries& part, const TimeSeries& whole) {
    return contributions_by(part, whole, [](const Period& p) { return p.previous(); });
}

}  // namespace svctrade
