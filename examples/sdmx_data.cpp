// SPDX-License-Identifier: BSL-1.0
// Data files from statistics offices: quarterly services exports read from an SDMX-CSV 2.x file
// (OBS_STATUS, OBS_CONF and UNIT_MULT per observation) and annual ones from a Eurostat-style TSV
// (flags in the cells), each turned into TimeSeries, with year-on-year growth and the shares of
// components, every figure printed with the status it inherits from the observations.
//
// The bundled figures are ILLUSTRATIVE, not published data (see data/README.md), of an imaginary
// reporter XM.
//
// Usage: sdmx_data [SDMX-CSV file] [Eurostat TSV file]   (defaults in data/, run from examples/)
#include <svctrade/svctrade.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

using namespace svctrade;

namespace {

constexpr auto up = RoundingMode::half_up;

std::string padded(std::string text, std::size_t width) {
    while (count_characters(text) < width) text += ' ';
    return text;
}

// The status in words, without "free" (every observation of the file is free for publication).
std::string status_text(ObservationStatus status) {
    if (status.confidentiality() == Confidentiality::free) status = status.with(Confidentiality::unspecified);
    return status.is_normal() && !status.is_confidential() ? "" : status.to_string();
}

// An amount in millions, or why there is none.
std::string millions(const TimeSeries& s, const Period& p) {
    const Outcome<Money> m = s.at(p);
    if (!m) return std::string(to_string(s.status(p).missing()));
    return (m.value().amount() * Decimal::from_units(1, 6)).round(1, up).to_string();
}

std::string rate(const SeriesGrowth& g) {
    const Outcome<GrowthRate> r = g.rate();
    return r ? r.value().to_string(1, up) : std::string(to_string(r.reason()));
}

std::string share_text(const SeriesShare& s) {
    return s.share ? s.share.value().to_string(1, up) : std::string(to_string(s.share.reason()));
}

const SdmxSeries& series_of(const SdmxDataSet& d, std::string_view key) {
    const SdmxSeries* s = d.find(key);
    if (s == nullptr) throw NotFound("no series " + std::string(key));
    return *s;
}

void sdmx_part(std::ostream& out, const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw NotFound("cannot open " + path);
    const SdmxDataSet d = read_sdmx_csv(in, path);
    out << "ILLUSTRATIVE figures (not published data) from " << path << "\n";
    out << "SDMX-CSV: " << d.series.size() << " series of " << d.series[0].structure_id << ", key "
        << d.dimensions[0].id;
    for (std::size_t i = 1; i < d.dimensions.size(); ++i) out << "." << d.dimensions[i].id;
    out << "; UNIT_MULT " << d.series[0].observations[0].unit_multiplier << " applied\n";
    const std::size_t unit = *d.attribute_index("UNIT_MEASURE");
    const Currency usd = Currency::of(d.series[0].observations[0].attributes[unit]);
    const TimeSeries total = to_time_series(series_of(d, "Q.XM.S.X"), usd);
    const TimeSeries transport = to_time_series(series_of(d, "Q.XM.SC.X"), usd);

    out << "\nServices exports (S), USD million, and growth on the same quarter last year\n";
    out << "  " << padded("quarter", 9) << padded("S", 9) << padded("growth", 9) << "status\n";
    for (const SeriesGrowth& g : total.yoy_growth()) {
        const bool no_base =
            !total.contains(g.base_period) && total.status(g.base_period).missing() == Missing::not_provided;
        out << "  " << padded(to_sdmx(g.period), 9) << padded(millions(total, g.period), 9)
            << padded(no_base ? std::string("-") : rate(g), 9)
            << (no_base ? std::string("(no base in the file)") : status_text(g.status)) << "\n";
    }
    out << "\nTransport (SC), USD million, and its share of S\n";
    out << "  " << padded("quarter", 9) << padded("SC", 15) << padded("share", 9) << "status\n";
    for (const SeriesShare& s : share(transport, total)) {
        out << "  " << padded(to_sdmx(s.period), 9) << padded(millions(transport, s.period), 15)
            << padded(share_text(s), 9) << status_text(s.status) << "\n";
    }
}

void eurostat_part(std::ostream& out, const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw NotFound("cannot open " + path);
    const SdmxDataSet d = read_eurostat_tsv(in, path, StatusCodes::eurostat);
    out << "\nILLUSTRATIVE figures (not published data) from " << path << "\n";
    out << "Eurostat TSV (flags of 2025): " << d.series.size() << " series, unit " << d.series[0].key[1]
        << " (a code: the values stay in millions)\n";
    const Currency eur = Currency::of("EUR");
    const TimeSeries total = to_time_series(series_of(d, "A.MIO_EUR.S.CRE.WRL_REST.XM"), eur);
    out << "\nServices exports (S), EUR million, and growth on the year before\n";
    out << "  " << padded("year", 6) << padded("S", 9) << padded("growth", 9) << "status\n";
    for (const SeriesGrowth& g : total.yoy_growth()) {
        const bool no_base =
            !total.contains(g.base_period) && total.status(g.base_period).missing() == Missing::not_provided;
        out << "  " << padded(to_sdmx(g.period), 6) << padded(total.at(g.period).value().amount().to_string(), 9)
            << padded(no_base ? std::string("-") : rate(g), 9)
            << (no_base ? std::string("(no base in the file)") : status_text(g.status)) << "\n";
    }
    for (const char* item : {"SC", "SD"}) {
        const TimeSeries part =
            to_time_series(series_of(d, std::string("A.MIO_EUR.") + item + ".CRE.WRL_REST.XM"), eur);
        out << "\nShare of " << item << " in S\n";
        out << "  " << padded("year", 6) << padded("share", 9) << "status\n";
        for (const SeriesShare& s : share(part, total)) {
            out << "  " << padded(to_sdmx(s.period), 6) << padded(share_text(s), 9) << status_text(s.status) << "\n";
        }
    }
}

// Prints `text` without the spaces that padding leaves at the ends of lines.
void print_trimmed(const std::string& text) {
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        while (!line.empty() && line.back() == ' ') line.pop_back();
        std::cout << line << '\n';
    }
}

}  // namespace

int main(int argc, char** argv) {
    try {
        std::ostringstream out;
        sdmx_part(out, argc > 1 ? argv[1] : "data/services_sdmx_illustrative.csv");
        eurostat_part(out, argc > 2 ? argv[2] : "data/services_eurostat_illustrative.tsv");
        print_trimmed(out.str());
    } catch (const Error& e) {
        std::cerr << "sdmx_data: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
