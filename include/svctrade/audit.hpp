// SPDX-License-Identifier: BSL-1.0
/// \file
/// The audit module: releases and their claims, every identity among printed figures checked
/// exactly, sentences for the findings, the release file and the pre-publication check.
#pragma once

#include <svctrade/audit/audit.hpp>
#include <svctrade/audit/check.hpp>
#include <svctrade/audit/claim.hpp>
#include <svctrade/audit/convention.hpp>
#include <svctrade/audit/draft.hpp>
#include <svctrade/audit/release.hpp>
#include <svctrade/audit/release_file.hpp>
#include <svctrade/audit/report.hpp>
