// SPDX-License-Identifier: BSL-1.0
/// \file
/// The categories module, whole. What is traded: the EBOPS 2010 classification, aggregates, names and aliases, flows.
#pragma once

#include <svctrade/categories/additivity.hpp>
#include <svctrade/categories/aggregate.hpp>
#include <svctrade/categories/category.hpp>
#include <svctrade/categories/category_set.hpp>
#include <svctrade/categories/classification.hpp>
#include <svctrade/categories/fact_status.hpp>
#include <svctrade/categories/flow.hpp>
