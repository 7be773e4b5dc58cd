# SPDX-License-Identifier: BSL-1.0
# Conan 2 recipe for svctrade, built from this source tree (`conan create .`).
# The version is read from the project() call in CMakeLists.txt, its only home.
import os
import re

from conan import ConanFile
from conan.errors import ConanInvalidConfiguration
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, load, rmdir
from conan.tools.scm import Version

required_conan_version = ">=2.0"


class SvctradeConan(ConanFile):
    name = "svctrade"
    description = ("Statistics of international trade in services: categories, periods, "
                   "money, growth")
    license = "BSL-1.0"
    homepage = "https://github.com/svctrade/svctrade"
    url = "https://github.com/svctrade/svctrade"
    topics = ("statistics", "trade-in-services", "ebops", "money", "decimal")
    package_type = "library"

    settings = "os", "arch", "compiler", "build_type"
    options = {"shared": [True, False], "fPIC": [True, False]}
    default_options = {"shared": False, "fPIC": True}

    # Only what the library build reads and installs (docs/ holds the pages installed beside the
    # licence); tests, examples and benchmarks stay behind.
    exports_sources = ("CMakeLists.txt", "LICENSE", "apps/*", "cmake/*", "docs/*", "include/*", "src/*")

    def set_version(self):
        cmakelists = load(self, os.path.join(self.recipe_folder, "CMakeLists.txt"))
        match = re.search(r"project\(\s*svctrade\s+VERSION\s+(\d+\.\d+\.\d+)", cmakelists)
        if not match:
            raise ValueError("no VERSION in the project() call of CMakeLists.txt")
        self.version = match.group(1)

    def config_options(self):
        if self.settings.os == "Windows":
            del self.options.fPIC

    def configure(self):
        if self.options.shared:
            self.options.rm_safe("fPIC")

    def layout(self):
        cmake_layout(self)

    def requirements(self):
        # The public headers include Boost.Date_Time, so consumers need its headers too.
        self.requires("boost/[>=1.74 <2]", transitive_headers=True)

    # The oldest compilers svctrade is built and tested with; older ones are refused rather than
    # left to fail in the middle of the build. Other compilers are not checked.
    _minimum_compilers = {"gcc": "12", "clang": "14"}

    def validate(self):
        check_min_cppstd(self, 20)
        minimum = self._minimum_compilers.get(str(self.settings.compiler))
        if minimum and Version(self.settings.compiler.version) < minimum:
            raise ConanInvalidConfiguration(
                f"svctrade needs {self.settings.compiler} >= {minimum} (C++20), "
                f"got {self.settings.compiler.version}")

    def generate(self):
        CMakeDeps(self).generate()
        tc = CMakeToolchain(self)
        for option in ("SVCTRADE_BUILD_TESTS", "SVCTRADE_BUILD_EXAMPLES",
                       "SVCTRADE_BUILD_BENCHMARKS", "SVCTRADE_PACKAGING_TESTS",
                       "SVCTRADE_DEVELOPER_WARNINGS"):
            tc.cache_variables[option] = False
        tc.generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()
        cmake.build()

    def package(self):
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))
        CMake(self).install()
        # CMakeDeps and PkgConfigDeps write the consumer files from package_info() below.
        rmdir(self, os.path.join(self.package_folder, "lib", "cmake"))
        rmdir(self, os.path.join(self.package_folder, "lib", "pkgconfig"))

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "svctrade")
        self.cpp_info.set_property("cmake_target_name", "svctrade::svctrade")
        self.cpp_info.set_property("pkg_config_name", "svctrade")
        self.cpp_info.libs = ["svctrade"]
        self.cpp_info.requires = ["boost::headers", "boost::date_time"]
        if not self.options.shared:
            # The export header expands SVCTRADE_EXPORT to nothing for a static library.
            self.cpp_info.defines = ["SVCTRADE_STATIC_DEFINE"]
