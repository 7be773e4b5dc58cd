#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/) from the repository's
own tests and examples/data/: the string literals of the named test files that look like the
target's input, and small data files whole. Run from the repository root; it replaces the
corpus folders, one file per seed named by the SHA-1 of its bytes (libFuzzer's naming). The
corpora are committed; rerun it when tests gain new inputs, then check what changed."""
import hashlib
import pathlib
import re
import shutil
import sys

LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def unescape(s):
    out = bytearray()
    i = 0
    simple = {'n': b'\n', 't': b'\t', 'r': b'\r', '\\': b'\\', '"': b'"', "'": b"'", '0': b'\0'}
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            n = s[i + 1]
            if n == 'x':
                m = re.match(r'[0-9A-Fa-f]{1,2}', s[i + 2:])
                if m:
                    out.append(int(m.group(0), 16))
                    i += 2 + len(m.group(0))
                    continue
            if n == 'u' and re.match(r'[0-9A-Fa-f]{4}', s[i + 2:i + 6]):
                out += chr(int(s[i + 2:i + 6], 16)).encode()
                i += 6
                continue
            if n in simple:
                out += simple[n]
                i += 2
                continue
        out += c.encode()
        i += 1
    return bytes(out)


def literals(paths, keep, limit):
    seen = []
    for p in paths:
        for m in LITERAL.finditer(pathlib.Path(p).read_text(encoding='utf-8')):
            b = unescape(m.group(1))
            if b and b not in seen and keep(b):
                seen.append(b)
    return seen[:limit]


def has_digit(b):
    return any(48 <= c <= 57 for c in b)


def files(pattern, max_bytes):
    return [p.read_bytes() for p in sorted(pathlib.Path('.').glob(pattern)) if p.stat().st_size <= max_bytes]


PILOT_SMALL = (b"svctrade-pilot,1\nprogramme,Pilot,Xiamen,2020-08-02,2020-08-02,2023-08-01\n"
               b"task,XM-01,\"Open, \"\"quoted\"\" title\",Xiamen Municipal Commerce Bureau,2021-12-31,SI SJ\n"
               b"status,XM-01,2021-04-01,partially_implemented,\nstatus,XM-01,2021-08-27,completed,done\n"
               b"task,XM-02,not published,not published,\n"
               b"achievement,A-1,A replicable practice,2021-08-27,yes,XM-01\n")


def corpora():
    t = 'tests/'
    yield 'decimal', literals([t + 'numbers/decimal.test.cpp', t + 'published/published.test.cpp'],
                              lambda b: len(b) <= 60 and has_digit(b), 80)
    yield 'amount', literals([t + 'money/magnitude.test.cpp'], lambda b: len(b) <= 60 and has_digit(b), 80)
    yield 'period', literals([t + 'periods/period_text.test.cpp', t + 'periods/period_convert.test.cpp'],
                             lambda b: len(b) <= 60 and has_digit(b), 120)
    yield 'codes', literals([t + 'money/currency.test.cpp', t + 'categories/category.test.cpp',
                             t + 'categories/category_set.test.cpp', t + 'categories/classification.test.cpp',
                             t + 'audit/claim.test.cpp', t + 'figures/figures.test.cpp'],
                            lambda b: len(b) <= 80, 150)
    yield 'status', literals([t + 'status/status_codes.test.cpp', t + 'pilot/pilot.test.cpp'],
                             lambda b: len(b) <= 24, 80)
    yield 'figure', literals([t + 'figures/figures.test.cpp', t + 'audit/claim.test.cpp'],
                             lambda b: len(b) <= 60 and has_digit(b), 100)
    yield 'pilot', [PILOT_SMALL] + literals([t + 'pilot/pilot_progress.test.cpp', t + 'pilot/pilot.test.cpp'],
                                            lambda b: len(b) <= 100 and b'of' in b, 20) + \
        [pathlib.Path('examples/data/xiamen_pilot_tasks.csv').read_bytes()[:4000]]
    yield 'release', files('examples/data/releases/*.csv', 2000) + files('tests/audit/cli/*.csv', 4000)
    yield 'csv', literals([t + 'text/csv.test.cpp', t + 'text/csv_reader.test.cpp'],
                          lambda b: len(b) <= 200, 80) + files('examples/data/*.csv', 2000)
    yield 'codelist', literals([t + 'io/codelist.test.cpp', t + 'io/codelist_ebops.test.cpp'],
                               lambda b: b',' in b and len(b) <= 600, 40)
    # The tests write rows after a header held apart: each row also comes with the header.
    rows = literals([t + 'io/tidy_reader.test.cpp', t + 'io/tidy_series.test.cpp'],
                    lambda b: b',' in b and b'\n' in b and len(b) <= 1000, 40)
    header = b'reporter,item,flow,period,value,status\n'
    yield 'tidy', rows + [header + r for r in rows if not r.startswith(b'reporter')] + \
        files('examples/data/services_monthly_illustrative.csv', 2000)
    panel_rows = literals([t + 'io/tidy_panel.test.cpp'], lambda b: b',' in b and b'\n' in b and len(b) <= 1000, 40)
    panel_header = b'reporter,item,flow,month,value,status\n'
    units_header = b'reporter,item,flow,month,value,status,currency,magnitude\n'
    yield 'tidy_panel', panel_rows + [panel_header + r for r in panel_rows if not r.startswith((b'reporter', b'month'))] + [
        panel_header + b'A,SI,exports,2021-M01,1.5,\nA,SI,exports,2021-M02,2,E\nA,SI,imports,2021-M01,,O\n'
        b'B,SC,exports,2021-06,-0.25,\r\nB,SC,exports,2021-M07,1e3,\n# a note\n\nB,SC,exports,2021-M08,+7,\n',
        units_header + b'A,SI,exports,2021-M01,1.5,,USD,6\nA,SI,exports,2021-M02,2,,USD,6\nA,SI,exports,2021-M03,2,,EUR,6\n'
        b'A,SI,exports,2021-M04,3.125,,USD,6\nA,SI,exports,2021-M01,4,,USD,6\n']
    results = literals([t + 'io/tidy_result.test.cpp'], lambda b: b',' in b and b'\n' in b and len(b) <= 1000, 40)
    result_header = b'reporter,item,flow,period,value,status,reason\n'
    rolled_header = b'reporter,item,period,value,status,reason,months\n'
    yield 'tidy_result', results + [result_header + r for r in results if not r.startswith(b'reporter')] + [
        rolled_header + b'CN,SI,Q1 2021,50,,,2\nCN,SI,Q2 2021,,p,missing,1\nCN,SJ,Q1 2021,,:,missing,0\n',
        rolled_header + b'CN,SI,January-June 2021,7.5,e,,6\nCN,SI,January-July 2021,,-e,zero_base,6\n']
    sdmx_tests = [t + 'io/sdmx_csv_read.test.cpp', t + 'io/sdmx_csv_write.test.cpp']
    yield 'sdmx', literals(sdmx_tests, lambda b: b',' in b and b'\n' in b and len(b) <= 1500, 50) + \
        literals(sdmx_tests, lambda b: len(b) <= 40 and has_digit(b) and b',' not in b, 30)
    # The tests join a header line and row lines: the seeds join them too.
    lines = literals([t + 'io/eurostat_tsv.test.cpp'], lambda b: b'\t' in b and len(b) <= 1500, 50)
    heads = [x for x in lines if b'TIME_PERIOD' in x]
    rows = [x for x in lines if b'TIME_PERIOD' not in x]
    yield 'eurostat', lines + [h.rstrip(b'\n') + b'\n' + r for h in heads[:3] for r in rows][:60]
    # The built-in tables (raw string literals), cut to their first 20 rows each.
    builtin = re.findall(r'R"\((.*?)\)"', pathlib.Path('src/bulletins/builtin_tables.hpp').read_text(encoding='utf-8'),
                         re.S)
    yield 'templates', [b''.join(x.encode().splitlines(keepends=True)[:20]) for x in builtin] + \
        literals([t + 'bulletins/bulletin_templates.test.cpp'], lambda b: b',' in b and len(b) <= 300, 30)


def main():
    root = pathlib.Path('tests/fuzz/corpus')
    only = set(sys.argv[1:])
    for target, seeds in corpora():
        if only and target not in only:
            continue
        folder = root / target
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for s in seeds:
            (folder / hashlib.sha1(s).hexdigest()).write_bytes(s)
        print(f'{target}: {len(seeds)} seeds, {sum(map(len, seeds))} bytes')


if __name__ == '__main__':
    main()
