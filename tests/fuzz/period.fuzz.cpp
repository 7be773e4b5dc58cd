// SPDX-License-Identifier: BSL-1.0
// Every period text form (SDMX with several reporting-year starts, English and Chinese with and
// without an as_of date, the UK reference intervals); a period read is written back in every
// form it round-trips through and reads back equal, and its ISO interval reads back to the same
// days.
#include <optional>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>

#include "fuzz.hpp"

using namespace svctrade;
namespace bg = boost::gregorian;

namespace {

void round_trip(const Period& p) {
    for (const PeriodTextForm form : {PeriodTextForm::sdmx, PeriodTextForm::english, PeriodTextForm::chinese}) {
        if (!round_trips(p.kind(), form)) continue;
        const std::string text = to_text(p, form);
        Period back = Period::year(2000);
        try {
            back = parse_period(text, form, {.as_of = std::nullopt, .reporting_year_start = p.year_start()});
        } catch (const Error& e) {
            fuzz::fail("a printed period does not read back", text + ": " + e.what());
        }
        fuzz::require(back == p, "parse(to_text(p)) != p", text);
    }
    // The UK reference form has identifiers for some periods of a kind only (a government year,
    // not another fiscal year): whatever it writes must read back.
    std::string uk;
    try {
        uk = to_uk_reference(p);
    } catch (const InvalidArgument&) {
        fuzz::require(!round_trips(p.kind(), PeriodTextForm::uk_reference),
                      "to_uk_reference refuses a kind round_trips() promises", to_iso_interval(p));
    }
    if (!uk.empty()) {
        Period back = Period::year(2000);
        try {
            back = parse_uk_reference(uk);
        } catch (const Error& e) {
            fuzz::fail("a UK reference path does not read back", uk + ": " + e.what());
        }
        fuzz::require(back == p, "parse_uk_reference(to_uk_reference(p)) != p", uk);
    }
    const std::string iso = to_iso_interval(p);
    Period interval = Period::year(2000);
    try {
        interval = parse_sdmx(iso);
    } catch (const Error& e) {
        fuzz::fail("an ISO interval does not read back", iso + ": " + e.what());
    }
    fuzz::require(interval.same_dates(p), "the ISO interval does not keep the days", iso);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    for (const unsigned start : {1u, 4u, 7u, 10u}) {
        fuzz::expect_error_or_value([&] { round_trip(parse_sdmx(text, YearStart{start})); });
    }
    const std::optional<bg::date> as_of_dates[] = {std::nullopt, bg::date(2021, 6, 30), bg::date(1400, 1, 31),
                                                   bg::date(9999, 12, 31)};
    fuzz::expect_error_or_value([&] { round_trip(parse_uk_reference(text)); });
    for (const auto& as_of : as_of_dates) {
        fuzz::expect_error_or_value([&] { round_trip(parse_english(text, as_of)); });
        fuzz::expect_error_or_value([&] { round_trip(parse_chinese(text, as_of)); });
    }
    return 0;
}
