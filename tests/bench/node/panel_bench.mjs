// SPDX-License-Identifier: BSL-1.0
// The panel benchmark's operations in DuckDB and in Polars (optional peers of compare.py).
//
//   node panel_bench.mjs parquet <panel.bin> <panel.parquet>     the long table, once, untimed
//   node panel_bench.mjs duckdb|polars <panel.parquet> <categories> <observations> [--repeat 5]
//
// The long table is the pandas script's (panel_bench.py): one row per observation (flow,
// reporter, category, month, value), missing as null, in panel order; both engines load it from
// the same Parquet file, untimed. Each operation runs --repeat times inside the engine and the
// median is printed with the same checksum as the C++ program and pandas (the number of answered
// cells and the sum of their values, under the same rules); only the checksum leaves the engine.
// Both use every core by default; the thread count is set from POLARS_MAX_THREADS (read by
// Polars when it loads) and printed.
import { readFileSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";

const [, , mode, input, ...rest] = process.argv;
const threads = Number(process.env.POLARS_MAX_THREADS || os.availableParallelism());

function option(name, fallback) {
    const i = rest.indexOf(name);
    return i >= 0 ? Number(rest[i + 1]) : fallback;
}

// panel_bench --impl write: 3 uint64 (reporters, categories, months), then per flow the double
// column and the uint8 validity column.
async function writeParquet(binary, parquet) {
    const pl = (await import("nodejs-polars")).default;
    const buf = readFileSync(binary);
    const copy = (offset, bytes) => buf.buffer.slice(buf.byteOffset + offset, buf.byteOffset + offset + bytes);
    const [R, C, T] = Array.from(new BigUint64Array(copy(0, 24)), Number);
    const n = R * C * T;
    const flow = new Int8Array(2 * n);
    const reporter = new Int32Array(2 * n);
    const category = new Int32Array(2 * n);
    const month = new Int32Array(2 * n);
    const value = new Float64Array(2 * n);
    const valid = new Uint8Array(2 * n);
    for (let f = 0; f < 2; ++f) {
        const at = 24 + f * 9 * n;
        value.set(new Float64Array(copy(at, 8 * n)), f * n);
        valid.set(new Uint8Array(copy(at + 8 * n, n)), f * n);
    }
    for (let i = 0; i < 2 * n; ++i) {
        flow[i] = Math.floor(i / n);
        reporter[i] = Math.floor(i / (C * T)) % R;
        category[i] = Math.floor(i / T) % C;
        month[i] = i % T;
    }
    const df = pl
        .DataFrame({
            flow: pl.Series("flow", flow),
            reporter: pl.Series("reporter", reporter),
            category: pl.Series("category", category),
            month: pl.Series("month", month),
            raw: pl.Series("raw", value),
            valid: pl.Series("valid", valid),
        })
        .withColumns(pl.when(pl.col("valid").eq(1)).then(pl.col("raw")).otherwise(pl.lit(null)).alias("value"))
        .select("flow", "reporter", "category", "month", "value");
    df.writeParquet(parquet);
}

function report(name, impl, observations, times, answered, sum) {
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    console.log(
        `op=${name} impl=${impl} seconds=${median.toFixed(6)} obs_per_s=${(observations / median).toExponential(4)} ` +
            `answered=${answered} sum=${sum}`,
    );
}

async function timed(name, impl, observations, repeat, op) {
    const times = [];
    let answered = 0;
    let sum = 0;
    for (let k = 0; k < repeat; ++k) {
        const start = performance.now();
        [answered, sum] = await op();
        times.push((performance.now() - start) / 1000);
    }
    report(name, impl, observations, times, answered, sum);
}

async function duckdb(parquet, categories, observations, repeat) {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const instance = await DuckDBInstance.create(":memory:");
    const con = await instance.connect();
    await con.run(`SET threads = ${threads}`);
    await con.run(`CREATE TABLE panel AS SELECT * FROM read_parquet('${parquet.replaceAll("'", "''")}')`);
    const setting = (await con.runAndReadAll("SELECT current_setting('threads')")).getRows()[0][0];
    console.log(`engine impl=duckdb threads=${setting}`);
    const checksum = async (sql) => {
        const [answered, sum] = (await con.runAndReadAll(sql)).getRows()[0];
        return [Number(answered), sum === null ? 0 : Number(sum)];
    };
    const queries = {
        yoy: `SELECT count(*), sum((value - base) / base) FROM (
                  SELECT value, lag(value, 12) OVER (PARTITION BY flow, reporter, category ORDER BY month) AS base
                  FROM panel)
              WHERE base > 0 AND value >= 0`,
        shares: `SELECT count(*), sum(value / total) FROM (
                     SELECT value, sum(value) OVER w AS total, count(value) OVER w AS present FROM panel
                     WINDOW w AS (PARTITION BY flow, reporter, month))
                 WHERE value IS NOT NULL AND present = ${categories} AND total > 0`,
        quarters: `SELECT count(*), sum(s) FROM (
                       SELECT sum(value) AS s, count(value) AS n FROM panel
                       GROUP BY flow, reporter, category, month // 3)
                   WHERE n = 3`,
    };
    for (const [name, sql] of Object.entries(queries)) {
        await timed(name, "duckdb", observations, repeat, () => checksum(sql));
    }
}

async function polars(parquet, categories, observations, repeat) {
    const pl = (await import("nodejs-polars")).default;
    console.log(`engine impl=polars threads=${threads}`);
    const df = pl.readParquet(parquet);
    const present = pl.col("value").isNotNull().cast(pl.Int32).sum();
    const checksum = (lazy, value) => {
        const row = lazy.select(pl.len().alias("n"), value.sum().alias("s")).collectSync().toRecords()[0];
        return [Number(row.n), row.s === null ? 0 : Number(row.s)];
    };
    const ops = {
        yoy: () =>
            checksum(
                df
                    .lazy()
                    .select(pl.col("value"), pl.col("value").shift(12).over("flow", "reporter", "category").alias("base"))
                    .filter(pl.col("base").gt(0).and(pl.col("value").gtEq(0))),
                pl.col("value").sub(pl.col("base")).div(pl.col("base")),
            ),
        shares: () =>
            checksum(
                df
                    .lazy()
                    .select(
                        pl.col("value"),
                        pl.col("value").sum().over("flow", "reporter", "month").alias("total"),
                        present.over("flow", "reporter", "month").alias("present"),
                    )
                    .filter(pl.col("value").isNotNull().and(pl.col("present").eq(categories)).and(pl.col("total").gt(0))),
                pl.col("value").div(pl.col("total")),
            ),
        quarters: () =>
            checksum(
                df
                    .lazy()
                    .withColumns(pl.col("month").div(3).floor().cast(pl.Int32).alias("quarter"))
                    .groupBy(["flow", "reporter", "category", "quarter"])
                    .agg(pl.col("value").sum().alias("s"), present.alias("n"))
                    .filter(pl.col("n").eq(3)),
                pl.col("s"),
            ),
    };
    for (const [name, op] of Object.entries(ops)) {
        await timed(name, "polars", observations, repeat, async () => op());
    }
}

if (mode === "parquet") {
    await writeParquet(input, rest[0]);
} else if (mode === "duckdb" || mode === "polars") {
    const categories = Number(rest[0]);
    const observations = Number(rest[1]);
    const repeat = option("--repeat", 5);
    await (mode === "duckdb" ? duckdb : polars)(input, categories, observations, repeat);
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(`peak impl=${mode} max_rss_bytes=${peak} bytes_per_obs=${(peak / observations).toFixed(2)}`);
} else {
    console.error("usage: node panel_bench.mjs parquet <panel.bin> <panel.parquet> | duckdb|polars <panel.parquet> <categories> <observations> [--repeat N]");
    process.exit(2);
}
