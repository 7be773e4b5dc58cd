#pragma once
#include <cstdint>
#include <svctrade/error.hpp>
