// SPDX-License-Identifier: BSL-1.0
// Panel results in tidy CSV. The writer checks everything (layout, keys, periods, values,
// statuses) before the first byte; the reader reads every row into compact cells, then shapes
// the result through PanelResultShaper, the one writer of a result's columns.
#include <svctrade/io/tidy_result.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <istream>
#include <limits>
#include <map>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <svctrade/error.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>
#include <svctrade/status/status_codes.hpp>
#include <svctrade/text/csv_writer.hpp>

#include "io/status_text.hpp"
#include "io/tidy_decoder.hpp"
#include "io/tidy_text.hpp"
#include "panels/result_period.hpp"
#include "panels/result_shaper.hpp"

namespace svctrade {

namespace {

constexpr Reason every_reason[] = {Reason::none, Reason::missing, Reason::zero_base, Reason::negative_base,
                                   Reason::sign_change};

using detail::implied_status;
using detail::marked_status;
using detail::not_provided_marker;

// A result's statuses are derived (derived_status()), so a status cell reads as the status of a
// figure derived from what it says: the `E` the codes write for derived_from_estimate reads back
// as it, never as estimated.
ObservationStatus as_derived(const ObservationStatus& read) noexcept {
    return derived_status(read, ObservationStatus());
}

// The status a reader makes of the status cell `text`: the implied one for an empty cell; with
// the marker, not provided; a status read for a missing input is not provided unless it gives
// the reason. `read` reads the layout's status words and codes (read_status_text()).
template <class Read>
ObservationStatus decoded(std::string_view text, Reason reason, Read read) {
    if (text.empty()) return implied_status(reason);
    if (text.front() == not_provided_marker) {
        const ObservationStatus s = as_derived(read(text.substr(1)));
        if (s.is_missing()) {
            throw InvalidArgument("\"" + std::string(text) +
                                  "\" is marked not provided (-) and gives another reason (" +
                                  std::string(to_string(s.missing())) + ")");
        }
        return s.with(Missing::not_provided);
    }
    const ObservationStatus s = as_derived(read(text));
    if (reason == Reason::missing && !s.is_missing()) return s.with(Missing::not_provided);
    return s;
}

// The number of a calendar period of a result's kind; the inverse of detail::result_period().
std::int32_t number_of(const Period& p) {
    const int year = p.first().year();
    const auto month = static_cast<int>(p.first().month());
    switch (p.kind()) {
        case PeriodKind::quarter:
            return year * 4 + (month - 1) / 3;
        case PeriodKind::half_year:
            return year * 2 + (month - 1) / 6;
        case PeriodKind::year:
            return year;
        case PeriodKind::year_to_date:
            return p.last().year() * 12 + static_cast<int>(p.last().month()) - 1;
        default:
            return year * 12 + month - 1;
    }
}

// The months a complete period holds (BasicPanelResult::months_expected()).
unsigned months_in(PeriodKind kind, std::int32_t number) noexcept {
    switch (kind) {
        case PeriodKind::quarter:
            return 3;
        case PeriodKind::half_year:
            return 6;
        case PeriodKind::year:
            return 12;
        case PeriodKind::year_to_date:
            return static_cast<unsigned>(number % 12) + 1U;
        default:
            return 1;
    }
}

std::string_view kind_name(PeriodKind kind) noexcept {
    switch (kind) {
        case PeriodKind::month:
            return "months";
        case PeriodKind::quarter:
            return "quarters";
        case PeriodKind::half_year:
            return "halves";
        case PeriodKind::year:
            return "years";
        case PeriodKind::year_to_date:
            return "year-to-date periods";
        default:
            return "periods of another kind";
    }
}

// --- writing ------------------------------------------------------------------------------------

// The shortest text that reads back to `x`: fixed for 1e-6 <= |x| < 1e21 and zero, scientific
// (to_chars' shortest, "1.5e-07") beyond, where fixed would run to hundreds of digits.
std::string_view fraction_text(double x, detail::NumberBuffer& buffer) {
    const double a = std::fabs(x);
    if (a == 0 || (a >= 1e-6 && a < 1e21)) return detail::double_text(x, buffer);
    const std::to_chars_result r =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), x, std::chars_format::scientific);
    return {buffer.data(), static_cast<std::size_t>(r.ptr - buffer.data())};
}

