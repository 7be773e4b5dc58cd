// SPDX-License-Identifier: BSL-1.0
// Tidy files into Panel and ExactPanel and back: keys found in the file, statuses and missing
// reasons in the panel, missing never zero, duplicates and what a panel cannot hold refused, and read → write →
// read identical on random files for both paths.
#include <doctest/doctest.h>

#include <algorithm>
#include <charconv>
#include <iomanip>
#include <random>
#include <sstream>
#include <string>

#include <svctrade/io.hpp>

using namespace svctrade;

namespace {

TidyLayout panel_layout() {
    TidyLayout l;
    l.columns.reporter = "reporter";
    l.columns.item = "item";
    l.columns.flow = "flow";
    l.columns.period = "month";
    l.columns.value = "value";
    l.columns.status = "status";
    l.currency = Currency::of("CNY");
    l.magnitude = 8;
    return l;
}

const std::string file =
    "month,flow,item,reporter,value,status,note\n"
    "2021-M01,exports,SI,CityB,10.25,,x\n"
    "2021-M03,exports,SI,CityB,,O,x\n"
    "2021-M02,imports,SC,CityA,-3,E,x\n"
    "2021-M01,exports,SC,CityA,4.5,,x\n";

template <class P>
std::string written(const TidyPanelOf<P>& t, const TidyLayout& l = panel_layout()) {
    std::ostringstream out;
    write_tidy_panel(out, t, l);
    return out.str();
}

}  // namespace

TEST_CASE("tidy panel: keys from the file, reporters as first named, categories in classification order") {
    const TidyPanel t = read_tidy_panel(file, "p.csv", panel_layout());
    const Panel& p = t.panel;
    REQUIRE(p.reporter_count() == 2);
    CHECK(p.reporter(0) == "CityB");
    CHECK(p.reporter(1) == "CityA");
    REQUIRE(p.category_count() == 2);
    CHECK(p.category(0) == "SC");
    CHECK(p.category(1) == "SI");
    CHECK(p.is_classified());
    CHECK(p.first_month() == MonthIndex(2021, 1));
    CHECK(p.month_count() == 3);
    CHECK(t.currency == Currency::of("CNY"));
    CHECK(t.magnitude == 8);
    CHECK(p.value(0, 1, Flow::exports, MonthIndex(2021, 1)) == 10.25);
    CHECK(p.value(1, 0, Flow::imports, MonthIndex(2021, 2)) == -3.0);
    CHECK_FALSE(p.value(0, 1, Flow::exports, MonthIndex(2021, 3)));  // missing, not zero
    CHECK_FALSE(p.value(0, 1, Flow::exports, MonthIndex(2021, 2)));  // never given
    CHECK(p.has_statuses());
    CHECK(p.status(0, 1, Flow::exports, MonthIndex(2021, 3)) == ObservationStatus::missing(Missing::not_available));
    CHECK(p.recorded_missing(Flow::exports, p.position(0, 1, MonthIndex(2021, 3))));
    CHECK(p.status(0, 1, Flow::exports, MonthIndex(2021, 2)) == ObservationStatus::missing(Missing::not_provided));
    CHECK_FALSE(p.recorded_missing(Flow::exports, p.position(0, 1, MonthIndex(2021, 2))));
    CHECK(p.status(1, 0, Flow::imports, MonthIndex(2021, 2)) == ObservationStatus().with(StatusFlag::estimated));
    CHECK(p.status(0, 1, Flow::exports, MonthIndex(2021, 1)) == ObservationStatus());
    CHECK(p.statuses(Flow::exports).size() == p.cell_count());
    CHECK(p.statuses(Flow::imports).size() == p.cell_count());

    const TidyExactPanel e = read_tidy_exact_panel(file, "p.csv", panel_layout(), 2);
    CHECK(e.panel.scale() == 2);
    CHECK(e.panel.value(0, 1, Flow::exports, MonthIndex(2021, 1)) == Decimal::parse("10.25"));
    CHECK(e.panel.units(Flow::imports)[e.panel.position(1, 0, MonthIndex(2021, 2))] == -300);
    for (const Flow flow : {Flow::exports, Flow::imports}) {
        CHECK(std::ranges::equal(e.panel.statuses(flow), p.statuses(flow)));
    }
}

TEST_CASE("tidy panel: written back by reporter, category, flow and month") {
    const std::string expected =
        "reporter,item,flow,month,value,status\n"
        "CityB,SI,exports,2021-M01,10.25,\n"
        "CityB,SI,exports,2021-M03,,O\n"
        "CityA,SC,exports,2021-M01,4.5,\n"
        "CityA,SC,imports,2021-M02,-3,E\n";
    CHECK(written(read_tidy_panel(file, "p.csv", panel_layout())) == expected);
    const std::string exact =
        "reporter,item,flow,month,value,status\n"
        "CityB,SI,exports,2021-M01,10.250,\n"
        "CityB,SI,exports,2021-M03,,O\n"
        "CityA,SC,exports,2021-M01,4.500,\n"
        "CityA,SC,imports,2021-M02,-3.000,E\n";
    CHECK(written(read_tidy_exact_panel(file, "p.csv", panel_layout(), 3)) == exact);
}

