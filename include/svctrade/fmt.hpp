// SPDX-License-Identifier: BSL-1.0
/// \file
/// {fmt} formatters for svctrade's values: `fmt::format("{:.2f}", growth)` is `"+5.89%"`,
/// `fmt::format("{:zh}", period)` is `"2021年1-6月"`, `fmt::format("{:word}", total)` is
/// `"34.32 billion yuan"`. Opt-in: `<svctrade/svctrade.hpp>` does not include it and the library
/// does not need {fmt}; link {fmt} yourself (`svctrade::fmt` in CMake, docs/formatting.md).
///
/// The spec grammar is `<svctrade/format/spec.hpp>`'s, shared with the `std::format` formatters of
/// `<svctrade/format.hpp>`. A bad spec in a literal format string is a compile-time error (the
/// compiler names `format_spec_is_invalid`); one in `fmt::runtime(text)` throws
/// `fmt::format_error` with format_spec_message(): the spec, the type and the reason.
#pragma once

#include <string_view>

#include <fmt/format.h>

#include <svctrade/format/formatter.hpp>
#include <svctrade/format/spec.hpp>

namespace svctrade::detail {

/// How {fmt} is told of a bad spec.
struct FmtErrors {
    /// Throws fmt::format_error with format_spec_message(spec, type, error). Not constexpr: a
    /// call during fmt's compile-time check of a format string is the compile-time error.
    /// \throws fmt::format_error, always.
    [[noreturn]] static void format_spec_is_invalid(std::string_view spec, std::string_view type,
                                                    const FormatSpecError& error) {
        throw fmt::format_error(format_spec_message(spec, type, error));
    }
};

}  // namespace svctrade::detail

/// \cond internal
#define SVCTRADE_FMT_FORMATTER(Type) \
    template <>                      \
    struct formatter<svctrade::Type> : svctrade::detail::SpecFormatter<svctrade::Type, svctrade::detail::FmtErrors> {}

namespace fmt {
SVCTRADE_FMT_FORMATTER(Decimal);
SVCTRADE_FMT_FORMATTER(Money);
SVCTRADE_FMT_FORMATTER(GrowthRate);
SVCTRADE_FMT_FORMATTER(Share);
SVCTRADE_FMT_FORMATTER(Percent);
SVCTRADE_FMT_FORMATTER(PercentagePoints);
SVCTRADE_FMT_FORMATTER(Period);
SVCTRADE_FMT_FORMATTER(Currency);
SVCTRADE_FMT_FORMATTER(Category);
SVCTRADE_FMT_FORMATTER(Flow);
SVCTRADE_FMT_FORMATTER(TaskStatus);
SVCTRADE_FMT_FORMATTER(ObservationStatus);
SVCTRADE_FMT_FORMATTER(StatusFlag);
SVCTRADE_FMT_FORMATTER(Missing);
SVCTRADE_FMT_FORMATTER(Confidentiality);
SVCTRADE_FMT_FORMATTER(PeriodKind);
SVCTRADE_FMT_FORMATTER(FactStatus);
SVCTRADE_FMT_FORMATTER(CategoryRole);
SVCTRADE_FMT_FORMATTER(RoundingMode);
}  // namespace fmt

#undef SVCTRADE_FMT_FORMATTER
/// \endcond
