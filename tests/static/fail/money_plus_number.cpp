// SPDX-License-Identifier: BSL-1.0
// Must not compile: money does not add to a bare number (34.32 billion yuan + 5 is five what?).
// The currency itself is a run-time value (Money(Decimal, Currency) is read from data), so
// CNY + USD compiles and throws CurrencyMismatch; what the type system refuses is a number
// without a currency. The twin (SVCTRADE_TWIN) adds two amounts.
#include <svctrade/money/money.hpp>
#include <svctrade/numbers/decimal.hpp>

using namespace svctrade;
using namespace svctrade::literals;

int main() {
    const Money exports(34.32_dec, Currency::of("CNY"));
#ifdef SVCTRADE_TWIN
    const Money more = exports + Money(5_dec, Currency::of("CNY"));
#else
    const auto more = exports + 5_dec;
#endif
    return more == exports ? 1 : 0;
}
