// SPDX-License-Identifier: BSL-1.0
// Counting the cells of a panel result that have one Reason. Private to the library.
#pragma once

#include <svctrade/outcome.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace svctrade::detail {

// Counts in blocks of 255 cells with an 8-bit tally, which the compiler turns into byte-wide
// vector compares and adds; std::count's 64-bit tally per byte is about ten times slower on the
// millions of cells of a panel result (tests/bench).
inline std::size_t count_reason(const Reason* reasons, std::size_t n, Reason reason) noexcept {
    std::size_t total = 0;
    std::size_t i = 0;
    while (i < n) {
        const std::size_t end = std::min(n, i + 255);
        std::uint8_t block = 0;
        for (; i < end; ++i) {
            block = static_cast<std::uint8_t>(block + (reasons[i] == reason ? 1U : 0U));
        }
        total += block;
    }
    return total;
}

}  // namespace svctrade::detail
