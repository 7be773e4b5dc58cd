# SPDX-License-Identifier: BSL-1.0
# svctrade_skipped_test(NAME WHY [PROPERTY VALUE...]): a test this machine cannot run (a tool it
# needs was not found at configure time), registered anyway so that CTest counts it as skipped,
# with WHY in its output, instead of leaving it out of the count.
function(svctrade_skipped_test name why)
  add_test(NAME "${name}" COMMAND sh -c "echo \"SKIPPED: $1\"; exit 77" sh "${why}")
  set_tests_properties("${name}" PROPERTIES SKIP_RETURN_CODE 77 ${ARGN})
endfunction()
