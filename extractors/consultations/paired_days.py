"""Two bodies of one kind in one row of a Beratungsfolge, their two days in one date: the bodies named after their
head word in the plural and joined by "und", the days before one month and year, one for each body in turn:

    Ortsbeiräte Altstadt und            Mo/Mi,            Anhörung    ö
    Hafen                               10./12.05.2027

is "Ortsbeirat Altstadt" on 10.05.2027 and "Ortsbeirat Hafen" on 12.05.2027, both with the row's role and status.
A name wrapped after its "und", its date's cell wrapped after the weekdays, reads as two records, the first without
a date; they are one row. Two days in a row of one body ("03./04.06.2030") stay a meeting over days.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.lang.de.dates import WEEKDAY, calendar_date
from pipeline.records import Consultation

from .plurals import singular
from .vocab import Vocab, has_head, renamed

# "10./12.05.2027": two days before one month and year
_TWO_DAYS = re.compile(r"(?<![\d.])(\d{1,2})\.[ \t]?/[ \t]?(\d{1,2})\.[ \t]?(\d{1,2})\.[ \t]?((?:19|20)\d{2})(?!\d)")
# "Ortsbeiräte Altstadt und Hafen": the head word in the plural, two names joined by "und"
# a name's line ending in "und", maybe the weekdays of the two days after it: " und", " und Di/Do,"
_OPEN_AND = re.compile(rf"[ \t]und(?P<days>[ \t]+{WEEKDAY}(?:/{WEEKDAY})+,?)?$")
_TWO_NAMES = re.compile(r"(?P<head>[A-ZÄÖÜ]\w+)[ \t]+(?P<a>\S.*?)[ \t]+und[ \t]+(?P<b>\S.*)")


def paired_days(found: list[Consultation], text: str, v: Vocab) -> list[Consultation]:
    """The records with each row of two bodies and two days read as a record per body (``found`` in text order)."""
    out: list[Consultation] = []
    k = 0
    while k < len(found):
        rec, nxt = found[k], found[k + 1] if k + 1 < len(found) else None
        joined = _joined(rec, nxt, text, v) if nxt is not None else None
        split = _split(joined or rec, text, v)
        out.extend(split or [rec])
        k += 2 if split and joined else 1
    return out


def _joined(rec: Consultation, nxt: Consultation, text: str, v: Vocab) -> Consultation | None:
    """A name's first line ending in "und" without a date and its rest with the date on the next line, as one; the
    weekdays of the date's first line, run into the name where single spaces part the cells ("Ortsräte Nord und
    Di/Do,"), are no words of it."""
    end = _OPEN_AND.search(rec.body)
    if rec.meeting_date is not None or nxt.meeting_date is None or end is None:
        return None
    if has_head(nxt.body, v) or text.count("\n", rec.span.start, nxt.span.start) != 1:
        return None
    first = rec.body[: end.start("days")] if end["days"] else rec.body
    span = dataclasses.replace(rec.span, end=nxt.span.end, snippet=text[rec.span.start : nxt.span.end])
    return dataclasses.replace(rec, span=span, body=f"{first} {nxt.body}", meeting_date=nxt.meeting_date)


def _split(rec: Consultation, text: str, v: Vocab) -> list[Consultation] | None:
    names = _TWO_NAMES.fullmatch(rec.body)
    head = singular(names["head"], v) if names is not None else None
    days = _TWO_DAYS.findall(text, rec.span.start, rec.span.end)
    if names is None or head is None or len(days) != 1:
        return None
    first, second, month, year = days[0]
    dates = [calendar_date(f"{day}.{month}.{year}") for day in (first, second)]
    if None in dates or int(first) >= int(second) or has_head(names["a"], v) or has_head(names["b"], v):
        return None
    out = []
    for name, iso in zip((names["a"], names["b"]), dates, strict=True):
        body = f"{head} {name}"
        out.append(dataclasses.replace(renamed(rec, body, v), meeting_date=iso))
    return out
