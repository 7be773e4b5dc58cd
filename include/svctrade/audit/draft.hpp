// SPDX-License-Identifier: BSL-1.0
/// \file
/// The pre-publication check: for the statistics office that holds the unrounded data, whether
/// every figure a draft release prints is the correctly rounded value of what the data give.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/audit/claim.hpp>
#include <svctrade/audit/convention.hpp>
#include <svctrade/audit/release.hpp>
#include <svctrade/export.hpp>
#include <svctrade/growth/words.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/numbers/ratio.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/published/interval.hpp>
#include <svctrade/series/time_series.hpp>

namespace svctrade {

/// The unrounded data of one area, as a statistics office holds them: one TimeSeries per item,
/// flow and currency (monthly series, or series of the periods the release prints).
///
/// A level is read from the series of its item, flow and currency: the value of a period with
/// the same dates (H1 2021 for January–June 2021), or the sum of the months it covers in a
/// monthly series (January–May 2021 from five months, every one present). Total trade, the
/// balance and the deficit not held as series of their own are exports + imports, exports −
/// imports and imports − exports.
class SVCTRADE_EXPORT ExactData {
public:
    /// Adds the series of `item` in `flow`, in the series' currency.
    /// \throws InvalidArgument when a series of the same item, flow and currency is already held.
    void add(const Item& item, ClaimFlow flow, TimeSeries series);

    /// \returns the exact level of `item` in `flow` for `period`, in `currency`'s units (yuan, not
    ///          billions), or Reason::missing when the data do not hold it (no series, or a month
    ///          of the period absent).
    [[nodiscard]] Outcome<Ratio> level(const Item& item, ClaimFlow flow, const Period& period, Currency currency) const;
    /// \returns the currencies the data hold series in, in the order first added.
    [[nodiscard]] const std::vector<Currency>& currencies() const noexcept { return currencies_; }
    /// \returns the number of series held.
    [[nodiscard]] std::size_t size() const noexcept { return series_.size(); }

private:
    /// One series held, with what it measures.
    struct Held {
        Item item;                          ///< The item.
        ClaimFlow flow = ClaimFlow::total;  ///< The flow (every Held is built with its own).
        TimeSeries series;                  ///< The values, in the series' currency.
    };
    /// \returns the series of `item` in `flow` and `currency`, or nullptr.
    [[nodiscard]] const TimeSeries* find(const Item& item, ClaimFlow flow, Currency currency) const noexcept;
    std::vector<Held> series_;          ///< In the order added (a draft holds a few dozen, not thousands).
    std::vector<Currency> currencies_;  ///< The currencies of series_, first added first.
};

/// What the pre-publication check found for one printed figure.
enum class DraftVerdict : std::uint8_t {
    correct,      ///< The figure is what the data give, rounded as the convention says.
    incorrect,    ///< It is not: DraftCheck::expected says what should be printed.
    not_in_data,  ///< The data do not give the figure (DraftCheck::reason says why).
    unevaluated,  ///< An exact intermediate did not fit in 128-bit fractions.
};

/// \returns "correct", "incorrect", "not_in_data" or "unevaluated".
[[nodiscard]] SVCTRADE_EXPORT std::string_view to_string(DraftVerdict verdict) noexcept;

/// The pre-publication check of one claim of a draft release.
struct DraftCheck {
    std::uint32_t claim = 0;                       ///< The claim's index in the draft's claims().
    DraftVerdict verdict = DraftVerdict::correct;  ///< Under the check's convention.
    /// The verdict under the other convention for negative figures (they differ only when the
    /// data's value is a tie of a negative or zero figure).
    DraftVerdict other_verdict = DraftVerdict::correct;
    Reason reason = Reason::none;  ///< For not_in_data: missing, zero_base, negative_base or sign_change.
    /// The exact value the data give, in base units (yuan; 0.059 for 5.9 %), as a point; for an
    /// average growth or CAGR (`root` above 1) the growth factor F, the value being F^(1/root) − 1.
    std::optional<Interval> exact;
    int root = 1;  ///< 1, or the years of an average growth.
    /// The number the figure should print, in the printed figure's units and to its rounding
    /// unit (`Figure::printed()`: yuan for a level, percent for a growth rate), rounded by the
    /// convention; no value for a qualified figure (nearly, over, about), which has no one
    /// correct printing, and when the data give no value.
    std::optional<Decimal> expected;
    /// The printed text with `expected` in place of the printed number ("343.3亿元" for
    /// "343.2亿元"), or the number alone when the text does not hold the printed number as is.
    std::string expected_text;
};

/// Options of check_draft().
struct DraftOptions {
    /// How the office rounds negative figures (and zero).
    NegativeRounding convention = NegativeRounding::magnitude;
};

/// The pre-publication check of a whole draft: one DraftCheck per claim, in the claims' order.
struct DraftReport {
    NegativeRounding convention = NegativeRounding::magnitude;  ///< The convention of `DraftCheck::verdict`.
    std::vector<DraftCheck> checks;                             ///< One per claim of the draft.

    /// \returns the number of checks with `verdict`.
    [[nodiscard]] SVCTRADE_EXPORT std::size_t count(DraftVerdict verdict) const noexcept;
    /// \returns the indices of the incorrect figures.
    [[nodiscard]] SVCTRADE_EXPORT std::vector<std::size_t> incorrect() const;
};

/// Checks that every figure the draft release prints is the correctly rounded value of what
/// `data` give: levels and absolute changes, year-on-year growth, growth on the previous period
/// and on a base period, average growth and CAGR (decided exactly in the power domain), shares
/// and share changes. A figure is correct when the exact value lies in the interval its printed
/// rounding stands for (Figure::interval() under the convention): for a qualified figure (nearly,
/// over, about) the widened interval; for one declared exact, the point. Counts are not in a
/// TimeSeries and come out not_in_data.
/// \returns one check per claim of `draft`, in order.
[[nodiscard]] SVCTRADE_EXPORT DraftReport check_draft(const Release& draft, const ExactData& data,
                                                      const DraftOptions& options = {});

/// \returns one sentence saying what the check found for its claim of `draft`, in `language`:
///          "The draft prints the year-on-year growth of services exports in H1 2021 as
///          "5.9%"; the data give 0.05953…, which prints as "6.0%"."
/// \throws InvalidArgument when the check's claim is not in `draft`.
[[nodiscard]] SVCTRADE_EXPORT std::string sentence(const DraftCheck& check, const Release& draft, Language language);

}  // namespace svctrade
