"""consultation agendas: the draft agendas of the sittings that will take the paper, as a council information
system prints a sitting's head, quoted in the paper (often each in a drawn box), one meeting an agenda (method
``agenda``):

    ┌─ Tagesordnung (Entwurf) ──────────────────────────────────────┐
    │ 18. Sitzung des Ausschusses für Bildung, Kultur und Sport      │
    │ Dienstag, 18. Mai 2027, 18:30 Uhr · Rathaus, Ratssaal          │
    │ Öffentlicher Teil                                              │
    │   TOP 7   Partnerschaft für Demokratie            7-0418/2027  │
    │           Vorberatung                                          │
    └────────────────────────────────────────────────────────────────┘

The sitting's line counts the sittings and names the body in the genitive ("des Ausschusses", "der
Stadtverordnetenversammlung"), the line under it opens with the day (a weekday maybe before it), the part of the
sitting ("Öffentlicher Teil", "Nichtöffentlicher Teil") gives the status, and the line under the agenda item
("TOP 7") the purpose, its role. A sitting's head without an item under it before the next head, a blank line
or the box's end is no agenda of this paper's and gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.lang.de.dates import WEEKDAY, find_dates
from pipeline.records import Consultation
from pipeline.structure import View

from .flat import namelike
from .vocab import Vocab, consultation, headed, nominative, status

_EDGES = markers.DRAWN_BARS + " \t\f"  # a page break may open a line
_SITTING = re.compile(r"\d{1,3}\.[ \t]+Sitzung[ \t]+(?:des|der)[ \t]+(?P<body>\S.*)")
_DAY = re.compile(rf"(?:{WEEKDAY},?[ \t]+)?\d{{1,2}}\.")  # the day opening the line under the sitting's
_PART = re.compile(r"(?P<words>\S.*?)[ \t]+Teil")  # the sitting's part: "Öffentlicher Teil"
_ITEM = re.compile(r"TOP[ \t]*\d{1,3}\b")
_REMARK = re.compile(r"[ \t]*\([^()]*\)$")  # a remark in brackets after the purpose: "Vorberatung (Vergabe …)"
_BOX_EDGE = re.compile(r"[ \t]*[└┌╰╭╚╔+]")
_NAME_WORDS = 12


def from_agendas(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of the draft agendas quoted in a paper (see the module's docstring)."""
    lines = sv.lines
    # the empty line the view sets for a page break inside a box ("\f│ Mittwoch, …"): no line of the agenda
    breaks = {ln.start for ln in lines if not ln.text.strip() and doc.text[ln.start : ln.start + 1] == "\f"}
    for k, line in enumerate(lines):
        m = _SITTING.fullmatch(line.text.strip(_EDGES))
        if m is None or k + 1 >= len(lines):
            continue
        rest = [ln for ln in lines[k + 1 :] if ln.text.strip() or ln.start not in breaks]
        day = rest[0].text.strip(_EDGES) if rest else ""
        dates = find_dates(day, months=True) if _DAY.match(day) else []
        if not dates or dates[0].precision != "day":
            continue
        public, role, end = _agenda([ln.text for ln in rest[1:]], v)
        body = nominative(m["body"].strip(), v)
        if end is None or len(body.split()) > _NAME_WORDS or not headed(body, v) or not namelike(body):
            continue
        stop = rest[1 + end].end
        yield consultation(
            body,
            v,
            span=doc.span(line.start, stop),
            meeting_date=dates[0].iso,
            role=role,
            public=public,
            method="agenda",
        )


def _agenda(rest: list[str], v: Vocab) -> tuple[bool | None, str | None, int | None]:
    """The status of the sitting's part, the role under the agenda item and the index of the item's line (None
    where the agenda names no item before the next sitting's head, a blank line or the box's end)."""
    public: bool | None = None
    for i, raw in enumerate(rest):
        text = raw.strip(_EDGES)
        if not text or _BOX_EDGE.match(raw) or _SITTING.fullmatch(text):
            return None, None, None
        part = _PART.fullmatch(text)
        said = status(part["words"] + " Sitzung", v) if part else None  # the part read as the sitting
        if said is not None and said[1] is not None:
            public = said[1]
        elif _ITEM.match(text):
            purpose = _REMARK.sub("", rest[i + 1].strip(_EDGES)) if i + 1 < len(rest) else ""
            said = status(purpose, v) if purpose and not _ITEM.match(purpose) else None
            return public, said[0] if said else None, i
    return None, None, None
