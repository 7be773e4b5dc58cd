// SPDX-License-Identifier: BSL-1.0
// Implementation detail of the panel results: where their columns live. Not part of the API
// (svctrade::release_cached_result_memory() in result.hpp is).
//
// Two things make a fresh result of millions of cells cost more than its computation: zeroing it
// before the kernel writes every cell anyway, and the operating system's first touch of each new
// page (a fault, and the kernel zeroing the page). The allocator below skips the first (resize()
// leaves trivial cells unwritten) and, for large columns, draws on memory recently freed by
// results of the same thread instead of fresh pages (docs/performance.md measures both).
#pragma once

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

#include <svctrade/export.hpp>

namespace svctrade::detail {

/// \returns at least `bytes` bytes aligned to 64, from this thread's recently freed result
///          columns when one of the same size class is there. \throws std::bad_alloc.
[[nodiscard]] SVCTRADE_EXPORT void* acquire_result_memory(std::size_t bytes);
/// Gives back memory from acquire_result_memory(`bytes`): kept for the thread's next result
/// when it is large and the thread's cache has room, else freed.
SVCTRADE_EXPORT void release_result_memory(void* memory, std::size_t bytes) noexcept;

template <class T>
class ResultAllocator {
    static_assert(std::is_trivially_default_constructible_v<T>, "only cells of trivial types may be left unwritten");

public:
    using value_type = T;

    ResultAllocator() noexcept = default;
    template <class U>
    ResultAllocator(const ResultAllocator<U>&) noexcept {}  // NOLINT: rebinding

    [[nodiscard]] T* allocate(std::size_t n) {
        if (n > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_array_new_length();
        return static_cast<T*>(acquire_result_memory(n * sizeof(T)));
    }
    void deallocate(T* p, std::size_t n) noexcept { release_result_memory(p, n * sizeof(T)); }

    // Value-initialisation (resize(n)) becomes default-initialisation: no write at all.
    template <class U>
    void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
        ::new (static_cast<void*>(p)) U;
    }
    template <class U, class... Args>
    void construct(U* p, Args&&... args) {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }

    friend constexpr bool operator==(const ResultAllocator&, const ResultAllocator&) noexcept { return true; }
};

}  // namespace svctrade::detail
