"""The head of a paper printed for one sitting: the sitting it is for, labels at the left and values after a gap,
maybe inside a drawn box, as the Bavarian councils' systems print each body's part of a paper ("Nr. 2027/0086/3"):

    │ für die Sitzung des   Kreistages                                          │
    │ am                    Montag, 07.06.2027, 14:00 Uhr          TOP   Ö 9    │
    │ Sitzungsart           öffentlich                                          │
    │ Art der Behandlung    Beschlussfassung                                    │

One meeting: the body after "Sitzung des" (or "der") in the nominative, the date after "am" on the next line, the
status after "Sitzungsart" or in the TOP's letter, the role after "Art der Behandlung". Read in the paper's first
page only and only where the lines follow one another so: a sentence "in der Sitzung des Kreistages am 07.06.2027"
is none. Where a PDF's text layer closed the gaps to one space, the labels of status or role under the date's must
stand there too."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de.dates import find_dates
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGE_CHARS, View

from .vocab import Vocab, clean_body, consultation, has_head, nominative, status

_EDGE = r"[ \t]*(?:[│┃║|][ \t]*)?"  # a drawn box's side before a label or after a value
_GAP = r"(?P<gap>[ \t]+)"  # a label's gap before its value (one space where a PDF's text layer closed it)
_SITTING = re.compile(rf"{_EDGE}(?:[Ff]ür[ \t]+die[ \t]+)?Sitzung[ \t]+(?:des|der){_GAP}(?P<value>[^\s│┃║|][^│┃║|\n]*)")
_DAY = re.compile(rf"{_EDGE}am{_GAP}(?P<value>[^\s│┃║|][^│┃║|\n]*)")
_LABEL = re.compile(
    rf"{_EDGE}(?P<label>Sitzungsart|Art[ \t]+der[ \t]+Behandlung|Behandlungsart){_GAP}(?P<value>[^\s│┃║|][^│┃║|\n]*)"
)
_TOP = re.compile(r"\bTOP[ \t]+(?P<mark>[ÖN])[ \t]*\d")
_MAX_LABELS = 3  # the lines of labels under the date's


def from_session_heads(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meeting a paper's head names as the sitting it is for (see the module)."""
    lines = [ln for ln in sv.lines_in(0, min(len(doc.text), FIRST_PAGE_CHARS)) if ln.text.strip()]
    for k, line in enumerate(lines[:-1]):
        sitting = _SITTING.match(line.text)
        day = _DAY.match(lines[k + 1].text) if sitting else None
        if sitting is None or day is None:
            continue
        body = nominative(clean_body(sitting["value"].strip()), v)
        dates = find_dates(day["value"])
        if not dates or not has_head(body, v):
            continue
        top = _TOP.search(day["value"])
        public, role, end, labelled = (top["mark"] == "Ö") if top else None, None, lines[k + 1].end, 0
        for under in lines[k + 2 : k + 2 + _MAX_LABELS]:
            label = _LABEL.match(under.text)
            said = status(label["value"].strip(), v) if label else None
            if label is None or said is None:
                break
            role, public = said[0] or role, public if said[1] is None else said[1]
            end, labelled = under.end, labelled + 1
        if not labelled and len(sitting["gap"]) < 2:
            continue  # labels one space from their values: a form only with its labels of status or role under them
        yield consultation(
            body,
            v,
            span=doc.span(line.start + sitting.start("value"), end),
            meeting_date=dates[0].iso,
            role=role,
            public=public,
            method="key_value",
        )
        return
