// SPDX-License-Identifier: BSL-1.0
/// \file
/// The numbers module, whole. Exact numbers: Decimal, rounding modes, Ratio and the percentage types.
#pragma once

#include <svctrade/numbers/decimal.hpp>
#include <svctrade/numbers/percent.hpp>
#include <svctrade/numbers/ratio.hpp>
#include <svctrade/numbers/rounding.hpp>
