#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Checks that the code and output a how-to page shows are its program's and golden file's.

A how-to page (docs/howto/*.md) names its program and its golden output in HTML comments:

    <!-- program: examples/howto/NAME.cpp -->
    <!-- golden: examples/howto/NAME.expected -->

Every fenced ```cpp block of the page must then appear verbatim (the block's lines, in order,
as whole lines) in the program, and every fenced ```text block verbatim in the golden file, so
that a page cannot drift from the program CTest builds, runs and compares.

Usage: check_howto_snippets.py [--root DIR] PAGE.md...
Exit status: 0 when every block is found, 1 when one is not (each reported as file:line with its
first line that differs, on standard error), 2 for a page that names no program or has no code block.
"""
import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from doc_tools import fenced_blocks  # noqa: E402

MARK = re.compile(r"^<!--\s*(program|golden):\s*(\S+)\s*-->\s*$")


def dedent(lines):
    """The lines without the indentation they all share (blank lines do not count)."""
    widths = [len(line) - len(line.lstrip(" ")) for line in lines if line.strip()]
    cut = min(widths, default=0)
    return [line[cut:] if line.strip() else "" for line in lines]


def find_block(body, target_lines):
    """Returns None when body occurs as consecutive whole lines of target (both compared without
    the indentation their lines share, so a snippet may sit at any depth of a list), else the
    index of body's first line that no placement matches (the longest matching prefix wins)."""
    body = dedent(body)
    n = len(body)
    best = 0
    for start in range(len(target_lines) - n + 1 if n <= len(target_lines) else 0):
        window = dedent(target_lines[start:start + n])
        k = 0
        while k < n and window[k] == body[k]:
            k += 1
        if k == n:
            return None
        best = max(best, k)
    return best


def check_page(page, root):
    text = page.read_text(encoding="utf-8")
    lines = text.split("\n")
    targets = {}
    for line in lines:
        m = MARK.match(line)
        if m:
            targets[m.group(1)] = m.group(2)
    if "program" not in targets or "golden" not in targets:
        print(f"{page}:1: a how-to page must name its program and golden file "
              "(<!-- program: PATH --> and <!-- golden: PATH -->)", file=sys.stderr)
        return 2, 0
    files = {}
    for kind, rel in targets.items():
        path = root / rel
        if not path.is_file():
            print(f"{page}:1: {kind} {rel} does not exist", file=sys.stderr)
            return 1, 0
        files[kind] = path.read_text(encoding="utf-8").split("\n")
    failures = checked = code_blocks = 0
    for language, line_no, body in fenced_blocks(lines):
        kind = {"cpp": "program", "text": "golden"}.get(language)
        if kind is None:
            continue
        code_blocks += language == "cpp"
        checked += 1
        at = find_block(body, files[kind])
        if at is not None:
            failures += 1
            print(f"{page}:{line_no + at}: this line of a ```{language} block is not in "
                  f"{targets[kind]} where the block's earlier lines are:\n    {body[at]}", file=sys.stderr)
    if code_blocks == 0:
        print(f"{page}:1: a how-to page needs at least one ```cpp block from its program", file=sys.stderr)
        return 2, checked
    return (1 if failures else 0), checked


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("pages", nargs="+", type=Path)
    args = parser.parse_args()
    status = total = 0
    for page in args.pages:
        s, n = check_page(page, args.root)
        status = max(status, s)
        total += n
    if status == 0:
        print(f"{len(args.pages)} pages, {total} blocks, each found verbatim in its program or golden file")
    return status


if __name__ == "__main__":
    sys.exit(main())
