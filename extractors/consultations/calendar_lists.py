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

A PDF's text layer closes the gaps up and sets a column beside the list into its lines ("Fachbereich 16:00
Migrationsbeirat · Kreishaus", "24306 Plön Montag, 31. Mai 2027"): the list is then read by its lines' ends and
words, the day heading ending its line, the time opening the meeting's name, the item's "TOP" and the role after a
spaced dash ending theirs. A name wrapped onto the next line is read only where no meeting line of the list has
another column's words before its time (where it has, the next line's may stand before the name's rest too).
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
# ... and as a PDF's text layer gives them: the heading at a line's end, the time after another column's words
_FLAT_DAY = re.compile(r"(?:^|(?<=[ \t]))(?P<day>" + WEEKDAY + r",?[ \t]+\d{1,2}\.[^\n]*?\S)[ \t]*$", re.M)
_FLAT_TIME = re.compile(r"(?:^|(?<=[ \t]))" + CLOCK + r"(?:[ \t]+Uhr)?[ \t]+(?P<name>\S[^\n]*)")
_FLAT_ITEM = re.compile(r"(?:^|(?<=[ \t]))TOP[ \t]+(?P<part>[ÖN])[ \t]*\d+(?:\.\d+)*\b(?P<rest>[^\n]*)")
_FLAT_ROLE = re.compile(r"(?:^|[ \t])[–—][ \t]+(?P<role>[^–—\n]+)$")
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
    if len(found) < _MEETINGS:
        found = list(_flat(doc, v, text))
    if len(found) >= _MEETINGS:
        yield from found


def _flat(doc: Document, v: Vocab, text: str) -> Iterator[Consultation]:
    """The meetings of a list whose gaps a PDF's text layer closed up (see the module's docstring)."""
    days = []
    for m in _FLAT_DAY.finditer(text):
        dates = v.tokens.dates(text, m.start("day"), m.end("day"))
        if len(dates) == 1 and dates[0][1] == m.end("day"):
            days.append((m.end(), dates[0][2]))
    meetings = []
    for n, (at, date) in enumerate(days):
        end = days[n + 1][0] if n + 1 < len(days) else at + _LINES * 80
        blank = text.find("\n\n", at + 1)
        lines = _flat_lines(text, at, min(end, blank if blank > 0 else end))
        meetings += [(date, lines, k) for k, (_, seg) in enumerate(lines) if _FLAT_TIME.search(seg)]
    # another column's words before a meeting's time: the lines of the list hold that column's too
    beside = any(not _FLAT_TIME.match(lines[k][1]) for _, lines, k in meetings)
    for date, lines, k in meetings:
        rec = _flat_meeting(doc, v, lines, k, date, beside)
        if rec is not None:
            yield rec


def _flat_lines(text: str, at: int, end: int) -> list[tuple[int, str]]:
    """The lines after offset ``at`` up to offset ``end``, each with its offset; the heading's line not among them."""
    out = []
    pos = text.find("\n", at) + 1
    while 0 < pos < min(end, len(text)) and text[pos] != "\f":
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        out.append((pos, text[pos:stop]))
        pos = stop + 1
    return out


def _flat_meeting(
    doc: Document, v: Vocab, lines: list[tuple[int, str]], k: int, date: str, beside: bool
) -> Consultation | None:
    """The meeting whose time opens line ``k`` of a day's lines, with the paper's item under it, else None."""
    start, seg = lines[k]
    m = _FLAT_TIME.search(seg)
    if m is None:
        return None
    name = m["name"]
    if not _PLACE.search(name):  # the name wraps onto the next line
        if beside or k + 1 >= len(lines) or not _PLACE.search(lines[k + 1][1]):
            return None
        name += " " + lines[k + 1][1].strip()
    item, role, end = None, None, start + len(seg)
    for j in range(k + 1, len(lines)):
        if _FLAT_TIME.search(lines[j][1]):
            break  # the next meeting's line
        if (item := _FLAT_ITEM.search(lines[j][1])) is not None:
            end = lines[j][0] + len(lines[j][1])
            below = _FLAT_ROLE.search(lines[j + 1][1]) if j + 1 < len(lines) else None
            role = _role(item["rest"], v) or (_role(below["role"], v) if below is not None else None)
            break
    return _meeting(doc, v, name, item, (start + m.start("name"), end), date, role)


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
        if (rec := _meeting(doc, v, " ".join(name), item, (start + m.start("name"), end), date, role)) is not None:
            yield rec


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


def _meeting(
    doc: Document,
    v: Vocab,
    name: str,
    item: re.Match[str] | None,
    at: tuple[int, int],
    date: str | None,
    role: str | None,
) -> Consultation | None:
    """The meeting of a body's name (a place after it left out) where the paper's item stands with it."""
    body = clean_body(_PLACE.split(name, maxsplit=1)[0])
    if item is None or not headed(body, v) or not namelike(body):
        return None
    public = item["part"] == "Ö"
    return consultation(
        body, v, span=doc.span(*at), meeting_date=date, role=role, public=public, method="calendar.list"
    )
