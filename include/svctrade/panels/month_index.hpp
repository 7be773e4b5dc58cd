// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::MonthIndex, the position of a calendar month on the panels' month axis, as a type of
/// its own so that a number such as 202106 cannot be passed where a month is wanted.
#pragma once

#include <compare>
#include <cstdint>
#include <string>

#include <svctrade/error.hpp>

namespace svctrade {

class Period;

/// A calendar month of years 1–9999 as the panels count months: consecutive months have
/// consecutive numbers (year × 12 + month − 1), so the same month last year is 12 months back.
///
/// Built from a year and a month (`MonthIndex(2021, 6)`), moved by a number of months
/// (`first + 12`), never converted from or to a plain integer implicitly:
/// `panel.set(r, c, Flow::exports, 202106, x)` does not compile.
class MonthIndex {
public:
    /// The month `month` (1–12) of `year` (1–9999).
    /// \throws InvalidPeriod if `month` is not 1–12 or `year` is outside 1–9999.
    constexpr MonthIndex(int year, unsigned month) : number_(checked(year, month)) {}

    /// \returns the month whose number() is `number`, unchecked (for the periods of a monthly
    ///          PanelResult, whose first_period() is such a number).
    [[nodiscard]] static constexpr MonthIndex from_number(std::int32_t number) noexcept { return MonthIndex(number); }

    /// \returns the month's number: year × 12 + month − 1.
    [[nodiscard]] constexpr std::int32_t number() const noexcept { return number_; }
    /// \returns the calendar year.
    [[nodiscard]] constexpr int year() const noexcept { return number_ / 12; }
    /// \returns the calendar month, 1–12.
    [[nodiscard]] constexpr unsigned month() const noexcept { return static_cast<unsigned>(number_ % 12) + 1U; }
    /// Not a conversion: a panel's month number has no period kind or year start. Deleted rather
    /// than absent so that a MonthIndex passed where a Period is wanted is refused with this
    /// line, and its reason, in the compiler's message.
    operator Period() const = delete;  // a MonthIndex is not a Period: Period::month(m.year(), m.month())

    /// \returns the month `months` later (earlier when negative); not checked against 1–9999,
    ///          which the panel checks when the month is used.
    [[nodiscard]] friend constexpr MonthIndex operator+(MonthIndex m, std::int32_t months) noexcept {
        return MonthIndex(m.number_ + months);
    }
    /// \returns the month `months` earlier (see operator+).
    [[nodiscard]] friend constexpr MonthIndex operator-(MonthIndex m, std::int32_t months) noexcept {
        return MonthIndex(m.number_ - months);
    }
    /// \returns how many months `a` lies after `b` (negative when before).
    [[nodiscard]] friend constexpr std::int32_t operator-(MonthIndex a, MonthIndex b) noexcept {
        return a.number_ - b.number_;
    }
    /// Moves to the next month. \returns this month.
    constexpr MonthIndex& operator++() noexcept {
        ++number_;
        return *this;
    }
    /// Months compare in time order.
    friend constexpr auto operator<=>(const MonthIndex&, const MonthIndex&) = default;

private:
    constexpr explicit MonthIndex(std::int32_t number) noexcept : number_(number) {}
    static constexpr std::int32_t checked(int year, unsigned month) {
        if (month < 1 || month > 12) {
            throw InvalidPeriod("month " + std::to_string(month) + " of " + std::to_string(year) +
                                " does not exist: months are 1-12");
        }
        if (year < 1 || year > 9999) {
            throw InvalidPeriod("year " + std::to_string(year) + " is outside 1-9999");
        }
        return year * 12 + static_cast<std::int32_t>(month) - 1;
    }
    std::int32_t number_;
};

}  // namespace svctrade
