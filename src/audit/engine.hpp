// SPDX-License-Identifier: BSL-1.0
// The audit's machinery (private): claims prepared into entries keyed for lookup, the plans the
// finders write (which identity, which entries), and their exact evaluation.
//
// Finders (within.cpp, across.cpp) only decide which identities the printed claims allow; they
// never compute. evaluate() computes each plan under one convention for negative figures, so
// that the same plan can be evaluated under the other where an input depends on it.
#pragma once

#include <svctrade/audit/audit.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace svctrade::audit_engine {

// A claim prepared for lookup. Deficits are kept as balances (the flows are one), with their
// money figures and shares negated; cagr is kept as average_growth (the same formula).
struct Entry {
    Entry(ClaimRef ref_, const Claim& claim_, Interval magnitude, Interval toward_positive)
        : ref(ref_), claim(&claim_), iv{std::move(magnitude), std::move(toward_positive)} {}

    ClaimRef ref;
    const Claim* claim;
    Interval iv[2];                      // under NegativeRounding::magnitude and ::toward_positive, in canonical sign
    long first = 0, last = 0;            // day numbers of the period
    std::uint32_t item = 0;              // interned Item::key()
    std::uint32_t whole = 0;             // interned key of a share's whole (0 otherwise)
    long base_first = 0, base_last = 0;  // the resolved base period (measures with one)
    int years = 0;                       // whole years from the base to the period, 0 when not whole
    std::uint32_t rank = 0;              // the release's place in publication order
    long published_day = 0;              // the release's publication date, when `dated`
    bool dated = false;
    std::uint16_t unit = 0;                   // the currency's numeric code for money, 0 otherwise
    ClaimFlow flow = ClaimFlow::total;        // canonical (never deficit)
    ClaimFlow whole_flow = ClaimFlow::total;  // canonical
    Measure measure = Measure::level;         // canonical (never cagr)
    std::uint8_t status = 0;                  // 0, or 1 + TaskStatus
    bool negated = false;                     // a deficit stored as a balance
    bool approximate = false;
    bool convention_matters = false;
    // A figure no release printed but computed from printed ones (a part from its share and the
    // whole, a total from the flows): it takes part in checks across releases only, and the
    // checks that use it name its `sources` and carry the tag "derived input".
    bool derived = false;
    std::vector<ClaimRef> sources;
    FigureKind kind = FigureKind::level;  // what the figure measures
    std::optional<Currency> currency;     // for money

    [[nodiscard]] const Interval& value(NegativeRounding c) const noexcept {
        return iv[c == NegativeRounding::magnitude ? 0 : 1];
    }
};

// What entries are looked up by: everything that makes two claims "the same figure".
struct Key {
    long first = 0, last = 0;
    long base_first = 0, base_last = 0;
    std::uint32_t item = 0, whole = 0;
    std::uint16_t unit = 0;
    ClaimFlow flow = ClaimFlow::total, whole_flow = ClaimFlow::total;
    Measure measure = Measure::level;
    std::uint8_t status = 0;
    friend bool operator==(const Key&, const Key&) noexcept = default;
};

struct KeyHash {
    std::size_t operator()(const Key& k) const noexcept;
};

[[nodiscard]] Key key_of(const Entry& e) noexcept;

// A plan: an identity found among entries, to be evaluated.
struct Plan {
    Plan(CheckKind kind_, Period period_) : kind(kind_), period(period_) {}
    CheckKind kind;
    std::uint8_t variant = 0;           // which form of the identity (see evaluate())
    std::vector<std::uint32_t> inputs;  // entry indices in the formula's order
    std::optional<std::uint32_t> compared;
    int root = 1;
    Period period;
    ClaimFlow flow = ClaimFlow::total;
    Measure measure = Measure::level;
    std::uint32_t about = 0;  // entry whose item the computed figure is for
    bool about_whole = false;
    bool derived = false;
    bool negate = false;  // present the result in deficit terms
    Quantity quantity{};
    std::uint32_t release = 0;
};

// The claims of one area and basis, with their lookup index.
class Group {
public:
    std::vector<Entry> entries;
    std::unordered_map<Key, std::vector<std::uint32_t>, KeyHash> index;  // entries by key, in rank order
    std::vector<std::uint16_t> units;  // the currencies (numeric codes) present, and 0
    std::unordered_map<std::uint32_t, std::pair<std::uint32_t, std::uint32_t>>
        ranges;  // release → its entries [begin, end)

    void build();
    // The entries with key `k`, in rank order (empty when none).
    [[nodiscard]] const std::vector<std::uint32_t>& find(const Key& k) const;
    // The printed entry with key `k` in release `release`, if any.
    [[nodiscard]] std::optional<std::uint32_t> in_release(const Key& k, std::uint32_t release) const;
    // Adds the derived entries (see Entry::derived) of every release, after build().
    void derive();
    // The entry with key `k` to take part in a check of entry x: x's own release's, else the most
    // precise of those not published after x's release (the latest of equals), else the earliest
    // published after it.
    [[nodiscard]] std::optional<std::uint32_t> best(const Key& k, const Entry& x) const;

private:
    static const std::vector<std::uint32_t> none;
};

// What the finders share: making a plan about an entry, compared with another or not.
class Finder {
public:
    Finder(const Group& g, const AuditOptions& options, std::vector<Plan>& out) : g_(g), options_(options), out_(out) {}

protected:
    // A plan of `kind` whose computed figure is for `subject`'s period, flow, item and measure,
    // or, when `compared` is given, for the compared claim's; filed under `release`.
    Plan& plan(CheckKind kind, const Entry& subject, std::vector<std::uint32_t> inputs,
               std::optional<std::uint32_t> compared, std::uint32_t release);
    [[nodiscard]] std::uint32_t index_of(const Entry& e) const {
        return static_cast<std::uint32_t>(&e - g_.entries.data());
    }
    [[nodiscard]] static Quantity quantity_of(const Entry& e);
    [[nodiscard]] bool inferences() const noexcept { return options_.inferences; }
    // The period `years` years earlier, or no value when it leaves the calendar's range.
    [[nodiscard]] static std::optional<Period> shifted(const Period& p, int years);

    const Group& g_;
    const AuditOptions& options_;
    std::vector<Plan>& out_;
};

// Within-release and across-release finders: append plans.
void find_within(const Group& g, std::uint32_t release, const AuditOptions& options, std::vector<Plan>& out);
void find_across(const Group& g, const AuditOptions& options, std::vector<Plan>& out);

// The computed interval of a plan under a convention (canonical sign), and the published
// interval it is compared with when that is not a printed claim (common_rate); no value when
// the identity has no bounded answer for these inputs.
struct Evaluation {
    Interval computed;
    std::optional<Interval> published;
};
[[nodiscard]] std::optional<Evaluation> evaluate(const Group& g, const Plan& p, NegativeRounding c);

// A period's dates as the kind they form (a month, quarter, half or year), or the period itself.
[[nodiscard]] Period canonical(const Period& p);

}  // namespace svctrade::audit_engine
