// SPDX-License-Identifier: BSL-1.0
// The Arrow C stream of a panel or a series. Every ArrowArray and ArrowSchema the stream hands out
// owns its buffers and its children through its own private data, so that a consumer may move a
// child out of its parent (as the specification allows) and release the two in any order.
#include <svctrade/io/arrow_export.hpp>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <svctrade/error.hpp>
#include <svctrade/io/sdmx_period.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>
#include <svctrade/status/status_codes.hpp>

#include "io/tidy_text.hpp"
#include "panels/result_period.hpp"

namespace svctrade {
namespace {

__extension__ using i128 = __int128;
__extension__ using u128 = unsigned __int128;

using Bytes = std::vector<std::uint8_t>;

// What a data buffer with nothing in it points at: consumers may read a data pointer whatever
// the length, so it is never null.
alignas(16) const std::uint8_t no_bytes[16] = {};

// ---------------------------------------------------------------------------------------------
// Arrays

struct ArrayData {
    std::vector<Bytes> storage;
    std::vector<bool> absent;  // a validity bitmap left out (no nulls)
    std::vector<const void*> buffers;
    std::unique_ptr<ArrowArray[]> children;
    std::vector<ArrowArray*> child_pointers;
    std::unique_ptr<ArrowArray> dictionary;
    ArrayData() = default;
    ArrayData(const ArrayData&) = delete;
    ArrayData& operator=(const ArrayData&) = delete;
    ~ArrayData() {
        for (ArrowArray* child : child_pointers) {
            if (child->release != nullptr) child->release(child);
        }
        if (dictionary && dictionary->release != nullptr) dictionary->release(dictionary.get());
    }
};

void release_array(ArrowArray* array) {
    delete static_cast<ArrayData*>(array->private_data);
    array->private_data = nullptr;
    array->release = nullptr;
}

// Builds one ArrowArray: buffers, then children and dictionary filled in place, then finish().
// Until finish() the builder owns everything, so an exception leaks nothing.
class ArrayBuilder {
public:
    explicit ArrayBuilder(std::size_t n_children) : data_(std::make_unique<ArrayData>()) {
        if (n_children != 0) {
            data_->children = std::make_unique<ArrowArray[]>(n_children);  // zeroed: release is null
            for (std::size_t i = 0; i < n_children; ++i) data_->child_pointers.push_back(&data_->children[i]);
        }
    }
    void validity(Bytes bitmap, bool has_nulls) {
        data_->storage.push_back(std::move(bitmap));
        data_->absent.push_back(!has_nulls);
    }
    void buffer(Bytes bytes) {
        data_->storage.push_back(std::move(bytes));
        data_->absent.push_back(false);
    }
    ArrowArray* child(std::size_t i) { return data_->child_pointers[i]; }
    ArrowArray* dictionary() {
        data_->dictionary = std::make_unique<ArrowArray>();
        *data_->dictionary = ArrowArray{};
        return data_->dictionary.get();
    }
    void finish(ArrowArray* out, std::int64_t length, std::int64_t null_count) {
        for (std::size_t i = 0; i < data_->storage.size(); ++i) {
            const Bytes& b = data_->storage[i];
            data_->buffers.push_back(data_->absent[i] ? nullptr : (b.empty() ? no_bytes : b.data()));
        }
        out->length = length;
        out->null_count = null_count;
        out->offset = 0;
        out->n_buffers = static_cast<std::int64_t>(data_->buffers.size());
        out->n_children = static_cast<std::int64_t>(data_->child_pointers.size());
        out->buffers = data_->buffers.empty() ? nullptr : data_->buffers.data();
        out->children = data_->child_pointers.empty() ? nullptr : data_->child_pointers.data();
        out->dictionary = data_->dictionary.get();
        out->release = &release_array;
        out->private_data = data_.release();
    }

private:
    std::unique_ptr<ArrayData> data_;
};

template <class T>
void append(Bytes& bytes, T value) {
    const std::size_t at = bytes.size();
    bytes.resize(at + sizeof(T));
    std::memcpy(bytes.data() + at, &value, sizeof(T));
}

// Strings laid out as utf8: int32 offsets, then the bytes.
struct Strings {
    Bytes offsets;
    Bytes data;
    std::int32_t count = 0;
    Strings() { append<std::int32_t>(offsets, 0); }
    void add(std::string_view s) {
        if (data.size() + s.size() > static_cast<std::size_t>(INT32_MAX)) {
            throw Overflow("an Arrow utf8 column of one batch would exceed 2^31 bytes: lower batch_rows");
        }
        data.insert(data.end(), s.begin(), s.end());
        append<std::int32_t>(offsets, static_cast<std::int32_t>(data.size()));
        ++count;
    }
};

void utf8_array(ArrowArray* out, const Strings& strings) {
    ArrayBuilder b(0);
    b.validity({}, false);
    b.buffer(strings.offsets);
    b.buffer(strings.data);
    b.finish(out, strings.count, 0);
}

void dictionary_array(ArrowArray* out, Bytes indices, std::int64_t length, const Strings& values, Bytes validity = {},
                      std::int64_t null_count = 0) {
    ArrayBuilder b(0);
    b.validity(std::move(validity), null_count != 0);
    b.buffer(std::move(indices));
    utf8_array(b.dictionary(), values);
    b.finish(out, length, null_count);
}

void fixed_array(ArrowArray* out, Bytes values, std::int64_t length, Bytes validity, std::int64_t null_count) {
    ArrayBuilder b(0);
    b.validity(std::move(validity), null_count != 0);
    b.buffer(std::move(values));
    b.finish(out, length, null_count);
}

void set_bit(Bytes& bitmap, std::int64_t i) {
    bitmap[static_cast<std::size_t>(i / 8)] =
        static_cast<std::uint8_t>(bitmap[static_cast<std::size_t>(i / 8)] | (1U << static_cast<unsigned>(i % 8)));
}

void append_decimal(Bytes& bytes, i128 value) {
    const u128 bits = static_cast<u128>(value);
    append<std::uint64_t>(bytes, static_cast<std::uint64_t>(bits));  // little-endian: low word first
    append<std::uint64_t>(bytes, static_cast<std::uint64_t>(bits >> 64));
}

// ---------------------------------------------------------------------------------------------
// Schemas

struct SchemaData {
    std::string format;
    std::string name;
    std::string metadata;
    std::unique_ptr<ArrowSchema[]> children;
    std::vector<ArrowSchema*> child_pointers;
    std::unique_ptr<ArrowSchema> dictionary;
    SchemaData() = default;
    SchemaData(const SchemaData&) = delete;
    SchemaData& operator=(const SchemaData&) = delete;
    ~SchemaData() {
        for (ArrowSchema* child : child_pointers) {
            if (child->release != nullptr) child->release(child);
        }
        if (dictionary && dictionary->release != nullptr) dictionary->release(dictionary.get());
    }
};

void release_schema(ArrowSchema* schema) {
    delete static_cast<SchemaData*>(schema->private_data);
    schema->private_data = nullptr;
    schema->release = nullptr;
}

// Key-value pairs in the specification's binary form: int32 count, then each key and value as
// int32 length and bytes, in native byte order.
std::string encode_metadata(const std::vector<std::pair<std::string, std::string>>& pairs) {
    if (pairs.empty()) return {};
    std::string out;
    const auto add32 = [&out](std::int32_t n) {
        char b[4];
        std::memcpy(b, &n, 4);
        out.append(b, 4);
    };
    add32(static_cast<std::int32_t>(pairs.size()));
    for (const auto& [key, value] : pairs) {
        add32(static_cast<std::int32_t>(key.size()));
        out += key;
        add32(static_cast<std::int32_t>(value.size()));
        out += value;
    }
    return out;
}

struct Field {
    std::string name;
    std::string format;  // of the values; "u" for a dictionary column's values
    bool dictionary = false;
    bool nullable = false;
    std::vector<std::pair<std::string, std::string>> metadata;
};

void fill_schema(ArrowSchema* out, std::string format, std::string name, std::string metadata, std::int64_t flags,
                 std::size_t n_children, bool with_dictionary) {
    auto data = std::make_unique<SchemaData>();
    data->format = std::move(format);
    data->name = std::move(name);
    data->metadata = std::move(metadata);
    if (n_children != 0) {
        data->children = std::make_unique<ArrowSchema[]>(n_children);
        for (std::size_t i = 0; i < n_children; ++i) data->child_pointers.push_back(&data->children[i]);
    }
    if (with_dictionary) {
        data->dictionary = std::make_unique<ArrowSchema>();
        *data->dictionary = ArrowSchema{};
    }
    out->format = data->format.c_str();
    out->name = data->name.c_str();
    out->metadata = data->metadata.empty() ? nullptr : data->metadata.data();
    out->flags = flags;
    out->n_children = static_cast<std::int64_t>(n_children);
    out->children = data->child_pointers.empty() ? nullptr : data->child_pointers.data();
    out->dictionary = data->dictionary.get();
    out->release = &release_schema;
    out->private_data = data.release();
}

void record_schema(ArrowSchema* out, const std::vector<Field>& fields,
                   const std::vector<std::pair<std::string, std::string>>& metadata) {
    fill_schema(out, "+s", "", encode_metadata(metadata), 0, fields.size(), false);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const Field& f = fields[i];
        ArrowSchema* child = out->children[i];
        fill_schema(child, f.dictionary ? "i" : f.format, f.name, encode_metadata(f.metadata),
                    f.nullable ? ARROW_FLAG_NULLABLE : 0, 0, f.dictionary);
        if (f.dictionary) fill_schema(child->dictionary, f.format, "", "", 0, 0, false);
    }
}

// ---------------------------------------------------------------------------------------------
// Streams

class Source {
public:
    explicit Source(std::int64_t batch_rows) : batch_rows_(batch_rows) {}
    Source(const Source&) = delete;
    Source& operator=(const Source&) = delete;
    virtual ~Source() = default;
    virtual void schema(ArrowSchema* out) const = 0;
    // Fills the children of a record batch (a struct array) with rows [first, first + count).
    virtual void columns(ArrayBuilder& batch, std::int64_t first, std::int64_t count) const = 0;
    [[nodiscard]] virtual std::size_t column_count() const = 0;

