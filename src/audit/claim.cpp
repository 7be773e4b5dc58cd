// SPDX-License-Identifier: BSL-1.0
// Flows, measures and items of claims, read from their codes and names.
#include <svctrade/audit/claim.hpp>

#include <svctrade/categories/aggregate.hpp>
#include <svctrade/error.hpp>
#include <svctrade/text/detail/lookup.hpp>

#include <string>
#include <utility>
#include <vector>
#include "utf8_decode.hpp"

namespace svctrade {

namespace {

constexpr detail::LookupTable<std::string_view, ClaimFlow, 5> flow_codes{{
    {"exports", ClaimFlow::exports},
    {"imports", ClaimFlow::imports},
    {"total", ClaimFlow::total},
    {"balance", ClaimFlow::balance},
    {"deficit", ClaimFlow::deficit},
}};

constexpr detail::LookupTable<std::string_view, Measure, 10> measure_codes{{
    {"level", Measure::level},
    {"growth", Measure::growth},
    {"growth_on_base", Measure::growth_on_base},
    {"average_growth", Measure::average_growth},
    {"cagr", Measure::cagr},
    {"growth_on_previous", Measure::growth_on_previous},
    {"share", Measure::share},
    {"share_change", Measure::share_change},
    {"change", Measure::change},
    {"count", Measure::count},
}};

std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

const Classification& standard_names() {
    static const Classification names;
    return names;
}

}  // namespace

std::string_view to_string(ClaimFlow flow) noexcept {
    return detail::reverse_lookup(flow_codes, flow).value_or("unknown");
}

ClaimFlow parse_claim_flow(std::string_view text) {
    text_detail::require_utf8(text);

    if (const auto flow = detail::lookup(flow_codes, text)) return *flow;
    throw ParseError(text, 0, "not a flow: use one of " + detail::joined_keys(flow_codes));
}

std::string_view to_string(Measure measure) noexcept {
    return detail::reverse_lookup(measure_codes, measure).value_or("unknown");
}

Measure parse_measure(std::string_view text) {
    text_detail::require_utf8(text);

    if (const auto measure = detail::lookup(measure_codes, text)) return *measure;
    throw ParseError(text, 0, "not a measure: use one of " + detail::joined_keys(measure_codes));
}

FigureKind figure_kind(Measure measure) noexcept {
    switch (measure) {
        case Measure::level:
        case Measure::change:
            return FigureKind::level;
        case Measure::count:
            return FigureKind::count;
        case Measure::share_change:
            return FigureKind::percentage_points;
        case Measure::share:
            return FigureKind::share;
        default:
            return FigureKind::growth_rate;
    }
}

// English releases print yuan as "RMB 4.2 trillion" (and a decrease as "-RMB 424.7 billion");
// the library's amounts take the ISO code, with the sign after it.
// Stop-gap until the figures module reads "RMB" itself.
std::string iso_yuan(std::string_view value) {
    std::string s(trim(value));
    const bool negative = !s.empty() && s.front() == '-';
    if (s.compare(negative ? 1 : 0, 4, "RMB ") != 0) return s;
    return std::string("CNY ") + (negative ? "-" : "") + s.substr(negative ? 5 : 4);
}

Figure parse_claim_figure(std::string_view raw, Measure measure, std::string_view qualifier) {
    text_detail::require_utf8(raw);
    text_detail::require_utf8(qualifier);

    const std::string text = iso_yuan(raw);
    const std::string_view value = text;
    const std::string_view q = trim(qualifier);
    if (q == "exact" || q == "exactly" || q == "整") return Figure::parse(value, figure_kind(measure)).declared_exact();
    return Figure::parse(value, figure_kind(measure), parse_qualifier(q));
}

Item Item::of(Category category) {
    Item item;
    item.text_ = std::string(category.code());
    item.category_ = category;
    if (auto set = members_of(category)) {
        item.key_ = "set " + set->to_string();
        item.services_ = std::move(set);
    } else {
        item.key_ = "code " + item.text_;
    }
    return item;
}

Item Item::parse(std::string_view text) {
    return parse(text, standard_names());
}

Item Item::parse(std::string_view raw, const Classification& names) {
    text_detail::require_utf8(raw);

    const std::string_view text = trim(raw);
    if (text.empty()) throw InvalidArgument("an item is needed: an EBOPS 2010 code, a name or a label");
    // What a resolved name covers: a set of services, a measured code, or nothing usable (a
    // name for a part of a category).
    const auto resolve = [&](std::string_view t) -> std::optional<Item> {
        const auto match = names.find(t);
        if (!match || match->relation == AliasRelation::part_of) return std::nullopt;
        if (match->target.is_category()) {
            Item item = of(match->target.category());
            item.text_ = std::string(t);
            return item;
        }
        Item item;
        item.text_ = std::string(t);
        CategorySet set = names.members(match->target);
        item.key_ = "set " + set.to_string();
        item.services_ = std::move(set);
        return item;
    };
    if (auto item = resolve(text)) return *item;
    if (text.find('-') != std::string_view::npos) {
        std::vector<std::string_view> parts;
        std::string_view rest = text;
        for (;;) {
            const auto dash = rest.find('-');
            parts.push_back(trim(rest.substr(0, dash)));
            if (dash == std::string_view::npos) break;
            rest = rest.substr(dash + 1);
        }
        std::optional<CategorySet> set;
        bool all_known = true;
        for (const std::string_view p : parts) {
            const auto item = p.empty() ? std::nullopt : resolve(p);
            if (!item) {
                all_known = false;
                break;
            }
            if (!item->services_) {
                throw InvalidArgument("cannot subtract \"" + std::string(p) + "\" in the item \"" + std::string(text) +
                                      "\": " + std::string(p) + " is not a set of EBOPS 2010 components");
            }
            set = set ? *set - *item->services_ : *item->services_;
        }
        if (all_known) {
            if (set->empty()) throw InvalidArgument("the item \"" + std::string(text) + "\" leaves no services");
            Item item;
            item.text_ = std::string(text);
            item.key_ = "set " + set->to_string();
            item.services_ = std::move(set);
            return item;
        }
    }
    Item item;
    item.text_ = std::string(text);
    item.key_ = "label " + normalize_name(text);
    return item;
}

}  // namespace svctrade
