// SPDX-License-Identifier: BSL-1.0
// A stream whose first bytes were read ahead (to learn a file's separator from its header) and
// are served again before the rest.
#pragma once

#include <cstddef>
#include <istream>
#include <memory>
#include <streambuf>
#include <string>

namespace svctrade::detail {

// Reads up to `count` bytes of `in`, stopping after the first line break.
// Throws Error naming `source` when the stream fails.
std::string read_prefix(std::istream& in, std::size_t count, const std::string& source);

// A buffer that hands out `prefix`, then the rest of `rest`. It throws Error when `rest` fails,
// which the istream reading it turns into its badbit.
std::unique_ptr<std::streambuf> make_prefix_buffer(std::string prefix, std::istream& rest);

}  // namespace svctrade::detail
