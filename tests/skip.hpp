// SPDX-License-Identifier: BSL-1.0
// A test case that cannot run on this machine (a system file absent, say) says so with
// svctrade_test::skip(why) and returns. tests/main.cpp then exits with 77 when every test case
// it ran was skipped and none failed, and svctrade_add_test sets SKIP_RETURN_CODE 77 on each
// discovered case, so CTest reports it as skipped, never as passed (a doctest MESSAGE and an
// early return would count as a pass).
#pragma once

#include <string_view>

namespace svctrade_test {

/// Records that the running test case was skipped, printing `why`; the caller then returns.
void skip(std::string_view why);

}  // namespace svctrade_test
