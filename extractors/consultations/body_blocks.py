"""consultation body blocks: a Beratungsfolge as blocks of lines, the body's name alone on the first (its
count before it), the meeting's date opening the next (its weekday before it, its time and place after it),
and maybe a line of its session status and role after it, parted by spaced dashes (method ``body_block``):

      1  Kreisseniorenbeirat
         Mittwoch, 1. September 2027, 10:00 Uhr, Kreishaus Heide, Raum 1.12
         öffentlich – Kenntnisnahme und Stellungnahme

      2  Hauptausschuss
         Mittwoch, 22. September 2027, 17:00 Uhr, Kreishaus Heide, Sitzungssaal
         nichtöffentlich – Vorberatung

The date line's rest after the date is parted from it by a comma (the time, the place); a date alone on its
line, without its weekday or a rest, is a calendar's. Every part of the
status line is a status or role word or a phrase of a role the vocabulary knows ("Kenntnisnahme und
Stellungnahme" reads as its first role); a line that is not one is the next block's or the prose's. Read where
two or more blocks follow one another and every body names a body by its head word and reads as a name: a
list of names with dates below it in prose ("Der Sozialausschuss" / "hat am 5. Mai 2027 ...") is none.
Blank lines between the lines part nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de.dates import WEEKDAY, find_dates
from pipeline.records import Consultation
from pipeline.structure import Line, View

from .date_blocks import block_runs
from .flat import namelike
from .forms import led
from .vocab import Vocab, clean_body, consultation, headed, status

_NAME_WORDS = 12
_COUNT = re.compile(r"[ \t]*(?:\d{1,2}[.)]?[ \t]+)?")  # the block's count before the name
_WEEKDAY = re.compile(r"[ \t]*(?:" + WEEKDAY + r",?[ \t]+)?")
_AFTER_DATE = re.compile(r"[ \t]*(?:,.*)?$")  # the time and the place after a comma, or nothing
_DASH = re.compile(r"[ \t]+[–—-][ \t]+")


def from_body_blocks(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of a run of two or more body blocks (see the module's docstring)."""
    yield from block_runs(sv, lambda lines, k: _block(doc, v, lines[k : k + 3]))


def _block(doc: Document, v: Vocab, lines: list[Line]) -> tuple[Consultation, int] | None:
    """The meeting of a block at the first of ``lines`` and how many lines it takes, else None (the date's
    line is looked at first: few lines open with a date)."""
    name, when = lines[0], lines[1]
    day = _WEEKDAY.match(when.text)
    assert day is not None
    if not doc.text[when.start + day.end() : when.start + day.end() + 1].isdecimal():
        return None  # every date opens with its day's digits: a line without one there opens with none
    dates = find_dates(doc.text, when.start + day.end(), when.end, months=False)
    if (
        not dates
        or dates[0].start != when.start + day.end()
        or not _AFTER_DATE.fullmatch(doc.text, dates[0].end, when.end)
    ):
        return None
    if not day.group().strip() and dates[0].end == when.start + len(when.text.rstrip()):
        return None  # a date alone on its line: a calendar's ("Werkausschuss" / "14.01.2026"), no meeting's line
    count = _COUNT.match(name.text)
    assert count is not None
    body = clean_body(name.text[count.end() :])
    if not body or len(body.split()) > _NAME_WORDS or find_dates(body) or not headed(body, v):
        return None
    if not namelike(body) or led(body, v):
        return None
    said = _said(lines[2].text, v) if len(lines) > 2 else None
    rec = consultation(
        body,
        v,
        span=doc.span(name.start + count.end(), (lines[2] if said else when).end),
        meeting_date=dates[0].iso,
        role=said[0] if said else None,
        public=said[1] if said else None,
        method="body_block",
    )
    return rec, 3 if said else 2


def _said(text: str, v: Vocab) -> tuple[str | None, bool | None] | None:
    """The role and the status of a block's status line, or None where it is no such line."""
    said = [status(p, v) for p in _DASH.split(text.strip())]
    if not said or any(s is None for s in said):
        return None
    role = next((s[0] for s in said if s is not None and s[0] is not None), None)
    public = next((s[1] for s in said if s is not None and s[1] is not None), None)
    return role, public
