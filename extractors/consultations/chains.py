"""consultation chains: the Beratungsfolge written as a path of steps joined by arrows, each a body
with its date in brackets (maybe after its weekday) and maybe its status and role after the date:

    Ausschuss für Soziales (08.04.2025) → Kreisausschuss (23.04.2025,
    nichtöffentlich) → Kreistag (14.05.2025, Beschluss)

The path may wrap over lines, each step maybe on a line of its own that opens with the arrow
("Ortschaftsrat Hirschfelde (Mo 03.05.2027, ö, Anhörung)" / "   → Stadtrat (Do 27.05.2027, ö, Beschluss)"),
open after a label ("Beratungsweg: …") and run on in a text whose lines were flattened into one; the first
step's body stands on its line after a label's colon, the others between the arrows. Every step must read so,
two steps at least, or none is taken."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.lang.de.dates import WEEKDAY, find_dates
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGES_CHARS, View

from .vocab import Vocab, consultation, has_head, status

_ARROW = re.compile(r"[ \t]*(?:" + markers.charset(markers.STEP_ARROWS) + r"|-+>|=>)[ \t\n]*")
# the date maybe after its weekday ("(Mo 03.05.2027, ö, Anhörung)")
_DATED = (
    r"\(\s*(?:"
    + WEEKDAY
    + r",?[ \t]+)?(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2}))\s*(?:,\s*(?P<rest>[^()]*?))?\s*\)"
)
_FIRST = re.compile(r"(?P<body>[A-ZÄÖÜ][^()\n:;→]*?)\s*" + _DATED + r"[ \t]*$")  # ends before the first arrow
_NEXT = re.compile(r"\s*(?P<body>[A-ZÄÖÜ][^()]*?)\s*" + _DATED)  # opens after an arrow
_MAX_BODY_WORDS = 10
_ARROW_SIGNS = (*markers.STEP_ARROWS, ">")  # one of them stands in every arrow


def from_chains(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The steps of each path of arrows in the first pages (see the module's docstring)."""
    text = sv.text
    limit = min(len(text), FIRST_PAGES_CHARS)
    if all(text.find(sign, 0, limit) < 0 for sign in _ARROW_SIGNS):
        return  # no arrow (most papers): the arrows' pattern would try every space of the pages
    arrows = list(_ARROW.finditer(text, 0, limit))
    k = 0
    while k < len(arrows):
        start = text.rfind("\n", 0, arrows[k].start()) + 1
        if start and not text[start : arrows[k].start()].strip():  # the arrow opens its line: the step is above
            start = text.rfind("\n", 0, start - 1) + 1
        start = max(start, arrows[k - 1].end() if k else 0)
        first = _FIRST.search(text, start, arrows[k].start())
        if first is None:
            k += 1
            continue
        steps, at = [first], arrows[k].end()
        while True:
            m = _NEXT.match(text, at)
            if m is None:
                break
            steps.append(m)
            k += 1
            if k < len(arrows) and not text[m.end() : arrows[k].start()].strip():
                at = arrows[k].end()
                continue
            break
        k += 1
        found = [_consultation(doc, v, s) for s in steps]
        if len(found) >= 2 and all(found):
            yield from (c for c in found if c is not None)


def _consultation(doc: Document, v: Vocab, m: re.Match[str]) -> Consultation | None:
    body = " ".join(m["body"].split())
    dates = find_dates(m["date"])
    read = status(m["rest"], v) if m["rest"] else (None, None)
    if not dates or read is None or not has_head(body, v) or len(body.split()) > _MAX_BODY_WORDS:
        return None
    return consultation(
        body,
        v,
        span=doc.span(m.start("body"), m.end()),
        meeting_date=dates[0].iso,
        role=read[0],
        public=read[1],
        method="chain",
    )
