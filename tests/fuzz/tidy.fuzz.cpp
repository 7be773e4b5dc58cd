// SPDX-License-Identifier: BSL-1.0
// Tidy CSV (io module): TidyReader row by row (stopping at a bad row, and collecting them) and
// read_tidy_series, in three layouts (codes with stated currency and magnitude; names, English
// periods and currency and magnitude columns; ONS's UK reference periods and status words). What read_tidy_series reads
// is written by write_tidy_series and reads back to the same series.
#include <sstream>

#include <svctrade/categories/classification.hpp>
#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/io/tidy_reader.hpp>
#include <svctrade/io/tidy_series.hpp>

#include "fuzz.hpp"

using namespace svctrade;

namespace {

TidyLayout stated() {
    TidyLayout l;
    l.columns.reporter = "reporter";
    l.columns.item = "item";
    l.columns.flow = "flow";
    l.columns.period = "period";
    l.columns.value = "value";
    l.columns.status = "status";
    l.currency = Currency::of("CNY");
    l.magnitude = 8;
    return l;
}

TidyLayout columns() {
    static const Classification names;
    TidyLayout l;
    l.columns.reporter = "reporter";
    l.columns.partner = "partner";
    l.columns.item = "item";
    l.columns.flow = "flow";
    l.columns.period = "period";
    l.columns.value = "value";
    l.columns.currency = "currency";
    l.columns.magnitude = "magnitude";
    l.item_form = ItemForm::name;
    l.names = &names;
    l.period_form = PeriodTextForm::english;
    return l;
}

// ONS's linked-data shape: UK reference periods, a status column of words before codes.
TidyLayout ons() {
    TidyLayout l;
    l.columns.reporter = "reporter";
    l.columns.partner = "partner";
    l.columns.flow = "flow";
    l.columns.period = "period";
    l.columns.value = "value";
    l.columns.status = "status";
    l.period_form = PeriodTextForm::uk_reference;
    l.status_markers = {{"suppressed", ObservationStatus::missing(Missing::suppressed)},
                        {"estimate", ObservationStatus().with(StatusFlag::estimated)}};
    l.currency = Currency::of("GBP");
    l.magnitude = 6;
    return l;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    for (const TidyLayout& layout : {stated(), columns(), ons()}) {
        for (const OnBadRow on_bad_row : {OnBadRow::stop, OnBadRow::collect}) {
            fuzz::expect_error_or_value([&] {
                TidyReader reader(text, "fuzz.csv", layout, on_bad_row);
                while (const TidyObservation* o = reader.next()) (void)o->value;
                for (const CsvError& e : reader.errors()) fuzz::check_message(e);
            });
        }
        fuzz::expect_error_or_value([&] {
            const TidySeriesSet set = read_tidy_series(text, "fuzz.csv", layout, OnBadRow::collect);
            for (const CsvError& e : set.rejected) fuzz::check_message(e);
            std::ostringstream out;
            try {
                write_tidy_series(out, set.series, layout);
            } catch (const Error& e) {
                fuzz::fail("write_tidy_series refuses series read in its layout", e.what());
            }
            const std::string written = out.str();
            TidySeriesSet back;
            try {
                back = read_tidy_series(written, "written.csv", layout);
            } catch (const Error& e) {
                fuzz::fail("write_tidy_series wrote a file that does not read back", written + "\n" + e.what());
            }
            fuzz::require(back.series == set.series, "read_tidy_series(write_tidy_series(s)) != s", written);
        });
    }
    return 0;
}
