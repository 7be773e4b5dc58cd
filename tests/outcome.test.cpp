// SPDX-License-Identifier: BSL-1.0
#include <svctrade/outcome.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace svctrade;

TEST_CASE("an outcome with a value reports it and no reason") {
    const Outcome<int> o(42);
    CHECK(o.has_value());
    CHECK(static_cast<bool>(o));
    CHECK(o.value() == 42);
    CHECK(o.value_or(7) == 42);
    CHECK(o.reason() == Reason::none);
}

TEST_CASE("an outcome without a value keeps its reason and refuses to give a value") {
    const Outcome<int> o(Reason::zero_base);
    CHECK_FALSE(o.has_value());
    CHECK(o.reason() == Reason::zero_base);
    CHECK(o.value_or(7) == 7);
    CHECK_THROWS_AS((void)o.value(), NotFound);
    CHECK_THROWS_WITH((void)o.value(), "the calculation has no answer: the base is zero");
}

TEST_CASE("an outcome cannot lack a value for no reason") {
    CHECK_THROWS_AS((void)Outcome<int>{Reason::none}, InvalidArgument);
}

TEST_CASE("outcomes compare by value and by reason") {
    CHECK(Outcome<int>(1) == Outcome<int>(1));
    CHECK_FALSE(Outcome<int>(1) == Outcome<int>(2));
    CHECK(Outcome<int>(Reason::missing) == Outcome<int>(Reason::missing));
    CHECK_FALSE(Outcome<int>(Reason::missing) == Outcome<int>(Reason::sign_change));
    CHECK_FALSE(Outcome<int>(0) == Outcome<int>(Reason::missing));
}

TEST_CASE("every reason has a name and an explanation") {
    CHECK(to_string(Reason::none) == "none");
    CHECK(to_string(Reason::missing) == "missing");
    CHECK(to_string(Reason::zero_base) == "zero_base");
    CHECK(to_string(Reason::negative_base) == "negative_base");
    CHECK(to_string(Reason::sign_change) == "sign_change");
    CHECK(describe(Reason::none) == "there is an answer");
    CHECK(describe(Reason::missing) == "an input is missing");
    CHECK(describe(Reason::negative_base) == "the base is negative");
    CHECK(describe(Reason::sign_change) == "the value changed sign from a positive base");
}

static_assert(Outcome<int>(3).value() == 3);
static_assert(Outcome<int>(Reason::missing).value_or(5) == 5);
