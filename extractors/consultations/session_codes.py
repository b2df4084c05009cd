"""A Beratungsfolge whose sitting column gives each meeting's code, not its date ("Gremium / Sitzung / TOP /
Beratungsziel" over "Haupt- und Finanzausschuss   HFA/06/2027   N 6   Vorberatung"), the dates standing in a
calendar of sittings elsewhere in the paper ("Sitzungskalender 2027 – Auszug": "HFA/06/2027   Haupt- und
Finanzausschuss   Di   08.06.2027   17:00   Rathaus"). An undated row takes the date of the other lines that
name its code, where each such line gives one date and all give the same; a code named nowhere else, or on
lines of different dates, leaves the row undated. Where a PDF's text layer closes up the gaps between the cells,
the rows are read by the types of their words: there a code the calendar dates is typed as that date
(:func:`with_session_dates`), and the row is read as a dated one."""

from __future__ import annotations

import dataclasses
import functools
import re

from pipeline.records import Consultation
from pipeline.structure.tokens import DateFinder

from .vocab import Vocab, date_cells


def with_session_dates(v: Vocab, text: str) -> Vocab:
    """The vocabulary with each sitting's code that the paper's calendar of sittings dates typed as its date; the
    vocabulary as it is where no code is so dated."""
    days = _calendar(text, v)
    if v.session_code is None or not days:
        return v
    finder = functools.partial(_coded, inner=v.tokens.dates, code=v.session_code, days=tuple(sorted(days.items())))
    return dataclasses.replace(v, tokens=dataclasses.replace(v.tokens, dates=finder))


def _calendar(text: str, v: Vocab) -> dict[str, str]:
    """The date of each code named on a line without a date that the lines naming it with a date give, one date a
    line and the same on each."""
    if v.session_code is None:
        return {}
    days: dict[str, set[str]] = {}
    undated: set[str] = set()  # codes on a line without a date: a row the calendar dates
    for m in v.session_code.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end()) % (len(text) + 1)
        on_line = {iso for _, _, iso in date_cells(text, start, end)}
        if not on_line:
            undated.add(m.group())
        else:
            days.setdefault(m.group(), set()).update(on_line if len(on_line) == 1 else {"", *on_line})
    return {code: found.pop() for code, found in days.items() if len(found) == 1 and code in undated}


def _coded(
    text: str, start: int, end: int, inner: DateFinder, code: re.Pattern[str], days: tuple[tuple[str, str], ...]
) -> list[tuple[int, int, str]]:
    """The dates of a table's cells, and the codes of the sittings the calendar dates."""
    found = inner(text, start, end)
    dated = dict(days)
    for m in code.finditer(text, start, end):
        iso = dated.get(m.group())
        if iso is not None and not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), iso))
    return sorted(found)


def dated_by_code(found: list[Consultation], text: str, v: Vocab) -> list[Consultation]:
    """The records, an undated row's date read off the lines elsewhere that name its sitting's code."""
    return [_dated(r, text, v) if r.meeting_date is None else r for r in found]


def _dated(rec: Consultation, text: str, v: Vocab) -> Consultation:
    if v.session_code is None:
        return rec
    first = text[rec.span.start : text.find("\n", rec.span.start) % (len(text) + 1)]
    codes = {m.group() for m in v.session_code.finditer(first)}
    if len(codes) != 1:
        return rec
    (code,) = codes
    dates: set[str] = set()
    for m in v.session_code.finditer(text):
        if m.group() != code or rec.span.start <= m.start() < rec.span.end:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end()) % (len(text) + 1)
        on_line = {iso for _, _, iso in date_cells(text, start, end)}
        if len(on_line) != 1:
            return rec  # a line naming the code with no date or several: no calendar's
        dates |= on_line
    return dataclasses.replace(rec, meeting_date=dates.pop()) if len(dates) == 1 else rec
