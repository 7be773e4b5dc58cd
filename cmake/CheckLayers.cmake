# SPDX-License-Identifier: BSL-1.0
# cmake -P script: fails when a header or source of one module includes a module above its own.
#   cmake -DROOT=<tree holding include/svctrade and src> -P CheckLayers.cmake
# The layers (docs/architecture.md draws them): each module names the modules it builds on
# directly; what those build on is allowed too. "top" is error.hpp, outcome.hpp and the generated
# export.hpp and version.hpp, which every module may include; svctrade.hpp is for users only.
cmake_minimum_required(VERSION 3.25)

set(layer_top "")
set(layer_text top)
set(layer_status top)
set(layer_numbers text)
set(layer_published numbers)
set(layer_periods numbers)
set(layer_money published periods)
set(layer_categories numbers)
set(layer_figures money)
set(layer_growth figures)
set(layer_series growth categories status)
set(layer_panels growth categories status)
set(layer_pilot periods categories)
set(layer_io series panels)
set(layer_audit io pilot)
set(layer_format series panels pilot)
set(layer_bulletins audit)
set(modules top text status numbers published periods money figures categories growth series panels pilot io audit format
    bulletins)

if(NOT DEFINED ROOT)
  message(FATAL_ERROR "usage: cmake -DROOT=<source tree> -P CheckLayers.cmake")
endif()

get_filename_component(ROOT "${ROOT}" ABSOLUTE)

# The closure: every module a module may include, itself included.
foreach(m IN LISTS modules)
  set(todo ${m})
  set(seen "")
  while(todo)
    list(POP_FRONT todo x)
    if(NOT x IN_LIST seen)
      list(APPEND seen ${x})
      list(APPEND todo ${layer_${x}})
    endif()
  endwhile()
  set(allowed_${m} ${seen})
endforeach()

# Which module an included name belongs to: a folder or an umbrella header names its module;
# error, outcome, export and version are the top; fmt.hpp belongs to the format module.
function(module_of name out)
  if(name MATCHES "^(error|outcome|export|version)$")
    set(${out} top PARENT_SCOPE)
  elseif(name STREQUAL "fmt")
    set(${out} format PARENT_SCOPE)  # <svctrade/fmt.hpp>: the {fmt} formatters of the format module
  else()
    set(${out} ${name} PARENT_SCOPE)
  endif()
endfunction()

set(violations "")
set(checked 0)
file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/include/svctrade/*.hpp" "${ROOT}/src/*.cpp" "${ROOT}/src/*.hpp")
foreach(file IN LISTS files)
  if(file MATCHES "^include/svctrade/([a-z_]+)/")
    set(own ${CMAKE_MATCH_1})
  elseif(file MATCHES "^src/([a-z_]+)/")
    set(own ${CMAKE_MATCH_1})
  elseif(file MATCHES "^include/svctrade/(svctrade)\\.hpp$")
    continue()  # the whole API, for users
  elseif(file MATCHES "^include/svctrade/([a-z_]+)\\.hpp$")
    module_of(${CMAKE_MATCH_1} own)  # an umbrella header, or a top header
  else()
    set(own top)  # src/error.cpp
  endif()
  if(NOT own IN_LIST modules)
    list(APPEND violations "${file}: module '${own}' is not in the layer table of cmake/CheckLayers.cmake")
    continue()
  endif()
  math(EXPR checked "${checked} + 1")
  file(STRINGS "${ROOT}/${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
  foreach(line IN LISTS includes)
    set(target "")
    if(line MATCHES "[<\"]svctrade/svctrade\\.hpp[>\"]")
      list(APPEND violations "${file}: includes svctrade.hpp, which is for users; include the modules it needs")
      continue()
    elseif(line MATCHES "[<\"]svctrade/([a-z_]+)(\\.hpp|/)")
      module_of(${CMAKE_MATCH_1} target)
    elseif(line MATCHES "\"([a-z_]+)/[^\"]+\"")
      set(target ${CMAKE_MATCH_1})  # a private header of src/<module>/
    else()
      continue()  # the standard library, Boost
    endif()
    if(NOT target IN_LIST modules)
      list(APPEND violations "${file}: '${line}' names no module of the layer table")
    elseif(NOT target IN_LIST allowed_${own})
      string(STRIP "${line}" line)
      list(APPEND violations "${file}: module '${own}' includes module '${target}' ('${line}'), which is not below it")
    endif()
  endforeach()
endforeach()

if(checked EQUAL 0)
  message(FATAL_ERROR "no header or source found under ${ROOT}: nothing was checked")
endif()
if(violations)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "layering: ${text}")
endif()
message(STATUS "layering: ${checked} files, every include points at the file's own module or one below it")
