// SPDX-License-Identifier: BSL-1.0
#include "io/tidy_text.hpp"

#include <algorithm>
#include <charconv>
#include <utility>

#include <svctrade/error.hpp>
#include <svctrade/status/status_codes.hpp>
#include <svctrade/text/csv_writer.hpp>

#include "io/status_text.hpp"

namespace svctrade::detail {

std::string encoded(std::string_view text, char separator) {
    std::string out;
    append_csv_field(out, text, separator);
    return out;
}

std::string_view double_text(double x, NumberBuffer& buffer) {
    const std::to_chars_result r =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), x, std::chars_format::fixed);
    return {buffer.data(), static_cast<std::size_t>(r.ptr - buffer.data())};
}

std::string_view units_text(std::int64_t units, int scale, NumberBuffer& buffer) {
    char digits[24];
    const bool negative = units < 0;
    // Negated as unsigned: INT64_MIN too.
    const std::uint64_t magnitude =
        negative ? std::uint64_t{0} - static_cast<std::uint64_t>(units) : static_cast<std::uint64_t>(units);
    const std::to_chars_result r = std::to_chars(digits, digits + sizeof digits, magnitude);
    const auto n = static_cast<std::size_t>(r.ptr - digits);
    char* out = buffer.data();
    if (negative) *out++ = '-';
    const auto s = static_cast<std::size_t>(scale);
    if (n <= s) {  // 0.0034
        *out++ = '0';
        *out++ = '.';
        for (std::size_t i = n; i < s; ++i) *out++ = '0';
        for (std::size_t i = 0; i < n; ++i) *out++ = digits[i];
    } else {
        for (std::size_t i = 0; i < n - s; ++i) *out++ = digits[i];
        if (s > 0) {
            *out++ = '.';
            for (std::size_t i = n - s; i < n; ++i) *out++ = digits[i];
        }
    }
    return {buffer.data(), static_cast<std::size_t>(out - buffer.data())};
}

StatusTexts::StatusTexts(const TidyLayout& layout, std::string what, std::initializer_list<ObservationStatus> implied)
    : layout_(&layout), what_(std::move(what)) {
    for (const ObservationStatus& s : implied) {
        statuses_.push_back(s);
        texts_.emplace_back();
        raw_.emplace_back();
    }
}

std::size_t StatusTexts::index(const ObservationStatus& status) const {
    if (last_ < statuses_.size() && statuses_[last_] == status) return last_;
    const auto it = std::find(statuses_.begin(), statuses_.end(), status);
    if (it == statuses_.end()) throw Error("svctrade: a status was written without being added first");
    last_ = static_cast<std::size_t>(it - statuses_.begin());
    return last_;
}

bool StatusTexts::has(const ObservationStatus& status) const {
    return std::find(statuses_.begin(), statuses_.end(), status) != statuses_.end();
}

void StatusTexts::add(const ObservationStatus& status) {
    if (has(status)) return;
    if (layout_->columns.status.empty()) {
        throw InvalidArgument("cannot write the status \"" + status.to_string() + "\" of " + what_ +
                              " in a layout without a status column");
    }
    std::string text;
    try {
        text = write_status_text(status, *layout_);
    } catch (const InvalidArgument& e) {
        throw InvalidArgument("cannot write the status \"" + status.to_string() + "\" of " + what_ + ": " + e.what());
    }
    statuses_.push_back(status);
    texts_.push_back(encoded(text, layout_->dialect.separator));
    raw_.push_back(std::move(text));
}

std::string_view StatusTexts::of(const ObservationStatus& status) const {
    return texts_[index(status)];
}

std::string_view StatusTexts::raw_of(const ObservationStatus& status) const {
    return raw_[index(status)];
}

ObservationStatus implied_status(Reason reason) noexcept {
    return reason == Reason::missing ? ObservationStatus::missing(Missing::not_provided) : ObservationStatus();
}

bool marked_status(const ObservationStatus& status, Reason reason) noexcept {
    return reason != Reason::missing && status.missing() == Missing::not_provided;
}

std::optional<std::string> result_status_text(const ObservationStatus& status, Reason reason, StatusCodes codes) {
    if (status == implied_status(reason)) return std::nullopt;
    if (marked_status(status, reason)) {
        return std::string(1, not_provided_marker) + write_status(status.with(Missing::none), codes);
    }
    return write_status(status, codes);
}

}  // namespace svctrade::detail
