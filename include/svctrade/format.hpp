// SPDX-License-Identifier: BSL-1.0
/// \file
/// `std::format` formatters for svctrade's values, for a standard library that has `<format>`
/// (`__cpp_lib_format`): `std::format("{:.2f}", growth)`, `std::format("{:zh}", period)`. With
/// one that has not (libstdc++ 12, which GCC 12 and Clang 14 use here), this header declares
/// nothing and costs nothing; the {fmt} formatters of `<svctrade/fmt.hpp>` work everywhere.
///
/// The spec grammar, the parser and the text written are those of `<svctrade/fmt.hpp>`
/// (`<svctrade/format/spec.hpp>`, docs/formatting.md): a bad spec in a literal format string is
/// a compile-time error (std::format checks format strings at compile time), one in
/// `std::vformat` throws `std::format_error` with format_spec_message().
/// Opt-in: `<svctrade/svctrade.hpp>` does not include it.
#pragma once

#include <version>

#include <svctrade/format/formatter.hpp>
#include <svctrade/format/spec.hpp>

#if defined(__cpp_lib_format)

#include <format>
#include <string_view>

namespace svctrade::detail {

/// How `std::format` is told of a bad spec.
struct StdFormatErrors {
    /// Throws std::format_error with format_spec_message(spec, type, error). Not constexpr: a
    /// call while a format string is checked at compile time is the compile-time error.
    /// \throws std::format_error, always.
    [[noreturn]] static void format_spec_is_invalid(std::string_view spec, std::string_view type,
                                                    const FormatSpecError& error) {
        throw std::format_error(format_spec_message(spec, type, error));
    }
};

}  // namespace svctrade::detail

/// \cond internal
#define SVCTRADE_STD_FORMATTER(Type)       \
    template <>                            \
    struct formatter<svctrade::Type, char> \
        : svctrade::detail::SpecFormatter<svctrade::Type, svctrade::detail::StdFormatErrors> {}

namespace std {
SVCTRADE_STD_FORMATTER(Decimal);
SVCTRADE_STD_FORMATTER(Money);
SVCTRADE_STD_FORMATTER(GrowthRate);
SVCTRADE_STD_FORMATTER(Share);
SVCTRADE_STD_FORMATTER(Percent);
SVCTRADE_STD_FORMATTER(PercentagePoints);
SVCTRADE_STD_FORMATTER(Period);
SVCTRADE_STD_FORMATTER(Currency);
SVCTRADE_STD_FORMATTER(Category);
SVCTRADE_STD_FORMATTER(Flow);
SVCTRADE_STD_FORMATTER(TaskStatus);
SVCTRADE_STD_FORMATTER(ObservationStatus);
SVCTRADE_STD_FORMATTER(StatusFlag);
SVCTRADE_STD_FORMATTER(Missing);
SVCTRADE_STD_FORMATTER(Confidentiality);
SVCTRADE_STD_FORMATTER(PeriodKind);
SVCTRADE_STD_FORMATTER(FactStatus);
SVCTRADE_STD_FORMATTER(CategoryRole);
SVCTRADE_STD_FORMATTER(RoundingMode);
}  // namespace std

#undef SVCTRADE_STD_FORMATTER
/// \endcond

#endif  // __cpp_lib_format
