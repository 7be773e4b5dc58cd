// SPDX-License-Identifier: BSL-1.0
// The tidy panel readers, both paths, stopping at a bad row and collecting them: bytes in memory
// are read the plain-row way (rows straight from the bytes, src/io/plain_rows.hpp) and a stream
// on one thread the general way (every row through CsvReader), and on two threads in parts.
// Whatever one gives (the panel cell by cell, bit for bit, its statuses and unit, the rows
// rejected, or the error thrown), the others must give too.
#include <cstring>
#include <sstream>
#include <string>

#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/io/tidy_panel.hpp>

#include "fuzz.hpp"

using namespace svctrade;

namespace {

TidyLayout stated() {
    TidyLayout l;
    l.columns.reporter = "reporter";
    l.columns.item = "item";
    l.columns.flow = "flow";
    l.columns.period = "month";
    l.columns.value = "value";
    l.columns.status = "status";
    l.currency = Currency::of("CNY");
    l.magnitude = 8;
    l.dialect.comment = '#';
    return l;
}

// The currency and magnitude in columns, which every row must repeat.
TidyLayout columns() {
    TidyLayout l = stated();
    l.columns.currency = "currency";
    l.columns.magnitude = "magnitude";
    l.currency.reset();
    l.magnitude.reset();
    l.dialect.comment = '\0';
    return l;
}

template <class T>
std::string described(const T& t) {
    std::string out;
    const auto& p = t.panel;
    for (std::size_t r = 0; r < p.reporter_count(); ++r) out += p.reporter(r) + ';';
    for (std::size_t k = 0; k < p.category_count(); ++k) out += p.category(k) + ';';
    out += std::to_string(p.first_month().number()) + '+' + std::to_string(p.month_count()) + ' ' +
           std::string(t.currency.code()) + ' ' + std::to_string(t.magnitude) + '\n';
    for (const Flow flow : {Flow::exports, Flow::imports}) {
        for (std::size_t i = 0; i < p.cell_count(); ++i) {
            if constexpr (std::is_same_v<T, TidyPanel>) {
                const double v = p.values(flow)[i];
                std::uint64_t bits = 0;
                std::memcpy(&bits, &v, sizeof bits);
                out += std::to_string(bits);
            } else {
                out += std::to_string(p.units(flow)[i]);
            }
            out += '/' + std::to_string(int{p.valid(flow)[i]}) + '/' +
                   p.status_at(flow == Flow::exports ? 0 : 1, i).to_string() +
                   (p.recorded_missing(flow, i) ? "/listed " : " ");
        }
        out += '\n';
    }
    for (const CsvError& e : t.rejected) {
        fuzz::check_message(e);
        out += "rejected " + std::to_string(e.line()) + ':' + std::to_string(e.column()) + ' ' + e.what() + '\n';
    }
    return out;
}

template <class Read>
std::string outcome(Read read) {
    std::string out;
    fuzz::expect_error_or_value([&] {
        try {
            out = described(read());
        } catch (const Error& e) {
            out = std::string(typeid(e).name()) + ' ' + e.what();
            throw;
        }
    });
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    for (const TidyLayout& layout : {stated(), columns()}) {
        for (const OnBadRow on_bad_row : {OnBadRow::stop, OnBadRow::collect}) {
            std::string one[2];
            for (const std::size_t threads : {1U, 2U}) {
                const TidyReadOptions options{on_bad_row, threads};
                const std::string bytes = outcome([&] { return read_tidy_panel(text, "f.csv", layout, options); });
                std::istringstream in{std::string(text)};
                const std::string stream = outcome([&] { return read_tidy_panel(in, "f.csv", layout, options); });
                fuzz::require(bytes == stream, "read_tidy_panel of bytes and of a stream differ",
                              "bytes:\n" + bytes + "\nstream:\n" + stream);
                const std::string exact =
                    outcome([&] { return read_tidy_exact_panel(text, "f.csv", layout, 2, options); });
                std::istringstream exact_in{std::string(text)};
                const std::string exact_stream =
                    outcome([&] { return read_tidy_exact_panel(exact_in, "f.csv", layout, 2, options); });
                fuzz::require(exact == exact_stream, "read_tidy_exact_panel of bytes and of a stream differ",
                              "bytes:\n" + exact + "\nstream:\n" + exact_stream);
                if (threads == 1) {
                    one[0] = bytes;
                    one[1] = exact;
                } else {
                    fuzz::require(bytes == one[0] && exact == one[1], "two threads read what one does not",
                                  "one:\n" + one[0] + "\ntwo:\n" + bytes);
                }
            }
        }
    }
    return 0;
}
