// SPDX-License-Identifier: BSL-1.0
// Panel results through the Arrow C stream interface (docs/data.md, "Arrow export"), read back by
// the tests' own consumer (arrow_import.hpp): every operation's result on random panels with
// statuses, both paths, cell by cell — keys, periods and their dates, values (null without an
// answer), reasons, statuses (null where the reason implies them), months held.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "arrow_import.hpp"
#include "panels/panel_cases.hpp"

#include <svctrade/error.hpp>
#include <svctrade/io/arrow_export.hpp>
#include <svctrade/io/sdmx_period.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/status/status_codes.hpp>

using namespace svctrade;
using namespace svctrade_test;
using arrow_import::Table;

namespace {

std::int32_t day_number(const boost::gregorian::date& d) {
    return static_cast<std::int32_t>((d - boost::gregorian::date(1970, 1, 1)).days());
}

// The period of offset p of a result, from its kind and first period (result.hpp's numbering).
Period period_at(PeriodKind kind, std::int32_t n) {
    switch (kind) {
        case PeriodKind::quarter:
            return Period::quarter(n / 4, static_cast<unsigned>(n % 4 + 1));
        case PeriodKind::half_year:
            return Period::half(n / 2, static_cast<unsigned>(n % 2 + 1));
        case PeriodKind::year:
            return Period::year(n);
        case PeriodKind::year_to_date:
            return Period::year_to_date(n / 12, static_cast<unsigned>(n % 12 + 1));
        default:
            return Period::month(n / 12, static_cast<unsigned>(n % 12 + 1));
    }
}

// The status a status text of the export says for a cell with `reason`: null is what the reason
// implies; `-` marks a status not provided under another reason; the codes are a derived
// figure's (E is derived from an estimate).
ObservationStatus status_of(const std::optional<std::string>& text, Reason reason) {
    if (!text) return reason == Reason::missing ? not_provided : ObservationStatus();
    const bool marked = !text->empty() && (*text)[0] == '-';
    ObservationStatus s = derived_status(read_status(marked ? text->substr(1) : *text, StatusCodes::sdmx), {});
    if (marked || (reason == Reason::missing && !s.is_missing())) s = s.with(Missing::not_provided);
    return s;
}

struct Met {
    std::set<Reason> reasons;
    std::size_t statuses = 0;
    std::size_t marked = 0;
};

template <class R>
void check_export(const R& result, const PanelKeys& keys, Flow flow, Met& met) {
    ArrowArrayStream stream{};
    ArrowExportOptions options;
    options.batch_rows = 7;
    export_arrow(result, keys, flow, &stream, options);
    const Table t = arrow_import::read_all(&stream);
    const bool roll_up = !result.month_counts().empty();
    REQUIRE(t.columns.size() == (roll_up ? 9U : 8U));
    REQUIRE(t.rows == static_cast<std::int64_t>(result.reasons().size()));
    CHECK(t.metadata.at("svctrade.flow") == std::string(to_string(flow)));
    CHECK(t["reason"].format == "dict<u>");
    CHECK(t["status"].format == "dict<u>");
    if constexpr (R::exact) {
        CHECK(t["value"].format == "d:19," + std::to_string(result.scale()));
    } else {
        CHECK(t["value"].format == "g");
    }
    std::size_t row = 0;
    for (std::size_t r = 0; r < result.reporter_count(); ++r)
        for (std::size_t c = 0; c < result.category_count(); ++c)
            for (std::size_t p = 0; p < result.period_count(); ++p, ++row) {
                CAPTURE(row);
                CHECK(t["reporter"].values[row] == keys.reporter(r));
                CHECK(t["category"].values[row] == keys.category(c));
                const Period period =
                    period_at(result.period_kind(), result.first_period() + static_cast<std::int32_t>(p));
                CHECK(parse_sdmx_time_period(*t["period"].values[row]).same_dates(period));
                CHECK(t["period_start"].values[row] == std::to_string(day_number(period.first())));
                CHECK(t["period_end"].values[row] == std::to_string(day_number(period.last())));
                const Reason why = result.reason(r, c, p);
                met.reasons.insert(why);
                const std::optional<std::string>& value = t["value"].values[row];
                const std::optional<std::string>& reason = t["reason"].values[row];
                if (why == Reason::none) {
                    REQUIRE(value.has_value());
                    CHECK_FALSE(reason.has_value());
                    if constexpr (R::exact) {
                        CHECK(Decimal::parse(*value) == *result.value(r, c, p));
                    } else {
                        CHECK(std::stod(*value) == *result.value(r, c, p));
                    }
                } else {
                    CHECK_FALSE(value.has_value());
                    CHECK(reason == std::string(to_string(why)));
                }
                const std::optional<std::string>& status = t["status"].values[row];
                CHECK(status_of(status, why) == result.status(r, c, p));
                if (status) ++met.statuses;
                if (status && (*status)[0] == '-') ++met.marked;
                if (roll_up) CHECK(t["months_held"].values[row] == std::to_string(result.months_held(r, c, p)));
            }
}

}  // namespace

