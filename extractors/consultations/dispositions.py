"""consultation dispositions: a Verfügung's numbered orders after the signature, the administration's
routing of the paper, its meetings as dative phrases among items that are none (method ``disposition``):

    Verfügung
    1.  Vorlage im Sitzungsdienst erfasst am 16.04.2027
    2.  Mitzeichnung Dezernat I / Kämmerei – erfolgt am 15.04.2027 (Hz. Kl.)
    3.  Dem Ausschuss für Soziales, Gesundheit und Integration zur Vorberatung,
        öffentliche Sitzung am 12.05.2027
    4.  Dem Kreistag zur Beschlussfassung, öffentliche Sitzung am 16.06.2027
    5.  Wv. 01.07.2027

An order is a meeting where it opens (after its number) with the dative article, names a body by its head
word, its purpose after "zur"/"zum" and, after a comma, the sitting ("öffentliche Sitzung", "nichtöffentliche
Sitzung", or none) with "am" and the day ending the order; its lines wrapped under it are read with it. A
registration, a co-signature, a copy ("Abdruck an:"), a resubmission ("Wv.") and "z. d. A." are none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de.dates import WEEKDAY, find_dates
from pipeline.records import Consultation
from pipeline.structure import View

from .flat import namelike
from .vocab import Vocab, clean_body, consultation, headed, status

_NUMBERED = re.compile(r"[ \t]*\(?\d{1,2}[.)][ \t]+")  # an order's number: "3.", "(3)", "3)"
# the dative article, the body, the purpose after "zur"/"zum", then the sitting and its day after a comma
_ORDER = re.compile(
    r"(?:Dem|Der)[ ]+(?P<body>[^,]+(?:,[^,]+?)*?)[ ]+zu[rm][ ]+(?P<role>[^,]+?),[ ]+"
    rf"(?:(?P<status>\S+)[ ]+Sitzung[ ]+)?am[ ]+(?:{WEEKDAY},?[ ]+)?(?P<date>[^,;]+?)[ .]*"
)
_NAME_WORDS = 12
_CUT = re.compile(r"(?:,|\bam)[ \t]*$")  # an order's line cut before its sitting or its day


def from_dispositions(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of a Verfügung's numbered orders (see the module's docstring)."""
    lines = sv.lines
    for k, line in enumerate(lines):
        m = _NUMBERED.match(line.text)
        if m is None:
            continue
        end, indent = line.end, m.end()
        for nxt in lines[k + 1 :]:  # the order's lines wrapped under its text
            if not nxt.text.strip() and doc.text[nxt.start : nxt.start + 1] == "\f":
                continue  # the empty line the view sets for a page break
            lead = len(nxt.text) - len(nxt.text.lstrip())
            cut = _CUT.search(doc.text[line.start : end]) is not None  # an export wraps at the margin: "…," / "… am"
            if not nxt.text.strip() or (lead < indent - 1 and not cut) or _NUMBERED.match(nxt.text):
                break
            end = nxt.end
        rec = _read(doc, v, line.start + m.end(), end)
        if rec is not None:
            yield rec


def _read(doc: Document, v: Vocab, start: int, end: int) -> Consultation | None:
    joined = " ".join(doc.text[start:end].split())
    m = _ORDER.fullmatch(joined)
    if m is None:
        return None
    dates = find_dates(m["date"], months=True)
    said, body = status(m["role"], v), clean_body(m["body"])
    public = status(m["status"], v) if m["status"] else None
    if not dates or dates[0].precision != "day" or m["date"][dates[0].end :].strip() or said is None:
        return None
    if len(body.split()) > _NAME_WORDS or not headed(body, v) or not namelike(body):
        return None
    return consultation(
        body,
        v,
        span=doc.span(start, end),
        meeting_date=dates[0].iso,
        role=said[0],
        public=public[1] if public else None,
        method="disposition",
    )
