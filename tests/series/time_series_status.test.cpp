// SPDX-License-Identifier: BSL-1.0
#include <doctest/doctest.h>

#include <svctrade/error.hpp>
#include <svctrade/series/time_series.hpp>

#include <string>

using namespace svctrade;

namespace {

const Currency cny = Currency::of("CNY");
Money yuan(const char* text) {
    return Money(Decimal::parse(text), cny);
}
Period month(int year, unsigned m) {
    return Period::month(year, m);
}
const ObservationStatus estimated = ObservationStatus().with(StatusFlag::estimated);
const ObservationStatus provisional = ObservationStatus().with(StatusFlag::provisional);

}  // namespace

TEST_CASE("an observation keeps the status it was inserted with") {
    TimeSeries s(cny);
    s.insert(month(2021, 1), yuan("10"), estimated);
    s.insert(month(2021, 2), yuan("11"));
    CHECK(s.status(month(2021, 1)) == estimated);
    CHECK(s.status(month(2021, 2)).is_normal());
    CHECK(s.status(month(2021, 3)) == ObservationStatus::missing(Missing::not_provided));
    CHECK(s.statuses().size() == 1);
}

TEST_CASE("a period recorded as missing keeps its reason and has no value") {
    TimeSeries s(cny);
    s.insert_missing(month(2021, 1), ObservationStatus::missing(Missing::cannot_exist));
    s.insert_missing(month(2021, 2), ObservationStatus::missing(Missing::not_available));
    CHECK(s.size() == 0);
    CHECK(s.kind() == PeriodKind::month);
    CHECK(s.at(month(2021, 1)).reason() == Reason::missing);
    CHECK(s.status(month(2021, 1)).missing() == Missing::cannot_exist);
    CHECK(s.status(month(2021, 2)).missing() == Missing::not_available);
    CHECK(s != TimeSeries(cny));
}

TEST_CASE("a status and a value that contradict each other are refused") {
    TimeSeries s(cny);
    CHECK_THROWS_AS(s.insert(month(2021, 1), yuan("1"), ObservationStatus::missing(Missing::cannot_exist)),
                    InvalidArgument);
    CHECK_THROWS_AS(s.insert_missing(month(2021, 1), estimated), InvalidArgument);
    s.insert_missing(month(2021, 1), ObservationStatus::missing(Missing::not_available));
    CHECK_THROWS_AS(s.insert(month(2021, 1), yuan("1")), InvalidArgument);
    CHECK_THROWS_AS(s.insert_missing(month(2021, 1), ObservationStatus::missing(Missing::cannot_exist)),
                    InvalidArgument);
    CHECK_THROWS_AS(s.insert_missing(Period::quarter(2021, 2), ObservationStatus::missing(Missing::cannot_exist)),
                    NotComparable);
    s.insert(month(2021, 2), yuan("1"));
    CHECK_THROWS_AS(s.insert_missing(month(2021, 2), ObservationStatus::missing(Missing::cannot_exist)),
                    InvalidArgument);
}

TEST_CASE("growth from an estimate is marked as derived from an estimate") {
    TimeSeries s(cny);
    s.insert(month(2020, 1), yuan("100"), estimated);
    s.insert(month(2021, 1), yuan("110"), provisional);
    s.insert(month(2021, 2), yuan("120"));
    const auto g = s.yoy_growth();
    REQUIRE(g.size() == 3);
    CHECK(g[1].period == month(2021, 1));
    CHECK(g[1].change.has_value());
    CHECK(g[1].status.has(StatusFlag::derived_from_estimate));
    CHECK(g[1].status.has(StatusFlag::provisional));
    CHECK_FALSE(g[1].status.has(StatusFlag::estimated));
    CHECK(g[2].status.missing() == Missing::not_provided);
    const auto p = s.period_growth();
    CHECK(p[2].status.has(StatusFlag::provisional));
    CHECK_FALSE(p[2].status.has(StatusFlag::derived_from_estimate));
}

TEST_CASE("growth on a base that cannot exist says so") {
    TimeSeries s(cny);
    s.insert_missing(month(2020, 1), ObservationStatus::missing(Missing::cannot_exist));
    s.insert(month(2021, 1), yuan("110"));
    const auto g = s.yoy_growth();
    REQUIRE(g.size() == 1);
    CHECK(g[0].change.reason() == Reason::missing);
    CHECK(g[0].status.missing() == Missing::cannot_exist);
}

TEST_CASE("a roll-up carries the months' statuses") {
    TimeSeries s(cny);
    s.insert(month(2021, 1), yuan("1"), estimated);
    s.insert(month(2021, 2), yuan("2"));
    s.insert(month(2021, 3), yuan("3"), ObservationStatus().with(Confidentiality::confidential));
    s.insert(month(2021, 4), yuan("4"));
    const auto q = s.roll_up(RollUpTarget::quarter);
    REQUIRE(q.size() == 2);
    CHECK(q[0].status.has(StatusFlag::derived_from_estimate));
    CHECK(q[0].status.is_confidential());
    CHECK_FALSE(q[0].status.is_missing());
    CHECK(q[1].status.missing() == Missing::not_provided);
    const auto partial = s.roll_up(RollUpTarget::quarter, PartialSums::allow);
    CHECK_FALSE(partial[1].status.is_missing());
    const TimeSeries quarters = s.roll_up_series(RollUpTarget::quarter);
    CHECK(quarters.status(Period::quarter(2021, 1)) == q[0].status);
}

TEST_CASE("shares and contributions carry both series' statuses") {
    TimeSeries part(cny);
    TimeSeries whole(cny);
    part.insert(month(2020, 1), yuan("10"));
    part.insert(month(2021, 1), yuan("12"), estimated);
    whole.insert(month(2020, 1), yuan("100"), provisional);
    whole.insert(month(2021, 1), yuan("110"));
    const auto sh = share(part, whole);
    REQUIRE(sh.size() == 2);
    CHECK(sh[0].status == provisional);
    CHECK(sh[1].status.has(StatusFlag::derived_from_estimate));
    const auto c = yoy_contribution(part, whole);
    CHECK(c[1].status.has(StatusFlag::derived_from_estimate));
    CHECK(c[1].status.has(StatusFlag::provisional));
    const auto change = yoy_share_change(part, whole);
    CHECK(change[1].status.has(StatusFlag::provisional));
    CHECK(change[0].status.missing() == Missing::not_provided);
}
