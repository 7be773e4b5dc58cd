#pragma once
#include <svctrade/error.hpp>
