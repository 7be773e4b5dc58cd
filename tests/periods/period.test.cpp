// SPDX-License-Identifier: BSL-1.0
#include <doctest/doctest.h>

#include <string>
#include <unordered_set>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/periods/period.hpp>

using boost::gregorian::date;
using svctrade::Period;
using svctrade::PeriodKind;
using svctrade::YearStart;

namespace {
date d(int y, unsigned m, unsigned dd) {
    return {static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(dd)};
}

template <class F>
std::string message_of(F&& f) {
    try {
        f();
    } catch (const svctrade::Error& e) {
        return e.what();
    }
    return "(no exception)";
}
}  // namespace

TEST_CASE("every kind knows its first and last day") {
    CHECK(Period::day(2021, 6, 30).first() == d(2021, 6, 30));
    CHECK(Period::day(2021, 6, 30).last() == d(2021, 6, 30));
    CHECK(Period::day(d(2020, 2, 29)).kind() == PeriodKind::day);
    CHECK(Period::month(2021, 2).first() == d(2021, 2, 1));
    CHECK(Period::month(2021, 2).last() == d(2021, 2, 28));
    CHECK(Period::month(2024, 2).last() == d(2024, 2, 29));
    CHECK(Period::quarter(2021, 2).first() == d(2021, 4, 1));
    CHECK(Period::quarter(2021, 2).last() == d(2021, 6, 30));
    CHECK(Period::half(2021, 2).first() == d(2021, 7, 1));
    CHECK(Period::half(2021, 2).last() == d(2021, 12, 31));
    CHECK(Period::year(2021).first() == d(2021, 1, 1));
    CHECK(Period::year(2021).last() == d(2021, 12, 31));
    CHECK(Period::year_to_date(2021, 6).first() == d(2021, 1, 1));
    CHECK(Period::year_to_date(2021, 6).last() == d(2021, 6, 30));
    CHECK(Period::range(d(2020, 8, 1), d(2021, 6, 30)).days() == 334);
    CHECK(Period::range(d(2020, 8, 1), d(2021, 6, 30)).kind() == PeriodKind::range);
}

TEST_CASE("fiscal years are labelled by the calendar year they start in") {
    const Period fy = Period::year(2021, YearStart::april());
    CHECK(fy.first() == d(2021, 4, 1));
    CHECK(fy.last() == d(2022, 3, 31));
    CHECK(fy.year() == 2021);
    CHECK(fy.is_fiscal());
    CHECK(fy.year_start() == YearStart::april());
    CHECK(Period::quarter(2021, 4, YearStart::april()).first() == d(2022, 1, 1));
    CHECK(Period::quarter(2021, 4, YearStart::april()).last() == d(2022, 3, 31));
    CHECK(Period::half(2021, 1, YearStart::july()).first() == d(2021, 7, 1));
    CHECK(Period::half(2021, 1, YearStart::july()).last() == d(2021, 12, 31));
    CHECK(Period::half(2021, 2, YearStart::october()).first() == d(2022, 4, 1));
    CHECK(Period::year_to_date(2021, 2, YearStart::april()).first() == d(2021, 4, 1));
    CHECK(Period::year_to_date(2021, 2, YearStart::april()).last() == d(2022, 2, 28));
    CHECK(Period::year_to_date(2021, 2, YearStart::april()).position() == 11);
    CHECK(Period::year_to_date(2021, 4, YearStart::april()).days() == 30);
    CHECK_FALSE(Period::year(2021).is_fiscal());
}

TEST_CASE("position names the place of a period within its year") {
    CHECK(Period::month(2021, 6).position() == 6);
    CHECK(Period::quarter(2021, 3).position() == 3);
    CHECK(Period::quarter(2021, 4, YearStart::october()).position() == 4);
    CHECK(Period::half(2021, 2, YearStart::july()).position() == 2);
    CHECK(Period::year(2021).position() == 1);
    CHECK(Period::year_to_date(2021, 6).position() == 6);
    CHECK(Period::day(2021, 12, 31).position() == 365);
    CHECK(Period::day(2020, 12, 31).position() == 366);
    CHECK(Period::range(d(2021, 1, 1), d(2021, 1, 2)).position() == 0);
}

