"""consultation sitting columns: a Beratungsfolge whose rows are the bodies and whose columns are the paper's
readings in their order, each cell a meeting's date with its status and role or result after it (method
``table.readings``):

                                    1. Befassung                2. Befassung
                                    (Erste Lesung)              (Beratung und Beschluss)
    ────────────────────────────    ──────────────────────────  ──────────────────────────
    Ausschuss für Kultur,           14.01.2027 · ö · erledigt   08.04.2027 · ö · Vorberatung
    Sport und Freizeit
    Hauptausschuss                  –                           22.04.2027 · nö · Vorberatung

The header's cells are two readings or more, counted ("1. Befassung", "2. Lesung", "Erste Beratung"); a line of
glosses in brackets under it and rules are stepped over. A row's name stands left of the first reading's column and
may wrap onto lines of its own, nothing in the readings' columns; each reading's cell that opens with a date is a
meeting of the row's body, its status and role read from the words after the date where they are only such words
(a result, "erledigt", says neither); a dash is no meeting. The table ends at the first line that is none of these.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.records import Consultation
from pipeline.structure import Line, View

from .vocab import OPEN_END, Vocab, clean_body, consultation, date_cells, has_head, status

_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a line set out by gaps: words one space apart
_ORDINAL = r"(?:\d{1,2}\.|[Ee]rste|[Zz]weite|[Dd]ritte|[Vv]ierte)"
_READING = re.compile(_ORDINAL + r"[ \t]*(?:Befassung|Beratung|Lesung|Sitzung|Termin)")
_GLOSS = re.compile(r"\([^()]*\)")  # a gloss under a reading's word
_RULE = re.compile(r"[-─━═=_·. \t]+")
_PARTS = re.compile(r"[ \t]*[" + re.escape(markers.MIDDLE_DOT + markers.BULLET) + r"|,;/][ \t]*")  # after a date
_SLACK = 2  # how far a cell may start before its reading's column word
Named = tuple[str, list[tuple[int, Line, int, int]]]  # a row's name and its readings' cells
_ROWS = 30  # the lines of a table, at most


def from_sitting_columns(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of each table of readings in the text (see the module's docstring)."""
    lines = sv.lines
    for i, line in enumerate(lines):
        if "." not in line.text and "rste" not in line.text and "weite" not in line.text:
            continue  # most lines hold no counted reading
        starts, after = _readings(line.text), lines[i + 1 : i + 1 + _ROWS]
        if starts:
            names = _rows(after, starts)
        elif _READINGS_FLAT.fullmatch(line.text.strip()):  # a text layer that set the gaps as single spaces
            names = _flat_rows(after, len(_READING.findall(line.text)))
        else:
            continue
        for written, readings in names:
            body = clean_body(written)
            if has_head(body, v):
                yield from _meetings(doc, body, readings, v)


def _readings(text: str) -> list[int] | None:
    """Where the readings' column words start in a header of two or more counted readings alone, else None."""
    cells = list(_CELL.finditer(text))
    if len(cells) < 2 or not all(_READING.fullmatch(c.group()) for c in cells):
        return None
    return [c.start() for c in cells]


_READINGS_FLAT = re.compile(rf"{_READING.pattern}(?: {_READING.pattern})+")
_GLOSSES = re.compile(r"\([^()]*\)(?:[ \t]+\([^()]*\))*")
_NONE = re.compile(r"(?<!\S)[–—-](?!\S)")  # a dash alone: no meeting in this reading


def _flat_rows(after: list[Line], count: int) -> list[Named]:
    """The rows of a table of readings whose gaps a text layer set as single spaces: each row's name, then as many
    cells as the header has readings, each opening with a date or a dash alone, in the readings' order."""
    names: list[Named] = []
    for line in after:
        text = line.text.strip()
        if not text or _RULE.fullmatch(text) or _GLOSSES.fullmatch(text):
            if names and (not text or _RULE.fullmatch(text)):
                break
            continue
        opens = sorted(
            [a for a, _, _ in date_cells(line.text, 0, len(line.text))] + [m.start() for m in _NONE.finditer(line.text)]
        )
        if len(opens) == count:
            ends = [*opens[1:], len(line.text.rstrip())]
            names.append(
                (line.text[: opens[0]].strip(), [(k, line, a, b) for k, (a, b) in enumerate(zip(opens, ends))])
            )
        elif opens or not _name_rest(names, text):
            break
    return names


def _rows(after: list[Line], starts: list[int]) -> list[Named]:
    names: list[Named] = []
    for line in after:
        text = line.text
        if not text.strip() or _RULE.fullmatch(text) or all(_GLOSS.fullmatch(c.group()) for c in _CELL.finditer(text)):
            if names and (not text.strip() or _RULE.fullmatch(text)):
                break  # a blank line or a rule after the rows ends the table
            continue
        cells = list(_CELL.finditer(text))
        name = [c for c in cells if c.end() <= starts[0] - _SLACK]
        read = [(k, c) for c in cells if (k := _column(starts, c.start())) is not None]
        if len(name) + len(read) != len(cells) or len(name) > 1:
            break  # a cell astride the columns: no row of the table
        if read:
            names.append((name[0].group() if name else "", [(k, line, c.start(), c.end()) for k, c in read]))
        elif not (name and _name_rest(names, name[0].group())):
            break
    return names


def _name_rest(names: list[Named], text: str) -> bool:
    """Whether a line of a name's words alone goes on with the last row's name (it ends open, or the line opens in
    lower case); if so, joined to it."""
    if not names or not (OPEN_END.search(names[-1][0]) or text[:1].islower()):
        return False
    names[-1] = (names[-1][0] + " " + text, names[-1][1])
    return True


def _column(starts: list[int], at: int) -> int | None:
    """The reading whose column a cell starting at ``at`` stands in."""
    return next((k for k in reversed(range(len(starts))) if starts[k] - _SLACK <= at), None)


def _meetings(doc: Document, body: str, cells: list[tuple[int, Line, int, int]], v: Vocab) -> Iterator[Consultation]:
    for _, line, a, b in cells:
        dates = date_cells(line.text, a, b)
        if not dates or dates[0][0] != a:
            continue  # a dash or a word: no meeting in this reading
        start, end, iso = dates[0]
        words = [w for w in _PARTS.split(line.text[end:b]) if w]
        said = [s for w in words if (s := status(w, v)) is not None]
        role = next((r for r, _ in said if r is not None), None)
        public = next((p for _, p in said if p is not None), None)
        yield consultation(
            body,
            v,
            span=doc.span(line.start + start, line.start + end),
            meeting_date=iso,
            role=role,
            public=public,
            method="table.readings",
        )
