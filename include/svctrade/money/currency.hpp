// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::Currency: the ISO 4217 currencies, compiled in.
#pragma once

#include <compare>
#include <functional>
#include <iosfwd>
#include <optional>
#include <span>
#include <string_view>

#include <svctrade/export.hpp>

namespace svctrade {

namespace detail {
struct CurrencyEntry;
}  // namespace detail

/// A currency of ISO 4217 "List One" (current currencies and funds): its alphabetic code,
/// numeric code, minor units and name.
///
/// The list is compiled into the library: the list published by the ISO 4217 Maintenance Agency
/// (SIX) on 2025-03-31, 178 codes, including funds (CLF, USN…), precious metals (XAU…) and the
/// codes XTS and XXX. See `docs/numbers.md` for its provenance and what it does not include.
/// A Currency is a small handle (one pointer) to an entry of that table; copy it freely.
class SVCTRADE_EXPORT Currency {
public:
    /// \returns the currency with this alphabetic code, e.g. `Currency::of("CNY")`.
    /// \throws UnknownCode for a code that is not in the list (the message suggests close codes,
    /// e.g. "USD" for "usd", "RMB" → "CNY").
    [[nodiscard]] static Currency of(std::string_view alphabetic_code);
    /// \returns the currency with this numeric code (156 → CNY).
    /// \throws UnknownCode when no active currency has it.
    [[nodiscard]] static Currency of_numeric(int numeric_code);
    /// \returns the currency with this alphabetic code, or std::nullopt.
    [[nodiscard]] static std::optional<Currency> find(std::string_view alphabetic_code) noexcept;
    /// \returns every currency of the list, ordered by alphabetic code.
    [[nodiscard]] static std::span<const Currency> all();
    /// \returns the publication date of the compiled-in list, `"2025-03-31"`.
    [[nodiscard]] static std::string_view list_published() noexcept;

    /// \returns the three-letter code, e.g. `"CNY"`.
    [[nodiscard]] std::string_view code() const noexcept;
    /// \returns the numeric code, e.g. 156.
    [[nodiscard]] int numeric() const noexcept;
    /// \returns the number of digits after the decimal point of the minor unit (CNY 2, JPY 0,
    /// BHD 3, CLF 4), or std::nullopt where the list says "N.A." (XAU, XDR, XXX…).
    [[nodiscard]] std::optional<int> minor_units() const noexcept;
    /// \returns the name the list gives, e.g. `"Yuan Renminbi"`.
    [[nodiscard]] std::string_view name() const noexcept;
    /// \returns whether the list marks it as a fund (CLF, BOV, USN…) rather than a currency.
    [[nodiscard]] bool is_fund() const noexcept;

    /// \returns whether both are the same currency.
    [[nodiscard]] friend bool operator==(Currency a, Currency b) noexcept { return a.entry_ == b.entry_; }
    /// \returns the order of the alphabetic codes.
    [[nodiscard]] friend std::strong_ordering operator<=>(Currency a, Currency b) noexcept {
        return a.code() <=> b.code();
    }
    /// Writes the alphabetic code.
    friend SVCTRADE_EXPORT std::ostream& operator<<(std::ostream& os, Currency c);

private:
    explicit Currency(const detail::CurrencyEntry* entry) noexcept : entry_(entry) {}
    const detail::CurrencyEntry* entry_;
};

}  // namespace svctrade

namespace std {
/// Currencies hash by their alphabetic code, so they can key unordered containers.
template <>
struct hash<svctrade::Currency> {
    /// \returns the hash of `c.code()`.
    [[nodiscard]] std::size_t operator()(svctrade::Currency c) const noexcept {
        return std::hash<std::string_view>{}(c.code());
    }
};
}  // namespace std
