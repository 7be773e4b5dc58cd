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


def strip_comments(text):
    """`text` with its /* */ and // comments replaced by a space."""
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def strip_decoration(text):
    """`text` without comments, `[[...]]` attributes, the export macro and the specifiers that do
    not change what a declaration declares; whitespace is left as it was."""
    text = MACROS.sub(" ", ATTRIBUTE.sub(" ", strip_comments(text)))
    return SPECIFIERS.sub(" ", text)
