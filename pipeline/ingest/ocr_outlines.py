"""Outlines as tesseract reads them: the mark after a series' number, the joints of a drawn tree.

A series of lines each opened by one word and its number ("FAG 1 · Sprache …", "FAG 2 · Arbeit
…") parts number and name with one mark; a scan reads it as another mark or two in one line
here and there ("FAG 3 :- Wohnen"). Where most lines of such a series, counting up one by one,
share one mark, a line with another cluster of one or two look-alikes gets that mark back.

A tree drawn like a directory listing ("├── Sprache", "│   └── Sprachkitas") loses its box
glyphs in a scan: a joint "├" is read as a letter ("F- Sprache", "H- Arbeit"), "└" as "L", the
bars of the levels above as "|", and a joint may be lost with only its rule left ("| – Kitas");
the indents go. A run of three lines or more in that shape, two of them at least with a joint
read as a letter before its rule and one with a bar, is set as drawn: "│   " for each bar, "├── "
or "└── " for the joint. A lost joint is "└" where it is its level's last line (no line at its
level follows before one at a level above), else "├".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pipeline.lang.de import markers

from . import ocr_rows

# a line of a series: a capitalised word, its number, a cluster of marks, the name
_SERIES_LINE = re.compile(
    r"[ \t]*(?P<word>[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]+)[ \t]+(?P<n>\d{1,2})[ \t]*(?P<mark>[^\w\s]{1,2})[ \t]+(?=\w|„)"
)
# the marks a series parts number and name with, and what a scan reads for them
_SERIES_MARKS = markers.DASHES + markers.EM_DASH + markers.MIDDLE_DOT + ":"
_LOOKALIKES = frozenset(_SERIES_MARKS + ".,;'" + markers.BULLET)
_SERIES_GAP = 3  # lines at most between two lines of a series (a wrapped name or cell)
_SERIES_LEAST = 3


def series_marks(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, mark) for each line of a series whose mark was read otherwise than most of them."""
    run: list[tuple[int, re.Match[str]]] = []
    last = -_SERIES_GAP - 1
    for i, (pos, line) in enumerate(_lines(text)):
        m = _SERIES_LINE.match(line)
        if m is None:
            continue
        follows = run and m.group("word") == run[-1][1].group("word")
        if not (follows and i - last <= _SERIES_GAP + 1 and int(m.group("n")) == int(run[-1][1].group("n")) + 1):
            yield from _set_marks(run)
            run = []
        run.append((pos, m))
        last = i
    yield from _set_marks(run)


def _set_marks(run: list[tuple[int, re.Match[str]]]) -> Iterator[tuple[int, int, str]]:
    if len(run) < _SERIES_LEAST:
        return
    (mark, count), *_ = Counter(m.group("mark") for _, m in run).most_common()
    if len(mark) != 1 or mark not in _SERIES_MARKS or 2 * count <= len(run):
        return
    for pos, m in run:
        if m.group("mark") != mark and set(m.group("mark")) <= _LOOKALIKES:
            yield pos + m.start("mark"), pos + m.end("mark"), mark


# a branch of a tree as read: the bars of the levels above, a joint (or a letter read for it), its rule
_BRANCH = re.compile(r"(?P<lead>[ \t]*)(?P<bars>(?:[|│][ \t]+)*)(?P<joint>[FHEL+├└`]?)(?P<rule>[-–—─]+)[ \t]+(?=\S)")
_LETTER_JOINT = frozenset("FHEL+")
_LAST_JOINTS = frozenset("L└`")
_TREE_LEAST = 3


def tree_joints(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, drawn) for each branch of a tree whose joints and bars a scan read as letters and "|"."""
    for block in ocr_rows.blocks(text):
        run: list[tuple[int, re.Match[str]]] = []
        for pos, line in block + [(-1, "")]:
            m = _BRANCH.match(line)
            if m is not None:
                run.append((pos, m))
                continue
            yield from _drawn(run)
            run = []


def _drawn(run: list[tuple[int, re.Match[str]]]) -> Iterator[tuple[int, int, str]]:
    joints = [m.group("joint") for _, m in run]
    lettered = sum(j in _LETTER_JOINT for j in joints)
    if len(run) < _TREE_LEAST or lettered < 2 or not any(m.group("bars") for _, m in run):
        return
    depths = [m.group("bars").count("|") + m.group("bars").count("│") for _, m in run]
    for k, (pos, m) in enumerate(run):
        joint = m.group("joint")
        if joint:
            last = joint in _LAST_JOINTS
        else:
            below = [d for d in depths[k + 1 :] if d <= depths[k]]
            last = not below or below[0] < depths[k]
        drawn = "│   " * depths[k] + ("└" if last else "├") + "── "
        if m.group(0)[m.end("lead") :] != drawn:
            yield pos + m.end("lead"), pos + m.end(), drawn


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1
