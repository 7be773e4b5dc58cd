# SPDX-License-Identifier: BSL-1.0
"""pandas' side of the tidy CSV benchmark (tidy_compare.py): read_csv with the C engine, to_csv.

    /usr/bin/python3 tests/bench/tidy_bench.py read|write <file.csv> [--repeat 5] [--out <file>]

Prints the same `op=… seconds=… answered=… sum=…` lines as svctrade_bench_tidy: for reading the
number of values present and their sum, for writing the data rows of the file written and the sum
of its values read back (untimed).
"""
import argparse
import resource
import statistics
import time

import pandas as pd


def count_rows(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f) - 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("op", choices=("read", "write"))
    parser.add_argument("file")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out")
    args = parser.parse_args()
    times = []
    if args.op == "read":
        for _ in range(args.repeat):
            start = time.perf_counter()
            df = pd.read_csv(args.file, engine="c")
            times.append(time.perf_counter() - start)
        answered, total = int(df["value"].notna().sum()), float(df["value"].sum())
        rows = len(df)
    else:
        df = pd.read_csv(args.file, engine="c")
        for _ in range(args.repeat):
            start = time.perf_counter()
            df.to_csv(args.out, index=False)
            times.append(time.perf_counter() - start)
        back = pd.read_csv(args.out, engine="c")
        rows = answered = count_rows(args.out)
        total = float(back["value"].sum())
    median = statistics.median(times)
    print(f"op={args.op} impl=pandas seconds={median:.6f} obs_per_s={rows / median:.4e} "
          f"answered={answered} sum={total!r}")
    print(f"peak max_rss_bytes={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}")


if __name__ == "__main__":
    main()
