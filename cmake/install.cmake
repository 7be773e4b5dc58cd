# SPDX-License-Identifier: BSL-1.0
# Install rules: library, headers (one FILE_SET, generated headers included), CMake package
# files, a pkg-config file, the licence and the documentation pages.
set(svctrade_cmake_dir "${CMAKE_INSTALL_LIBDIR}/cmake/svctrade")

install(TARGETS svctrade
  EXPORT svctradeTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT svctrade_runtime NAMELINK_COMPONENT svctrade_development
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT svctrade_development
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT svctrade_runtime
  FILE_SET HEADERS DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT svctrade_development)

# The {fmt} formatters' opt-in header, outside the file set because it needs {fmt}; the package
# config defines svctrade::fmt when the consumer has {fmt}. (<svctrade/format.hpp> is in the set.)
install(FILES include/svctrade/fmt.hpp
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/svctrade
  COMPONENT svctrade_development)

if(SVCTRADE_BUILD_PROGRAMS)
  install(TARGETS svctrade-audit RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT svctrade_runtime)
endif()

install(EXPORT svctradeTargets
  NAMESPACE svctrade::
  DESTINATION ${svctrade_cmake_dir}
  COMPONENT svctrade_development)

configure_package_config_file(cmake/svctradeConfig.cmake.in
  "${PROJECT_BINARY_DIR}/svctradeConfig.cmake"
  INSTALL_DESTINATION ${svctrade_cmake_dir})
# Before 1.0 any minor release may break the API, so only 0.N.x satisfies a request for 0.N.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/svctradeConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES
    "${PROJECT_BINARY_DIR}/svctradeConfig.cmake"
    "${PROJECT_BINARY_DIR}/svctradeConfigVersion.cmake"
  DESTINATION ${svctrade_cmake_dir}
  COMPONENT svctrade_development)

# pkg-config: the prefix is computed from the .pc file's own location, so the file stays right
# after `cmake --install --prefix X`. Boost ships no .pc, so we cannot Require it; Boost's headers
# live in the system include path on the platforms where pkg-config is used.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  message(FATAL_ERROR "svctrade.pc needs a relative CMAKE_INSTALL_LIBDIR, got ${CMAKE_INSTALL_LIBDIR}")
endif()
file(RELATIVE_PATH svctrade_pc_up "/root/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/root")
set(svctrade_pc_cflags "")
if(NOT BUILD_SHARED_LIBS)
  set(svctrade_pc_cflags "-DSVCTRADE_STATIC_DEFINE")
endif()
configure_file(cmake/svctrade.pc.in "${PROJECT_BINARY_DIR}/svctrade.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/svctrade.pc"
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig
  COMPONENT svctrade_development)

# The licence and the documentation pages travel with the headers: share/doc/svctrade (GNU's
# CMAKE_INSTALL_DOCDIR), where Debian and the CMake convention put them.
install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT svctrade_development)
file(GLOB svctrade_doc_pages CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/docs/*.md")
install(FILES ${svctrade_doc_pages} DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT svctrade_development)
# The how-to guides keep their folder, so that their links to ../*.md still resolve.
file(GLOB svctrade_howto_pages CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/docs/howto/*.md")
install(FILES ${svctrade_howto_pages} DESTINATION ${CMAKE_INSTALL_DOCDIR}/howto COMPONENT svctrade_development)