template <class R>
void write_result(std::ostream& stream, const R& result, const PanelKeys& keys, std::optional<Flow> flow,
                  const TidyLayout& layout) {
    detail::check_result_layout(layout);
    const TidyColumns& c = layout.columns;
    if (keys.reporter_count() != result.reporter_count() || keys.category_count() != result.category_count()) {
        throw InvalidArgument("cannot write a panel result of " + std::to_string(result.reporter_count()) +
                              " reporters and " + std::to_string(result.category_count()) +
                              " categories with keys of " + std::to_string(keys.reporter_count()) + " and " +
                              std::to_string(keys.category_count()) + ": give the panel it was computed from");
    }
    if (flow.has_value() == c.flow.empty()) {
        throw InvalidArgument(flow ? "cannot write a panel result's flow (" + std::string(to_string(*flow)) +
                                         ") in a layout without a flow column"
                                   : "the layout has a flow column \"" + c.flow +
                                         "\" and no flow is given for the panel result");
    }
    if (flow && *flow != Flow::exports && *flow != Flow::imports && *flow != Flow::total && *flow != Flow::balance) {
        throw InvalidArgument("cannot write a panel result of a flow that is no Flow");
    }
    const bool roll_up = !result.month_counts().empty();
    if (roll_up == c.months_held.empty()) {
        throw InvalidArgument(roll_up ? "a roll-up's cells hold some months of their periods: a layout for it "
                                        "needs a months_held column"
                                      : "the layout has a months_held column \"" + c.months_held +
                                            "\", and only a roll-up's cells hold months");
    }
    const PeriodKind kind = result.period_kind();
    if (!round_trips(kind, layout.period_form)) {
        throw InvalidArgument("cannot write a panel result of " + std::string(kind_name(kind)) +
                              " in the layout's period text form: it has no text for them that reads back (SDMX "
                              "has no code for a year-to-date; write it in English or Chinese phrases)");
    }
    const std::span<const Reason> reasons = result.reasons();
    const std::span<const ObservationStatus> statuses = result.statuses();
    const std::size_t periods = result.period_count();
    // Every value and every status checked, and every status's text written once, before any
    // byte: a cell the layout cannot hold is refused rather than left out of a file half written.
    if constexpr (R::exact) {
        const std::span<const std::int64_t> units = result.units();
        for (std::size_t i = 0; i < units.size(); ++i) {
            if (reasons[i] == Reason::none && units[i] == std::numeric_limits<std::int64_t>::min()) {
                throw InvalidArgument("cannot write a cell of -2^63 units: a reader cannot read it back");
            }
        }
    } else {
        const std::span<const double> values = result.values();
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (reasons[i] == Reason::none && !std::isfinite(values[i])) {
                throw InvalidArgument("cannot write a panel result cell whose value is not finite");
            }
        }
    }
    // A status not provided on a cell whose reason is not a missing input is written with the
    // marker, as the codes of the rest of it; every text is checked to read back.
    detail::StatusTexts texts(layout, "a panel result cell", {});
    const auto marked = [&reasons](const ObservationStatus& s, std::size_t i) { return marked_status(s, reasons[i]); };
    const auto read = [&layout](std::string_view text) { return detail::read_status_text(text, layout); };
    // Each distinct status is checked once per reason (what an empty or unmarked cell reads as
    // depends on whether the reason is a missing input).
    std::vector<std::pair<ObservationStatus, Reason>> checked;
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        const ObservationStatus& s = statuses[i];
        if (s == implied_status(reasons[i])) continue;
        if (!checked.empty() && checked.back().first == s && checked.back().second == reasons[i]) continue;
        if (std::find(checked.begin(), checked.end(), std::pair(s, reasons[i])) != checked.end()) continue;
        checked.emplace_back(s, reasons[i]);
        const ObservationStatus written = marked(s, i) ? s.with(Missing::none) : s;
        texts.add(written);
        const std::string raw =
            (marked(s, i) ? std::string(1, not_provided_marker) : std::string()) + std::string(texts.raw_of(written));
        ObservationStatus back;
        try {
            back = decoded(raw, reasons[i], read);
        } catch (const Error& e) {
            throw InvalidArgument("cannot write the status \"" + s.to_string() +
                                  "\" of a panel result cell: " + e.what());
        }
        if (back != s) {
            throw InvalidArgument("cannot write the status \"" + s.to_string() + "\" of a panel result cell (" +
                                  std::string(to_string(reasons[i])) + "): the layout's status codes write it \"" +
                                  raw + "\", which reads back as \"" + back.to_string() + "\"");
        }
    }

    const char sep = layout.dialect.separator;
    std::vector<std::string> reporters;
    for (std::size_t r = 0; r < keys.reporter_count(); ++r) reporters.push_back(detail::encoded(keys.reporter(r), sep));
    std::vector<std::string> items;
    for (std::size_t k = 0; k < keys.category_count(); ++k) {
        if (!keys.is_classified()) {  // custom codes: written as they are
            items.push_back(detail::encoded(keys.category(k), sep));
            continue;
        }
        const Category category = keys.category_of(k);
        items.push_back(detail::encoded(layout.item_form == ItemForm::code ? category.code() : category.name(), sep));
    }
    std::vector<std::string> period_texts;
    for (std::size_t p = 0; p < periods; ++p) {
        const Period period = detail::result_period(kind, result.first_period() + static_cast<std::int32_t>(p));
        period_texts.push_back(detail::encoded(to_text(period, layout.period_form), sep));
    }
    const std::string flow_text = flow ? std::string(to_string(*flow)) : std::string();

    CsvWriter csv(stream, layout.dialect);
    for (const std::string* name :
         {&c.reporter, &c.item, &c.flow, &c.period, &c.value, &c.status, &c.reason, &c.months_held}) {
        if (!name->empty()) csv.field(*name);
    }
    csv.end_record();
    const std::span<const std::uint8_t> months = result.month_counts();
    detail::NumberBuffer buffer{};
    std::size_t i = 0;
    for (std::size_t r = 0; r < result.reporter_count(); ++r) {
        for (std::size_t k = 0; k < result.category_count(); ++k) {
            for (std::size_t p = 0; p < periods; ++p, ++i) {
                const Reason why = reasons[i];
                csv.plain_field(reporters[r]);
                csv.plain_field(items[k]);
                if (flow) csv.plain_field(flow_text);
                csv.plain_field(period_texts[p]);
                if (why != Reason::none) {
                    csv.plain_field(std::string_view());
                } else if constexpr (R::exact) {
                    csv.plain_field(detail::units_text(result.units()[i], result.scale(), buffer));
                } else {
                    csv.plain_field(fraction_text(result.values()[i], buffer));
                }
                if (!c.status.empty()) {
                    if (statuses.empty() || statuses[i] == implied_status(why)) {
                        csv.plain_field(std::string_view());
                    } else if (marked(statuses[i], i)) {
                        const std::string_view rest = texts.raw_of(statuses[i].with(Missing::none));
                        csv.field(std::string(1, not_provided_marker) + std::string(rest));
                    } else {
                        csv.plain_field(texts.of(statuses[i]));
                    }
                }
                csv.plain_field(why == Reason::none ? std::string_view() : to_string(why));
                if (roll_up) {
                    const std::to_chars_result t =
                        std::to_chars(buffer.data(), buffer.data() + buffer.size(), unsigned{months[i]});
                    csv.plain_field(std::string_view(buffer.data(), static_cast<std::size_t>(t.ptr - buffer.data())));
                }
                csv.end_record();
            }
        }
    }
    csv.finish();
}

