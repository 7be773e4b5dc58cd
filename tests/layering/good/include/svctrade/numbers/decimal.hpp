#pragma once
#include <svctrade/error.hpp>
#include <cstdint>
