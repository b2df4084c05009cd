"""Members in an overview of the group's meetings: a column of members under its column word, then a
column of marks for each meeting headed by its date, the gaps kept or a PDF's text layer's single
spaces::

    Mitglied                                          17.03.  16.06.  22.09.  08.12.
    Dr. Anna Beispiel, Beigeordnete (Vorsitz)           x       x       x       x
    Kreisrätin Lea Brandt (CDU)                         x       –       x       x
    Jonas Weber, Jobcenter Nordheim                     v       x       –       x

The header is column words (``headers``: "Mitglied", "Name") and two dates at least, day and month
("17.03.", "17.03.2027"). Each row opens with a person (an office of up to two words before the name,
a bracket or a comma and the body after it) and ends in as many marks as the header has dates, one a
meeting (present, represented, absent, excused: ``x``, ``v``, ``e``, a dash; ``meeting_mark`` of
``steering.yaml``); every member has one, so
every row's person is a member, the excused as much as the present. A row naming no person, or ending
in more or fewer marks, and the block is none of these (two rows at least); a blank line ends it.
"""

from __future__ import annotations

import re

from extractors.resources import Resources, typed

from .items import list_item
from .name_blocks import name_start, office_left_out
from .rules import CHAIR_MARK, Chair, MemberRow, member_rules

_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?")  # a meeting's day and month ("17.03.", "17.03.2027")
_BRACKETS = re.compile(r"\([^()]*\)")
_MIN_DATES = 2
_MIN_ROWS = 2
_BLANK_LINES = 1  # blank lines between the lead-in and the header at most


def mark_table(text: str, start: int, res: Resources) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of such an overview whose header stands on the first line after ``start`` (a blank
    line between allowed), its chair and where it ends; None where no such overview stands there."""
    pos = start if start == 0 or text[start - 1] == "\n" else text.find("\n", start) + 1
    lines = _lines(text, pos)
    if not lines or (dates := _dates(lines[0][1], res)) is None:
        return None
    rows: list[MemberRow] = []
    chair: Chair | None = None
    end = lines[0][0] + len(lines[0][1])
    for at, line in lines[1:]:
        if not line.strip():
            break
        cell = _person_cell(line, dates, _mark(res))
        if cell is None:
            return None
        a, b = at + cell[0], at + cell[1]
        read = len(rows)
        found = list_item(rows, text, a, b, None, res)
        if len(rows) != read + 1:
            return None
        office_left_out(rows[-1], text)  # "Kreisrat Mathias Knoth (DIE LINKE)": the person
        chair = found or (Chair(rows[-1].value, rows[-1].start, rows[-1].end, True) if rows[-1].is_chair else chair)
        end = at + len(line)
    return (rows, chair, end) if len(rows) >= _MIN_ROWS else None


def _lines(text: str, pos: int) -> list[tuple[int, str]]:
    """The lines from ``pos`` on, a blank line under the lead-in stepped over, up to the next blank line."""
    out: list[tuple[int, str]] = []
    skipped = 0
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        if not line.strip() and not out and skipped < _BLANK_LINES:
            skipped, pos = skipped + 1, stop + 1
            continue
        out.append((pos, line))
        if not line.strip():
            break
        pos = stop + 1
    return out


def _dates(header: str, res: Resources) -> int | None:
    """The number of meetings' dates closing a header whose other words are column words; None for
    another line."""
    words = header.split()
    n = 0
    while n < len(words) and _DATE.fullmatch(words[len(words) - 1 - n]):
        n += 1
    columns = words[: len(words) - n]
    headers = member_rules(res).headers
    if n < _MIN_DATES or not columns or not all(headers.fullmatch(w) for w in columns):
        return None
    return n


def _mark(res: Resources) -> re.Pattern[str]:
    return res.compiled(_build_mark)


def _build_mark(res: Resources) -> re.Pattern[str]:
    return re.compile(typed.steering(res).profile["meeting_mark"])


def _person_cell(line: str, dates: int, mark: re.Pattern[str]) -> tuple[int, int] | None:
    """The offsets of a row's cell before its marks, where the row ends in one mark a meeting and the cell
    names a person (an office before the name, a bracket or a body after a comma allowed)."""
    words = list(re.finditer(r"\S+", line))
    if len(words) <= dates or not all(mark.fullmatch(w.group()) for w in words[-dates:]):
        return None
    if mark.fullmatch(words[-dates - 1].group()):
        return None  # more marks than meetings
    a, b = words[0].start(), words[-dates - 1].end()
    name = _BRACKETS.sub(" ", CHAIR_MARK.sub(" ", line[a:b])).split(",")[0]
    return (a, b) if name_start(" ".join(name.split())) is not None else None