// --- reading ------------------------------------------------------------------------------------

bool is_digit(char ch) noexcept {
    return ch >= '0' && ch <= '9';
}

// [+|-] digits [. digits] [(e|E) [+|-] digits], read into the nearest double: what
// fraction_text() writes, and the panel readers' grammar.
double read_double(const detail::TidyDecoder& d, const CsvRow& row, std::string_view text) {
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    const std::size_t number = text[0] == '+' ? 1 : 0;
    const std::size_t digits = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    bool ok = i > digits;
    if (ok && i < text.size() && text[i] == '.') {
        const std::size_t f = ++i;
        while (i < text.size() && is_digit(text[i])) ++i;
        ok = i > f;
    }
    if (ok && i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
        const std::size_t e = i;
        while (i < text.size() && is_digit(text[i])) ++i;
        ok = i > e;
    }
    if (!ok || i != text.size()) {
        throw d.error(row, d.value_column, "not a number (digits, a point and digits, an exponent: -0.059, 1.5e-07)");
    }
    // from_chars takes no '+'.
    std::string_view body = text.substr(number);
    double x = 0;
    const std::from_chars_result r = std::from_chars(body.data(), body.data() + body.size(), x);
    if (r.ec != std::errc() || r.ptr != body.data() + body.size() || !std::isfinite(x)) {
        throw d.error(row, d.value_column, "beyond the range of a double");
    }
    return x;
}

