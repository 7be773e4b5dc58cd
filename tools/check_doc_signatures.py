#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Checks that the signatures the documentation quotes are declared in include/svctrade/.

A page quotes signatures in fenced blocks whose info string is `cpp signatures`:

    ```cpp signatures
    static ExchangeRate ExchangeRate::period_average(Currency base, Currency quote, Decimal rate, const Period& period);
    struct SeriesGrowth {
        Period period;
        Outcome<GrowthRate> rate() const;
    };
    enum class ChineseScale { automatic, units, wan, yi, wan_yi };
    ```

Each declaration ends with `;`. A member is quoted either qualified (`ExchangeRate::period_average`)
or inside `class X {` … `};` / `struct X {` … `};` lines (a class template's `template <…>` may
stand on the line above, as headers write it); it must then be declared in the body of
that class. A free function, an enumeration or a type must be declared somewhere in the headers.
Comments, whitespace, `[[nodiscard]]`-style attributes, the export macro and the specifiers
`static`, `friend`, `constexpr`, `consteval`, `inline`, `explicit` and `virtual` are ignored on both
sides. Everything else must be as declared: return type, name, parameter types, names and defaults,
and the qualifiers after the parameters (`const`, `&`, `noexcept`).

Usage: check_doc_signatures.py [--include DIR] [--required NAME]... PAGE.md...
Exit status: 0 when every quoted signature is declared; 1 when one is not (each reported on
standard error as page:line with the signature); 2 when a page named by --required quotes no
signature block (or is not among the pages).
"""
import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from doc_tools import closing, code_only, fenced_blocks, strip_comments, strip_decoration  # noqa: E402

SCOPE = re.compile(r"^\s*(?:template\s*<[^>]*>\s*)?(class|struct)\s+(\w+)\s*\{\s*$")
CLOSE = re.compile(r"^\s*\};?\s*$")
TEMPLATE_HEAD = re.compile(r"^\s*template\s*<[^>]*>\s*$")


def normalise(text):
    """The text with comments, attributes, the export macro and the specifiers removed, and no whitespace left
    except one space between two word characters."""
    text = strip_decoration(text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(?<=\W) | (?=\W)", "", text)
    return text.replace(",}", "}")


def split_top(text):
    """`text` split at the commas outside <> and ()."""
    parts, depth, current = [], 0, ""
    for c in text:
        if c in "<(":
            depth += 1
        elif c in ">)":
            depth -= 1
        if c == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += c
    if current.strip():
        parts.append(current)
    return [p.strip() for p in parts]


def body_of(text, start, code):
    """The text between the brace at `start` and its match (`code` is code_only(text): a brace in
    a comment or a literal, `'}'`, is not counted)."""
    return text[start + 1:closing(text, start, code)]


class Headers:
    def __init__(self, include):
        self.root = include
        self.files = {p: normalise(p.read_text(encoding="utf-8")) for p in sorted(include.rglob("*.hpp"))}
        self.code = {p: code_only(text) for p, text in self.files.items()}
        self.bodies = {}

    def class_bodies(self, name):
        """The bodies of the classes called `name`, and those of their base classes with the
        base template's parameters replaced by the arguments (a member Share inherits from
        PercentLevel<Share, PercentagePoints, false> reads `static Share from_percent(…)`)."""
        if name not in self.bodies:
            found = []
            head = re.compile(r"(?:class|struct) " + re.escape(name) + r"(?: final)?(?::([^{;]*))?\{")
            for path, text in self.files.items():
                for m in head.finditer(self.code[path]):
                    found.append(body_of(text, m.end() - 1, self.code[path]))
                    for base in split_top(m.group(1) or ""):
                        found.extend(self.base_bodies(base))
            self.bodies[name] = found
        return self.bodies[name]

    def base_bodies(self, base):
        base = re.sub(r"^(?:(?:public|protected|private|virtual) )*", "", base)
        m = re.match(r"^(?:\w+::)*(\w+)(?:<(.*)>)?$", base)
        if not m:
            return []
        name, arguments = m.group(1), split_top(m.group(2) or "")
        bodies = []
        head = re.compile(r"template<([^>]*)>(?:class|struct) " + re.escape(name) + r"(?::[^{;]*)?\{")
        for path, text in self.files.items():
            for t in head.finditer(self.code[path]):
                parameters = [p.split(" ")[-1] for p in split_top(t.group(1))]
                body = body_of(text, t.end() - 1, self.code[path])
                for parameter, argument in zip(parameters, arguments):
                    body = re.sub(r"\b" + re.escape(parameter) + r"\b", argument, body)
                bodies.append(body)
        if not bodies:
            bodies = self.class_bodies(name)
        return bodies

    def declares(self, statement, scope):
        pattern = re.compile(r"(?<![\w~])(?<!::)" + re.escape(statement) + r"(?=[;{=:])")
        texts = self.class_bodies(scope) if scope else self.files.values()
        return any(pattern.search(t) for t in texts)


def statements(lines, first_line):
    """Yields (line number, scope, declaration) of each declaration of a signature block."""
    scope, pending, start = None, [], 0
    for offset, raw in enumerate(lines):
        line = strip_comments(raw).rstrip()
        number = first_line + offset
        if pending and TEMPLATE_HEAD.match(" ".join(pending)) and SCOPE.match(line):
            pending = []  # `template <class T>` on the line above `class X {`
        if not pending:
            m = SCOPE.match(line)
            if m:
                scope = m.group(2)
                continue
            if CLOSE.match(line) and scope:
                scope = None
                continue
            if not line.strip():
                continue
            start = number
        pending.append(line)
        if line.endswith(";"):
            yield start, scope, " ".join(pending)
            pending = []
    if pending:
        yield start, scope, " ".join(pending) + "  <- no closing ';'"


QUALIFIED = re.compile(r"(\w+)::(?=~?\w+\(|operator\W)")


def split_scope(declaration, scope):
    """The class a top-level declaration names (`ExchangeRate::period_average(`) and the
    declaration without it."""
    head = declaration.split("(", 1)[0]
    if scope is None:
        matches = [m for m in QUALIFIED.finditer(declaration) if m.start() < len(head)]
        if matches:
            m = matches[-1]
            scope = m.group(1)
            declaration = declaration[:m.start()] + declaration[m.end():]
    return scope, declaration


def check_page(page, headers, required):
    lines = page.read_text(encoding="utf-8").split("\n")
    missing = quoted = blocks = 0
    for info, first, body in fenced_blocks(lines):
        if info != "cpp signatures":
            continue
        blocks += 1
        for number, scope, declaration in statements(body, first):
            quoted += 1
            where, text = split_scope(declaration.strip(), scope)
            statement = normalise(text)
            if statement.endswith(";"):
                statement = statement[:-1]
            if not statement or declaration.endswith("<- no closing ';'") or not headers.declares(statement, where):
                missing += 1
                place = f" in the body of class {where}" if where else ""
                print(f"{page}:{number}: not declared{place} in {headers.root}: {' '.join(declaration.split())}",
                      file=sys.stderr)
    if blocks == 0 and required:
        print(f"{page}:1: the page quotes no ```cpp signatures block", file=sys.stderr)
        return 2, 0
    return (1 if missing else 0), quoted


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--include", type=Path,
                        default=Path(__file__).resolve().parent.parent / "include" / "svctrade")
    parser.add_argument("--required", action="append", default=[], metavar="NAME",
                        help="a page (by file name) that must quote at least one signature block")
    parser.add_argument("pages", nargs="+", type=Path)
    args = parser.parse_args()
    headers = Headers(args.include)
    status = total = 0
    for name in args.required:
        if name not in {page.name for page in args.pages}:
            print(f"{name}: a required page is not among the pages checked", file=sys.stderr)
            status = 2
    for page in args.pages:
        s, n = check_page(page, headers, page.name in args.required)
        status = max(status, s)
        total += n
    if status == 0:
        print(f"{len(args.pages)} pages, {total} quoted signatures, each declared in {args.include}")
    return status


if __name__ == "__main__":
    sys.exit(main())