TEST_CASE("tidy panel: what a panel cannot hold is refused at its line and column") {
    const std::string head = "reporter,item,flow,month,value,status\n";
    const std::string row = "A,SI,exports,2021-M01,1,\n";
    const auto message = [&](const std::string& rows, int scale = -1) {
        try {
            if (scale < 0) {
                (void)read_tidy_panel(head + rows, "p.csv", panel_layout());
            } else {
                (void)read_tidy_exact_panel(head + rows, "p.csv", panel_layout(), scale);
            }
        } catch (const CsvError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(message(row + "A,SI,exports,2021-M01,2,\n")
              .rfind("p.csv:3:1: a second observation for A SI exports 2021-M01 "
                     "(the first is on line 2)",
                     0) == 0);
    CHECK(message(row + "A,SI,exports,2021-M01,,M\n").find("duplicates are refused") != std::string::npos);
    CHECK(message(row + "A,SI,total,2021-M02,2,\n").rfind("p.csv:3:6: column \"flow\": a panel stores", 0) == 0);
    CHECK(message(row + "A,SI,exports,2021-Q1,2,\n").rfind("p.csv:3:14: column \"month\": a panel holds months", 0) ==
          0);
    CHECK(message(row + "A,SI,exports,2021-13,2,\n").rfind("p.csv:3:14: column \"month\": ", 0) == 0);
    CHECK(message(row + "A,SI,exports,2021-M02,1e3,\n").rfind("p.csv:3:23: column \"value\": ", 0) == 0);
    CHECK(message(row + "A,SI,exports,2021-M02,inf,\n").rfind("p.csv:3:23: column \"value\": ", 0) == 0);
    CHECK(message(row + "A,SI,exports,2021-M02,1.234,\n", 2).find("more decimal places than the panel's scale of 2") !=
          std::string::npos);
    CHECK(message(row + "A,SI,exports,2021-M02,1.230,\n", 2) == "no error");
    CHECK(message(row + "A,SI,exports,2021-M02,1000000000000000000,\n", 0).find("beyond the exact panel's range") !=
          std::string::npos);
    CHECK(message("").find("has none") != std::string::npos);

    TidyLayout with_partner = panel_layout();
    with_partner.columns.partner = "partner";
    CHECK_THROWS_AS((void)read_tidy_panel(head, "p.csv", with_partner), InvalidArgument);
    TidyLayout no_flow = panel_layout();
    no_flow.columns.flow.clear();
    CHECK_THROWS_AS((void)read_tidy_panel(head, "p.csv", no_flow), InvalidArgument);
    CHECK_THROWS_AS((void)read_tidy_exact_panel(head + row, "p.csv", panel_layout(), 13), InvalidArgument);
}

TEST_CASE("tidy panel: collecting keeps the good rows, the first of two duplicates, and lists the rest") {
    const std::string text =
        "reporter,item,flow,month,value,status\n"
        "A,SI,exports,2021-M01,1,\n"
        "A,SI,exports,2021-M01,2,\n"
        "A,XX,exports,2021-M02,2,\n"
        "A,SI,exports,2021-M03,3,\n";
    const TidyPanel t = read_tidy_panel(text, "p.csv", panel_layout(), OnBadRow::collect);
    REQUIRE(t.rejected.size() == 2);
    CHECK(t.rejected[0].line() == 3);
    CHECK(t.rejected[1].line() == 4);
    CHECK(t.panel.value(0, 0, Flow::exports, MonthIndex(2021, 1)) == 1.0);
    CHECK(t.panel.valid_count(Flow::exports) == 2);
    const std::string bad = "reporter,item,flow,month,value,status\nA,XX,exports,2021-M02,2,\n";
    CHECK_THROWS_AS((void)read_tidy_panel(bad, "p.csv", panel_layout(), OnBadRow::collect), CsvError);
}

TEST_CASE("tidy panel: the writer refuses a layout that cannot hold the panel") {
    const TidyPanel t = read_tidy_panel(file, "p.csv", panel_layout());
    TidyLayout dollars = panel_layout();
    dollars.currency = Currency::of("USD");
    CHECK_THROWS_AS((void)written(t, dollars), InvalidArgument);
    TidyLayout millions = panel_layout();
    millions.magnitude = 6;
    CHECK_THROWS_AS((void)written(t, millions), InvalidArgument);
    TidyLayout no_status = panel_layout();
    no_status.columns.status.clear();
    std::ostringstream out;
    CHECK_THROWS_AS(write_tidy_panel(out, t, no_status), InvalidArgument);
    CHECK(out.str().empty());  // refused before a byte is written
    CHECK_THROWS_AS(write_tidy_panel(out, t, dollars), InvalidArgument);

    // A status the layout's codes have no text for: SDMX codes no non-statistical secrecy.
    TidyExactPanel secret = read_tidy_exact_panel(file, "p.csv", panel_layout(), 2);
    secret.panel.set_units(0, 1, Flow::exports, MonthIndex(2021, 2), 5,
                           ObservationStatus().with(Confidentiality::non_statistical_secrecy));
    try {
        write_tidy_panel(out, secret, panel_layout());
        FAIL("no error");
    } catch (const InvalidArgument& e) {
        CHECK(std::string(e.what()).find("non-statistical secrecy") != std::string::npos);
    }
    CHECK(out.str().empty());
    TidyLayout eurostat = panel_layout();
    eurostat.status_codes = StatusCodes::eurostat;
    CHECK(written(secret, eurostat).find("CityB,SI,exports,2021-M02,0.05,P\n") != std::string::npos);

    // Without a status column a panel whose only statuses are cells listed without a value is
    // written, those cells as empty values.
    const TidyPanel plain = read_tidy_panel(
        "reporter,item,flow,month,value\nA,SI,exports,2021-M01,1\n"
        "A,SI,exports,2021-M02,\n",
        "p.csv", no_status);
    CHECK(plain.panel.recorded_missing(Flow::exports, 1));
    CHECK(written(plain, no_status) ==
          "reporter,item,flow,month,value\nA,SI,exports,2021-M01,1\nA,SI,exports,2021-M02,\n");

    std::ostringstream refusing;
    refusing.setstate(std::ios::badbit);
    CHECK_THROWS_AS(write_tidy_panel(refusing, t, panel_layout()), Error);
}

TEST_CASE("tidy panel: the writer names what the layout lacks, and a stream that refuses the bytes") {
    const TidyPanel t = read_tidy_panel(file, "p.csv", panel_layout());
    const TidyExactPanel e = read_tidy_exact_panel(file, "p.csv", panel_layout(), 2);
    std::ostringstream out;
    TidyLayout no_item = panel_layout();
    no_item.columns.item.clear();
    CHECK_THROWS_WITH_AS(write_tidy_panel(out, t, no_item), doctest::Contains("needs reporter, item and flow columns"),
                         InvalidArgument);
    TidyLayout with_partner = panel_layout();
    with_partner.columns.partner = "partner";
    CHECK_THROWS_WITH_AS(write_tidy_panel(out, e, with_partner), doctest::Contains("a panel has no partner axis"),
                         InvalidArgument);
    TidyLayout dollars = panel_layout();
    dollars.currency = Currency::of("USD");
    CHECK_THROWS_WITH_AS(write_tidy_panel(out, t, dollars), "cannot write a panel in CNY in a layout that states USD",
                         InvalidArgument);
    TidyLayout millions = panel_layout();
    millions.magnitude = 6;
    CHECK_THROWS_WITH_AS(write_tidy_panel(out, e, millions),
                         "cannot write a panel of magnitude 8 in a layout that states 6", InvalidArgument);
    TidyLayout no_status = panel_layout();
    no_status.columns.status.clear();
    CHECK_THROWS_WITH_AS(write_tidy_panel(out, t, no_status), doctest::Contains("in a layout without a status column"),
                         InvalidArgument);
    CHECK(out.str().empty());

    // A stream that refuses the bytes, for both paths; the twins write to one that takes them.
    std::ostringstream refusing;
    refusing.setstate(std::ios::badbit);
    CHECK_THROWS_WITH_AS(write_tidy_panel(refusing, t, panel_layout()),
                         "cannot write CSV: the stream refused the bytes", Error);
    CHECK_THROWS_WITH_AS(write_tidy_panel(refusing, e, panel_layout()),
                         "cannot write CSV: the stream refused the bytes", Error);
    std::ostringstream fast;
    std::ostringstream exact;
    CHECK_NOTHROW(write_tidy_panel(fast, t, panel_layout()));
    CHECK_NOTHROW(write_tidy_panel(exact, e, panel_layout()));
    CHECK(fast.str() == written(t));
    CHECK(exact.str() == written(e));
    CHECK(fast.str().rfind("reporter,item,flow,month,value,status\n", 0) == 0);
}

TEST_CASE("tidy panel: read, write, read again is identical on random files, both paths (fixed seeds)") {
    const char* statuses[] = {"", "", "", "", "E", "P", "B|E", "A;C"};
    const char* missing[] = {"", "M", "O", "Q", "E;C"};
    const char* items[] = {"SC", "SD", "SI", "SJ", "S", "SI2"};
    for (const unsigned seed : {7U, 8U, 9U, 1234U}) {
        std::mt19937 rng(seed);
        std::string text = "reporter,item,flow,month,value,currency,magnitude,status\n";
        const std::string magnitude = std::to_string(static_cast<int>(rng() % 10));
        for (const char* reporter : {"\"Hong Kong, China\"", "CityA", "\"City \"\"B\"\"\""}) {
            for (const char* item : items) {
                for (const char* flow : {"exports", "imports"}) {
                    for (int m = 0; m < 30; ++m) {
                        if (rng() % 5 == 0) continue;
                        const int year = 2019 + m / 12;
                        const int month = m % 12 + 1;
                        std::string value;
                        std::string status;
                        if (rng() % 8 == 0) {
                            status = missing[rng() % std::size(missing)];
                        } else {
                            value = Decimal::from_units(static_cast<long>(rng() % 20000000) - 5000000,
                                                        static_cast<int>(rng() % 4))
                                        .to_string();
                            status = statuses[rng() % std::size(statuses)];
                        }
                        text += std::string(reporter) + "," + item + "," + flow + "," + std::to_string(year) +
                                (month < 10 ? "-M0" : "-M") + std::to_string(month) + "," + value + ",USD," +
                                magnitude + "," + status + "\n";
                    }
                }
            }
        }
        CAPTURE(seed);
        TidyLayout l = panel_layout();
        l.currency.reset();
        l.magnitude.reset();
        l.columns.currency = "currency";
        l.columns.magnitude = "magnitude";

        const TidyPanel fast = read_tidy_panel(text, "random.csv", l);
        const std::string fast_text = written(fast, l);
        const TidyPanel fast_again = read_tidy_panel(fast_text, "written.csv", l);
        CHECK(fast_again.currency == Currency::of("USD"));
        CHECK(fast_again.magnitude == fast.magnitude);
        for (const Flow flow : {Flow::exports, Flow::imports}) {
            CHECK(std::ranges::equal(fast_again.panel.statuses(flow), fast.panel.statuses(flow)));
            CHECK(std::ranges::equal(fast_again.panel.values(flow), fast.panel.values(flow)));  // to the bit
            CHECK(std::ranges::equal(fast_again.panel.valid(flow), fast.panel.valid(flow)));
        }
        CHECK(written(fast_again, l) == fast_text);

        const TidyExactPanel exact = read_tidy_exact_panel(text, "random.csv", l, 3);
        const std::string exact_text = written(exact, l);
        const TidyExactPanel exact_again = read_tidy_exact_panel(exact_text, "written.csv", l, 3);
        for (const Flow flow : {Flow::exports, Flow::imports}) {
            CHECK(std::ranges::equal(exact_again.panel.statuses(flow), exact.panel.statuses(flow)));
            CHECK(std::ranges::equal(exact.panel.statuses(flow), fast.panel.statuses(flow)));
            CHECK(std::ranges::equal(exact_again.panel.units(flow), exact.panel.units(flow)));
            CHECK(std::ranges::equal(exact.panel.valid(flow), fast.panel.valid(flow)));
        }
        CHECK(written(exact_again, l) == exact_text);
    }
}

TEST_CASE("tidy panel: the fast path reads every value as the nearest double, as from_chars does") {
    std::mt19937_64 rng(2026);
    std::string text = "reporter,item,flow,month,value,status\n";
    std::vector<std::string> values;
    for (int m = 0; m < 400; ++m) {
        // Short and long mantissas, up to 25 places, beyond 2^53 and beyond 19 digits.
        const int digits = 1 + static_cast<int>(rng() % 24);
        std::string v = (rng() % 3 == 0) ? "-" : "";
        for (int d = 0; d < digits; ++d) v += static_cast<char>('0' + rng() % 10);
        if (rng() % 4 != 0) {
            v += '.';
            const int places = 1 + static_cast<int>(rng() % 25);
            for (int d = 0; d < places; ++d) v += static_cast<char>('0' + rng() % 10);
        }
        if (v.size() > 30) v.resize(30);  // within the Decimal grammar's 38 digits
        if (v.back() == '.' || v.back() == '-') v += '1';
        values.push_back(v);
        text += "A,SI,exports," + std::to_string(1990 + m / 12) + (m % 12 < 9 ? "-M0" : "-M") +
                std::to_string(m % 12 + 1) + "," + v + ",\n";
    }
    const TidyPanel t = read_tidy_panel(text, "p.csv", panel_layout());
    for (std::size_t m = 0; m < values.size(); ++m) {
        CAPTURE(values[m]);
        const std::string& v = values[m];
        double expected = 0;
        const char* first = v.data();
        (void)std::from_chars(first, v.data() + v.size(), expected);
        CHECK(t.panel.values(Flow::exports)[m] == expected);
    }
}

namespace {

// Everything a read gives, as text: the panel's keys, cells, statuses, unit and rejected rows, or
// the type and message of what it threw.
template <class T>
std::string described(const T& t) {
    std::ostringstream out;
    const auto& p = t.panel;
    for (std::size_t r = 0; r < p.reporter_count(); ++r) out << p.reporter(r) << ';';
    for (std::size_t k = 0; k < p.category_count(); ++k) out << p.category(k) << ';';
    out << p.first_month().number() << '+' << p.month_count() << ' ' << t.currency.code() << ' ' << t.magnitude << '\n';
    for (const Flow flow : {Flow::exports, Flow::imports}) {
        for (std::size_t i = 0; i < p.cell_count(); ++i) {
            if constexpr (std::is_same_v<T, TidyPanel>) {
                out << std::setprecision(17) << p.values(flow)[i];
            } else {
                out << p.units(flow)[i];
            }
            out << '/' << int{p.valid(flow)[i]} << '/' << p.status_at(flow == Flow::exports ? 0 : 1, i).to_string()
                << (p.recorded_missing(flow, i) ? "/listed" : "") << ' ';
        }
        out << '\n';
    }
    for (const CsvError& e : t.rejected) out << "rejected " << e.line() << ':' << e.column() << ' ' << e.what() << '\n';
    return out.str();
}

template <class Read>
std::string outcome(Read read) {
    try {
        return described(read());
    } catch (const CsvError& e) {
        return std::string("CsvError ") + e.what();
    } catch (const InvalidArgument& e) {
        return std::string("InvalidArgument ") + e.what();
    } catch (const Error& e) {
        return std::string("Error ") + e.what();
    }
}

// The outcome of reading `text` on `threads` threads, both paths, from bytes and from a stream.
std::string read_on(const std::string& text, std::size_t threads, OnBadRow on_bad_row,
                    const TidyLayout& layout = panel_layout()) {
    const TidyReadOptions options{on_bad_row, threads};
    std::istringstream stream(text);
    std::istringstream exact_stream(text);
    const std::string fast = outcome([&] { return read_tidy_panel(text, "t.csv", layout, options); });
    const std::string from_stream = outcome([&] { return read_tidy_panel(stream, "t.csv", layout, options); });
    const std::string exact = outcome([&] { return read_tidy_exact_panel(text, "t.csv", layout, 3, options); });
    const std::string exact_from_stream =
        outcome([&] { return read_tidy_exact_panel(exact_stream, "t.csv", layout, 3, options); });
    CHECK(from_stream == fast);
    CHECK(exact_from_stream == exact);
    // Every row through the tokenizer: the same text with a comment line holding a quote after it
    // (a quote makes every reader tokenize the whole text, src/io/tidy_panel.cpp).
    TidyLayout general = layout;
    if (general.dialect.comment == '\0') general.dialect.comment = '#';
    std::string ended = text;  // so that the line after it does not change what its last line is
    if (!ended.empty() && ended.back() != '\n' && ended.back() != '\r') ended += '\n';
    // (A text with a quote is tokenized whole already, and its quote might take in the line.)
    const std::string tokenized =
        ended.find('"') == std::string::npos ? ended + general.dialect.comment + " \"\n" : ended;
    const TidyReadOptions one{on_bad_row, 1};
    CHECK(outcome([&] { return read_tidy_panel(tokenized, "t.csv", general, one); }) ==
          outcome([&] { return read_tidy_panel(ended, "t.csv", layout, options); }));
    CHECK(outcome([&] { return read_tidy_exact_panel(tokenized, "t.csv", general, 3, one); }) ==
          outcome([&] { return read_tidy_exact_panel(ended, "t.csv", layout, 3, options); }));
    return fast + "\n--- exact\n" + exact;
}

// A file of `rows` random rows (fixed seed): several reporters, statuses, missing values.
std::string random_rows(unsigned seed, int rows) {
    std::mt19937 rng(seed);
    const char* items[] = {"SC", "SD", "SI", "SJ", "S", "SI2"};
    const char* statuses[] = {"", "", "", "", "E", "P"};
    std::string text;
    for (int i = 0; i < rows; ++i) {
        const int m = i % 60;
        const int series = i / 60;
        text += "R" + std::to_string(series % 7 + (series / 84) * 7) + "," + items[(series / 7) % 6] + "," +
                ((series / 42) % 2 == 0 ? "exports" : "imports") + "," + std::to_string(2015 + m / 12) +
                (m % 12 < 9 ? "-M0" : "-M") + std::to_string(m % 12 + 1) + ",";
        if (rng() % 10 == 0) {
            text += rng() % 2 == 0 ? ",O\n" : ",\n";
        } else {
            text += std::to_string(static_cast<int>(rng() % 2000000) - 500000) + "." + std::to_string(rng() % 10) +
                    "," + statuses[rng() % std::size(statuses)] + "\n";
        }
    }
    return text;
}

constexpr const char* head = "reporter,item,flow,month,value,status\n";

}  // namespace

TEST_CASE("tidy panel threads: any number of threads reads the panel one thread reads") {
    const std::string text = head + random_rows(11, 3000);
    const std::string one = read_on(text, 1, OnBadRow::stop);
    REQUIRE(one.rfind("CsvError", 0) != 0);
    CHECK(one.find("/listed") != std::string::npos);     // rows without a value are in the panel
    CHECK(one.find("/estimated") != std::string::npos);  // and statuses
    for (const std::size_t threads : {2U, 3U, 4U, 7U, 16U}) {
        CAPTURE(threads);
        CHECK(read_on(text, threads, OnBadRow::stop) == one);
        CHECK(read_on(text, threads, OnBadRow::collect) == read_on(text, 1, OnBadRow::collect));
    }
    // CRLF and lone CR line breaks, blank and comment lines, a byte-order mark: the same lines.
    TidyLayout commented = panel_layout();
    commented.dialect.comment = '#';
    std::string crlf = std::string("\xEF\xBB\xBF# a note, \"quoted\"\r\n\r\n") + head;
    std::string rows = random_rows(12, 800);
    for (std::size_t at = rows.find('\n'); at != std::string::npos; at = rows.find('\n', at + 2)) {
        rows.replace(at, 1, at % 3 == 0 ? "\r" : "\r\n");
    }
    rows.insert(rows.size() / 2, "\n# halfway\n\n");
    rows += "R0,SC,exports,2021-M01,x,\n";  // a bad row near the end names its line
    crlf += rows;
    const std::string crlf_one = read_on(crlf, 1, OnBadRow::collect, commented);
    CHECK(crlf_one.find("rejected") != std::string::npos);
    for (const std::size_t threads : {2U, 5U}) {
        CAPTURE(threads);
        CHECK(read_on(crlf, threads, OnBadRow::collect, commented) == crlf_one);
        CHECK(read_on(crlf, threads, OnBadRow::stop, commented) == read_on(crlf, 1, OnBadRow::stop, commented));
    }
}

TEST_CASE("tidy panel threads: bad rows and duplicates in different parts give one thread's errors") {
    std::vector<std::string> lines;
    {
        std::istringstream in(random_rows(21, 2400));
        for (std::string line; std::getline(in, line);) lines.push_back(line + "\n");
    }
    // Bad rows spread over the file (so over the parts), a duplicate of an early row late in
    // the file, a bad row on the last line.
    lines[30] = "R1,SC,exports,2015-M13,1,\n";
    lines[700] = "R1,XX,exports,2015-M01,1,\n";
    lines[1300] = "R1,SC,total,2015-M01,1,\n";
    lines[1900] = lines[5];
    lines[2000] = "R1,SC,exports,2015-M01,1.2345,\n";  // more places than the exact path's 3
    lines.back() = "R1,SC,exports,2015-M01,1,,extra\n";
    std::string text = head;
    for (const std::string& line : lines) text += line;
    const std::string collected = read_on(text, 1, OnBadRow::collect);
    CHECK(collected.find("rejected 32:") != std::string::npos);
    CHECK(collected.find("a second observation for") != std::string::npos);
    const std::string stopped = read_on(text, 1, OnBadRow::stop);
    CHECK(stopped.rfind("CsvError t.csv:32:", 0) == 0);
    for (const std::size_t threads : {2U, 3U, 4U, 8U}) {
        CAPTURE(threads);
        CHECK(read_on(text, threads, OnBadRow::collect) == collected);
        CHECK(read_on(text, threads, OnBadRow::stop) == stopped);
    }
    // Without the early bad rows the first error with stop is a later part's, and without any
    // the duplicate found while filling.
    lines[30] = lines[31];
    lines[31] = "Q1,SD,exports,2015-M01,1,\n";
    lines[700] = lines[701];
    lines[701] = "Q2,SD,exports,2015-M01,1,\n";
    text = head;
    for (const std::string& line : lines) text += line;
    for (const std::size_t threads : {1U, 2U, 4U}) {
        CAPTURE(threads);
        CHECK(read_on(text, threads, OnBadRow::stop).rfind("CsvError t.csv:1302:", 0) == 0);
    }
    text = head;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (i != 1300 && i != 2000) text += lines[i];
    }
    const std::string duplicate = read_on(text, 1, OnBadRow::stop);
    CHECK(duplicate.find("a second observation for") != std::string::npos);
    CHECK(duplicate.find("(the first is on line 7)") != std::string::npos);
    for (const std::size_t threads : {2U, 4U}) CHECK(read_on(text, threads, OnBadRow::stop) == duplicate);
}

TEST_CASE("tidy panel threads: text that stops being CSV, currencies that differ between parts") {
    // Bytes that are not UTF-8 in a late part stop the reading, collecting or not.
    std::string text = head + random_rows(31, 1500);
    text.insert(text.size() - 200, "\xC3(");
    const std::string broken = read_on(text, 1, OnBadRow::collect);
    CHECK(broken.find("is not UTF-8") != std::string::npos);
    for (const std::size_t threads : {2U, 4U}) CHECK(read_on(text, threads, OnBadRow::collect) == broken);

    // A currency column whose first rows differ from one part to the next: the rows refused
    // are those one thread refuses.
    TidyLayout l = panel_layout();
    l.currency.reset();
    l.columns.currency = "currency";
    std::string mixed = "reporter,item,flow,month,value,status,currency\n";
    std::istringstream in(random_rows(32, 1200));
    int i = 0;
    for (std::string line; std::getline(in, line); ++i) mixed += line + (i > 600 && i < 900 ? ",EUR\n" : ",USD\n");
    const std::string refused = read_on(mixed, 1, OnBadRow::collect, l);
    CHECK(refused.find("the rows before are in USD") != std::string::npos);
    CHECK(read_on(mixed, 1, OnBadRow::stop, l).find("t.csv:603:") != std::string::npos);
    for (const std::size_t threads : {2U, 3U}) {
        CHECK(read_on(mixed, threads, OnBadRow::collect, l) == refused);
        CHECK(read_on(mixed, threads, OnBadRow::stop, l) == read_on(mixed, 1, OnBadRow::stop, l));
    }
}

TEST_CASE("tidy panel threads: quoted fields, short files, and the number of threads") {
    // A quoted field may hold a line break: such a file is read by one thread, with its lines.
    std::string quoted(head);
    for (int i = 0; i < 400; ++i) {
        quoted += (i % 50 == 7 ? "\"City\nA\"" : "\"City, B\"") + std::string(",SC,exports,") +
                  std::to_string(1990 + i / 12) + (i % 12 < 9 ? "-M0" : "-M") + std::to_string(i % 12 + 1) + ",1,\n";
    }
    quoted += "\"City, B\",SC,exports,1990-M01,2,\n";
    const std::string one = read_on(quoted, 1, OnBadRow::collect);
    CHECK(one.find("City\nA") != std::string::npos);
    CHECK(one.find("rejected 410:") != std::string::npos);  // eight quoted line breaks before it
    CHECK(read_on(quoted, 4, OnBadRow::collect) == one);
    CHECK(read_on(quoted, 4, OnBadRow::stop) == read_on(quoted, 1, OnBadRow::stop));
    // A quote late in the file: a stream is read in segments up to it on threads, the rest on one.
    std::string late = head + random_rows(41, 3000);
    late.insert(late.rfind("\nR") + 1, "\"City\nC\",SC,exports,2015-M01,1,\n");
    late += "R0,SC,exports,2015-M02,x,\n";
    const std::string late_one = read_on(late, 1, OnBadRow::collect);
    CHECK(late_one.find("City\nC") != std::string::npos);
    CHECK(late_one.find("rejected 3004:") != std::string::npos);  // one quoted line break before it
    for (const std::size_t threads : {2U, 3U}) {
        CHECK(read_on(late, threads, OnBadRow::collect) == late_one);
        CHECK(read_on(late, threads, OnBadRow::stop) == read_on(late, 1, OnBadRow::stop));
    }

    // Fewer lines than threads, a header alone, nothing at all.
    const std::string two_rows = std::string(head) + "A,SI,exports,2021-M01,1,\nA,SI,exports,2021-M02,,M\n";
    for (const std::string& small : {two_rows, std::string(head), std::string(), std::string("reporter,item\n")}) {
        for (const std::size_t threads : {2U, 8U, 256U}) {
            CAPTURE(small);
            CAPTURE(threads);
            CHECK(read_on(small, threads, OnBadRow::stop) == read_on(small, 1, OnBadRow::stop));
            CHECK(read_on(small, threads, OnBadRow::collect) == read_on(small, 1, OnBadRow::collect));
        }
    }

    CHECK_THROWS_WITH_AS((void)read_tidy_panel(two_rows, "t.csv", panel_layout(), TidyReadOptions{OnBadRow::stop, 0}),
                         "a tidy panel reader needs at least one thread, and was given 0", InvalidArgument);
    std::istringstream stream(two_rows);
    CHECK_THROWS_WITH_AS(
        (void)read_tidy_exact_panel(stream, "t.csv", panel_layout(), 2, TidyReadOptions{OnBadRow::collect, 0}),
        "a tidy panel reader needs at least one thread, and was given 0", InvalidArgument);
    CHECK_THROWS_WITH_AS((void)read_tidy_panel(two_rows, "t.csv", panel_layout(), TidyReadOptions{OnBadRow::stop, 257}),
                         "a tidy panel reader uses at most 256 threads, and was given 257", InvalidArgument);
    // The options' defaults are the other overloads' behaviour.
    CHECK(described(read_tidy_panel(two_rows, "t.csv", panel_layout(), TidyReadOptions{})) ==
          described(read_tidy_panel(two_rows, "t.csv", panel_layout())));

    // A stream that fails is an Error, on one thread or several.
    for (const std::size_t threads : {1U, 2U}) {
        std::istringstream failing(two_rows);
        failing.setstate(std::ios::badbit);
        CHECK_THROWS_WITH_AS(
            (void)read_tidy_panel(failing, "t.csv", panel_layout(), TidyReadOptions{OnBadRow::stop, threads}),
            doctest::Contains("t.csv: cannot read the stream"), Error);
    }
}

TEST_CASE("tidy panel plain rows: bytes in memory read each row as a stream read through the tokenizer does") {
    // Text without quotes is read the plain-row way (a row repeating the last row's keys is read
    // straight from the bytes); read_on() checks each outcome against a text whose every row goes
    // through CsvReader. Rows the plain-row way must hand on, each after plain rows of its series.
    const std::string variants[] = {
        "R1,SC,exports,2015-M07,5.5,\n",                                         // a plain row (the twin)
        "R1,SC,exports,2015-07,5.5,\n",                                          // the month without M
        "R1,SC,exports,2015-Q3,5.5,\n",                                          // not a month
        "R1,SC,exports,2015-M7,5.5,\n",                                          // not a month either
        "R1,SC,exports,2015-M13,5.5,\n",                                         // no month 13
        "R1,SC,exports,1399-M01,5.5,\n",                                         // before Period's years
        "R1,SC,exports,2015-M07,,\n",                                            // no value
        "R1,SC,exports,2015-M07,,O\n",                                           // no value, with its reason
        "R1,SC,exports,2015-M07,5.5,E\n",                                        // another status
        "R1,SC,exports,2015-M07,5.5,M\n",                                        // a value under a missing status
        "R1,SC,exports,2015-M07,+5.5,\n",                                        // a plus sign
        "R1,SC,exports,2015-M07,-0,\n",                                          // minus zero
        "R1,SC,exports,2015-M07,.5,\n",                                          // no integer digits
        "R1,SC,exports,2015-M07,5.,\n",                                          // no places
        "R1,SC,exports,2015-M07,1e3,\n",                                         // an exponent
        "R1,SC,exports,2015-M07,1 000,\n",                                       // a space
        "R1,SC,exports,2015-M07,5.1234,\n",                                      // more places than the exact path's 3
        "R1,SC,exports,2015-M07,5.1230000,\n",                                   // more places, all zeros
        "R1,SC,exports,2015-M07,12345678901234567890,\n",                        // 20 digits
        "R1,SC,exports,2015-M07,9007199254740993,\n",                            // above 2^53
        "R1,SC,exports,2015-M07,0.1000000000000000055511151231257827,\n",        // 37 places
        "R1,SC,exports,2015-M07,99999999999999.9999,\n",                         // beyond the exact panel's range
        "R1,SC,exports,2015-M07,5.5\n",                                          // a field missing
        "R1,SC,exports,2015-M07,5.5,,\n",                                        // a field more
        "R1,SC,exports,2015-M07,5.5,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\n",  // many more
        "R1,SC,imports,2015-M07,5.5,\n",                                         // another flow
        "R1,SC,total,2015-M07,5.5,\n",                                           // a derived flow
        "R1,SD,exports,2015-M07,5.5,\n",                                         // another item
        "R1,S,exports,2015-M07,5.5,\n",                                          // an aggregate
        "R1,XX,exports,2015-M07,5.5,\n",                                         // no item
        "R2,SC,exports,2015-M07,5.5,\n",                                         // another reporter
        "R1 ,SC,exports,2015-M07,5.5,\n",                                        // a space after the reporter
        ",SC,exports,2015-M07,5.5,\n",                                           // no reporter
        "\xE5\x8E\xA6\xE9\x97\xA8,SC,exports,2015-M07,5.5,\n",                   // a reporter in Chinese
        "R1,SC,exports,2015-M07,5.5,\xC3(\n",                                    // not UTF-8
        "R1,SC,exports,2015-M07,5\x00.5,\n",                                     // a NUL
        "R1,SC,exports,2015-M07,5.5,\r\n",                                       // CR LF
        "\n",                                                                    // a blank line
        "\r\n",                                                                  // a blank line, CR LF
        "R1,SC,exports,2015-M01,5.5,\n",                                         // a duplicate of the series' first row
        "R1,SC,exports,2015-M07,5.5,",                                           // no line break at the end
    };
    for (const std::string& variant : variants) {
        CAPTURE(variant);
        std::string text = head;
        for (int m = 1; m <= 6; ++m)
            text += "R1,SC,exports,2015-M0" + std::to_string(m) + "," + std::to_string(m) + ".25,\n";
        text += variant;
        if (variant.back() == '\n') text += "R1,SC,exports,2015-M08,8.5,\nR1,SC,exports,2015-M09,9.5,\n";
        for (const OnBadRow on_bad_row : {OnBadRow::stop, OnBadRow::collect}) {
            (void)read_on(text, 1, on_bad_row);  // checks bytes against the stream, both paths
        }
    }
    // A comment line is skipped even where its fields repeat the keys (the first column unread).
    TidyLayout noted = panel_layout();
    noted.dialect.comment = '#';
    std::string notes = "note,reporter,item,flow,month,value,status\n";
    for (int m = 1; m <= 6; ++m) notes += "x,R1,SC,exports,2015-M0" + std::to_string(m) + ",1,\n";
    notes += "#x,R1,SC,exports,2015-M07,7,\nx,R1,SC,exports,2015-M08,8,\n";
    const TidyPanel skipped = read_tidy_panel(notes, "t.csv", noted);
    CHECK(skipped.panel.valid(Flow::exports)[6] == 0);
    CHECK(skipped.panel.valid(Flow::exports)[7] == 1);
    (void)read_on(notes, 1, OnBadRow::stop, noted);
    noted.dialect.comment = '\0';  // the twin: without comments it is a row like the others
    CHECK(read_tidy_panel(notes, "t.csv", noted).panel.valid(Flow::exports)[6] == 1);

    // The twins: the plain rows read as their values, and a row the plain way hands on as it is.
    const std::string plain = std::string(head) + "R1,SC,exports,2015-M01,1.25,\nR1,SC,exports,2015-M02,2.5,\r\n" +
                              "R1,SC,exports,2015-07,-3,\nR1,SC,exports,2015-M08,+4.125,";
    const TidyPanel t = read_tidy_panel(plain, "t.csv", panel_layout());
    CHECK(t.panel.month_count() == 8);
    CHECK(t.panel.values(Flow::exports)[1] == 2.5);
    CHECK(t.panel.values(Flow::exports)[6] == -3.0);
    CHECK(t.panel.values(Flow::exports)[7] == 4.125);
    const TidyExactPanel e = read_tidy_exact_panel(plain, "t.csv", panel_layout(), 3);
    CHECK(e.panel.units(Flow::exports)[7] == 4125);
    CHECK_THROWS_WITH_AS(
        (void)read_tidy_panel(std::string(head) + "R1,SC,exports,2015-M01,1,\nR1,SC,exports,2015-M02,1e3,\n", "t.csv",
                              panel_layout()),
        doctest::Contains("t.csv:3:"), CsvError);
}

TEST_CASE("tidy panel plain rows: a stream on one thread across its megabytes") {
    // A header and a line each longer than the megabyte a stream is read in, then plain rows.
    const std::string long_name(1'500'000, 'n');
    std::string text = "reporter,item,flow,month,value,status,note_" + long_name + "\n";
    for (int m = 1; m <= 6; ++m) text += "R1,SC,exports,2015-M0" + std::to_string(m) + ",1,,x\n";
    text += "R1,SC,exports,2015-M07,7,," + std::string(1'200'000, 'y') + "\n";
    text += "R1,SC,exports,2015-M08,8,,z\nR1,SC,exports,2015-M09,9.5,,z\n";
    const std::string long_lines = read_on(text, 1, OnBadRow::stop);
    std::istringstream in(text);
    const TidyPanel t = read_tidy_panel(in, "t.csv", panel_layout());
    CHECK(t.panel.month_count() == 9);
    CHECK(t.panel.values(Flow::exports)[6] == 7.0);
    CHECK(t.panel.values(Flow::exports)[8] == 9.5);
    // More than a megabyte of plain rows, then a quoted field and a bad row: the rest of the
    // stream is tokenized from the megabyte holding the quote, with its lines.
    std::string quoted = head;
    for (int i = 0; quoted.size() < 2'500'000; ++i) {
        quoted += "R" + std::to_string(i / 120) + ",SC,exports," + std::to_string(2000 + (i % 120) / 12) +
                  ((i % 12) < 9 ? "-M0" : "-M") + std::to_string(i % 12 + 1) + "," + std::to_string(i % 997) + ".5,\n";
    }
    const std::size_t rows = static_cast<std::size_t>(std::count(quoted.begin(), quoted.end(), '\n')) - 1;
    quoted += "\"Q\nR\",SC,exports,2000-M01,1,\nR0,SC,exports,2000-M02,x,\n";
    const std::string late = read_on(quoted, 1, OnBadRow::collect);
    CHECK(late.find("Q\nR;") != std::string::npos);
    CHECK(late.find("rejected " + std::to_string(rows + 4) + ":") != std::string::npos);
}
