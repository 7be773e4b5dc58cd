// SPDX-License-Identifier: BSL-1.0
// The code tables. SDMX: CL_OBS_STATUS 2.2 and CL_CONF_STATUS 1.3 (SDMX cross-domain code lists);
// Eurostat: the flag lists of its dissemination database before and from 27 January 2025, when
// `s` became `i`, `z` became `m` and `c` moved to the confidentiality list as `C`.
#include <svctrade/status/status_codes.hpp>

#include <svctrade/error.hpp>

#include <optional>
#include "utf8_decode.hpp"

namespace svctrade {

namespace {

struct StatusCode {
    char code = 0;
    std::optional<StatusFlag> flag;
    Missing missing{};
};

constexpr StatusCode sdmx_status_codes[] = {
    {'A', std::nullopt, Missing::none},
    {'B', StatusFlag::break_in_series, Missing::none},
    {'D', StatusFlag::definition_differs, Missing::none},
    {'E', StatusFlag::estimated, Missing::none},
    {'F', StatusFlag::forecast, Missing::none},
    {'G', StatusFlag::experimental, Missing::none},
    {'H', std::nullopt, Missing::holiday},
    {'I', StatusFlag::imputed, Missing::none},
    {'J', StatusFlag::derogation, Missing::none},
    {'K', StatusFlag::included_elsewhere, Missing::none},
    {'L', std::nullopt, Missing::not_collected},
    {'M', std::nullopt, Missing::cannot_exist},
    {'N', StatusFlag::not_significant, Missing::none},
    {'O', std::nullopt, Missing::not_available},
    {'P', StatusFlag::provisional, Missing::none},
    {'Q', std::nullopt, Missing::suppressed},
    {'R', StatusFlag::revised, Missing::none},
    {'S', StatusFlag::special_event, Missing::none},
    {'U', StatusFlag::low_reliability, Missing::none},
    {'V', StatusFlag::unvalidated, Missing::none},
    {'W', StatusFlag::includes_other, Missing::none},
};

struct ConfCode {
    char code = 0;
    Confidentiality confidentiality{};
};

constexpr ConfCode sdmx_conf_codes[] = {
    {'F', Confidentiality::free},
    {'N', Confidentiality::not_for_publication},
    {'C', Confidentiality::confidential},
    {'D', Confidentiality::secondary_by_sender},
    {'S', Confidentiality::secondary_by_receiver},
    {'A', Confidentiality::primary_small_counts},
    {'O', Confidentiality::primary_dominance_one},
    {'T', Confidentiality::primary_dominance_two},
    {'G', Confidentiality::primary_dominance},
    {'M', Confidentiality::primary_other},
    {'E', Confidentiality::restricted_use},
};

struct EurostatCode {
    char code = 0;
    std::optional<StatusFlag> flag;
    Missing missing{};
    Confidentiality confidentiality{};
};

constexpr EurostatCode eurostat_2025[] = {
    {'b', StatusFlag::break_in_series, Missing::none, Confidentiality::unspecified},
    {'d', StatusFlag::definition_differs, Missing::none, Confidentiality::unspecified},
    {'e', StatusFlag::estimated, Missing::none, Confidentiality::unspecified},
    {'f', StatusFlag::forecast, Missing::none, Confidentiality::unspecified},
    {'i', StatusFlag::imputed, Missing::none, Confidentiality::unspecified},
    {'m', std::nullopt, Missing::cannot_exist, Confidentiality::unspecified},
    {'n', StatusFlag::not_significant, Missing::none, Confidentiality::unspecified},
    {'p', StatusFlag::provisional, Missing::none, Confidentiality::unspecified},
    {'u', StatusFlag::low_reliability, Missing::none, Confidentiality::unspecified},
    {'C', std::nullopt, Missing::none, Confidentiality::confidential},
    {'N', std::nullopt, Missing::none, Confidentiality::not_for_publication},
    {'P', std::nullopt, Missing::none, Confidentiality::non_statistical_secrecy},
};

// Before 2025 `i` meant "see metadata": read as "definition differs", the 2025 flag that says
// "see metadata" (an inference: Eurostat's notice lists only s, z and c as changed).
constexpr EurostatCode eurostat_before[] = {
    {'b', StatusFlag::break_in_series, Missing::none, Confidentiality::unspecified},
    {'c', std::nullopt, Missing::none, Confidentiality::confidential},
    {'d', StatusFlag::definition_differs, Missing::none, Confidentiality::unspecified},
    {'e', StatusFlag::estimated, Missing::none, Confidentiality::unspecified},
    {'f', StatusFlag::forecast, Missing::none, Confidentiality::unspecified},
    {'i', StatusFlag::definition_differs, Missing::none, Confidentiality::unspecified},
    {'n', StatusFlag::not_significant, Missing::none, Confidentiality::unspecified},
    {'p', StatusFlag::provisional, Missing::none, Confidentiality::unspecified},
    {'r', StatusFlag::revised, Missing::none, Confidentiality::unspecified},
    {'s', StatusFlag::imputed, Missing::none, Confidentiality::unspecified},
    {'u', StatusFlag::low_reliability, Missing::none, Confidentiality::unspecified},
    {'z', std::nullopt, Missing::cannot_exist, Confidentiality::unspecified},
};

ObservationStatus set_missing(ObservationStatus s, Missing why, std::string_view text) {
    if (why == Missing::none) return s;
    if (s.is_missing() && s.missing() != why) {
        throw InvalidArgument("the status \"" + std::string(text) + "\" gives two reasons for a missing value (" +
                              std::string(to_string(s.missing())) + " and " + std::string(to_string(why)) + ")");
    }
    return s.with(why);
}

template <class Table>
const auto* find_code(const Table& table, char c) noexcept {
    for (const auto& entry : table) {
        if (entry.code == c) return &entry;
    }
    return static_cast<decltype(&table[0])>(nullptr);
}

}  // namespace

ObservationStatus parse_sdmx_status(std::string_view obs_status, std::string_view obs_conf, char array_separator) {
    text_detail::require_utf8(obs_status);
    text_detail::require_utf8(obs_conf);

    ObservationStatus s;
    for (const char c : obs_status) {
        if (c == array_separator || c == ' ') continue;
        const StatusCode* entry = find_code(sdmx_status_codes, c);
        if (entry == nullptr) throw UnknownCode("SDMX observation status (OBS_STATUS)", std::string(1, c));
        if (entry->flag) s = s.with(*entry->flag);
        s = set_missing(s, entry->missing, obs_status);
    }
    if (!obs_conf.empty()) {
        const ConfCode* entry = obs_conf.size() == 1 ? find_code(sdmx_conf_codes, obs_conf[0]) : nullptr;
        if (entry == nullptr) throw UnknownCode("SDMX confidentiality status (OBS_CONF)", obs_conf);
        s = s.with(entry->confidentiality);
    }
    return s;
}

std::string sdmx_obs_status(const ObservationStatus& status, char array_separator) {
    std::string out;
    const auto add = [&](char c) {
        if (out.find(c) != std::string::npos) return;
        if (!out.empty()) out += array_separator;
        out += c;
    };
    for (const StatusCode& entry : sdmx_status_codes) {
        if (entry.missing != Missing::none && entry.missing == status.missing()) add(entry.code);
    }
    for (const StatusCode& entry : sdmx_status_codes) {
        if (entry.flag && status.has(*entry.flag)) add(entry.code);
        if (entry.flag == StatusFlag::estimated && status.has(StatusFlag::derived_from_estimate)) add('E');
    }
    if (out.empty() && !status.is_missing()) out = "A";
    return out;
}

std::string sdmx_obs_conf(const ObservationStatus& status) {
    if (status.confidentiality() == Confidentiality::unspecified) return {};
    for (const ConfCode& entry : sdmx_conf_codes) {
        if (entry.confidentiality == status.confidentiality()) return std::string(1, entry.code);
    }
    throw InvalidArgument("SDMX has no OBS_CONF code for the confidentiality \"" +
                          std::string(to_string(status.confidentiality())) + "\"");
}

ObservationStatus parse_eurostat_flags(std::string_view flags, StatusCodes generation) {
    text_detail::require_utf8(flags);

    if (generation == StatusCodes::sdmx) {
        throw InvalidArgument(
            "parse_eurostat_flags reads Eurostat flags: give StatusCodes::eurostat or "
            "StatusCodes::eurostat_before_2025");
    }
    const bool current = generation == StatusCodes::eurostat;
    ObservationStatus s;
    for (const char c : flags) {
        if (c == ' ') continue;
        const EurostatCode* entry = current ? find_code(eurostat_2025, c) : find_code(eurostat_before, c);
        if (entry == nullptr) {
            const bool other = (current ? find_code(eurostat_before, c) : find_code(eurostat_2025, c)) != nullptr;
            throw UnknownCode(
                current ? "Eurostat flag (from 27 January 2025)" : "Eurostat flag (before 27 January 2025)",
                std::string(1, c),
                other ? (current ? "StatusCodes::eurostat_before_2025: it is a flag of the generation "
                                   "before 27 January 2025"
                                 : "StatusCodes::eurostat: it is a flag of the generation from 27 "
                                   "January 2025")
                      : "");
        }
        if (entry->flag) s = s.with(*entry->flag);
        s = set_missing(s, entry->missing, flags);
        if (entry->confidentiality != Confidentiality::unspecified) s = s.with(entry->confidentiality);
    }
    return s;
}

std::string eurostat_flags(const ObservationStatus& status) {
    std::string out;
    for (const EurostatCode& entry : eurostat_2025) {
        const bool on = (entry.flag && (status.has(*entry.flag) || (entry.flag == StatusFlag::estimated &&
                                                                    status.has(StatusFlag::derived_from_estimate)))) ||
                        (entry.missing != Missing::none && entry.missing == status.missing()) ||
                        (entry.confidentiality != Confidentiality::unspecified &&
                         entry.confidentiality == status.confidentiality());
        if (on) out += entry.code;
    }
    return out;
}

ObservationStatus read_status(std::string_view text, StatusCodes codes) {
    text_detail::require_utf8(text);

    if (codes == StatusCodes::sdmx) {
        const std::size_t semicolon = text.find(';');
        if (semicolon == std::string_view::npos) return parse_sdmx_status(text);
        return parse_sdmx_status(text.substr(0, semicolon), text.substr(semicolon + 1));
    }
    ObservationStatus s;
    if (!text.empty() && text.front() == ':') {
        s = parse_eurostat_flags(text.substr(1), codes);
        return set_missing(s, Missing::not_available, text);
    }
    return parse_eurostat_flags(text, codes);
}

std::string write_status(const ObservationStatus& status, StatusCodes codes) {
    if (codes == StatusCodes::sdmx) {
        std::string out = sdmx_obs_status(status);
        const std::string conf = sdmx_obs_conf(status);
        if (!conf.empty()) out += ";" + conf;
        return out;
    }
    std::string out;
    if (status.missing() == Missing::not_available) out = ":";
    if (codes == StatusCodes::eurostat) return out + eurostat_flags(status);
    for (const EurostatCode& entry : eurostat_before) {
        const bool on = (entry.flag && status.has(*entry.flag) && entry.code != 'i') ||
                        (entry.code == 'e' && status.has(StatusFlag::derived_from_estimate)) ||
                        (entry.missing != Missing::none && entry.missing == status.missing()) ||
                        (entry.confidentiality != Confidentiality::unspecified &&
                         entry.confidentiality == status.confidentiality());
        if (on) out += entry.code;
    }
    return out;
}

}  // namespace svctrade
