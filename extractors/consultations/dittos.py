"""A Beratungsfolge whose repeated cells are ditto marks: "〃" (or "″", a quotation mark, "dto.") alone in a cell
says what the cell above it in the same column says, as a table set by hand repeats a date, a role or a status:

    Gremium                          Termin 2027   Zuständigkeit   Sitzungsart
    Ortsrat Grone                    18.05.        Anhörung        öffentlich
    Ortsrat Weende/Deppoldshausen    〃            〃              〃

The cell above is the one the mark stands under by its column as the text sets it (a wide character such as "〃"
takes two columns); a line whose column is blank there (a name's wrapped line) is passed over, and a mark above a
mark says what that one says. A date's mark is written over with the date above it (:func:`undittoed`: the row is
read as a dated row, the text keeping its length), where the date fits before the next cell; a role's and a
status's mark give the record the role or status above it (:func:`with_dittos`).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterator

from pipeline.records import Consultation

from .vocab import Vocab, status

_UP = 8  # lines above a mark searched for its cell: a table's rows and their wrapped lines
_CELL_GAP = re.compile(r"[ \t]{2,}|[│|]")  # what parts a line's cells


def undittoed(text: str, v: Vocab) -> str:
    """The text with each date's ditto mark written over by the date above it (the text's length kept); the text
    itself where no cell is a ditto mark."""
    if v.ditto is None or v.ditto.search(text) is None:
        return text
    out = list(text)
    for m in v.ditto.finditer(text):
        cell = _above(text, m.start(), v)
        dates = v.tokens.dates(text, *cell) if cell is not None else []  # a day and month under a heading's year
        rest = text[m.start() : text.find("\n", m.start()) % (len(text) + 1)]
        room = len(rest) - len(rest[len(m[0]) :].lstrip(" \t")) - 2  # up to the next cell, a gap kept
        if len(dates) == 1 and dates[0][1] - dates[0][0] <= room:
            out[m.start() : m.start() + dates[0][1] - dates[0][0]] = text[dates[0][0] : dates[0][1]]
    return "".join(out)


def with_dittos(found: list[Consultation], text: str, v: Vocab) -> Iterator[Consultation]:
    """The records, each whose row holds a ditto mark under a role or a status taking the role or status above it
    where it has none of its own."""
    for rec in found:
        role, public = rec.role, rec.public
        if v.ditto is not None and (role is None or public is None):
            start = text.rfind("\n", 0, rec.span.start) + 1
            end = text.find("\n", rec.span.end)
            for m in v.ditto.finditer(text, start, end if end >= 0 else len(text)):
                cell = _above(text, m.start(), v)
                said = status(text[cell[0] : cell[1]].strip(), v) if cell is not None else None
                if said is not None:
                    role = role if role is not None or said[0] is None else said[0]
                    public = public if public is not None or said[1] is None else said[1]
        yield rec if (role, public) == (rec.role, rec.public) else dataclasses.replace(rec, role=role, public=public)


def _above(text: str, at: int, v: Vocab, depth: int = 0) -> tuple[int, int] | None:
    """The offsets of the cell a ditto mark at ``at`` stands under, a mark above it followed up; None where no
    line above has a cell in its column."""
    start = text.rfind("\n", 0, at) + 1
    col = _width(text[start:at])
    top = start
    for _ in range(_UP):
        if top == 0:
            return None
        end = top - 1
        top = text.rfind("\n", 0, end) + 1
        line = text[top:end]
        if not line.strip() or "\f" in line:
            return None  # the table's end
        cell = _cell_at(line, col)
        if cell is None:
            continue
        a, b = top + cell[0], top + cell[1]
        mark = v.ditto.match(text, a) if v.ditto is not None else None
        if mark is not None and mark.end() == b:
            return _above(text, a, v, depth + 1) if depth < _UP else None
        return a, b
    return None


def _cell_at(line: str, col: int) -> tuple[int, int] | None:
    """The offsets in ``line`` of the cell (set apart by gaps or bars) over display column ``col`` or within one
    column of it; None where the line is blank there."""
    cuts = [0, *(x for m in _CELL_GAP.finditer(line) for x in (m.start(), m.end())), len(line)]
    for a, b in zip(cuts[::2], cuts[1::2]):
        if a < b and _width(line[:a]) - 1 <= col <= _width(line[:b]):
            return a, b
    return None


def _width(s: str) -> int:
    """The columns ``s`` takes as a text's lines are set: a wide character (East Asian wide or full) two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)
