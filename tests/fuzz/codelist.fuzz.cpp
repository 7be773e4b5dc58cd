// SPDX-License-Identifier: BSL-1.0
// Codelists (io module): read_codelist_csv from text and from a stream in every classification
// version, then check_codelist and map_to_ebops2010 on what was read. The two readers agree.
#include <sstream>

#include <svctrade/io/codelist.hpp>
#include <svctrade/io/codelist_check.hpp>

#include "fuzz.hpp"

using namespace svctrade;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    for (const ClassificationVersion version :
         {ClassificationVersion::unspecified, ClassificationVersion::ebops2002, ClassificationVersion::ebops2010}) {
        std::size_t items = 0;
        bool read = false;
        fuzz::expect_error_or_value([&] {
            const Codelist list = read_codelist_csv(text, "fuzz.csv", version);
            read = true;
            items = list.items().size();
            (void)check_codelist(list);
            (void)map_to_ebops2010(list);
        });
        bool streamed = false;
        fuzz::expect_error_or_value([&] {
            std::istringstream in{std::string(text)};
            const Codelist list = read_codelist_csv(in, "fuzz.csv", version);
            streamed = true;
            fuzz::require(list.items().size() == items, "the stream and text readers read different items");
        });
        fuzz::require(read == streamed, "the stream and text codelist readers disagree");
    }
    return 0;
}
