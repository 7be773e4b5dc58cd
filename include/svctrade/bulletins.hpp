// SPDX-License-Identifier: BSL-1.0
/// \file
/// The bulletins module: releases written from data in English and Chinese, through template
/// tables, each figure rounded once, with the release file of exactly the printed figures.
#pragma once

#include <svctrade/bulletins/figures.hpp>
#include <svctrade/bulletins/render.hpp>
#include <svctrade/bulletins/spec.hpp>
#include <svctrade/bulletins/templates.hpp>