Reason read_reason(const detail::TidyDecoder& d, const CsvRow& row) {
    const std::string_view text = row[d.reason_column];
    if (text.empty()) return Reason::none;
    for (const Reason r : every_reason) {
        if (text == to_string(r)) return r;
    }
    throw d.error(row, d.reason_column,
                  "not a reason: none (or empty), missing, zero_base, negative_base or sign_change");
}

template <class Value>
struct ResultCell {
    Value value{};
    std::uint64_t line = 0;
    ObservationStatus status;
    std::int32_t period = 0;
    std::uint32_t reporter = 0;
    std::uint32_t item = 0;
    Reason reason = Reason::none;
    std::uint8_t months = 0;
};

template <class R, class ReadValue>
TidyResultOf<R> read_result(detail::TidyDecoder& d, int scale, ReadValue read_value) {
    using Value = std::conditional_t<R::exact, std::int64_t, double>;
    const TidyLayout& layout = d.layout();
    std::vector<ResultCell<Value>> cells;
    std::vector<std::string> reporters;
    std::map<std::string, std::uint32_t, std::less<>> reporter_index;
    std::vector<std::string> items;                   // code form: the texts; name form: the codes
    std::vector<std::optional<Category>> categories;  // each item's category, when it is one
    std::map<std::string, std::uint32_t, std::less<>> item_index;
    std::optional<Flow> flow;
    std::optional<PeriodKind> kind;
    std::uint64_t kind_line = 0;
    bool statuses = false;
    std::string last_reporter;
    std::uint32_t reporter_at = 0;
    bool have_reporter = false;
    std::string last_item;
    std::uint32_t item_at = 0;
    bool have_item = false;
    std::map<std::string, Period, std::less<>> periods_met;
    // The codes of the last status text read: a file repeats a few statuses row after row.
    std::string last_text;
    ObservationStatus last_status;
    bool have_last = false;
    const auto read_codes = [&](std::string_view text) {
        if (!have_last || text != last_text) {
            last_status = detail::read_status_text(text, layout);
            last_text.assign(text);
            have_last = true;
        }
        return last_status;
    };
    while (const CsvRow* row = d.next_record()) {
        d.check_fields(*row);
        // Keys repeat row after row: the last reporter and item are kept with their index.
        const std::string_view reporter = d.reporter(*row);
        if (!have_reporter || reporter != last_reporter) {
            auto it = reporter_index.find(reporter);
            if (it == reporter_index.end()) {
                it = reporter_index.emplace(std::string(reporter), static_cast<std::uint32_t>(reporters.size())).first;
                reporters.emplace_back(reporter);
            }
            last_reporter.assign(reporter);
            reporter_at = it->second;
            have_reporter = true;
        }
        const std::string_view item_text = (*row)[d.item_column];
        if (!have_item || item_text != last_item) {
            std::string_view item = item_text;
            std::optional<Category> category;
            if (layout.item_form == ItemForm::name) {
                category = d.item(*row);  // a name that is no category is refused
                item = category->code();
            } else {
                if (item.empty()) (void)d.item(*row);  // throws: a key cannot be empty
                category = Category::find(item);
            }
            auto it = item_index.find(item);
            if (it == item_index.end()) {
                it = item_index.emplace(std::string(item), static_cast<std::uint32_t>(items.size())).first;
                items.emplace_back(item);
                categories.push_back(category);
            }
            last_item.assign(item_text);
            item_at = it->second;
            have_item = true;
        }
        const std::optional<Flow> row_flow = d.flow(*row);
        if (row_flow) {
            if (!flow) {
                flow = row_flow;
            } else if (*row_flow != *flow) {
                throw d.error(
                    *row, d.flow_column,
                    "a panel result is of one flow, and the rows before are " + std::string(to_string(*flow)));
            }
        }
        // A result's few periods come round again for every series: each text is parsed once.
        const std::string_view period_text = (*row)[d.period_column];
        auto pit = periods_met.find(period_text);
        if (pit == periods_met.end()) pit = periods_met.emplace(std::string(period_text), d.period(*row)).first;
        const Period& period = pit->second;
        if (period.kind() != PeriodKind::month && period.kind() != PeriodKind::quarter &&
            period.kind() != PeriodKind::half_year && period.kind() != PeriodKind::year &&
            period.kind() != PeriodKind::year_to_date) {
            throw d.error(*row, d.period_column,
                          "a panel result's periods are months, quarters, halves, years or year-to-date periods");
        }
        if (period.is_fiscal()) {
            throw d.error(*row, d.period_column, "a panel result's periods are of calendar years, and this is fiscal");
        }
        if (!kind) {
            kind = period.kind();
            kind_line = row->line();
            if (*kind == PeriodKind::month && d.months_held_column != detail::no_column) {
                throw d.error(*row, d.months_held_column,
                              "the periods are months, and only a roll-up's cells hold months");
            }
            if (*kind != PeriodKind::month && d.months_held_column == detail::no_column) {
                throw d.error(*row, d.period_column,
                              "a roll-up's periods (" + std::string(kind_name(*kind)) +
                                  "), and the layout has no months_held column to say how many months each holds");
            }
        } else if (period.kind() != *kind) {
            throw d.error(*row, d.period_column,
                          "a panel result's periods are of one kind, and line " + std::to_string(kind_line) +
                              " holds " + std::string(kind_name(*kind)));
        }
        const std::int32_t number = number_of(period);
        const Reason reason = read_reason(d, *row);
        const std::string_view value_text = (*row)[d.value_column];
        Value value{};
        if (reason == Reason::none) {
            if (value_text.empty()) {
                throw d.error(*row, d.value_column,
                              "empty, and the reason column gives no reason for a cell without an answer");
            }
            value = read_value(*row, value_text);
        } else if (!value_text.empty()) {
            throw d.error(
                *row, d.value_column,
                "a value, and the reason column says the cell has no answer (" + std::string(to_string(reason)) + ")");
        }
        ObservationStatus status = implied_status(reason);
        if (d.status_column != detail::no_column) {
            const std::string_view text = (*row)[d.status_column];
            try {
                status = decoded(text, reason, read_codes);
            } catch (const Error& e) {
                throw d.error(*row, d.status_column, e.what());
            }
            if (reason == Reason::none && status.is_missing()) {
                throw d.error(*row, d.status_column,
                              "says the value is missing (" + std::string(to_string(status.missing())) +
                                  "), and the value column holds " + std::string(value_text));
            }
            statuses = statuses || status != implied_status(reason);
        }
        std::uint8_t months = 0;
        if (d.months_held_column != detail::no_column) {
            const std::string_view text = (*row)[d.months_held_column];
            unsigned n = 0;
            const std::from_chars_result r = std::from_chars(text.data(), text.data() + text.size(), n);
            const unsigned expected = months_in(*kind, number);
            if (text.empty() || r.ec != std::errc() || r.ptr != text.data() + text.size() || n > expected) {
                throw d.error(*row, d.months_held_column,
                              "not a count of months from 0 to " + std::to_string(expected) + ", the months of " +
                                  to_english(period));
            }
            if (reason == Reason::none && n == 0) {
                throw d.error(*row, d.months_held_column, "0 months, and the cell has a sum: a sum of no months?");
            }
            months = static_cast<std::uint8_t>(n);
        }
        cells.push_back(ResultCell<Value>{value, row->line(), status, number, reporter_at, item_at, reason, months});
    }
    if (cells.empty()) {
        throw CsvError(d.source(), 1, 1, "", "a panel result needs at least one row, and the file has none");
    }
    std::int32_t first = std::numeric_limits<std::int32_t>::max();
    std::int32_t last = std::numeric_limits<std::int32_t>::min();
    for (const ResultCell<Value>& cell : cells) {
        first = std::min(first, cell.period);
        last = std::max(last, cell.period);
    }
    const auto periods = static_cast<std::size_t>(last - first) + 1;
    R result;
    detail::PanelResultShaper::reshape(
        result, detail::ResultShape{reporters.size(), items.size(), *kind, first, periods, *kind != PeriodKind::month,
                                    R::exact ? scale : 0});
    const std::size_t n = reporters.size() * items.size() * periods;
    Value* values = detail::PanelResultShaper::cells(result);
    Reason* reasons = detail::PanelResultShaper::reasons(result);
    std::uint8_t* held = detail::PanelResultShaper::month_counts(result);
    ObservationStatus* st = statuses ? detail::PanelResultShaper::statuses(result) : nullptr;
    // A cell the file does not list is missing, not provided, holding no month.
    std::fill(values, values + n, Value{});
    std::fill(reasons, reasons + n, Reason::missing);
    if (held != nullptr) std::fill(held, held + n, std::uint8_t{0});
    if (st != nullptr) std::fill(st, st + n, ObservationStatus::missing(Missing::not_provided));
    // Which cells a row has already given: a second row for one is refused, naming both lines.
    std::vector<std::uint8_t> seen(n, 0);
    for (std::size_t k = 0; k < cells.size(); ++k) {
        const ResultCell<Value>& cell = cells[k];
        const std::size_t i = (static_cast<std::size_t>(cell.reporter) * items.size() + cell.item) * periods +
                              static_cast<std::size_t>(cell.period - first);
        if (seen[i] != 0) {
            std::uint64_t first_line = 0;
            for (std::size_t j = 0; j < k; ++j) {
                const ResultCell<Value>& o = cells[j];
                if (o.reporter == cell.reporter && o.item == cell.item && o.period == cell.period) {
                    first_line = o.line;
                    break;
                }
            }
            const std::string key = reporters[cell.reporter] + " " + items[cell.item] + " " +
                                    to_english(detail::result_period(*kind, cell.period));
            throw CsvError(d.source(), cell.line, 1, key,
                           "a second row for " + key + " (the first is on line " + std::to_string(first_line) +
                               "): duplicates are refused, never one taken over the other");
        }
        seen[i] = 1;
        values[i] = cell.value;
        reasons[i] = cell.reason;
        if (held != nullptr) held[i] = cell.months;
        if (st != nullptr) st[i] = cell.status;
    }
    // The keys' months span the periods.
    std::int32_t first_month = first;
    std::int32_t month_count = static_cast<std::int32_t>(periods);
    switch (*kind) {
        case PeriodKind::quarter:
            first_month = first * 3;
            month_count *= 3;
            break;
        case PeriodKind::half_year:
            first_month = first * 6;
            month_count *= 6;
            break;
        case PeriodKind::year:
            first_month = first * 12;
            month_count *= 12;
            break;
        case PeriodKind::year_to_date:
            first_month = first / 12 * 12;
            month_count = last - first_month + 1;
            break;
        default:
            break;
    }
    const bool classified = std::all_of(categories.begin(), categories.end(),
                                        [](const std::optional<Category>& k) { return k.has_value(); });
    std::vector<Category> ebops;
    if (classified) {
        for (const std::optional<Category>& k : categories) ebops.push_back(*k);
    }
    PanelKeys keys = classified
                         ? PanelKeys(std::move(reporters), std::span<const Category>(ebops),
                                     MonthIndex::from_number(first_month), static_cast<std::size_t>(month_count))
                         : PanelKeys(std::move(reporters), std::move(items), MonthIndex::from_number(first_month),
                                     static_cast<std::size_t>(month_count));
    return TidyResultOf<R>{std::move(result), std::move(keys), flow};
}

