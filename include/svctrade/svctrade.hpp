// SPDX-License-Identifier: BSL-1.0
/// \file
/// The whole public API of svctrade in one include: every module's umbrella header, in layer
/// order (docs/architecture.md).
#pragma once

#include <svctrade/error.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/version.hpp>

#include <svctrade/audit.hpp>
#include <svctrade/bulletins.hpp>
#include <svctrade/categories.hpp>
#include <svctrade/figures.hpp>
#include <svctrade/growth.hpp>
#include <svctrade/io.hpp>
#include <svctrade/money.hpp>
#include <svctrade/numbers.hpp>
#include <svctrade/panels.hpp>
#include <svctrade/periods.hpp>
#include <svctrade/pilot.hpp>
#include <svctrade/published.hpp>
#include <svctrade/series.hpp>
#include <svctrade/status.hpp>
#include <svctrade/text.hpp>
