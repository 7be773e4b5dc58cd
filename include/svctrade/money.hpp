// SPDX-License-Identifier: BSL-1.0
/// \file
/// The money module, whole. Money: ISO 4217 currencies, amounts with their magnitude words, exchange rates.
#pragma once

#include <svctrade/money/currency.hpp>
#include <svctrade/money/exchange.hpp>
#include <svctrade/money/magnitude.hpp>
#include <svctrade/money/money.hpp>
