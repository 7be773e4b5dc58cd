// SPDX-License-Identifier: BSL-1.0
/// \file
/// One check of an audit: which identity, which claims, what the figures give exactly, what was
/// printed, and the verdict.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include <svctrade/audit/claim.hpp>
#include <svctrade/audit/convention.hpp>
#include <svctrade/export.hpp>
#include <svctrade/figures/figure.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/published/interval.hpp>

namespace svctrade {

/// The identities an audit checks. docs/audit.md gives the formula of each.
enum class CheckKind : std::uint8_t {
    // Within a release.
    total_of_flows,             ///< total = exports + imports.
    balance_of_flows,           ///< balance = exports − imports (or 2·exports − total, total − 2·imports).
    deficit_of_flows,           ///< deficit = imports − exports (or total − 2·exports, 2·imports − total).
    missing_flow,               ///< A flow not printed, from the ones printed (an inference).
    sum_of_parts,               ///< A whole item = the sum of printed items that partition it (S = SD + (S−SD)).
    share_from_levels,          ///< share = part ÷ whole (levels or counts).
    implied_part,               ///< part = share × whole (an inference: the knowledge-intensive value).
    implied_whole,              ///< whole = part ÷ share (an inference).
    count_partition,            ///< Counts by status add up to the count of all (41 + 20 + 27 = 88).
    implied_rate,               ///< The exchange rate implied by one figure printed in two currencies (an inference).
    common_rate,                ///< Figures of one month in two currencies admit one common exchange rate.
    last_year_level,            ///< Last year's level = level ÷ (1 + growth) (an inference).
    last_year_share,            ///< Last year's share = share − share change (an inference).
    part_growth,                ///< A part's growth from its share, the share's change and the whole's growth.
    total_growth_from_flows,    ///< The total's growth from the exports' and imports' levels and growths.
    balance_change_from_flows,  ///< The balance's (deficit's) change from the flows' levels and growths.
    balance_growth_from_flows,  ///< The balance's (deficit's) growth from the flows' levels and growths.
    growth_from_change,         ///< growth = change ÷ (level − change).
    average_growth_on_base,     ///< (1 + average growth)^n = 1 + growth on the base period.
    duplicate,                  ///< The same figure printed twice in one release.
    // Across releases of one area and basis.
    growth_from_levels,           ///< growth = level ÷ last year's level − 1.
    change_from_levels,           ///< change = level − last year's level.
    share_change_from_shares,     ///< share change = share − last year's share.
    chained_growth,               ///< 1 + growth on a base = the product of the years' 1 + growth.
    growth_on_base_from_levels,   ///< growth on a base = level ÷ the base period's level − 1.
    average_growth_from_levels,   ///< average growth = (level ÷ the base period's level)^(1/n) − 1.
    average_growth_from_growths,  ///< average growth = (product of the years' 1 + growth)^(1/n) − 1.
    period_on_period,             ///< growth on the previous period = level ÷ the previous period's − 1.
    cumulative_periods,  ///< A period's level = the levels of the two periods it splits into (Jan–May + June =
                         ///< Jan–Jun).
    implied_period,      ///< A month not printed, from two cumulative figures (an inference).
    restatement,         ///< The same figure printed by two releases.
};

/// \returns the kind's code, the enumerator's name ("total_of_flows", …).
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(CheckKind kind) noexcept;
/// \returns whether the kind compares claims of different releases.
[[nodiscard]] constexpr bool is_across_releases(CheckKind kind) noexcept {
    return static_cast<std::uint8_t>(kind) >= static_cast<std::uint8_t>(CheckKind::growth_from_levels);
}

/// What a check found.
enum class Verdict : std::uint8_t {
    consistent,    ///< The printed figure and what the other figures give have values in common.
    inconsistent,  ///< They have none: at least one figure is wrong (or the claims are not what they say).
    boundary,      ///< They meet only at an end that one of them excludes: consistent only in the limit.
    inference,     ///< Nothing printed to compare with: the check gives what the figures imply.
};

/// \returns "consistent", "inconsistent", "boundary" or "inference".
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(Verdict verdict) noexcept;

/// A claim of a release: the index of the release in the audited list and of the claim in it.
struct ClaimRef {
    std::uint32_t release = 0;  ///< Index in the list of releases given to audit().
    std::uint32_t claim = 0;    ///< Index in that release's claims().
    /// References are equal when both indices are.
    friend constexpr bool operator==(ClaimRef, ClaimRef) noexcept = default;
};

/// What the computed interval of a check is in: its kind of figure and, for money, the currency;
/// for an exchange rate, units of `currency` per unit of `per`.
struct Quantity {
    FigureKind kind = FigureKind::growth_rate;  ///< What `computed` measures (exchange_rate with `per`).
    std::optional<Currency> currency{};         ///< The currency of money, or of an exchange rate's quote.
    std::optional<Currency> per{};              ///< For an exchange rate: the currency it is per unit of.
};

/// A remark on an inconsistent check that explains it.
enum class Hint : std::uint8_t {
    none,                        ///< No remark.
    change_is_last_years_level,  ///< The printed "change" equals last year's level, not the change.
};

/// One check of an audit.
struct Check {
    /// A check of `kind` with its computed interval, about a figure for `period_`.
    Check(CheckKind kind_, Interval computed_, Period period_)
        : kind(kind_), computed(std::move(computed_)), period(period_) {}

    CheckKind kind;             ///< Which identity.
    std::uint32_t release = 0;  ///< The release it is filed under (that of the compared claim, or of the newest input).
    std::vector<ClaimRef> inputs;      ///< The claims the computed interval comes from, in the formula's order.
    std::optional<ClaimRef> compared;  ///< The printed claim compared with (none for an inference).
    /// What the other figures give, exactly, in base units. When `root` is above 1 it is the
    /// growth factor F over `root` years, and the value is F^(1/root) − 1 (see root_enclosure()).
    Interval computed;
    std::optional<Interval> published;  ///< The interval of the compared claim (or of a derived rate, for common_rate).
    int root = 1;                       ///< 1, or the number of years of an average growth.
    Verdict verdict = Verdict::inference;        ///< Under the audit's convention for negative figures.
    Verdict other_verdict = Verdict::inference;  ///< Under the other convention.
    bool approximate_input = false;     ///< An input or the compared figure carries a qualifier (nearly, over, about).
    bool derived_input = false;         ///< An input is itself computed from other figures, not printed.
    Quantity quantity{};                ///< What `computed` and `published` are in.
    Period period;                      ///< The period the computed figure is for.
    ClaimFlow flow = ClaimFlow::total;  ///< Its flow.
    Measure measure = Measure::level;   ///< Its measure.
    ClaimRef about{};          ///< The claim whose item (or whole, when `about_whole`) the computed figure is for.
    bool about_whole = false;  ///< The computed figure is for the whole of `about`'s share.
    Hint hint = Hint::none;    ///< A remark explaining an inconsistency, if one was found.

    /// \returns whether the verdict differs between the two conventions for negative figures.
    [[nodiscard]] bool flips() const noexcept { return verdict != other_verdict; }
};

/// \returns the verdict of comparing `computed` with `published`: consistent when they share a
///          value, boundary when only their closures do, inconsistent otherwise.
[[nodiscard]] SVCTRADE_EXPORT Verdict compare(const Interval& computed, const Interval& published) noexcept;

}  // namespace svctrade
