# SPDX-License-Identifier: BSL-1.0
# cmake -P script: runs PROGRAM (with the ;-list ARGS, in WORKING_DIRECTORY) and fails unless it
# exits with status EXIT, prints nothing on standard output (no partial report) and its standard
# error matches the regular expression ERROR.
execute_process(
  COMMAND "${PROGRAM}" ${ARGS}
  WORKING_DIRECTORY "${WORKING_DIRECTORY}"
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  RESULT_VARIABLE status)
if(NOT status STREQUAL "${EXIT}")
  message(FATAL_ERROR "${PROGRAM} exited with ${status}, expected ${EXIT}\nstderr:\n${err}\nstdout:\n${out}")
endif()
if(NOT out STREQUAL "")
  message(FATAL_ERROR "${PROGRAM} printed a partial report on standard output:\n${out}")
endif()
if(NOT err MATCHES "${ERROR}")
  message(FATAL_ERROR "the error of ${PROGRAM} does not match \"${ERROR}\":\n${err}")
endif()
