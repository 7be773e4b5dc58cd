// SPDX-License-Identifier: BSL-1.0
// A consumer of svctrade: calls compiled (non-inline) functions of the library and catches, by
// type, an exception thrown from inside it. With a shared library built with hidden visibility
// this proves that the functions and the exceptions' typeinfo are exported, so that a catch in
// the program matches what the library throws.
#include <svctrade/svctrade.hpp>

#include <cstdio>
#include <string>

int main() {
    const svctrade::Decimal sum = svctrade::Decimal::parse("34.32") + svctrade::Decimal::parse("5.31");
    if (sum.to_string() != "39.63") {
        std::printf("34.32 + 5.31 gave %s\n", sum.to_string().c_str());
        return 1;
    }
    try {
        (void)svctrade::Decimal::parse("12..3");
        std::puts("\"12..3\" parsed");
        return 1;
    } catch (const svctrade::ParseError& e) {
        if (e.position() != 3 || std::string(e.what()).find("12..3") == std::string::npos) {
            std::printf("unexpected message: %s\n", e.what());
            return 1;
        }
    }
    try {
        throw svctrade::ParseError("12..3", 3, "a second decimal point");
    } catch (const svctrade::Error& e) {
        if (std::string(e.what()).find("position 3") == std::string::npos) {
            std::puts("unexpected message");
            return 1;
        }
    }
    std::printf("svctrade %s\n", svctrade::version_string);
    return 0;
}
