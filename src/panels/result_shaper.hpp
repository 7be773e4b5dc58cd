// SPDX-License-Identifier: BSL-1.0
// The only way the panel operations give a result (PanelResult or ExactPanelResult) its shape.
// Private to the library.
#pragma once

#include <svctrade/panels/exact_ops.hpp>
#include <svctrade/panels/ops.hpp>

#include <cstddef>
#include <cstdint>

namespace svctrade::detail {

// Keeps the storage (so a result filled again with the same size allocates nothing) and leaves
// the cells unwritten: every kernel writes every cell of its result.
struct PanelResultShaper {
    static void reshape(PanelResult& r, std::size_t reporters, std::size_t categories, Frequency frequency,
                        std::int32_t first, std::size_t periods, bool cumulative, bool month_counts) {
        reshape_columns(r, r.values_, reporters, categories, frequency, first, periods, cumulative, month_counts);
    }

    static void reshape(ExactPanelResult& r, std::size_t reporters, std::size_t categories, Frequency frequency,
                        std::int32_t first, std::size_t periods, bool cumulative, bool month_counts, int scale) {
        reshape_columns(r, r.units_, reporters, categories, frequency, first, periods, cumulative, month_counts);
        r.scale_ = scale;
    }

private:
    // The two result types share these members' names; only the value column differs.
    template <class Result, class Values>
    static void reshape_columns(Result& r, Values& values, std::size_t reporters, std::size_t categories,
                                Frequency frequency, std::int32_t first, std::size_t periods, bool cumulative,
                                bool month_counts) {
        const std::size_t n = reporters * categories * periods;
        values.resize(n);
        r.reasons_.resize(n);
        if (month_counts) {
            r.months_.resize(n);
        } else {
            r.months_.clear();
        }
        r.reporters_ = reporters;
        r.categories_ = categories;
        r.periods_ = periods;
        r.first_ = first;
        r.frequency_ = frequency;
        r.cumulative_ = cumulative;
    }
};

}  // namespace svctrade::detail
