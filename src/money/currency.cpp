// SPDX-License-Identifier: BSL-1.0
// Look-ups in the compiled-in ISO 4217 table (currency_table.cpp).
#include <svctrade/error.hpp>
#include <svctrade/money/currency.hpp>

#include <algorithm>
#include <cstring>
#include <ostream>
#include <string>
#include <vector>

#include "money/currency_table.hpp"
#include "utf8_decode.hpp"

namespace svctrade {

namespace {

const detail::CurrencyEntry* lookup(std::string_view code) noexcept {
    const detail::CurrencyEntry* first = detail::currency_table;
    const detail::CurrencyEntry* last = first + detail::currency_table_size;
    const auto* it = std::lower_bound(first, last, code, [](const detail::CurrencyEntry& e, std::string_view c) {
        return std::string_view(e.code) < c;
    });
    return (it != last && std::string_view(it->code) == code) ? it : nullptr;
}

// Close codes for the error message: the upper-cased code, common informal names of the yuan,
// and codes that differ in one letter (at most five).
std::string suggestions_for(std::string_view code) {
    std::vector<std::string> out;
    std::string upper(code);
    for (char& ch : upper)
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    if (upper == "RMB" || upper == "CNH") out.emplace_back("CNY");
    if (upper != code && lookup(upper) != nullptr) out.push_back(upper);
    if (upper.size() == 3) {
        for (std::size_t i = 0; i < detail::currency_table_size && out.size() < 5; ++i) {
            const std::string_view c = detail::currency_table[i].code;
            int differ = 0;
            for (std::size_t k = 0; k < 3; ++k) differ += c[k] != upper[k] ? 1 : 0;
            if (differ == 1 && std::find(out.begin(), out.end(), c) == out.end()) out.emplace_back(c);
        }
    }
    std::string joined;
    for (const std::string& s : out) {
        if (!joined.empty()) joined += ", ";
        joined += s;
    }
    return joined;
}

}  // namespace

Currency Currency::of(std::string_view alphabetic_code) {
    text_detail::require_utf8(alphabetic_code);

    const detail::CurrencyEntry* e = lookup(alphabetic_code);
    if (e == nullptr) throw UnknownCode("ISO 4217 currency code", alphabetic_code, suggestions_for(alphabetic_code));
    return Currency(e);
}

Currency Currency::of_numeric(int numeric_code) {
    for (std::size_t i = 0; i < detail::currency_table_size; ++i)
        if (detail::currency_table[i].numeric == numeric_code) return Currency(&detail::currency_table[i]);
    std::string text = std::to_string(numeric_code);
    if (numeric_code >= 0 && text.size() < 3) text.insert(0, 3 - text.size(), '0');
    throw UnknownCode("ISO 4217 numeric currency code", text);
}

std::optional<Currency> Currency::find(std::string_view alphabetic_code) noexcept {
    const detail::CurrencyEntry* e = lookup(alphabetic_code);
    if (e == nullptr) return std::nullopt;
    return Currency(e);
}

std::span<const Currency> Currency::all() {
    static const std::vector<Currency> every = [] {
        std::vector<Currency> v;
        v.reserve(detail::currency_table_size);
        for (std::size_t i = 0; i < detail::currency_table_size; ++i) v.push_back(Currency(&detail::currency_table[i]));
        return v;
    }();
    return every;
}

std::string_view Currency::list_published() noexcept {
    return "2025-03-31";
}

std::string_view Currency::code() const noexcept {
    return entry_->code;
}
int Currency::numeric() const noexcept {
    return entry_->numeric;
}
std::optional<int> Currency::minor_units() const noexcept {
    if (entry_->minor_units < 0) return std::nullopt;
    return entry_->minor_units;
}
std::string_view Currency::name() const noexcept {
    return entry_->name;
}
bool Currency::is_fund() const noexcept {
    return entry_->fund;
}

std::ostream& operator<<(std::ostream& os, Currency c) {
    return os << c.code();
}

}  // namespace svctrade
