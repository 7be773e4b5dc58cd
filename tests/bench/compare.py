# SPDX-License-Identifier: BSL-1.0
"""Runs the panel benchmark through every implementation and compares them side by side.

    /usr/bin/python3 tests/bench/compare.py --bench build/release/tests/bench/svctrade_bench_panel \
        [--reporters 200 --categories 70 --months 360 --repeat 5] [--no-pandas] [--no-node] [--threads N]

Each implementation runs in its own process (so that its peak memory is its own) on the same
deterministic panel: svctrade's fast path (in place; returning fresh results; returning fresh
results with the thread's result memory released after every call), the hand-written loops, the
physical floor (a memcpy pass over the bytes each operation must move, docs/performance.md),
svctrade's exact path and its int64/__int128 floor, and the peers: pandas (panel_bench.py),
DuckDB and Polars (node/panel_bench.mjs, on the same long table, from one Parquet file).

Prints one table of median times (operations as rows, implementations as columns), the ratios,
the peers' thread counts and the peak memory, then checks that the checksums agree: counts
exactly, sums to the bit between the C++ fast paths (one documented order of addition), to a
relative 1e-9 for the peers (which add in other orders) and exactly between the exact path and
its floor. Exit status 1 if any checksum disagrees; 77 (skip) when a peer is unavailable (pandas
not importable, node or the npm packages absent: `npm ci` in tests/bench/node), after every
checksum that could be compared has been.
"""
import argparse
import os
import sys
import tempfile

import peers
from peers import run

CPP = ("library", "library-fresh", "library-fresh-uncached", "hand", "floor", "exact", "exact-hand")
FAST = ("library", "library-fresh", "library-fresh-uncached", "hand")  # same checksums to the bit
PEERS = ("pandas", "duckdb", "polars")
SHORT = {"library": "in place", "library-fresh": "fresh", "library-fresh-uncached": "fresh, uncached",
         "hand": "hand loop", "floor": "floor", "exact": "exact", "exact-hand": "exact hand",
         "pandas": "pandas", "duckdb": "duckdb", "polars": "polars"}


def parse(output):
    ops, peak, threads = {}, None, None
    for line in output.splitlines():
        fields = peers.fields(line)
        if line.startswith("op="):
            ops[fields["op"]] = fields
        elif line.startswith("peak "):
            peak = fields
        elif line.startswith("engine "):
            threads = fields.get("threads")
    return {"ops": ops, "peak": peak, "threads": threads}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bench", required=True)
    parser.add_argument("--reporters", default="200")
    parser.add_argument("--categories", default="70")
    parser.add_argument("--months", default="360")
    parser.add_argument("--repeat", default="5")
    parser.add_argument("--no-pandas", action="store_true")
    parser.add_argument("--no-node", action="store_true", help="do not run DuckDB and Polars")
    parser.add_argument("--threads", type=int, default=os.cpu_count(),
                        help="threads for DuckDB and Polars (default: every core, their own default)")
    parser.add_argument("--no-hugepages", action="store_true",
                        help="do not ask glibc's malloc for transparent huge pages (see docs/performance.md)")
    args = parser.parse_args()
    if not args.no_hugepages:
        # Every process (C++, Python and node alike) gets large allocations backed by transparent
        # huge pages, as numpy already requests for its arrays.
        peers.ENV["GLIBC_TUNABLES"] = "glibc.malloc.hugetlb=1"
    peers.ENV["POLARS_MAX_THREADS"] = str(args.threads)
    size = ["--reporters", args.reporters, "--categories", args.categories, "--months", args.months]

    results = {}
    header = None
    for impl in CPP:
        out = run([args.bench, *size, "--repeat", args.repeat, "--impl", impl])
        header = out.splitlines()[0]
        results[impl] = parse(out)
    observations = header.split("observations=")[1].split()[0]

    pandas_ok, node_ok, skipped = peers.peers(args.no_pandas, args.no_node,
                                              ("@duckdb/node-api", "nodejs-polars", "nodejs-polars-linux-x64-gnu"))
    if pandas_ok or node_ok:
        with tempfile.TemporaryDirectory() as tmp:
            data = os.path.join(tmp, "panel.bin")
            run([args.bench, *size, "--impl", "write", "--data", data])
            if pandas_ok:
                out = run([sys.executable, os.path.join(peers.HERE, "panel_bench.py"), data, "--repeat", args.repeat])
                results["pandas"] = parse(out)
            if node_ok:
                script = os.path.join(peers.NODE_DIR, "panel_bench.mjs")
                parquet = os.path.join(tmp, "panel.parquet")
                run(["node", script, "parquet", data, parquet], cwd=peers.NODE_DIR)
                for engine in ("duckdb", "polars"):
                    out = run(["node", script, engine, parquet, args.categories, observations,
                               "--repeat", args.repeat], cwd=peers.NODE_DIR)
                    results[engine] = parse(out)

    print(header)
    print("GLIBC_TUNABLES=" + peers.ENV.get("GLIBC_TUNABLES", "(unset)"))
    for engine in ("duckdb", "polars"):
        if engine in results:
            print(f"{engine} threads={results[engine]['threads']}")
    impls = list(results)
    ops = list(results["library"]["ops"])
    print("median seconds (and million observations per second):")
    print(f"  {'operation':10}" + "".join(f" {SHORT[i]:>17}" for i in impls))
    for op in ops:
        cells = []
        for impl in impls:
            f = results[impl]["ops"][op]
            cells.append(f"{float(f['seconds']):8.4f} ({float(f['obs_per_s']) / 1e6:6.0f})")
        print(f"  {op:10}" + "".join(f" {c:>17}" for c in cells))

    print("ratios (median time of one over the other):")
    for op in ops:
        t = {impl: float(results[impl]["ops"][op]["seconds"]) for impl in impls}
        line = f"  {op:10}"
        line += f" in place/floor {t['library'] / t['floor']:5.2f}  fresh/floor {t['library-fresh'] / t['floor']:5.2f}"
        line += f"  in place/hand {t['library'] / t['hand']:5.2f}  exact/exact-hand {t['exact'] / t['exact-hand']:5.2f}"
        for peer in PEERS:
            if peer in t:
                line += (f"  {peer}/in place {t[peer] / t['library']:6.1f}"
                         f"  {peer}/fresh {t[peer] / t['library-fresh']:6.1f}")
        print(line)
    print("peak memory:")
    for impl in impls:
        peak = results[impl]["peak"]
        print(f"  {SHORT[impl]:17} {int(peak['max_rss_bytes']) / 2**20:9.1f} MiB  "
              f"{float(peak['bytes_per_obs']):7.2f} bytes/observation")

    failures = []
    lib = results["library"]["ops"]
    for impl in [i for i in FAST if i != "library"] + [p for p in PEERS if p in results]:
        for op, f in lib.items():
            g = results[impl]["ops"][op]
            a, b = float(f["sum"]), float(g["sum"])
            # The C++ fast paths add in the same documented order: equal to the bit.
            close = a == b if impl in FAST else abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)
            if f["answered"] != g["answered"] or not close:
                failures.append(f"{op}: library {f['answered']}/{a!r} vs {impl} {g['answered']}/{b!r}")
    for op, f in results["exact"]["ops"].items():
        g = results["exact-hand"]["ops"][op]
        if f["answered"] != g["answered"] or f["sum"] != g["sum"]:
            failures.append(f"{op}: exact {f['answered']}/{f['sum']} vs exact-hand {g['answered']}/{g['sum']}")
    return peers.verdict(failures, skipped)

if __name__ == "__main__":
    sys.exit(main())
