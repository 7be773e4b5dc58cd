// SPDX-License-Identifier: BSL-1.0
// Decimal::parse (plain and comma-grouped) and Published::parse; what parses prints back to the
// same value and scale, and reads back from its print.
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/published/published.hpp>

#include "fuzz.hpp"

using namespace svctrade;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    for (const Grouping grouping : {Grouping::none, Grouping::comma}) {
        fuzz::expect_error_or_value([&] {
            const Decimal d = Decimal::parse(text, grouping);
            const std::string plain = d.to_string();
            const Decimal back = Decimal::parse(plain);
            fuzz::require(back == d && back.scale() == d.scale(), "Decimal: parse(to_string(x)) != x", plain);
            const std::string grouped = d.to_string(Grouping::comma);
            const Decimal back_grouped = Decimal::parse(grouped, Grouping::comma);
            fuzz::require(back_grouped == d && back_grouped.scale() == d.scale(),
                          "Decimal: parse(to_string(x, comma), comma) != x", grouped);
        });
    }
    fuzz::expect_error_or_value([&] {
        const Published p = Published::parse(text);
        const Published back = Published::parse(p.value().to_string());
        fuzz::require(back == p, "Published: parse(value().to_string()) != x", p.value().to_string());
    });
    return 0;
}
