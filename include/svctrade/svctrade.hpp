// SPDX-License-Identifier: BSL-1.0
/// \file
/// The whole public API of svctrade in one include.
#pragma once

#include <svctrade/currency.hpp>
#include <svctrade/decimal.hpp>
#include <svctrade/error.hpp>
#include <svctrade/exchange.hpp>
#include <svctrade/interval.hpp>
#include <svctrade/magnitude.hpp>
#include <svctrade/money.hpp>
#include <svctrade/percent.hpp>
#include <svctrade/pilot_claim.hpp>
#include <svctrade/pilot_file.hpp>
#include <svctrade/pilot_programme.hpp>
#include <svctrade/pilot_progress.hpp>
#include <svctrade/pilot_status.hpp>
#include <svctrade/pilot_task.hpp>
#include <svctrade/published.hpp>
#include <svctrade/ratio.hpp>
#include <svctrade/rounding.hpp>
#include <svctrade/average_growth.hpp>
#include <svctrade/exact_panel.hpp>
#include <svctrade/exact_panel_ops.hpp>
#include <svctrade/flow.hpp>
#include <svctrade/growth.hpp>
#include <svctrade/money_growth.hpp>
#include <svctrade/outcome.hpp>
#include <svctrade/panel.hpp>
#include <svctrade/panel_keys.hpp>
#include <svctrade/panel_ops.hpp>
#include <svctrade/period.hpp>
#include <svctrade/period_compare.hpp>
#include <svctrade/period_text.hpp>
#include <svctrade/version.hpp>