TEST_CASE("every operation's result on random panels exports to Arrow cell by cell, both paths") {
    Met met;
    for (int seed = 0; seed < 12; ++seed) {
        CAPTURE(seed);
        const Case k = make_case(seed);
        for (const Flow f : {Flow::exports, Flow::total})
            for (const Op& op : every_op()) {
                CAPTURE(op.name);
                PanelResult fast;
                ExactPanelResult exact;
                op.fast(*k.fast, f, fast);
                op.exact(*k.exact, f, exact);
                check_export(fast, *k.fast, f, met);
                check_export(exact, *k.exact, f, met);
            }
    }
    CHECK(met.reasons.size() == 5);
    CHECK(met.statuses > 0);
    CHECK(met.marked > 0);
}

TEST_CASE("a result's Arrow export refuses keys of another shape and a status SDMX cannot code") {
    Panel p({"CN"}, {"SI", "SJ"}, MonthIndex(2021, 1), 13);
    p.set(0, 0, Flow::exports, MonthIndex(2021, 1), 1.0,
          ObservationStatus().with(Confidentiality::non_statistical_secrecy));
    p.set(0, 0, Flow::exports, MonthIndex(2022, 1), 2.0);
    const PanelResult g = yoy_growth(p, Flow::exports);
    ArrowArrayStream stream{};
    CHECK_THROWS_WITH_AS(
        export_arrow(g, Panel({"CN", "HK"}, {"SI", "SJ"}, MonthIndex(2021, 1), 1), Flow::exports, &stream),
        doctest::Contains("give the panel it was computed from"), InvalidArgument);
    CHECK((stream.release == nullptr));                                            // not written
    CHECK_THROWS_AS(export_arrow(g, p, Flow::exports, &stream), InvalidArgument);  // non-statistical secrecy
    CHECK((stream.release == nullptr));                                            // not written
    CHECK_THROWS_AS(export_arrow(g, p, Flow::exports, nullptr), InvalidArgument);
    // Without a flow: no schema metadata. A growth (no months held column) has 8 columns.
    Panel plain({"CN"}, {"SI"}, MonthIndex(2021, 1), 13);
    plain.set(0, 0, Flow::imports, MonthIndex(2021, 1), 4.0);
    plain.set(0, 0, Flow::imports, MonthIndex(2022, 1), 5.0);
    export_arrow(yoy_growth(plain, Flow::imports), plain, std::nullopt, &stream);
    const Table t = arrow_import::read_all(&stream);
    CHECK(t.metadata.empty());
    CHECK(t.columns.size() == 8);
    CHECK(t["period"].values[12] == std::string("2022-M01"));
    CHECK(t["value"].values[12] == std::string("0.25"));
    CHECK(t["reason"].values[11] == std::string("missing"));
    CHECK_FALSE(t["status"].values[11].has_value());  // not provided: what the reason implies
}
