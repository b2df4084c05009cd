"""consultation date blocks: a Beratungsfolge as blocks of two lines, the meeting's date alone on the
first (its weekday and time with it), the body and its role and session status on the next, parted by
spaced dashes (method ``date_block``):

    Donnerstag, 24. Februar 2028, 17:30 Uhr
         Ausschuss für Soziales, Bildung und Sport – Vorberatung – öffentlich
    Donnerstag, 2. März 2028, 18:00 Uhr
         Hauptausschuss – Vorberatung – nichtöffentlich

The body is the part before the first dash; every part after it is a role or status word, or one word
of a role the vocabulary does not know ("Stellungnahme"), read as none. Blank lines between the lines
part nothing (an export sets one after any line). Read where two or more such blocks follow one another
and every body names a body by its head word and reads as a name: a timetable's dated steps
("Montag, 5. Mai 2027" over "Auftaktveranstaltung – Rathaus") are none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipeline.document import Document
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGES_CHARS, Line, View
from pipeline.structure.tokens import row_cells

from .flat import namelike
from .forms import led
from .vocab import Vocab, clean_body, consultation, headed, status

_NAME_WORDS = 12
_DASH = re.compile(r"[ \t]+[–—-][ \t]+")  # a spaced dash parting the cells of the body's line
_WORD = re.compile(r"[^\W\d_]+")


def from_date_blocks(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of a run of two or more date blocks (see the module's docstring)."""

    def read(lines: list[Line], k: int) -> tuple[Consultation, int] | None:
        rec = _block(doc, v, lines[k], lines[k + 1])
        return None if rec is None else (rec, 2)

    yield from block_runs(sv, read)


def block_runs(sv: View, read: Callable[[list[Line], int], tuple[Consultation, int] | None]) -> Iterator[Consultation]:
    """The meetings of every run of two or more blocks on the first pages: ``read`` gives the meeting of the block
    at the ``k``-th of the filled lines (furniture left out) and how many lines it takes, else None."""
    run: list[Consultation] = []
    lines = [ln for k, ln in enumerate(sv.lines) if ln.text.strip() and k not in sv.furniture]
    k = 0
    while k + 1 < len(lines) and lines[k].start <= FIRST_PAGES_CHARS:
        got = read(lines, k)
        if got is not None:
            run.append(got[0])
            k += got[1]
            continue
        if len(run) >= 2:
            yield from run
        run = []
        k += 1
    if len(run) >= 2:
        yield from run


def _block(doc: Document, v: Vocab, head: Line, line: Line) -> Consultation | None:
    """The meeting of a date line ``head`` and the body's line under it, else None (the body's line
    is looked at first: a spaced dash is rare, so most lines are never cut into typed cells)."""
    parts = _DASH.split(line.text.strip())
    if len(parts) < 2:
        return None
    _, cells = row_cells(head, v.tokens)
    dates = [c for c in cells if c.kind == "date"]
    if len(dates) != 1 or any(c.kind not in ("date", "empty") for c in cells):
        return None
    if any(c.kind == "date" for c in row_cells(line, v.tokens)[1]):
        return None
    body = clean_body(parts[0])
    said = [status(p, v) for p in parts[1:]]
    if not all(s is not None or len(_WORD.findall(p)) == 1 for p, s in zip(parts[1:], said)):
        return None
    if not body or len(body.split()) > _NAME_WORDS or not headed(body, v) or not namelike(body) or led(body, v):
        return None
    role = next((s[0] for s in said if s is not None and s[0] is not None), None)
    public = next((s[1] for s in said if s is not None and s[1] is not None), None)
    return consultation(
        body,
        v,
        span=doc.span(dates[0].start, line.end),
        meeting_date=dates[0].value,
        role=role,
        public=public,
        method="date_block",
    )
