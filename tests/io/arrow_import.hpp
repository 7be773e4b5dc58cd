// SPDX-License-Identifier: BSL-1.0
// A small consumer of the Arrow C stream interface, written for the tests from the specification
// alone and sharing no code with the export: it decodes the types the export uses (utf8,
// dictionary<int32, utf8>, date32, float64, decimal128) into plain values, checking what a
// consumer would rely on (buffer counts, offsets, validity, the end of the stream).
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <svctrade/io/arrow_c_abi.hpp>

namespace arrow_import {

__extension__ using i128 = __int128;
__extension__ using u128 = unsigned __int128;

struct Column {
    std::string name;
    std::string format;  // as the schema gives it; a dictionary column reads "dict<" + value format + ">"
    bool nullable = false;
    std::map<std::string, std::string> metadata;
    std::vector<std::optional<std::string>> values;  // every value as text; decimals as "-12.30", dates as day numbers
};

struct Table {
    std::map<std::string, std::string> metadata;
    std::vector<Column> columns;
    std::size_t batches = 0;
    std::int64_t rows = 0;
    const Column& operator[](const std::string& name) const {
        for (const Column& c : columns) {
            if (c.name == name) return c;
        }
        throw std::runtime_error("no column " + name);
    }
};

inline void require(bool ok, const std::string& what) {
    if (!ok) throw std::runtime_error("arrow import: " + what);
}

inline std::int32_t read32(const char* p) {
    std::int32_t n = 0;
    std::memcpy(&n, p, 4);
    return n;
}

inline std::map<std::string, std::string> metadata(const char* p) {
    std::map<std::string, std::string> m;
    if (p == nullptr) return m;
    const std::int32_t count = read32(p);
    p += 4;
    for (std::int32_t i = 0; i < count; ++i) {
        const std::int32_t kl = read32(p);
        std::string key(p + 4, static_cast<std::size_t>(kl));
        p += 4 + kl;
        const std::int32_t vl = read32(p);
        std::string value(p + 4, static_cast<std::size_t>(vl));
        p += 4 + vl;
        m.emplace(std::move(key), std::move(value));
    }
    return m;
}

inline bool is_valid(const ArrowArray& a, std::int64_t i) {
    const auto* bitmap = static_cast<const std::uint8_t*>(a.buffers[0]);
    if (bitmap == nullptr) {
        require(a.null_count == 0, "no validity bitmap but nulls counted");
        return true;
    }
    const std::int64_t j = a.offset + i;
    return ((bitmap[j / 8] >> (j % 8)) & 1) != 0;
}

inline std::string utf8_at(const ArrowArray& a, std::int64_t i) {
    require(a.n_buffers == 3, "utf8 has 3 buffers");
    const auto* offsets = static_cast<const std::int32_t*>(a.buffers[1]);
    const auto* data = static_cast<const char*>(a.buffers[2]);
    require(offsets != nullptr && data != nullptr, "utf8 buffers present");
    const std::int32_t b = offsets[a.offset + i];
    const std::int32_t e = offsets[a.offset + i + 1];
    require(0 <= b && b <= e, "utf8 offsets ascend");
    return std::string(data + b, static_cast<std::size_t>(e - b));
}

inline std::string decimal_text(i128 v, int scale) {
    const bool negative = v < 0;
    u128 m = negative ? static_cast<u128>(-(v + 1)) + 1 : static_cast<u128>(v);
    std::string digits;
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(m % 10)));
        m /= 10;
    } while (m != 0);
    while (static_cast<int>(digits.size()) <= scale) digits.insert(digits.begin(), '0');
    if (scale > 0) digits.insert(digits.end() - scale, '.');
    return negative ? "-" + digits : digits;
}

// The value of row i of a column of format `format` (not a dictionary) as text.
inline std::optional<std::string> value_at(const ArrowArray& a, const std::string& format, std::int64_t i) {
    if (!is_valid(a, i)) return std::nullopt;
    if (format == "u") return utf8_at(a, i);
    require(a.n_buffers == 2, format + " has 2 buffers");
    if (format == "tdD" || format == "i") {
        return std::to_string(static_cast<const std::int32_t*>(a.buffers[1])[a.offset + i]);
    }
    if (format == "g") {
        double d = 0;
        std::memcpy(&d, static_cast<const char*>(a.buffers[1]) + 8 * (a.offset + i), 8);
        char text[40];
        std::snprintf(text, sizeof text, "%.17g", d);
        return std::string(text);
    }
    if (format.rfind("d:", 0) == 0) {
        const int scale = std::stoi(format.substr(format.find(',') + 1));
        std::uint64_t lo = 0, hi = 0;
        const char* p = static_cast<const char*>(a.buffers[1]) + 16 * (a.offset + i);
        std::memcpy(&lo, p, 8);
        std::memcpy(&hi, p + 8, 8);
        return decimal_text(static_cast<i128>((static_cast<u128>(hi) << 64) | lo), scale);
    }
    throw std::runtime_error("arrow import: format " + format + " not read by the tests");
}

inline void read_column(const ArrowSchema& s, const ArrowArray& a, Column& out) {
    if (s.dictionary != nullptr) {
        require(std::string(s.format) == "i", "dictionary indices are int32");
        require(a.dictionary != nullptr, "a dictionary column's array has its dictionary");
        const std::string value_format = s.dictionary->format;
        for (std::int64_t i = 0; i < a.length; ++i) {
            if (!is_valid(a, i)) {
                out.values.emplace_back();
                continue;
            }
            const std::int32_t k = static_cast<const std::int32_t*>(a.buffers[1])[a.offset + i];
            require(0 <= k && k < a.dictionary->length, "dictionary index in range");
            out.values.push_back(value_at(*a.dictionary, value_format, k));
        }
        return;
    }
    for (std::int64_t i = 0; i < a.length; ++i) out.values.push_back(value_at(a, s.format, i));
}

// Reads the whole stream and releases every schema, array and the stream itself.
inline Table read_all(ArrowArrayStream* stream) {
    Table t;
    ArrowSchema schema{};
    require(stream->get_schema(stream, &schema) == 0, "get_schema succeeds");
    require(std::string(schema.format) == "+s", "the schema is a struct");
    t.metadata = metadata(schema.metadata);
    for (std::int64_t c = 0; c < schema.n_children; ++c) {
        const ArrowSchema& f = *schema.children[c];
        Column col;
        col.name = f.name;
        col.format = f.dictionary != nullptr ? "dict<" + std::string(f.dictionary->format) + ">" : f.format;
        col.nullable = (f.flags & ARROW_FLAG_NULLABLE) != 0;
        col.metadata = metadata(f.metadata);
        t.columns.push_back(std::move(col));
    }
    for (;;) {
        ArrowArray batch{};
        require(stream->get_next(stream, &batch) == 0, "get_next succeeds");
        if (batch.release == nullptr) break;
        require(batch.n_children == schema.n_children, "a batch has a child per field");
        require(batch.null_count == 0, "a record batch has no null rows");
        for (std::int64_t c = 0; c < batch.n_children; ++c) {
            require(batch.children[c]->length == batch.length, "every column has the batch's length");
            read_column(*schema.children[c], *batch.children[c], t.columns[static_cast<std::size_t>(c)]);
        }
        t.rows += batch.length;
        ++t.batches;
        batch.release(&batch);
        require(batch.release == nullptr, "release marks the array released");
    }
    schema.release(&schema);
    require(schema.release == nullptr, "release marks the schema released");
    stream->release(stream);
    require(stream->release == nullptr, "release marks the stream released");
    return t;
}

}  // namespace arrow_import
