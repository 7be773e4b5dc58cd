#include <svctrade/numbers/decimal.hpp>
#include "money/currency_table.hpp"
