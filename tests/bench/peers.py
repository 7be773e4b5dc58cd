# SPDX-License-Identifier: BSL-1.0
"""What the benchmark drivers (compare.py, tidy_compare.py) share: running a program, reading its
`key=value` lines, knowing which peers can run here, and the exit status CTest reads (0 checksums
agree, 1 they disagree, 77 skipped: a peer that was asked for could not run)."""

import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NODE_DIR = os.path.join(HERE, "node")
ENV = dict(os.environ)  # the drivers may set tunables for every process they start


def run(command, cwd=None):
    """The program's standard output; exits the driver with its error output if it fails."""
    done = subprocess.run(command, check=False, capture_output=True, text=True, env=ENV, cwd=cwd)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}{done.stdout}")
    return done.stdout


def fields(line):
    """The `key=value` words of one line of a benchmark's output."""
    return dict(f.split("=", 1) for f in line.split() if "=" in f)


def peers(no_pandas, no_node, node_packages):
    """(pandas can run, node can run, why the asked-for peers that cannot run do not).

    A peer left out by --no-pandas or --no-node was not asked for: it is no reason to skip."""
    skipped = []
    pandas_ok = not no_pandas
    if pandas_ok:
        try:
            import pandas  # noqa: F401  (only to know whether the comparison can run)
        except ImportError:
            pandas_ok = False
            skipped.append(f"pandas: not importable by {sys.executable}")
    node_why = None
    if no_node:
        node_why = "--no-node"
    elif shutil.which("node") is None:
        node_why = "node is not on PATH"
    else:
        for package in node_packages:
            if not os.path.isdir(os.path.join(NODE_DIR, "node_modules", package)):
                node_why = f"{package} is not installed (npm ci in {NODE_DIR})"
                break
    if node_why and not no_node:
        skipped.append(f"{', '.join(node_packages)}: {node_why}")
    return pandas_ok, node_why is None, skipped


def verdict(failures, skipped):
    """Prints the outcome of the checksum comparison and returns the driver's exit status."""
    if failures:
        print("CHECKSUMS DISAGREE:\n  " + "\n  ".join(failures))
        return 1
    print("checksums agree")
    if skipped:
        print("skipped: " + "; ".join(skipped))
        return 77
    return 0
