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

A scheduling poll among the members is read so too: its options each a weekday and a date closing the
header ("Ergebnis, Stand 26.04.2027   Mo 05.07.  Do 08.07."; words of its own before them), a title line
over it, the options' times in the line under it, a rule drawn under both; each row a person and an
answer an option ("✓", "✗", "(✓)"), a person's bracket wrapped into the next line ("(Fraktion BÜNDNIS
90/DIE" / "GRÜNEN)"); a rule under the rows ends them (the count of yeses under it is no row). A row's
person said to take part without a vote ("ohne Stimmrecht": ``mark_not_member``) is no member. Where a PDF's
font left every answer out of its text layer (an empty bracket "( )" left of "(✓)"), the rows under the
poll's ruled header are its persons alone.
"""

from __future__ import annotations

import re

from extractors.resources import Resources, typed
from pipeline.lang.de.dates import WEEKDAYS_SHORT
from pipeline.lang.de.markers import DRAWN_RULES

from .items import list_item
from .name_blocks import name_start, office_left_out
from .rules import CHAIR_MARK, Chair, MemberRow, member_rules

_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?")  # a meeting's day and month ("17.03.", "17.03.2027")
_BRACKETS = re.compile(r"\([^()]*\)")
_MIN_DATES = 2
_MIN_ROWS = 2
_BLANK_LINES = 1  # blank lines between the lead-in and the header at most
_WEEKDAY = re.compile("(?:" + "|".join(WEEKDAYS_SHORT) + r")\.?")  # an option's weekday ("Mo 05.07.")
_TIME = re.compile(r"\d{1,2}[:.]\d{2}")  # an option's time under its date
_RULE = re.compile(rf"[-_={DRAWN_RULES}]{{3,}}(?:[ \t]+[-_={DRAWN_RULES}]{{3,}})*")
_EMPTY_BRACKETS = re.compile(r"(?:[ \t]*\([ \t]*\))+[ \t]*$")  # a lost answer's brackets ("( )")
_OPEN_CELL = re.compile(r"\([^()]*$|[a-zäöüß]-$")  # a cell going on in the next line: a bracket open, a word broken


def mark_table(text: str, start: int, res: Resources) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of such an overview whose header stands on the first line after ``start`` (a blank
    line between allowed; a poll's title over it), its chair and where it ends; None where no such overview
    stands there."""
    pos = start if start == 0 or text[start - 1] == "\n" else text.find("\n", start) + 1
    head = lines_after(text, pos, 2)  # the header (or a poll's title over it) decides before the rows are read
    # the poll's title over its header
    title = 1 if len(head) > 1 and _dates(head[0][1], res) is None and _options(head[1][1]) is not None else 0
    if len(head) <= title or (dates := _dates(head[title][1], res) or _options(head[title][1])) is None:
        return None
    lines = lines_after(text, pos)[title:]
    rows: list[MemberRow] = []
    chair: Chair | None = None
    end = lines[0][0] + len(lines[0][1])
    body = _under_header(lines[1:], dates)
    ruled = len(body) < len(lines) - 1
    # a poll's answers a PDF's font left out ("( )" for "(✓)"): its rows the persons alone
    lost = ruled and _options(lines[0][1]) is not None and _marks_lost(body, _mark(res))
    open_cell = False  # the row above's cell goes on in this line
    for at, line in body:
        if not line.strip() or ruled and rows and _RULE.fullmatch(line.strip()):
            break
        if open_cell and not _mark(res).fullmatch(line.split()[-1]):
            open_cell, end = _OPEN_CELL.search(line.rstrip()) is not None, at + len(line)
            if rows and rows[-1].start < at and rows[-1].label is None:  # the wrapped bracket: the person's label
                rows[-1].label = _joined(text[rows[-1].end : at], line).strip("() ") or None
            continue
        cell = _bare_cell(line) if lost else _person_cell(line, dates, _mark(res))
        if cell is None:
            return None
        open_cell = _OPEN_CELL.search(line[cell[0] : cell[1]]) is not None
        end = at + len(line)
        if re.search(typed.steering(res).mark_not_member, line[cell[0] : cell[1]]):
            continue  # "Jonas Wirth (Geschäftsstelle, ohne Stimmrecht)": no member
        read = len(rows)
        found = list_item(rows, text, at + cell[0], at + _closed(line, cell), None, res)
        if len(rows) != read + 1:
            return None
        office_left_out(rows[-1], text)  # "Kreisrat Mathias Knoth (DIE LINKE)": the person
        chair = found or (Chair(rows[-1].value, rows[-1].start, rows[-1].end, True) if rows[-1].is_chair else chair)
    return (rows, chair, end) if len(rows) >= _MIN_ROWS else None


