#pragma once
#include <svctrade/numbers/decimal.hpp>
#include <svctrade/periods.hpp>
