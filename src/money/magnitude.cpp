// SPDX-License-Identifier: BSL-1.0
// Amounts in words: English short-scale words (thousand … trillion, as English-language releases
// of MOFCOM and China Daily write them) and the Chinese units 万 (10^4), 亿 (10^8), 万亿 (10^12)
// in which MOFCOM and NBS publish values. Positions in parse errors are byte offsets.
#include <svctrade/error.hpp>
#include <svctrade/money/magnitude.hpp>

#include <array>
#include <optional>
#include <span>
#include <string>
#include "utf8_decode.hpp"

namespace svctrade {

namespace {

struct Word {
    std::string_view text;
    std::string_view code;
};

// Currency words written after an English-style amount. Bare "dollar(s)" is ambiguous (US,
// Hong Kong, Singapore…) and rejected in parse_amount; "$" alone is read as USD, as English-
// language Chinese media use it.
constexpr std::array<Word, 9> english_words{{{"yuan", "CNY"},
                                             {"US dollars", "USD"},
                                             {"US dollar", "USD"},
                                             {"U.S. dollars", "USD"},
                                             {"U.S. dollar", "USD"},
                                             {"euros", "EUR"},
                                             {"euro", "EUR"},
                                             {"yen", "JPY"},
                                             {"renminbi", "CNY"}}};
constexpr std::array<Word, 6> chinese_words{
    {{"美元", "USD"}, {"欧元", "EUR"}, {"日元", "JPY"}, {"港元", "HKD"}, {"英镑", "GBP"}, {"元", "CNY"}}};
// "$" comes before "US$" so that formatting with a symbol writes "$5.31 billion".
constexpr std::array<Word, 4> symbols{{{"$", "USD"}, {"US$", "USD"}, {"€", "EUR"}, {"£", "GBP"}}};

struct ScaleWord {
    std::string_view text;
    int power;
};
constexpr std::array<ScaleWord, 4> english_scales{{{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}}};
// Longest first, so that 万亿 is not read as 万 followed by junk.
constexpr std::array<ScaleWord, 3> chinese_scales{{{"万亿", 12}, {"亿", 8}, {"万", 4}}};

bool starts_with(std::string_view s, std::size_t pos, std::string_view prefix) {
    return s.substr(pos, prefix.size()) == prefix;
}

bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || is_upper(c) || c == '.';
}

Decimal power_of_ten(int power) {
    Decimal d(1);
    for (int i = 0; i < power; ++i) d = d * Decimal(10);
    return d;
}

class AmountParser {
public:
    explicit AmountParser(std::string_view text) : s_(text) {}

    WrittenAmount parse() {
        if (s_.empty()) fail(0, "empty text, expected an amount such as \"34.32 billion yuan\"");
        read_prefix_currency();
        const Decimal number = read_number();
        int power = 0;
        if (pos_ < s_.size() && s_[pos_] != ' ') {
            power = read_chinese_suffix();
        } else if (pos_ < s_.size()) {
            power = read_english_suffix();
        }
        if (pos_ != s_.size()) fail(pos_, "unexpected text after the amount");
        if (!currency_)
            fail(s_.size(), "no currency (write e.g. \"CNY 34.32 billion\", \"$5.31 billion\" or \"343.2亿元\")");
        const Decimal value = number * power_of_ten(power);
        // One unit of the last written digit: 10^(power − places).
        const Decimal unit = power >= number.scale() ? power_of_ten(power - number.scale())
                                                     : Decimal::from_units(1, number.scale() - power);
        return WrittenAmount{Money(negative_ ? -value : value, *currency_), unit, power};
    }

private:
    [[noreturn]] void fail(std::size_t position, const std::string& reason) const {
        throw ParseError(s_, position, reason);
    }

    void set_currency(std::string_view code, std::size_t position) {
        if (currency_)
            fail(position, "a second currency (the amount already is in " + std::string(currency_->code()) + ")");
        currency_ = Currency::of(code);
    }

    void read_prefix_currency() {
        // "-$5.31 billion": a minus sign may precede a currency symbol.
        const std::size_t at = (s_[0] == '-' && s_.size() > 1 && !is_digit(s_[1])) ? 1 : 0;
        for (const Word& w : symbols) {
            if (starts_with(s_, at, w.text)) {
                set_currency(w.code, at);
                negative_ = at == 1;
                pos_ = at + w.text.size();
                if (pos_ < s_.size() && !is_digit(s_[pos_]) && s_[pos_] != '-')
                    fail(pos_, "expected a number right after the currency symbol");
                return;
            }
        }
        if (s_.size() >= 4 && is_upper(s_[0]) && is_upper(s_[1]) && is_upper(s_[2]) && s_[3] == ' ') {
            const std::string_view code = s_.substr(0, 3);
            if (!Currency::find(code)) fail(0, "unknown ISO 4217 currency code \"" + std::string(code) + "\"");
            set_currency(code, 0);
            pos_ = 4;
        }
    }

