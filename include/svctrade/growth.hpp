// SPDX-License-Identifier: BSL-1.0
/// \file
/// The growth module, whole. Growth, shares, contributions and average growth, exact, with "no answer"
/// outcomes, their exact interval forms over published figures, and their words in Chinese and English.
#pragma once

#include <svctrade/growth/average_growth.hpp>
#include <svctrade/growth/average_growth_interval.hpp>
#include <svctrade/growth/figure_growth.hpp>
#include <svctrade/growth/growth.hpp>
#include <svctrade/growth/interval_growth.hpp>
#include <svctrade/growth/money_growth.hpp>
#include <svctrade/growth/published_growth.hpp>
#include <svctrade/growth/words.hpp>