    int get_schema(ArrowSchema* out) {
        return guarded([&] {
            ArrowSchema s{};
            try {
                schema(&s);
            } catch (...) {
                if (s.release != nullptr) s.release(&s);
                throw;
            }
            *out = s;
        });
    }
    int get_next(ArrowArray* out) {
        return guarded([&] {
            if (next_ >= rows_) {
                *out = ArrowArray{};  // the end: a released array
                return;
            }
            const std::int64_t count = std::min(batch_rows_, rows_ - next_);
            ArrayBuilder batch(column_count());
            batch.validity({}, false);
            columns(batch, next_, count);
            batch.finish(out, count, 0);
            next_ += count;
        });
    }
    [[nodiscard]] const char* last_error() const noexcept { return error_.empty() ? nullptr : error_.c_str(); }

protected:
    void set_rows(std::int64_t rows) noexcept { rows_ = rows; }

private:
    template <class F>
    int guarded(F&& f) noexcept {
        try {
            error_.clear();
            f();
            return 0;
        } catch (const std::bad_alloc&) {
            error_ = "svctrade: out of memory while exporting to Arrow";
            return ENOMEM;
        } catch (const std::exception& e) {
            error_ = e.what();
            return EIO;
        } catch (...) {
            error_ = "svctrade: unknown error while exporting to Arrow";
            return EIO;
        }
    }
    std::int64_t rows_ = 0;
    std::int64_t batch_rows_;
    std::int64_t next_ = 0;
    std::string error_;
};

Source* source_of(ArrowArrayStream* stream) {
    return static_cast<Source*>(stream->private_data);
}

int stream_get_schema(ArrowArrayStream* stream, ArrowSchema* out) {
    return source_of(stream)->get_schema(out);
}
int stream_get_next(ArrowArrayStream* stream, ArrowArray* out) {
    return source_of(stream)->get_next(out);
}
const char* stream_last_error(ArrowArrayStream* stream) {
    return source_of(stream)->last_error();
}
void stream_release(ArrowArrayStream* stream) {
    delete source_of(stream);
    stream->private_data = nullptr;
    stream->release = nullptr;
}

void open_stream(ArrowArrayStream* out, std::unique_ptr<Source> source) {
    out->get_schema = &stream_get_schema;
    out->get_next = &stream_get_next;
    out->get_last_error = &stream_last_error;
    out->release = &stream_release;
    out->private_data = source.release();
}

void check_options(const ArrowArrayStream* out, const ArrowExportOptions& options) {
    if (out == nullptr) throw InvalidArgument("export_arrow: the ArrowArrayStream to write is null");
    if (options.batch_rows < 1) {
        throw InvalidArgument("export_arrow: batch_rows " + std::to_string(options.batch_rows) + " is not at least 1");
    }
    if (options.unit_mult < -30 || options.unit_mult > 30) {
        throw InvalidArgument("export_arrow: unit_mult " + std::to_string(options.unit_mult) + " is outside -30..30");
    }
}

std::vector<std::pair<std::string, std::string>> value_metadata(std::optional<Currency> currency, int unit_mult) {
    std::vector<std::pair<std::string, std::string>> m;
    if (currency) m.emplace_back("svctrade.currency", std::string(currency->code()));
    m.emplace_back("svctrade.unit_mult", std::to_string(unit_mult));
    return m;
}

std::int32_t day_number(const boost::gregorian::date& d) {
    static const boost::gregorian::date epoch(1970, 1, 1);
    return static_cast<std::int32_t>((d - epoch).days());
}

// The rows of a panel: reporter × category × reported flow × month, months fastest.
template <class P>
class PanelSource final : public Source {
public:
    PanelSource(P panel, const ArrowExportOptions& options)
        : Source(options.batch_rows),
          panel_(std::move(panel)),
          currency_(options.currency),
          unit_mult_(options.unit_mult) {
        set_rows(static_cast<std::int64_t>(panel_.cell_count() * 2));
        for (std::size_t r = 0; r < panel_.reporter_count(); ++r) reporters_.add(panel_.reporter(r));
        for (std::size_t c = 0; c < panel_.category_count(); ++c) categories_.add(panel_.category(c));
        flows_.add(to_string(Flow::exports));
        flows_.add(to_string(Flow::imports));
        // One dictionary for every batch: each distinct status the panel holds, in the order
        // the cells first give it, written (and refused, for a code SDMX lacks) before the
        // stream exists.
        std::size_t hint = 0;
        for (std::size_t k = 0; k < 2; ++k) {
            if (panel_.statuses(k == 0 ? Flow::exports : Flow::imports).empty()) continue;
            for (std::size_t i = 0; i < panel_.cell_count(); ++i) {
                const ObservationStatus s = panel_.status_at(k, i);
                if (implied(s) || find_status(s, hint) >= 0) continue;
                statuses_.add(write_status(s, StatusCodes::sdmx));
                known_.push_back(s);
            }
        }
        for (std::size_t m = 0; m < panel_.month_count(); ++m) {
            const MonthIndex month = panel_.first_month() + static_cast<std::int32_t>(m);
            const Period p = Period::month(month.year(), month.month());
            codes_.push_back(to_sdmx(p));
            starts_.push_back(day_number(p.first()));
            ends_.push_back(day_number(p.last()));
        }
    }
    [[nodiscard]] std::size_t column_count() const override { return 8; }

