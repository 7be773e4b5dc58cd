#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Fuzzes every target of tests/fuzz/ with libFuzzer (the `fuzz` preset: Clang 14, ASan+UBSan).
#
#   tools/fuzz.sh smoke [SECONDS]          CI: build, then each target SECONDS (default 30) from a
#                                          copy of its seed corpus, two at a time
#   tools/fuzz.sh long [SECONDS] [TARGET…] local: each target SECONDS (default 600), growing a
#                                          corpus kept in build/fuzz/corpus/<target>
#   tools/fuzz.sh list                     the targets
#
# The committed seeds (tests/fuzz/corpus/) are never written. A failure leaves its input in
# build/fuzz/artifacts/<target>/ (reproduce: build/fuzz/tests/fuzz/svctrade_fuzz_<target> FILE;
# add it to the target's corpus with the fix, so that the `fuzz` CTest label keeps it fixed).
# Prints one line per target with its executions and exits non-zero if any target failed.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-smoke}
targets=$(sed -n 's/^set(svctrade_fuzz_targets \(.*\))$/\1/p' tests/fuzz/CMakeLists.txt)
case $mode in
  list) tr ' ' '\n' <<<"$targets"; exit 0 ;;
  smoke) seconds=${2:-30}; shift $(($# < 2 ? $# : 2)) ;;
  long) seconds=${2:-600}; shift $(($# < 2 ? $# : 2)); [[ $# -gt 0 ]] && targets="$*" ;;
  *) echo "usage: tools/fuzz.sh smoke [SECONDS] | long [SECONDS] [TARGET...] | list" >&2; exit 2 ;;
esac

jobs=2
bin=build/fuzz/tests/fuzz
work=build/fuzz/run
start=$SECONDS
cmake --preset fuzz >/dev/null
nice cmake --build --preset fuzz
echo "fuzz: built in $((SECONDS - start)) s"

rm -rf "$work"
mkdir -p "$work" build/fuzz/artifacts

run_one() {  # target seconds mode
  local t=$1 s=$2 m=$3 corpus
  if [[ $m == long ]]; then
    corpus=build/fuzz/corpus/$t
    mkdir -p "$corpus"
  else
    corpus=$work/corpus-$t
    mkdir -p "$corpus"
  fi
  cp -n tests/fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
  mkdir -p build/fuzz/artifacts/"$t"
  # -rss_limit_mb: two targets and their sanitizers share a small machine; -timeout: an input
  # that takes 10 s is a hang. Leaks are reported: a leak is a failure too.
  if nice "$bin/svctrade_fuzz_$t" -max_total_time="$s" -timeout=10 -rss_limit_mb=1536 -print_final_stats=1 \
      -artifact_prefix=build/fuzz/artifacts/"$t"/ "$corpus" tests/fuzz/corpus/"$t" >"$work/$t.log" 2>&1; then
    echo "ok $t"
  else
    echo "FAILED $t"
  fi
}
export -f run_one
export bin work

echo "fuzz: $mode, $seconds s per target, $jobs at a time: $targets"
tr ' ' '\n' <<<"$targets" | xargs -P "$jobs" -I{} bash -c "run_one {} $seconds $mode" | tee "$work/results"

status=0
printf '%-10s %12s %10s %8s %s\n' target executions exec/s corpus result
for t in $targets; do
  log=$work/$t.log
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  units=$(grep -o 'corp: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  if grep -qx "ok $t" "$work/results"; then
    result=ok
  else
    result=FAILED
    status=1
  fi
  printf '%-10s %12s %10s %8s %s\n' "$t" "${runs:-?}" "${rate:-?}" "${units:-?}" "$result"
done
if ((status)); then
  for t in $targets; do
    grep -qx "ok $t" "$work/results" && continue
    echo "=== $t (last lines of $work/$t.log)"
    tail -40 "$work/$t.log"
  done
fi
echo "fuzz: done in $((SECONDS - start)) s"
exit $status
