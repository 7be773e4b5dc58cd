// SPDX-License-Identifier: BSL-1.0
#include <svctrade/io/tidy_series.hpp>

#include <algorithm>
#include <istream>
#include <utility>

#include <svctrade/error.hpp>
#include <svctrade/io/tidy_reader.hpp>
#include <svctrade/io/tidy_writer.hpp>
#include <svctrade/periods/text.hpp>

namespace svctrade {

namespace {

// Adds one observation to its series, turning the series' refusals into errors at the row.
void add(TidySeriesSet& set, const TidyObservation& o, const std::string& source) {
    TidySeriesKey key{std::string(o.reporter), std::string(o.partner), o.item, o.flow};
    auto it = set.series.find(key);
    if (it == set.series.end()) {
        it = set.series.emplace(std::move(key), TidySeries{TimeSeries(o.currency, o.item, o.flow), o.magnitude}).first;
    }
    TidySeries& s = it->second;
    // The tidy reader kept no column numbers for a row it accepted: errors found here point at
    // the start of the record and quote the key and period.
    const auto refuse = [&](const std::string& reason) {
        throw CsvError(source, o.line, 1, to_english(o.period), reason);
    };
    if (o.currency != s.series.currency()) {
        refuse("this row is in " + std::string(o.currency.code()) + ", and its series in " +
               std::string(s.series.currency().code()) + ": one series has one currency");
    }
    if (o.magnitude != s.magnitude) {
        refuse("this row's magnitude is " + std::to_string(o.magnitude) + ", and its series' " +
               std::to_string(s.magnitude) + ": rescale the file, svctrade does not do it silently");
    }
    if (s.series.contains(o.period) || s.series.statuses().count(o.period) != 0) {
        refuse("a second observation for " + to_english(o.period) +
               " of the same series: duplicates are refused, never one taken over the other");
    }
    try {
        if (o.value) {
            s.series.insert(o.period, Money(*o.value, o.currency), o.status);
        } else {
            s.series.insert_missing(o.period, o.status);
        }
    } catch (const Error& e) {
        refuse(e.what());
    }
}

TidySeriesSet read_all(TidyReader& reader, OnBadRow on_bad_row) {
    TidySeriesSet set;
    while (const TidyObservation* o = reader.next()) {
        try {
            add(set, *o, reader.source());
        } catch (const CsvError& e) {
            if (on_bad_row == OnBadRow::stop) throw;
            set.rejected.push_back(e);
        }
    }
    // Merge the reader's rejections and the series' in file order.
    std::vector<CsvError> all(reader.errors().begin(), reader.errors().end());
    all.insert(all.end(), set.rejected.begin(), set.rejected.end());
    std::stable_sort(all.begin(), all.end(), [](const CsvError& a, const CsvError& b) { return a.line() < b.line(); });
    set.rejected = std::move(all);
    return set;
}

}  // namespace

TidySeriesSet read_tidy_series(std::istream& in, std::string source, const TidyLayout& layout, OnBadRow on_bad_row) {
    TidyReader reader(in, std::move(source), layout, on_bad_row);
    return read_all(reader, on_bad_row);
}

TidySeriesSet read_tidy_series(std::string_view text, std::string source, const TidyLayout& layout,
                               OnBadRow on_bad_row) {
    TidyReader reader(text, std::move(source), layout, on_bad_row);
    return read_all(reader, on_bad_row);
}

void write_tidy_series(std::ostream& out, const std::map<TidySeriesKey, TidySeries>& series, const TidyLayout& layout) {
    TidyWriter writer(out, layout);
    for (const auto& [key, s] : series) {
        const std::map<Period, Money>& values = s.series.observations();
        const std::map<Period, ObservationStatus>& statuses = s.series.statuses();
        // Periods with a value and periods recorded as missing, merged in order; the other
        // statuses belong to values and are written with them.
        auto v = values.begin();
        auto st = statuses.begin();
        while (v != values.end() || st != statuses.end()) {
            if (st != statuses.end() && !st->second.is_missing()) {
                ++st;
                continue;
            }
            if (st == statuses.end() || (v != values.end() && v->first < st->first)) {
                writer.write(TidyObservation{key.reporter, key.partner, key.item, key.flow, v->first,
                                             v->second.amount(), s.series.currency(), s.magnitude,
                                             s.series.status(v->first), 0});
                ++v;
            } else {
                writer.write(TidyObservation{key.reporter, key.partner, key.item, key.flow, st->first, std::nullopt,
                                             s.series.currency(), s.magnitude, st->second, 0});
                ++st;
            }
        }
    }
    writer.finish();
}

}  // namespace svctrade
