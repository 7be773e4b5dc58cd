// SPDX-License-Identifier: BSL-1.0
/// \file
/// The Arrow C data interface and C stream interface: the three structs through which Arrow
/// libraries (pyarrow, Polars, DuckDB, arrow-rs, nanoarrow…) hand columnar data to each other
/// without a dependency, laid out as the Arrow specification fixes them
/// (https://arrow.apache.org/docs/format/CDataInterface.html and CStreamInterface.html).
///
/// The specification asks every producer to declare them under the include guards
/// ARROW_C_DATA_INTERFACE and ARROW_C_STREAM_INTERFACE, so that a program including both this
/// header and another library's copy sees them once. Do not change a field: the layout is the ABI.
#pragma once

#include <stdint.h>  // NOLINT: the ABI is C, spelled with C's fixed-width types

#ifdef __cplusplus
extern "C" {
#endif

#ifndef ARROW_C_DATA_INTERFACE
/// Defined by whichever header declares the C data interface first.
#define ARROW_C_DATA_INTERFACE

/// ArrowSchema::flags: the dictionary's values are ordered.
#define ARROW_FLAG_DICTIONARY_ORDERED 1
/// ArrowSchema::flags: the field may hold nulls.
#define ARROW_FLAG_NULLABLE 2
/// ArrowSchema::flags: the keys of each map value are sorted.
#define ARROW_FLAG_MAP_KEYS_SORTED 4

/// The type of a column (or of a whole record batch, as a struct of columns), with its name and
/// metadata; a tree of them for nested types.
struct ArrowSchema {
    /// The type as a format string ("g" float64, "u" utf8, "tdD" date32, "d:38,2" decimal128,
    /// "+s" struct; for a dictionary column the type of its indices, "i" int32).
    const char* format;
    /// The field's name (UTF-8), or null.
    const char* name;
    /// Key-value metadata in the specification's binary form (int32 count, then for each pair
    /// int32 length and bytes of the key and of the value), or null.
    const char* metadata;
    /// ARROW_FLAG_DICTIONARY_ORDERED, ARROW_FLAG_NULLABLE, ARROW_FLAG_MAP_KEYS_SORTED.
    int64_t flags;
    /// The number of children.
    int64_t n_children;
    /// The children (the struct's fields), n_children pointers.
    struct ArrowSchema** children;
    /// For a dictionary-encoded column, the type of the dictionary's values; else null.
    struct ArrowSchema* dictionary;
    /// Frees what the producer allocated, then sets itself to null; null once released.
    void (*release)(struct ArrowSchema*);
    /// The producer's own data, for release.
    void* private_data;
};

/// The data of a column (or of a record batch, as a struct of columns): its buffers, its
/// children and, for a dictionary-encoded column, the dictionary's values.
struct ArrowArray {
    /// The number of values (rows).
    int64_t length;
    /// The number of nulls, or -1 when not computed.
    int64_t null_count;
    /// The logical offset of the first value in the buffers.
    int64_t offset;
    /// The number of buffers (the type fixes it: 2 for float64, 3 for utf8, 1 for a struct).
    int64_t n_buffers;
    /// The number of children.
    int64_t n_children;
    /// The buffers, n_buffers pointers; the validity bitmap (buffer 0) may be null when null_count is 0.
    const void** buffers;
    /// The children, n_children pointers.
    struct ArrowArray** children;
    /// For a dictionary-encoded column, the dictionary's values; else null.
    struct ArrowArray* dictionary;
    /// Frees what the producer allocated, then sets itself to null; null once released.
    void (*release)(struct ArrowArray*);
    /// The producer's own data, for release.
    void* private_data;
};

#endif  // ARROW_C_DATA_INTERFACE

#ifndef ARROW_C_STREAM_INTERFACE
/// Defined by whichever header declares the C stream interface first.
#define ARROW_C_STREAM_INTERFACE

/// A stream of record batches of one schema, pulled by the consumer one at a time.
struct ArrowArrayStream {
    /// Writes the stream's schema to `out`. \returns 0, or an errno-style code on error.
    int (*get_schema)(struct ArrowArrayStream*, struct ArrowSchema* out);
    /// Writes the next record batch to `out`, or a released array (out->release null) at the end.
    /// \returns 0, or an errno-style code on error.
    int (*get_next)(struct ArrowArrayStream*, struct ArrowArray* out);
    /// \returns a description of the last error (valid until the next call), or null.
    const char* (*get_last_error)(struct ArrowArrayStream*);
    /// Frees the stream, then sets itself to null; null once released.
    void (*release)(struct ArrowArrayStream*);
    /// The producer's own data.
    void* private_data;
};

#endif  // ARROW_C_STREAM_INTERFACE

#ifdef __cplusplus
}
#endif
