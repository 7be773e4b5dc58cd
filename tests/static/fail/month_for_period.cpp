// SPDX-License-Identifier: BSL-1.0
// Must not compile: a panel's MonthIndex (a month number) is not a Period (dates, a kind, a
// year start), so it does not print as one. The twin (SVCTRADE_TWIN) names the period.
#include <svctrade/panels/month_index.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>

#include <string>

using namespace svctrade;

int main() {
#ifdef SVCTRADE_TWIN
    const Period month = Period::month(2021, 6);
#else
    const MonthIndex month(2021, 6);
#endif
    const std::string text = to_english(month);
    return text.empty() ? 1 : 0;
}
