# SPDX-License-Identifier: BSL-1.0
"""The tidy CSV benchmark: svctrade's reader and writer side by side with pandas and DuckDB.

    /usr/bin/python3 tests/bench/tidy_compare.py --bench build/release/tests/bench/svctrade_bench_tidy \
        [--observations 10000000] [--repeat 5] [--threads 1] [--no-pandas] [--no-node]

One deterministic tidy file (reporter,item,flow,month,value; svctrade_bench_tidy generate) is read
into a panel by svctrade's fast path (doubles) and exact path (integer cents), by pandas
(read_csv, C engine, into a DataFrame, one thread) and by DuckDB (read_csv into a table), then
written back by svctrade (both paths) and by pandas (to_csv). svctrade and DuckDB read on one
thread, and with --threads N above 1 also both on N threads (TidyReadOptions::threads, DuckDB's
SET threads). Each runs in its own process; the median of --repeat runs is printed with the
ratios to the targets of issue 13 (reading at least 5x pandas and at least DuckDB's speed given
the same number of threads, writing at least 3x pandas), for one thread and for N. The checksums must agree: the number of values present exactly, their
sum to a relative 1e-9 (each adds in its own order), the rows written exactly. Exit 1 if one
disagrees; 77 (skip) when a peer is unavailable, after every checksum that could be compared was.
"""
import argparse
import os
import sys
import tempfile

import peers
from peers import run

def parse(output):
    result = {}
    for line in output.splitlines():
        fields = peers.fields(line)
        if line.startswith("op="):
            result.update(fields)
        elif line.startswith("peak "):
            result["rss"] = int(fields["max_rss_bytes"])
        elif line.startswith("engine "):
            result["threads"] = fields.get("threads")
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bench", required=True)
    parser.add_argument("--observations", default="10000000")
    parser.add_argument("--repeat", default="5")
    parser.add_argument("--threads", default="1",
                        help="also read on this many threads, svctrade and DuckDB alike (1: one thread only)")
    parser.add_argument("--no-pandas", action="store_true")
    parser.add_argument("--no-node", action="store_true")
    args = parser.parse_args()

    pandas_ok, node_ok, skipped = peers.peers(args.no_pandas, args.no_node, ("@duckdb/node-api",))

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "tidy.csv")
        out = os.path.join(tmp, "written.csv")
        run([args.bench, "generate", data, "--observations", args.observations])
        size = os.path.getsize(data)
        counts = ["1"] if args.threads == "1" else ["1", args.threads]
        for n in counts:
            for op in ("read-fast", "read-exact"):
                results[f"{op}-{n}t"] = parse(run([args.bench, op, data, "--repeat", args.repeat, "--threads", n]))
        for op in ("write-fast", "write-exact"):
            results[op] = parse(run([args.bench, op, data, "--repeat", args.repeat, "--out", out]))
        if pandas_ok:
            script = os.path.join(peers.HERE, "tidy_bench.py")
            results["pandas-read"] = parse(run([sys.executable, script, "read", data, "--repeat", args.repeat]))
            results["pandas-write"] = parse(
                run([sys.executable, script, "write", data, "--repeat", args.repeat, "--out", out]))
        if node_ok:
            for n in counts:
                results[f"duckdb-read-{n}t"] = parse(run(["node", os.path.join(peers.NODE_DIR, "tidy_bench.mjs"), data,
                                                          n, "--repeat", args.repeat], cwd=peers.NODE_DIR))

    print(f"tidy CSV of {args.observations} observations, {size / 2**20:.1f} MiB; median of {args.repeat}")
    print("pandas: 1 thread; svctrade and duckdb: -<N>t threads"
          + "".join(f"; duckdb-read-{n}t ran with threads={results[f'duckdb-read-{n}t']['threads']}"
                    for n in counts if f"duckdb-read-{n}t" in results))
    print(f"  {'implementation':16} {'seconds':>9} {'M obs/s':>8} {'MiB/s':>7} {'peak MiB':>9}")
    for name, r in results.items():
        t = float(r["seconds"])
        rss = f"{r['rss'] / 2**20:9.1f}" if "rss" in r else f"{'?':>9}"
        print(f"  {name:16} {t:9.4f} {float(r['obs_per_s']) / 1e6:8.2f} {size / 2**20 / t:7.0f} "
              f"{rss}")
    t = {name: float(r["seconds"]) for name, r in results.items()}
    for n in counts:
        if "pandas-read" in t:
            print(f"  reading, {n} thread(s): pandas/fast {t['pandas-read'] / t[f'read-fast-{n}t']:.2f} (target >= 5), "
                  f"pandas/exact {t['pandas-read'] / t[f'read-exact-{n}t']:.2f}")
        if f"duckdb-read-{n}t" in t:
            d = t[f"duckdb-read-{n}t"]
            print(f"  reading, {n} thread(s): duckdb/fast {d / t[f'read-fast-{n}t']:.2f} (target >= 1), "
                  f"duckdb/exact {d / t[f'read-exact-{n}t']:.2f}")
    if "pandas-write" in t:
        print(f"  writing: pandas/fast {t['pandas-write'] / t['write-fast']:.2f} (target >= 3), "
              f"pandas/exact {t['pandas-write'] / t['write-exact']:.2f}")

    failures = []
    base = results["read-fast-1t"]
    for name, r in results.items():
        if name == "read-fast-1t":
            continue
        a, b = float(base["sum"]), float(r["sum"])
        if name != "pandas-write" and not abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0):
            failures.append(f"{name}: sum {b!r}, read-fast-1t {a!r}")
        if "read" in name and r["answered"] != base["answered"]:
            failures.append(f"{name}: {r['answered']} values, read-fast-1t {base['answered']}")
    rows = {results[n]["answered"] for n in ("write-fast", "write-exact", "pandas-write") if n in results}
    if len(rows) != 1 or rows.pop() != args.observations:
        failures.append("the files written do not all have one row per observation")
    return peers.verdict(failures, skipped)

if __name__ == "__main__":
    sys.exit(main())
