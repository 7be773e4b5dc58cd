// SPDX-License-Identifier: BSL-1.0
/// \file
/// The io module: data files in and out of svctrade's series, panels and panel results — tidy
/// CSV with a declared column map, SDMX-CSV and Eurostat TSV as SdmxDataSet, codelists and their
/// checks against EBOPS 2010, panels, panel results and series exported through the Arrow C
/// stream interface (docs/data.md).
#pragma once

#include <svctrade/io/arrow_c_abi.hpp>
#include <svctrade/io/arrow_export.hpp>
#include <svctrade/io/codelist.hpp>
#include <svctrade/io/codelist_check.hpp>
#include <svctrade/io/data_set.hpp>
#include <svctrade/io/eurostat_tsv.hpp>
#include <svctrade/io/sdmx_csv.hpp>
#include <svctrade/io/sdmx_period.hpp>
#include <svctrade/io/tidy_layout.hpp>
#include <svctrade/io/tidy_panel.hpp>
#include <svctrade/io/tidy_reader.hpp>
#include <svctrade/io/tidy_result.hpp>
#include <svctrade/io/tidy_series.hpp>
#include <svctrade/io/tidy_writer.hpp>
