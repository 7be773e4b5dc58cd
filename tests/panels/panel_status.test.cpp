// SPDX-License-Identifier: BSL-1.0
#include <svctrade/error.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/panels/exact_panel.hpp>
#include <svctrade/panels/panel.hpp>

#include <doctest/doctest.h>

using namespace svctrade;

namespace {

const ObservationStatus estimated = ObservationStatus().with(StatusFlag::estimated);
const ObservationStatus provisional = ObservationStatus().with(StatusFlag::provisional);

}  // namespace

TEST_CASE("a panel without statuses holds no status column and reads normal or not provided") {
    Panel p({"CN"}, {"SC", "SI"}, MonthIndex(2021, 1), 3);
    p.set(0, 0, Flow::exports, MonthIndex(2021, 1), 5.0);
    p.set(0, 0, Flow::imports, MonthIndex(2021, 1), 2.0, ObservationStatus());  // normal: no column
    CHECK_FALSE(p.has_statuses());
    CHECK(p.statuses(Flow::exports).empty());
    CHECK(p.statuses(Flow::imports).empty());
    CHECK(p.status(0, 0, Flow::exports, MonthIndex(2021, 1)) == ObservationStatus());
    CHECK(p.status(0, 0, Flow::total, MonthIndex(2021, 1)) == ObservationStatus());
    CHECK(p.status(0, 1, Flow::exports, MonthIndex(2021, 1)) == ObservationStatus::missing(Missing::not_provided));
    CHECK(p.status(0, 1, Flow::balance, MonthIndex(2021, 2)) == ObservationStatus::missing(Missing::not_provided));
    CHECK_FALSE(p.recorded_missing(Flow::exports, 1));
}

TEST_CASE("a status given to a cell is kept per flow and replaced with the value") {
    Panel p({"CN"}, {"SC", "SI"}, MonthIndex(2021, 1), 3);
    const MonthIndex jan(2021, 1);
    p.set(0, 0, Flow::exports, jan, 5.0, estimated);
    CHECK(p.has_statuses());
    CHECK(p.statuses(Flow::exports).size() == p.cell_count());
    CHECK(p.statuses(Flow::imports).empty());
    CHECK(p.status(0, 0, Flow::exports, jan) == estimated);
    CHECK(p.value(0, 0, Flow::exports, jan) == 5.0);
    p.set(0, 0, Flow::imports, jan, 1.0, provisional);
    CHECK(p.status(0, 0, Flow::total, jan) == derived_status(estimated, provisional));
    CHECK(p.status(0, 0, Flow::total, jan).has(StatusFlag::derived_from_estimate));
    p.set(0, 0, Flow::exports, jan, 6.0);  // a plain set replaces the status too
    CHECK(p.status(0, 0, Flow::exports, jan) == ObservationStatus());
    p.set(0, 0, Flow::exports, jan, 6.0, estimated);
    p.erase(0, 0, Flow::exports, jan);
    CHECK(p.status(0, 0, Flow::exports, jan) == ObservationStatus::missing(Missing::not_provided));
    CHECK_FALSE(p.recorded_missing(Flow::exports, p.position(0, 0, jan)));
}

TEST_CASE("cannot exist and not available stay different in a panel") {
    Panel p({"CN"}, {"SC", "SI"}, MonthIndex(2021, 1), 3);
    const MonthIndex feb(2021, 2);
    const ObservationStatus cannot = ObservationStatus::missing(Missing::cannot_exist);
    const ObservationStatus unavailable =
        ObservationStatus::missing(Missing::not_available).with(Confidentiality::confidential);
    p.set(0, 0, Flow::exports, feb, 3.0);
    p.erase(0, 0, Flow::exports, feb, cannot);
    p.erase(0, 1, Flow::exports, feb, unavailable);
    CHECK_FALSE(p.value(0, 0, Flow::exports, feb).has_value());
    CHECK(p.status(0, 0, Flow::exports, feb) == cannot);
    CHECK(p.status(0, 1, Flow::exports, feb) == unavailable);
    CHECK(p.status(0, 0, Flow::exports, feb) != p.status(0, 1, Flow::exports, feb));
    CHECK(p.recorded_missing(Flow::exports, p.position(0, 0, feb)));
    CHECK(p.status(0, 0, Flow::total, feb).missing() == Missing::cannot_exist);
    CHECK(p.valid_count(Flow::exports) == 0);
}

TEST_CASE("panel statuses refuse what contradicts the value") {
    Panel p({"CN"}, {"SC"}, MonthIndex(2021, 1), 2);
    const MonthIndex jan(2021, 1);
    CHECK_THROWS_AS(p.set(0, 0, Flow::exports, jan, 1.0, ObservationStatus::missing(Missing::not_available)),
                    InvalidArgument);
    CHECK_FALSE(p.value(0, 0, Flow::exports, jan).has_value());
    CHECK_THROWS_AS(p.set(0, 0, Flow::total, jan, 1.0, estimated), InvalidArgument);
    CHECK_THROWS_AS(p.erase(0, 0, Flow::exports, jan, estimated), InvalidArgument);
    CHECK_THROWS_AS(p.erase(0, 0, Flow::balance, jan, ObservationStatus::missing(Missing::cannot_exist)),
                    InvalidArgument);
    CHECK_THROWS_AS(p.erase(0, 3, Flow::exports, jan, ObservationStatus::missing(Missing::cannot_exist)), NotFound);
    CHECK_THROWS_AS((void)p.status(0, 0, static_cast<Flow>(9), jan), InvalidArgument);
    CHECK_THROWS_AS((void)p.status(1, 0, Flow::exports, jan), NotFound);
    CHECK_THROWS_AS((void)p.status(0, 0, Flow::total, MonthIndex(2022, 1)), InvalidPeriod);
    CHECK_THROWS_AS(p.erase(0, 0, Flow::exports, MonthIndex(2020, 1), ObservationStatus::missing(Missing::holiday)),
                    InvalidPeriod);
    CHECK_THROWS_AS((void)p.statuses(Flow::total), InvalidArgument);
    CHECK_THROWS_AS((void)p.recorded_missing(Flow::exports, 2), NotFound);
    CHECK_THROWS_AS((void)p.recorded_missing(Flow::total, 0), InvalidArgument);
    CHECK_FALSE(p.has_statuses());
}

TEST_CASE("an exact panel holds statuses as the fast one does") {
    ExactPanel p({"CN"}, {"SC"}, MonthIndex(2021, 1), 2, 2);
    const MonthIndex jan(2021, 1);
    p.set(0, 0, Flow::exports, jan, Decimal::parse("34.3"), estimated);
    p.set_units(0, 0, Flow::imports, jan, 1200, provisional);
    CHECK(p.units(Flow::exports)[0] == 3430);
    CHECK(p.status(0, 0, Flow::exports, jan) == estimated);
    CHECK(p.status(0, 0, Flow::imports, jan) == provisional);
    CHECK_THROWS_AS(p.set(0, 0, Flow::exports, jan, Decimal::parse("1.234"), estimated), InvalidArgument);
    CHECK_THROWS_AS(p.set_units(0, 0, Flow::exports, jan, ExactPanel::max_units + 1, estimated), Overflow);
    CHECK_THROWS_AS(p.set_units(0, 0, Flow::exports, jan, 1, ObservationStatus::missing(Missing::cannot_exist)),
                    InvalidArgument);
    CHECK(p.status(0, 0, Flow::exports, jan) == estimated);
    const ExactPanel copy = p;
    CHECK(copy.status(0, 0, Flow::imports, jan) == provisional);
}
