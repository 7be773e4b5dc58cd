// SPDX-License-Identifier: BSL-1.0
#include "io/tidy_decoder.hpp"

#include <charconv>
#include <cstdint>
#include <istream>
#include <limits>
#include <utility>

#include <svctrade/categories/classification.hpp>
#include <svctrade/error.hpp>
#include <svctrade/periods/text.hpp>
#include <svctrade/status/status_codes.hpp>

#include "io/status_text.hpp"
#include "io/tidy_fast.hpp"

namespace svctrade::detail {

namespace {

std::string_view trimmed(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

const Classification& builtin_names() {
    static const Classification names;
    return names;
}

// [+|-] digits [. digits]: Decimal::parse's grammar without grouping, within its limits.
bool plain_number(std::string_view s) noexcept {
    std::size_t i = 0;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) ++i;
    const std::size_t first = i;
    while (i < s.size() && is_ascii_digit(s[i])) ++i;
    const std::size_t integer_digits = i - first;
    if (integer_digits == 0) return false;
    std::size_t fraction_digits = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        const std::size_t f = i;
        while (i < s.size() && is_ascii_digit(s[i])) ++i;
        fraction_digits = i - f;
        if (fraction_digits == 0) return false;
    }
    return i == s.size() && fraction_digits <= 30 && integer_digits + fraction_digits <= 38;
}

void check(const TidyLayout& layout, TidyRows rows) {
    if (rows == TidyRows::results) {
        check_result_layout(layout);
    } else {
        check_layout(layout);
        refuse_result_columns(layout);
    }
}

}  // namespace

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

TidyDecoder::TidyDecoder(std::istream& in, std::string source, TidyLayout layout, TidyRows rows)
    : layout_(std::move(layout)), csv_((check(layout_, rows), in), std::move(source), layout_.dialect) {
    read_header();
}

TidyDecoder::TidyDecoder(std::string_view text, std::string source, TidyLayout layout, TidyRows rows)
    : layout_(std::move(layout)), csv_((check(layout_, rows), text), std::move(source), layout_.dialect) {
    read_header();
}

TidyDecoder::TidyDecoder(std::string_view part, const TidyDecoder& header, std::size_t first_line)
    : reporter_column(header.reporter_column),
      partner_column(header.partner_column),
      item_column(header.item_column),
      flow_column(header.flow_column),
      period_column(header.period_column),
      value_column(header.value_column),
      currency_column(header.currency_column),
      magnitude_column(header.magnitude_column),
      status_column(header.status_column),
      reason_column(header.reason_column),
      months_held_column(header.months_held_column),
      layout_(header.layout_),
      csv_(part, header.source(), layout_.dialect, first_line),
      field_count_(header.field_count_),
      header_(header.header_),
      names_(header.names_) {}

void TidyDecoder::read_header() {
    names_ = layout_.names != nullptr ? layout_.names : &builtin_names();
    const CsvRow* row = csv_.next();
    if (row == nullptr) {
        throw CsvError(csv_.source(), 1, 1, "", "a tidy CSV file needs a header row: the file is empty");
    }
    field_count_ = row->size();
    header_.reserve(field_count_);
    for (std::size_t i = 0; i < row->size(); ++i) header_.emplace_back(trimmed((*row)[i]));
    const TidyColumns& c = layout_.columns;
    const std::pair<const std::string*, std::size_t*> wanted[] = {
        {&c.reporter, &reporter_column}, {&c.partner, &partner_column},         {&c.item, &item_column},
        {&c.flow, &flow_column},         {&c.period, &period_column},           {&c.value, &value_column},
        {&c.currency, &currency_column}, {&c.magnitude, &magnitude_column},     {&c.status, &status_column},
        {&c.reason, &reason_column},     {&c.months_held, &months_held_column},
    };
    for (const auto& [name, index] : wanted) {
        if (name->empty()) continue;
        for (std::size_t i = 0; i < header_.size(); ++i) {
            if (header_[i] != *name) continue;
            if (*index != no_column) {
                throw row->error(i, "the header names column \"" + *name + "\" twice: which one holds the data?");
            }
            *index = i;
        }
        if (*index == no_column) {
            std::string have;
            for (const std::string& h : header_) have += (have.empty() ? "\"" : ", \"") + h + "\"";
            throw row->error(
                0, "the header has no column \"" + *name + "\", which the layout declares (it has " + have + ")");
        }
    }
}

