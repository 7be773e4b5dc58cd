// SPDX-License-Identifier: BSL-1.0
/// \file
/// The panels module, whole. Columnar panels of monthly observations: a fast double path and an exact path.
#pragma once

#include <svctrade/panels/basic_panel.hpp>
#include <svctrade/panels/exact_ops.hpp>
#include <svctrade/panels/exact_panel.hpp>
#include <svctrade/panels/keys.hpp>
#include <svctrade/panels/month_index.hpp>
#include <svctrade/panels/ops.hpp>
#include <svctrade/panels/panel.hpp>
#include <svctrade/panels/result.hpp>
