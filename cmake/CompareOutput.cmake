# SPDX-License-Identifier: BSL-1.0
# cmake -P script: runs PROGRAM (with the ;-list ARGS, in WORKING_DIRECTORY) and fails unless its
# whole standard output equals the file EXPECTED and it exits 0. A regular expression would let a
# program pass with a wrong number somewhere else in its output, or with a non-zero exit.
execute_process(
  COMMAND "${PROGRAM}" ${ARGS}
  WORKING_DIRECTORY "${WORKING_DIRECTORY}"
  OUTPUT_VARIABLE actual
  ERROR_VARIABLE errors
  RESULT_VARIABLE status)
if(NOT status STREQUAL "0")
  message(FATAL_ERROR "${PROGRAM} exited with ${status}\nstderr:\n${errors}\nstdout:\n${actual}")
endif()
file(READ "${EXPECTED}" expected)
if(NOT actual STREQUAL expected)
  get_filename_component(name "${PROGRAM}" NAME)
  set(actual_file "${CMAKE_CURRENT_BINARY_DIR}/${name}.actual")
  file(WRITE "${actual_file}" "${actual}")
  execute_process(COMMAND diff -u "${EXPECTED}" "${actual_file}" OUTPUT_VARIABLE difference)
  message(FATAL_ERROR "output of ${name} differs from ${EXPECTED} (actual output in ${actual_file}):\n${difference}")
endif()