TEST_CASE("the kind is part of the value") {
    const Period h1 = Period::half(2021, 1);
    const Period ytd = Period::year_to_date(2021, 6);
    const Period r = Period::range(d(2021, 1, 1), d(2021, 6, 30));
    CHECK(h1 != ytd);
    CHECK(h1 != r);
    CHECK(ytd != r);
    CHECK(h1.same_dates(ytd));
    CHECK(h1.same_dates(r));
    CHECK(ytd.same_dates(r));
    CHECK(h1 == Period::half(2021, 1));
    CHECK(Period::year(2021) != Period::year_to_date(2021, 12));
    CHECK(Period::quarter(2021, 2, YearStart::april()) != Period::quarter(2021, 3));
    CHECK(Period::quarter(2021, 2, YearStart::april()).same_dates(Period::quarter(2021, 3)));
}

TEST_CASE("periods order chronologically and hash as values") {
    CHECK(Period::month(2021, 1) < Period::month(2021, 2));
    CHECK(Period::quarter(2021, 1) < Period::month(2021, 4));
    CHECK(Period::month(2021, 1) < Period::quarter(2021, 1));  // same first day, ends earlier
    CHECK((Period::half(2021, 1) <=> Period::half(2021, 1)) == std::strong_ordering::equal);
    CHECK((Period::half(2021, 1) <=> Period::year_to_date(2021, 6)) != std::strong_ordering::equal);
    std::unordered_set<Period> set{Period::half(2021, 1), Period::year_to_date(2021, 6),
                                   Period::range(d(2021, 1, 1), d(2021, 6, 30)), Period::half(2021, 1)};
    CHECK(set.size() == 3);
    CHECK(set.count(Period::year_to_date(2021, 6)) == 1);
    CHECK(std::hash<Period>{}(Period::month(2021, 6)) == std::hash<Period>{}(Period::month(2021, 6)));
}

TEST_CASE("contains answers for days and for periods") {
    const Period q2 = Period::quarter(2021, 2);
    CHECK(q2.contains(d(2021, 4, 1)));
    CHECK(q2.contains(d(2021, 6, 30)));
    CHECK_FALSE(q2.contains(d(2021, 7, 1)));
    CHECK_FALSE(q2.contains(d(2021, 3, 31)));
    CHECK(q2.contains(Period::month(2021, 5)));
    CHECK(q2.contains(q2));
    CHECK_FALSE(q2.contains(Period::half(2021, 1)));
    CHECK(Period::half(2021, 1).contains(q2));
    CHECK(q2.overlaps(Period::range(d(2021, 6, 30), d(2021, 7, 5))));
    CHECK_FALSE(q2.overlaps(Period::range(d(2021, 7, 1), d(2021, 7, 5))));
    CHECK_THROWS_AS((void)q2.contains(date()), svctrade::InvalidPeriod);
    CHECK(message_of([&] { (void)q2.contains(date()); }).find("not-a-date-time") != std::string::npos);
}

TEST_CASE("invalid periods are rejected with InvalidPeriod naming the value") {
    CHECK_THROWS_AS((void)Period::day(2021, 2, 29), svctrade::InvalidPeriod);
    CHECK(message_of([] { (void)Period::day(2021, 2, 29); }) ==
          "2021-02-29 does not exist: month 02 of 2021 has 28 days");
    CHECK_THROWS_AS((void)Period::day(2021, 13, 1), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::day(2021, 0, 1), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::day(date(boost::gregorian::pos_infin)), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::day(date()), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::month(2021, 13), svctrade::InvalidPeriod);
    CHECK(message_of([] { (void)Period::month(2021, 13); }).find("month 13 does not exist") != std::string::npos);
    CHECK_THROWS_AS((void)Period::month(10000, 1), svctrade::InvalidPeriod);
    CHECK(message_of([] { (void)Period::month(1399, 12); }).find("year 1399") != std::string::npos);
    CHECK_THROWS_AS((void)Period::quarter(2021, 5), svctrade::InvalidPeriod);
    CHECK(message_of([] { (void)Period::quarter(2021, 5); }) == "quarter 5 of 2021 does not exist: quarters are 1..4");
    CHECK_THROWS_AS((void)Period::quarter(2021, 0), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::half(2021, 3), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::year(9999, YearStart::april()), svctrade::InvalidPeriod);
    CHECK_NOTHROW((void)Period::year(9999));
    CHECK_THROWS_AS((void)Period::year_to_date(2021, 0), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::year_to_date(2021, 13), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)YearStart{13}, svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)YearStart{0}, svctrade::InvalidPeriod);
    CHECK(message_of([] { (void)YearStart{13}; }) == "a year cannot start in month 13: months are 1..12");
}