    void schema(ArrowSchema* out) const override {
        std::string value_format = "g";
        if constexpr (std::is_same_v<P, ExactPanel>) value_format = "d:18," + std::to_string(panel_.scale());
        record_schema(out,
                      {{"reporter", "u", true, false, {}},
                       {"category", "u", true, false, {}},
                       {"flow", "u", true, false, {}},
                       {"period", "u", false, false, {}},
                       {"period_start", "tdD", false, false, {}},
                       {"period_end", "tdD", false, false, {}},
                       {"value", value_format, false, true, value_metadata(currency_, unit_mult_)},
                       {"status", "u", true, true, {}}},
                      {});
    }

    void columns(ArrayBuilder& batch, std::int64_t first, std::int64_t count) const override {
        const std::size_t months = panel_.month_count();
        const std::size_t categories = panel_.category_count();
        Bytes reporter, category, flow, start, end, value, status;
        Bytes validity(static_cast<std::size_t>((count + 7) / 8), 0);
        Bytes status_validity(static_cast<std::size_t>((count + 7) / 8), 0);
        Strings period;
        std::int64_t nulls = 0;
        std::int64_t status_nulls = 0;
        const bool with_statuses = panel_.has_statuses();
        std::size_t hint = 0;
        for (std::int64_t k = 0; k < count; ++k) {
            const auto row = static_cast<std::size_t>(first + k);
            const std::size_t m = row % months;
            const std::size_t f = (row / months) % 2;
            const std::size_t rc = row / (2 * months);
            const std::size_t cell = rc * months + m;
            const Flow which = f == 0 ? Flow::exports : Flow::imports;
            append<std::int32_t>(reporter, static_cast<std::int32_t>(rc / categories));
            append<std::int32_t>(category, static_cast<std::int32_t>(rc % categories));
            append<std::int32_t>(flow, static_cast<std::int32_t>(f));
            period.add(codes_[m]);
            append<std::int32_t>(start, starts_[m]);
            append<std::int32_t>(end, ends_[m]);
            const bool valid = panel_.valid(which)[cell] != 0;
            if (valid) {
                set_bit(validity, k);
            } else {
                ++nulls;
            }
            if constexpr (std::is_same_v<P, ExactPanel>) {
                append_decimal(value, valid ? static_cast<i128>(panel_.units(which)[cell]) : 0);
            } else {
                append<double>(value, valid ? panel_.values(which)[cell] : 0.0);
            }
            const ObservationStatus cell_status =
                with_statuses ? panel_.status_at(f, cell) : ObservationStatus::missing(Missing::not_provided);
            const std::int32_t s = implied(cell_status) ? -1 : find_status(cell_status, hint);
            if (s >= 0) {
                set_bit(status_validity, k);
            } else {
                ++status_nulls;
            }
            append<std::int32_t>(status, s < 0 ? 0 : s);
        }
        dictionary_array(batch.child(0), std::move(reporter), count, reporters_);
        dictionary_array(batch.child(1), std::move(category), count, categories_);
        dictionary_array(batch.child(2), std::move(flow), count, flows_);
        utf8_array(batch.child(3), period);
        fixed_array(batch.child(4), std::move(start), count, {}, 0);
        fixed_array(batch.child(5), std::move(end), count, {}, 0);
        fixed_array(batch.child(6), std::move(value), count, std::move(validity), nulls);
        dictionary_array(batch.child(7), std::move(status), count, statuses_, std::move(status_validity), status_nulls);
    }

private:
    // A status the cell's value already says: a plain normal value, or a missing cell not
    // provided with no flag. Its status is null.
    static bool implied(const ObservationStatus& s) noexcept {
        return s == ObservationStatus() || s == ObservationStatus::missing(Missing::not_provided);
    }
    // The dictionary index of `s` (not implied), or -1 when the dictionary lacks it; `hint` is
    // where the last one was found (a run of cells mostly shares one status).
    std::int32_t find_status(const ObservationStatus& s, std::size_t& hint) const noexcept {
        if (hint < known_.size() && known_[hint] == s) return static_cast<std::int32_t>(hint);
        const auto it = std::find(known_.begin(), known_.end(), s);
        if (it == known_.end()) return -1;
        hint = static_cast<std::size_t>(it - known_.begin());
        return static_cast<std::int32_t>(hint);
    }

