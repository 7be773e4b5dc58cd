// SPDX-License-Identifier: BSL-1.0
// The tidy panel readers' rows and fill (src/io/tidy_panel.cpp reads the file, on threads or not):
// a panel's keys are known only at the end of its file, so the rows are read once into compact
// cells (keys as small indices, the value parsed, the status as an index into the few statuses
// met), then the panel is made and filled, statuses and missing reasons included. Each cell keeps
// its line, so that a duplicate found while filling names both rows.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include <svctrade/error.hpp>
#include <svctrade/io/tidy_panel.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>

#include "io/plain_rows.hpp"
#include "io/tidy_decoder.hpp"
#include "io/tidy_fast.hpp"

namespace svctrade::detail {

// A plain normal value into a cell of a panel just made, at its position: what BasicPanel's store()
// does once it has checked the key and found the column, for the fill, which computes positions
// itself from keys it made (and whose values a reader has checked: finite, or within
// ExactPanel::max_units). Each cell is filled once, so a status column made for another cell
// already holds a plain normal status here.
struct PanelFill {
    template <PanelCell C>
    static void set(BasicPanel<C>& panel, std::size_t column, std::size_t at, C value) noexcept {
        auto& c = panel.columns_[column];
        c.cells[at] = value;
        c.valid[at] = 1;
    }
};

template <class Value>
struct RowCell {
    Value value;
    std::uint64_t line;
    std::int32_t month;
    std::uint32_t reporter;
    std::uint32_t status;  // index into the statuses met; 0 is a plain normal value
    std::uint8_t category;
    std::uint8_t flow;  // 0 exports, 1 imports
    bool has_value;
};

template <class Value>
struct CollectedRows {
    std::vector<RowCell<Value>> cells;
    std::vector<std::string> reporters;
    std::array<std::int16_t, 256> category_slot{};  // Category::index() → position + 1 in categories
    std::vector<Category> categories;
    std::vector<ObservationStatus> statuses{ObservationStatus()};
    std::optional<Currency> currency;
    int magnitude = 0;
    std::vector<CsvError> rejected;
};

// The rows of a part of a file that holds no quote and no lone CR, for the plain-row way: its
// bytes after the header, and the line they start on.
struct PlainPart {
    std::string_view rows;
    std::size_t first_line = 1;
};

// Reads rows into `out`'s cells; `read_value(d, row)` turns the value field into Value or
// nothing, and `read_value.fast(text, v)` reads the common forms of a value (false for any other
// text). `out` keeps what was read when a row stops the reading (a part read on a thread reports
// its currency all the same).
//
// Given a PlainPart, a row whose keys (reporter, item, flow, currency, magnitude and status) are
// written as the last row read the general way, whose month is in SDMX form and whose value is
// plain is read straight from the bytes: those keys are what they were, and the row is checked
// as the general way would check it. Every other row (the first of each series, an empty value,
// any text the general way must judge or reject) is read the general way, by a CsvReader given
// that line alone with its line number, so that its cell, error or rejection is the one reading
// the whole file that way gives.
template <class Value, class ReadValue>
class Collector {
public:
    Collector(OnBadRow on_bad_row, const ReadValue& read_value, CollectedRows<Value>& out)
        : on_bad_row_(on_bad_row), read_value_(read_value), out_(out) {}

    // The rows `d` reads.
    void rows(detail::TidyDecoder& d) {
        d_ = &d;
        while (const CsvRow* row = d.next_record()) take_or_reject(*row);
    }

    // The rows of `part`, whose columns `d` knows; `expected_bytes` is about as many bytes as
    // all the rows this collector will be given (for reserving the cells at the first call).
    void plain_rows(detail::TidyDecoder& d, PlainPart part, std::size_t expected_bytes = 0) {
        d_ = &d;
        memo_.valid = false;  // its texts may be views into bytes since reused
        const std::size_t columns = d_->field_count();
        const bool sdmx = d_->layout().period_form == PeriodTextForm::sdmx;
        const char comment = d_->layout().dialect.comment;
        if (out_.cells.empty()) reserve(part.rows, std::max(expected_bytes, part.rows.size()));
        detail::PlainRows lines(part.rows, d_->layout().dialect.separator);
        std::size_t line = part.first_line;
        while (lines.next()) {
            const std::size_t here = line++;
            if (lines.blank()) continue;
            // (A comment line is the tokenizer's to skip, whatever its fields.)
            if (memo_.valid && lines.plain() && lines.field_count() == columns &&
                (comment == '\0' || part.rows[lines.begin()] != comment) &&
                detail::same_text(lines.field(d_->reporter_column), memo_.reporter) &&
                detail::same_text(lines.field(d_->item_column), memo_.item) &&
                detail::same_text(lines.field(d_->flow_column), memo_.flow) &&
                same(lines, d_->currency_column, memo_.currency) &&
                same(lines, d_->magnitude_column, memo_.magnitude) && same(lines, d_->status_column, memo_.status)) {
                std::int32_t month = 0;
                Value value{};
                if (sdmx && detail::sdmx_month_number(lines.field(d_->period_column), month) &&
                    read_value_.fast(lines.field(d_->value_column), value)) {
                    out_.cells.push_back(RowCell<Value>{value, here, month, memo_.cell.reporter, memo_.cell.status,
                                                        memo_.cell.category, memo_.cell.flow, true});
                    continue;
                }
            }
            CsvReader one(lines.whole(), d_->source(), d_->layout().dialect, here);
            if (const CsvRow* row = one.next()) take_or_reject(*row);
        }
    }

private:
    static bool same(const detail::PlainRows& lines, std::size_t column, std::string_view text) noexcept {
        return column == detail::no_column || detail::same_text(lines.field(column), text);
    }

