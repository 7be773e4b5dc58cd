// SPDX-License-Identifier: BSL-1.0
#include <doctest/doctest.h>

#include <string>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/periods/compare.hpp>
#include <svctrade/periods/period.hpp>

using boost::gregorian::date;
using svctrade::Period;
using svctrade::period_on_period_comparable;
using svctrade::year_on_year_comparable;
using svctrade::YearStart;

namespace {
date d(int y, unsigned m, unsigned dd) {
    return {static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(dd)};
}
}  // namespace

TEST_CASE("February 2024 and February 2023 are comparable year on year whatever their lengths") {
    const auto c = year_on_year_comparable(Period::month(2024, 2), Period::month(2023, 2));
    CHECK(c.comparable());
    CHECK(static_cast<bool>(c));
    CHECK(c.reason().empty());
    CHECK(year_on_year_comparable(Period::year_to_date(2021, 6), Period::year_to_date(2020, 6)));
    CHECK(year_on_year_comparable(Period::quarter(2021, 1, YearStart::april()),
                                  Period::quarter(2019, 1, YearStart::april())));
    CHECK(year_on_year_comparable(Period::day(2021, 2, 28), Period::day(2020, 2, 28)));
    CHECK(year_on_year_comparable(Period::day(2021, 2, 28), Period::day(2020, 2, 29)).reason() ==
          "day 2021-02-28..2021-02-28 and day 2020-02-29..2020-02-29 are not at the same position in their years");
}

TEST_CASE("year on year needs the same kind and year start at the same position of an earlier year") {
    const auto kinds = year_on_year_comparable(Period::half(2021, 1), Period::year_to_date(2020, 6));
    CHECK_FALSE(kinds);
    CHECK(kinds.reason() ==
          "half-year 2021-01-01..2021-06-30 and year-to-date 2020-01-01..2020-06-30 are of different kinds");
    const auto starts = year_on_year_comparable(Period::quarter(2021, 2, YearStart::april()), Period::quarter(2020, 3));
    CHECK_FALSE(starts);
    CHECK(starts.reason().find("years starting in different months") != std::string::npos);
    CHECK(starts.reason().find("fiscal quarter (starting month 4)") != std::string::npos);
    CHECK_FALSE(year_on_year_comparable(Period::quarter(2021, 2), Period::quarter(2020, 3)));
    CHECK_FALSE(year_on_year_comparable(Period::quarter(2020, 2), Period::quarter(2021, 2)));
    CHECK(year_on_year_comparable(Period::quarter(2020, 2), Period::quarter(2020, 2)).reason().find("earlier year") !=
          std::string::npos);
}

TEST_CASE("custom ranges need equal day counts unless allowed") {
    const Period current = Period::range(d(2021, 1, 1), d(2021, 2, 28));
    const Period base = Period::range(d(2020, 1, 1), d(2020, 2, 28));
    CHECK(year_on_year_comparable(current, base));
    const Period leap = Period::range(d(2020, 1, 1), d(2020, 2, 29));
    const Period after = Period::range(d(2021, 1, 1), d(2021, 2, 28));
    CHECK(leap.shifted_years(1) == after);
    // Through 28 February in a leap year against the same days a year before: 59 days each.
    CHECK(year_on_year_comparable(Period::range(d(2024, 1, 1), d(2024, 2, 28)),
                                  Period::range(d(2023, 1, 1), d(2023, 2, 28))));
    // The shift of a range through 29 February loses a day.
    CHECK_FALSE(year_on_year_comparable(after, leap));
    const Period since = Period::range(d(2020, 8, 1), d(2021, 2, 28));
    const Period since_before = Period::range(d(2019, 8, 1), d(2020, 2, 28));
    CHECK(year_on_year_comparable(since, since_before));
    const Period cur_leap = Period::range(d(2020, 2, 1), d(2020, 2, 29));
    const Period base_common = Period::range(d(2019, 2, 1), d(2019, 2, 28));
    const auto days = year_on_year_comparable(cur_leap, base_common);
    CHECK_FALSE(days);
    CHECK(days.reason() == "range 2020-02-01..2020-02-29 and range 2019-02-01..2019-02-28 have 29 and 28 days");
    CHECK(year_on_year_comparable(cur_leap, base_common, {.allow_unequal_days = true}));
}