    P panel_;
    std::optional<Currency> currency_;
    int unit_mult_;
    Strings reporters_, categories_, flows_, statuses_;
    std::vector<ObservationStatus> known_;  // the statuses of the dictionary, in its order
    std::vector<std::string> codes_;
    std::vector<std::int32_t> starts_, ends_;
};

constexpr Reason no_answer_reasons[] = {Reason::missing, Reason::zero_base, Reason::negative_base, Reason::sign_change};

// The position of a reason other than Reason::none in the reason dictionary.
std::int32_t reason_index(Reason why) noexcept {
    std::int32_t i = 0;
    while (i < 3 && no_answer_reasons[i] != why) ++i;
    return i;
}

// The rows of a panel result: reporter × category × period, periods fastest.
template <class R>
class ResultSource final : public Source {
public:
    ResultSource(R result, const PanelKeys& keys, std::optional<Flow> flow, const ArrowExportOptions& options)
        : Source(options.batch_rows),
          result_(std::move(result)),
          currency_(options.currency),
          unit_mult_(options.unit_mult) {
        if (keys.reporter_count() != result_.reporter_count() || keys.category_count() != result_.category_count()) {
            throw InvalidArgument("export_arrow: a panel result of " + std::to_string(result_.reporter_count()) +
                                  " reporters and " + std::to_string(result_.category_count()) +
                                  " categories with keys of " + std::to_string(keys.reporter_count()) + " and " +
                                  std::to_string(keys.category_count()) + ": give the panel it was computed from");
        }
        if (flow) schema_metadata_.emplace_back("svctrade.flow", std::string(to_string(*flow)));
        set_rows(static_cast<std::int64_t>(result_.reasons().size()));
        for (std::size_t r = 0; r < keys.reporter_count(); ++r) reporters_.add(keys.reporter(r));
        for (std::size_t c = 0; c < keys.category_count(); ++c) categories_.add(keys.category(c));
        for (const Reason why : no_answer_reasons) reasons_.add(to_string(why));
        // One status dictionary for every batch, each text once, written (and refused, for a
        // code SDMX lacks) before the stream exists.
        const std::span<const ObservationStatus> statuses = result_.statuses();
        const std::span<const Reason> reasons = result_.reasons();
        std::map<std::string, std::int32_t> index;
        status_.assign(statuses.size(), -1);
        for (std::size_t i = 0; i < statuses.size(); ++i) {
            const std::optional<std::string> text =
                detail::result_status_text(statuses[i], reasons[i], StatusCodes::sdmx);
            if (!text) continue;
            const auto [it, added] = index.emplace(*text, static_cast<std::int32_t>(index.size()));
            if (added) statuses_.add(*text);
            status_[i] = it->second;
        }
        for (std::size_t p = 0; p < result_.period_count(); ++p) {
            const Period period =
                detail::result_period(result_.period_kind(), result_.first_period() + static_cast<std::int32_t>(p));
            codes_.push_back(to_sdmx_time_period(period));
            starts_.push_back(day_number(period.first()));
            ends_.push_back(day_number(period.last()));
        }
    }
    [[nodiscard]] std::size_t column_count() const override { return roll_up() ? 9 : 8; }

