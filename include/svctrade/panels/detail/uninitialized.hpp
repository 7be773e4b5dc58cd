// SPDX-License-Identifier: BSL-1.0
// Implementation detail of the panel results: an allocator whose resize() leaves new elements of
// trivial types uninitialised. Every panel kernel writes every cell of its result, so zeroing a
// fresh result first would be a wasted pass over tens of megabytes. Not part of the API.
#pragma once

#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace svctrade::detail {

template <class T>
class UninitializedAllocator : public std::allocator<T> {
    static_assert(std::is_trivially_default_constructible_v<T>,
                  "only cells of trivial types may be left uninitialised");

public:
    using value_type = T;

    template <class U>
    struct rebind {
        using other = UninitializedAllocator<U>;
    };

    UninitializedAllocator() noexcept = default;
    template <class U>
    UninitializedAllocator(const UninitializedAllocator<U>&) noexcept {}  // NOLINT: rebinding

    // Value-initialisation (resize(n)) becomes default-initialisation: no write at all.
    template <class U>
    void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
        ::new (static_cast<void*>(p)) U;
    }
    template <class U, class... Args>
    void construct(U* p, Args&&... args) {
        std::allocator_traits<std::allocator<T>>::construct(static_cast<std::allocator<T>&>(*this), p,
                                                            std::forward<Args>(args)...);
    }
};

template <class T, class U>
constexpr bool operator==(const UninitializedAllocator<T>&, const UninitializedAllocator<U>&) noexcept {
    return true;
}

}  // namespace svctrade::detail
