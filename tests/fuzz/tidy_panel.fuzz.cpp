// SPDX-License-Identifier: BSL-1.0
// The tidy panel readers, both paths, stopping at a bad row and collecting them, from bytes and
// from a stream, on one thread and two: text without quotes is read the plain-row way (rows
// straight from the bytes, src/io/plain_rows.hpp). Each must give (the panel cell by cell, bit for
// bit, its statuses and unit, the rows rejected, or the error thrown) what the same text with a
// quoted comment line after it gives, whose every row goes through CsvReader.
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
    // The input ended by a line break (so that the line after it does not change what its last
    // line is), and every row through the tokenizer: the same with a comment line holding a quote.
    std::string input(fuzz::text_of(data, size));
    if (!input.empty() && input.back() != '\n' && input.back() != '\r') input += '\n';
    const std::string_view text = input;
    // (A text with a quote is tokenized whole already, and its quote might take in the line.)
    const std::string tokenized = input.find('"') == std::string::npos ? input + "# \"\n" : input;
    for (const TidyLayout& layout : {stated(), columns()}) {
        for (const OnBadRow on_bad_row : {OnBadRow::stop, OnBadRow::collect}) {
            const TidyReadOptions one{on_bad_row, 1};
            const std::string general[] = {
                outcome([&] { return read_tidy_panel(tokenized, "f.csv", layout, one); }),
                outcome([&] { return read_tidy_exact_panel(tokenized, "f.csv", layout, 2, one); })};
            for (const std::size_t threads : {1U, 2U}) {
                const TidyReadOptions options{on_bad_row, threads};
                std::istringstream in{std::string(text)};
                std::istringstream exact_in{std::string(text)};
                const std::string got[] = {
                    outcome([&] { return read_tidy_panel(text, "f.csv", layout, options); }),
                    outcome([&] { return read_tidy_panel(in, "f.csv", layout, options); }),
                    outcome([&] { return read_tidy_exact_panel(text, "f.csv", layout, 2, options); }),
                    outcome([&] { return read_tidy_exact_panel(exact_in, "f.csv", layout, 2, options); })};
                for (std::size_t i = 0; i < 4; ++i) {
                    const std::string& expected = general[i / 2];
                    fuzz::require(got[i] == expected,
                                  i % 2 == 0 ? "bytes read otherwise than through the tokenizer"
                                             : "a stream read otherwise than through the tokenizer",
                                  "threads " + std::to_string(threads) + (i < 2 ? ", fast path" : ", exact path") +
                                      "\ngot:\n" + got[i] + "\ntokenized:\n" + expected);
                }
            }
        }
    }
    return 0;
}
