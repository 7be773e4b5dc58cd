// SPDX-License-Identifier: BSL-1.0
// The row loop the SDMX-CSV and Eurostat TSV readers share: take the tokenizer's next row and
// interpret it; with OnBadRow::collect, keep the error of a row that does not read and go on.
#pragma once

#include <vector>

#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/text/csv_reader.hpp>

namespace svctrade::detail {

// Returns the next row that `interpret` accepts, or nullptr at the end of the text. A CsvError
// from `interpret` is thrown with OnBadRow::stop and kept in `errors` with OnBadRow::collect. A
// failure of the tokenizer (the text stopped being CSV or UTF-8, the stream failed) is thrown
// either way, after setting `broken`: no later row can be found.
template <class Interpret>
const CsvRow* next_good_row(CsvReader& csv, OnBadRow on_bad_row, bool& broken, std::vector<CsvError>& errors,
                            Interpret&& interpret) {
    for (;;) {
        const CsvRow* raw = nullptr;
        try {
            raw = csv.next();
        } catch (...) {
            broken = true;
            throw;
        }
        if (raw == nullptr) return nullptr;
        try {
            interpret(*raw);
            return raw;
        } catch (const CsvError& e) {
            if (on_bad_row == OnBadRow::stop) throw;
            errors.push_back(e);
        }
    }
}

}  // namespace svctrade::detail
