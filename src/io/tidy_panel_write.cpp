// SPDX-License-Identifier: BSL-1.0
// The tidy panel writer: every valid cell and every cell recorded missing, by reporter,
// category, flow and month, each status from the panel.
#include <svctrade/io/tidy_panel.hpp>

#include <ostream>
#include <span>
#include <string>
#include <vector>

#include <svctrade/error.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>
#include <svctrade/text/csv_writer.hpp>

#include "io/tidy_decoder.hpp"
#include "io/tidy_text.hpp"

namespace svctrade {

namespace {

using detail::check_panel_layout;
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
