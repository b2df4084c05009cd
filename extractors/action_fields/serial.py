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

Fields with their points numbered under them (``pointed_fields``)::

    1.  Sprache und Schule
        1.1  Lesepaten in den Grundschulen
    2.  Arbeit im Handwerk
        2.1  Praktikumsbörse

The field lines carry their number or not (an export sets "1." on a line of its own and drops
the others), the points "N.M" under the N-th field line count from 1; every field has its points,
and a line after the last points that is none ends the list.
"""

from __future__ import annotations

import re

from pipeline.lang.de import markers

from .items import BARE_NUMBER, item_candidates, marker_ordinal
from .text import Candidate, FieldText
from .vocab import is_structure

_SERIAL = re.compile(
    r"\f?[ \t]*(?P<noun>[A-ZÄÖÜ][a-zäöüß]{2,}|[A-ZÄÖÜ]{2,5})[ \t]+(?P<n>\d{1,2})[ \t]*(?:["
    + markers.escaped(markers.DASHES + markers.EM_DASH + markers.MIDDLE_DOT)
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


_POINT = re.compile(r"\f?[ \t]*(\d{1,2})\.(\d{1,2})\.?[ \t]+\S")
_TOP = re.compile(r"\f?[ \t]*(?:(\d{1,2})\.?[ \t]+)?(?=[A-ZÄÖÜ])")


def pointed_fields(ft: FieldText, first: int) -> list[Candidate]:
    """The field lines of a list whose fields have their points "N.M" under them, from line
    ``first``; nothing unless two fields at least each have points in order."""
    rows = ft.rows
    spans: list[tuple[int, int]] = []
    points: list[int] = []  # the last point's number under each field
    k = first
    while k < len(rows):
        text = rows[k].text
        bare = BARE_NUMBER.fullmatch(text)
        if ft.blank(k) or bare and (not spans or int(bare.group(1)) == len(spans) and not points[-1]):
            k += 1  # an export's blank line, or a field's number it set apart (above or below its name)
            continue
        p = _POINT.match(text)
        if p:
            if not spans or int(p.group(1)) != len(spans) or int(p.group(2)) != points[-1] + 1:
                return []
            points[-1] += 1
        elif spans and points[-1] and text.lstrip()[:1].islower():
            pass  # a point's wrapped rest ("Handwerkskam-" / "mer")
        elif spans and not points[-1]:
            break  # a line under a field without points: the list was none
        else:
            top = _TOP.match(text)
            if top is None or top.group(1) and int(top.group(1)) != len(spans) + 1 or text.rstrip().endswith("."):
                break
            spans.append((rows[k].start + top.end(), rows[k].end))
            points.append(0)
        k += 1
    while points and not points[-1]:
        spans.pop()  # a line after the last points
        points.pop()
    if len(spans) < 2:
        return []
    found = item_candidates(ft, spans)
    return found if len(found) == len(spans) else []


# a line of a series counted by its lead-in: the lead's noun again with its number (Arabic or
# Roman), then a dash, colon or full stop, or a gap (a column's, or a space where a PDF's text closed
# it: "SÄULE II    ARBEIT UND BERUF", "SÄULE II ARBEIT UND BERUF")
_COUNTED_LINE = re.compile(
    r"\f?[ \t]*(?P<noun>[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]{2,})[ \t]+(?P<n>\d{1,2}|"
    + markers.ROMAN
    + r")\.?(?:[ \t]*["
    + markers.escaped(markers.DASHES + markers.EM_DASH + markers.MIDDLE_DOT)
    + r":][ \t]+|[ \t]+)(?=[A-ZÄÖÜ„\"])"
)


def repeated_series(ft: FieldText, first: int, noun: str, count: int) -> list[Candidate]:
    """The names of a series of ``count`` lines from line ``first``, each opened by the lead-in's
    ``noun`` (any case, singular: "vier Säulen:" / "SÄULE I  SPRACHE" … "SÄULE IV  …") and its number
    counting from 1, lines of description between them; nothing unless the series is exactly as
    long as the lead-in counts."""
    stem = re.sub(r"(?:e|en|n|s)$", "", noun.casefold())
    spans: list[tuple[int, int]] = []
    k = first
    while k < len(ft.rows) and len(spans) <= count:
        m = _COUNTED_LINE.match(ft.rows[k].text)
        if m is not None and m.group("noun").casefold().startswith(stem):
            ordinal = marker_ordinal(m.group("n") + ".")
            if ordinal is None or ordinal[1] != len(spans) + 1:
                return []
            spans.append((ft.rows[k].start + m.end(), ft.rows[k].end))
        elif not spans or k - ft.row_at(spans[-1][0]) > _REACH + 1:
            break
        k += 1
    if len(spans) != count:
        return []
    found = item_candidates(ft, spans)
    return found if len(found) == count else []
