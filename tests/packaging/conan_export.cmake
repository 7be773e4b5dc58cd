# SPDX-License-Identifier: BSL-1.0
# cmake -P script: `conan create` builds from the files that conanfile.py's exports_sources
# lists, not from the whole tree. Copy exactly those into an empty folder and configure the
# library there with the options the recipe sets, so that a new folder the build reads (data,
# cmake scripts) cannot be forgotten in the recipe. Conan itself cannot run in CI.
# SOURCE_DIR: the source tree; WORK: a scratch folder; GENERATOR, CXX: as in the main build.
cmake_minimum_required(VERSION 3.25)
file(READ "${SOURCE_DIR}/conanfile.py" recipe)
if(NOT recipe MATCHES "exports_sources = \\(([^)]*)\\)")
  message(FATAL_ERROR "conanfile.py has no exports_sources = (...) tuple")
endif()
string(REGEX MATCHALL "\"[^\"]+\"" patterns "${CMAKE_MATCH_1}")

set(export "${WORK}/export")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${export}")
foreach(quoted IN LISTS patterns)
  string(REPLACE "\"" "" pattern "${quoted}")
  # Conan matches with fnmatch, where "dir/*" takes the whole subtree; only that form and plain
  # file names are used, and anything else must be taught to this script first.
  if(pattern MATCHES "^([A-Za-z0-9_.-]+)/\\*$")
    if(IS_DIRECTORY "${SOURCE_DIR}/${CMAKE_MATCH_1}")
      file(COPY "${SOURCE_DIR}/${CMAKE_MATCH_1}" DESTINATION "${export}")
    endif()
  elseif(pattern MATCHES "^[A-Za-z0-9_.-]+$")
    file(COPY "${SOURCE_DIR}/${pattern}" DESTINATION "${export}")
  else()
    message(FATAL_ERROR "exports_sources pattern '${pattern}' is not of the form 'file' or 'dir/*'")
  endif()
endforeach()

# The options below are the ones the recipe's generate() turns off.
set(options "")
foreach(option SVCTRADE_BUILD_TESTS SVCTRADE_BUILD_EXAMPLES SVCTRADE_BUILD_BENCHMARKS
               SVCTRADE_PACKAGING_TESTS SVCTRADE_DEVELOPER_WARNINGS)
  string(FIND "${recipe}" "\"${option}\"" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "conanfile.py does not turn ${option} off")
  endif()
  list(APPEND options "-D${option}=OFF")
endforeach()
execute_process(
  COMMAND "${CMAKE_COMMAND}" -S "${export}" -B "${WORK}/build" -G "${GENERATOR}"
    "-DCMAKE_CXX_COMPILER=${CXX}" -DCMAKE_BUILD_TYPE=Release ${options}
  RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "the sources conanfile.py exports do not configure:\n${output}")
endif()
message(STATUS "the sources exported by conanfile.py configure the library")
