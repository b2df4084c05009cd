"""consultation attribute lines: a Beratungsfolge as entries of a date and a body on one line, the meeting's
attributes as labelled cells on the lines indented under it, parted by bars or semicolons (method
``attribute_line``), as a council information system's print of a paper's history sets them:

    Di, 18.05.2027  – Ausschuss für Bildung, Soziales, Kultur und Sport
                      Beratungsart: Vorberatung | Sitzung: öffentlich | Beschluss-Nr.: BSKS/011/2027
                      Ergebnis: Empfehlung an den Stadtrat, 7 Ja / 0 Nein / 1 Enthaltung

    Mi, 26.05.2027  – Seniorenbeirat der Stadt Coswig
                      Beratungsart: Kenntnisnahme | Sitzung: öffentlich

The entry's line holds the date (a weekday before it or not) and, after a dash or a gap, the body, named by its
head word. The lines under it are read by their labels (``labels`` ``block.*`` in ``resources/bodies.yaml``): the
role from a role's label ("Beratungsart", "Zuständigkeit"), the status from any label's value that is a status
word alone ("Sitzung: öffentlich"); a result's line ("Ergebnis: Empfehlung …") says neither. Read where two or
more such entries follow one another and each has a labelled line under it: a timetable's dated steps
("Di, 18.05.2027 – Auftakt im Rathaus") with no attributes are none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.lang.de.dates import WEEKDAY
from pipeline.records import Consultation
from pipeline.structure import Line, View
from pipeline.structure.tokens import Cell, row_cells

from .date_blocks import block_runs
from .flat import namelike
from .forms import led
from .vocab import Vocab, clean_body, consultation, headed, status

_NAME_WORDS = 12
_ATTRIBUTE_LINES = 3  # labelled lines under one entry, at most
_LEAD = re.compile(r"[ \t]*(?:[" + re.escape(markers.DASHES + markers.EM_DASH) + r"][ \t]+|[ \t]{2,})")
_PARTS = re.compile(r"[ \t]*[|;│][ \t]*")  # the bars or semicolons between an attribute line's cells
_WEEKDAY = re.compile(WEEKDAY)
_ROLE_KINDS = frozenset({"role"})
_SILENT_KINDS = frozenset({"result", "item", "body"})  # labels whose values say no role and no status


def from_attribute_lines(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of a run of two or more entries with their attribute lines (see the module's docstring)."""

    def read(lines: list[Line], k: int) -> tuple[Consultation, int] | None:
        return _entry(doc, v, lines, k)

    yield from block_runs(sv, read)


def _entry(doc: Document, v: Vocab, lines: list[Line], k: int) -> tuple[Consultation, int] | None:
    """The meeting of the entry at the ``k``-th line and the number of lines it takes, else None."""
    head = lines[k]
    if k + 1 >= len(lines) or ":" not in lines[k + 1].text:
        return None  # no labelled line under it: the cheap test before the line's cells are read
    dated = _dated_body(head, v)
    if dated is None:
        return None
    date, body = dated
    indent = _indent(head.text)
    role: str | None = None
    public: bool | None = None
    n = 0
    for line in lines[k + 1 : k + 1 + _ATTRIBUTE_LINES]:
        said = _attributes(line.text, v) if _indent(line.text) >= indent else None
        if said is None:
            break
        n += 1
        role, public = role or said[0], public if public is not None else said[1]
    if n == 0:
        return None
    rec = consultation(
        body,
        v,
        span=doc.span(date.start, lines[k + n].end),
        meeting_date=date.value,
        role=role,
        public=public,
        method="attribute_line",
    )
    return rec, n + 1


def _dated_body(head: Line, v: Vocab) -> tuple[Cell, str] | None:
    """The date cell and the body of an entry's line ("Di, 18.05.2027  – Ausschuss für …"), else None."""
    text = head.text
    if ":" in text or _PARTS.search(text):
        return None
    _, cells = row_cells(head, v.tokens)
    dates = [c for c in cells if c.kind == "date"]
    if len(dates) != 1:
        return None
    before = text[: dates[0].start - head.start].strip().rstrip(",")
    if before and not _WEEKDAY.fullmatch(before):
        return None
    rest = text[dates[0].end - head.start :]
    lead = _LEAD.match(rest)
    if lead is None:
        return None
    body = clean_body(rest[lead.end() :])
    if not body or len(body.split()) > _NAME_WORDS or not headed(body, v) or not namelike(body) or led(body, v):
        return None
    return dates[0], body


def _attributes(text: str, v: Vocab) -> tuple[str | None, bool | None] | None:
    """The role and status a labelled line says ("Beratungsart: Vorberatung | Sitzung: öffentlich"): None where
    a cell of the line has no label of a meeting's block."""
    role: str | None = None
    public: bool | None = None
    known = False
    for part in _PARTS.split(text.strip()):
        if ":" not in part:
            return None
        kind = next((kind for kind, p in v.block_labels if p.fullmatch(part)), None)
        if kind is None:
            continue  # a label the vocabulary does not know ("Beschluss-Nr.: …"): a cell, read as none
        known = True
        m = next(p.fullmatch(part) for kind_, p in v.block_labels if kind_ == kind)
        said = None if kind in _SILENT_KINDS or m is None else status(m.group("v"), v)
        if said is None:
            continue
        role = role or (said[0] if kind in _ROLE_KINDS else None)
        public = public if public is not None else said[1]
    return (role, public) if known else None


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())
