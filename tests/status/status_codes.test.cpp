// SPDX-License-Identifier: BSL-1.0
#include <doctest/doctest.h>

#include <svctrade/error.hpp>
#include <svctrade/status.hpp>

#include <string>

using namespace svctrade;

TEST_CASE("SDMX status codes read onto flags and missing reasons") {
    CHECK(parse_sdmx_status("A").is_normal());
    CHECK(parse_sdmx_status("").is_normal());
    CHECK(parse_sdmx_status("E").has(StatusFlag::estimated));
    CHECK(parse_sdmx_status("M").missing() == Missing::cannot_exist);
    CHECK(parse_sdmx_status("O").missing() == Missing::not_available);
    CHECK(parse_sdmx_status("Q").missing() == Missing::suppressed);
    CHECK(parse_sdmx_status("L").missing() == Missing::not_collected);
    CHECK(parse_sdmx_status("H").missing() == Missing::holiday);
    const ObservationStatus several = parse_sdmx_status("B|P");
    CHECK(several.has(StatusFlag::break_in_series));
    CHECK(several.has(StatusFlag::provisional));
    CHECK(parse_sdmx_status("EP") == parse_sdmx_status("E|P"));
    CHECK(parse_sdmx_status("R").has(StatusFlag::revised));
}

TEST_CASE("SDMX confidentiality codes read onto the confidentiality") {
    CHECK(parse_sdmx_status("A", "F").confidentiality() == Confidentiality::free);
    CHECK(parse_sdmx_status("A", "C").confidentiality() == Confidentiality::confidential);
    CHECK(parse_sdmx_status("", "A").confidentiality() == Confidentiality::primary_small_counts);
    CHECK(parse_sdmx_status("", "N").confidentiality() == Confidentiality::not_for_publication);
}

TEST_CASE("unknown SDMX codes and contradicting missing codes are refused, naming the code") {
    CHECK_THROWS_AS((void)parse_sdmx_status("X"), UnknownCode);
    CHECK_THROWS_AS((void)parse_sdmx_status("A", "Z"), UnknownCode);
    CHECK_THROWS_AS((void)parse_sdmx_status("A", "FF"), UnknownCode);
    CHECK_THROWS_AS((void)parse_sdmx_status("MO"), InvalidArgument);
    try {
        (void)parse_sdmx_status("e");
        FAIL("no error");
    } catch (const UnknownCode& e) {
        CHECK(e.code() == "e");
        CHECK(std::string(e.what()).find("OBS_STATUS") != std::string::npos);
    }
}

TEST_CASE("SDMX codes are written missing code first, then in code-list order") {
    CHECK(sdmx_obs_status(ObservationStatus()) == "A");
    CHECK(sdmx_obs_status(ObservationStatus().with(StatusFlag::provisional).with(StatusFlag::break_in_series)) ==
          "B|P");
    CHECK(sdmx_obs_status(ObservationStatus::missing(Missing::cannot_exist)) == "M");
    CHECK(sdmx_obs_status(ObservationStatus::missing(Missing::not_provided)).empty());
    CHECK(sdmx_obs_status(ObservationStatus().with(StatusFlag::derived_from_estimate).with(StatusFlag::estimated)) ==
          "E");
    CHECK(sdmx_obs_conf(ObservationStatus().with(Confidentiality::primary_dominance_two)) == "T");
    CHECK(sdmx_obs_conf(ObservationStatus()).empty());
    CHECK_THROWS_AS((void)sdmx_obs_conf(ObservationStatus().with(Confidentiality::non_statistical_secrecy)),
                    InvalidArgument);
}

TEST_CASE("Eurostat flags of both generations read onto the same statuses") {
    CHECK(parse_eurostat_flags("z", StatusCodes::eurostat_before_2025) ==
          parse_eurostat_flags("m", StatusCodes::eurostat));
    CHECK(parse_eurostat_flags("s", StatusCodes::eurostat_before_2025) ==
          parse_eurostat_flags("i", StatusCodes::eurostat));
    CHECK(parse_eurostat_flags("c", StatusCodes::eurostat_before_2025) ==
          parse_eurostat_flags("C", StatusCodes::eurostat));
    CHECK(parse_eurostat_flags("i", StatusCodes::eurostat_before_2025).has(StatusFlag::definition_differs));
    CHECK(parse_eurostat_flags("r", StatusCodes::eurostat_before_2025).has(StatusFlag::revised));
    const ObservationStatus bep = parse_eurostat_flags("bep");
    CHECK(bep.has(StatusFlag::break_in_series));
    CHECK(bep.has(StatusFlag::estimated));
    CHECK(bep.has(StatusFlag::provisional));
    CHECK(parse_eurostat_flags("P").confidentiality() == Confidentiality::non_statistical_secrecy);
    CHECK(parse_eurostat_flags("N").confidentiality() == Confidentiality::not_for_publication);
    CHECK(parse_eurostat_flags("").is_normal());
}

TEST_CASE("a flag of the other Eurostat generation is refused and the message says so") {
    CHECK_THROWS_AS((void)parse_eurostat_flags("z"), UnknownCode);
    CHECK_THROWS_AS((void)parse_eurostat_flags("m", StatusCodes::eurostat_before_2025), UnknownCode);
    CHECK_THROWS_AS((void)parse_eurostat_flags("x"), UnknownCode);
    CHECK_THROWS_AS((void)parse_eurostat_flags("e", StatusCodes::sdmx), InvalidArgument);
    try {
        (void)parse_eurostat_flags("s");
        FAIL("no error");
    } catch (const UnknownCode& e) {
        CHECK(std::string(e.what()).find("before 27 January 2025") != std::string::npos);
    }
}

TEST_CASE("Eurostat flags are written in the 2025 generation's order") {
    CHECK(eurostat_flags(parse_eurostat_flags("pbe")) == "bep");
    CHECK(eurostat_flags(ObservationStatus().with(StatusFlag::derived_from_estimate)) == "e");
    CHECK(eurostat_flags(ObservationStatus().with(Confidentiality::confidential)) == "C");
}

TEST_CASE("property: every status read from a vocabulary is written back to the same status") {
    const std::string sdmx_status[] = {"", "A", "E", "M", "O", "B|P", "E|U", "Q", "L", "H", "R", "D|G|I"};
    const std::string sdmx_conf[] = {"", "F", "C", "A", "N", "E"};
    for (const auto& s : sdmx_status) {
        for (const auto& c : sdmx_conf) {
            const ObservationStatus st = parse_sdmx_status(s, c);
            CHECK(read_status(write_status(st, StatusCodes::sdmx), StatusCodes::sdmx) == st);
            CHECK(parse_sdmx_status(sdmx_obs_status(st), sdmx_obs_conf(st)) == st);
        }
    }
    for (const char* f : {"", "b", "bep", "m", "C", "eN", "iP", ":", ": C", ":e", "du", "f"}) {
        const ObservationStatus st = read_status(f, StatusCodes::eurostat);
        CHECK(read_status(write_status(st, StatusCodes::eurostat), StatusCodes::eurostat) == st);
    }
    for (const char* f : {"", "c", "z", "bep", "s", "r", ": c", "n", "u"}) {
        const ObservationStatus st = read_status(f, StatusCodes::eurostat_before_2025);
        CHECK(read_status(write_status(st, StatusCodes::eurostat_before_2025), StatusCodes::eurostat_before_2025) ==
              st);
    }
    CHECK(read_status("E;C", StatusCodes::sdmx) ==
          ObservationStatus().with(StatusFlag::estimated).with(Confidentiality::confidential));
}
