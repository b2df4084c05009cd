"""consultation calendar lists: a Beratungsfolge as an excerpt of the list view of a meeting calendar, each day a
heading with its weekday and date, each meeting under it a line opening with its time, and the paper's item under
the meeting that takes it up (method ``calendar.list``):

    Dienstag, 4. Mai 2027
      16:00  Migrationsbeirat · Kreishaus, Raum 305
             TOP Ö 5 Integrationsprogramm 2028–2032
             – Stellungnahme
      17:00  Umwelt- und Bauausschuss · Kreishaus, Sitzungssaal
    Mittwoch, 12. Mai 2027
      17:00  Ausschuss für Soziales, Gesundheit und
             Gleichstellung · Kreishaus, Sitzungssaal
             TOP N 7 Integrationsprogramm 2028–2032
             – Vorberatung

The body is the meeting line's text after the time up to a middle dot, a bullet or a spaced dash (the room after
it), its wrapped lines joined; the item's line gives the status by its letter ("TOP Ö 5": the public part, "TOP N
14": the non-public one), the role the words under it. A meeting without an item of the paper under it (the other
bodies' meetings of the day) is none. The list may stand in the right of two columns set side by side: it is read
from the day heading's column on, what stands left of it another column's. Read where two meetings or more with
the paper's item are found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.lang.de.dates import CLOCK, WEEKDAY
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGES_CHARS, View

from .flat import namelike
from .vocab import Vocab, clean_body, consultation, headed, status

# a day's heading: its weekday, then its date, alone from its column on ("Dienstag, 4. Mai 2027")
_DAY = re.compile(r"(?:^|(?<=[ \t]{2}))(?P<day>" + WEEKDAY + r",?[ \t]+\d{1,2}\.[^\n]*?\S)[ \t]*$", re.M)
_TIME = re.compile(r"[ \t]*" + CLOCK + r"(?:[ \t]+Uhr)?[ \t]{2,}(?P<name>\S[^\n]*)")
_ITEM = re.compile(r"[ \t]*TOP[ \t]+(?P<part>[ÖN])[ \t]*\d+(?:\.\d+)*\b(?P<rest>[^\n]*)")
_PLACE = re.compile(
    r"[ \t]+[" + markers.MIDDLE_DOT + markers.BULLET + r"|][ \t]|[ \t]+[–—][ \t]"
)  # what parts the name from the room
_MEETINGS = 2  # meetings with the paper's item, at least
_LINES = 60  # a day's lines at most


def from_calendar_lists(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of a calendar's list view (see the module's docstring)."""
    text = doc.text[:FIRST_PAGES_CHARS]
    found: list[Consultation] = []
    for m in _DAY.finditer(text):
        dates = v.tokens.dates(text, m.start("day"), m.end("day"))
        if len(dates) != 1 or dates[0][1] != m.end("day"):
            continue
        col = m.start("day") - (text.rfind("\n", 0, m.start()) + 1)
        found.extend(_day(doc, v, m.end(), col, dates[0][2]))
    if len(found) >= _MEETINGS:
        yield from found


def _day(doc: Document, v: Vocab, at: int, col: int, date: str) -> Iterator[Consultation]:
    """The meetings with the paper's item under a day's heading that ends at ``at``, its column ``col``."""
    lines = _segments(doc.text, at, col)
    k = 0
    while k < len(lines):
        start, seg = lines[k]
        m = _TIME.fullmatch(seg)
        k += 1
        if m is None:
            if seg.strip() and not seg[:1].isspace():
                return  # the list's end: a line at the heading's column that is no meeting's
            continue
        name = [m["name"]]
        indent = m.start("name")
        while k < len(lines) and not _PLACE.search(name[-1]) and _under(lines[k][1], indent):
            if _ITEM.match(lines[k][1]) or _TIME.fullmatch(lines[k][1]):
                break
            name.append(lines[k][1].strip())
            k += 1
        item, role = None, None
        end = start + len(seg)
        while k < len(lines) and _under(lines[k][1], indent) and not _TIME.fullmatch(lines[k][1]):
            if item is None and (item := _ITEM.match(lines[k][1])) is not None:
                end = lines[k][0] + len(lines[k][1])
                below = lines[k + 1][1] if k + 1 < len(lines) and _under(lines[k + 1][1], indent) else ""
                role = _role(item["rest"], v) or _role(below, v)
            k += 1
        body = clean_body(_PLACE.split(" ".join(name), maxsplit=1)[0])
        if item is None or not headed(body, v) or not namelike(body):
            continue
        yield consultation(
            body,
            v,
            span=doc.span(start + m.start("name"), end),
            meeting_date=date,
            role=role,
            public=item["part"] == "Ö",
            method="calendar.list",
        )


def _role(words: str, v: Vocab) -> str | None:
    """The role the words after the item's number or the line under it give ("– Stellungnahme")."""
    for part in re.split(r"[ \t]+[–—-][ \t]*|^[–—-][ \t]*", words.strip()):
        said = status(part.strip(), v) if part.strip() else None
        if said is not None and said[0] is not None:
            return said[0]
    return None


def _under(seg: str, indent: int) -> bool:
    """Whether a line's part stands indented as far as ``indent`` at least."""
    return bool(seg.strip()) and len(seg) - len(seg.lstrip()) >= indent


def _segments(text: str, at: int, col: int) -> list[tuple[int, str]]:
    """The lines after offset ``at``, each from column ``col`` on, with its offset; up to a page's end."""
    out: list[tuple[int, str]] = []
    pos = text.find("\n", at) + 1
    while 0 < pos < len(text) and len(out) < _LINES and text[pos] != "\f":
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line[:col].strip() and line[col - 2 : col].strip():
            out.append((pos + col, ""))  # a line running across the column: the list's end
            break
        out.append((pos + col, line[col:]))
        pos = end + 1
    return out
