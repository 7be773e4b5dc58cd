// SPDX-License-Identifier: BSL-1.0
// The tidy panel readers: the file's rows collected into cells and the panel filled from them
// (src/io/tidy_panel_rows.hpp), on one thread or several. With threads the file is cut at line
// starts into parts whose cells are collected at once and filled in file order, so that the
// panel, the first error and the rows rejected are one thread's.
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

#include "io/plain_rows.hpp"
#include "io/tidy_decoder.hpp"
#include "io/tidy_panel_rows.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace svctrade {

namespace {

using detail::check_panel_layout;
using detail::collect_rows;
using detail::CollectedRows;
using detail::Collector;
using detail::fill_panel;
using detail::PlainPart;

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
bool consistent(const std::vector<CollectedRows<Value>>& parts) {
    const CollectedRows<Value>* reference = nullptr;
    for (const CollectedRows<Value>& part : parts) {
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
    CollectedRows<Value> cells;
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
            collect_rows(*segment.decoder, on_bad_row, read_value, r.cells, segment.plain);
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

    std::vector<CollectedRows<Value>> parts;
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
            collect_rows(*tail_decoder, on_bad_row, read_value, parts.back());
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
    return fill_panel<P>(*segments.front().decoder, parts, on_bad_row, true, make, store);
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
    std::vector<CollectedRows<Value>> parts(1);
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
            return fill_panel<P>(*header, parts, on_bad_row, false, make, store);
        }
        collector.plain_rows(*header, PlainPart{part, line}, expected);
        carry.assign(bytes.substr(cut));
        read += cut;
        line += line_breaks(part, carry.empty() ? '\0' : carry.front());
    }
    return fill_panel<P>(*header, parts, on_bad_row, false, make, store);
}

// Reads a panel from `input` (a stream or bytes): one thread collects the rows and fills the
// panel, or with more threads the bytes are cut into parts collected at once and filled in file
// order. `read_value(d, row)` reads a value; `make` and `store` as fill_panel().
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
        std::vector<CollectedRows<Value>> parts(1);
        collect_rows(d, on_bad_row, read_value, parts.front(), plain);
        return fill_panel<P>(d, parts, on_bad_row, false, make, store);
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
    std::vector<CollectedRows<Value>> parts(cuts.size());
    std::vector<std::exception_ptr> failures(cuts.size());
    run_parallel(cuts.size(), [&](std::size_t i) noexcept {
        try {
            const std::string_view part = text.substr(cuts[i].begin, cuts[i].end - cuts[i].begin);
            collect_rows(*decoders[i], on_bad_row, read_value, parts[i],
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
    return fill_panel<P>(*decoders.front(), parts, on_bad_row, true, make, store);
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

}  // namespace svctrade
