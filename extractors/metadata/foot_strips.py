"""A paper's number and date printed only in a strip of fields at the foot of a page, the fields parted
by middle dots, as a council's system prints its foot block ("Vorlage 2027/0193/1 · Beschlussvorlage ·
öffentlich · erstellt am 19.05.2027", "Vorlage 1/088/2027 · Fachbereich 1 – Soziales · Bearb.: Frau X ·
erstellt 05.05.2027 · Seite 1 von 3"): the number after a number label opening the strip, the date of
a field that names the paper's making ("erstellt am", "Datum"); a strip wrapped onto the next line is
read over both. Read only where the head gives neither,
and only from the first such strip: a running head naming the number again ("Stadt X – Vorlage …
Seite 2 von 3") has no dots and is no strip; a dotted line of prose or an address ("Rathausplatz 1 ·
12345 Ort") opens with no number label.
"""

from __future__ import annotations

import re

from extractors.resources.typed import Metadata as MetadataFile
from pipeline.lang.de.dates import find_dates
from pipeline.structure import Line

from .identity import Found, id_at, number_patterns

_DOT = re.compile(r"[ \t]+·[ \t]+")  # a field's end: a middle dot between spaces
MIN_FIELDS = 3  # a strip holds three fields at least; two dotted values are a line's pair ("Tel. … · Fax …")
# a field naming the paper's making before its date: "erstellt am 19.05.2027", "Datum: 05.05.2027"
_MADE = re.compile(r"(?i:erstellt(?:[ \t]+am)?|datum)[ \t]*:?[ \t]*(?=\d)")


def foot_strip(text: str, lines: list[Line], conf: MetadataFile) -> tuple[Found | None, Found | None]:
    """(number, date) of the first strip of dotted fields opening with a number label and its number;
    (None, None) where no line is such a strip."""
    for n, line in enumerate(lines):
        dots = list(_DOT.finditer(text, line.start, line.end))
        number = _number(text, line.start, dots[0].start(), conf) if dots else None
        if number is None:
            continue
        end = line.end
        if n + 1 < len(lines) and _DOT.search(text, lines[n + 1].start, lines[n + 1].end):
            end = lines[n + 1].end  # the strip wrapped onto the next line, as a page narrower than it sets it
            dots = list(_DOT.finditer(text, line.start, end))
        if len(dots) < MIN_FIELDS - 1:
            continue
        ends = [d.start() for d in dots] + [end]
        starts = [line.start] + [d.end() for d in dots]
        return number, next((d for a, b in zip(starts, ends) if (d := _made(text, a, b)) is not None), None)
    return None, None


def _number(text: str, start: int, end: int, conf: MetadataFile) -> Found | None:
    """The number of a strip's first field, its label before it ("Vorlage 2027/0193/1"): the whole field."""
    at = len(text[start:end]) - len(text[start:end].lstrip())
    for label, structured in number_patterns(conf):
        m = label.match(text, start + at, end)
        if m is None:
            continue
        got = id_at(text, m.end(), end, structured=structured)
        if got is not None and not text[got[2] : end].strip():
            return Found(got[0], got[1], got[2], "foot_strip")
    return None


def _made(text: str, start: int, end: int) -> Found | None:
    """The date of a field that names the paper's making and holds nothing after its date."""
    field = text[start:end]
    lead = _MADE.match(field.lstrip())
    if lead is None:
        return None
    dates = find_dates(text, start, end)
    if len(dates) != 1 or text[dates[0].end : end].strip():
        return None
    return Found(dates[0].iso, dates[0].start, dates[0].end, "foot_strip")
