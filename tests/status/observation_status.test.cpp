// SPDX-License-Identifier: BSL-1.0
#include <doctest/doctest.h>

#include <svctrade/error.hpp>
#include <svctrade/status.hpp>

#include <string>

using namespace svctrade;

TEST_CASE("a default status is a normal value with nothing said about confidentiality") {
    constexpr ObservationStatus s;
    static_assert(s.is_normal());
    CHECK_FALSE(s.is_missing());
    CHECK_FALSE(s.is_confidential());
    CHECK(s.confidentiality() == Confidentiality::unspecified);
    CHECK(s.to_string() == "normal");
}

TEST_CASE("flags, a missing reason and a confidentiality combine in one status") {
    const ObservationStatus s =
        ObservationStatus().with(StatusFlag::estimated).with(StatusFlag::provisional).with(Confidentiality::free);
    CHECK(s.has(StatusFlag::estimated));
    CHECK(s.has(StatusFlag::provisional));
    CHECK_FALSE(s.has(StatusFlag::forecast));
    CHECK_FALSE(s.is_normal());
    CHECK_FALSE(s.is_confidential());
    CHECK(s.to_string() == "estimated, provisional; free");
    const ObservationStatus c = ObservationStatus::missing(Missing::suppressed).with(Confidentiality::confidential);
    CHECK(c.is_missing());
    CHECK(c.is_confidential());
    CHECK(c.to_string() == "missing: suppressed; confidential");
}

TEST_CASE("cannot exist and not available are different statuses") {
    CHECK(ObservationStatus::missing(Missing::cannot_exist) != ObservationStatus::missing(Missing::not_available));
    CHECK(ObservationStatus::missing(Missing::not_available) != ObservationStatus::missing(Missing::not_provided));
    CHECK(ObservationStatus::missing(Missing::cannot_exist).to_string() == "missing: cannot exist");
}

TEST_CASE("a figure computed from an estimate is derived from an estimate, not an estimate") {
    const ObservationStatus e = ObservationStatus().with(StatusFlag::estimated);
    const ObservationStatus d = derived_status(e, ObservationStatus());
    CHECK(d.has(StatusFlag::derived_from_estimate));
    CHECK_FALSE(d.has(StatusFlag::estimated));
    CHECK(derived_status(ObservationStatus(), ObservationStatus().with(StatusFlag::imputed))
              .has(StatusFlag::derived_from_estimate));
    CHECK(derived_status(d, ObservationStatus()) == d);
    CHECK(derived_status(ObservationStatus(), ObservationStatus()).is_normal());
}

TEST_CASE("other flags are carried, except revised") {
    const ObservationStatus b = ObservationStatus().with(StatusFlag::break_in_series);
    const ObservationStatus p = ObservationStatus().with(StatusFlag::provisional).with(StatusFlag::revised);
    const ObservationStatus d = derived_status(b, p);
    CHECK(d.has(StatusFlag::break_in_series));
    CHECK(d.has(StatusFlag::provisional));
    CHECK_FALSE(d.has(StatusFlag::revised));
}

TEST_CASE("a missing input makes the result missing for the weightiest reason") {
    const auto m = [](Missing w) { return ObservationStatus::missing(w); };
    CHECK(derived_status(m(Missing::not_available), m(Missing::cannot_exist)).missing() == Missing::cannot_exist);
    CHECK(derived_status(m(Missing::cannot_exist), m(Missing::not_available)).missing() == Missing::cannot_exist);
    CHECK(derived_status(ObservationStatus(), m(Missing::not_provided)).missing() == Missing::not_provided);
    CHECK(derived_status(m(Missing::suppressed), m(Missing::not_collected)).missing() == Missing::suppressed);
    CHECK(derived_status(ObservationStatus(), ObservationStatus()).missing() == Missing::none);
}

TEST_CASE("the result takes the more restrictive confidentiality") {
    const ObservationStatus f = ObservationStatus().with(Confidentiality::free);
    const ObservationStatus c = ObservationStatus().with(Confidentiality::confidential);
    CHECK(derived_status(f, c).confidentiality() == Confidentiality::confidential);
    CHECK(derived_status(c, f).confidentiality() == Confidentiality::confidential);
    CHECK(derived_status(f, ObservationStatus()).confidentiality() == Confidentiality::free);
}

TEST_CASE("every flag, reason and confidentiality has a name") {
    for (unsigned f = 0; f < status_flag_count; ++f) CHECK(to_string(static_cast<StatusFlag>(f)) != "unknown flag");
    CHECK(to_string(Missing::holiday) == "holiday or weekend");
    CHECK(to_string(Confidentiality::primary_small_counts) == "primary: small counts");
}