const CsvRow* TidyDecoder::next_record() {
    return csv_.next();
}

void TidyDecoder::check_fields(const CsvRow& row) const {
    if (row.size() != field_count_) {
        const std::string reason = "a record of " + std::to_string(row.size()) + " field" +
                                   (row.size() == 1 ? "" : "s") + " under a header of " + std::to_string(field_count_);
        if (row.size() > field_count_) throw row.error(field_count_, reason + ": this field is extra");
        throw row.error_at_end(reason + ": fields are missing after this one");
    }
}

const std::string& TidyDecoder::name_of(std::size_t column) const {
    return header_[column];
}

CsvError TidyDecoder::error(const CsvRow& row, std::size_t column, std::string_view reason) const {
    return row.error(column, "column \"" + name_of(column) + "\": " + std::string(reason));
}

std::string_view TidyDecoder::required(const CsvRow& row, std::size_t column) const {
    const std::string_view text = row[column];
    if (text.empty()) throw error(row, column, "empty, and a key cannot be");
    return text;
}

std::string_view TidyDecoder::reporter(const CsvRow& row) const {
    return reporter_column == no_column ? std::string_view() : required(row, reporter_column);
}

std::string_view TidyDecoder::partner(const CsvRow& row) const {
    return partner_column == no_column ? std::string_view() : required(row, partner_column);
}

std::optional<Category> TidyDecoder::item(const CsvRow& row) {
    if (item_column == no_column) return std::nullopt;
    const std::string_view text = required(row, item_column);
    if (last_item_ && text == last_item_text_) return last_item_;
    std::optional<Category> found;
    if (layout_.item_form == ItemForm::code) {
        found = Category::find(text);
        if (!found) {
            try {
                (void)Category::from_code(text);
            } catch (const UnknownCode& e) {
                throw error(row, item_column, e.what());
            }
        }
    } else {
        const std::optional<NameMatch> match = names_->find(text);
        if (!match) {
            try {
                (void)names_->resolve(text);
            } catch (const Error& e) {
                throw error(row, item_column, e.what());
            }
            throw error(row, item_column, "not a name of an EBOPS 2010 category");
        }
        if (!match->target.is_category()) {
            throw error(row, item_column,
                        "names " + match->target.to_string() + ", not one EBOPS 2010 category: a row holds one item");
        }
        if (match->relation == AliasRelation::part_of) {
            throw error(row, item_column,
                        "names a part of " + match->target.to_string() +
                            ", not all of it: reading it as the whole category would overstate it");
        }
        found = match->target.category();
    }
    last_item_text_.assign(text);
    last_item_ = found;
    return found;
}

std::optional<Flow> TidyDecoder::flow(const CsvRow& row) const {
    if (flow_column == no_column) return std::nullopt;
    const std::string_view text = required(row, flow_column);
    for (const Flow f : {Flow::exports, Flow::imports, Flow::total, Flow::balance}) {
        if (text == to_string(f)) return f;
    }
    throw error(row, flow_column, "not a flow (exports, imports, total or balance)");
}

Period TidyDecoder::period(const CsvRow& row) {
    const std::string_view text = required(row, period_column);
    if (last_period_ && text == last_period_text_) return *last_period_;
    try {
        last_period_ = parse_period(text, layout_.period_form, layout_.period_options);
    } catch (const Error& e) {
        last_period_.reset();
        throw error(row, period_column, e.what());
    }
    last_period_text_.assign(text);
    return *last_period_;
}

MonthIndex TidyDecoder::month(const CsvRow& row) {
    if (layout_.period_form == PeriodTextForm::sdmx) {
        if (const std::optional<MonthIndex> m = sdmx_month(row[period_column])) return *m;
    }
    const Period p = period(row);
    if (p.kind() != PeriodKind::month) {
        throw error(row, period_column, "a panel holds months, and this period is not one");
    }
    return MonthIndex(p.first().year(), p.first().month());
}

std::optional<Decimal> TidyDecoder::value(const CsvRow& row) const {
    const std::string_view text = row[value_column];
    if (text.empty()) return std::nullopt;
    try {
        return Decimal::parse(text);
    } catch (const Error& e) {
        throw error(row, value_column, e.what());
    }
}

