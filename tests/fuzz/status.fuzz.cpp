// SPDX-License-Identifier: BSL-1.0
// Observation status codes (SDMX OBS_STATUS and OBS_CONF, Eurostat flags of both generations,
// the one-field form of tidy files) and pilot task status codes; a status read from a code set is
// written back by write_status and reads back equal.
#include <svctrade/pilot/status.hpp>
#include <svctrade/status/observation_status.hpp>
#include <svctrade/status/status_codes.hpp>

#include "fuzz.hpp"

using namespace svctrade;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    // An SDMX pair: OBS_STATUS before the first tab, OBS_CONF after it.
    const std::size_t tab = text.find('\t');
    const std::string_view obs = text.substr(0, tab);
    const std::string_view conf = tab == std::string_view::npos ? std::string_view() : text.substr(tab + 1);
    fuzz::expect_error_or_value([&] { (void)parse_sdmx_status(obs, conf).to_string(); });
    fuzz::expect_error_or_value([&] { (void)parse_sdmx_status(text, {}, ';'); });
    for (const StatusCodes codes : {StatusCodes::eurostat, StatusCodes::eurostat_before_2025}) {
        fuzz::expect_error_or_value([&] { (void)parse_eurostat_flags(text, codes); });
    }
    for (const StatusCodes codes : {StatusCodes::sdmx, StatusCodes::eurostat, StatusCodes::eurostat_before_2025}) {
        fuzz::expect_error_or_value([&] {
            const ObservationStatus s = read_status(text, codes);
            const std::string written = write_status(s, codes);
            fuzz::require(read_status(written, codes) == s, "read_status(write_status(s)) != s", written);
        });
    }
    fuzz::expect_error_or_value([&] {
        const TaskStatus s = parse_task_status(text);
        fuzz::require(parse_task_status(code(s)) == s, "parse_task_status(code(s)) != s");
    });
    return 0;
}
