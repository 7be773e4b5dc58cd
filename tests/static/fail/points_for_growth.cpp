// SPDX-License-Identifier: BSL-1.0
// Must not compile: a change in percentage points (+1.7 pp) is not a growth rate (+1.7%), so it
// cannot be written as growth. The twin (SVCTRADE_TWIN) passes a GrowthRate.
#include <svctrade/growth/words.hpp>
#include <svctrade/numbers/percent.hpp>

#include <string>

using namespace svctrade;
using namespace svctrade::literals;

int main() {
#ifdef SVCTRADE_TWIN
    const GrowthRate rise = GrowthRate::from_percent(1.7_dec);
#else
    const PercentagePoints rise = PercentagePoints::from_points(1.7_dec);
#endif
    const std::string text = chinese_growth(rise);
    return text.empty() ? 1 : 0;
}
