// SPDX-License-Identifier: BSL-1.0
// A bureau's template table for bulletins (TemplateTable::parse): any CSV text reads or is an
// svctrade::Error naming its place.
#include <svctrade/bulletins/templates.hpp>

#include "fuzz.hpp"

using namespace svctrade;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::expect_error_or_value([&] { (void)TemplateTable::parse(fuzz::text_of(data, size), "fuzz.csv"); });
    return 0;
}
