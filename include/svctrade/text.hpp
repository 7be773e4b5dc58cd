// SPDX-License-Identifier: BSL-1.0
/// \file
/// The text module: the streaming RFC 4180 CSV tokenizer and writer, whole-text CSV records and
/// tables, UTF-8 checks and excerpts for messages.
#pragma once

#include <svctrade/text/csv.hpp>
#include <svctrade/text/csv_reader.hpp>
#include <svctrade/text/csv_writer.hpp>
#include <svctrade/text/utf8.hpp>
