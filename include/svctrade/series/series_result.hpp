// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::SeriesResult: the entries of a series operation (growth, shares, share changes,
/// contributions, roll-ups), one per period in chronological order, readable in order like a
/// vector and by period like a map: `result.at(Period::year_to_date(2021, 6))`.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include <svctrade/error.hpp>
#include <svctrade/export.hpp>
#include <svctrade/periods/period.hpp>

namespace svctrade {

namespace detail {
// The message of a lookup of a period that a result does not hold (defined in the series
// module's sources, where the period's text form is known).
[[noreturn]] SVCTRADE_EXPORT void throw_period_not_in_result(const Period& period, std::size_t size,
                                                             const Period* first, const Period* last);
}  // namespace detail

/// The entries of a series operation, one per period, in chronological order, each an `Entry`
/// with a `period` member (SeriesGrowth, SeriesShare, SeriesShareChange, SeriesContribution,
/// RolledValue). Read it in order (`for (const auto& e : result)`, `result[i]`, `size()`) or by
/// period (`at(period)`, `find(period)`, `contains(period)`, in logarithmic time).
/// \note A result holds the periods the operation covers: every observation of the series, or of
/// either series for the part-and-whole operations. A period the data lacks inside that span is
/// an entry with Reason::missing; a period outside it is not an entry, and at() throws NotFound
/// for it.
template <class Entry>
class SeriesResult {
public:
    /// The type of an entry.
    using value_type = Entry;
    /// An iterator over the entries, in chronological order (read-only).
    using const_iterator = typename std::vector<Entry>::const_iterator;
    /// The same iterator (a result is never modified in place).
    using iterator = const_iterator;
    /// The type of sizes and indices.
    using size_type = std::size_t;

    /// An empty result.
    SeriesResult() = default;
    /// The result holding `entries`, which must be in strictly increasing order of period.
    /// \throws InvalidArgument if two entries are out of order or share a period.
    explicit SeriesResult(std::vector<Entry> entries) : entries_(std::move(entries)) {
        for (std::size_t i = 1; i < entries_.size(); ++i) {
            if (!(entries_[i - 1].period < entries_[i].period)) {
                throw InvalidArgument(
                    "the entries of a series result must be in strictly increasing order of "
                    "period: entry " +
                    std::to_string(i) + " does not follow entry " + std::to_string(i - 1));
            }
        }
    }

    /// \returns an iterator at the first (earliest) entry.
    [[nodiscard]] const_iterator begin() const noexcept { return entries_.begin(); }
    /// \returns an iterator one past the last entry.
    [[nodiscard]] const_iterator end() const noexcept { return entries_.end(); }
    /// \returns the number of entries.
    [[nodiscard]] size_type size() const noexcept { return entries_.size(); }
    /// \returns true when there is no entry (the operation had no period to cover).
    [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }
    /// \returns the entry at position `i` (0 is the earliest), unchecked like a vector's.
    [[nodiscard]] const Entry& operator[](size_type i) const& noexcept { return entries_[i]; }
    /// \returns the entry at position `i` of a temporary result, by value, unchecked.
    [[nodiscard]] Entry operator[](size_type i) && { return std::move(entries_[i]); }
    /// \returns the earliest entry. \throws NotFound for an empty result.
    [[nodiscard]] const Entry& front() const& { return entries_[first_index()]; }
    /// \returns the earliest entry of a temporary result, by value, so that
    /// `const auto& e = series.yoy_growth().front();` does not dangle. \throws NotFound for an
    /// empty result.
    [[nodiscard]] Entry front() && { return std::move(entries_[first_index()]); }
    /// \returns the latest entry. \throws NotFound for an empty result.
    [[nodiscard]] const Entry& back() const& { return entries_[last_index()]; }
    /// \returns the latest entry of a temporary result, by value. \throws NotFound for an empty
    /// result.
    [[nodiscard]] Entry back() && { return std::move(entries_[last_index()]); }
    /// \returns the entries as a vector, in chronological order.
    [[nodiscard]] const std::vector<Entry>& entries() const& noexcept { return entries_; }
    /// \returns the entries of a temporary result as a vector, moved out of it.
    [[nodiscard]] std::vector<Entry> entries() && noexcept { return std::move(entries_); }

    /// \returns an iterator at the entry for `period`, or end() when the result holds none.
    /// \note Periods match by value (kind, year start and dates): H1 2021 does not find the entry
    /// of January-June 2021; convert it first with Period::as_kind().
    [[nodiscard]] const_iterator find(const Period& period) const& noexcept {
        const auto it = std::lower_bound(entries_.begin(), entries_.end(), period,
                                         [](const Entry& e, const Period& p) { return e.period < p; });
        return it != entries_.end() && it->period == period ? it : entries_.end();
    }
    /// An iterator into a temporary result would dangle at the end of the statement: keep the
    /// result in a variable, or use at() or contains().
    [[nodiscard]] const_iterator find(const Period& period) const&& = delete;
    /// \returns true when the result holds an entry for `period`.
    [[nodiscard]] bool contains(const Period& period) const noexcept { return find(period) != end(); }
    /// \returns the entry for `period`.
    /// \throws NotFound naming the period and the span of periods the result holds.
    [[nodiscard]] const Entry& at(const Period& period) const& { return entries_[index_of(period)]; }
    /// \returns the entry for `period` of a temporary result, by value: the entry of
    /// `series.yoy_growth().at(period)` outlives the result it came from.
    /// \throws NotFound naming the period and the span of periods the result holds.
    [[nodiscard]] Entry at(const Period& period) && { return std::move(entries_[index_of(period)]); }

    /// Two results are equal when they hold equal entries in the same order.
    [[nodiscard]] friend bool operator==(const SeriesResult& a, const SeriesResult& b) {
        return a.entries_ == b.entries_;
    }

private:
    [[nodiscard]] std::size_t first_index() const {
        if (entries_.empty()) throw NotFound("an empty series result has no first entry");
        return 0;
    }
    [[nodiscard]] std::size_t last_index() const {
        if (entries_.empty()) throw NotFound("an empty series result has no last entry");
        return entries_.size() - 1;
    }
    [[nodiscard]] std::size_t index_of(const Period& period) const {
        const auto it = find(period);
        if (it == end()) {
            detail::throw_period_not_in_result(period, entries_.size(),
                                               entries_.empty() ? nullptr : &entries_.front().period,
                                               entries_.empty() ? nullptr : &entries_.back().period);
        }
        return static_cast<std::size_t>(it - entries_.begin());
    }

    std::vector<Entry> entries_;
};

}  // namespace svctrade
