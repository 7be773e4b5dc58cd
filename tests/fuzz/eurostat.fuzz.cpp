// SPDX-License-Identifier: BSL-1.0
// Eurostat TSV (io module): read_eurostat_tsv from text and from a stream, and the collecting
// reader, for both generations of Eurostat's flags. The text and stream readers agree.
#include <sstream>

#include <svctrade/io/data_set.hpp>
#include <svctrade/io/eurostat_tsv.hpp>
#include <svctrade/io/sdmx_csv.hpp>

#include "fuzz.hpp"

using namespace svctrade;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    for (const StatusCodes generation : {StatusCodes::eurostat, StatusCodes::eurostat_before_2025}) {
        fuzz::expect_error_or_value([&] {
            const SdmxDataSet set = read_eurostat_tsv(text, "fuzz.tsv", generation);
            std::istringstream in{std::string(text)};
            SdmxDataSet streamed;
            try {
                streamed = read_eurostat_tsv(in, "fuzz.tsv", generation);
            } catch (const Error& e) {
                fuzz::fail("the stream reader refuses what the text reader read", e.what());
            }
            fuzz::require(streamed == set, "the stream and text Eurostat TSV readers disagree");
        });
        fuzz::expect_error_or_value([&] {
            std::istringstream in{std::string(text)};
            const SdmxReadResult r = read_eurostat_tsv_collecting(in, "fuzz.tsv", generation);
            for (const CsvError& e : r.errors) fuzz::check_message(e);
        });
    }
    return 0;
}
