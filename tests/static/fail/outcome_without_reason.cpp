// SPDX-License-Identifier: BSL-1.0
// Must not compile: an Outcome without a value needs the reason why (Reason::none means "there
// is an answer", so it cannot be the reason for none). The twin (SVCTRADE_TWIN) gives one.
#include <svctrade/numbers/percent.hpp>
#include <svctrade/outcome.hpp>

using namespace svctrade;

int main() {
#ifdef SVCTRADE_TWIN
    const Outcome<GrowthRate> growth = NoAnswer(Reason::zero_base);
#else
    const Outcome<GrowthRate> growth = NoAnswer(Reason::none);
#endif
    return growth ? 1 : 0;
}
