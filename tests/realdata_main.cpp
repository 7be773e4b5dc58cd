// SPDX-License-Identifier: BSL-1.0
// The main of the acceptance tests on real files from other publishers: they live in
// ../shared/realdata beside the source tree, which only some machines have, and are never in the
// repository. Without the folder the test reports itself skipped to CTest (exit 77), never passed.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <filesystem>
#include <iostream>

int main(int argc, char** argv) {
    const std::filesystem::path folder(SVCTRADE_REALDATA_DIR);
    std::error_code ignored;
    if (!std::filesystem::is_directory(folder, ignored)) {
        std::cout << "SKIPPED: no real data at " << folder.string() << '\n';
        return 77;
    }
    doctest::Context context(argc, argv);
    return context.run();
}