std::optional<double> TidyDecoder::value_double(const CsvRow& row) const {
    const std::string_view text = row[value_column];
    if (text.empty()) return std::nullopt;
    if (double x = 0; fast_double(text, x)) return x;
    if (!plain_number(text)) {
        (void)value(row);  // throws Decimal::parse's reason
        throw error(row, value_column, "not a number");
    }
    const char* first = text.data() + (text[0] == '+' ? 1 : 0);
    double x = 0;
    const std::from_chars_result r = std::from_chars(first, text.data() + text.size(), x);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size()) {
        throw error(row, value_column, "beyond the range of a double");
    }
    return x;
}

std::optional<std::int64_t> TidyDecoder::value_units(const CsvRow& row, int scale, std::int64_t max_units) const {
    const std::string_view text = row[value_column];
    if (text.empty()) return std::nullopt;
    if (!plain_number(text)) {
        (void)value(row);
        throw error(row, value_column, "not a number");
    }
    std::size_t i = 0;
    const bool negative = text[0] == '-';
    if (text[0] == '+' || text[0] == '-') ++i;
    std::int64_t units = 0;
    const auto too_large = [&] {
        return error(
            row, value_column,
            max_units == std::numeric_limits<std::int64_t>::max()
                ? "beyond the range of an exact result (at most 2^63 - 1 units of 10^-" + std::to_string(scale) + ")"
                : "beyond the exact panel's range (at most 10^17 units of 10^-" + std::to_string(scale) + ")");
    };
    // Checked before each step, so that `max_units` may be as large as INT64_MAX.
    const auto push = [&](char digit) {
        const std::int64_t d = digit - '0';
        if (units > (max_units - d) / 10) throw too_large();
        units = units * 10 + d;
    };
    for (; i < text.size() && text[i] != '.'; ++i) push(text[i]);
    int places = 0;
    if (i < text.size()) {
        for (++i; i < text.size(); ++i) {
            if (places == scale) {
                if (text[i] != '0') {
                    throw error(row, value_column,
                                "more decimal places than the panel's scale of " + std::to_string(scale) +
                                    " (rounding it would change a published figure)");
                }
                continue;
            }
            push(text[i]);
            ++places;
        }
    }
    for (; places < scale; ++places) push('0');
    return negative ? -units : units;
}

Currency TidyDecoder::currency(const CsvRow& row) {
    if (currency_column == no_column) return *layout_.currency;
    const std::string_view text = row[currency_column];
    if (last_currency_ && text == last_currency_text_) return *last_currency_;
    if (text.empty()) throw error(row, currency_column, "empty: the value's currency is not given");
    try {
        last_currency_ = Currency::of(text);
    } catch (const Error& e) {
        last_currency_.reset();
        throw error(row, currency_column, e.what());
    }
    last_currency_text_.assign(text);
    return *last_currency_;
}

int TidyDecoder::magnitude(const CsvRow& row) {
    if (magnitude_column == no_column) return *layout_.magnitude;
    const std::string_view text = row[magnitude_column];
    if (have_magnitude_ && text == last_magnitude_text_) return last_magnitude_;
    if (text.empty())
        throw error(row, magnitude_column, "empty: the value's magnitude is not given (and never guessed)");
    int m = 0;
    const char* first = text.data() + (text[0] == '+' ? 1 : 0);
    const std::from_chars_result r = std::from_chars(first, text.data() + text.size(), m);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || m < -30 || m > 30) {
        throw error(row, magnitude_column, "not a power of ten from -30 to 30 (6 for millions, 8 for 100 million)");
    }
    have_magnitude_ = true;
    last_magnitude_ = m;
    last_magnitude_text_.assign(text);
    return m;
}

ObservationStatus TidyDecoder::status(const CsvRow& row, bool has_value) {
    const ObservationStatus s = raw_status(row);
    if (!has_value && !s.is_missing()) return s.with(Missing::not_provided);
    if (has_value && s.is_missing()) {
        throw error(row, status_column,
                    "says the value is missing (" + std::string(to_string(s.missing())) +
                        "), and the value column holds " + std::string(row[value_column]));
    }
    return s;
}

ObservationStatus TidyDecoder::raw_status(const CsvRow& row) {
    ObservationStatus s;
    if (status_column != no_column) {
        const std::string_view text = row[status_column];
        if (have_status_ && text == last_status_text_) {
            s = last_status_;
        } else {
            try {
                s = read_status_text(text, layout_);
            } catch (const Error& e) {
                have_status_ = false;
                throw error(row, status_column, e.what());
            }
            have_status_ = true;
            last_status_ = s;
            last_status_text_.assign(text);
        }
    }
    return s;
}

}  // namespace svctrade::detail
