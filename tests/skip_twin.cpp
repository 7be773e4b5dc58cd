// SPDX-License-Identifier: BSL-1.0
// The twins of tests/skip.hpp, run by tests/skip_status.cmake: a case that calls skip() makes the
// process exit 77 (CTest: skipped), one that runs exits 0, and a skip does not hide a failure.
#include <doctest/doctest.h>

#include "skip.hpp"

TEST_CASE("skip twin: a case that runs") {
    CHECK(1 + 1 == 2);
}

TEST_CASE("skip twin: a case that cannot run here") {
    svctrade_test::skip("the twin always skips");
}

TEST_CASE("skip twin: a case that fails after skipping") {
    CHECK(1 + 1 == 3);
    svctrade_test::skip("a skip after a failure is still a failure");
}