template <class Source>
TidyResult read_fast(Source&& input, std::string source, const TidyLayout& layout) {
    detail::TidyDecoder d(std::forward<Source>(input), std::move(source), layout, detail::TidyRows::results);
    return read_result<PanelResult>(
        d, 0, [&d](const CsvRow& row, std::string_view text) { return read_double(d, row, text); });
}

template <class Source>
TidyExactResult read_exact(Source&& input, std::string source, const TidyLayout& layout, int scale) {
    if (scale < 0 || scale > 18) {
        throw InvalidArgument("an exact panel result's scale is 0-18 decimal places, not " + std::to_string(scale));
    }
    detail::TidyDecoder d(std::forward<Source>(input), std::move(source), layout, detail::TidyRows::results);
    return read_result<ExactPanelResult>(d, scale, [&d, scale](const CsvRow& row, std::string_view) {
        return *d.value_units(row, scale, std::numeric_limits<std::int64_t>::max());
    });
}

}  // namespace

void write_tidy_result(std::ostream& out, const PanelResult& result, const PanelKeys& keys, std::optional<Flow> flow,
                       const TidyLayout& layout) {
    write_result(out, result, keys, flow, layout);
}

void write_tidy_result(std::ostream& out, const ExactPanelResult& result, const PanelKeys& keys,
                       std::optional<Flow> flow, const TidyLayout& layout) {
    write_result(out, result, keys, flow, layout);
}

TidyResult read_tidy_result(std::istream& in, std::string source, const TidyLayout& layout) {
    return read_fast(in, std::move(source), layout);
}

TidyResult read_tidy_result(std::string_view text, std::string source, const TidyLayout& layout) {
    return read_fast(text, std::move(source), layout);
}

TidyExactResult read_tidy_exact_result(std::istream& in, std::string source, const TidyLayout& layout, int scale) {
    return read_exact(in, std::move(source), layout, scale);
}

TidyExactResult read_tidy_exact_result(std::string_view text, std::string source, const TidyLayout& layout, int scale) {
    return read_exact(text, std::move(source), layout, scale);
}

}  // namespace svctrade
