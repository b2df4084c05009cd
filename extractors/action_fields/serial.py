"""Fields as a series of lines each opened by one noun and its number, after a lead-in::

    Das Leitbild wird in vier Modulen erarbeitet, die zugleich seine Handlungsfelder sind:

    Modul 1 – Ankommen und Wohnen
        Standards für die Unterbringung in allen Gemeinden.
    Modul 2 – Sprache und Schule
    Modul 3: Arbeit im Handwerk

The lines share the noun and count 1, 2, 3 … in order, the number followed by a dash, a colon
or a full stop and the field's name; lines between two of them (indented or not: an export
loses the indent) are the description of the one before, and the series ends where its next
number does not come within a few lines. A noun that names a part of the concept ("Ziel 1 –",
"Maßnahme 2:") makes no series of fields.
"""

from __future__ import annotations

import re

from pipeline.lang.de import markers

from .items import item_candidates
from .text import Candidate, FieldText
from .vocab import is_structure

_SERIAL = re.compile(
    r"\f?[ \t]*(?P<noun>[A-ZÄÖÜ][a-zäöüß]{2,})[ \t]+(?P<n>\d{1,2})[ \t]*(?:["
    + markers.escaped(markers.DASHES + markers.EM_DASH)
    + r"]|[:.](?!\d))[ \t]+(?=\S)"
)
_REACH = 5  # lines of description at most between two lines of the series


def serial_lines(ft: FieldText, first: int) -> list[Candidate]:
    """The names of the series of lines opening at line ``first`` ("Modul 1 – Ankommen" …), or
    nothing unless that line opens one with the number 1 and a second line follows it."""
    rows = ft.rows
    m = _SERIAL.match(rows[first].text)
    if m is None or m.group("n") != "1" or is_structure(m.group("noun"), ft.vocab):
        return []
    noun = m.group("noun")
    spans = [(rows[first].start + m.end(), rows[first].end)]
    k = first
    while True:
        nxt = _next_in_series(ft, k, noun, len(spans) + 1)
        if nxt is None:
            break
        k, at = nxt
        spans.append((rows[k].start + at, rows[k].end))
    if len(spans) < 2:
        return []
    found = item_candidates(ft, spans)
    return found if len(found) == len(spans) else []


def _next_in_series(ft: FieldText, row: int, noun: str, number: int) -> tuple[int, int] | None:
    """(line, where its name starts) of the line numbered ``number`` after ``row`` within the
    reach of a description; None when a line of the series numbered otherwise, or none, comes."""
    for k in range(row + 1, min(len(ft.rows), row + 2 + _REACH)):
        m = _SERIAL.match(ft.rows[k].text)
        if m is None or m.group("noun") != noun:
            continue
        return (k, m.end()) if int(m.group("n")) == number else None
    return None
