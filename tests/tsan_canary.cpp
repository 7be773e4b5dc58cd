// SPDX-License-Identifier: BSL-1.0
// A planted data race, built only by the tsan preset: CTest expects ThreadSanitizer to report
// it, so that the thread-safety tests passing under that preset means the sanitizer was there
// and watching, not that it was missing.
#include <thread>

namespace {
int counter = 0;  // written by two threads without synchronisation, on purpose
}

int main() {
    std::thread other([] { ++counter; });
    ++counter;
    other.join();
    return counter == 2 ? 0 : 1;
}