    // A cell for every row in `bytes` bytes of rows like the first of `rows`: about as many as a
    // first look at their lines suggests, so that the cells are not moved as they grow.
    void reserve(std::string_view rows, std::size_t bytes) {
        const std::string_view head = rows.substr(0, 4096);
        const auto lines = static_cast<std::size_t>(std::count(head.begin(), head.end(), '\n'));
        if (lines == 0) return;
        const std::size_t per_line = std::max<std::size_t>(head.size() / lines, 1);
        out_.cells.reserve(bytes / per_line + bytes / per_line / 16 + 16);
    }

    void take_or_reject(const CsvRow& row) {
        memo_.valid = false;
        try {
            take(row);
        } catch (const CsvError& e) {
            if (on_bad_row_ == OnBadRow::stop) throw;
            out_.rejected.push_back(e);
        }
    }

    std::uint32_t reporter_index(std::string_view reporter) {
        if (have_reporter_ && reporter == last_reporter_) return last_reporter_index_;
        std::uint32_t r = 0;
        const auto it = reporter_index_.find(reporter);
        if (it != reporter_index_.end()) {
            r = it->second;
        } else {
            r = static_cast<std::uint32_t>(out_.reporters.size());
            out_.reporters.emplace_back(reporter);
            reporter_index_.emplace(std::string(reporter), r);
        }
        last_reporter_.assign(reporter);
        last_reporter_index_ = r;
        have_reporter_ = true;
        return r;
    }

    void take(const CsvRow& row) {
        detail::TidyDecoder& d = *d_;
        d.check_fields(row);
        const std::uint32_t r = reporter_index(d.reporter(row));
        const Category item = *d.item(row);
        const Flow flow = *d.flow(row);
        if (!is_reported(flow)) {
            throw d.error(row, d.flow_column,
                          "a panel stores exports and imports; total and the balance are derived from them");
        }
        const MonthIndex month = d.month(row);
        const std::optional<Value> value = read_value_(d, row);
        const Currency currency = d.currency(row);
        const int magnitude = d.magnitude(row);
        const ObservationStatus status = d.status(row, value.has_value());
        if (!out_.currency) {
            out_.currency = currency;
            out_.magnitude = magnitude;
        } else if (currency != *out_.currency) {
            throw d.error(row, d.currency_column == detail::no_column ? 0 : d.currency_column,
                          "a panel has one currency, and the rows before are in " + std::string(out_.currency->code()));
        } else if (magnitude != out_.magnitude) {
            throw d.error(row, d.magnitude_column,
                          "a panel has one magnitude, and the rows before are in " + std::to_string(out_.magnitude) +
                              ": rescale the file, svctrade does not do it");
        }
        std::size_t s = 0;
        if (!(status == ObservationStatus())) {
            if (status == out_.statuses[last_status_]) {
                s = last_status_;
            } else {
                s = static_cast<std::size_t>(std::find(out_.statuses.begin(), out_.statuses.end(), status) -
                                             out_.statuses.begin());
                if (s == out_.statuses.size()) out_.statuses.push_back(status);
                last_status_ = s;
            }
        }
        std::int16_t& slot = out_.category_slot[item.index()];
        if (slot == 0) {
            out_.categories.push_back(item);
            slot = static_cast<std::int16_t>(out_.categories.size());
        }
        const RowCell<Value> cell{value.value_or(Value{}),
                                  row.line(),
                                  month.number(),
                                  r,
                                  static_cast<std::uint32_t>(s),
                                  static_cast<std::uint8_t>(item.index()),
                                  static_cast<std::uint8_t>(flow == Flow::exports ? 0 : 1),
                                  value.has_value()};
        out_.cells.push_back(cell);
        // A row with a value: the next rows written with the same keys have this one's cell but
        // for the line, month and value. (Without a value its status was made missing.)
        if (value) {
            const auto text = [&row](std::size_t column) {
                return column == detail::no_column ? std::string_view() : row[column];
            };
            memo_ = Memo{true,
                         text(d.reporter_column),
                         text(d.item_column),
                         text(d.flow_column),
                         text(d.currency_column),
                         text(d.magnitude_column),
                         text(d.status_column),
                         cell};
        }
    }

