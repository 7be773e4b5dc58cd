// SPDX-License-Identifier: BSL-1.0
// DuckDB's side of the tidy CSV benchmark (tests/bench/tidy_compare.py): read_csv of the whole
// file into a table, with the thread count given (the same as svctrade's reader, one, by default).
//
//   node tidy_bench.mjs <file.csv> <threads> [--repeat 5]
//
// Prints `op=read impl=duckdb seconds=<median> … answered=<values present> sum=<their sum>`.
import { performance } from "node:perf_hooks";

const [, , file, threadsText, ...rest] = process.argv;
const i = rest.indexOf("--repeat");
const repeat = i >= 0 ? Number(rest[i + 1]) : 5;
const { DuckDBInstance } = await import("@duckdb/node-api");
const instance = await DuckDBInstance.create(":memory:");
const con = await instance.connect();
await con.run(`SET threads = ${Number(threadsText)}`);
const setting = (await con.runAndReadAll("SELECT current_setting('threads')")).getRows()[0][0];
console.log(`engine impl=duckdb threads=${setting}`);
const path = file.replaceAll("'", "''");
const times = [];
let answered = 0;
let sum = 0;
let rows = 0;
for (let k = 0; k < repeat; ++k) {
    await con.run("DROP TABLE IF EXISTS t");
    const start = performance.now();
    await con.run(`CREATE TABLE t AS SELECT * FROM read_csv('${path}', header = true)`);
    times.push((performance.now() - start) / 1000);
    const [n, s, r] = (await con.runAndReadAll("SELECT count(value), sum(value), count(*) FROM t")).getRows()[0];
    answered = Number(n);
    sum = Number(s);
    rows = Number(r);
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
console.log(
    `op=read impl=duckdb seconds=${median.toFixed(6)} obs_per_s=${(rows / median).toExponential(4)} ` +
        `answered=${answered} sum=${sum}`,
);
console.log(`peak max_rss_bytes=${process.resourceUsage().maxRSS * 1024}`);