    Decimal read_number() {
        const std::size_t start = pos_;
        while (pos_ < s_.size() && (is_digit(s_[pos_]) || s_[pos_] == '.' || s_[pos_] == ',' || s_[pos_] == '-' ||
                                    s_[pos_] == '+' || s_[pos_] == 'e' || s_[pos_] == 'E'))
            ++pos_;
        if (pos_ == start) fail(start, "expected a number");
        try {
            return Decimal::parse(s_.substr(start, pos_ - start), Grouping::comma);
        } catch (const ParseError& e) {
            fail(start + e.position(), e.reason());
        }
    }

    int read_chinese_suffix() {
        int power = 0;
        for (const ScaleWord& w : chinese_scales) {
            if (starts_with(s_, pos_, w.text)) {
                power = w.power;
                pos_ += w.text.size();
                break;
            }
        }
        for (const Word& w : chinese_words) {
            if (starts_with(s_, pos_, w.text)) {
                set_currency(w.code, pos_);
                pos_ += w.text.size();
                return power;
            }
        }
        if (pos_ == s_.size() && power != 0) return power;  // "CNY 343.2亿": the currency came first
        fail(pos_, power != 0
                       ? "expected a currency after the Chinese unit (元, 美元…)"
                       : "expected a space, a Chinese unit (万, 亿, 万亿) or a currency (元, 美元…) after the number");
    }

    // " billion yuan", " billion", " yuan", " CNY", " billion US dollars".
    int read_english_suffix() {
        int power = 0;
        ++pos_;  // the space
        const std::size_t word_start = pos_;
        std::size_t end = pos_;
        while (end < s_.size() && is_word_char(s_[end])) ++end;
        const std::string_view word = s_.substr(word_start, end - word_start);
        if (word.empty()) fail(word_start, "expected a scale word or a currency after the space");
        bool scaled = false;
        for (const ScaleWord& w : english_scales) {
            if (word == w.text) {
                power = w.power;
                scaled = true;
            } else if (word.size() == w.text.size() + 1 && word.substr(0, w.text.size()) == w.text &&
                       word.back() == 's') {
                fail(word_start, "\"" + std::string(word) + "\" is not a scale (after a number, write \"" +
                                     std::string(w.text) + "\")");
            }
        }
        if (scaled) {
            pos_ = end;
            if (pos_ == s_.size()) return power;
            if (s_[pos_] != ' ') fail(pos_, "expected a space after the scale word");
            ++pos_;
        }
        read_currency_word();
        return power;
    }

    void read_currency_word() {
        const std::size_t start = pos_;
        for (const Word& w : english_words) {
            if (starts_with(s_, pos_, w.text) &&
                (pos_ + w.text.size() == s_.size() || !is_word_char(s_[pos_ + w.text.size()]))) {
                set_currency(w.code, start);
                pos_ += w.text.size();
                return;
            }
        }
        std::size_t end = pos_;
        while (end < s_.size() && is_word_char(s_[end])) ++end;
        const std::string_view word = s_.substr(start, end - start);
        if (word == "dollars" || word == "dollar")
            fail(start, "ambiguous currency \"" + std::string(word) + "\" (write \"US dollars\" or an ISO code)");
        if (word.size() == 3 && is_upper(word[0]) && is_upper(word[1]) && is_upper(word[2])) {
            if (!Currency::find(word)) fail(start, "unknown ISO 4217 currency code \"" + std::string(word) + "\"");
            set_currency(word, start);
            pos_ = end;
            return;
        }
        fail(start, "expected a currency (an ISO code, yuan, US dollars, euros, yen)");
    }

    std::string_view s_;
    std::size_t pos_ = 0;
    std::optional<Currency> currency_;
    bool negative_ = false;
};

void check_decimals(int decimals) {
    if (decimals < 0 || decimals > Decimal::max_scale)
        throw InvalidArgument("invalid number of decimals: " + std::to_string(decimals) + " (must be 0 to 30)");
}

// amount / 10^power, rounded once. A product with 10^-power, not a quotient: divide() would
// first scale the coefficient up by 10^decimals and overflow for a figure that fits (34.32
// billion at 30 places), while the product keeps the coefficient and only moves the point.
Decimal mantissa(Decimal amount, int power, int decimals, RoundingMode mode) {
    try {
        return multiply(amount, Decimal::from_units(1, power), decimals, mode);
    } catch (const Overflow& e) {
        // Said in the caller's terms (the amount, its places, its scale) before the arithmetic's.
        throw Overflow("cannot format " + amount.to_string() + " with " + std::to_string(decimals) +
                       " decimal places in units of 10^" + std::to_string(power) +
                       ": more digits than a Decimal holds (" + e.what() + ")");
    }
}

std::string_view lookup(const Word* first, const Word* last, std::string_view code) {
    for (; first != last; ++first)
        if (first->code == code) return first->text;
    return {};
}

}  // namespace

