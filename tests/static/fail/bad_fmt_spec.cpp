// SPDX-License-Identifier: BSL-1.0
// Must not compile: a literal format string whose spec the type does not take ("zz" is no word of
// a GrowthRate's spec). {fmt} checks literal format strings at compile time and svctrade's parse
// is constexpr, so the refusal is a compile-time error naming format_spec_is_invalid. The twin
// (SVCTRADE_TWIN) asks for Chinese, which a GrowthRate takes.
#include <svctrade/fmt.hpp>

#include <string>

using namespace svctrade;

int main() {
#ifdef SVCTRADE_TWIN
    const std::string text = fmt::format("{:.2f zh}", GrowthRate{});
#else
    const std::string text = fmt::format("{:.2f zz}", GrowthRate{});
#endif
    return text.empty() ? 1 : 0;
}
