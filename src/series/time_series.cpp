// SPDX-License-Identifier: BSL-1.0
#include <svctrade/series/time_series.hpp>

#include <string>
#include <utility>
#include <vector>

#include <svctrade/error.hpp>
#include <svctrade/periods/text.hpp>

namespace svctrade {

void TimeSeries::check_period(const Period& period, const Money* value) const {
    if (value != nullptr && value->currency() != currency_) {
        throw CurrencyMismatch("cannot insert " + value->to_string() + " for " + to_english(period) +
                               " into a series in " + std::string(currency_.code()));
    }
    const Period* first = nullptr;
    if (!values_.empty()) first = &values_.begin()->first;
    if (first == nullptr && !statuses_.empty()) first = &statuses_.begin()->first;
    if (first != nullptr) {
        // One kind and one year start per series: a fiscal quarter next to a calendar quarter
        // would make previous() and same_period_last_year() point at periods the series can
        // never hold.
        if (first->kind() != period.kind() || first->year_start() != period.year_start()) {
            throw NotComparable("cannot insert " + to_english(period) + " (" + std::string(to_string(period.kind())) +
                                ") into a series of periods like " + to_english(*first) + " (" +
                                std::string(to_string(first->kind())) + ")");
        }
    }
    if (const auto it = values_.find(period); it != values_.end()) {
        throw InvalidArgument("the series already has a value for " + to_english(period) + ": " +
                              it->second.to_string());
    }
    if (const auto it = statuses_.find(period); it != statuses_.end() && it->second.is_missing()) {
        throw InvalidArgument("the series already records " + to_english(period) + " as " + it->second.to_string());
    }
}

void TimeSeries::insert(const Period& period, const Money& value) {
    insert(period, value, ObservationStatus());
}

void TimeSeries::insert(const Period& period, const Money& value, const ObservationStatus& status) {
    if (status.is_missing()) {
        throw InvalidArgument("cannot insert " + value.to_string() + " for " + to_english(period) +
                              " with the status \"" + status.to_string() + "\": a missing observation has no value");
    }
    check_period(period, &value);
    values_.emplace(period, value);
    if (status != ObservationStatus()) statuses_.emplace(period, status);
}

void TimeSeries::insert_missing(const Period& period, const ObservationStatus& status) {
    if (!status.is_missing()) {
        throw InvalidArgument("cannot record " + to_english(period) + " as missing with the status \"" +
                              status.to_string() + "\", which gives no reason for a missing value");
    }
    check_period(period, nullptr);
    statuses_.emplace(period, status);
}

ObservationStatus TimeSeries::status(const Period& period) const {
    if (const auto it = statuses_.find(period); it != statuses_.end()) return it->second;
    if (values_.count(period) != 0) return ObservationStatus();
    return ObservationStatus::missing(Missing::not_provided);
}

Outcome<Money> TimeSeries::at(const Period& period) const {
    const auto it = values_.find(period);
    if (it == values_.end()) return NoAnswer(Reason::missing);
    return it->second;
}

std::optional<PeriodKind> TimeSeries::kind() const noexcept {
    if (!values_.empty()) return values_.begin()->first.kind();
    if (!statuses_.empty()) return statuses_.begin()->first.kind();
    return std::nullopt;
}

SeriesResult<SeriesGrowth> TimeSeries::yoy_growth() const {
    std::vector<SeriesGrowth> out;
    out.reserve(values_.size());
    for (const auto& [period, value] : values_) {
        const Period base = period.same_period_last_year();
        const auto it = values_.find(base);
        const ObservationStatus derived = derived_status(status(period), status(base));
        if (it == values_.end()) {
            out.push_back(SeriesGrowth{period, base, NoAnswer(Reason::missing), derived});
        } else {
            out.push_back(SeriesGrowth{period, base, svctrade::yoy_growth(it->second, base, value, period), derived});
        }
    }
    return SeriesResult<SeriesGrowth>(std::move(out));
}

SeriesResult<SeriesGrowth> TimeSeries::period_growth() const {
    std::vector<SeriesGrowth> out;
    out.reserve(values_.size());
    for (const auto& [period, value] : values_) {
        const Period base = period.previous();
        const auto it = values_.find(base);
        const ObservationStatus derived = derived_status(status(period), status(base));
        if (it == values_.end()) {
            out.push_back(SeriesGrowth{period, base, NoAnswer(Reason::missing), derived});
        } else {
            out.push_back(
                SeriesGrowth{period, base, svctrade::period_growth(it->second, base, value, period), derived});
        }
    }
    return SeriesResult<SeriesGrowth>(std::move(out));
}

SeriesResult<RolledValue> TimeSeries::roll_up(RollUpTarget target, YearStart start, PartialSums partial) const {
    const PeriodKind kind = to_period_kind(target);
    if (partial != PartialSums::refuse && partial != PartialSums::allow) {
        throw InvalidArgument("unknown choice of partial sums " + std::to_string(static_cast<unsigned>(partial)) +
                              ": refuse or allow");
    }
    if (values_.empty()) return {};
    if (values_.begin()->first.kind() != PeriodKind::month) {
        throw InvalidArgument("only a monthly series can be rolled up; this one holds periods of kind " +
                              std::string(to_string(values_.begin()->first.kind())));
    }
    // Every target period from the one holding the first observed month to the one holding the
    // last, contiguously: a quarter in the middle of the series with no reported month, or the
    // year-to-date through a month nobody reported, is a row saying "missing", not an absent row
    // a reader could mistake for "nothing to report".
    const Period first_target = Period::containing(values_.begin()->first.first(), kind, start);
    const Period last_target = Period::containing(values_.rbegin()->first.first(), kind, start);
    std::vector<RolledValue> out;
    for (Period period = first_target;; period = period.next()) {
        const std::vector<Period> months = period.months();
        Money total(Decimal(), currency_);
        unsigned present = 0;
        ObservationStatus all_months;      // over every month: missing when one is
        ObservationStatus present_months;  // over the months summed, for a partial sum
        for (const Period& month : months) {
            all_months = derived_status(all_months, status(month));
            const auto it = values_.find(month);
            if (it == values_.end()) continue;
            present_months = derived_status(present_months, status(month));
            total += it->second;
            ++present;
        }
        const auto expected = static_cast<unsigned>(months.size());
        // Missing stays missing: a quarter with an unreported month is not the sum of the other
        // two, unless the caller asked for partial sums and reads months_present. A partial sum
        // of no month at all would be a zero nobody reported, so it stays missing too.
        if (present == expected || (partial == PartialSums::allow && present > 0)) {
            out.push_back(RolledValue{period, total, present, expected, present_months});
        } else {
            out.push_back(RolledValue{period, NoAnswer(Reason::missing), present, expected, all_months});
        }
        // Stop before next(): the period after the last target may leave Boost's range.
        if (period == last_target) break;
    }
    return SeriesResult<RolledValue>(std::move(out));
}

TimeSeries TimeSeries::roll_up_series(RollUpTarget target, YearStart start) const {
    TimeSeries out(currency_, category_, flow_);
    for (const RolledValue& rolled : roll_up(target, start)) {
        if (rolled.value) out.insert(rolled.period, rolled.value.value(), rolled.status);
    }
    return out;
}

}  // namespace svctrade
