#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# The README's two commands on a fresh Debian 12 machine:
#   bash cmake/quickstart.sh example   build and run the flagship example on its bundled data
#   bash cmake/quickstart.sh test      build and run every test (the dev workflow preset)
# Missing Debian packages are installed first (as root, or through sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake ninja-build pkg-config libboost-date-time-dev doctest-dev iso-codes)
# The test command also runs the benchmarks' checksum checks against their peers: pandas from
# Debian, DuckDB and Polars from the npm registry (pinned in tests/bench/node/package-lock.json);
# and the {fmt} formatters' tests, against Debian's {fmt} 9.
if [ "${1:-}" = test ]; then packages+=(python3 python3-pandas libfmt-dev); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

case "${1:-}" in
  example)
    # Build quietly, but show the whole log if something fails.
    mkdir -p build
    log=build/quickstart-example.log
    if ! { cmake --preset dev && cmake --build --preset dev --target xiamen_report; } >"$log" 2>&1; then
      cat "$log" >&2
      echo "quickstart: building the flagship example failed (log: $log)" >&2
      exit 1
    fi
    # Run it where its CTest test runs it (examples/), so it prints exactly its golden output;
    # the release file it writes goes to the build tree, beside the program.
    cd examples
    ../build/dev/examples/xiamen_report ../build/dev/examples
    ;;
  test)
    # Debian 12's own Node.js (18) is older than Polars needs (20), so node and npm are used when
    # the machine has them and not installed here; without them the two DuckDB-and-Polars checks
    # report skipped, with the reason.
    if command -v npm >/dev/null && [ ! -d tests/bench/node/node_modules/nodejs-polars ]; then
      npm ci --prefix tests/bench/node --no-audit --no-fund --loglevel=error ||
        echo "quickstart: npm ci in tests/bench/node failed: the DuckDB and Polars checks will be skipped" >&2
    fi
    cmake --workflow --preset dev
    ;;
  *)
    echo "usage: bash cmake/quickstart.sh example|test" >&2
    exit 2
    ;;
esac
