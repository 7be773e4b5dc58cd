# SPDX-License-Identifier: BSL-1.0
# `cmake --build <dir> --target docs` builds the API reference from the public headers when
# Doxygen is installed. Undocumented public names are warnings, and warnings are errors, so the
# target fails when a public name lacks its /// comment.
if(NOT PROJECT_IS_TOP_LEVEL)
  return()
endif()
find_package(Doxygen QUIET)
if(NOT DOXYGEN_FOUND)
  # Fail with a reason rather than "unknown target" when the docs preset is built without Doxygen.
  add_custom_target(docs
    COMMAND ${CMAKE_COMMAND} -E echo "docs: Doxygen was not found: install it (Debian: doxygen) and configure again"
    COMMAND ${CMAKE_COMMAND} -E false
    VERBATIM)
  return()
endif()
set(DOXYGEN_PROJECT_NAME svctrade)
set(DOXYGEN_PROJECT_NUMBER ${PROJECT_VERSION})
set(DOXYGEN_PROJECT_BRIEF "${PROJECT_DESCRIPTION}")
set(DOXYGEN_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/docs")
set(DOXYGEN_USE_MDFILE_AS_MAINPAGE "${PROJECT_SOURCE_DIR}/docs/overview.md")
set(DOXYGEN_STRIP_FROM_INC_PATH "${PROJECT_SOURCE_DIR}/include" "${PROJECT_BINARY_DIR}/include")
set(DOXYGEN_EXCLUDE_PATTERNS "*/detail/*")
set(DOXYGEN_EXCLUDE_SYMBOLS "svctrade::detail" "svctrade::detail::*")
set(DOXYGEN_EXTRACT_ALL NO)
set(DOXYGEN_WARN_IF_UNDOCUMENTED YES)
set(DOXYGEN_WARN_IF_DOC_ERROR YES)
set(DOXYGEN_WARN_NO_PARAMDOC NO)
set(DOXYGEN_WARN_AS_ERROR FAIL_ON_WARNINGS)
set(DOXYGEN_QUIET YES)
set(DOXYGEN_GENERATE_LATEX NO)
set(DOXYGEN_GENERATE_XML YES)
set(DOXYGEN_MARKDOWN_SUPPORT YES)
set(DOXYGEN_INPUT_ENCODING UTF-8)
set(DOXYGEN_MACRO_EXPANSION YES)
set(DOXYGEN_PREDEFINED "SVCTRADE_EXPORT=" "SVCTRADE_NO_EXPORT=" "SVCTRADE_DEPRECATED=")
file(GLOB svctrade_doc_pages CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/docs/*.md" "${PROJECT_SOURCE_DIR}/docs/howto/*.md")
doxygen_add_docs(docs
  "${PROJECT_SOURCE_DIR}/include/svctrade"
  "${svctrade_generated_include}/svctrade/version.hpp"
  ${svctrade_doc_pages}
  COMMENT "API reference (Doxygen) in ${DOXYGEN_OUTPUT_DIRECTORY}")
# Doxygen 1.9 does not warn about undocumented enumerators or concepts: check its XML for them.
add_custom_command(TARGET docs POST_BUILD
  COMMAND ${CMAKE_COMMAND} -DXML_DIR=${DOXYGEN_OUTPUT_DIRECTORY}/xml
    -P ${PROJECT_SOURCE_DIR}/cmake/DocsCompleteness.cmake
  VERBATIM)
