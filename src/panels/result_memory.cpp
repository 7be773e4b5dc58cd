// SPDX-License-Identifier: BSL-1.0
// The memory of the panel results' columns. A large column freed by one result is kept, per
// thread, for the next result of the same size class: a loop that computes a fresh result per
// call (`auto g = yoy_growth(panel, flow)`) then writes into pages it already owns, as the
// in-place forms do, instead of page-faulting tens of megabytes of fresh memory on every call
// (docs/performance.md, "Fresh results"). Small columns go straight to operator new: the heap
// keeps their pages anyway.
#include <svctrade/panels/detail/result_memory.hpp>
#include <svctrade/panels/result.hpp>

#include <array>
#include <cstddef>
#include <new>

namespace svctrade {

namespace {

constexpr std::align_val_t alignment{64};
constexpr std::size_t cached_from = std::size_t{1} << 20U;   // 1 MiB: below, the heap reuses pages itself
constexpr std::size_t granule = std::size_t{1} << 16U;       // sizes within 64 KiB share a class
constexpr std::size_t max_blocks = 8;                        // a roll-up result has three columns
constexpr std::size_t max_cached = std::size_t{512} << 20U;  // bytes kept per thread at most

std::size_t size_class(std::size_t bytes) noexcept {
    return bytes < cached_from ? bytes : (bytes + granule - 1) / granule * granule;
}

struct Block {
    void* memory = nullptr;
    std::size_t bytes = 0;
};

// Set when a thread's cache has been destroyed (thread exit, or the end of the program for the
// main thread), so that a result destroyed later (a static one) frees its memory directly. A
// trivially destructible thread_local, so it stays readable to the very end.
thread_local bool cache_gone = false;

class Cache {
public:
    Cache() = default;
    Cache(const Cache&) = delete;
    Cache& operator=(const Cache&) = delete;
    ~Cache() {
        release();
        cache_gone = true;
    }

    // The most recently kept block of the size class, whose pages are the likeliest in cache.
    void* take(std::size_t bytes) noexcept {
        for (std::size_t i = count_; i-- > 0;) {
            if (blocks_[i].bytes == bytes) {
                void* memory = blocks_[i].memory;
                held_ -= bytes;
                for (std::size_t j = i + 1; j < count_; ++j) blocks_[j - 1] = blocks_[j];
                --count_;
                return memory;
            }
        }
        return nullptr;
    }

    // Keeps `memory`, evicting the oldest blocks to make room; frees it if it alone is too large.
    void keep(void* memory, std::size_t bytes) noexcept {
        if (bytes > max_cached) {
            ::operator delete(memory, alignment);
            return;
        }
        while (count_ == max_blocks || held_ + bytes > max_cached) {
            ::operator delete(blocks_[0].memory, alignment);
            held_ -= blocks_[0].bytes;
            for (std::size_t i = 1; i < count_; ++i) blocks_[i - 1] = blocks_[i];
            --count_;
        }
        blocks_[count_++] = Block{memory, bytes};
        held_ += bytes;
    }

    void release() noexcept {
        for (std::size_t i = 0; i < count_; ++i) ::operator delete(blocks_[i].memory, alignment);
        count_ = 0;
        held_ = 0;
    }

private:
    std::array<Block, max_blocks> blocks_{};
    std::size_t count_ = 0;
    std::size_t held_ = 0;
};

Cache& cache() {
    thread_local Cache c;
    return c;
}

}  // namespace

void* detail::acquire_result_memory(std::size_t bytes) {
    const std::size_t size = size_class(bytes);
    if (size >= cached_from && !cache_gone) {
        if (void* memory = cache().take(size)) return memory;
    }
    return ::operator new(size, alignment);
}

void detail::release_result_memory(void* memory, std::size_t bytes) noexcept {
    if (memory == nullptr) return;
    const std::size_t size = size_class(bytes);
    if (size >= cached_from && !cache_gone) {
        cache().keep(memory, size);
        return;
    }
    ::operator delete(memory, alignment);
}

void release_cached_result_memory() noexcept {
    if (!cache_gone) cache().release();
}

}  // namespace svctrade
