// SPDX-License-Identifier: BSL-1.0
// A panel's keys are known only at the end of its file: the rows are read once into compact
// cells (keys as small indices, the value parsed, the status as an index into the few statuses
// met), then the panel is made and filled, statuses and missing reasons included. Each cell keeps
// its line, so that a duplicate found while filling names both rows. With threads the file is cut
// at line starts into parts whose cells are collected at once and filled in file order, so that
// the panel, the first error and the rows rejected are one thread's.
#include <svctrade/io/tidy_panel.hpp>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <deque>
#include <exception>
#include <functional>
#include <istream>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <system_error>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#include <svctrade/error.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>
#include <svctrade/status/status_codes.hpp>
#include <svctrade/text/csv_writer.hpp>

#include "io/plain_rows.hpp"
#include "io/tidy_decoder.hpp"
#include "io/tidy_fast.hpp"
#include "io/tidy_text.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace svctrade {

namespace detail {

// A plain normal value into a cell of a panel just made, at its position: what BasicPanel's store()
// does once it has checked the key and found the column, for the fill, which computes positions
// itself from keys it made (and whose values a reader has checked: finite, or within
// ExactPanel::max_units). Each cell is filled once, so a status column made for another cell
// already holds a plain normal status here.
struct PanelFill {
    template <PanelCell Cell>
    static void set(BasicPanel<Cell>& panel, std::size_t column, std::size_t at, Cell value) noexcept {
        auto& c = panel.columns_[column];
        c.cells[at] = value;
        c.valid[at] = 1;
    }
};

}  // namespace detail

