// SPDX-License-Identifier: BSL-1.0
// The exact path is checked cell by cell against the exact pure functions (growth.hpp), which
// compute with Ratio and round once: the two implementations share no code.
#include <svctrade/error.hpp>
#include <svctrade/growth/growth.hpp>
#include <svctrade/panels/exact_ops.hpp>
#include <svctrade/panels/exact_panel.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <string>

using namespace svctrade;
using namespace svctrade::literals;

namespace {

constexpr std::array<RoundingMode, 7> modes = {
    RoundingMode::half_up, RoundingMode::half_even, RoundingMode::toward_zero, RoundingMode::away_from_zero,
    RoundingMode::floor,   RoundingMode::ceiling,   RoundingMode::half_ceiling};
constexpr std::array<Flow, 4> flows = {Flow::exports, Flow::imports, Flow::total, Flow::balance};

MonthIndex month(int y, unsigned m) {
    return MonthIndex(y, m);
}

// Values in cents with zeros, ties for rounding and imports larger than exports at times, so
// that balances are negative and change sign.
std::int64_t cents(std::size_t r, std::size_t c, std::size_t f, std::size_t t) {
    const std::uint64_t h = (r * 7919U + c * 104729U + f * 1299709U + t * 15485863U) % 1000003U;
    if (h % 53 == 0) return 0;
    return static_cast<std::int64_t>(h % 40000U) + 1;
}

ExactPanel sample() {
    ExactPanel p({"CN", "HK"}, {"SF", "SI", "SJ"}, month(2019, 1), 26, 2);
    for (std::size_t r = 0; r < 2; ++r)
        for (std::size_t c = 0; c < 3; ++c)
            for (std::size_t t = 0; t < 26; ++t) {
                const MonthIndex m = p.first_month() + static_cast<std::int32_t>(t);
                if ((r + c + t) % 17 == 5) continue;  // a few missing observations
                p.set_units(r, c, Flow::exports, m, cents(r, c, 0, t));
                p.set_units(r, c, Flow::imports, m, cents(r, c, 1, t));
            }
    return p;
}

std::optional<Decimal> at(const ExactPanel& p, std::size_t r, std::size_t c, Flow f, std::size_t t) {
    return p.value(r, c, f, p.first_month() + static_cast<std::int32_t>(t));
}

}  // namespace

TEST_CASE("an exact panel stores decimals as units of its scale") {
    ExactPanel p({"XM"}, {"S"}, month(2021, 1), 6, 2);
    CHECK(p.scale() == 2);
    p.set(0, 0, Flow::exports, month(2021, 6), 34.32_dec);
    p.set(0, 0, Flow::imports, month(2021, 6), 5.3_dec);
    CHECK(p.units(Flow::exports)[5] == 3432);
    CHECK(p.units(Flow::imports)[5] == 530);
    CHECK(p.value(0, 0, Flow::total, month(2021, 6)) == 39.62_dec);
    CHECK(p.value(0, 0, Flow::balance, month(2021, 6)) == 29.02_dec);
    CHECK(p.value(0, 0, Flow::exports, month(2021, 6))->to_string() == "34.32");
    p.set(0, 0, Flow::exports, month(2021, 5), -0.05_dec);
    CHECK(p.units(Flow::exports)[4] == -5);
    p.set(0, 0, Flow::exports, month(2021, 4), 7.100_dec);
    CHECK(p.units(Flow::exports)[3] == 710);
    CHECK(p.valid_count(Flow::exports) == 3);
    p.erase(0, 0, Flow::exports, month(2021, 6));
    CHECK_FALSE(p.value(0, 0, Flow::exports, month(2021, 6)).has_value());
    CHECK_FALSE(p.value(0, 0, Flow::total, month(2021, 6)).has_value());
}

