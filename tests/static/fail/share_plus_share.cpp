// SPDX-License-Identifier: BSL-1.0
// Must not compile: two shares of a whole do not add (38.5% + 20.1% is no share of anything).
// The twin (SVCTRADE_TWIN) subtracts them, which is the change in percentage points.
#include <svctrade/numbers/percent.hpp>

using namespace svctrade;
using namespace svctrade::literals;

int main() {
    const Share now = Share::from_percent(38.5_dec);
    const Share before = Share::from_percent(36.8_dec);
#ifdef SVCTRADE_TWIN
    const PercentagePoints change = now - before;
#else
    const auto change = now + before;
#endif
    return change == change ? 0 : 1;
}