namespace {

template <class Value>
struct Cell {
    Value value;
    std::uint64_t line;
    std::int32_t month;
    std::uint32_t reporter;
    std::uint32_t status;  // index into the statuses met; 0 is a plain normal value
    std::uint8_t category;
    std::uint8_t flow;  // 0 exports, 1 imports
    bool has_value;
};

void check_panel_layout(const TidyLayout& layout) {
    check_layout(layout);
    const TidyColumns& c = layout.columns;
    if (c.reporter.empty() || c.item.empty() || c.flow.empty()) {
        throw InvalidArgument("a tidy panel layout needs reporter, item and flow columns: they are the panel's keys");
    }
    if (!c.partner.empty()) {
        throw InvalidArgument(
            "a panel has no partner axis: read a file with a partner column with TidyReader or "
            "read_tidy_series");
    }
}

template <class Value>
struct Collected {
    std::vector<Cell<Value>> cells;
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
    Collector(OnBadRow on_bad_row, const ReadValue& read_value, Collected<Value>& out)
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
                    out_.cells.push_back(Cell<Value>{value, here, month, memo_.cell.reporter, memo_.cell.status,
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
        const Cell<Value> cell{value.value_or(Value{}),
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
        Cell<Value> cell{};
    };

    detail::TidyDecoder* d_ = nullptr;
    OnBadRow on_bad_row_;
    const ReadValue& read_value_;
    Collected<Value>& out_;
    Memo memo_;
    std::map<std::string, std::uint32_t, std::less<>> reporter_index_;
    std::string last_reporter_;
    std::uint32_t last_reporter_index_ = 0;
    bool have_reporter_ = false;
    std::size_t last_status_ = 0;
};

// Collects the rows `d` reads, the plain-row way when given a part (Collector::plain_rows()).
template <class Value, class ReadValue>
void collect(detail::TidyDecoder& d, OnBadRow on_bad_row, const ReadValue& read_value, Collected<Value>& out,
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
TidyPanelOf<P> fill(const detail::TidyDecoder& d, std::vector<Collected<Value>>& parts, OnBadRow on_bad_row,
                    bool two_threads, Make make, Store store) {
    std::size_t cell_total = 0;
    std::vector<CsvError> rejected;
    for (Collected<Value>& part : parts) {
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
    for (const Collected<Value>& part : parts) {
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
    const Collected<Value>* with_currency = nullptr;
    for (const Collected<Value>& part : parts) {
        if (with_currency == nullptr && part.currency) with_currency = &part;
        for (const Cell<Value>& cell : part.cells) {
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
                const Collected<Value>& part = parts[p];
                for (std::size_t k = 0; k < part.cells.size(); ++k) {
                    const Cell<Value>& cell = part.cells[k];
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
                                const Cell<Value>& o = parts[q].cells[j];
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

// --- threads ------------------------------------------------------------------------------------

constexpr std::size_t max_threads = 256;

void check_threads(std::size_t threads) {
    if (threads == 0) throw InvalidArgument("a tidy panel reader needs at least one thread, and was given 0");
    if (threads > max_threads) {
        throw InvalidArgument("a tidy panel reader uses at most " + std::to_string(max_threads) +
                              " threads, and was given " + std::to_string(threads));
    }
}

// The bytes a seekable stream has left (0 when it cannot tell), leaving it where it was.
std::size_t bytes_left(std::istream& in) {
    std::streambuf* buffer = in.rdbuf();
    if (buffer == nullptr || !in.good()) return 0;
    const std::streampos here = buffer->pubseekoff(0, std::ios::cur, std::ios::in);
    if (here == std::streampos(-1)) return 0;
    const std::streampos end = buffer->pubseekoff(0, std::ios::end, std::ios::in);
    buffer->pubseekpos(here, std::ios::in);
    const std::streamoff left = end == std::streampos(-1) ? 0 : std::streamoff(end) - std::streamoff(here);
    return left > 0 ? static_cast<std::size_t>(left) : 0;
}

// Bytes held for the threads to share.
struct StreamText {
    std::unique_ptr<char[]> bytes;
    std::size_t size = 0;
};

// `prefix` and the rest of the stream, in one block; the size a seekable stream has left is
// allocated at once.
StreamText read_whole(std::istream& in, const std::string& source, std::string_view prefix) {
    std::size_t capacity = prefix.size() + std::max(std::size_t{1} << 20, bytes_left(in) + 1);
    StreamText text{std::make_unique_for_overwrite<char[]>(capacity), prefix.size()};
    if (!prefix.empty()) std::memcpy(text.bytes.get(), prefix.data(), prefix.size());
    for (;;) {
        if (text.size == capacity) {
            const std::size_t grown = capacity * 2;
            auto bigger = std::make_unique_for_overwrite<char[]>(grown);
            std::memcpy(bigger.get(), text.bytes.get(), text.size);
            text.bytes = std::move(bigger);
            capacity = grown;
        }
        in.read(text.bytes.get() + text.size, static_cast<std::streamsize>(capacity - text.size));
        const auto got = static_cast<std::size_t>(in.gcount());
        text.size += got;
        if (in.bad()) {
            throw Error(source + ": cannot read the stream (it failed after " + std::to_string(text.size) + " bytes)");
        }
        if (in.eof() || got == 0) return text;
    }
    // clang-analyzer 14 reports a leak here, on a path through read_stream_on_threads whose
    // buffers are all owned by unique_ptrs (Segment, StreamText) and whose threads are all joined
    // (its Join guard): a false positive (valgrind --leak-check=full finds no leak there).
}  // NOLINT(clang-analyzer-cplusplus.NewDeleteLeaks)

// Where the first record after the header starts, as the tokenizer finds it: past a byte-order
// mark, blank and comment lines and the header record (whose fields may be quoted).
std::size_t data_start(std::string_view t, const CsvDialect& dialect) {
    std::size_t p = t.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    for (;;) {
        while (p < t.size() && (t[p] == '\n' || t[p] == '\r')) ++p;
        if (dialect.comment == '\0' || p == t.size() || t[p] != dialect.comment) break;
        while (p < t.size() && t[p] != '\n' && t[p] != '\r') ++p;
    }
    bool quoted = false;
    for (; p < t.size(); ++p) {
        if (t[p] == '"') {
            quoted = !quoted;
        } else if (!quoted && (t[p] == '\n' || t[p] == '\r')) {
            return p + 1;
        }
    }
    return t.size();
}

// The line feeds in `bytes`: with SSE2 sixteen bytes at a time (a line is about 40 bytes, so a
// byte at a time costs more than the threads gain).
std::size_t line_feeds(std::string_view bytes) noexcept {
    std::size_t count = 0;
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8('\n');
    while (bytes.size() - i >= 16) {
        __m128i sums = _mm_setzero_si128();  // per byte lane, at most 255 blocks before they are added up
        const std::size_t blocks = std::min<std::size_t>((bytes.size() - i) / 16, 255);
        for (std::size_t b = 0; b < blocks; ++b, i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes.data() + i));
            sums = _mm_sub_epi8(sums, _mm_cmpeq_epi8(v, lf));
        }
        const __m128i total = _mm_sad_epu8(sums, _mm_setzero_si128());
        count +=
            static_cast<std::size_t>(_mm_cvtsi128_si32(total)) + static_cast<std::size_t>(_mm_extract_epi16(total, 4));
    }
#endif
    for (; i < bytes.size(); ++i) count += bytes[i] == '\n' ? 1U : 0U;
    return count;
}

// One part of a file for one thread: bytes [begin, end), starting on line `first_line`.
struct Part {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t line_breaks = 0;  // in the part: LF, CRLF and a lone CR each count once
    bool quote = false;           // the part's rows hold a double quote
    std::size_t first_line = 1;
};

// Runs task(0) … task(n − 1), task(0) on the calling thread and each other one on a thread of
// its own; a task must not throw. When no thread can be started, the calling thread runs the rest.
template <class Task>
void run_parallel(std::size_t n, Task task) {
    std::vector<std::thread> threads;
    threads.reserve(n);
    std::size_t started = 1;
    try {
        for (; started < n; ++started) threads.emplace_back(task, started);
    } catch (const std::system_error&) {
        // no more threads: the rest run here
    }
    task(0);
    for (std::size_t i = started; i < n; ++i) task(i);
    for (std::thread& t : threads) t.join();
}

// The parts `text` is cut into at line starts, about the same size after the header, with their
// line breaks counted and their quotes looked for; one part when the text is too short to cut.
std::vector<Part> cut(std::string_view text, const CsvDialect& dialect, std::size_t threads) {
    const std::size_t data = data_start(text, dialect);
    std::vector<Part> parts;
    std::size_t begin = 0;
    for (std::size_t k = 1; k < threads; ++k) {
        const std::size_t target = data + (text.size() - data) / threads * k;
        const std::size_t lf = text.find('\n', std::max(target, begin));
        if (lf == std::string_view::npos || lf + 1 >= text.size()) break;
        if (lf + 1 <= begin) continue;
        parts.push_back(Part{begin, lf + 1});
        begin = lf + 1;
    }
    parts.push_back(Part{begin, text.size()});
    if (parts.size() == 1) return parts;
    run_parallel(parts.size(), [&](std::size_t i) noexcept {
        Part& part = parts[i];
        const std::string_view bytes = text.substr(part.begin, part.end - part.begin);
        part.line_breaks = line_feeds(bytes);
        for (std::size_t cr = bytes.find('\r'); cr != std::string_view::npos; cr = bytes.find('\r', cr + 1)) {
            if (part.begin + cr + 1 == text.size() || text[part.begin + cr + 1] != '\n') ++part.line_breaks;
        }
        const std::size_t rows = std::max(part.begin, data);
        part.quote = rows < part.end && text.substr(rows, part.end - rows).find('"') != std::string_view::npos;
    });
    for (std::size_t i = 1; i < parts.size(); ++i) {
        parts[i].first_line = parts[i - 1].first_line + parts[i - 1].line_breaks;
    }
    return parts;
}

// Whether every part's first row is in the currency and magnitude of the file's first: a part
// compares each row with its own first row's, so otherwise its verdicts are not the file's.
template <class Value>
bool consistent(const std::vector<Collected<Value>>& parts) {
    const Collected<Value>* reference = nullptr;
    for (const Collected<Value>& part : parts) {
        if (!part.currency) continue;
        if (reference == nullptr) {
            reference = &part;
        } else if (*part.currency != *reference->currency || part.magnitude != reference->magnitude) {
            return false;
        }
    }
    return true;
}

// --- a stream on threads ------------------------------------------------------------------------

// A stream is read in segments that end after a line feed, each parsed by whichever thread is
// free while the next is read: the reading (the kernel's copies, the pages the bytes land in)
// overlaps the parsing instead of coming before it.
struct Segment {
    std::unique_ptr<char[]> bytes;
    std::size_t capacity = 0;
    std::size_t size = 0;
    std::unique_ptr<detail::TidyDecoder> decoder;
    std::optional<PlainPart> plain;
};

template <class Value>
struct SegmentResult {
    Collected<Value> cells;
    std::exception_ptr failure;
};

// The bytes of a segment, in `s` (whose buffer holds at least `carry` and `size` more): `carry`
// (what followed the last line feed of the one before) and up to `size` more from the stream.
// Throws Error when the stream fails.
void read_segment(std::istream& in, const std::string& source, std::string_view carry, std::size_t size,
                  std::size_t before, bool& eof, Segment& s) {
    std::memcpy(s.bytes.get(), carry.data(), carry.size());
    s.size = carry.size();
    in.read(s.bytes.get() + s.size, static_cast<std::streamsize>(size));
    const auto got = static_cast<std::size_t>(in.gcount());
    s.size += got;
    if (in.bad()) {
        throw Error(source + ": cannot read the stream (it failed after " + std::to_string(before + s.size) +
                    " bytes)");
    }
    eof = in.eof() || got < size;
}

// The line breaks in `bytes` (LF, CRLF and a lone CR each once), `next` being the byte after it
// (0 at the end of the text).
std::size_t line_breaks(std::string_view bytes, char next) noexcept {
    std::size_t n = line_feeds(bytes);
    for (std::size_t cr = bytes.find('\r'); cr != std::string_view::npos; cr = bytes.find('\r', cr + 1)) {
        const char after = cr + 1 < bytes.size() ? bytes[cr + 1] : next;
        if (after != '\n') ++n;
    }
    return n;
}

// The rows of `part` (a part of a file, starting on line `first_line`) for the plain-row way, when
// it holds no quote and no lone CR; `header` says whether the part starts with the file's header.
std::optional<PlainPart> plain_part(std::string_view part, std::size_t first_line, bool header,
                                    const CsvDialect& dialect) {
    const std::size_t start = header ? data_start(part, dialect) : 0;
    const std::string_view rows = part.substr(start);
    if (!detail::plain_text(rows)) return std::nullopt;
    if (header) first_line += line_breaks(part.substr(0, start), rows.empty() ? '\0' : rows.front());
    return PlainPart{rows, first_line};
}

template <class P, class Value, class ReadValue, class OneThread, class Make, class Store>
TidyPanelOf<P> read_stream_on_threads(std::istream& in, const std::string& source, const TidyLayout& layout,
                                      const TidyReadOptions& options, ReadValue read_value, OneThread one_thread,
                                      Make make, Store store) {
    const OnBadRow on_bad_row = options.on_bad_row;
    std::size_t segment_size = std::size_t{8} << 20;
    if (const std::size_t left = bytes_left(in); left > 0) {
        segment_size = std::clamp(left / (8 * options.threads), std::size_t{16} << 10, segment_size);
    }

    // A file with a currency or magnitude column keeps its bytes, in case its parts start in
    // different ones and one thread must read it all again; otherwise a parsed segment's buffer
    // is reused for a later one (no new pages to fault in), and the reading stays at most two
    // segments a thread ahead of the parsing.
    const bool keep = !layout.columns.currency.empty() || !layout.columns.magnitude.empty();
    const std::size_t ahead = 2 * options.threads;
    std::deque<Segment> segments;
    std::deque<SegmentResult<Value>> results;
    std::vector<Segment> spare;
    std::mutex mutex;
    std::condition_variable more;
    std::condition_variable room;
    std::size_t next = 0;
    std::size_t finished = 0;
    bool done = false;
    // Parses the next segment, taken with `lock` held; returns with it held again.
    const auto parse_next = [&](std::unique_lock<std::mutex>& lock) noexcept {
        Segment& segment = segments[next];
        SegmentResult<Value>& r = results[next];
        ++next;
        lock.unlock();
        try {
            collect(*segment.decoder, on_bad_row, read_value, r.cells, segment.plain);
        } catch (...) {
            r.failure = std::current_exception();
        }
        lock.lock();
        ++finished;
        if (!keep) spare.push_back(Segment{std::move(segment.bytes), segment.capacity, 0, nullptr, std::nullopt});
        room.notify_one();
    };
    const auto work = [&]() noexcept {
        std::unique_lock lock(mutex);
        for (;;) {
            more.wait(lock, [&] { return next < segments.size() || done; });
            if (next == segments.size()) return;
            parse_next(lock);
        }
    };
    std::vector<std::thread> workers;
    // Whatever ends the reading, the workers finish what they have and are joined.
    struct Join {
        std::mutex& mutex;
        std::condition_variable& more;
        bool& done;
        std::vector<std::thread>& workers;
        ~Join() {
            {
                const std::lock_guard lock(mutex);
                done = true;
            }
            more.notify_all();
            for (std::thread& t : workers) t.join();
        }
    } join{mutex, more, done, workers};
    try {
        for (std::size_t i = 1; i < options.threads; ++i) workers.emplace_back(work);
    } catch (const std::system_error&) {
        // no more threads: fewer parse
    }

    // The segments, read here; a segment with a quote in its rows and the rest of the stream
    // are read by one thread (the tail) once the segments before are done.
    std::string carry;
    std::size_t line = 1;
    std::size_t read = 0;
    bool eof = false;
    std::optional<StreamText> tail;
    while (!eof) {
        Segment s;
        const std::size_t need = carry.size() + segment_size;
        {
            // Far enough ahead: the reading thread parses a segment itself, or waits for one to
            // be done when the others have taken them all.
            std::unique_lock lock(mutex);
            while (segments.size() - finished >= ahead) {
                if (next < segments.size()) {
                    parse_next(lock);
                } else {
                    room.wait(lock, [&] { return segments.size() - finished < ahead; });
                }
            }
            if (!spare.empty() && spare.back().capacity >= need) {
                s.bytes = std::move(spare.back().bytes);
                s.capacity = spare.back().capacity;
                spare.pop_back();
            }
        }
        if (!s.bytes) {
            s.capacity = need + (std::size_t{64} << 10);  // room for the next carry
            s.bytes = std::make_unique_for_overwrite<char[]>(s.capacity);
        }
        read_segment(in, source, carry, segment_size, read, eof, s);
        const std::string_view bytes(s.bytes.get(), s.size);
        const std::size_t rows = segments.empty() ? data_start(bytes, layout.dialect) : 0;
        std::size_t cut = bytes.size();
        if (!eof) {
            const std::size_t lf = bytes.rfind('\n');
            if (lf == std::string_view::npos || lf + 1 < rows || rows >= bytes.size()) {
                carry.assign(bytes);  // no whole record yet (or no whole header): read on
                continue;
            }
            cut = lf + 1;
        }
        if (bytes.substr(std::min(rows, cut), cut - std::min(rows, cut)).find('"') != std::string_view::npos) {
            tail = read_whole(in, source, bytes);
            break;
        }
        carry.assign(bytes.substr(cut));
        read += cut;
        s.size = cut;
        const std::string_view part(s.bytes.get(), cut);
        if (segments.empty()) {
            s.decoder = std::make_unique<detail::TidyDecoder>(part, source, layout);
        } else {
            s.decoder = std::make_unique<detail::TidyDecoder>(part, *segments.front().decoder, line);
        }
        s.plain = plain_part(part, line, segments.empty(), layout.dialect);
        line += line_breaks(part, carry.empty() ? '\0' : carry.front());
        {
            const std::lock_guard lock(mutex);
            segments.push_back(std::move(s));
            results.emplace_back();
        }
        more.notify_one();
    }
    {
        const std::lock_guard lock(mutex);
        done = true;
    }
    more.notify_all();
    work();
    for (std::thread& t : workers) t.join();
    workers.clear();

    std::vector<Collected<Value>> parts;
    std::vector<std::exception_ptr> failures;
    for (SegmentResult<Value>& r : results) {
        parts.push_back(std::move(r.cells));
        failures.push_back(r.failure);
    }
    std::unique_ptr<detail::TidyDecoder> tail_decoder;
    if (tail) {
        const std::string_view text(tail->bytes.get(), tail->size);
        if (segments.empty()) return one_thread(text);
        tail_decoder = std::make_unique<detail::TidyDecoder>(text, *segments.front().decoder, line);
        parts.emplace_back();
        failures.emplace_back();
        try {
            collect(*tail_decoder, on_bad_row, read_value, parts.back());
        } catch (...) {
            failures.back() = std::current_exception();
        }
    }
    if (!consistent(parts)) {
        // The whole file again, on one thread.
        std::string whole;
        for (const Segment& s : segments) whole.append(s.bytes.get(), s.size);
        if (tail) whole.append(tail->bytes.get(), tail->size);
        return one_thread(std::string_view(whole));
    }
    for (const std::exception_ptr& failure : failures) {
        if (failure) std::rethrow_exception(failure);
    }
    return fill<P>(*segments.front().decoder, parts, on_bad_row, true, make, store);
}

// One thread, a stream: read a megabyte at a time into one buffer (the last line's unfinished
// bytes carried to the next), each segment's rows the plain-row way, by one collector. From the
// first segment holding a quote or a lone CR on, the rest of the stream is read whole and its rows
// go through the tokenizer (a quoted field may hold line breaks, so lines are no longer rows).
template <class P, class Value, class ReadValue, class Make, class Store>
TidyPanelOf<P> read_stream_in_segments(std::istream& in, const std::string& source, const TidyLayout& layout,
                                       OnBadRow on_bad_row, const ReadValue& read_value, Make make, Store store) {
    constexpr std::size_t segment_size = std::size_t{1} << 20;
    const std::size_t expected = bytes_left(in);
    Segment s;
    s.capacity = 2 * segment_size;
    s.bytes = std::make_unique_for_overwrite<char[]>(s.capacity);
    std::string carry;
    std::string header_text;
    std::optional<detail::TidyDecoder> header;
    std::vector<Collected<Value>> parts(1);
    Collector<Value, ReadValue> collector(on_bad_row, read_value, parts.front());
    std::size_t line = 1;
    std::size_t read = 0;
    bool eof = false;
    while (!eof) {
        if (carry.size() + segment_size > s.capacity) {  // a line longer than a segment
            s.capacity = 2 * (carry.size() + segment_size);
            s.bytes = std::make_unique_for_overwrite<char[]>(s.capacity);
        }
        read_segment(in, source, carry, segment_size, read, eof, s);
        std::string_view bytes(s.bytes.get(), s.size);
        if (!header) {
            const std::size_t rows = data_start(bytes, layout.dialect);
            if (rows == bytes.size() && !eof) {  // no whole header yet
                carry.assign(bytes);
                continue;
            }
            header_text.assign(bytes.substr(0, rows));
            header.emplace(std::string_view(header_text), source, layout);
            bytes.remove_prefix(rows);
            read += rows;
            line += line_breaks(header_text, bytes.empty() ? '\0' : bytes.front());
        }
        std::size_t cut = bytes.size();
        if (!eof) {
            const std::size_t lf = bytes.rfind('\n');
            if (lf == std::string_view::npos) {
                carry.assign(bytes);
                continue;
            }
            cut = lf + 1;
        }
        const std::string_view part = bytes.substr(0, cut);
        if (!detail::plain_text(part)) {
            const StreamText rest = read_whole(in, source, bytes);
            detail::TidyDecoder d(std::string_view(rest.bytes.get(), rest.size), *header, line);
            collector.rows(d);
            return fill<P>(*header, parts, on_bad_row, false, make, store);
        }
        collector.plain_rows(*header, PlainPart{part, line}, expected);
        carry.assign(bytes.substr(cut));
        read += cut;
        line += line_breaks(part, carry.empty() ? '\0' : carry.front());
    }
    return fill<P>(*header, parts, on_bad_row, false, make, store);
}

// Reads a panel from `input` (a stream or bytes): one thread collects the rows and fills the
// panel, or with more threads the bytes are cut into parts collected at once and filled in file
// order. `read_value(d, row)` reads a value; `make` and `store` as fill().
template <class P, class Value, class Source, class ReadValue, class Make, class Store>
TidyPanelOf<P> read_panel(Source&& input, std::string source, const TidyLayout& layout, const TidyReadOptions& options,
                          ReadValue read_value, Make make, Store store) {
    check_panel_layout(layout);
    check_threads(options.threads);
    const OnBadRow on_bad_row = options.on_bad_row;
    const auto one_thread = [&](auto&& in) {
        std::optional<PlainPart> plain;
        if constexpr (std::is_convertible_v<decltype(in), std::string_view>) {
            plain = plain_part(in, 1, true, layout.dialect);
        }
        detail::TidyDecoder d(std::forward<decltype(in)>(in), source, layout);
        std::vector<Collected<Value>> parts(1);
        collect(d, on_bad_row, read_value, parts.front(), plain);
        return fill<P>(d, parts, on_bad_row, false, make, store);
    };
    if (options.threads == 1) {
        if constexpr (std::is_convertible_v<Source, std::string_view>) {
            return one_thread(std::string_view(input));
        } else {
            return read_stream_in_segments<P, Value>(input, source, layout, on_bad_row, read_value, make, store);
        }
    }

    std::string_view text;
    if constexpr (std::is_convertible_v<Source, std::string_view>) {
        text = input;
    } else {
        return read_stream_on_threads<P, Value>(input, source, layout, options, read_value, one_thread, make, store);
    }
    const std::vector<Part> cuts = cut(text, layout.dialect, options.threads);
    const bool quoted = std::any_of(cuts.begin(), cuts.end(), [](const Part& p) { return p.quote; });
    if (cuts.size() == 1 || quoted) return one_thread(text);

    // The first part reads the header; the others take its columns.
    std::vector<std::unique_ptr<detail::TidyDecoder>> decoders;
    decoders.push_back(std::make_unique<detail::TidyDecoder>(text.substr(0, cuts.front().end), source, layout));
    for (std::size_t i = 1; i < cuts.size(); ++i) {
        decoders.push_back(std::make_unique<detail::TidyDecoder>(
            text.substr(cuts[i].begin, cuts[i].end - cuts[i].begin), *decoders.front(), cuts[i].first_line));
    }
    std::vector<Collected<Value>> parts(cuts.size());
    std::vector<std::exception_ptr> failures(cuts.size());
    run_parallel(cuts.size(), [&](std::size_t i) noexcept {
        try {
            const std::string_view part = text.substr(cuts[i].begin, cuts[i].end - cuts[i].begin);
            collect(*decoders[i], on_bad_row, read_value, parts[i],
                    plain_part(part, cuts[i].first_line, i == 0, layout.dialect));
        } catch (...) {
            failures[i] = std::current_exception();
        }
    });
    // A part compares each row's currency and magnitude with its own first row's: when a part's
    // first differs from the file's first, its verdicts are not the file's, and one thread decides.
    if (!consistent(parts)) return one_thread(text);
    // Each part stops at its first error (stop) or at text that is not CSV (collect): the first
    // part that stopped holds the file's first.
    for (const std::exception_ptr& failure : failures) {
        if (failure) std::rethrow_exception(failure);
    }
    return fill<P>(*decoders.front(), parts, on_bad_row, true, make, store);
}

// The fast path's values: the nearest double.
struct DoubleValues {
    std::optional<double> operator()(const detail::TidyDecoder& d, const CsvRow& row) const {
        return d.value_double(row);
    }
    bool fast(std::string_view text, double& value) const noexcept { return detail::fast_double(text, value); }
};

// The exact path's values: units of 10^-scale, at most ExactPanel::max_units.
struct UnitValues {
    int scale;
    std::optional<std::int64_t> operator()(const detail::TidyDecoder& d, const CsvRow& row) const {
        return d.value_units(row, scale, ExactPanel::max_units);
    }
    bool fast(std::string_view text, std::int64_t& units) const noexcept {
        return detail::fast_units(text, scale, ExactPanel::max_units, units);
    }
};

template <class Source>
TidyPanel read_fast(Source&& input, std::string source, const TidyLayout& layout, const TidyReadOptions& options) {
    return read_panel<Panel, double>(
        std::forward<Source>(input), std::move(source), layout, options, DoubleValues{},
        [](std::vector<std::string> r, std::span<const Category> k, MonthIndex m, std::size_t n) {
            return Panel(std::move(r), k, m, n);
        },
        [](Panel& p, std::size_t r, std::size_t k, Flow f, MonthIndex m, double v, std::uint32_t s,
           const ObservationStatus& status) {
            if (s == 0) {
                p.set(r, k, f, m, v);
            } else {
                p.set(r, k, f, m, v, status);
            }
        });
}

template <class Source>
TidyExactPanel read_exact(Source&& input, std::string source, const TidyLayout& layout, int scale,
                          const TidyReadOptions& options) {
    check_panel_layout(layout);
    if (scale < 0 || scale > 12) {
        throw InvalidArgument("an exact panel's scale is 0-12 decimal places, not " + std::to_string(scale));
    }
    return read_panel<ExactPanel, std::int64_t>(
        std::forward<Source>(input), std::move(source), layout, options, UnitValues{scale},
        [scale](std::vector<std::string> r, std::span<const Category> k, MonthIndex m, std::size_t n) {
            return ExactPanel(std::move(r), k, m, n, scale);
        },
        [](ExactPanel& p, std::size_t r, std::size_t k, Flow f, MonthIndex m, std::int64_t v, std::uint32_t s,
           const ObservationStatus& status) {
            if (s == 0) {
                p.set_units(r, k, f, m, v);
            } else {
                p.set_units(r, k, f, m, v, status);
            }
        });
}

// --- writing ------------------------------------------------------------------------------------

using detail::encoded;
using detail::NumberBuffer;
using detail::StatusTexts;

// The texts of the statuses a panel holds, each written once: a plain normal value and a missing
// cell not provided (with no flag) are an empty cell.
template <class P>
StatusTexts status_texts(const P& panel, const TidyLayout& layout) {
    StatusTexts texts(layout, "a panel cell", {ObservationStatus(), ObservationStatus::missing(Missing::not_provided)});
    for (const Flow flow : {Flow::exports, Flow::imports}) {
        const std::span<const ObservationStatus> statuses = panel.statuses(flow);
        const std::span<const std::uint8_t> valid = panel.valid(flow);
        ObservationStatus last;
        for (std::size_t i = 0; i < statuses.size(); ++i) {
            const ObservationStatus& s = statuses[i];
            if (s == last || texts.has(s)) continue;
            if (valid[i] == 0 && !s.is_missing()) continue;  // a cell erased without a reason: not written
            last = s;
            texts.add(s);
        }
    }
    return texts;
}

template <class P, class Text>
void write_panel(std::ostream& stream, const TidyPanelOf<P>& t, const TidyLayout& layout, Text value_text) {
    check_panel_layout(layout);
    const TidyColumns& c = layout.columns;
    if (c.currency.empty() && *layout.currency != t.currency) {
        throw InvalidArgument("cannot write a panel in " + std::string(t.currency.code()) +
                              " in a layout that states " + std::string(layout.currency->code()));
    }
    if (c.magnitude.empty() && *layout.magnitude != t.magnitude) {
        throw InvalidArgument("cannot write a panel of magnitude " + std::to_string(t.magnitude) +
                              " in a layout that states " + std::to_string(*layout.magnitude));
    }
    const P& panel = t.panel;
    // The texts of the statuses the panel holds, each written once, before any byte is written:
    // a status the layout cannot hold is refused rather than left out of a file half written.
    const StatusTexts texts = status_texts(panel, layout);
    const char sep = layout.dialect.separator;
    CsvWriter csv(stream, layout.dialect);
    for (const std::string* name :
         {&c.reporter, &c.partner, &c.item, &c.flow, &c.period, &c.value, &c.currency, &c.magnitude, &c.status}) {
        if (!name->empty()) csv.field(*name);
    }
    csv.end_record();

    std::vector<std::string> reporters;
    for (std::size_t r = 0; r < panel.reporter_count(); ++r) reporters.push_back(encoded(panel.reporter(r), sep));
    std::vector<std::string> items;
    for (std::size_t k = 0; k < panel.category_count(); ++k) {
        if (!panel.is_classified()) {  // custom codes: written as they are
            items.push_back(encoded(panel.category(k), sep));
            continue;
        }
        const Category category = panel.category_of(k);
        items.push_back(encoded(layout.item_form == ItemForm::code ? category.code() : category.name(), sep));
    }
    std::vector<std::string> periods;
    for (std::size_t m = 0; m < panel.month_count(); ++m) {
        const MonthIndex month = panel.first_month() + static_cast<std::int32_t>(m);
        periods.push_back(encoded(to_text(Period::month(month.year(), month.month()), layout.period_form), sep));
    }
    const std::string currency(t.currency.code());
    const std::string magnitude = std::to_string(t.magnitude);
    NumberBuffer buffer{};
    const std::size_t months = panel.month_count();
    for (std::size_t r = 0; r < panel.reporter_count(); ++r) {
        for (std::size_t k = 0; k < panel.category_count(); ++k) {
            for (const Flow flow : {Flow::exports, Flow::imports}) {
                const std::size_t base = panel.position(r, k, panel.first_month());
                const std::span<const std::uint8_t> valid = panel.valid(flow).subspan(base, months);
                const std::span<const ObservationStatus> all = panel.statuses(flow);
                const std::span<const ObservationStatus> statuses = all.empty() ? all : all.subspan(base, months);
                for (std::size_t m = 0; m < months; ++m) {
                    // A missing cell is written only when recorded missing (listed in the file).
                    const bool listed = !statuses.empty() && statuses[m].is_missing();
                    if (valid[m] == 0 && !listed) continue;
                    csv.plain_field(reporters[r]);
                    csv.plain_field(items[k]);
                    csv.plain_field(to_string(flow));
                    csv.plain_field(periods[m]);
                    csv.plain_field(valid[m] != 0 ? value_text(panel, flow, base + m, buffer) : std::string_view());
                    if (!c.currency.empty()) csv.plain_field(currency);
                    if (!c.magnitude.empty()) csv.plain_field(magnitude);
                    if (!c.status.empty()) {
                        csv.plain_field(statuses.empty() ? std::string_view() : texts.of(statuses[m]));
                    }
                    csv.end_record();
                }
            }
        }
    }
    csv.finish();
}

}  // namespace

TidyPanel read_tidy_panel(std::istream& in, std::string source, const TidyLayout& layout, OnBadRow on_bad_row) {
    return read_fast(in, std::move(source), layout, TidyReadOptions{on_bad_row});
}

TidyPanel read_tidy_panel(std::string_view text, std::string source, const TidyLayout& layout, OnBadRow on_bad_row) {
    return read_fast(text, std::move(source), layout, TidyReadOptions{on_bad_row});
}

TidyPanel read_tidy_panel(std::istream& in, std::string source, const TidyLayout& layout,
                          const TidyReadOptions& options) {
    return read_fast(in, std::move(source), layout, options);
}

TidyPanel read_tidy_panel(std::string_view text, std::string source, const TidyLayout& layout,
                          const TidyReadOptions& options) {
    return read_fast(text, std::move(source), layout, options);
}

TidyExactPanel read_tidy_exact_panel(std::istream& in, std::string source, const TidyLayout& layout, int scale,
                                     OnBadRow on_bad_row) {
    return read_exact(in, std::move(source), layout, scale, TidyReadOptions{on_bad_row});
}

TidyExactPanel read_tidy_exact_panel(std::string_view text, std::string source, const TidyLayout& layout, int scale,
                                     OnBadRow on_bad_row) {
    return read_exact(text, std::move(source), layout, scale, TidyReadOptions{on_bad_row});
}

TidyExactPanel read_tidy_exact_panel(std::istream& in, std::string source, const TidyLayout& layout, int scale,
                                     const TidyReadOptions& options) {
    return read_exact(in, std::move(source), layout, scale, options);
}

TidyExactPanel read_tidy_exact_panel(std::string_view text, std::string source, const TidyLayout& layout, int scale,
                                     const TidyReadOptions& options) {
    return read_exact(text, std::move(source), layout, scale, options);
}

void write_tidy_panel(std::ostream& out, const TidyPanel& panel, const TidyLayout& layout) {
    write_panel(out, panel, layout, [](const Panel& p, Flow flow, std::size_t i, NumberBuffer& buffer) {
        return detail::double_text(p.values(flow)[i], buffer);
    });
}

void write_tidy_panel(std::ostream& out, const TidyExactPanel& panel, const TidyLayout& layout) {
    write_panel(out, panel, layout, [](const ExactPanel& p, Flow flow, std::size_t i, NumberBuffer& buffer) {
        return detail::units_text(p.units(flow)[i], p.scale(), buffer);
    });
}

}  // namespace svctrade
