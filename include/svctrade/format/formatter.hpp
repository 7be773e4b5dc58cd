// SPDX-License-Identifier: BSL-1.0
/// \file
/// The one formatter both `<svctrade/fmt.hpp>` and `<svctrade/format.hpp>` specialize from:
/// parse() reads the spec with parse_format_spec() (constexpr, so a bad literal spec is a
/// compile-time error where the library checks format strings at compile time), format() writes
/// format_value(). Needs neither {fmt} nor `<format>`: the contexts are template parameters.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include <svctrade/format/spec.hpp>

namespace svctrade::detail {

/// The longest spec a formatter reads, in bytes.
inline constexpr std::size_t max_format_spec_size = 64;

/// A formatter of `T` for any formatting library whose parse context yields the spec's
/// characters from begin() up to the closing `}` and whose format context has out().
/// `Errors::format_spec_is_invalid(spec, type, error)` reports a refused spec: a non-constexpr
/// function that throws the library's format_error, so that calling it while a format string is
/// checked at compile time is the compile-time error.
template <class T, class Errors>
class SpecFormatter {
public:
    /// Reads the spec up to the closing `}`.
    /// \returns the position of the `}` (or the end of the context).
    /// \throws what `Errors::format_spec_is_invalid` throws for a spec parse_format_spec() refuses
    ///         or one longer than max_format_spec_size.
    template <class ParseContext>
    constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
        auto it = ctx.begin();
        const auto end = ctx.end();
        char buffer[max_format_spec_size] = {};
        std::size_t size = 0;
        while (it != end && *it != '}') {
            if (size == max_format_spec_size) {
                Errors::format_spec_is_invalid(std::string_view(buffer, size), FormatTraits<T>::name,
                                               FormatSpecError{"the spec is longer than 64 bytes", 0, 0});
            }
            buffer[size++] = *it;
            ++it;
        }
        const std::string_view text(buffer, size);
        const ParsedFormatSpec parsed = parse_format_spec(text, FormatTraits<T>::target);
        if (parsed.error.reason != nullptr) {
            Errors::format_spec_is_invalid(text, FormatTraits<T>::name, parsed.error);
        }
        spec_ = parsed.spec;
        return it;
    }

    /// Writes format_value(value, spec) to `ctx.out()`.
    /// \returns the output iterator past the text.
    /// \throws what format_value() throws.
    template <class FormatContext>
    auto format(const T& value, FormatContext& ctx) const -> decltype(ctx.out()) {
        const std::string text = format_value(value, spec_);
        return std::copy(text.begin(), text.end(), ctx.out());
    }

    /// \returns the spec parse() read.
    [[nodiscard]] constexpr const FormatSpec& spec() const noexcept { return spec_; }

private:
    FormatSpec spec_{};
};

}  // namespace svctrade::detail
