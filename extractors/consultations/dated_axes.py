"""A timeline down the page whose dates stand at the left of its axis, a node after each date and the step's name
after the node, the step's role and status on the line under it behind the axis (method ``timeline``):

    Zeitstrahl der Beratung
                │
     22.03.2027 ○── 2. Bildungskonferenz, Stadthalle
                │   (Vorstellung des Entwurfs; keine Gremiensitzung)
                │
     04.05.2027 ●── Ortsbeirat Nord
                │   Anhörung · öffentlich
                │
     16.06.2027 ●── Stadtrat
                ▼   Entscheidung · öffentlich

A step is a meeting where its name names a body by its head word and the line under it holds role and status words
only, parted by middle dots, commas, slashes or spaced dashes; a step of another kind (a conference, a workshop)
has no such line and is none, whatever its node. Read where two meetings or more stand on one axis."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGES_CHARS, Line, View
from pipeline.structure.tokens import row_cells

from .flat import namelike
from .vocab import Vocab, clean_body, consultation, headed, status

_NOT_NODES = re.escape(markers.DRAWN_BARS + "()[]{}<>.,;:!?\"'„“”‚‘’/\\|+=–—-")
# the date, a node glyph (a symbol: no letter, digit, bar or bracket) with its stroke to the name, the name
_STEP = re.compile(
    r"[ \t]*(?P<date>\S.{3,28}?)[ \t]+(?P<node>[^\w\s" + _NOT_NODES + r"])[─━]*[ \t]+(?P<name>\S.*?)[ \t]*"
)
# the line under a step: behind the axis (a bar or its arrow head), the step's words
_UNDER = re.compile(r"[ \t]*[│┃|▼↓▽]?[ \t]+(?P<said>\S.*?)[ \t]*")
_PARTS = re.compile(r"[ \t]*(?:[·,/]|[ \t][–—-])[ \t]*")  # what parts the role's and the status's words
_NAME_WORDS = 12


def from_dated_axes(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of a timeline of two or more whose dates stand left of its axis (see the module)."""
    lines = [ln for k, ln in enumerate(sv.lines) if ln.text.strip() and k not in sv.furniture]
    lines = [ln for ln in lines if ln.start <= FIRST_PAGES_CHARS]
    run = [step for k, line in enumerate(lines[:-1]) if (step := _step(doc, v, line, lines[k + 1])) is not None]
    if len(run) >= 2:
        yield from run


def _step(doc: Document, v: Vocab, line: Line, under: Line) -> Consultation | None:
    """The meeting of a step's line and the line under it, else None."""
    below = _UNDER.fullmatch(under.text)  # the cheaper test first: most lines under a line stand at the margin
    if below is None:
        return None
    m = _STEP.fullmatch(line.text)
    if m is None:
        return None
    _, cells = row_cells(Line(line.start + m.start("date"), line.start + m.end("date"), m["date"]), v.tokens)
    dates = [c for c in cells if c.kind == "date"]
    if len(dates) != 1 or any(c.kind not in ("date", "empty") for c in cells):
        return None
    body = clean_body(m["name"])
    if not body or len(body.split()) > _NAME_WORDS or not headed(body, v) or not namelike(body):
        return None
    said = [status(p, v) for p in _PARTS.split(below["said"]) if p.strip()]
    if not said or any(s is None for s in said):
        return None  # no line of role and status words: a step of another kind
    return consultation(
        body,
        v,
        span=doc.span(line.start + m.start("date"), under.end),
        meeting_date=dates[0].value,
        role=next((s[0] for s in said if s and s[0] is not None), None),
        public=next((s[1] for s in said if s and s[1] is not None), None),
        method="timeline",
    )
