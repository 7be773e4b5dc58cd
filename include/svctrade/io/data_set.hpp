// SPDX-License-Identifier: BSL-1.0
/// \file
/// svctrade::SdmxDataSet: statistical data as SDMX models it, read from an SDMX-CSV file or a
/// Eurostat TSV file — series identified by their dimension codes, observations with a period,
/// an exact value or the reason there is none, a status and the other attributes the file gave —
/// and the step from one of its series to a TimeSeries.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <svctrade/export.hpp>
#include <svctrade/money/currency.hpp>
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/series/time_series.hpp>
#include <svctrade/status/observation_status.hpp>

namespace svctrade {

/// A column of a data set: a dimension, the time dimension, the measure or an attribute, with the
/// names a file with labels gave it and its codes.
struct SdmxComponent {
    std::string id;    ///< The component's id (`FREQ`, `TIME_PERIOD`, `OBS_VALUE`, `COMMENT`).
    std::string name;  ///< Its name when the file had labels (`Frequency`), else empty.
    /// The names of its codes a file with labels gave (`A` → `Annual`), by code.
    std::map<std::string, std::string, std::less<>> code_names;

    /// Two components are equal when their ids, names and code names are.
    [[nodiscard]] friend bool operator==(const SdmxComponent&, const SdmxComponent&) = default;
};

/// What a row of an SDMX-CSV 2.x file asks the receiver to do with its observation (the ACTION
/// column). SDMX-CSV 1.0 has no ACTION: its rows are SdmxAction::information.
enum class SdmxAction : std::uint8_t {
    information,  ///< `I`: the observation as it stands (to merge).
    append,       ///< `A`: to add.
    replace,      ///< `R`: to replace what the receiver holds.
};

/// One observation of a series.
struct SdmxObservation {
    /// The period (TIME_PERIOD); no value only in a data set without a time dimension.
    std::optional<Period> period;
    /// The value, exact, with the unit multiplier applied (`12.4` with UNIT_MULT 6 is
    /// 12 400 000); no value when the observation is missing, for the reason `status` gives.
    std::optional<Decimal> value;
    /// The status: OBS_STATUS and OBS_CONF (or Eurostat's flags), and why the value is missing
    /// (an empty cell: Missing::not_provided; `NaN`, `#N/A`, `:`: Missing::not_available unless
    /// the status code says more, as SDMX `M` does).
    ObservationStatus status;
    /// The power of ten applied to the file's number (UNIT_MULT or SCALE; 0 without), kept so
    /// that the file can be written back as it was.
    int unit_multiplier = 0;
    /// What the row asked the receiver to do.
    SdmxAction action = SdmxAction::information;
    /// The values of the data set's attributes (SdmxDataSet::attributes), in that order; an empty
    /// text for an attribute the row did not give.
    std::vector<std::string> attributes;

    /// Two observations are equal when every member is.
    [[nodiscard]] friend bool operator==(const SdmxObservation&, const SdmxObservation&) = default;
};

/// The observations of one series key, in the order the file gave them.
struct SdmxSeries {
    /// The kind of structure the data follow (`dataflow`, `datastructure`, `dataprovision`).
    std::string structure = "dataflow";
    /// The structure's id (`ESTAT:NA_MAIN(1.6.0)`, `BIS:BIS_DER(1.0)`); may be empty.
    std::string structure_id;
    /// The series key: the codes of the data set's dimensions (SdmxDataSet::dimensions), in order.
    std::vector<std::string> key;
    /// The observations, in file order.
    std::vector<SdmxObservation> observations;

    /// \returns the key as SDMX writes it, the codes joined by dots (`A.B`).
    [[nodiscard]] SVCTRADE_EXPORT std::string key_text() const;
    /// Two series are equal when every member is.
    [[nodiscard]] friend bool operator==(const SdmxSeries&, const SdmxSeries&) = default;
};

/// A row of an SDMX-CSV 2.x file with ACTION `D`: what the receiver is asked to delete. It is
/// not data and never enters a series.
struct SdmxDeletion {
    /// The kind of structure (`dataflow`).
    std::string structure;
    /// The structure's id.
    std::string structure_id;
    /// The codes of the dimensions, in order; an empty code deletes every code of its dimension.
    std::vector<std::string> key;
    /// The period deleted; no value: every period of the key.
    std::optional<Period> period;
    /// The attributes whose values the row names, in the order of SdmxDataSet::attributes, empty
    /// for those it leaves alone.
    std::vector<std::string> attributes;

    /// Two deletions are equal when every member is.
    [[nodiscard]] friend bool operator==(const SdmxDeletion&, const SdmxDeletion&) = default;
};

/// A data set as SDMX models it: its components, its series, and the deletions a file asked for.
///
/// OBS_STATUS and OBS_CONF are read into each observation's ObservationStatus, UNIT_MULT (or
/// the IMF's SCALE) into SdmxObservation::unit_multiplier, REPORTING_YEAR_START_DAY into the
/// periods' year start; every other column that is not a dimension is an attribute, kept per
/// observation as the file wrote it.
/// \note A regular value type: copyable, movable, compared member by member.
struct SdmxDataSet {
    /// The dimensions other than time, in series-key order.
    std::vector<SdmxComponent> dimensions;
    /// The time dimension (`TIME_PERIOD`), if the data have one.
    std::optional<SdmxComponent> time_dimension;
    /// The measure (`OBS_VALUE`).
    SdmxComponent measure{"OBS_VALUE", {}, {}};
    /// The other attributes, in file order.
    std::vector<SdmxComponent> attributes;
    /// The series, in the order their first observation appeared.
    std::vector<SdmxSeries> series;
    /// The rows with ACTION `D`, in file order.
    std::vector<SdmxDeletion> deletions;

    /// \returns the series of structure `structure_id` whose key is `key` (its codes in
    ///          dimension order), or nullptr; an empty `structure_id` matches any structure.
    [[nodiscard]] SVCTRADE_EXPORT const SdmxSeries* find(std::span<const std::string_view> key,
                                                         std::string_view structure_id = {}) const;
    /// \returns the series whose key text (codes joined by dots, `A.B`) is `key_text`, or nullptr.
    [[nodiscard]] SVCTRADE_EXPORT const SdmxSeries* find(std::string_view key_text) const;
    /// \returns the position of attribute `id` in `attributes`, or no value.
    [[nodiscard]] SVCTRADE_EXPORT std::optional<std::size_t> attribute_index(std::string_view id) const noexcept;
    /// \returns the position of dimension `id` in `dimensions`, or no value.
    [[nodiscard]] SVCTRADE_EXPORT std::optional<std::size_t> dimension_index(std::string_view id) const noexcept;

    /// Two data sets are equal when every member is.
    [[nodiscard]] friend bool operator==(const SdmxDataSet&, const SdmxDataSet&) = default;
};

/// The observations of `series` as a TimeSeries of amounts in `currency`: a value as Money
/// with its status, a missing observation recorded as missing for its reason (insert_missing()),
/// so that "cannot exist" and "not available" stay apart.
/// \returns the series (without category or flow: SDMX codes are not EBOPS codes until a
///          codelist says so).
/// \throws InvalidArgument for an observation without a period or a period given twice;
///         NotComparable for periods of different kinds (a file mixing annual and monthly
///         observations in one key, which SDMX's FREQ dimension normally prevents).
[[nodiscard]] SVCTRADE_EXPORT TimeSeries to_time_series(const SdmxSeries& series, Currency currency);

}  // namespace svctrade
