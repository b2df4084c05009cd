"""consultations.header_wraps: a Beratungsfolge header whose column words wrap onto a second line.

Cut at a gap ("Datum der" over "Sitzung"), each column's words are the two lines' cells joined; flattened,
column words cut at a hyphen ("Beschluss-" over "qualität") keep the first line's header when every rest
below is a lower-case word or a column word itself. A column of the meeting's place stacked under the bodies' on
the header's next line ("Gremium" over "Sitzungsort") is told by :func:`stacked_place`.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.lang.de.dates import find_dates
from pipeline.structure import Line
from pipeline.structure.lines import GAP

from .headers import Header, column_kind, header
from .places import place_columns
from .vocab import OPEN_END, Vocab


def merge_header(first: str, second: str, v: Vocab) -> Header | None:
    """A header whose cells wrap onto a second line, or None."""
    hdr = header(first, v)
    if hdr is not None and hdr.mode == "tokens":  # flattened: column words cut at a hyphen, their rests below
        cut, rest = first[hdr.end :].split(), second.split()  # "Datum der Beschluss-" over "Sitzung qualität"
        low, ok = [w for w in rest if w[:1].islower()], all(map(OPEN_END.search, cut))
        ok = ok and 0 < len(low) <= sum(x[-1] == "-" for x in cut) and all(x in low or column_kind(x, v) for x in rest)
        return Header(hdr.kinds, hdr.starts, hdr.mode, len(first), hdr.marks) if ok else None
    a, b = GAP.split(first), GAP.split(second)
    if hdr is None or len(a) != len(hdr.kinds):
        return None
    if not second.strip() or len(b) > len(a) or find_dates(second):
        return None
    if any(OPEN_END.search(p) for p in a) or not b[0].strip() or all(p[:1].islower() for p in b if p):
        kinds = [_wrapped_kind(x, y, v) for x, y in zip(a, _under_columns(hdr, second, len(a)))]
        if "body" in kinds and sum(1 for k in kinds if k) >= 2:
            return Header(tuple(kinds), hdr.starts, hdr.mode, hdr.end, hdr.marks)
    return None


def _under_columns(hdr: Header, second: str, n: int) -> list[str]:
    """The second line's cells, each joined to the column it stands under ("Öffent-" over "lichkeit" in the
    last column, the columns before it with nothing under them)."""
    below = [""] * n
    for m in _CELL.finditer(second):
        col = max((k for k, s in enumerate(hdr.starts[:n]) if s - _SLACK <= m.start()), default=0)
        below[col] = (below[col] + " " + m.group()).strip()
    return below


def _wrapped_kind(word: str, rest: str, v: Vocab) -> str | None:
    """The kind of a column word wrapped onto the next line, also where it was cut at its hyphen ("Öffent-" /
    "lichkeit")."""
    kind = column_kind(word + " " + rest, v)
    if kind is None and word.endswith("-") and rest[:1].islower():
        kind = column_kind(word[:-1] + rest, v)
    return kind


_STACKED_LINES = 2  # the header's lines under its first that may stack a second column word under one of its own
_SLACK = 1  # how far a stacked column word may start from the column word over it


def stacked_place(hdr: Header, first: str, after: list[Line], v: Vocab) -> Header:
    """A header whose bodies' column stacks the meeting's place under its word ("Datum   Gremium   Zuständigkeit"
    over "Wochentag,   Sitzungsort"): each row's cell there holds the body's name over its place's, and the
    header says so by the bodies' column among its places; the header as it is where no such line follows.
    The lines under the first are column words only, no date among them; single-spaced, each word of the
    line under the first stands under the column of its order ("Wochentag, Sitzungsort": the second's)."""
    if hdr.mode not in ("gap", "tokens") or "body" not in hdr.kinds:
        return hdr
    if hdr.mode == "tokens":
        return _stacked_words(hdr, after[:1], v)
    at = hdr.starts[hdr.body_col] - (len(first) - len(first.lstrip()))
    for line in after[:_STACKED_LINES]:
        text = line.text
        cells = list(_CELL.finditer(text))
        if not cells or find_dates(text) or not all(column_kind(m.group().rstrip(","), v) for m in cells):
            return hdr
        lead = len(text) - len(text.lstrip())
        for m in cells:
            if abs(m.start() - lead - at) <= _SLACK and place_columns([m.group()], ["other"], v):
                return dataclasses.replace(hdr, places=(*hdr.places, hdr.body_col))
    return hdr


_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a line set out by gaps


def _stacked_words(hdr: Header, after: list[Line], v: Vocab) -> Header:
    """A single-spaced header's place stacked under its bodies' word: the line under it column words only, as
    many as the header's columns at most, the place's word the bodies' column's in order."""
    words = [w.rstrip(",") for w in after[0].text.split()] if after else []
    if (
        not words
        or len(words) > len(hdr.kinds)
        or find_dates(after[0].text)
        or not all(column_kind(w, v) for w in words)
    ):
        return hdr
    if len(words) > hdr.body_col and place_columns([words[hdr.body_col]], ["other"], v):
        return dataclasses.replace(hdr, places=(*hdr.places, hdr.body_col))
    return hdr
