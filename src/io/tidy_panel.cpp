// SPDX-License-Identifier: BSL-1.0
// A panel's keys are known only at the end of its file: the rows are read once into compact
// cells (keys as small indices, the value parsed, the status as an index into the few statuses
// met), then the panel is made and filled, statuses and missing reasons included. Each cell keeps
// its line, so that a duplicate found while filling names both rows.
#include <svctrade/io/tidy_panel.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <istream>
#include <limits>
#include <map>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <svctrade/error.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>
#include <svctrade/status/status_codes.hpp>
#include <svctrade/text/csv_writer.hpp>

#include "io/tidy_decoder.hpp"
#include "io/tidy_text.hpp"

namespace svctrade {

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

// Reads every row into cells; `read_value` turns the value field into Value or nothing.
template <class Value, class ReadValue>
Collected<Value> collect(detail::TidyDecoder& d, OnBadRow on_bad_row, ReadValue read_value) {
    Collected<Value> out;
    std::map<std::string, std::uint32_t, std::less<>> reporter_index;
    std::string last_reporter;
    std::uint32_t last_reporter_index = 0;
    bool have_reporter = false;
    std::size_t last_status = 0;
    while (const CsvRow* row = d.next_record()) {
        try {
            d.check_fields(*row);
            const std::string_view reporter = d.reporter(*row);
            std::uint32_t r = 0;
            if (have_reporter && reporter == last_reporter) {
                r = last_reporter_index;
            } else {
                const auto it = reporter_index.find(reporter);
                if (it != reporter_index.end()) {
                    r = it->second;
                } else {
                    r = static_cast<std::uint32_t>(out.reporters.size());
                    out.reporters.emplace_back(reporter);
                    reporter_index.emplace(std::string(reporter), r);
                }
                last_reporter.assign(reporter);
                last_reporter_index = r;
                have_reporter = true;
            }
            const Category item = *d.item(*row);
            const Flow flow = *d.flow(*row);
            if (!is_reported(flow)) {
                throw d.error(*row, d.flow_column,
                              "a panel stores exports and imports; total and the balance are derived from them");
            }
            const MonthIndex month = d.month(*row);
            const std::optional<Value> value = read_value(*row);
            const Currency currency = d.currency(*row);
            const int magnitude = d.magnitude(*row);
            const ObservationStatus status = d.status(*row, value.has_value());
            if (!out.currency) {
                out.currency = currency;
                out.magnitude = magnitude;
            } else if (currency != *out.currency) {
                throw d.error(
                    *row, d.currency_column == detail::no_column ? 0 : d.currency_column,
                    "a panel has one currency, and the rows before are in " + std::string(out.currency->code()));
            } else if (magnitude != out.magnitude) {
                throw d.error(*row, d.magnitude_column,
                              "a panel has one magnitude, and the rows before are in " + std::to_string(out.magnitude) +
                                  ": rescale the file, svctrade does not do it");
            }
            std::size_t s = 0;
            if (!(status == ObservationStatus())) {
                if (status == out.statuses[last_status]) {
                    s = last_status;
                } else {
                    s = static_cast<std::size_t>(std::find(out.statuses.begin(), out.statuses.end(), status) -
                                                 out.statuses.begin());
                    if (s == out.statuses.size()) out.statuses.push_back(status);
                    last_status = s;
                }
            }
            std::int16_t& slot = out.category_slot[item.index()];
            if (slot == 0) {
                out.categories.push_back(item);
                slot = static_cast<std::int16_t>(out.categories.size());
            }
            out.cells.push_back(Cell<Value>{value.value_or(Value{}), row->line(), month.number(), r,
                                            static_cast<std::uint32_t>(s), static_cast<std::uint8_t>(item.index()),
                                            static_cast<std::uint8_t>(flow == Flow::exports ? 0 : 1),
                                            value.has_value()});
        } catch (const CsvError& e) {
            if (on_bad_row == OnBadRow::stop) throw;
            out.rejected.push_back(e);
        }
    }
    return out;
}

// Makes the panel of the collected cells and fills it; `make` builds P from the keys, `store`
// records a value with its status (a plain normal one costs the panel no status column).
template <class P, class Value, class Make, class Store>
TidyPanelOf<P> fill(const detail::TidyDecoder& d, Collected<Value>&& c, OnBadRow on_bad_row, Make make, Store store) {
    if (c.cells.empty()) {
        throw CsvError(d.source(), 1, 1, "",
                       c.rejected.empty() ? "a panel needs at least one observation, and the file has none"
                                          : "a panel needs at least one observation, and every row was rejected");
    }
    // Categories in classification order; the cells' category bytes become positions.
    std::vector<Category> categories = c.categories;
    std::sort(categories.begin(), categories.end());
    std::array<std::uint32_t, 256> position{};
    for (std::size_t i = 0; i < categories.size(); ++i) position[categories[i].index()] = static_cast<std::uint32_t>(i);
    std::int32_t first = std::numeric_limits<std::int32_t>::max();
    std::int32_t last = std::numeric_limits<std::int32_t>::min();
    for (const Cell<Value>& cell : c.cells) {
        first = std::min(first, cell.month);
        last = std::max(last, cell.month);
    }
    const MonthIndex first_month = MonthIndex::from_number(first);
    const std::size_t months = static_cast<std::size_t>(last - first) + 1;
    P panel = make(std::move(c.reporters), std::span<const Category>(categories), first_month, months);
    TidyPanelOf<P> out{std::move(panel), *c.currency, c.magnitude, std::move(c.rejected)};
    // Which cells a row has already given, with or without a value.
    std::vector<std::uint8_t> seen(2 * out.panel.cell_count(), 0);
    for (std::size_t k = 0; k < c.cells.size(); ++k) {
        const Cell<Value>& cell = c.cells[k];
        const std::size_t cat = position[cell.category];
        const MonthIndex month = MonthIndex::from_number(cell.month);
        const std::size_t at = out.panel.position(cell.reporter, cat, month) * 2 + cell.flow;
        if (seen[at] != 0) {
            std::uint64_t first_line = 0;
            for (std::size_t j = 0; j < k; ++j) {
                const Cell<Value>& o = c.cells[j];
                if (o.reporter == cell.reporter && o.category == cell.category && o.flow == cell.flow &&
                    o.month == cell.month) {
                    first_line = o.line;
                    break;
                }
            }
            const std::string key = out.panel.reporter(cell.reporter) + " " + out.panel.category(cat) + " " +
                                    (cell.flow == 0 ? "exports" : "imports") + " " +
                                    to_sdmx(Period::month(month.year(), month.month()));
            CsvError e(d.source(), cell.line, 1, key,
                       "a second observation for " + key + " (the first is on line " + std::to_string(first_line) +
                           "): duplicates are refused, never one taken over the other");
            if (on_bad_row == OnBadRow::stop) throw e;
            out.rejected.push_back(e);
            continue;
        }
        seen[at] = 1;
        const Flow flow = cell.flow == 0 ? Flow::exports : Flow::imports;
        if (cell.has_value) {
            store(out.panel, cell.reporter, cat, flow, month, cell.value, cell.status, c.statuses[cell.status]);
        } else {
            // The decoder makes the status of a row without a value missing (not provided when
            // the file gives no reason), so the cell is recorded missing, never left unlisted.
            out.panel.erase(cell.reporter, cat, flow, month, c.statuses[cell.status]);
        }
    }
    std::stable_sort(out.rejected.begin(), out.rejected.end(),
                     [](const CsvError& a, const CsvError& b) { return a.line() < b.line(); });
    return out;
}

template <class Source>
TidyPanel read_fast(Source&& input, std::string source, const TidyLayout& layout, OnBadRow on_bad_row) {
    check_panel_layout(layout);
    detail::TidyDecoder d(std::forward<Source>(input), std::move(source), layout);
    Collected<double> c = collect<double>(d, on_bad_row, [&](const CsvRow& row) { return d.value_double(row); });
    return fill<Panel>(
        d, std::move(c), on_bad_row,
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
                          OnBadRow on_bad_row) {
    check_panel_layout(layout);
    if (scale < 0 || scale > 12) {
        throw InvalidArgument("an exact panel's scale is 0-12 decimal places, not " + std::to_string(scale));
    }
    detail::TidyDecoder d(std::forward<Source>(input), std::move(source), layout);
    Collected<std::int64_t> c = collect<std::int64_t>(
        d, on_bad_row, [&](const CsvRow& row) { return d.value_units(row, scale, ExactPanel::max_units); });
    return fill<ExactPanel>(
        d, std::move(c), on_bad_row,
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
    return read_fast(in, std::move(source), layout, on_bad_row);
}

TidyPanel read_tidy_panel(std::string_view text, std::string source, const TidyLayout& layout, OnBadRow on_bad_row) {
    return read_fast(text, std::move(source), layout, on_bad_row);
}

TidyExactPanel read_tidy_exact_panel(std::istream& in, std::string source, const TidyLayout& layout, int scale,
                                     OnBadRow on_bad_row) {
    return read_exact(in, std::move(source), layout, scale, on_bad_row);
}

TidyExactPanel read_tidy_exact_panel(std::string_view text, std::string source, const TidyLayout& layout, int scale,
                                     OnBadRow on_bad_row) {
    return read_exact(text, std::move(source), layout, scale, on_bad_row);
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
