// SPDX-License-Identifier: BSL-1.0
// A consumer of svctrade: calls a compiled (non-inline) function of the library and catches one
// of its exceptions by type, which proves symbols and typeinfo are visible from a shared build.
#include <svctrade/svctrade.hpp>

#include <cstdio>
#include <string>

int main() {
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
