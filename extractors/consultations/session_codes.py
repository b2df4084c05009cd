"""A Beratungsfolge whose sitting column gives each meeting's code, not its date ("Gremium / Sitzung / TOP /
Beratungsziel" over "Haupt- und Finanzausschuss   HFA/06/2027   N 6   Vorberatung"), the dates standing in a
calendar of sittings elsewhere in the paper ("Sitzungskalender 2027 – Auszug": "HFA/06/2027   Haupt- und
Finanzausschuss   Di   08.06.2027   17:00   Rathaus"). An undated row takes the date of the other lines that
name its code, where each such line gives one date and all give the same; a code named nowhere else, or on
lines of different dates, leaves the row undated."""

from __future__ import annotations

import dataclasses

from pipeline.records import Consultation

from .vocab import Vocab, date_cells


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
