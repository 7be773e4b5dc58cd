# SPDX-License-Identifier: BSL-1.0
"""Runs the panel benchmark through every implementation and compares them side by side.

    /usr/bin/python3 tests/bench/compare.py --bench build/release/tests/bench/svctrade_bench_panel \
        [--reporters 200 --categories 70 --months 360 --repeat 5] [--no-pandas]

Each implementation runs in its own process (so that its peak memory is its own) on the same
deterministic panel: svctrade's fast path (in place, and returning fresh results), the
hand-written floor, svctrade's exact path and its
int64/__int128 floor, and pandas (panel_bench.py, on the panel written to a temporary file).
Prints a table of median times, observations per second, ratios and peak memory, then checks that
the checksums agree: counts exactly, sums to the bit between the C++ fast paths (one documented
order of addition), to a relative 1e-9 for pandas (which adds in another order) and exactly
between the exact path and its floor. Exit status 1 if any checksum disagrees; 77 (skip)
when pandas is unavailable, after the C++ checksums have been checked.
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
IMPLS = ("library", "library-fresh", "hand", "exact", "exact-hand")


def parse(output):
    ops, peak = {}, None
    for line in output.splitlines():
        fields = dict(f.split("=", 1) for f in line.split()[1:] if "=" in f)
        if line.startswith("op="):
            fields = dict(f.split("=", 1) for f in line.split())
            ops[fields["op"]] = fields
        elif line.startswith("peak "):
            peak = fields
    return ops, peak


ENV = dict(os.environ)


def run(command):
    done = subprocess.run(command, check=False, capture_output=True, text=True, env=ENV)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}{done.stdout}")
    return done.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bench", required=True)
    parser.add_argument("--reporters", default="200")
    parser.add_argument("--categories", default="70")
    parser.add_argument("--months", default="360")
    parser.add_argument("--repeat", default="5")
    parser.add_argument("--no-pandas", action="store_true")
    parser.add_argument("--no-hugepages", action="store_true",
                        help="do not ask glibc's malloc for transparent huge pages (see docs/performance.md)")
    args = parser.parse_args()
    if not args.no_hugepages:
        # Every process (C++ and Python alike) gets large allocations backed by transparent huge
        # pages, as numpy already requests for its arrays; without it, the first touch of each
        # 4 KiB page of a fresh result dominates the C++ timings on a loaded virtual machine.
        ENV["GLIBC_TUNABLES"] = "glibc.malloc.hugetlb=1"
    size = ["--reporters", args.reporters, "--categories", args.categories, "--months", args.months]

    results = {}
    header = None
    for impl in IMPLS:
        out = run([args.bench, *size, "--repeat", args.repeat, "--impl", impl])
        header = out.splitlines()[0]
        results[impl] = parse(out)

    pandas_ok = not args.no_pandas
    if pandas_ok:
        try:
            import pandas  # noqa: F401  (only to know whether the comparison can run)
        except ImportError:
            pandas_ok = False
            print("pandas is not importable by", sys.executable, "- pandas comparison skipped")
    if pandas_ok:
        with tempfile.TemporaryDirectory() as tmp:
            data = os.path.join(tmp, "panel.bin")
            run([args.bench, *size, "--impl", "write", "--data", data])
            out = run([sys.executable, os.path.join(HERE, "panel_bench.py"), data, "--repeat", args.repeat])
            results["pandas"] = parse(out)

    print(header)
    print("GLIBC_TUNABLES=" + ENV.get("GLIBC_TUNABLES", "(unset)"))
    print(f"{'operation':10} {'impl':11} {'median s':>10} {'obs/s':>11} {'answered':>10} {'checksum':>24}")
    for impl, (ops, _) in results.items():
        for op, f in ops.items():
            print(f"{op:10} {impl:11} {float(f['seconds']):10.4f} {float(f['obs_per_s']):11.3e} "
                  f"{f['answered']:>10} {float(f['sum']):24.15g}")
    print("ratios (median time of one over the other):")
    lib = results["library"][0]
    for name in ("library", "library-fresh"):
        for op, f in results[name][0].items():
            line = f"  {op:10} {name}/hand {float(f['seconds']) / float(results['hand'][0][op]['seconds']):6.2f}"
            if "pandas" in results:
                line += f"   pandas/{name} {float(results['pandas'][0][op]['seconds']) / float(f['seconds']):8.1f}"
            print(line)
    for op in results["exact"][0] if "exact" in results else ():
        e, h = results["exact"][0][op], results["exact-hand"][0][op]
        print(f"  {op:10} exact/exact-hand {float(e['seconds']) / float(h['seconds']):6.2f}")
    print("peak memory:")
    for impl, (_, peak) in results.items():
        print(f"  {impl:11} {int(peak['max_rss_bytes']) / 2**20:9.1f} MiB  {float(peak['bytes_per_obs']):7.2f} bytes/observation")

    failures = []
    for impl in ("library-fresh", "hand", "pandas"):
        if impl not in results:
            continue
        for op, f in lib.items():
            g = results[impl][0][op]
            a, b = float(f["sum"]), float(g["sum"])
            # The C++ implementations add in the same documented order: equal to the bit.
            close = a == b if impl != "pandas" else abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)
            if f["answered"] != g["answered"] or not close:
                failures.append(f"{op}: library {f['answered']}/{a!r} vs {impl} {g['answered']}/{b!r}")
    for op, f in results["exact"][0].items() if "exact" in results else ():
        g = results["exact-hand"][0][op]
        if f["answered"] != g["answered"] or f["sum"] != g["sum"]:
            failures.append(f"{op}: exact {f['answered']}/{f['sum']} vs exact-hand {g['answered']}/{g['sum']}")
    if failures:
        print("CHECKSUMS DISAGREE:\n  " + "\n  ".join(failures))
        return 1
    print("checksums agree")
    return 0 if pandas_ok else 77


if __name__ == "__main__":
    sys.exit(main())
