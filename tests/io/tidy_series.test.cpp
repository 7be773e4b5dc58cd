// SPDX-License-Identifier: BSL-1.0
// Tidy files into TimeSeries and back: one series per key, missing periods and statuses kept,
// duplicates and mixed units refused, and read → write → read identical on random files.
#include <doctest/doctest.h>

#include <random>
#include <sstream>
#include <string>

#include <svctrade/io.hpp>

using namespace svctrade;

namespace {

TidyLayout series_layout() {
    TidyLayout l;
    l.columns.reporter = "reporter";
    l.columns.partner = "partner";
    l.columns.item = "item";
    l.columns.flow = "flow";
    l.columns.period = "period";
    l.columns.value = "value";
    l.columns.currency = "currency";
    l.columns.magnitude = "magnitude";
    l.columns.status = "status";
    return l;
}

std::string write(const TidySeriesSet& set, const TidyLayout& l) {
    std::ostringstream out;
    write_tidy_series(out, set.series, l);
    return out.str();
}

}  // namespace

TEST_CASE("tidy series: one series per key, missing periods with their reason") {
    const std::string text =
        "reporter,partner,item,flow,period,value,currency,magnitude,status\n"
        "CN,W1,SI,exports,2021-M01,10.5,CNY,8,\n"
        "CN,W1,SI,exports,2021-M02,,CNY,8,M\n"
        "CN,W1,SI,exports,2021-M03,11.25,CNY,8,E\n"
        "CN,W1,SC,exports,2021-M01,3,CNY,8,\n";
    const TidySeriesSet set = read_tidy_series(text, "t.csv", series_layout());
    REQUIRE(set.series.size() == 2);
    const TidySeriesKey key{"CN", "W1", Category::from_code("SI"), Flow::exports};
    const TidySeries& si = set.series.at(key);
    CHECK(si.magnitude == 8);
    CHECK(si.series.size() == 2);
    CHECK(si.series.category() == Category::from_code("SI"));
    CHECK(si.series.flow() == Flow::exports);
    CHECK(si.series.at(Period::month(2021, 1)).value() == Money(Decimal::parse("10.5"), Currency::of("CNY")));
    CHECK_FALSE(si.series.at(Period::month(2021, 2)));
    CHECK(si.series.status(Period::month(2021, 2)).missing() == Missing::cannot_exist);
    CHECK(si.series.status(Period::month(2021, 3)).has(StatusFlag::estimated));
    CHECK(write(set, series_layout()) ==
          "reporter,partner,item,flow,period,value,currency,magnitude,status\n"
          "CN,W1,SC,exports,2021-M01,3,CNY,8,\n"
          "CN,W1,SI,exports,2021-M01,10.5,CNY,8,\n"
          "CN,W1,SI,exports,2021-M02,,CNY,8,M\n"
          "CN,W1,SI,exports,2021-M03,11.25,CNY,8,E\n");
}