    // The last row read the general way, its texts views into the part's bytes.
    struct Memo {
        bool valid = false;
        std::string_view reporter, item, flow, currency, magnitude, status;
        RowCell<Value> cell{};
    };

    detail::TidyDecoder* d_ = nullptr;
    OnBadRow on_bad_row_;
    const ReadValue& read_value_;
    CollectedRows<Value>& out_;
    Memo memo_;
    std::map<std::string, std::uint32_t, std::less<>> reporter_index_;
    std::string last_reporter_;
    std::uint32_t last_reporter_index_ = 0;
    bool have_reporter_ = false;
    std::size_t last_status_ = 0;
};

// Collects the rows `d` reads, the plain-row way when given a part (Collector::plain_rows()).
template <class Value, class ReadValue>
void collect_rows(detail::TidyDecoder& d, OnBadRow on_bad_row, const ReadValue& read_value, CollectedRows<Value>& out,
                  std::optional<PlainPart> plain = std::nullopt) {
    Collector<Value, ReadValue> c(on_bad_row, read_value, out);
    if (plain) {
        c.plain_rows(d, *plain);
    } else {
        c.rows(d);
    }
}

// Makes the panel of the cells collected from the parts of a file (one part, or one per thread,
// in file order) and fills it; `make` builds P from the keys, `store` records a value with its
// status (a plain normal one costs the panel no status column). With `two_threads` exports and
// imports are filled at once, on the calling thread and one more.
template <class P, class Value, class Make, class Store>
TidyPanelOf<P> fill_panel(const detail::TidyDecoder& d, std::vector<CollectedRows<Value>>& parts, OnBadRow on_bad_row,
                          bool two_threads, Make make, Store store) {
    std::size_t cell_total = 0;
    std::vector<CsvError> rejected;
    for (CollectedRows<Value>& part : parts) {
        cell_total += part.cells.size();
        rejected.insert(rejected.end(), std::make_move_iterator(part.rejected.begin()),
                        std::make_move_iterator(part.rejected.end()));
    }
    if (cell_total == 0) {
        throw CsvError(d.source(), 1, 1, "",
                       rejected.empty() ? "a panel needs at least one observation, and the file has none"
                                        : "a panel needs at least one observation, and every row was rejected");
    }
    // Reporters in the order the file first names them: each part's in its order, part by part.
    std::vector<std::string> reporters;
    std::vector<std::vector<std::uint32_t>> reporter_of(parts.size());  // part's index → the panel's
    if (parts.size() == 1) {
        reporters = std::move(parts.front().reporters);
    } else {
        std::map<std::string, std::uint32_t, std::less<>> index;
        for (std::size_t p = 0; p < parts.size(); ++p) {
            for (std::string& name : parts[p].reporters) {
                const auto [it, added] = index.emplace(name, static_cast<std::uint32_t>(reporters.size()));
                if (added) reporters.push_back(std::move(name));
                reporter_of[p].push_back(it->second);
            }
        }
    }
    // Categories in classification order; the cells' category bytes become positions.
    std::array<bool, 256> met{};
    std::vector<Category> categories;
    for (const CollectedRows<Value>& part : parts) {
        for (const Category category : part.categories) {
            if (!met[category.index()]) categories.push_back(category);
            met[category.index()] = true;
        }
    }
    std::sort(categories.begin(), categories.end());
    std::array<std::uint32_t, 256> position{};
    for (std::size_t i = 0; i < categories.size(); ++i) position[categories[i].index()] = static_cast<std::uint32_t>(i);
    std::int32_t first = std::numeric_limits<std::int32_t>::max();
    std::int32_t last = std::numeric_limits<std::int32_t>::min();
    const CollectedRows<Value>* with_currency = nullptr;
    for (const CollectedRows<Value>& part : parts) {
        if (with_currency == nullptr && part.currency) with_currency = &part;
        for (const RowCell<Value>& cell : part.cells) {
            first = std::min(first, cell.month);
            last = std::max(last, cell.month);
        }
    }
    const MonthIndex first_month = MonthIndex::from_number(first);
    const std::size_t months = static_cast<std::size_t>(last - first) + 1;
    P panel = make(std::move(reporters), std::span<const Category>(categories), first_month, months);
    TidyPanelOf<P> out{std::move(panel), *with_currency->currency, with_currency->magnitude, std::move(rejected)};
    const std::size_t category_count = categories.size();
    const auto reporter_in = [&](std::size_t p, std::uint32_t r) -> std::size_t {
        return reporter_of[p].empty() ? r : reporter_of[p][r];
    };
    // One flow's cells: the panel keeps each flow in columns of its own, so that the two flows
    // may be filled at once. Which cells a row has already given, with or without a value, is in
    // `seen`; with OnBadRow::stop the first duplicate is kept in `first` (with where it is in the
    // parts), with OnBadRow::collect every one in `duplicates`.
    struct Filled {
        std::vector<CsvError> duplicates;
        std::optional<CsvError> first;
        std::pair<std::size_t, std::size_t> first_at{};
        std::exception_ptr failure;
    };
    const auto fill_flow = [&](std::uint8_t only, Filled& result) noexcept {
        try {
            std::vector<std::uint8_t> seen(out.panel.cell_count(), 0);
            for (std::size_t p = 0; p < parts.size(); ++p) {
                const CollectedRows<Value>& part = parts[p];
                for (std::size_t k = 0; k < part.cells.size(); ++k) {
                    const RowCell<Value>& cell = part.cells[k];
                    if (cell.flow != only) continue;
                    const std::size_t r = reporter_in(p, cell.reporter);
                    const std::size_t cat = position[cell.category];
                    const MonthIndex month = MonthIndex::from_number(cell.month);
                    // PanelKeys::position(), known to be in the panel.
                    const std::size_t at =
                        (r * category_count + cat) * months + static_cast<std::size_t>(cell.month - first);
                    if (seen[at] != 0) {
                        std::uint64_t first_line = 0;
                        for (std::size_t q = 0; q <= p && first_line == 0; ++q) {
                            const std::size_t end = q == p ? k : parts[q].cells.size();
                            for (std::size_t j = 0; j < end; ++j) {
                                const RowCell<Value>& o = parts[q].cells[j];
                                if (reporter_in(q, o.reporter) == r && o.category == cell.category &&
                                    o.flow == cell.flow && o.month == cell.month) {
                                    first_line = o.line;
                                    break;
                                }
                            }
                        }
                        const std::string key = out.panel.reporter(r) + " " + out.panel.category(cat) + " " +
                                                (cell.flow == 0 ? "exports" : "imports") + " " +
                                                to_sdmx(Period::month(month.year(), month.month()));
                        CsvError e(d.source(), cell.line, 1, key,
                                   "a second observation for " + key + " (the first is on line " +
                                       std::to_string(first_line) +
                                       "): duplicates are refused, never one taken over the other");
                        if (on_bad_row == OnBadRow::stop) {
                            result.first = std::move(e);
                            result.first_at = {p, k};
                            return;
                        }
                        result.duplicates.push_back(std::move(e));
                        continue;
                    }
                    seen[at] = 1;
                    const Flow flow = cell.flow == 0 ? Flow::exports : Flow::imports;
                    if (cell.has_value && cell.status == 0) {
                        detail::PanelFill::set(out.panel, cell.flow, at, cell.value);
                    } else if (cell.has_value) {
                        store(out.panel, r, cat, flow, month, cell.value, cell.status, part.statuses[cell.status]);
                    } else {
                        // The decoder makes the status of a row without a value missing (not
                        // provided when the file gives no reason), so the cell is recorded
                        // missing, never left unlisted.
                        out.panel.erase(r, cat, flow, month, part.statuses[cell.status]);
                    }
                }
            }
        } catch (...) {
            result.failure = std::current_exception();
        }
    };
    std::array<Filled, 2> filled;
    std::optional<std::thread> imports;
    if (two_threads) {
        try {
            imports.emplace(fill_flow, std::uint8_t{1}, std::ref(filled[1]));
        } catch (const std::system_error&) {
            // no thread: both flows here
        }
    }
    fill_flow(0, filled[0]);
    if (imports) {
        imports->join();
    } else {
        fill_flow(1, filled[1]);
    }
    for (Filled& f : filled) {
        if (f.failure) std::rethrow_exception(f.failure);
    }
    if (filled[0].first && (!filled[1].first || filled[0].first_at < filled[1].first_at)) throw *filled[0].first;
    if (filled[1].first) throw *filled[1].first;
    for (Filled& f : filled) {
        out.rejected.insert(out.rejected.end(), std::make_move_iterator(f.duplicates.begin()),
                            std::make_move_iterator(f.duplicates.end()));
    }
    std::stable_sort(out.rejected.begin(), out.rejected.end(),
                     [](const CsvError& a, const CsvError& b) { return a.line() < b.line(); });
    return out;
}

}  // namespace svctrade::detail