    void schema(ArrowSchema* out) const override {
        std::string value_format = "g";
        if constexpr (R::exact) value_format = "d:19," + std::to_string(result_.scale());
        std::vector<Field> fields = {{"reporter", "u", true, false, {}},
                                     {"category", "u", true, false, {}},
                                     {"period", "u", false, false, {}},
                                     {"period_start", "tdD", false, false, {}},
                                     {"period_end", "tdD", false, false, {}},
                                     {"value", value_format, false, true, value_metadata(currency_, unit_mult_)},
                                     {"reason", "u", true, true, {}},
                                     {"status", "u", true, true, {}}};
        if (roll_up()) fields.push_back({"months_held", "i", false, false, {}});
        record_schema(out, fields, schema_metadata_);
    }

    void columns(ArrayBuilder& batch, std::int64_t first, std::int64_t count) const override {
        const std::size_t periods = result_.period_count();
        const std::size_t categories = result_.category_count();
        const std::span<const Reason> reasons = result_.reasons();
        Bytes reporter, category, start, end, value, reason, status, months;
        Bytes validity(static_cast<std::size_t>((count + 7) / 8), 0);
        Bytes reason_validity(static_cast<std::size_t>((count + 7) / 8), 0);
        Bytes status_validity(static_cast<std::size_t>((count + 7) / 8), 0);
        Strings period;
        std::int64_t nulls = 0;
        std::int64_t status_nulls = 0;
        for (std::int64_t k = 0; k < count; ++k) {
            const auto i = static_cast<std::size_t>(first + k);
            const std::size_t p = i % periods;
            const std::size_t rc = i / periods;
            append<std::int32_t>(reporter, static_cast<std::int32_t>(rc / categories));
            append<std::int32_t>(category, static_cast<std::int32_t>(rc % categories));
            period.add(codes_[p]);
            append<std::int32_t>(start, starts_[p]);
            append<std::int32_t>(end, ends_[p]);
            const bool answered = reasons[i] == Reason::none;
            if (answered) {
                set_bit(validity, k);
                append<std::int32_t>(reason, 0);
            } else {
                set_bit(reason_validity, k);
                ++nulls;
                append<std::int32_t>(reason, reason_index(reasons[i]));
            }
            if constexpr (R::exact) {
                append_decimal(value, answered ? static_cast<i128>(result_.units()[i]) : 0);
            } else {
                append<double>(value, answered ? result_.values()[i] : 0.0);
            }
            const std::int32_t s = status_.empty() ? -1 : status_[i];
            if (s >= 0) {
                set_bit(status_validity, k);
            } else {
                ++status_nulls;
            }
            append<std::int32_t>(status, std::max(s, std::int32_t{0}));
            if (roll_up()) append<std::int32_t>(months, result_.month_counts()[i]);
        }
        dictionary_array(batch.child(0), std::move(reporter), count, reporters_);
        dictionary_array(batch.child(1), std::move(category), count, categories_);
        utf8_array(batch.child(2), period);
        fixed_array(batch.child(3), std::move(start), count, {}, 0);
        fixed_array(batch.child(4), std::move(end), count, {}, 0);
        fixed_array(batch.child(5), std::move(value), count, std::move(validity), nulls);
        // The reason is null exactly where the value is not.
        dictionary_array(batch.child(6), std::move(reason), count, reasons_, std::move(reason_validity), count - nulls);
        dictionary_array(batch.child(7), std::move(status), count, statuses_, std::move(status_validity), status_nulls);
        if (roll_up()) fixed_array(batch.child(8), std::move(months), count, {}, 0);
    }

private:
    [[nodiscard]] bool roll_up() const noexcept { return !result_.month_counts().empty(); }

