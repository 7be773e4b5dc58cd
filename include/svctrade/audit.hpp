// SPDX-License-Identifier: BSL-1.0
/// \file
/// The audit module: releases and their claims, every identity among printed figures checked
/// exactly, sentences for the findings, the release file and the pre-publication check.
#pragma once

#include <svctrade/audit/audit.hpp>
#include <svctrade/audit/check.hpp>
#include <svctrade/audit/claim.hpp>
#include <svctrade/audit/figure.hpp>
#include <svctrade/audit/release.hpp>
