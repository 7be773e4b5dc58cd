// SPDX-License-Identifier: BSL-1.0
// The corpus driver of the normal build (GCC, no libFuzzer): feeds every file named, or every
// file in every folder named, to LLVMFuzzerTestOneInput once, so that each corpus is a regression
// test (CTest label `fuzz`). A run that finds no input fails: an empty corpus tests nothing.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
    std::vector<std::filesystem::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path p(argv[i]);
        if (std::filesystem::is_directory(p)) {
            for (const auto& entry : std::filesystem::directory_iterator(p)) {
                if (entry.is_regular_file()) inputs.push_back(entry.path());
            }
        } else {
            inputs.push_back(p);
        }
    }
    std::sort(inputs.begin(), inputs.end());
    if (inputs.empty()) {
        std::fprintf(stderr, "fuzz driver: no input files given\n");
        return 1;
    }
    for (const auto& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "fuzz driver: cannot open %s\n", path.string().c_str());
            return 1;
        }
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        // A copy the exact size of the input, as libFuzzer passes it, so that ASan sees overreads.
        const std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
        const std::string name = path.string();
        svctrade::fuzz::current_input_name = name;
        svctrade::fuzz::current_input = bytes;
        LLVMFuzzerTestOneInput(data.data(), data.size());
    }
    std::printf("fuzz driver: %zu inputs, no failure\n", inputs.size());
    return 0;
}
