// SPDX-License-Identifier: BSL-1.0
/// \file
/// The status module: ObservationStatus (the qualities, missing reason and confidentiality of an
/// observation), how computed figures inherit it, and the SDMX and Eurostat codes for it.
#pragma once

#include <svctrade/status/observation_status.hpp>
#include <svctrade/status/status_codes.hpp>
