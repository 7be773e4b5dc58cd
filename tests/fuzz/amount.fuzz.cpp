// SPDX-License-Identifier: BSL-1.0
// Amounts in English and Chinese (parse_amount, parse_written_amount, currency_of_word); what
// parses is written back by format_english and format_chinese in a form parse_amount reads, in
// the same currency.
#include <svctrade/money/magnitude.hpp>
#include <svctrade/money/money.hpp>

#include "fuzz.hpp"

using namespace svctrade;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    fuzz::expect_error_or_value([&] {
        const Money m = parse_amount(text);
        const std::string english = format_english(m, 2, RoundingMode::half_even);
        fuzz::require(parse_amount(english).currency() == m.currency(), "format_english does not read back", english);
        const std::string chinese = format_chinese(m, 2, RoundingMode::half_even);
        fuzz::require(parse_amount(chinese).currency() == m.currency(), "format_chinese does not read back", chinese);
    });
    fuzz::expect_error_or_value([&] {
        const WrittenAmount w = parse_written_amount(text);
        fuzz::require(w.unit > Decimal(0), "a written amount with a unit that is not positive");
        (void)w.published();
    });
    (void)currency_of_word(text);
    return 0;
}
