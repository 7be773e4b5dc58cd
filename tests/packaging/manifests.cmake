# SPDX-License-Identifier: BSL-1.0
# cmake -P script: the vcpkg manifest, the overlay port and the Conan recipe must describe the
# project that CMakeLists.txt builds (version, licence, Boost dependency), since vcpkg and Conan
# cannot run in CI. SOURCE_DIR is the source tree, VERSION the project version.
cmake_minimum_required(VERSION 3.25)
set(failures "")

foreach(manifest vcpkg.json cmake/ports/svctrade/vcpkg.json)
  file(READ "${SOURCE_DIR}/${manifest}" json)
  foreach(key name version license dependencies)
    string(JSON ${key} ERROR_VARIABLE error GET "${json}" ${key})
    if(error)
      list(APPEND failures "${manifest}: no '${key}' (${error})")
    endif()
  endforeach()
  if(NOT name STREQUAL "svctrade")
    list(APPEND failures "${manifest}: name is '${name}', not 'svctrade'")
  endif()
  if(NOT version STREQUAL VERSION)
    list(APPEND failures "${manifest}: version is '${version}', the project's is ${VERSION}")
  endif()
  if(NOT license STREQUAL "BSL-1.0")
    list(APPEND failures "${manifest}: license is '${license}', not BSL-1.0")
  endif()
  string(FIND "${dependencies}" "\"boost-date-time\"" at)
  if(at EQUAL -1)
    list(APPEND failures "${manifest}: boost-date-time is not a dependency")
  endif()
endforeach()

# The port must not build our tests: their dependency (doctest) is not in its manifest.
file(READ "${SOURCE_DIR}/cmake/ports/svctrade/portfile.cmake" portfile)
foreach(option SVCTRADE_BUILD_TESTS SVCTRADE_BUILD_EXAMPLES SVCTRADE_PACKAGING_TESTS)
  string(FIND "${portfile}" "-D${option}=OFF" at)
  if(at EQUAL -1)
    list(APPEND failures "portfile.cmake does not pass -D${option}=OFF")
  endif()
endforeach()

# Conan reads the version from CMakeLists.txt (set_version), so the recipe must not pin one.
file(READ "${SOURCE_DIR}/conanfile.py" recipe)
if(recipe MATCHES "\n[ \t]+version[ \t]*=")
  list(APPEND failures "conanfile.py pins a version instead of reading it from CMakeLists.txt")
endif()
foreach(needle "def set_version" "license = \"BSL-1.0\"" "self.requires(\"boost/"
               "\"cmake_target_name\", \"svctrade::svctrade\"" "\"pkg_config_name\", \"svctrade\"")
  string(FIND "${recipe}" "${needle}" at)
  if(at EQUAL -1)
    list(APPEND failures "conanfile.py lacks ${needle}")
  endif()
endforeach()

if(failures)
  list(JOIN failures "\n  " text)
  message(FATAL_ERROR "packaging manifests disagree with the project:\n  ${text}")
endif()
message(STATUS "vcpkg.json, the overlay port and conanfile.py agree with svctrade ${VERSION}")
