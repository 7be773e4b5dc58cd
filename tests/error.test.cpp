// SPDX-License-Identifier: BSL-1.0
#include <svctrade/error.hpp>
#include <svctrade/version.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace svctrade;

TEST_CASE("every svctrade exception is caught as svctrade::Error") {
    CHECK_THROWS_AS(throw ParseError("12..3", 3, "a second decimal point"), Error);
    CHECK_THROWS_AS(throw FileParseError("f.csv", 2, "x", 0, "y"), ParseError);
    CHECK_THROWS_AS(throw InvalidArgument("x"), Error);
    CHECK_THROWS_AS(throw Overflow("x"), Error);
    CHECK_THROWS_AS(throw DivisionByZero("x"), Error);
    CHECK_THROWS_AS(throw CurrencyMismatch("x"), Error);
    CHECK_THROWS_AS(throw UnknownCode("currency", "XYZ"), Error);
    CHECK_THROWS_AS(throw InvalidPeriod("x"), Error);
    CHECK_THROWS_AS(throw NotComparable("x"), Error);
    CHECK_THROWS_AS(throw NotFound("x"), Error);
    CHECK_THROWS_AS(throw InvalidTransition("x"), Error);
    CHECK_THROWS_AS(throw Error("x"), std::runtime_error);
}

TEST_CASE("a parse error names the input, the position and the reason") {
    const ParseError e("12..3", 3, "a second decimal point");
    CHECK(std::string(e.what()) == R"(cannot parse "12..3" at position 3: a second decimal point)");
    CHECK(e.input() == "12..3");
    CHECK(e.position() == 3);
    CHECK(e.reason() == "a second decimal point");
}

TEST_CASE("an unknown code names the code and its suggestions") {
    const UnknownCode with("EBOPS 2010 code", "SJ3", "SJ1, SJ2");
    CHECK(std::string(with.what()) == R"(unknown EBOPS 2010 code "SJ3" (did you mean SJ1, SJ2?))");
    CHECK(with.code() == "SJ3");
    const UnknownCode without("currency", "XYZ");
    CHECK(std::string(without.what()) == R"(unknown currency "XYZ")");
}

TEST_CASE("the version macros agree with the version string") {
    const std::string expected = std::to_string(SVCTRADE_VERSION_MAJOR) + "." + std::to_string(SVCTRADE_VERSION_MINOR) +
                                 "." + std::to_string(SVCTRADE_VERSION_PATCH);
    CHECK(expected == version_string);
}

TEST_CASE("a file parse error names the source the line the position and the reason") {
    const FileParseError e("tasks.csv", 12, "tsk,1", 0, "unknown record kind");
    CHECK(std::string(e.what()) == R"(tasks.csv, line 12: cannot parse "tsk,1" at position 0: unknown record kind)");
    CHECK(e.source() == "tasks.csv");
    CHECK(e.line() == 12);
    CHECK(e.position() == 0);
    CHECK(e.input() == "tsk,1");
    CHECK(e.reason() == "unknown record kind");
    CHECK_THROWS_AS(throw e, ParseError);
}
