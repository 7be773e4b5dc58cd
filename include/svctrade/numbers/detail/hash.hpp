// SPDX-License-Identifier: BSL-1.0
/// \file
/// Hash mixing shared by the value types' std::hash specializations (not part of the API).
#pragma once

#include <cstddef>
#include <cstdint>

#include <svctrade/numbers/detail/int128.hpp>

namespace svctrade::detail {

// splitmix64's finaliser: every input bit reaches every output bit, so values that differ only
// in the high half of a 128-bit coefficient (or only in the scale) do not collide in bulk.
[[nodiscard]] constexpr std::uint64_t hash_finalise(std::uint64_t x) noexcept {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

[[nodiscard]] constexpr std::size_t hash_combine(std::size_t seed, std::uint64_t value) noexcept {
    return static_cast<std::size_t>(hash_finalise(static_cast<std::uint64_t>(seed) ^ (value + 0x9e3779b97f4a7c15ULL)));
}

[[nodiscard]] constexpr std::size_t hash_combine(std::size_t seed, i128 value) noexcept {
    const auto bits = static_cast<u128>(value);
    seed = hash_combine(seed, static_cast<std::uint64_t>(bits));
    return hash_combine(seed, static_cast<std::uint64_t>(bits >> 64));
}

}  // namespace svctrade::detail
