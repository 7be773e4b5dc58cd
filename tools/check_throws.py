#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Lists every documented `\\throws` of the public headers that no test exercises.

    python3 tools/check_throws.py [--list] [--max-unexercised N] [--root DIR]

A clause is the pair (function, exception) read from a `///` comment: the exceptions are the
svctrade error classes named after `\\throws` (up to the next Doxygen command), the function is
the name declared right after the comment (a constructor's name is its class's, an operator's is
`operator+`...). Members in a protected or private section are not the callers' API and are
left out.

A test exercises a clause when a CHECK_THROWS_AS / REQUIRE_THROWS_AS / CHECK_THROWS_WITH_AS
call, or a `try { ... } catch (const E&` block, under tests/ names that function in its
expression and expects that exception or one derived from it. A constructor counts as named when
written with template arguments too (`SeriesResult<Money>(...)`). A CHECK_THROWS_WITH /
REQUIRE_THROWS_WITH (a message, no type) exercises a clause only when the function's name
documents that one exception and no other (the message then cannot belong to another svctrade
error of it). This is a textual check: a name shared by several functions counts for all of
them, and a call through a helper counts only where the helper's own body holds the call and
the catch.

Prints the unexercised clauses (with --list, or when over the limit) and the counts; exits 1 when
more than N are unexercised (the CI ceiling in .ci/run, which may only come down).
"""
import argparse
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from doc_tools import closing, code_only, strip_decoration  # noqa: E402

REPOSITORY = pathlib.Path(__file__).resolve().parent.parent


def error_classes(root):
    """Every svctrade error class with its base, from the public headers."""
    bases = {"Error": None}
    pattern = re.compile(r"class\s+(?:SVCTRADE_EXPORT\s+)?(\w+)\s*(?:final\s*)?:\s*public\s+(?:svctrade::)?(\w+)")
    changed = True
    headers = list((root / "include").rglob("*.hpp"))
    texts = [h.read_text(encoding="utf-8") for h in headers]
    while changed:
        changed = False
        for text in texts:
            for name, base in pattern.findall(text):
                if base in bases and name not in bases:
                    bases[name] = base
                    changed = True
    return bases


def derives(name, base, bases):
    while name is not None:
        if name == base:
            return True
        name = bases.get(name)
    return False


DECL = re.compile(r"(operator\s*(?:\(\)|\[\]|[^\s(]+)|~?\w+)\s*\(")


def declared_name(lines, start):
    """The name declared by the first code line at or after `start` (templates and attributes skipped)."""
    for i in range(start, min(start + 6, len(lines))):
        line = lines[i].strip()
        if not line or line.startswith("//") or line.startswith("template") or line.startswith("requires"):
            continue
        line = strip_decoration(line)
        match = DECL.search(line)
        if match:
            return re.sub(r"\s+", "", match.group(1))
        return None
    return None


ACCESS = re.compile(r"^\s*(public|protected|private)\s*:")
CLOSING = re.compile(r"^\s*}\s*;")
OPENING = re.compile(r"^\s*(?:template\s*<.*>\s*)?(class|struct)\s+(?:SVCTRADE_EXPORT\s+)?\w+[^;]*$")


def hidden(lines, at):
    """Whether line `at` is in a protected or private section: such members are not callers' API
    (their clauses are exercised through the public members that call them)."""
    for j in range(at - 1, -1, -1):
        access = ACCESS.match(lines[j])
        if access:
            return access.group(1) != "public"
        if OPENING.match(lines[j]) or CLOSING.match(lines[j]):
            return False  # the start of a class, or the end of one the comment follows
    return False


def clauses(root, bases):
    found = []
    for header in sorted((root / "include").rglob("*.hpp")):
        if "detail" in header.parts:
            continue
        lines = header.read_text(encoding="utf-8").splitlines()
        i = 0
        while i < len(lines):
            if not lines[i].strip().startswith("///"):
                i += 1
                continue
            first = i
            block = []
            while i < len(lines) and lines[i].strip().startswith("///"):
                block.append(lines[i].strip()[3:])
                i += 1
            text = " ".join(block)
            if hidden(lines, first):
                continue
            for part in re.findall(r"\\throws(.*?)(?=\\[a-z]+\b|$)", text):
                name = declared_name(lines, i)
                if name is None:
                    continue
                for error in re.findall(r"\b(\w+)\b", part):
                    if error in bases:
                        found.append((header.relative_to(root).as_posix(), first + 1, name, error))
    return sorted(set(found))


def balanced(text, open_at, code):
    """The text inside the parenthesis opening at `open_at`, and the index after it (`code` is
    code_only(text): a parenthesis in a literal or a comment is not counted)."""
    j = closing(text, open_at, code)
    return text[open_at + 1 : j], min(j + 1, len(text))


def split_arguments(inner):
    args, depth, current = [], 0, ""
    for ch in inner:
        if ch in "([{<" and not (ch == "<" and current.endswith(" ")):
            depth += ch in "([{"
        if ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            args.append(current)
            current = ""
        else:
            current += ch
    args.append(current)
    return [a.strip() for a in args]


def evidence(root):
    """(expression text, exception class) for every throw expectation under tests/."""
    found = []
    macro = re.compile(r"\b(?:CHECK|REQUIRE|WARN)_THROWS_(AS|WITH_AS|WITH)\s*\(")
    catch = re.compile(r"\bcatch\s*\(\s*const\s+(?:svctrade::)?(\w+)\s*&")
    for path in sorted((root / "tests").rglob("*.[ch]pp")):
        if "fixtures" in path.relative_to(root).parts:
            continue  # the checkers' own fixture trees (tests/docs/fixtures/throws*) are not tests
        text = path.read_text(encoding="utf-8", errors="replace")
        code = code_only(text)
        for m in macro.finditer(text):
            inner, _ = balanced(text, m.end() - 1, code)
            args = split_arguments(inner)
            if m.group(1) == "WITH":
                if len(args) >= 2:
                    found.append((args[0], None))
            elif len(args) >= 2:
                found.append((args[0], re.sub(r"^svctrade::", "", args[-1].strip())))
        for m in re.finditer(r"\btry\s*\{", text):
            j = closing(text, m.end() - 1, code)
            body = text[m.end() : j]
            rest = text[j : j + 2000]
            for c in catch.finditer(rest):
                if rest[: c.start()].count("catch") > 3:
                    break
                found.append((body, c.group(1)))
    return found


def called(name, expression):
    if name.startswith("operator"):
        symbol = name[len("operator") :]
        if symbol in ("()", "[]"):
            return symbol[0] in expression
        return re.search(r"(^|[\s)\w])" + re.escape(symbol) + r"(?![=" + re.escape(symbol[-1]) + r"])", expression)
    arguments = r"(?:\s*<[^;(){}]*>)?"  # a class template's arguments: SeriesResult<Money>(...)
    return re.search(r"\b" + re.escape(name) + arguments + r"\s*[({]|\b" + re.escape(name) + arguments
                     + r"\s+\w+\s*[({]", expression)


def exercised(name, error, seen, errors_of, bases):
    """Whether a throw expectation of `seen` calls `name` and expects `error`: a typed one an
    error that derives from it, an untyped one (a message) only when `error` is all `name` throws."""
    for expression, caught in seen:
        expects = errors_of[name] == {error} if caught is None else derives(caught, error, bases)
        if expects and called(name, expression):
            return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every unexercised clause")
    parser.add_argument("--max-unexercised", type=int, default=None, help="fail above this many")
    parser.add_argument("--root", type=pathlib.Path, default=None,
                        help="the tree whose include/ and tests/ are read (default: this repository)")
    options = parser.parse_args()
    root = REPOSITORY if options.root is None else options.root.resolve()
    if not (root / "include").is_dir() or not (root / "tests").is_dir():
        print(f"check_throws: {root} has no include/ and tests/ to read", file=sys.stderr)
        return 2
    bases = error_classes(root)
    documented = clauses(root, bases)
    seen = evidence(root)
    errors_of = {}
    for _, _, name, error in documented:
        errors_of.setdefault(name, set()).add(error)
    missing = [(header, line, name, error) for header, line, name, error in documented
               if not exercised(name, error, seen, errors_of, bases)]
    over = options.max_unexercised is not None and len(missing) > options.max_unexercised
    out = sys.stderr if over else sys.stdout  # a failing run reports on standard error only
    if options.list or over:
        for header, line, name, error in missing:
            print(f"{header}:{line}: {name} throws {error}: no test expects it", file=out)
    print(f"check_throws: {len(documented)} documented (function, exception) pairs, "
          f"{len(documented) - len(missing)} exercised by a test, {len(missing)} not", file=out)
    if over:
        print(f"check_throws: more than the ceiling of {options.max_unexercised} unexercised", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
