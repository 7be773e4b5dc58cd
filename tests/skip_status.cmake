# SPDX-License-Identifier: BSL-1.0
# cmake -P script: runs PROGRAM with the doctest filter CASE and fails unless it exits with EXIT.
execute_process(COMMAND "${PROGRAM}" "--test-case=${CASE}" RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status STREQUAL "${EXIT}")
  message(FATAL_ERROR "${PROGRAM} --test-case=${CASE} exited with ${status}, expected ${EXIT}:\n${out}${err}")
endif()