def _closed(line: str, cell: tuple[int, int]) -> int:
    """The end of a row's cell in its line: before a bracket its line leaves open (the rest wrapped)."""
    opened = re.search(r"[ \t]*\([^()]*$", line[cell[0] : cell[1]])
    return cell[0] + opened.start() if opened else cell[1]


def _joined(before: str, rest: str) -> str:
    """A cell's words before its line's end joined with their wrapped rest, a word broken at its hyphen whole."""
    head = " ".join(before.split("\n")[0].split())
    head = head.split("(", 1)[1] if "(" in head else head
    tail = " ".join(rest.split())
    if re.search(r"[a-zäöüß]-$", head) and tail[:1].islower():
        return head[:-1] + tail
    return f"{head} {tail}"


def _under_header(lines: list[tuple[int, str]], dates: int) -> list[tuple[int, str]]:
    """The lines under a header: a line of the options' times and the rules drawn under them stepped over."""
    k = 0
    if k < len(lines) and len(words := lines[k][1].split()) == dates and all(_TIME.fullmatch(w) for w in words):
        k += 1
    while k < len(lines) and _RULE.fullmatch(lines[k][1].strip()):
        k += 1
    return lines[k:]


def _options(header: str) -> int | None:
    """The number of a poll's options closing a header, each a weekday and a date ("Mo 05.07."); None
    for another line."""
    words = header.split()
    n = 0
    while 2 * n + 1 < len(words) and _DATE.fullmatch(words[-1 - 2 * n]) and _WEEKDAY.fullmatch(words[-2 - 2 * n]):
        n += 1
    return n if n >= _MIN_DATES else None


def lines_after(text: str, pos: int, most: int | None = None) -> list[tuple[int, str]]:
    """The lines from ``pos`` on, a blank line under the lead-in stepped over, up to the next blank line
    (the first ``most`` of them where given)."""
    out: list[tuple[int, str]] = []
    skipped = 0
    while pos < len(text) and (most is None or len(out) < most):
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


def _marks_lost(body: list[tuple[int, str]], mark: re.Pattern[str]) -> bool:
    """Whether no row of a poll's body, up to the rule under its rows, ends in an answer."""
    for _at, line in body:
        if not line.strip() or _RULE.fullmatch(line.strip()):
            break
        if mark.fullmatch(line.split()[-1]):
            return False
    return True


def _bare_cell(line: str) -> tuple[int, int] | None:
    """The offsets of a row's person where its answers were left out (empty brackets after it stepped over)."""
    stripped = _EMPTY_BRACKETS.sub("", line)
    a, b = len(stripped) - len(stripped.lstrip()), len(stripped.rstrip())
    name = _BRACKETS.sub(" ", CHAIR_MARK.sub(" ", stripped[a:b])).split(",")[0].split("(")[0]
    return (a, b) if b > a and name_start(" ".join(name.split())) is not None else None


def _person_cell(line: str, dates: int, mark: re.Pattern[str]) -> tuple[int, int] | None:
    """The offsets of a row's cell before its marks, where the row ends in one mark a meeting and the cell
    names a person (an office before the name, a bracket or a body after a comma allowed)."""
    words = list(re.finditer(r"\S+", line))
    if len(words) <= dates or not all(mark.fullmatch(w.group()) for w in words[-dates:]):
        return None
    if mark.fullmatch(words[-dates - 1].group()):
        return None  # more marks than meetings
    a, b = words[0].start(), words[-dates - 1].end()
    name = _BRACKETS.sub(" ", CHAIR_MARK.sub(" ", line[a:b])).split(",")[0].split("(")[0]  # a bracket wrapped
    return (a, b) if name_start(" ".join(name.split())) is not None else None
