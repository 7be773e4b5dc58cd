// SPDX-License-Identifier: BSL-1.0
#include <svctrade/io/tidy_writer.hpp>

#include <ostream>
#include <string>
#include <utility>

#include <svctrade/error.hpp>
#include <svctrade/periods/text.hpp>
#include <svctrade/status/status_codes.hpp>

#include "io/status_text.hpp"
#include "io/tidy_decoder.hpp"

namespace svctrade {

TidyWriter::TidyWriter(std::ostream& out, TidyLayout layout)
    : layout_((check_layout(layout), detail::refuse_result_columns(layout), std::move(layout))),
      csv_(out, layout_.dialect) {
    const TidyColumns& c = layout_.columns;
    for (const std::string* name :
         {&c.reporter, &c.partner, &c.item, &c.flow, &c.period, &c.value, &c.currency, &c.magnitude, &c.status}) {
        if (!name->empty()) csv_.field(*name);
    }
    csv_.end_record();
}

void TidyWriter::write(const TidyObservation& o) {
    const TidyColumns& c = layout_.columns;
    const auto refuse = [&](const std::string& what) {
        throw InvalidArgument("cannot write the observation for " + to_english(o.period) + " in this layout: " + what);
    };
    if (c.reporter.empty() && !o.reporter.empty()) refuse("it has a reporter and the layout no reporter column");
    if (c.partner.empty() && !o.partner.empty()) refuse("it has a partner and the layout no partner column");
    if (c.item.empty() && o.item) refuse("it has an item and the layout no item column");
    if (c.flow.empty() && o.flow) refuse("it has a flow and the layout no flow column");
    if (!c.reporter.empty() && o.reporter.empty()) refuse("the reporter is empty");
    if (!c.partner.empty() && o.partner.empty()) refuse("the partner is empty");
    if (!c.item.empty() && !o.item) refuse("it has no item");
    if (!c.flow.empty() && !o.flow) refuse("it has no flow");
    if (c.currency.empty() && o.currency != *layout_.currency) {
        refuse("it is in " + std::string(o.currency.code()) + " and the layout states " +
               std::string(layout_.currency->code()));
    }
    if (c.magnitude.empty() && o.magnitude != *layout_.magnitude) {
        refuse("its magnitude is " + std::to_string(o.magnitude) + " and the layout states " +
               std::to_string(*layout_.magnitude));
    }
    const bool plain = o.status == ObservationStatus() || o.status == ObservationStatus::missing(Missing::not_provided);
    if (o.value.has_value() == o.status.is_missing()) {
        refuse(o.value ? "it has a value and a missing status" : "it has no value and a status that is not missing");
    }
    if (c.status.empty() && !plain) refuse("it has the status \"" + o.status.to_string() + "\" and no status column");

    if (!c.reporter.empty()) csv_.field(o.reporter);
    if (!c.partner.empty()) csv_.field(o.partner);
    if (!c.item.empty()) {
        csv_.field(layout_.item_form == ItemForm::code ? o.item->code() : o.item->name());
    }
    if (!c.flow.empty()) csv_.plain_field(to_string(*o.flow));
    csv_.field(to_text(o.period, layout_.period_form));
    csv_.plain_field(o.value ? o.value->to_string() : std::string());
    if (!c.currency.empty()) csv_.plain_field(o.currency.code());
    if (!c.magnitude.empty()) csv_.plain_field(std::to_string(o.magnitude));
    if (!c.status.empty()) {
        // A normal value and an empty cell both read as no status at all.
        csv_.field(plain ? std::string() : detail::write_status_text(o.status, layout_));
    }
    csv_.end_record();
}

void TidyWriter::finish() {
    csv_.finish();
}

}  // namespace svctrade
