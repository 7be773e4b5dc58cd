// SPDX-License-Identifier: BSL-1.0
#include <svctrade/status/observation_status.hpp>

#include <ostream>

namespace svctrade {

namespace {

// The weight of a missing reason when two inputs are missing: a cell that cannot exist makes
// any figure computed from it impossible, whatever the other input says.
int weight(Missing why) noexcept {
    switch (why) {
        case Missing::none:
            return 0;
        case Missing::not_provided:
            return 1;
        case Missing::not_available:
            return 2;
        case Missing::holiday:
            return 3;
        case Missing::not_collected:
            return 4;
        case Missing::suppressed:
            return 5;
        case Missing::cannot_exist:
            return 6;
    }
    return 0;
}

}  // namespace

std::string_view to_string(StatusFlag flag) noexcept {
    switch (flag) {
        case StatusFlag::break_in_series:
            return "break in series";
        case StatusFlag::definition_differs:
            return "definition differs";
        case StatusFlag::estimated:
            return "estimated";
        case StatusFlag::forecast:
            return "forecast";
        case StatusFlag::experimental:
            return "experimental";
        case StatusFlag::imputed:
            return "imputed";
        case StatusFlag::derogation:
            return "derogation";
        case StatusFlag::included_elsewhere:
            return "included in another category";
        case StatusFlag::not_significant:
            return "not significant";
        case StatusFlag::provisional:
            return "provisional";
        case StatusFlag::special_event:
            return "special event";
        case StatusFlag::low_reliability:
            return "low reliability";
        case StatusFlag::unvalidated:
            return "unvalidated";
        case StatusFlag::includes_other:
            return "includes another category";
        case StatusFlag::revised:
            return "revised";
        case StatusFlag::derived_from_estimate:
            return "derived from an estimate";
    }
    return "unknown flag";
}

std::string_view to_string(Missing why) noexcept {
    switch (why) {
        case Missing::none:
            return "none";
        case Missing::not_provided:
            return "not provided";
        case Missing::not_available:
            return "not available";
        case Missing::cannot_exist:
            return "cannot exist";
        case Missing::not_collected:
            return "not collected";
        case Missing::suppressed:
            return "suppressed";
        case Missing::holiday:
            return "holiday or weekend";
    }
    return "unknown";
}

std::string_view to_string(Confidentiality confidentiality) noexcept {
    switch (confidentiality) {
        case Confidentiality::unspecified:
            return "unspecified";
        case Confidentiality::free:
            return "free";
        case Confidentiality::restricted_use:
            return "restricted use";
        case Confidentiality::non_statistical_secrecy:
            return "non-statistical secrecy";
        case Confidentiality::secondary_by_receiver:
            return "secondary, set by the receiver";
        case Confidentiality::secondary_by_sender:
            return "secondary, set by the sender";
        case Confidentiality::primary_small_counts:
            return "primary: small counts";
        case Confidentiality::primary_dominance_one:
            return "primary: dominance by one unit";
        case Confidentiality::primary_dominance_two:
            return "primary: dominance by two units";
        case Confidentiality::primary_dominance:
            return "primary: dominance";
        case Confidentiality::primary_other:
            return "primary: other concentration measures";
        case Confidentiality::confidential:
            return "confidential";
        case Confidentiality::not_for_publication:
            return "not for publication";
    }
    return "unknown";
}

std::string ObservationStatus::to_string() const {
    std::string out;
    if (is_missing()) {
        out = "missing: ";
        out += svctrade::to_string(missing_);
    }
    for (unsigned f = 0; f < status_flag_count; ++f) {
        const auto flag = static_cast<StatusFlag>(f);
        if (!has(flag)) continue;
        if (!out.empty()) out += ", ";
        out += svctrade::to_string(flag);
    }
    if (out.empty()) out = "normal";
    if (confidentiality_ != Confidentiality::unspecified) {
        out += "; ";
        out += svctrade::to_string(confidentiality_);
    }
    return out;
}

ObservationStatus derived_status(const ObservationStatus& a, const ObservationStatus& b) noexcept {
    ObservationStatus out;
    for (const ObservationStatus* in : {&a, &b}) {
        for (unsigned f = 0; f < status_flag_count; ++f) {
            const auto flag = static_cast<StatusFlag>(f);
            if (!in->has(flag)) continue;
            switch (flag) {
                case StatusFlag::estimated:
                case StatusFlag::imputed:
                case StatusFlag::derived_from_estimate:
                    out = out.with(StatusFlag::derived_from_estimate);
                    break;
                case StatusFlag::revised:
                    break;
                default:
                    out = out.with(flag);
            }
        }
    }
    out = out.with(weight(a.missing()) >= weight(b.missing()) ? a.missing() : b.missing());
    return out.with(a.confidentiality() >= b.confidentiality() ? a.confidentiality() : b.confidentiality());
}

std::ostream& operator<<(std::ostream& os, const ObservationStatus& status) {
    return os << status.to_string();
}
std::ostream& operator<<(std::ostream& os, StatusFlag flag) {
    return os << to_string(flag);
}
std::ostream& operator<<(std::ostream& os, Missing why) {
    return os << to_string(why);
}
std::ostream& operator<<(std::ostream& os, Confidentiality confidentiality) {
    return os << to_string(confidentiality);
}

}  // namespace svctrade
