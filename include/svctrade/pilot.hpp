// SPDX-License-Identifier: BSL-1.0
/// \file
/// The pilot module, whole. Pilot programmes: tasks with dated status history, progress, claims and their file format.
#pragma once

#include <svctrade/pilot/claim.hpp>
#include <svctrade/pilot/file.hpp>
#include <svctrade/pilot/programme.hpp>
#include <svctrade/pilot/progress.hpp>
#include <svctrade/pilot/status.hpp>
#include <svctrade/pilot/task.hpp>