Money parse_amount(std::string_view text) {
    text_detail::require_utf8(text);

    return AmountParser(text).parse().amount;
}

std::optional<Currency> currency_of_word(std::string_view word) noexcept {
    for (const auto& table : {std::span<const Word>(english_words), std::span<const Word>(chinese_words)}) {
        for (const Word& w : table)
            if (w.text == word) return Currency::find(w.code);
    }
    if (word.size() == 3 && is_upper(word[0]) && is_upper(word[1]) && is_upper(word[2])) return Currency::find(word);
    return std::nullopt;
}

WrittenAmount parse_written_amount(std::string_view text) {
    text_detail::require_utf8(text);

    return AmountParser(text).parse();
}

std::string format_english(const Money& amount, int decimals, RoundingMode mode, CurrencyLabel label,
                           EnglishScale scale) {
    check_decimals(decimals);
    int power = 0;
    switch (scale) {
        case EnglishScale::units:
            power = 0;
            break;
        case EnglishScale::thousand:
            power = 3;
            break;
        case EnglishScale::million:
            power = 6;
            break;
        case EnglishScale::billion:
            power = 9;
            break;
        case EnglishScale::trillion:
            power = 12;
            break;
        case EnglishScale::automatic: {
            const Decimal a = amount.amount().abs();
            for (const int p : {12, 9, 6, 3})
                if (a >= power_of_ten(p)) {
                    power = p;
                    break;
                }
            break;
        }
    }
    Decimal m = mantissa(amount.amount(), power, decimals, mode);
    if (scale == EnglishScale::automatic && power < 12 && m.abs() >= Decimal(1000)) {
        power += 3;
        m = mantissa(amount.amount(), power, decimals, mode);
    }
    std::string number = m.abs().to_string(Grouping::comma);
    std::string scale_word;
    for (const ScaleWord& w : english_scales)
        if (w.power == power) scale_word = std::string(w.text);
    const std::string_view code = amount.currency().code();
    const std::string sign = m.sign() < 0 ? "-" : "";
    const std::string_view symbol = lookup(symbols.data(), symbols.data() + symbols.size(), code);
    std::string_view word = lookup(english_words.data(), english_words.data() + english_words.size(), code);
    if (label == CurrencyLabel::symbol && !symbol.empty())
        return sign + std::string(symbol) + number + (scale_word.empty() ? "" : " " + scale_word);
    if (label == CurrencyLabel::word && !word.empty())
        return sign + number + (scale_word.empty() ? "" : " " + scale_word) + " " + std::string(word);
    if (label == CurrencyLabel::word)
        return sign + number + (scale_word.empty() ? "" : " " + scale_word) + " " + std::string(code);
    return std::string(code) + " " + sign + number + (scale_word.empty() ? "" : " " + scale_word);
}

std::string format_chinese(const Money& amount, int decimals, RoundingMode mode, ChineseScale scale) {
    check_decimals(decimals);
    int power = 0;
    switch (scale) {
        case ChineseScale::units:
            power = 0;
            break;
        case ChineseScale::wan:
            power = 4;
            break;
        case ChineseScale::yi:
            power = 8;
            break;
        case ChineseScale::wan_yi:
            power = 12;
            break;
        case ChineseScale::automatic: {
            const Decimal a = amount.amount().abs();
            for (const int p : {12, 8, 4})
                if (a >= power_of_ten(p)) {
                    power = p;
                    break;
                }
            break;
        }
    }
    Decimal m = mantissa(amount.amount(), power, decimals, mode);
    // 9999.96亿 at one place is 10000.0亿: write it as 1.0万亿.
    if (scale == ChineseScale::automatic && power < 12) {
        const int next = power == 8 ? 12 : power + 4;
        if (m.abs() >= power_of_ten(next - power)) {
            power = next;
            m = mantissa(amount.amount(), power, decimals, mode);
        }
    }
    std::string out = m.to_string();
    for (const ScaleWord& w : chinese_scales)
        if (w.power == power) out += std::string(w.text);
    const std::string_view code = amount.currency().code();
    const std::string_view word = lookup(chinese_words.data(), chinese_words.data() + chinese_words.size(), code);
    out += word.empty() ? std::string(code) : std::string(word);
    return out;
}

}  // namespace svctrade
