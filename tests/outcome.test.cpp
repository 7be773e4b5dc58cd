// SPDX-License-Identifier: BSL-1.0
#include <svctrade/outcome.hpp>

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <utility>

using namespace svctrade;

TEST_CASE("an outcome with a value reports it and no reason") {
    const Outcome<int> o(42);
    CHECK(o.has_value());
    CHECK(static_cast<bool>(o));
    CHECK(o.value() == 42);
    CHECK(*o == 42);
    CHECK(o.value_or(7) == 42);
    CHECK(o.reason() == Reason::none);
    const Outcome<std::string> s(std::string("Xiamen"));
    CHECK(s->size() == 6);
}

TEST_CASE("an outcome without a value keeps its reason and refuses to give a value") {
    const Outcome<int> o = NoAnswer(Reason::zero_base);
    CHECK_FALSE(o.has_value());
    CHECK_FALSE(static_cast<bool>(o));
    CHECK(o.reason() == Reason::zero_base);
    CHECK(o.value_or(7) == 7);
    CHECK_THROWS_AS((void)o.value(), BadOutcomeAccess);
    CHECK_THROWS_WITH((void)o.value(),
                      "no value to read: the calculation has no answer because the base is zero (zero_base)");
    CHECK_THROWS_AS((void)*o, BadOutcomeAccess);
    Outcome<std::string> s = NoAnswer(Reason::missing);
    CHECK_THROWS_AS((void)s->size(), BadOutcomeAccess);
    CHECK_THROWS_AS((void)std::move(s).value(), BadOutcomeAccess);
}

TEST_CASE("reading a value that is not there is its own error and names the reason") {
    const Outcome<double> o = NoAnswer(Reason::sign_change);
    try {
        (void)o.value();
        FAIL("value() of an outcome without a value did not throw");
    } catch (const BadOutcomeAccess& e) {
        CHECK(e.reason() == Reason::sign_change);
        CHECK(std::string(e.what()).find("sign_change") != std::string::npos);
    }
    // Still an svctrade::Error, caught with all the others.
    CHECK_THROWS_AS((void)o.value(), Error);
}

TEST_CASE("a no-answer needs a reason other than none") {
    // NoAnswer(Reason::none) does not compile (tests/static/outcome.static.cpp); a reason known
    // only at run time is checked when it is turned into a no-answer.
    Reason from_data = Reason::none;
    CHECK_THROWS_AS((void)NoAnswer::of(from_data), InvalidArgument);
    CHECK_THROWS_WITH((void)NoAnswer::of(from_data),
                      "a calculation without an answer needs a reason other than Reason::none");
    from_data = Reason::negative_base;
    CHECK(NoAnswer::of(from_data).reason() == Reason::negative_base);
    CHECK(NoAnswer::of(from_data) == NoAnswer(Reason::negative_base));
    const Outcome<int> o = NoAnswer::of(from_data);
    CHECK(o.reason() == Reason::negative_base);
}

TEST_CASE("value and value_or move out of an rvalue outcome") {
    Outcome<std::unique_ptr<int>> o(std::make_unique<int>(5));
    const std::unique_ptr<int> p = std::move(o).value();
    REQUIRE(p != nullptr);
    CHECK(*p == 5);
    Outcome<std::unique_ptr<int>> q(std::make_unique<int>(6));
    const std::unique_ptr<int> r = std::move(q).value_or(nullptr);
    REQUIRE(r != nullptr);
    CHECK(*r == 6);
    Outcome<std::unique_ptr<int>> none = NoAnswer(Reason::missing);
    CHECK(std::move(none).value_or(nullptr) == nullptr);
    Outcome<std::string> s(std::string("moved"));
    const std::string t = *std::move(s);
    CHECK(t == "moved");
}

TEST_CASE("transform applies a function to the value and passes a reason on untouched") {
    const Outcome<int> three(3);
    const Outcome<std::string> text = three.transform([](int v) { return std::to_string(v * 2); });
    CHECK(text.value() == "6");
    int calls = 0;
    const Outcome<int> missing = NoAnswer(Reason::missing);
    const Outcome<double> half = missing.transform([&calls](int v) {
        ++calls;
        return v / 2.0;
    });
    CHECK(calls == 0);
    CHECK(half.reason() == Reason::missing);
    // On an rvalue the value is moved into the function.
    Outcome<std::unique_ptr<int>> owned(std::make_unique<int>(9));
    const Outcome<int> read = std::move(owned).transform([](std::unique_ptr<int>&& p) {
        const std::unique_ptr<int> mine = std::move(p);
        return *mine;
    });
    CHECK(read.value() == 9);
    // On a non-const lvalue the function may change the value in place.
    Outcome<int> counter(1);
    (void)counter.transform([](int& v) { return ++v; });
    CHECK(counter.value() == 2);
}

TEST_CASE("and_then chains calculations that may have no answer") {
    const auto inverse = [](int v) -> Outcome<double> {
        if (v == 0) return NoAnswer(Reason::zero_base);
        return 1.0 / v;
    };
    CHECK(Outcome<int>(4).and_then(inverse).value() == 0.25);
    CHECK(Outcome<int>(0).and_then(inverse).reason() == Reason::zero_base);
    int calls = 0;
    const Outcome<int> missing = NoAnswer(Reason::missing);
    const Outcome<double> r = missing.and_then([&calls](int v) -> Outcome<double> {
        ++calls;
        return v * 1.0;
    });
    CHECK(calls == 0);
    CHECK(r.reason() == Reason::missing);
    CHECK(Outcome<std::string>(std::string("ab"))
              .and_then([](std::string&& s) -> Outcome<std::size_t> { return s.size(); })
              .value() == 2);
}

TEST_CASE("outcomes compare by value and by reason") {
    CHECK(Outcome<int>(1) == Outcome<int>(1));
    CHECK_FALSE(Outcome<int>(1) == Outcome<int>(2));
    CHECK(Outcome<int>(NoAnswer(Reason::missing)) == Outcome<int>(NoAnswer(Reason::missing)));
    CHECK_FALSE(Outcome<int>(NoAnswer(Reason::missing)) == Outcome<int>(NoAnswer(Reason::sign_change)));
    CHECK_FALSE(Outcome<int>(0) == Outcome<int>(NoAnswer(Reason::missing)));
    CHECK(Outcome<int>(NoAnswer(Reason::missing)) == NoAnswer(Reason::missing));
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
static_assert(*Outcome<int>(3) == 3);
static_assert(Outcome<int>(NoAnswer(Reason::missing)).value_or(5) == 5);
static_assert(Outcome<int>(3).transform([](int v) { return v + 1; }).value() == 4);
static_assert(Outcome<int>(NoAnswer(Reason::missing)).transform([](int v) { return v + 1; }).reason() ==
              Reason::missing);
static_assert(Outcome<int>(3).and_then([](int v) { return Outcome<long>(v * 2L); }).value() == 6L);