TEST_CASE("period on period needs the same kind adjacent") {
    CHECK(period_on_period_comparable(Period::quarter(2021, 1), Period::quarter(2020, 4)));
    CHECK(period_on_period_comparable(Period::half(2021, 1), Period::half(2020, 2)));
    CHECK(period_on_period_comparable(Period::month(2021, 3), Period::month(2021, 2)));
    CHECK(period_on_period_comparable(Period::year_to_date(2021, 6), Period::year_to_date(2021, 5)));
    CHECK(period_on_period_comparable(Period::day(2021, 3, 1), Period::day(2021, 2, 28)));
    CHECK_FALSE(period_on_period_comparable(Period::quarter(2021, 1), Period::quarter(2020, 3)));
    CHECK_FALSE(period_on_period_comparable(Period::quarter(2020, 4), Period::quarter(2021, 1)));
    CHECK_FALSE(period_on_period_comparable(Period::quarter(2021, 1), Period::quarter(2021, 1)));
    CHECK_FALSE(period_on_period_comparable(Period::year_to_date(2021, 6), Period::year_to_date(2021, 4)));
    CHECK(
        period_on_period_comparable(Period::quarter(2021, 1), Period::quarter(2020, 3)).reason() ==
        "quarter 2021-01-01..2021-03-31 and quarter 2020-07-01..2020-09-30: the base must be the quarter just before");
    CHECK_FALSE(period_on_period_comparable(Period::quarter(2021, 1), Period::month(2020, 12)));
    CHECK_FALSE(period_on_period_comparable(Period::year_to_date(1400, 1), Period::year_to_date(1400, 1)));
}

TEST_CASE("adjacent ranges are comparable period on period when their day counts agree") {
    const Period march = Period::range(d(2021, 3, 1), d(2021, 3, 28));
    CHECK(period_on_period_comparable(march, Period::range(d(2021, 2, 1), d(2021, 2, 28))));
    const auto gap = period_on_period_comparable(march, Period::range(d(2021, 1, 31), d(2021, 2, 27)));
    CHECK_FALSE(gap);
    CHECK(gap.reason().find("must end the day before") != std::string::npos);
    const Period longer = Period::range(d(2021, 1, 1), d(2021, 2, 28));
    CHECK_FALSE(period_on_period_comparable(march, longer));
    CHECK(period_on_period_comparable(march, longer, {.allow_unequal_days = true}));
}

TEST_CASE("the throwing checks raise NotComparable with the reason") {
    CHECK_NOTHROW(svctrade::require_year_on_year_comparable(Period::month(2024, 2), Period::month(2023, 2)));
    CHECK_NOTHROW(svctrade::require_period_on_period_comparable(Period::month(2024, 2), Period::month(2024, 1)));
    CHECK_THROWS_AS(svctrade::require_year_on_year_comparable(Period::half(2021, 1), Period::year_to_date(2020, 6)),
                    svctrade::NotComparable);
    CHECK_THROWS_WITH_AS(
        svctrade::require_period_on_period_comparable(Period::month(2024, 3), Period::month(2024, 1)),
        "not comparable period on period: month 2024-03-01..2024-03-31 and month 2024-01-01..2024-01-31: "
        "the base must be the month just before",
        svctrade::NotComparable);
    CHECK_THROWS_WITH_AS(
        svctrade::require_year_on_year_comparable(Period::quarter(2021, 1), Period::quarter(2021, 2)),
        "not comparable year on year: quarter 2021-01-01..2021-03-31 and quarter 2021-04-01..2021-06-30: "
        "the base must be in an earlier year",
        svctrade::NotComparable);
}
