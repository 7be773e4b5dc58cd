// SPDX-License-Identifier: BSL-1.0
/// \file
/// The text module: RFC 4180 CSV records and fields with their lines and columns.
#pragma once

#include <svctrade/text/csv.hpp>
