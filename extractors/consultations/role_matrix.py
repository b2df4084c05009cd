"""consultation role matrix: a Beratungsfolge drawn as a matrix, the bodies as its column heads (wrapped and
hyphenated over lines), the roles as its row labels, each meeting's date in the cell where its body's column meets
its role's row, the status in a row of its own (method ``table.matrix``):

                     │ Integra-    │ Ortschafts-│ Ausschuss für│ Gemeinderat │
                     │ tionsbeirat │ rat Nord   │ Bildung      │             │
     ────────────────┼─────────────┼────────────┼──────────────┼─────────────┤
     Empfehlung      │ 19.05.2027  │            │              │             │
     Anhörung        │             │ 01.06.2027 │              │             │
     Vorberatung     │             │            │ 14.06.2027   │             │
     Beschluss       │             │            │              │ 12.07.2027  │
     ────────────────┼─────────────┼────────────┼──────────────┼─────────────┤
     Sitzungsart     │ öffentl.    │ öffentl.   │ nichtöffentl.│ öffentl.    │

The matrix is read by its bars, cell by cell, so that a PDF's text layer that sets the bars one space apart gives the
same rows. Its heads are the lines over the first row whose label is a role and whose cells hold a date, the label's
cell empty; a column's head is its cells' lines joined (a hyphen at a line's end joined as a word's). Read only where
two heads or more name a body by its head word and two role rows or more hold dates; a row whose label is a status
column's word gives each column's status.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.records import Consultation
from pipeline.structure import Line, View

from .headers import column_kind
from .vocab import Vocab, clean_body, consultation, date_cells, has_head, status

_BARS = re.compile(r"[│┃║|]")
_RULE = re.compile(r"[\s─━═┼╋╪┤├┬┴┌┐└┘+=|-]+")  # a rule between the matrix's parts
_MIN = 2  # body columns and role rows of a matrix, at least


def from_role_matrix(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of each role matrix in the text (see the module's docstring)."""
    for bodies, roles, statuses in matrices(doc, v, sv, dated=True):
        for line, cells in roles:
            role = status(cells[0], v)
            for j, body in enumerate(bodies):
                said = status(statuses[j], v) if j < len(statuses) and statuses[j] else None
                for start, end, iso in _dates(line, j + 1) if body else ():
                    yield consultation(
                        body,
                        v,
                        span=doc.span(start, end),
                        meeting_date=iso,
                        role=role[0] if role else None,
                        public=said[1] if said else None,
                        method="table.matrix",
                    )


Matrix = tuple[list[str], list[tuple[Line, list[str]]], list[str]]  # the bodies, the role rows, the statuses


def matrices(doc: Document, v: Vocab, sv: View, dated: bool) -> Iterator[Matrix]:
    """Each role matrix of the text: its column heads' bodies ("" where a head names none), its role rows with their
    cells and its statuses; with ``dated`` only where the role rows hold dates, else where their cells hold figures
    (dates an OCR spoilt: the review's)."""
    if "┼" not in doc.text and "│" not in doc.text:
        return  # no drawn table
    block: list[Line] = []
    for line in [*_rests_joined(sv.lines), Line(len(doc.text), len(doc.text), "")]:
        if _cells(line.text) is not None or (block and _RULE.fullmatch(line.text.strip() or "x")):
            block.append(line)
            continue
        if block and (found := _matrix(v, block, dated)) is not None:
            yield found
        block = []


def _rests_joined(lines: list[Line]) -> list[Line]:
    """The lines with a line's rest that a PDF's line wrapped onto the next joined to it ("│ Verwaltungs- │ Gemein-"
    over "derat │"), a line break read as a space so that the offsets hold (a word's hyphen is joined by the heads)."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if (
            last is not None
            and len(_BARS.findall(last.text)) >= 3
            and not _BARS.search(last.text.rstrip()[-1:])
            and len(_BARS.findall(line.text)) == 1
            and line.text.rstrip().endswith(tuple("│┃║|"))
            and last.end + 1 == line.start
        ):
            out[-1] = Line(last.start, line.end, last.text + "\n" + line.text)
        else:
            out.append(line)
    return out


def _cells(text: str) -> list[str] | None:
    """The label and cells of a line of the matrix, the label the text before the first bar; None for a line
    with fewer than three bars."""
    parts = _BARS.split(text.rstrip())
    return [p.strip() for p in parts[:-1]] if len(parts) >= 4 and not parts[-1].strip() else None


def _matrix(v: Vocab, block: list[Line], dated: bool) -> Matrix | None:
    rows = [(line, cells) for line in block if (cells := _cells(line.text)) is not None]
    if not rows or len({len(cells) for _, cells in rows}) != 1:
        return None
    first = next((k for k, (_, cells) in enumerate(rows) if _role_row(cells, v, False)), None)
    if not first:
        return None
    heads = ["\n".join(c for c in col if c) for col in zip(*(cells[1:] for _, cells in rows[:first]))]
    bodies = [clean_body(h) if h and has_head(clean_body(h), v) else "" for h in heads]
    roles = [(line, cells) for line, cells in rows[first:] if _role_row(cells, v, dated)]
    if sum(map(bool, bodies)) < _MIN or len(roles) < _MIN or any(cells[0] for _, cells in rows[:first]):
        return None
    statuses = next((cells[1:] for _, cells in rows[first:] if column_kind(cells[0], v) == "public"), [])
    return bodies, roles, statuses


def _role_row(cells: list[str], v: Vocab, dated: bool) -> bool:
    """Whether a row's label is a role alone and a cell of the row holds a date (``dated``) or a figure."""
    said = status(cells[0], v) if cells[0] else None
    if said is None or said[0] is None:
        return False
    if dated:
        return any(date_cells(c, 0, len(c)) for c in cells[1:])
    return any(any(ch.isdigit() for ch in c) for c in cells[1:])


def _dates(line: Line, column: int) -> list[tuple[int, int, str]]:
    """The dates of the line's cell ``column`` (0: the label's), with their offsets in the document."""
    bars = [m.start() for m in _BARS.finditer(line.text)]
    start, end = bars[column - 1] + 1, bars[column]
    return [(line.start + a, line.start + b, iso) for a, b, iso in date_cells(line.text, start, end) if len(iso) == 10]
