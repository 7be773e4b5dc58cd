#include <svctrade/money/money.hpp>
#include "periods/util.hpp"
