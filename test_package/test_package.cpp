// SPDX-License-Identifier: BSL-1.0
// Links the packaged library, calls its compiled functions and catches an exception thrown from
// inside it by type: proof that the library, its exported typeinfo and the headers all arrived.
#include <svctrade/svctrade.hpp>

#include <cstdio>
#include <string>

int main() {
    const svctrade::Decimal sum = svctrade::Decimal::parse("34.32") + svctrade::Decimal::parse("5.31");
    if (sum.to_string() != "39.63") {
        std::printf("svctrade: 34.32 + 5.31 gave %s\n", sum.to_string().c_str());
        return 1;
    }
    try {
        (void)svctrade::Decimal::parse("12..3");
        std::puts("svctrade: \"12..3\" parsed");
        return 1;
    } catch (const svctrade::ParseError& e) {
        if (e.input() != "12..3") {
            std::printf("svctrade: unexpected ParseError: %s\n", e.what());
            return 1;
        }
    }
    std::printf("svctrade %s works: 34.32 + 5.31 = %s\n", svctrade::version_string, sum.to_string().c_str());
    return 0;
}
