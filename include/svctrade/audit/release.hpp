// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::Release: one publication (an id, a date, an area, a basis) and the claims it prints.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <svctrade/audit/claim.hpp>
#include <svctrade/export.hpp>

namespace svctrade {

/// One publication: a press release, a bulletin, a news report, with the figures it printed.
///
/// Releases with the same area (reporter: `CN`, `CN-Xiamen`) and basis (whose statistics:
/// MOFCOM's monthly services trade, SAFE's balance of payments …) are checked against each other;
/// figures of other areas or bases never are.
class SVCTRADE_EXPORT Release {
public:
    /// A release without claims.
    /// \throws InvalidArgument for an empty id or area, or a publication date that is not a date.
    Release(std::string id, std::string area, std::string basis = {},
            std::optional<boost::gregorian::date> published = std::nullopt);

    /// \returns the release's id.
    [[nodiscard]] const std::string& id() const noexcept { return id_; }
    /// \returns the reporter the figures are about.
    [[nodiscard]] const std::string& area() const noexcept { return area_; }
    /// \returns whose statistics the figures are (may be empty).
    [[nodiscard]] const std::string& basis() const noexcept { return basis_; }
    /// \returns the publication date, if known.
    [[nodiscard]] const std::optional<boost::gregorian::date>& published() const noexcept { return published_; }
    /// \returns the claims, in the order they were added.
    [[nodiscard]] const std::vector<Claim>& claims() const noexcept { return claims_; }

    /// Adds a claim after checking that its fields fit together.
    /// \throws InvalidArgument naming the claim when the figure is not of the measure's kind (a
    ///         percent for a level, an amount for a growth …), a base period is missing for
    ///         growth_on_base, average_growth or cagr, given for another measure, or does not end
    ///         before the claim's period starts, a whole is given for a measure other than share or
    ///         share_change, or a status for a measure other than count or share.
    void add(Claim claim);

private:
    std::string id_;
    std::string area_;
    std::string basis_;
    std::optional<boost::gregorian::date> published_;
    std::vector<Claim> claims_;
};

}  // namespace svctrade
