// SPDX-License-Identifier: BSL-1.0
/// \file
/// The figures module, whole. Published figures as releases print them: a number with its unit,
/// what it measures (a level, a growth rate, a share, a percentage-point change, a count, an
/// exchange rate), its qualifier, and the exact interval it stands for.
#pragma once

#include <svctrade/figures/figure.hpp>
