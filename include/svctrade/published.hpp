// SPDX-License-Identifier: BSL-1.0
/// \file
/// The published module, whole. Published figures: the interval a rounded figure stands for, and exact interval
/// arithmetic.
#pragma once

#include <svctrade/published/interval.hpp>
#include <svctrade/published/published.hpp>