TEST_CASE("tidy series: duplicates, mixed currencies, magnitudes and kinds are refused at their line") {
    const std::string head = "reporter,partner,item,flow,period,value,currency,magnitude,status\n";
    const std::string row = "CN,W1,SI,exports,2021-M01,1,CNY,8,\n";
    const auto message = [&](const std::string& second) {
        try {
            (void)read_tidy_series(head + row + second, "t.csv", series_layout());
        } catch (const CsvError& e) {
            CHECK(e.line() == 3);
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(message(row).find("duplicates are refused") != std::string::npos);
    CHECK(message("CN,W1,SI,exports,2021-M01,,CNY,8,O\n").find("duplicates") != std::string::npos);
    CHECK(message("CN,W1,SI,exports,2021-M02,1,USD,8,\n").find("one series has one currency") != std::string::npos);
    CHECK(message("CN,W1,SI,exports,2021-M02,1,CNY,6,\n").find("magnitude") != std::string::npos);
    CHECK(message("CN,W1,SI,exports,2021-Q1,1,CNY,8,\n").rfind("t.csv:3:1: ", 0) == 0);

    const std::string text = head + row + row + "CN,W1,SI,exports,2021-M02,2,CNY,8,\n";
    const TidySeriesSet set = read_tidy_series(text, "t.csv", series_layout(), OnBadRow::collect);
    REQUIRE(set.rejected.size() == 1);
    CHECK(set.rejected[0].line() == 3);
    CHECK(set.series.begin()->second.series.size() == 2);
}

TEST_CASE("tidy series: the writer refuses what the layout cannot hold") {
    const std::string text = "reporter,item,flow,period,value,currency,magnitude\nCN,SI,exports,2021-M01,1,CNY,8\n";
    TidyLayout l = series_layout();
    l.columns.partner.clear();
    l.columns.status.clear();
    const TidySeriesSet set = read_tidy_series(text, "t.csv", l);
    TidyLayout no_reporter = l;
    no_reporter.columns.reporter.clear();
    CHECK_THROWS_AS((void)write(set, no_reporter), InvalidArgument);
    TidyLayout dollars = l;
    dollars.columns.currency.clear();
    dollars.currency = Currency::of("USD");
    CHECK_THROWS_AS((void)write(set, dollars), InvalidArgument);
    TidyLayout millions = l;
    millions.columns.magnitude.clear();
    millions.magnitude = 6;
    CHECK_THROWS_AS((void)write(set, millions), InvalidArgument);
    CHECK(write(set, l) == text);
}

TEST_CASE("tidy series: a layout that cannot be read is refused by the reader, the writer and TidyWriter") {
    const std::string text = "reporter,item,flow,period,value,currency,magnitude\nCN,SI,exports,2021-M01,1,CNY,8\n";
    TidyLayout good = series_layout();
    good.columns.partner.clear();
    good.columns.status.clear();
    TidyLayout twice = good;
    twice.columns.flow = "item";
    CHECK_THROWS_WITH_AS((void)read_tidy_series(text, "t.csv", twice),
                         "a tidy layout names column \"item\" for two things", InvalidArgument);
    std::istringstream in(text);
    CHECK_THROWS_WITH_AS((void)read_tidy_series(in, "t.csv", twice), doctest::Contains("\"item\""), InvalidArgument);
    TidyLayout both = good;
    both.magnitude = 8;
    CHECK_THROWS_WITH_AS((void)read_tidy_series(text, "t.csv", both),
                         doctest::Contains("states a magnitude and names a magnitude column"), InvalidArgument);
    const TidySeriesSet set = read_tidy_series(text, "t.csv", good);
    REQUIRE(set.series.size() == 1);

    std::ostringstream out;
    CHECK_THROWS_WITH_AS(write_tidy_series(out, set.series, twice), doctest::Contains("\"item\" for two things"),
                         InvalidArgument);
    TidyLayout no_reporter = good;
    no_reporter.columns.reporter.clear();
    CHECK_THROWS_WITH_AS(write_tidy_series(out, set.series, no_reporter),
                         doctest::Contains("it has a reporter and the layout no reporter column"), InvalidArgument);
    TidyLayout dollars = good;
    dollars.columns.currency.clear();
    dollars.currency = Currency::of("USD");
    CHECK_THROWS_WITH_AS(write_tidy_series(out, set.series, dollars),
                         doctest::Contains("it is in CNY and the layout states USD"), InvalidArgument);
    std::ostringstream written;
    write_tidy_series(written, set.series, good);
    CHECK(written.str() == text);

    TidyLayout no_value = good;
    no_value.columns.value.clear();
    std::ostringstream header;
    CHECK_THROWS_WITH_AS(TidyWriter(header, no_value), "a tidy layout needs a value column", InvalidArgument);
    TidyLayout far = good;
    far.columns.magnitude.clear();
    far.magnitude = 31;
    CHECK_THROWS_WITH_AS(TidyWriter(header, far), doctest::Contains("magnitude 31 is outside -30 to 30"),
                         InvalidArgument);
    CHECK(header.str().empty());
    TidyWriter writer(header, good);
    writer.finish();
    CHECK(header.str() == "reporter,item,flow,period,value,currency,magnitude\n");
}

TEST_CASE("tidy series: read, write, read again is identical on random files (fixed seeds)") {
    const char* statuses[] = {"", "", "", "E", "P", "B", "E|P", "A;C", "F", "U;N"};
    const char* missing[] = {"", "M", "O", "Q", "L", "E;C"};
    const char* items[] = {"S", "SI", "SI2", "SC", "SJ1"};
    for (const unsigned seed : {1U, 2U, 3U, 42U, 2021U}) {
        std::mt19937 rng(seed);
        std::string text = "reporter,partner,item,flow,period,value,currency,magnitude,status\n";
        for (const char* reporter : {"CN", "\"Hong Kong, China\""}) {
            for (const char* item : items) {
                if (rng() % 3 == 0) continue;
                const std::string flow = rng() % 2 ? "exports" : "imports";
                const std::string currency = rng() % 2 ? "CNY" : "USD";
                const std::string magnitude = std::to_string(static_cast<int>(rng() % 13) - 2);
                for (int m = 1; m <= 24; ++m) {
                    if (rng() % 7 == 0) continue;
                    const std::string period = std::to_string(2020 + (m - 1) / 12) + "-M" +
                                               ((m - 1) % 12 + 1 < 10 ? "0" : "") + std::to_string((m - 1) % 12 + 1);
                    std::string value;
                    std::string status;
                    if (rng() % 6 == 0) {
                        status = missing[rng() % std::size(missing)];
                    } else {
                        const long units = static_cast<long>(rng() % 2000000) - 400000;
                        const int places = static_cast<int>(rng() % 4);
                        value = Decimal::from_units(units, places).to_string();
                        status = statuses[rng() % std::size(statuses)];
                    }
                    text += std::string(reporter) + ",W1," + item + "," + flow + "," + period + "," + value + "," +
                            currency + "," + magnitude + "," + status + "\n";
                }
            }
        }
        CAPTURE(seed);
        const TidySeriesSet first = read_tidy_series(text, "random.csv", series_layout());
        const std::string written = write(first, series_layout());
        const TidySeriesSet second = read_tidy_series(written, "written.csv", series_layout());
        REQUIRE(first.series.size() == second.series.size());
        CHECK(first.series == second.series);
        for (const auto& [key, s] : first.series) {
            const TidySeries& t = second.series.at(key);
            CHECK(s.magnitude == t.magnitude);
            CHECK(s.series.statuses() == t.series.statuses());
            // Values keep their written scale, not only their value.
            for (const auto& [period, money] : s.series.observations()) {
                CHECK(money.amount().to_string() == t.series.observations().at(period).amount().to_string());
            }
        }
        CHECK(write(second, series_layout()) == written);
    }
}