    R result_;
    std::optional<Currency> currency_;
    int unit_mult_;
    std::vector<std::pair<std::string, std::string>> schema_metadata_;
    Strings reporters_, categories_, reasons_, statuses_;
    std::vector<std::int32_t> status_;  // per cell: the dictionary index, or -1 for null
    std::vector<std::string> codes_;
    std::vector<std::int32_t> starts_, ends_;
};

// A value at `scale` as the integer of its digits: 12.5 at scale 2 is 1250.
i128 scaled_integer(const Decimal& d, int scale) {
    const std::string text = d.with_scale(scale).to_string();
    u128 magnitude = 0;
    int digits = 0;
    for (char ch : text) {
        if (ch < '0' || ch > '9') continue;
        if (digits > 0 || ch != '0') ++digits;
        magnitude = magnitude * 10 + static_cast<unsigned>(ch - '0');
    }
    if (digits > 38) {
        throw Overflow("export_arrow: " + text + " has more than the 38 digits of an Arrow decimal128");
    }
    const i128 v = static_cast<i128>(magnitude);
    return text.front() == '-' ? -v : v;
}

// The rows of a series: its observations and its periods recorded as missing, in order.
class SeriesSource final : public Source {
public:
    SeriesSource(const TimeSeries& series, ArrowValueType type, const ArrowExportOptions& options)
        : Source(options.batch_rows), type_(type), currency_(series.currency()), unit_mult_(options.unit_mult) {
        if (series.category()) schema_metadata_.emplace_back("svctrade.category", series.category()->code());
        if (series.flow()) schema_metadata_.emplace_back("svctrade.flow", std::string(to_string(*series.flow())));
        std::map<Period, std::optional<Decimal>> rows;
        for (const auto& [period, money] : series.observations()) rows.emplace(period, money.amount());
        for (const auto& [period, status] : series.statuses()) rows.emplace(period, std::nullopt);
        for (const auto& [period, value] : rows) {
            if (value) scale_ = std::max(scale_, value->scale());
        }
        std::map<std::string, std::int32_t> status_index;
        for (const auto& [period, value] : rows) {
            codes_.push_back(to_sdmx(period));
            starts_.push_back(day_number(period.first()));
            ends_.push_back(day_number(period.last()));
            valid_.push_back(value.has_value());
            doubles_.push_back(value ? value->to_double() : 0.0);
            decimals_.push_back(value && type_ == ArrowValueType::decimal128 ? scaled_integer(*value, scale_) : 0);
            // As for a panel: null where the value says it all (a plain normal value, a period
            // missing as not provided with no flag).
            const ObservationStatus s = series.status(period);
            if (s == ObservationStatus() || s == ObservationStatus::missing(Missing::not_provided)) {
                status_.push_back(-1);
                continue;
            }
            const std::string text = write_status(s, StatusCodes::sdmx);
            const auto [it, added] = status_index.emplace(text, static_cast<std::int32_t>(status_index.size()));
            if (added) statuses_.add(text);
            status_.push_back(it->second);
        }
        set_rows(static_cast<std::int64_t>(codes_.size()));
    }
    [[nodiscard]] std::size_t column_count() const override { return 5; }

