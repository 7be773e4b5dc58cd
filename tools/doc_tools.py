# SPDX-License-Identifier: BSL-1.0
"""What the documentation checkers share: walking a Markdown page's fenced blocks, and removing
from C++ text what does not change a declaration (comments, attributes, the export macro and the
specifiers).

Used by check_doc_signatures.py, check_howto_snippets.py and check_throws.py.
"""
import re

FENCE = re.compile(r"^( *)```([^`]*?)\s*$")
ATTRIBUTE = re.compile(r"\[\[[^\]]*\]\]")
MACROS = re.compile(r"\bSVCTRADE_(?:EXPORT|NO_EXPORT|DEPRECATED)\b")
SPECIFIERS = re.compile(r"\b(?:static|friend|constexpr|consteval|inline|explicit|virtual)\b")


def fenced_blocks(lines):
    """Yields (info string, line number of the first line inside, lines) of each fenced block of a
    page given as its lines; the info string is the fence's text after the backticks with its
    words separated by one space (`cpp`, `cpp signatures`, or empty). A block indented in a list
    item loses its fence's indentation, as Markdown renders it. An unclosed block runs to the end."""
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m:
            indent = len(m.group(1))
            info = " ".join(m.group(2).split())
            start, body = i + 1, []
            i += 1
            while i < len(lines) and not lines[i].lstrip(" ").startswith("```"):
                line = lines[i]
                body.append(line[min(indent, len(line) - len(line.lstrip(" "))):])
                i += 1
            yield info, start + 1, body
        i += 1


LITERAL_PREFIX = re.compile(r"(?:u8|[uUL])?R?$")
RAW_OPENING = re.compile(r'R"([^()\\ \t\n]{0,16})\(')
NUMBER = re.compile(r"[0-9.](?:[eEpP][+-]|'[0-9A-Za-z_]|[0-9A-Za-z_.])*")
WORD = re.compile(r"\w+")


def _segments(text):
    """Yields (kind, start, end) covering `text` in order: kind is "code", "comment" (a /* */ or //
    comment, the newline ending it excluded) or "literal" (a string or character literal,
    quotes and any u8/u/U/L/R prefix included; a raw string R"x(...)x" runs to its delimiter).
    A ' inside a number is a digit separator (1'000'000), not a character literal. A literal
    left open ends at the end of its line (a raw string at the end of the text)."""
    i, start, n = 0, 0, len(text)
    while i < n:
        c = text[i]
        if c == "/" and text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
        elif c == "/" and text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
        elif c.isdigit() or (c == "." and i + 1 < n and text[i + 1].isdigit()):
            if i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
                i += 1  # a digit inside an identifier
                continue
            m = NUMBER.match(text, i)
            i = m.end()
            continue
        elif c.isalpha() or c == "_":
            m = WORD.match(text, i)
            word_end = m.end()
            if word_end < n and text[word_end] in "\"'" and LITERAL_PREFIX.match(m.group()):
                literal_start, i = i, word_end  # the prefix belongs to the literal
                if m.group().endswith("R") and text[word_end] == '"':
                    raw = RAW_OPENING.match(text, word_end - 1)
                    if raw:
                        close = text.find(")" + raw.group(1) + '"', raw.end())
                        end = n if close < 0 else close + len(raw.group(1)) + 2
                        yield from _flush(start, literal_start, end)
                        start = i = end
                        continue
                end = _quoted_end(text, word_end)
                yield from _flush(start, literal_start, end)
                start = i = end
            else:
                i = word_end
            continue
        elif c in "\"'":
            end = _quoted_end(text, i)
            yield from _flush(start, i, end)
            start = i = end
            continue
        else:
            i += 1
            continue
        if start < i:
            yield "code", start, i
        yield "comment", i, end
        start = i = end
    if start < n:
        yield "code", start, n


def _flush(start, literal_start, end):
    if start < literal_start:
        yield "code", start, literal_start
    yield "literal", literal_start, end


def _quoted_end(text, at):
    """The index after the literal whose opening quote is at `at` (escapes skipped)."""
    quote, j = text[at], at + 1
    while j < len(text) and text[j] != "\n":
        if text[j] == "\\":
            j += 2
            continue
        if text[j] == quote:
            return j + 1
        j += 1
    return min(j, len(text))


def strip_comments(text):
    """`text` with its /* */ and // comments replaced by a space; a // or /* inside a string or
    character literal is not a comment."""
    return "".join(" " if kind == "comment" else text[a:b] for kind, a, b in _segments(text))


def code_only(text):
    """`text` with the characters of its comments and the insides of its string and character
    literals (quotes kept) replaced by spaces, newlines kept: the same length, so that an index
    into it is one into `text`, and no bracket left in it is one the compiler would not see."""
    out = []
    for kind, a, b in _segments(text):
        part = text[a:b]
        if kind == "comment":
            part = re.sub(r"[^\n]", " ", part)
        elif kind == "literal":
            q = min(i for i in (part.find('"'), part.find("'")) if i >= 0)
            part = part[:q + 1] + re.sub(r"[^\n]", " ", part[q + 1:-1]) + part[-1:] if len(part) > q + 1 else part
        out.append(part)
    return "".join(out)


def closing(text, open_at, code=None):
    """The index of the bracket that closes the one at `open_at` (one of `({[`), brackets in
    comments and in string and character literals not counted (`'}'`, `"{:.2f}"`), or len(text)
    when it is not closed. `code` is code_only(text), when the caller has it already."""
    opening = text[open_at]
    close = {"(": ")", "{": "}", "[": "]"}[opening]
    code, depth = code_only(text) if code is None else code, 0
    for j in range(open_at, len(text)):
        if code[j] == opening:
            depth += 1
        elif code[j] == close:
            depth -= 1
            if depth == 0:
                return j
    return len(text)


def strip_decoration(text):
    """`text` without comments, `[[...]]` attributes, the export macro and the specifiers that do
    not change what a declaration declares; whitespace is left as it was."""
    text = MACROS.sub(" ", ATTRIBUTE.sub(" ", strip_comments(text)))
    return SPECIFIERS.sub(" ", text)
