// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::ObservationStatus: what a statistics office says about one observation besides its
/// value — estimated, provisional, a break in the series, missing and why, confidential — and how
/// a figure computed from observations inherits it.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

#include <svctrade/export.hpp>

namespace svctrade {

/// Why an observation has no value. "Cannot exist" (a structural zero cell: no such category in
/// that country) and "not available" (it exists but the number is not known) are different facts
/// and stay different; neither is ever a zero.
enum class Missing : std::uint8_t {
    none,           ///< The observation has a value.
    not_provided,   ///< No value and no reason: an empty cell, a period absent from the data.
    not_available,  ///< Missing, reason not given: SDMX `O`, Eurostat `:`, SDMX-CSV `NaN` / `#N/A`.
    cannot_exist,   ///< Missing because the data cannot exist: SDMX `M`, Eurostat `m` (`z` before 2025).
    not_collected,  ///< Missing: the data exist but were not collected (SDMX `L`).
    suppressed,     ///< Missing: the value exists but is withheld (SDMX `Q`, ONS "suppressed").
    holiday,        ///< Missing: holiday or weekend (SDMX `H`).
};

/// A quality of an observation's value. An observation may have several (Eurostat's `bep`: a
/// break, estimated, provisional).
enum class StatusFlag : std::uint8_t {
    break_in_series,        ///< SDMX `B`, Eurostat `b`: not comparable with the periods before.
    definition_differs,     ///< SDMX `D`, Eurostat `d`.
    estimated,              ///< SDMX `E`, Eurostat `e`.
    forecast,               ///< SDMX `F`, Eurostat `f`.
    experimental,           ///< SDMX `G`.
    imputed,                ///< SDMX `I`, Eurostat `i` (from 2025) and `s` (before: "Eurostat estimate").
    derogation,             ///< SDMX `J`.
    included_elsewhere,     ///< SDMX `K`: data included in another category.
    not_significant,        ///< SDMX `N`, Eurostat `n`: not a real zero (0.0004 rounded to 0).
    provisional,            ///< SDMX `P`, Eurostat `p`.
    special_event,          ///< SDMX `S`: a strike or another special event.
    low_reliability,        ///< SDMX `U`, Eurostat `u`.
    unvalidated,            ///< SDMX `V`.
    includes_other,         ///< SDMX `W`: includes data from another category.
    revised,                ///< Eurostat `r` (before 2025); read from SDMX `R`, a code retired from CL_OBS_STATUS.
    derived_from_estimate,  ///< Set by svctrade: computed from at least one estimated or imputed value.
};

/// The number of StatusFlag enumerators.
inline constexpr unsigned status_flag_count = 16;

/// Whether an observation may be published, as SDMX OBS_CONF and Eurostat's CONF_STATUS code it.
/// The enumerators run from least to most restrictive as far as svctrade's propagation goes: a
/// figure computed from observations takes the greatest.
enum class Confidentiality : std::uint8_t {
    unspecified,              ///< Nothing said (no OBS_CONF).
    free,                     ///< SDMX `F`: free for publication.
    restricted_use,           ///< SDMX `E`: for restricted use.
    non_statistical_secrecy,  ///< Eurostat `P`: under non-statistical secrecy arrangements.
    secondary_by_receiver,    ///< SDMX `S`: secondary confidentiality set and managed by the receiver.
    secondary_by_sender,      ///< SDMX `D`: secondary confidentiality set by the sender.
    primary_small_counts,     ///< SDMX `A`: primary confidentiality, small counts.
    primary_dominance_one,    ///< SDMX `O`: primary confidentiality, dominance by one unit.
    primary_dominance_two,    ///< SDMX `T`: primary confidentiality, dominance by two units.
    primary_dominance,        ///< SDMX `G`: primary confidentiality, dominance by one, two or more units.
    primary_other,            ///< SDMX `M`: primary confidentiality, other measures of concentration.
    confidential,             ///< SDMX `C`, Eurostat `C` (`c` before 2025): confidential.
    not_for_publication,      ///< SDMX `N`, Eurostat `N`: not for publication, internal use only.
};

/// The status of one observation: the qualities of its value, why it is missing if it is, and
/// whether it may be published. The default is a normal value (SDMX `A`), confidentiality
/// unspecified.
///
/// A figure computed from observations (a growth rate, a share, a sum) takes derived_status()
/// of theirs: see that function for the rules.
/// \note A small regular value type, compared member by member.
class SVCTRADE_EXPORT ObservationStatus {
public:
    /// A normal value: no flag, not missing, confidentiality unspecified.
    constexpr ObservationStatus() noexcept = default;

    /// \returns the status of an observation without a value, for `why`.
    [[nodiscard]] static constexpr ObservationStatus missing(Missing why) noexcept {
        ObservationStatus s;
        s.missing_ = why;
        return s;
    }

