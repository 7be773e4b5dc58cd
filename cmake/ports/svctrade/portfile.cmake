# SPDX-License-Identifier: BSL-1.0
# vcpkg overlay port for svctrade, built from the source tree that holds this port:
#   vcpkg install svctrade --overlay-ports=<svctrade>/cmake/ports
# There is no published release to download yet. Once there is one, replace the two lines below
# with vcpkg_from_github(OUT_SOURCE_PATH SOURCE_PATH REPO svctrade/svctrade REF "v${VERSION}"
# SHA512 <hash of the release archive> HEAD_REF main).
# vcpkg hashes the port files, not this tree: after changing the sources, `vcpkg remove svctrade`
# (or use --editable) before installing again.
cmake_path(SET SOURCE_PATH NORMALIZE "${CURRENT_PORT_DIR}/../../..")
if(NOT EXISTS "${SOURCE_PATH}/CMakeLists.txt" OR NOT EXISTS "${SOURCE_PATH}/include/svctrade/svctrade.hpp")
  message(FATAL_ERROR "the svctrade overlay port expects the svctrade sources at ${SOURCE_PATH}")
endif()

# vcpkg passes BUILD_SHARED_LIBS from the triplet's VCPKG_LIBRARY_LINKAGE. The project is the top
# level here, so switch off what only its developers need.
vcpkg_cmake_configure(
  SOURCE_PATH "${SOURCE_PATH}"
  OPTIONS
    -DSVCTRADE_BUILD_TESTS=OFF
    -DSVCTRADE_BUILD_EXAMPLES=OFF
    -DSVCTRADE_BUILD_BENCHMARKS=OFF
    -DSVCTRADE_PACKAGING_TESTS=OFF
    -DSVCTRADE_DEVELOPER_WARNINGS=OFF
)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(CONFIG_PATH lib/cmake/svctrade)
vcpkg_fixup_pkgconfig()
vcpkg_copy_pdbs()

file(REMOVE_RECURSE
  "${CURRENT_PACKAGES_DIR}/debug/include"
  "${CURRENT_PACKAGES_DIR}/debug/share"
)

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
