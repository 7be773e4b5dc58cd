// SPDX-License-Identifier: BSL-1.0
// A panel month as messages name it ("2021-06"). Private to the library.
#pragma once

#include <svctrade/panels/month_index.hpp>

#include <string>

namespace svctrade::detail {

std::string month_text(MonthIndex month);

}  // namespace svctrade::detail
