"""A row of a Beratungsfolge broken before its date: a numbered line set narrower than it was
written ends in the filler word before the date and the date stands at the next line's start
("1) Sozialausschuss – nö – Vorberatung am" / "08.06.2027"). The two lines are one row.
"""

from __future__ import annotations

import re

from pipeline.lang.de.closed_class import FILLER_WORDS, either
from pipeline.lang.de.dates import WEEKDAY, find_dates
from pipeline.structure import Line

# a numbered row ending in a filler word that stands before a date ("1) … Vorberatung am"); "Uhr" ends
# a time; a column word over a column of dates ("Sitzung am" / "01.01.2008") is no row
_BEFORE_DATE = re.compile(
    r"[ \t]*\(?\d{1,2}[.)][ \t].*\s(?:" + either(tuple(w for w in FILLER_WORDS if w != "Uhr")) + r")[ \t]*$"
)

_NUMBERED = re.compile(r"[ \t]*\(?\d{1,2}[.)][ \t]")  # a numbered row's line: "(3) Haupt- und …", "1) Rat …"
# a date's weekday in brackets alone on its line, the date's cell wrapped after the date ("(Do),")
_WEEKDAY_REST = re.compile(r"[ \t]*\([ \t]*" + WEEKDAY + r"[ \t]*\)[ \t]*[,;]?[ \t]*")


def dates_joined(lines: list[Line]) -> list[Line]:
    """The lines with each numbered line ending in a filler word before a date joined to the next line where
    that opens with the date (the line break read as a space, so the offsets hold).

    >>> rows = [Line(0, 22, "1) Rat – ö – Beschluss am"), Line(23, 33, "08.06.2027"), Line(34, 38, "Text")]
    >>> [ln.text for ln in dates_joined(rows)]
    ['1) Rat – ö – Beschluss am 08.06.2027', 'Text']
    >>> [ln.text for ln in dates_joined([Line(0, 10, "Sitzung am"), Line(11, 21, "01.01.2008")])]
    ['Sitzung am', '01.01.2008']

    A numbered line ending in its date joins the next where that holds the date's weekday in brackets alone
    ("(3) Haupt- und Sicherheitsausschuss …… am 23.09.2027" / "(Do),"):

    >>> [ln.text for ln in dates_joined([Line(0, 24, "(3) Rat am 23.09.2027"), Line(25, 30, "(Do),")])]
    ['(3) Rat am 23.09.2027 (Do),']
    """
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if last is not None and (
            (_BEFORE_DATE.match(last.text) and _opens_with_date(line.text))
            or (_NUMBERED.match(last.text) and _ends_with_date(last.text) and _WEEKDAY_REST.fullmatch(line.text))
        ):
            gap = line.start - last.end
            out[-1] = Line(last.start, line.end, last.text + " " * gap + line.text)
        else:
            out.append(line)
    return out


def _opens_with_date(text: str) -> bool:
    found = find_dates(text)
    return bool(found) and not text[: found[0].start].strip()


def _ends_with_date(text: str) -> bool:
    found = find_dates(text)
    return bool(found) and not text[found[-1].end :].strip()


def broken_before_date(text: str) -> bool:
    """Whether a line is a numbered row broken before its date: it ends in the filler word before the
    date ("(1) Ausschuss für Digitalisierung …… am"), no body's line of its own."""
    return _BEFORE_DATE.match(text) is not None