TEST_CASE("an exact panel rejects values it cannot hold exactly and misuse") {
    ExactPanel p({"XM"}, {"S"}, month(2021, 1), 6, 2);
    CHECK_THROWS_WITH(p.set(0, 0, Flow::exports, month(2021, 1), 34.325_dec),
                      "the value 34.325 has more than the panel's 2 decimal places");
    CHECK_THROWS_AS(p.set_units(0, 0, Flow::exports, month(2021, 1), ExactPanel::max_units + 1), Overflow);
    CHECK_THROWS_AS(p.set(0, 0, Flow::exports, month(2021, 1), Decimal::parse("10000000000000000000")), Overflow);
    CHECK_THROWS_AS(p.set(0, 0, Flow::total, month(2021, 1), 1_dec), InvalidArgument);
    CHECK_THROWS_AS(p.set_units(0, 0, Flow::balance, month(2021, 1), 1), InvalidArgument);
    CHECK_THROWS_AS(p.erase(0, 0, Flow::total, month(2021, 1)), InvalidArgument);
    CHECK_THROWS_AS(p.set(0, 0, Flow::exports, month(2021, 7), 1_dec), InvalidPeriod);
    CHECK_THROWS_AS(p.set(1, 0, Flow::exports, month(2021, 1), 1_dec), NotFound);
    p.set_units(0, 0, Flow::exports, month(2021, 6), 3432);
    CHECK(p.value(0, 0, Flow::exports, month(2021, 6)) == 34.32_dec);
    CHECK_THROWS_WITH_AS(p.set_units(0, 0, Flow::exports, month(2021, 7), 3432),
                         "month 2021-07 is outside the panel's months 2021-01 to 2021-06", InvalidPeriod);
    CHECK_THROWS_AS(p.set_units(0, 0, Flow::imports, month(2020, 12), 1), InvalidPeriod);
    CHECK_THROWS_WITH_AS(p.set_units(1, 0, Flow::exports, month(2021, 6), 3432),
                         "the panel has no reporter number 1 (it has 1)", NotFound);
    CHECK_THROWS_WITH_AS(p.set_units(0, 1, Flow::exports, month(2021, 6), 3432),
                         "the panel has no category number 1 (it has 1)", NotFound);
    CHECK_THROWS_WITH_AS((void)p.value(0, 0, Flow::exports, month(2020, 12)),
                         "month 2020-12 is outside the panel's months 2021-01 to 2021-06", InvalidPeriod);
    CHECK_THROWS_AS((void)p.value(0, 0, Flow::total, month(2021, 7)), InvalidPeriod);  // derived, same rule
    CHECK(p.value(0, 0, Flow::exports, month(2021, 6)) == 34.32_dec);                  // nothing refused was stored
    p.erase(0, 0, Flow::exports, month(2021, 6));
    CHECK_THROWS_AS((void)p.units(Flow::total), InvalidArgument);
    CHECK_THROWS_AS((void)p.valid(Flow::total), InvalidArgument);
    CHECK_THROWS_AS((void)p.valid_count(Flow::balance), InvalidArgument);
    CHECK_THROWS_AS(ExactPanel({"XM"}, {"S"}, month(2021, 1), 6, 13), InvalidArgument);
    CHECK_THROWS_AS(ExactPanel({"XM"}, {"S"}, month(2021, 1), 6, -1), InvalidArgument);
}

