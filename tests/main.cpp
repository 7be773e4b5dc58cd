// SPDX-License-Identifier: BSL-1.0
// Debian's doctest exports only doctest::doctest, without a main: this is the one main. It maps
// skipped test cases (tests/skip.hpp) to exit status 77, CTest's SKIP_RETURN_CODE.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <iostream>
#include <string_view>

#include "skip.hpp"

namespace {

int started = 0;  // test cases entered in this run (ctest runs one per process)
int skipped = 0;  // of those, the ones that called svctrade_test::skip()

// Counts the test cases that start; everything else is left to the console reporter.
struct StartCounter : doctest::IReporter {
    explicit StartCounter(const doctest::ContextOptions& /*options*/) {}
    void report_query(const doctest::QueryData& /*data*/) override {}
    void test_run_start() override {}
    void test_run_end(const doctest::TestRunStats& /*stats*/) override {}
    void test_case_start(const doctest::TestCaseData& /*data*/) override { ++started; }
    void test_case_reenter(const doctest::TestCaseData& /*data*/) override {}
    void test_case_end(const doctest::CurrentTestCaseStats& /*stats*/) override {}
    void test_case_exception(const doctest::TestCaseException& /*exception*/) override {}
    void subcase_start(const doctest::SubcaseSignature& /*signature*/) override {}
    void subcase_end() override {}
    void log_assert(const doctest::AssertData& /*data*/) override {}
    void log_message(const doctest::MessageData& /*data*/) override {}
    void test_case_skipped(const doctest::TestCaseData& /*data*/) override {}
};

REGISTER_LISTENER("svctrade-skips", 1, StartCounter);

}  // namespace

void svctrade_test::skip(std::string_view why) {
    ++skipped;
    std::cout << "SKIPPED: " << why << std::endl;
}

int main(int argc, char** argv) {
    doctest::Context context(argc, argv);
    const int result = context.run();
    if (context.shouldExit() || result != 0) return result;
    return started > 0 && skipped == started ? 77 : 0;
}
