"""consultation dotted runs: a group row's bodies and their days run on in an indented line under it.

A Beratungsfolge may give one row to bodies of one kind, its head word in the plural and no date of its own, and
resolve it in a line indented under it, each body's name and its meeting's day set one after another and parted by
middle dots, the line wrapped as it runs:

    Ortsräte (Anhörung nach dem KSVG,             je eigene     Anhörung     ö
    in vier Gemeindebezirken)                     Sitzung 2027
        Ortsrat Nordheim 03.05. · Ortsrat Kaltental 04.05. · Ortsrat Weiler
        05.05. · Ortsrat Buchholz 10.05.

Each item is a meeting of the group row's role and status: the body its name (a place's name alone after the
group's word in the singular: "Ortsrat" and the place), the date its day, the year where the day gives none the one
the group row's lines write (none where they write two or none). Read only where the group row has no date, its
first word is a body's head word in the plural, and the run holds two items or more, every one a name and a day;
else nothing.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.document import Span
from pipeline.lang.de import markers
from pipeline.records import Consultation

from .vocab import Vocab, has_head, headed, renamed

_ITEM = re.compile(
    r"\s*(?P<name>[A-ZÄÖÜ][^\d" + markers.MIDDLE_DOT + r"]{1,60}?)\s+(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})?\s*"
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_LINES = 6  # the run's lines, at most
_ROW = 400  # the group row's lines, at most (a wrapped name's two or three)


def dotted_run(rec: Consultation, head: str | None, text: str, v: Vocab) -> list[Consultation] | None:
    """The meetings of the run under the group row ``rec`` whose first word is ``head``'s plural (see the
    module's docstring), or None."""
    if head is None or rec.meeting_date is not None:
        return None
    start = text.rfind("\n", 0, rec.span.start) + 1
    end = _line_end(text, rec.span.end)
    margin = margin_at(text, start)
    parts: list[tuple[int, int]] = []  # the run's lines
    at = end + 1
    while at < len(text) and len(parts) < _LINES:
        stop = _line_end(text, at)
        line = text[at:stop]
        if not parts and margin_at(text, at) == margin and end - start < _ROW and markers.MIDDLE_DOT not in line:
            end, at = stop, stop + 1  # the group row's name wrapped onto its next line
            continue
        if not line.strip() or margin_at(text, at) <= margin:
            break
        parts.append((at, stop))
        at = stop + 1
    if not parts:
        return None
    joined = " ".join(text[a:b].strip() for a, b in parts)
    if markers.MIDDLE_DOT not in joined:
        return None
    items = [_ITEM.fullmatch(x) for x in joined.strip(" " + markers.MIDDLE_DOT).split(markers.MIDDLE_DOT)]
    if len(items) < 2 or any(m is None for m in items):
        return None
    year = _YEAR.findall(text[start:end])
    out = []
    cursor = parts[0][0]
    for m in items:
        assert m is not None
        name = " ".join(m["name"].split())
        y = m["y"] or (year[-1] if len(year) == 1 else None)
        if y is None:
            return None
        first = text.find(name.split()[0], cursor)
        last = text.find(f"{m['d']}.{m['m']}.", first) + len(m["d"]) + len(m["m"]) + 2
        cursor = last
        span = Span(first, last, rec.span.page, text[first:last])
        body = name if headed(name, v) or has_head(name, v) else f"{head} {name}"
        date = f"{y}-{int(m['m']):02d}-{int(m['d']):02d}"
        out.append(dataclasses.replace(renamed(rec, body, v), span=span, meeting_date=date))
    return out


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def margin_at(text: str, at: int) -> int:
    """The spaces before the first word of the line that holds ``at``."""
    start = text.rfind("\n", 0, at) + 1
    line = text[start : _line_end(text, start)]
    return len(line) - len(line.lstrip(" \t"))
