"""consultation flattened sides: a Beratungsfolge set beside another column (the Betreff at the left, the table at
the right) as a PDF's text layer gives it when the gap between the columns is closed up, each line holding a line of
the left column and one of the right joined by a single space (method ``table.flat_side``):

    Betreff: Beratungsfolge:
    Zweiter Aktionsplan des Landkreises zur Beirat für Menschen mit
    Umsetzung der UN-Behindertenrechtskonvention Behinderungen 02.03.26 ö Empf.
    „Barrierefrei 2030“ – Beschluss über Ausschuss für Gesundheit,
    den Aktionsplan und Fortführung der Lenkungs- Soziales und
    gruppe Inklusion Inklusion 10.03.26 ö Vorb.
    Kreisausschuss 16.03.26 nö Vorb.

The heading of the Beratungsfolge ends the line that opens the columns, one space after the left column's label. A
row ends on the line of its date, only its status and role after the date (or wrapped onto the next line alone). A
body opens with the shortest end of a line that names a body by its head word (with a compound's first part elided
before "und": "Haupt- und Finanzausschuss"); a name left open at its line's end ("mit", "und", a comma, a word cut
at its hyphen) goes on with the shortest end of the next line that may follow it (a capital; a word in lower case
after a cut word), not after "und", "für" or a comma of the left column's line. Read up to a blank line or a line
that opens no row, where every row's name ends complete and names a body, two rows or more: empty is better than wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de.closed_class import HYPHEN_STAYS, NAME_LINKS, either
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGE_CHARS, Line, View
from pipeline.structure.tokens import Cell, typed

from .flat_columns import CUT, complete_name
from .vocab import OPEN_END, Vocab, consultation, headed

_ROW_LINES = 24  # lines of the columns, at most
_ELIDED = re.compile(r"\w-,?$")  # a compound's first part before "und": "Haupt-", "Sozial-,"
_LINKS = re.compile(
    r"(?:\b(?:" + either(NAME_LINKS) + r")|,)$"
)  # a word after which the right column's part does not open
_AFTER_DATE = ("public", "role", "empty")


def from_flat_sides(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of a flattened Beratungsfolge beside another column (see the module's docstring)."""
    for k, line in enumerate(sv.lines):
        if line.start > FIRST_PAGE_CHARS:
            break
        label, colon, rest = line.text.strip().partition(": ")  # one space between: a gap is the table model's
        m = v.title.match(rest) if colon and label and len(label.split()) <= 2 and rest[:1] != " " else None
        if m is None or m.end() != len(rest):
            continue
        rows = _rows(sv.lines[k + 1 : k + 1 + _ROW_LINES], v)
        if rows is not None and len(rows) >= 2:
            for body, cells in rows:
                date = next(c for c in cells if c.kind == "date")
                role = next((c.value for c in cells if c.kind == "role"), None)
                public = next((c.value for c in cells if c.kind == "public"), None)
                span = doc.span(date.start, cells[-1].end)
                yield consultation(
                    body, v, span=span, meeting_date=date.value, role=role, public=public, method="table.flat_side"
                )


def _rows(lines: list[Line], v: Vocab) -> list[tuple[str, list[Cell]]] | None:
    """The rows of the right column: each body's name and the cells from its date on; None where a name does not
    part or a row is no body's."""
    rows: list[tuple[str, list[Cell]]] = []
    name = ""
    for line in lines:
        if not line.text.strip():
            break
        cells = typed(line.text, v.tokens, line.start)
        if rows and not name and all(c.kind in _AFTER_DATE for c in cells):  # a row's status or role wrapped
            rows[-1] = (rows[-1][0], rows[-1][1] + cells)
            continue
        at = next((j for j, c in enumerate(cells) if c.kind == "date"), None)
        if at is not None and (at != 1 or cells[0].kind != "text" or any(c.kind not in _AFTER_DATE for c in cells[2:])):
            return None
        words = (cells[0].text if at is not None else line.text).split()
        part = _going_on(name, words) if name else _opening(words, v)
        if part is None and rows and not name and at is None:
            break  # a line that opens no row after the rows: the table has ended (an export drops the blank line)
        if part is None:
            return None
        name = _joined(name, part)
        if at is not None:
            if not complete_name(name, v):
                return None
            rows.append((name, cells[at:]))
            name = ""
    return None if name else rows


def _opening(words: list[str], v: Vocab) -> str | None:
    """The shortest end of a line that names a body by its head word, a compound's elided first part taken with it."""
    for j in range(len(words) - 1, -1, -1):
        if words[j][:1].isupper() and headed(" ".join(words[j:]), v):
            while j >= 2 and words[j - 1] in HYPHEN_STAYS and _ELIDED.search(words[j - 2]):
                j -= 2
            return " ".join(words[j:])
    return None


def _going_on(name: str, words: list[str]) -> str | None:
    """The shortest end of a line that may go on an open name, not after a word the left column's line leaves open."""
    if not OPEN_END.search(name):
        return None
    for j in range(len(words) - 1, -1, -1):
        fits = words[j][:1].islower() if CUT.search(name) else words[j][:1].isupper()
        if fits and not (j and _LINKS.search(words[j - 1])):
            return " ".join(words[j:])
    return None


def _joined(name: str, part: str) -> str:
    if not name:
        return part
    return name[:-1] + part if CUT.search(name) and part[:1].islower() else f"{name} {part}"
