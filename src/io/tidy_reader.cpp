// SPDX-License-Identifier: BSL-1.0
#include <svctrade/io/tidy_reader.hpp>

#include <string>
#include <utility>

#include <svctrade/error.hpp>

#include "io/tidy_decoder.hpp"

namespace svctrade {

namespace {

void check_names(const TidyColumns& c) {
    const std::string* names[] = {&c.reporter, &c.partner,   &c.item,   &c.flow,   &c.period,     &c.value,
                                  &c.currency, &c.magnitude, &c.status, &c.reason, &c.months_held};
    for (std::size_t i = 0; i < std::size(names); ++i) {
        for (std::size_t j = i + 1; j < std::size(names); ++j) {
            if (!names[i]->empty() && *names[i] == *names[j]) {
                throw InvalidArgument("a tidy layout names column \"" + *names[i] + "\" for two things");
            }
        }
    }
}

// Status markers must read back as written: each a word, each word and each status once.
void check_markers(const TidyLayout& layout) {
    const TidyColumns& c = layout.columns;
    const std::vector<StatusMarker>& markers = layout.status_markers;
    if (!markers.empty() && c.status.empty()) {
        throw InvalidArgument("a tidy layout has status markers (\"" + markers.front().text +
                              "\"…) but no status column to find them in");
    }
    for (std::size_t i = 0; i < markers.size(); ++i) {
        if (markers[i].text.empty()) {
            throw InvalidArgument("a tidy layout's status marker for \"" + markers[i].status.to_string() +
                                  "\" is empty: an empty status cell is always a plain value");
        }
        for (std::size_t j = i + 1; j < markers.size(); ++j) {
            if (markers[i].text == markers[j].text) {
                throw InvalidArgument("a tidy layout gives the status marker \"" + markers[i].text + "\" twice");
            }
            if (markers[i].status == markers[j].status) {
                throw InvalidArgument("a tidy layout gives two status markers, \"" + markers[i].text + "\" and \"" +
                                      markers[j].text + "\", for \"" + markers[i].status.to_string() + "\"");
            }
        }
    }
}

}  // namespace

void check_layout(const TidyLayout& layout) {
    const TidyColumns& c = layout.columns;
    if (c.period.empty()) throw InvalidArgument("a tidy layout needs a period column");
    if (c.value.empty()) throw InvalidArgument("a tidy layout needs a value column");
    if (c.currency.empty() == !layout.currency.has_value()) {
        throw InvalidArgument(c.currency.empty()
                                  ? "a tidy layout needs the currency: a column, or stated (it is never guessed)"
                                  : "a tidy layout states a currency and names a currency column: say one of them");
    }
    if (c.magnitude.empty() == !layout.magnitude.has_value()) {
        throw InvalidArgument(
            c.magnitude.empty()
                ? "a tidy layout needs the magnitude: a column, or stated (0 for units; it is never guessed)"
                : "a tidy layout states a magnitude and names a magnitude column: say one of them");
    }
    if (layout.magnitude && (*layout.magnitude < -30 || *layout.magnitude > 30)) {
        throw InvalidArgument("a tidy layout's magnitude " + std::to_string(*layout.magnitude) +
                              " is outside -30 to 30");
    }
    check_names(c);
    check_markers(layout);
}

namespace detail {

void refuse_result_columns(const TidyLayout& layout) {
    const TidyColumns& c = layout.columns;
    if (!c.reason.empty() || !c.months_held.empty()) {
        throw InvalidArgument("a tidy layout of observations has no column \"" +
                              (c.reason.empty() ? c.months_held : c.reason) +
                              "\": reason and months_held are columns of panel results (write_tidy_result())");
    }
}

void check_result_layout(const TidyLayout& layout) {
    const TidyColumns& c = layout.columns;
    if (c.period.empty()) throw InvalidArgument("a tidy layout of panel results needs a period column");
    if (c.value.empty()) throw InvalidArgument("a tidy layout of panel results needs a value column");
    if (c.reason.empty()) {
        throw InvalidArgument(
            "a tidy layout of panel results needs a reason column: a cell without an answer says why");
    }
    if (c.reporter.empty() || c.item.empty()) {
        throw InvalidArgument("a tidy layout of panel results needs reporter and item columns: they are its keys");
    }
    if (!c.partner.empty()) throw InvalidArgument("a panel result has no partner axis: declare no partner column");
    if (!c.currency.empty() || layout.currency || !c.magnitude.empty() || layout.magnitude) {
        throw InvalidArgument(
            "a panel result's values are fractions (growth, shares) or sums in its panel's unit, which the "
            "result does not hold: a layout of panel results declares no currency or magnitude, as a column or "
            "stated");
    }
    check_names(c);
    check_markers(layout);
}

}  // namespace detail

TidyReader::TidyReader(std::istream& in, std::string source, TidyLayout layout, OnBadRow on_bad_row)
    : decoder_(std::make_unique<detail::TidyDecoder>(in, std::move(source), std::move(layout))),
      on_bad_row_(on_bad_row) {}

TidyReader::TidyReader(std::string_view text, std::string source, TidyLayout layout, OnBadRow on_bad_row)
    : decoder_(std::make_unique<detail::TidyDecoder>(text, std::move(source), std::move(layout))),
      on_bad_row_(on_bad_row) {}

TidyReader::~TidyReader() = default;

const TidyLayout& TidyReader::layout() const noexcept {
    return decoder_->layout();
}

const std::string& TidyReader::source() const noexcept {
    return decoder_->source();
}

const TidyObservation* TidyReader::next() {
    detail::TidyDecoder& d = *decoder_;
    for (;;) {
        const CsvRow* row = d.next_record();  // CSV defects stop the reader whatever on_bad_row_ says
        if (row == nullptr) return nullptr;
        try {
            d.check_fields(*row);
            const std::string_view reporter = d.reporter(*row);
            const std::string_view partner = d.partner(*row);
            const std::optional<Category> item = d.item(*row);
            const std::optional<Flow> flow = d.flow(*row);
            const Period period = d.period(*row);
            const std::optional<Decimal> value = d.value(*row);
            const Currency currency = d.currency(*row);
            const int magnitude = d.magnitude(*row);
            const ObservationStatus status = d.status(*row, value.has_value());
            row_.emplace(TidyObservation{reporter, partner, item, flow, period, value, currency, magnitude, status,
                                         row->line()});
            return &*row_;
        } catch (const CsvError& e) {
            if (on_bad_row_ == OnBadRow::stop) throw;
            errors_.push_back(e);
        }
    }
}

}  // namespace svctrade
