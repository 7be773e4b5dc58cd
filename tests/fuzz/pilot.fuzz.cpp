// SPDX-License-Identifier: BSL-1.0
// The pilot task file (parse_pilot_csv, read_pilot_csv) and progress claims (ProgressClaim::parse,
// checked on their own and against the programme read). A programme read is written by
// to_pilot_csv and reads back equal; the string and stream readers agree.
#include <sstream>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/pilot/claim.hpp>
#include <svctrade/pilot/file.hpp>
#include <svctrade/pilot/programme.hpp>

#include "fuzz.hpp"

using namespace svctrade;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    bool read = false;
    fuzz::expect_error_or_value([&] {
        const PilotProgramme p = parse_pilot_csv(text, "fuzz.csv");
        read = true;
        const std::string written = to_pilot_csv(p);
        PilotProgramme back = p;
        try {
            back = parse_pilot_csv(written, "written.csv");
        } catch (const Error& e) {
            fuzz::fail("to_pilot_csv wrote a file that does not read back", written + "\n" + e.what());
        }
        fuzz::require(back == p, "parse_pilot_csv(to_pilot_csv(p)) != p", written);
        fuzz::expect_error_or_value([&] {
            (void)check_claim(ProgressClaim::parse("41 completed, 20 partial of 88"), p,
                              boost::gregorian::date(2021, 8, 27));
        });
    });
    // The stream reader reads the same lines: it accepts exactly what the string reader accepts.
    bool streamed = false;
    fuzz::expect_error_or_value([&] {
        std::istringstream in{std::string(text)};
        (void)read_pilot_csv(in, "fuzz.csv");
        streamed = true;
    });
    fuzz::require(read == streamed, "parse_pilot_csv and read_pilot_csv disagree");
    fuzz::expect_error_or_value([&] {
        const ProgressClaim claim = ProgressClaim::parse(text);
        (void)check_claim(claim);
    });
    return 0;
}