    /// \returns this status with `flag` set.
    [[nodiscard]] constexpr ObservationStatus with(StatusFlag flag) const noexcept {
        ObservationStatus s = *this;
        s.flags_ = static_cast<std::uint16_t>(s.flags_ | bit(flag));
        return s;
    }
    /// \returns this status with its confidentiality replaced by `confidentiality`.
    [[nodiscard]] constexpr ObservationStatus with(Confidentiality confidentiality) const noexcept {
        ObservationStatus s = *this;
        s.confidentiality_ = confidentiality;
        return s;
    }
    /// \returns this status with its missing reason replaced by `why` (Missing::none: a value).
    [[nodiscard]] constexpr ObservationStatus with(Missing why) const noexcept {
        ObservationStatus s = *this;
        s.missing_ = why;
        return s;
    }

    /// \returns whether `flag` is set.
    [[nodiscard]] constexpr bool has(StatusFlag flag) const noexcept { return (flags_ & bit(flag)) != 0; }
    /// \returns the flags as bits, bit `n` for the StatusFlag of value `n` (for storage and export).
    [[nodiscard]] constexpr std::uint16_t flag_bits() const noexcept { return flags_; }
    /// \returns why the observation has no value, or Missing::none.
    [[nodiscard]] constexpr Missing missing() const noexcept { return missing_; }
    /// \returns true when the observation has no value.
    [[nodiscard]] constexpr bool is_missing() const noexcept { return missing_ != Missing::none; }
    /// \returns the confidentiality.
    [[nodiscard]] constexpr Confidentiality confidentiality() const noexcept { return confidentiality_; }
    /// \returns true for a confidentiality other than unspecified and free: the value must not
    ///          be published as it is.
    [[nodiscard]] constexpr bool is_confidential() const noexcept {
        return confidentiality_ != Confidentiality::unspecified && confidentiality_ != Confidentiality::free;
    }
    /// \returns true for a normal value: no flag, not missing (whatever the confidentiality).
    [[nodiscard]] constexpr bool is_normal() const noexcept { return flags_ == 0 && missing_ == Missing::none; }

    /// \returns the status as English words, stable for reports and logs: "normal",
    ///          "estimated, provisional", "missing: cannot exist", with "; confidential" or the
    ///          like appended when a confidentiality is given.
    [[nodiscard]] std::string to_string() const;

    /// Two statuses are equal when their flags, missing reason and confidentiality are.
    [[nodiscard]] friend constexpr bool operator==(const ObservationStatus&, const ObservationStatus&) = default;

private:
    static constexpr std::uint16_t bit(StatusFlag flag) noexcept {
        return static_cast<std::uint16_t>(1u << static_cast<unsigned>(flag));
    }
    std::uint16_t flags_ = 0;
    Missing missing_ = Missing::none;
    Confidentiality confidentiality_ = Confidentiality::unspecified;
};

/// The status of a figure computed from observations of statuses `a` and `b` (a growth rate from
/// this year's and last year's values, a share from a part and its whole, a sum of two months;
/// fold it over more inputs). The rules:
/// - an estimated or imputed input, or one already derived from an estimate, makes the result
///   StatusFlag::derived_from_estimate (the result is not itself an estimate a statistician made);
/// - every other flag of either input is carried (a growth across a break is marked as a break, a
///   share of a provisional total is provisional), except StatusFlag::revised, which says something
///   about the input's history, not about the result;
/// - a missing input makes the result missing, for the weightiest reason: cannot exist, then
///   suppressed, not collected, holiday, not available, not provided;
/// - the result takes the more restrictive confidentiality of the two (a figure computed from a
///   confidential one is confidential until someone who may decide says otherwise).
/// \returns the derived status.
[[nodiscard]] SVCTRADE_EXPORT ObservationStatus derived_status(const ObservationStatus& a,
                                                               const ObservationStatus& b) noexcept;

/// \returns the flag's name in words ("break in series", "estimated", "derived from an estimate").
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(StatusFlag flag) noexcept;
/// \returns the reason's name in words ("not provided", "cannot exist"; "none" for Missing::none).
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(Missing why) noexcept;
/// \returns the confidentiality's name in words ("free", "confidential", "primary: small counts").
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(Confidentiality confidentiality) noexcept;

/// Writes status.to_string(): "estimated, provisional", "missing: cannot exist".
SVCTRADE_EXPORT std::ostream& operator<<(std::ostream& os, const ObservationStatus& status);
/// Writes to_string(flag): "break in series".
SVCTRADE_EXPORT std::ostream& operator<<(std::ostream& os, StatusFlag flag);
/// Writes to_string(why): "cannot exist".
SVCTRADE_EXPORT std::ostream& operator<<(std::ostream& os, Missing why);
/// Writes to_string(confidentiality): "confidential".
SVCTRADE_EXPORT std::ostream& operator<<(std::ostream& os, Confidentiality confidentiality);

}  // namespace svctrade
