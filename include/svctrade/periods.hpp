// SPDX-License-Identifier: BSL-1.0
/// \file
/// The periods module, whole. Reporting periods on Boost.Date_Time: kinds, navigation, comparability and their text
/// forms.
#pragma once

#include <svctrade/periods/compare.hpp>
#include <svctrade/periods/kind.hpp>
#include <svctrade/periods/period.hpp>
#include <svctrade/periods/text.hpp>
