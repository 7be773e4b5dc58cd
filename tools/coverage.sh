#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Line and branch coverage of the library (src/ and include/) by the test suite.
#   bash tools/coverage.sh           build and test the coverage preset (GCC --coverage, -O0), then report
#   bash tools/coverage.sh --report  report on the last run of build/coverage without building
#   bash tools/coverage.sh --check   as the first form, and fail below the floor of tools/coverage_floor
# The report is gcovr's summary, plus build/coverage/coverage.txt (per file). Branches that only
# exist for exceptions the compiler inserts, and ones it proves unreachable, are left out
# (--exclude-throw-branches, --exclude-unreachable-branches): they are not decisions of the code.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"
command -v gcovr >/dev/null || { echo "coverage: gcovr is not installed (Debian: gcovr)" >&2; exit 2; }
if [ "$mode" != "--report" ]; then
  # Counts from an earlier run would add up with this one's.
  [ -d build/coverage ] && find build/coverage -name '*.gcda' -delete
  cmake --workflow --preset coverage
fi
floor=()
if [ "$mode" = "--check" ]; then
  # shellcheck disable=SC1091
  source tools/coverage_floor
  floor=(--fail-under-line "$line_floor" --fail-under-branch "$branch_floor")
  echo "coverage: floor ${line_floor}% of lines, ${branch_floor}% of branches (tools/coverage_floor)"
fi
gcovr --root . --object-directory build/coverage --filter 'src/' --filter 'include/' \
  --exclude-throw-branches --exclude-unreachable-branches -j 2 \
  --txt build/coverage/coverage.txt --print-summary "${floor[@]}"
