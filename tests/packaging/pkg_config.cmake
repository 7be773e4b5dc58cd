# SPDX-License-Identifier: BSL-1.0
# Compiles and runs the consumer with nothing but what `pkg-config --cflags --libs svctrade`
# prints for the staged install (plus the C++ standard, which a .pc file cannot carry).
set(ENV{PKG_CONFIG_PATH} "${STAGE}/${LIBDIR}/pkgconfig")
execute_process(COMMAND "${PKG_CONFIG}" --cflags --libs svctrade
  OUTPUT_VARIABLE flags OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "pkg-config does not find svctrade in ${STAGE}/${LIBDIR}/pkgconfig")
endif()
message(STATUS "pkg-config --cflags --libs svctrade: ${flags}")
separate_arguments(flags UNIX_COMMAND "${flags}")
execute_process(
  COMMAND "${CXX}" -std=c++20 -Wall -Wextra -Wpedantic -Werror "${SOURCE}" ${flags}
    "-Wl,-rpath,${STAGE}/${LIBDIR}" -o "${OUTPUT}"
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "the pkg-config consumer does not compile")
endif()
execute_process(COMMAND "${OUTPUT}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "the pkg-config consumer exited with ${status}")
endif()