TEST_CASE("exact year-on-year and month-on-month growth equal the pure function in every mode and flow") {
    const ExactPanel p = sample();
    for (Flow f : flows)
        for (RoundingMode mode : modes)
            for (int places : {0, 1, 3}) {
                const ExactPanelResult g = yoy_growth(p, f, places, mode);
                const ExactPanelResult mom = period_growth(p, f, places, mode);
                CHECK(g.scale() == places);
                for (std::size_t r = 0; r < 2; ++r)
                    for (std::size_t c = 0; c < 3; ++c)
                        for (std::size_t t = 0; t < 26; ++t) {
                            for (std::size_t lag : {std::size_t{12}, std::size_t{1}}) {
                                const ExactPanelResult& res = lag == 12 ? g : mom;
                                const auto cur = at(p, r, c, f, t);
                                const auto base = t >= lag ? at(p, r, c, f, t - lag) : std::nullopt;
                                if (!cur || !base) {
                                    CHECK(res.reason(r, c, t) == Reason::missing);
                                    continue;
                                }
                                const Change expected = growth(*base, *cur);
                                REQUIRE(res.reason(r, c, t) == expected.relative.reason());
                                if (expected.relative) {
                                    CHECK(res.value(r, c, t) == expected.relative.value().round(places, mode));
                                }
                            }
                        }
            }
}

TEST_CASE("exact shares share changes and contributions equal the pure functions") {
    const ExactPanel p = sample();
    for (Flow f : {Flow::exports, Flow::total})
        for (RoundingMode mode : modes) {
            const ExactPanelResult s = shares(p, f, 2, mode);
            const ExactPanelResult d = share_changes(p, f, 2, mode);
            const ExactPanelResult k = contributions(p, f, 3, mode);
            for (std::size_t r = 0; r < 2; ++r)
                for (std::size_t t = 0; t < 26; ++t) {
                    auto whole = [&](std::size_t u) -> std::optional<Decimal> {
                        Decimal w;
                        for (std::size_t c = 0; c < 3; ++c) {
                            const auto x = at(p, r, c, f, u);
                            if (!x) return std::nullopt;
                            w += *x;
                        }
                        return w;
                    };
                    for (std::size_t c = 0; c < 3; ++c) {
                        const auto x = at(p, r, c, f, t);
                        const auto w = whole(t);
                        if (!x || !w) {
                            CHECK(s.reason(r, c, t) == Reason::missing);
                        } else {
                            const Outcome<Share> e = share(*x, *w);
                            REQUIRE(s.reason(r, c, t) == e.reason());
                            if (e) CHECK(s.value(r, c, t) == e.value().round(2, mode));
                        }
                        if (t < 12) continue;
                        const auto x0 = at(p, r, c, f, t - 12);
                        const auto w0 = whole(t - 12);
                        if (x && w && x0 && w0 && !w->is_zero() && !w0->is_zero()) {
                            const PercentagePoints e = share(*x, *w).value() - share(*x0, *w0).value();
                            CHECK(d.value(r, c, t) == e.round(2, mode));
                        } else {
                            CHECK(d.reason(r, c, t) != Reason::none);
                        }
                        if (x && x0 && w0) {
                            const Outcome<PercentagePoints> kc = contribution(*x0, *x, *w0);
                            REQUIRE(k.reason(r, c, t) == kc.reason());
                            if (kc) CHECK(k.value(r, c, t) == kc.value().round(3, mode));
                        } else {
                            CHECK(k.reason(r, c, t) == Reason::missing);
                        }
                    }
                }
        }
}

