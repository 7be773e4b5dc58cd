// SPDX-License-Identifier: BSL-1.0
/// \file
/// The whole public API of svctrade in one include.
#pragma once

#include <svctrade/error.hpp>
#include <svctrade/version.hpp>
