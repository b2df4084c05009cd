"""Line numbers in a left margin: a motion or a statute printed as filed, every line numbered.

    1  Antrag
    2
    3  Der Rat der Stadt möge beschließen:
    4
    5  1. Die Verwaltung wird beauftragt, …

The numbers are no part of the text: :func:`unnumbered` blanks them, with the margin's gap after them
(offsets stay), so that a list item, a lead-in or a heading opens its line again in the margin's place. A margin is
a run of ten numbers at least, each the one before plus one, on lines that open with them, with blank
lines numbered too (two at least: a numbered table's rows are never empty beside their number); other
lines may stand between two numbers (a page's footer and running head, a line a PDF wrapped).
"""

from __future__ import annotations

import re
from collections import Counter

# a line opened by its number: the margin's indent, the number, and the gap or the line's end
# (a page break may open the line: the number is the next page's first line's)
_NUMBERED = re.compile(r"^\f?(?P<pad>[ \t]{0,4})(?P<n>\d{1,3})(?:(?P<gap>[ \t]+)(?=\S)|[ \t]*$)", re.M)
_LEAST_RUN = 10  # numbers of a margin at least
_LEAST_BARE = 2  # numbered blank lines of a margin at least
_MOST_BETWEEN = 8  # lines between two numbers at most (a page break's furniture, wrapped lines)


def unnumbered(text: str) -> str:
    """The text with its line numbers blanked (spaces of their width); the text itself where none.

    >>> unnumbered("".join(f"{n:>3}  Zeile\\n" if n % 4 else f"{n:>3}\\n" for n in range(1, 13)))[:22]
    '     Zeile\\n     Zeile\\n'
    """
    spans = line_number_margins(text)
    if not spans:
        return text
    out = list(text)
    for a, b in spans:
        out[a:b] = " " * (b - a)
    return "".join(out)


def line_number_margins(text: str) -> list[tuple[int, int]]:
    """The spans of a text's line numbers with the margin's gap after them, to leave out; none where
    no run of lines is numbered so.

    >>> text = "".join(f"{n:>3}  Zeile {n}\\n" if n % 4 else f"{n:>3}\\n" for n in range(1, 13))
    >>> [text[a:b] for a, b in line_number_margins(text)][:4]
    ['  1  ', '  2  ', '  3  ', '  4']
    >>> line_number_margins("1    Sprache     Amt 1\\n2    Arbeit      Amt 2\\n")
    []
    """
    found = list(_NUMBERED.finditer(text))
    if len(found) < _LEAST_RUN:
        return []
    out: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for m in found:
        if run and int(m.group("n")) == int(run[-1].group("n")) + 1 and _near(text, run[-1], m):
            run.append(m)
            continue
        out += _margin(run)
        run = [m]
    return out + _margin(run)


def _near(text: str, before: re.Match[str], after: re.Match[str]) -> bool:
    return text.count("\n", before.end(), after.start()) <= _MOST_BETWEEN


def _margin(run: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The spans to leave out of a run of numbered lines, if it is a margin: each number and its gap up
    to the column where the margin's text starts on most lines."""
    bare = sum(1 for m in run if m.group("gap") is None)
    if len(run) < _LEAST_RUN or bare < _LEAST_BARE:
        return []
    columns = Counter(m.end() - m.start("pad") for m in run if m.group("gap") is not None)
    if not columns:
        return []
    column = columns.most_common(1)[0][0]  # (a match starts where its line starts, after a page break)
    return [
        (m.start("pad"), min(m.end(), m.start("pad") + column)) if m.group("gap") else (m.start("pad"), m.end())
        for m in run
    ]
