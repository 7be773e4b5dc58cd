// SPDX-License-Identifier: BSL-1.0
// A release and the rules its claims must keep: the figure's kind fits the measure, and the
// base, whole and status fields appear where the measure uses them.
#include <svctrade/audit/release.hpp>

#include <svctrade/error.hpp>
#include <svctrade/periods/text.hpp>

#include <string>
#include <utility>

namespace svctrade {

namespace {

std::string describe(const Claim& c) {
    std::string s = "the claim ";
    if (!c.source.file.empty()) s += "(" + c.source.file + ":" + std::to_string(c.source.line) + ") ";
    s += std::string(to_string(c.measure)) + " of " + std::string(to_string(c.flow)) + " of " + c.item.text() +
         " for " + to_english(c.period) + " \"" + c.figure.text() + "\"";
    return s;
}

std::string_view article_kind(FigureKind kind) noexcept {
    switch (kind) {
        case FigureKind::level:
            return "an amount of money";
        case FigureKind::growth_rate:
            return "a growth rate";
        case FigureKind::share:
            return "a share";
        case FigureKind::percentage_points:
            return "percentage points";
        case FigureKind::count:
            return "a count";
        case FigureKind::exchange_rate:
            return "an exchange rate";
    }
    return "a figure";
}

}  // namespace

Release::Release(std::string id, std::string area, std::string basis, std::optional<boost::gregorian::date> published)
    : id_(std::move(id)), area_(std::move(area)), basis_(std::move(basis)), published_(published) {
    if (id_.empty()) throw InvalidArgument("a release needs an id");
    if (area_.empty()) throw InvalidArgument("the release \"" + id_ + "\" needs an area (a reporter such as CN)");
    if (published_ && published_->is_special()) {
        throw InvalidArgument("the publication date of the release \"" + id_ + "\" is not a date");
    }
}

void Release::add(Claim claim) {
    const FigureKind want = figure_kind(claim.measure);
    if (claim.figure.kind() != want) {
        throw InvalidArgument(describe(claim) + " is printed as " + std::string(article_kind(claim.figure.kind())) +
                              ", but a " + std::string(to_string(claim.measure)) + " is " +
                              std::string(article_kind(want)));
    }
    if (needs_base_period(claim.measure) && !claim.base_period) {
        throw InvalidArgument(describe(claim) + " needs a base period");
    }
    if (!needs_base_period(claim.measure) && claim.base_period) {
        throw InvalidArgument(describe(claim) +
                              " has a base period, which only growth_on_base, average_growth and cagr use");
    }
    if (claim.base_period && !(claim.base_period->last() < claim.period.first())) {
        throw InvalidArgument(describe(claim) + " has the base period " + to_english(*claim.base_period) +
                              ", which does not end before the claim's period starts");
    }
    const bool of_a_share = claim.measure == Measure::share || claim.measure == Measure::share_change;
    if ((claim.whole || claim.whole_flow) && !of_a_share) {
        throw InvalidArgument(describe(claim) + " has a whole, which only share and share_change use");
    }
    if (claim.status && claim.measure != Measure::count && claim.measure != Measure::share) {
        throw InvalidArgument(describe(claim) + " has a status, which only count and share use");
    }
    claims_.push_back(std::move(claim));
}

}  // namespace svctrade
