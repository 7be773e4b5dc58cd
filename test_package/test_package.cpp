// SPDX-License-Identifier: BSL-1.0
// Links the packaged library, calls a compiled function and catches its exception by type:
// proof that the library, its exported typeinfo and the headers all arrived.
#include <svctrade/svctrade.hpp>

#include <cstdio>
#include <string>

int main() {
    try {
        throw svctrade::ParseError("12..3", 3, "a second decimal point");
    } catch (const svctrade::ParseError& e) {
        if (e.position() != 3 || std::string(e.what()).find("12..3") == std::string::npos) {
            std::puts("svctrade: unexpected ParseError message");
            return 1;
        }
    }
    std::printf("svctrade %s works\n", svctrade::version_string);
    return 0;
}
