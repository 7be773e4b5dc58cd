# SPDX-License-Identifier: BSL-1.0
"""The panel benchmark's operations in pandas, on the panel written by `panel_bench --impl write`.

Run with Debian's python3 (python3-pandas). Loading the file and building the long DataFrame
(one row per observation, missing as NaN, the pandas idiom) is not timed; each operation runs
--repeat times and the median is printed with the same checksum as the C++ program: the number of
answered cells and the sum of their values, under the same rules (no answer on a missing value,
a zero or negative base, a sign change, an incomplete whole or an incomplete quarter).
"""
import argparse
import resource
import time

import numpy as np
import pandas as pd


def load(path):
    with open(path, "rb") as f:
        reporters, categories, months = np.frombuffer(f.read(24), dtype=np.uint64).astype(np.int64)
        n = reporters * categories * months
        columns = []
        for _ in range(2):
            values = np.frombuffer(f.read(8 * n), dtype=np.float64)
            valid = np.frombuffer(f.read(n), dtype=np.uint8)
            columns.append(np.where(valid == 1, values, np.nan))
    cells = np.arange(2 * n, dtype=np.int64)
    df = pd.DataFrame({
        "flow": (cells // n).astype(np.int8),
        "reporter": (cells // (categories * months) % reporters).astype(np.int32),
        "category": (cells // months % categories).astype(np.int32),
        "month": (cells % months).astype(np.int32),
        "value": np.concatenate(columns),
    })
    return df, int(categories), 2 * int(n)


def yoy(df, categories):
    base = df.groupby(["flow", "reporter", "category"], sort=False)["value"].shift(12)
    cur = df["value"]
    ok = (base > 0) & (cur >= 0)
    growth = ((cur - base) / base)[ok]
    return int(ok.sum()), float(growth.sum())


def shares(df, categories):
    groups = df.groupby(["flow", "reporter", "month"], sort=False)["value"]
    total = groups.transform("sum")
    complete = groups.transform("count") == categories
    cur = df["value"]
    ok = cur.notna() & complete & (total > 0)
    share = (cur / total)[ok]
    return int(ok.sum()), float(share.sum())


def quarters(df, categories):
    quarter = df["month"] // 3
    sums = df.groupby(["flow", "reporter", "category", quarter], sort=False)["value"].sum(min_count=3)
    return int(sums.notna().sum()), float(sums.sum())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    df, categories, observations = load(args.data)
    for name, op in (("yoy", yoy), ("shares", shares), ("quarters", quarters)):
        times = []
        result = None
        for _ in range(args.repeat):
            start = time.perf_counter()
            result = op(df, categories)
            times.append(time.perf_counter() - start)
        median = sorted(times)[len(times) // 2]
        print(f"op={name} impl=pandas seconds={median:.6f} obs_per_s={observations / median:.4e} "
              f"answered={result[0]} sum={result[1]!r}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(f"peak impl=pandas max_rss_bytes={peak} bytes_per_obs={peak / observations:.2f}")


if __name__ == "__main__":
    main()
