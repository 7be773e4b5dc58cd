// SPDX-License-Identifier: BSL-1.0
// SDMX-CSV (io module): read_sdmx_csv from text and from a stream, read_sdmx_csv_collecting, and
// the TIME_PERIOD and REPORTING_YEAR_START_DAY readers. A data set read and written by
// write_sdmx_csv with codes and names reads back equal (with codes alone, its series); a period read is written back
// and reads to the same days.
#include <sstream>

#include <svctrade/io/data_set.hpp>
#include <svctrade/io/sdmx_csv.hpp>
#include <svctrade/io/sdmx_period.hpp>

#include "fuzz.hpp"

using namespace svctrade;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    fuzz::expect_error_or_value([&] {
        const SdmxDataSet set = read_sdmx_csv(text, "fuzz.csv");
        std::istringstream in{std::string(text)};
        SdmxDataSet streamed;
        try {
            streamed = read_sdmx_csv(in, "fuzz.csv");
        } catch (const Error& e) {
            fuzz::fail("the stream reader refuses what the text reader read", e.what());
        }
        fuzz::require(streamed == set, "the stream and text SDMX-CSV readers disagree");
        // Codes with their names (SdmxLabels::both) keep everything; codes alone drop the names.
        for (const char separator : {',', ';'}) {
            std::ostringstream out;
            write_sdmx_csv(out, set, SdmxCsvWriteOptions{separator, SdmxLabels::both});
            const std::string written = out.str();
            SdmxDataSet back;
            try {
                back = read_sdmx_csv(written, "written.csv");
            } catch (const Error& e) {
                fuzz::fail("write_sdmx_csv wrote a file that does not read back", written + "\n" + e.what());
            }
            fuzz::require(back == set, "read_sdmx_csv(write_sdmx_csv(d)) != d", written);
        }
        std::ostringstream codes;
        write_sdmx_csv(codes, set);
        try {
            fuzz::require(read_sdmx_csv(codes.str(), "codes.csv").series == set.series,
                          "write_sdmx_csv with codes alone changed the series", codes.str());
        } catch (const Error& e) {
            fuzz::fail("write_sdmx_csv wrote a file that does not read back", codes.str() + "\n" + e.what());
        }
    });
    fuzz::expect_error_or_value([&] {
        std::istringstream in{std::string(text)};
        const SdmxReadResult r = read_sdmx_csv_collecting(in, "fuzz.csv");
        for (const CsvError& e : r.errors) fuzz::check_message(e);
    });
    for (const unsigned start : {1u, 4u, 10u}) {
        fuzz::expect_error_or_value([&] {
            const Period p = parse_sdmx_time_period(text, YearStart{start});
            const std::string printed = to_sdmx_time_period(p);
            Period back = p;
            try {
                back = parse_sdmx_time_period(printed, p.year_start());
            } catch (const Error& e) {
                fuzz::fail("a printed TIME_PERIOD does not read back", printed + ": " + e.what());
            }
            fuzz::require(back.same_dates(p), "parse_sdmx_time_period(to_sdmx_time_period(p)) has other days", printed);
        });
    }
    fuzz::expect_error_or_value([&] {
        const YearStart s = parse_reporting_year_start(text);
        fuzz::require(parse_reporting_year_start(sdmx_reporting_year_start(s)) == s,
                      "REPORTING_YEAR_START_DAY does not round-trip");
    });
    return 0;
}
