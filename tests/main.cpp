// SPDX-License-Identifier: BSL-1.0
// Debian's doctest exports only doctest::doctest, without a main: this is the one main.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