TEST_CASE("exact shares share changes and contributions in a chosen whole") {
    ExactPanel p({"XM"}, {"S", "KI"}, month(2020, 1), 19, 2);
    p.set(0, 0, Flow::exports, month(2020, 6), 32.41_dec);
    p.set(0, 1, Flow::exports, month(2020, 6), 11.93_dec);
    p.set(0, 0, Flow::exports, month(2021, 6), 34.32_dec);
    p.set(0, 1, Flow::exports, month(2021, 6), 13.21_dec);
    p.set(0, 0, Flow::exports, month(2020, 7), 0_dec);
    p.set(0, 1, Flow::exports, month(2020, 7), 0_dec);
    p.set(0, 0, Flow::exports, month(2021, 7), 1_dec);
    p.set(0, 1, Flow::exports, month(2021, 7), 1_dec);
    const auto june = static_cast<std::size_t>(month(2021, 6) - p.first_month());
    const ExactPanelResult s = shares(p, Flow::exports, 0, 1, RoundingMode::half_up);
    CHECK(s.value(0, 1, june) == 38.5_dec);
    CHECK(s.value(0, 0, june) == 100_dec);
    CHECK(s.reason(0, 1, june - 12 + 1) == Reason::zero_base);
    const ExactPanelResult d = share_changes(p, Flow::exports, 0, 1, RoundingMode::half_up);
    CHECK(d.value(0, 1, june) == 1.7_dec);
    CHECK(d.reason(0, 1, june + 1) == Reason::zero_base);
    const ExactPanelResult k = contributions(p, Flow::exports, 0, 2, RoundingMode::half_up);
    CHECK(k.value(0, 1, june) == 3.95_dec);  // (13.21 − 11.93) / 32.41 = 3.949 %
    CHECK(k.reason(0, 1, june + 1) == Reason::zero_base);
    CHECK_THROWS_AS((void)shares(p, Flow::exports, 2, 1, RoundingMode::half_up), NotFound);
    CHECK_THROWS_AS((void)share_changes(p, Flow::exports, 2, 1, RoundingMode::half_up), NotFound);
    CHECK_THROWS_AS((void)contributions(p, Flow::exports, 2, 1, RoundingMode::half_up), NotFound);
    p.set(0, 0, Flow::imports, month(2021, 6), 40_dec);
    p.set(0, 1, Flow::imports, month(2021, 6), 1_dec);
    CHECK(shares(p, Flow::balance, 0, 1, RoundingMode::half_up).reason(0, 1, june) == Reason::negative_base);
}

TEST_CASE("exact roll-ups are exact sums with the months they hold") {
    const ExactPanel p = sample();
    for (Flow f : flows) {
        const ExactPanelResult q = roll_up(p, f, RollUpTarget::quarter);
        const ExactPanelResult qp = roll_up(p, f, RollUpTarget::quarter, PartialSums::allow);
        const ExactPanelResult ytd = roll_up(p, f, RollUpTarget::year_to_date);
        CHECK(q.scale() == 2);
        CHECK(q.first_period() == 2019 * 4);
        CHECK(q.period_count() == 9);
        for (std::size_t r = 0; r < 2; ++r)
            for (std::size_t c = 0; c < 3; ++c) {
                for (std::size_t k = 0; k < 9; ++k) {
                    Decimal sum;
                    unsigned n = 0;
                    for (std::size_t t = 3 * k; t < std::min<std::size_t>(26, 3 * k + 3); ++t)
                        if (const auto x = at(p, r, c, f, t)) {
                            sum += *x;
                            ++n;
                        }
                    CHECK(q.months_held(r, c, k) == n);
                    if (n == 3)
                        CHECK(q.value(r, c, k) == sum);
                    else
                        CHECK(q.reason(r, c, k) == Reason::missing);
                    if (n > 0) CHECK(qp.value(r, c, k) == sum);
                }
                Decimal running;
                bool complete = true;
                for (std::size_t t = 0; t < 26; ++t) {
                    if (t % 12 == 0) {
                        running = Decimal();
                        complete = true;
                    }
                    const auto x = at(p, r, c, f, t);
                    if (x) running += *x;
                    complete = complete && x.has_value();
                    if (complete)
                        CHECK(ytd.value(r, c, t) == running);
                    else
                        CHECK(ytd.reason(r, c, t) == Reason::missing);
                }
            }
    }
    const ExactPanelResult y = roll_up(p, Flow::exports, RollUpTarget::year, PartialSums::allow);
    CHECK(y.months_expected(2) == 12);
    CHECK(y.months_held(0, 0, 2) <= 2);
    CHECK(roll_up(p, Flow::imports, RollUpTarget::half_year).period_kind() == PeriodKind::half_year);
}