TEST_CASE("a range must run forwards between real dates") {
    CHECK_THROWS_AS((void)Period::range(d(2021, 6, 30), d(2021, 1, 1)), svctrade::InvalidPeriod);
    CHECK(message_of([] { (void)Period::range(d(2021, 6, 30), d(2021, 1, 1)); }) ==
          "the range 2021-06-30..2021-01-01 ends before it starts");
    CHECK_THROWS_AS((void)Period::range(date(), d(2021, 1, 1)), svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::range(d(2021, 1, 1), date(boost::gregorian::pos_infin)), svctrade::InvalidPeriod);
    CHECK(Period::range(d(2021, 1, 1), d(2021, 1, 1)).days() == 1);
}

TEST_CASE("Boost date_period converts both ways with its half-open end") {
    const boost::gregorian::date_period june(d(2021, 6, 1), d(2021, 7, 1));
    const Period r = Period::range(june);
    CHECK(r.first() == d(2021, 6, 1));
    CHECK(r.last() == d(2021, 6, 30));
    CHECK(r.days() == 30);
    CHECK(r.same_dates(Period::month(2021, 6)));
    CHECK(Period::month(2021, 6).to_date_period() == june);
    CHECK(Period::month(2021, 6).to_date_period().length().days() == 30);
    // Boost makes a reversed or empty period null silently: we refuse it.
    CHECK_THROWS_AS((void)Period::range(boost::gregorian::date_period(d(2021, 7, 1), d(2021, 6, 1))),
                    svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::range(boost::gregorian::date_period(d(2021, 7, 1), d(2021, 7, 1))),
                    svctrade::InvalidPeriod);
    CHECK_THROWS_AS((void)Period::range(boost::gregorian::date_period(date(), d(2021, 7, 1))), svctrade::InvalidPeriod);
}

TEST_CASE("the days of a period iterate as Boost dates") {
    std::vector<date> days;
    for (const date& day : Period::month(2024, 2).dates()) days.push_back(day);
    REQUIRE(days.size() == 29);
    CHECK(days.front() == d(2024, 2, 1));
    CHECK(days.back() == d(2024, 2, 29));
    CHECK(Period::year(2021).dates().size() == 365);
    int count = 0;
    const Period q = Period::quarter(2021, 1);
    for (boost::gregorian::day_iterator it(q.first()); *it <= q.last(); ++it) ++count;
    CHECK(count == q.days());
}

TEST_CASE("containing finds the period of a kind around a day") {
    CHECK(Period::containing(d(2021, 5, 17), PeriodKind::quarter) == Period::quarter(2021, 2));
    CHECK(Period::containing(d(2021, 5, 17), PeriodKind::half_year) == Period::half(2021, 1));
    CHECK(Period::containing(d(2022, 2, 1), PeriodKind::year, YearStart::april()) ==
          Period::year(2021, YearStart::april()));
    CHECK(Period::containing(d(2022, 2, 1), PeriodKind::quarter, YearStart::april()) ==
          Period::quarter(2021, 4, YearStart::april()));
    CHECK(Period::containing(d(2021, 5, 17), PeriodKind::year_to_date) == Period::year_to_date(2021, 5));
    CHECK(Period::containing(d(2021, 5, 17), PeriodKind::month) == Period::month(2021, 5));
    CHECK(Period::containing(d(2021, 5, 17), PeriodKind::day) == Period::day(2021, 5, 17));
    CHECK_THROWS_AS((void)Period::containing(d(2021, 5, 17), PeriodKind::range), svctrade::InvalidArgument);
    CHECK_THROWS_AS((void)Period::containing(date(), PeriodKind::month), svctrade::InvalidPeriod);
}

TEST_CASE("the last supported day still iterates and converts to a Boost period") {
    const Period last = Period::day(9999, 12, 31);
    int count = 0;
    for (const date& day : last.dates()) {
        CHECK(day == d(9999, 12, 31));
        ++count;
    }
    CHECK(count == 1);
    CHECK(last.dates().size() == 1);
    CHECK(last.to_date_period().length().days() == 1);
    CHECK(Period::year(9999).dates().size() == 365);
}