    void schema(ArrowSchema* out) const override {
        const std::string value_format =
            type_ == ArrowValueType::decimal128 ? "d:38," + std::to_string(scale_) : std::string("g");
        record_schema(out,
                      {{"period", "u", false, false, {}},
                       {"period_start", "tdD", false, false, {}},
                       {"period_end", "tdD", false, false, {}},
                       {"value", value_format, false, true, value_metadata(currency_, unit_mult_)},
                       {"status", "u", true, true, {}}},
                      schema_metadata_);
    }

    void columns(ArrayBuilder& batch, std::int64_t first, std::int64_t count) const override {
        Bytes start, end, value, status;
        Bytes validity(static_cast<std::size_t>((count + 7) / 8), 0);
        Bytes status_validity(static_cast<std::size_t>((count + 7) / 8), 0);
        Strings period;
        std::int64_t nulls = 0;
        std::int64_t status_nulls = 0;
        for (std::int64_t k = 0; k < count; ++k) {
            const auto i = static_cast<std::size_t>(first + k);
            period.add(codes_[i]);
            append<std::int32_t>(start, starts_[i]);
            append<std::int32_t>(end, ends_[i]);
            if (valid_[i]) {
                set_bit(validity, k);
            } else {
                ++nulls;
            }
            if (type_ == ArrowValueType::decimal128) {
                append_decimal(value, decimals_[i]);
            } else {
                append<double>(value, doubles_[i]);
            }
            if (status_[i] >= 0) {
                set_bit(status_validity, k);
            } else {
                ++status_nulls;
            }
            append<std::int32_t>(status, std::max(status_[i], std::int32_t{0}));
        }
        utf8_array(batch.child(0), period);
        fixed_array(batch.child(1), std::move(start), count, {}, 0);
        fixed_array(batch.child(2), std::move(end), count, {}, 0);
        fixed_array(batch.child(3), std::move(value), count, std::move(validity), nulls);
        dictionary_array(batch.child(4), std::move(status), count, statuses_, std::move(status_validity), status_nulls);
    }

private:
    ArrowValueType type_;
    Currency currency_;
    int unit_mult_;
    int scale_ = 0;
    std::vector<std::pair<std::string, std::string>> schema_metadata_;
    std::vector<std::string> codes_;
    std::vector<std::int32_t> starts_, ends_;
    std::vector<bool> valid_;
    std::vector<double> doubles_;
    std::vector<i128> decimals_;
    std::vector<std::int32_t> status_;
    Strings statuses_;
};

}  // namespace