TEST_CASE("exact results checksum and reject bad arguments") {
    const ExactPanel p = sample();
    const ExactPanelResult q = roll_up(p, Flow::exports, RollUpTarget::quarter);
    Decimal sum;
    for (std::size_t i = 0; i < q.units().size(); ++i)
        if (q.reasons()[i] == Reason::none) sum += Decimal::from_units(q.units()[i], 2);
    CHECK(q.sum() == sum);
    CHECK(q.answered() + q.count(Reason::missing) == q.units().size());
    CHECK(q.at(0, 0, 0).has_value() == (q.reason(0, 0, 0) == Reason::none));
    CHECK_THROWS_AS((void)q.value(2, 0, 0), NotFound);
    CHECK_THROWS_AS((void)q.months_expected(9), NotFound);
    CHECK_THROWS_AS((void)yoy_growth(p, Flow::exports, 1, RoundingMode::half_up).months_held(0, 0, 0), InvalidArgument);
    CHECK_THROWS_WITH((void)yoy_growth(p, Flow::exports, 7, RoundingMode::half_up),
                      "exact panel percentages have 0 to 6 decimal places, not 7");
    CHECK_THROWS_AS((void)shares(p, Flow::exports, -1, RoundingMode::half_up), InvalidArgument);
    CHECK_THROWS_AS((void)yoy_growth(p, Flow::exports, 1, static_cast<RoundingMode>(42)), InvalidArgument);
    CHECK_THROWS_AS((void)yoy_growth(p, static_cast<Flow>(42), 1, RoundingMode::half_up), InvalidArgument);
    CHECK_THROWS_AS((void)roll_up(p, Flow::exports, static_cast<RollUpTarget>(9)), InvalidArgument);
    CHECK_THROWS_AS((void)roll_up(p, Flow::exports, RollUpTarget::year, static_cast<PartialSums>(5)), InvalidArgument);
}

TEST_CASE("an exact share change whose difference exceeds 128 bits is an overflow not a wrapped number") {
    // Two categories trade places between the years at the largest units a cell holds: the
    // numerator now × whole_before − before × whole_now is about 10^34, and 10^(places + 2) times
    // it fits in 128 bits (below 1.7 · 10^38) up to 2 places, not at 3.
    ExactPanel p({"XM"}, {"A", "B"}, month(2020, 1), 13, 0);
    p.set_units(0, 0, Flow::exports, month(2020, 1), 1);
    p.set_units(0, 1, Flow::exports, month(2020, 1), ExactPanel::max_units);
    p.set_units(0, 0, Flow::exports, month(2021, 1), ExactPanel::max_units);
    p.set_units(0, 1, Flow::exports, month(2021, 1), 1);
    const ExactPanelResult fits = share_changes(p, Flow::exports, 2, RoundingMode::half_up);
    CHECK(fits.value(0, 0, 12) == 100.00_dec);  // (10^17 − 1) / (10^17 + 1): 99.99999999999999800 pp
    CHECK(fits.value(0, 1, 12) == -100.00_dec);
    CHECK_THROWS_WITH_AS((void)share_changes(p, Flow::exports, 3, RoundingMode::half_up),
                         "the exact share change at position 12 exceeds 128 bits", Overflow);
    CHECK_THROWS_AS((void)share_changes(p, Flow::exports, max_exact_places, RoundingMode::floor), Overflow);
}

TEST_CASE("an exact growth too large for 64 bits is an overflow not a wrapped number") {
    ExactPanel p({"XM"}, {"S"}, month(2020, 1), 13, 0);
    p.set_units(0, 0, Flow::exports, month(2020, 1), 1);
    p.set_units(0, 0, Flow::exports, month(2021, 1), ExactPanel::max_units / 100);
    CHECK(yoy_growth(p, Flow::exports, 0, RoundingMode::half_up).value(0, 0, 12) ==
          Decimal::parse("99999999999999900"));
    CHECK_THROWS_AS((void)yoy_growth(p, Flow::exports, 2, RoundingMode::half_up), Overflow);
}
