// SPDX-License-Identifier: BSL-1.0
/// \file
/// Amounts as people write them: "34.32 billion yuan", "$5.31 billion", "343.2亿元", both ways.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <svctrade/export.hpp>
#include <svctrade/money/money.hpp>
#include <svctrade/numbers/rounding.hpp>
#include <svctrade/published/published.hpp>

namespace svctrade {

/// The power of a thousand an English-style amount is written in.
enum class EnglishScale {
    automatic,  ///< The largest of thousand…trillion not above the amount (units below 1,000).
    units,      ///< No scale word: "34,320,000,000".
    thousand,   ///< ×10^3.
    million,    ///< ×10^6.
    billion,    ///< ×10^9 (short scale, as in English-language statistics).
    trillion,   ///< ×10^12.
};

/// The Chinese unit an amount is written in (万 = 10^4, 亿 = 10^8, 万亿 = 10^12).
enum class ChineseScale {
    automatic,  ///< 万亿 from 10^12, 亿 from 10^8, 万 from 10^4, else units.
    units,      ///< No unit: "34320000000元".
    wan,        ///< 万, ×10^4.
    yi,         ///< 亿, ×10^8.
    wan_yi,     ///< 万亿, ×10^12.
};

/// How an English-style amount names its currency.
enum class CurrencyLabel {
    code,    ///< "USD 410 million", "CNY 34.32 billion".
    symbol,  ///< "$5.31 billion" (USD $, EUR €, GBP £; other currencies fall back to the code).
    word,    ///< "34.32 billion yuan" (CNY yuan, USD US dollars, EUR euros, JPY yen; else the code).
};

/// Parses an amount written as in English or Chinese statistical texts:
/// `"34.32 billion yuan"`, `"$5.31 billion"`, `"USD 410 million"`, `"CNY 34,320,000,000"`,
/// `"343.2亿元"`, `"1.2万亿元"`, `"4.1亿美元"`, `"5.31 billion US dollars"`, `"US$410 million"`.
///
/// The number may use comma grouping; scale words are thousand, million, billion, trillion
/// (singular, as English writes them after a number) and 万, 亿, 万亿; the currency is a prefix
/// (an ISO code and a space, or `$` or `US$` for USD, `€`, `£`) or a suffix (an ISO code, `yuan`,
/// `US dollars`, `euros`, `yen`, `元`, `美元`, `欧元`, `日元`, `港元`, `英镑`). The result is exact:
/// `"343.2亿元"` is CNY 34320000000.0.
/// \throws ParseError with the position and reason for text without a currency or with two,
/// an ambiguous currency (`"dollars"`), an unknown scale word (`"5 billions of something"`),
/// a malformed number, or anything left over.
[[nodiscard]] SVCTRADE_EXPORT Money parse_amount(std::string_view text);

/// An amount as written in a text, with the rounding unit its last digit stands for:
/// "34.32 billion yuan" is CNY 34 320 000 000 to the nearest 10 000 000.
/// \note Trailing zeros count as written digits: "$410 million" is taken to the nearest million.
/// When a source rounds more coarsely, build the Published figure with an explicit unit.
struct WrittenAmount {
    Money amount;  ///< The exact amount written ("34.32 billion yuan": CNY 34320000000.00).
    Decimal unit;  ///< The value of one unit in the last written digit (10000000 for "34.32 billion").
    /// The power of ten of the scale word as written: 9 for "billion", 8 for 亿, 12 for 万亿 and
    /// "trillion", 0 when there is none ("CNY 34,320,000,000").
    int scale_power = 0;

    /// \returns the amount as a published figure rounded to `unit`, for interval arithmetic.
    [[nodiscard]] Published published() const { return Published(amount.amount(), unit); }
};

/// \returns the currency a word names where amounts are written: the words parse_amount()
/// reads after a number (`"yuan"`, `"renminbi"`, `"US dollars"`, `"US dollar"`, `"euros"`,
/// `"yen"`, `"元"`, `"美元"`, `"欧元"`, `"日元"`, `"港元"`, `"英镑"`) or an ISO 4217 code (`"CNY"`);
/// std::nullopt for anything else, bare `"dollars"` included (US? Hong Kong? Singapore?).
[[nodiscard]] SVCTRADE_EXPORT std::optional<Currency> currency_of_word(std::string_view word) noexcept;

/// Parses like parse_amount() and also returns the rounding unit of the written figure.
/// \throws ParseError as parse_amount() does.
[[nodiscard]] SVCTRADE_EXPORT WrittenAmount parse_written_amount(std::string_view text);

/// \returns the amount in English style with `decimals` places in the chosen scale, rounded
/// once by `mode`: `"34.32 billion yuan"`, `"$5.31 billion"`, `"USD 410 million"`.
/// With EnglishScale::automatic, a rounding that reaches 1,000 of a scale moves to the next
/// (999.996 million at 2 places is "1.00 billion").
/// \throws InvalidArgument for decimals outside 0…30, Overflow when the figure in the chosen
/// scale, written with `decimals` places, has 39 or more digits (34.32 billion fits at 30 places
/// in billions, not in units).
[[nodiscard]] SVCTRADE_EXPORT std::string format_english(const Money& amount, int decimals, RoundingMode mode,
                                                         CurrencyLabel label = CurrencyLabel::code,
                                                         EnglishScale scale = EnglishScale::automatic);

/// \returns the amount in Chinese style with `decimals` places in the chosen unit, rounded once
/// by `mode`: `"343.2亿元"`, `"1.2万亿元"`, `"4.1亿美元"` (CNY 元, USD 美元, EUR 欧元, JPY 日元,
/// HKD 港元, GBP 英镑; other currencies are followed by their ISO code).
/// \throws InvalidArgument for decimals outside 0…30, Overflow when the figure in the chosen
/// unit, written with `decimals` places, has 39 or more digits.
[[nodiscard]] SVCTRADE_EXPORT std::string format_chinese(const Money& amount, int decimals, RoundingMode mode,
                                                         ChineseScale scale = ChineseScale::automatic);

}  // namespace svctrade
