// SPDX-License-Identifier: BSL-1.0
// Made-up monthly data for the bulletin tests: series of one reporter in 亿元 (10^8 yuan), built
// month by month, and a spec for January–June 2021 with knowledge-intensive services as a part.
#pragma once

#include <svctrade/bulletins.hpp>
#include <svctrade/categories/aggregate.hpp>
#include <svctrade/money/exchange.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/series/time_series.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bulletin_test {

using namespace svctrade;

inline const Currency cny = Currency::of("CNY");
inline const Currency usd = Currency::of("USD");

inline Money yi(std::string_view hundred_millions) {
    return Money(Decimal::parse(hundred_millions) * Decimal(100000000), cny);
}

/// Monthly series keyed by category and flow.
class Data {
public:
    /// Adds months 1, 2, … of `year` (an empty text leaves the month unreported).
    Data& months(std::string_view code, Flow flow, int year, std::vector<std::string_view> values) {
        TimeSeries& s = series(code, flow);
        for (unsigned m = 0; m < values.size(); ++m)
            if (!values[m].empty()) s.insert(Period::month(year, m + 1), yi(values[m]));
        return *this;
    }
    /// Six months of `year` adding up to `half_year` 亿元: five equal ones, the sixth taking the
    /// remainder.
    Data& half(std::string_view code, Flow flow, int year, std::string_view half_year) {
        const Decimal total = Decimal::parse(half_year);
        const Decimal month = divide(total, Decimal(6), 4, RoundingMode::toward_zero);
        TimeSeries& s = series(code, flow);
        Decimal used;
        for (unsigned m = 1; m <= 5; ++m) {
            s.insert(Period::month(year, m), Money(month * Decimal(100000000), cny));
            used += month;
        }
        s.insert(Period::month(year, 6), Money((total - used) * Decimal(100000000), cny));
        return *this;
    }
    /// Splits `half_year` 亿元 between the categories `codes` (equal parts, the last one taking
    /// the remainder), each as six months by half().
    Data& spread(std::vector<std::string_view> codes, Flow flow, int year, std::string_view half_year) {
        const Decimal total = Decimal::parse(half_year);
        const Decimal part = divide(total, Decimal(static_cast<int>(codes.size())), 4, RoundingMode::toward_zero);
        Decimal used;
        for (std::size_t i = 0; i < codes.size(); ++i) {
            const Decimal v = i + 1 == codes.size() ? total - used : part;
            used += v;
            half(codes[i], flow, year, v.to_string());
        }
        return *this;
    }
    [[nodiscard]] const std::vector<TimeSeries>& all() const { return series_; }

private:
    TimeSeries& series(std::string_view code, Flow flow) {
        const Category c = Category::from_code(code);
        for (TimeSeries& s : series_)
            if (s.category() == c && s.flow() == flow) return s;
        series_.emplace_back(cny, c, flow);
        return series_.back();
    }
    std::vector<TimeSeries> series_;
};

/// January–June 2021 for an illustrative city: total services with its balance, two-year average
/// and dollar equivalent, and knowledge-intensive services with share and share change.
inline BulletinSpec half_year_spec() {
    BulletinSpec spec{.id = "test-2021h1",
                      .area = "CN-Testcity",
                      .area_english = "Testcity",
                      .area_chinese = "测试市",
                      .basis = "illustrative",
                      .period = Period::year_to_date(2021, 6)};
    spec.whole.flows = {Flow::total, Flow::exports, Flow::imports, Flow::balance};
    spec.whole.measures.two_year_average = true;
    spec.whole.measures.dollar_equivalent = true;
    BulletinItem ki = BulletinItem::of(Aggregate::builtin(BuiltinAggregate::knowledge_intensive));
    ki.flows = {Flow::total};
    ki.measures.share = true;
    ki.measures.share_change = true;
    spec.items.push_back(ki);
    return spec;
}

/// The average USD/CNY rate for January–June 2021 the tests convert at (made up).
inline RateTable half_year_rates() {
    RateTable rates;
    rates.add(ExchangeRate::period_average(usd, cny, Decimal::parse("6.4718"), Period::year_to_date(2021, 6)));
    return rates;
}

}  // namespace bulletin_test
