// SPDX-License-Identifier: BSL-1.0
// The compiled-in ISO 4217 table (src/currency_table.cpp); private to the library.
#pragma once

#include <cstddef>

namespace svctrade::detail {

struct CurrencyEntry {
    const char* code;  // alphabetic code, e.g. "CNY"
    int numeric;       // numeric code, e.g. 156
    int minor_units;   // digits after the decimal point; -1 where the list says N.A.
    bool fund;         // the list marks the entry IsFund="true"
    const char* name;  // the list's currency name
};

extern const CurrencyEntry currency_table[];
extern const std::size_t currency_table_size;

}  // namespace svctrade::detail
