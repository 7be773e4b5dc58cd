// SPDX-License-Identifier: BSL-1.0
/// \file
/// The series module, whole. Time series of Money keyed by Period.
#pragma once

#include <svctrade/series/series_result.hpp>
#include <svctrade/series/time_series.hpp>