void export_arrow(Panel panel, ArrowArrayStream* out, const ArrowExportOptions& options) {
    check_options(out, options);
    open_stream(out, std::make_unique<PanelSource<Panel>>(std::move(panel), options));
}

void export_arrow(ExactPanel panel, ArrowArrayStream* out, const ArrowExportOptions& options) {
    check_options(out, options);
    open_stream(out, std::make_unique<PanelSource<ExactPanel>>(std::move(panel), options));
}

void export_arrow(PanelResult result, const PanelKeys& keys, std::optional<Flow> flow, ArrowArrayStream* out,
                  const ArrowExportOptions& options) {
    check_options(out, options);
    open_stream(out, std::make_unique<ResultSource<PanelResult>>(std::move(result), keys, flow, options));
}

void export_arrow(ExactPanelResult result, const PanelKeys& keys, std::optional<Flow> flow, ArrowArrayStream* out,
                  const ArrowExportOptions& options) {
    check_options(out, options);
    open_stream(out, std::make_unique<ResultSource<ExactPanelResult>>(std::move(result), keys, flow, options));
}

void export_arrow(const TimeSeries& series, ArrowArrayStream* out, ArrowValueType values,
                  const ArrowExportOptions& options) {
    check_options(out, options);
    if (values != ArrowValueType::float64 && values != ArrowValueType::decimal128) {
        throw InvalidArgument("export_arrow: the value type is neither float64 nor decimal128");
    }
    open_stream(out, std::make_unique<SeriesSource>(series, values, options));
}

}  // namespace svctrade
