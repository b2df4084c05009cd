"""Calendars: a Beratungsfolge printed as a council's calendar of sittings, the month apart from the day.

Two forms, both read into the table model's rows (mode ``calendar``) of a body, a date and the
role and status cells the row holds:
- month columns: a header line of months with their years, one a column ("März 2028 | April 2028"),
  rows of a body's name (wrapped over lines) and, under a month, a cell of the meeting's weekday, day
  and marks ("Do 06.  nö  V"); the date is the column's month and year with the cell's day;
- month headings: a month alone on its line (maybe letter-spaced, "J U L I"), the rows under it each
  opening with the weekday and the day ("Mi  17.   Bauausschuss   Vorberatung"; a day alone opens a
  numbered line, no row), maybe the meeting's time after it ("Mo 22.   18:00   Ortsbeirat ..."), a name
  wrapped onto a line of its own ("und Gesundheit"); the year is the month heading's own, else that of a
  line just above the first heading ("Terminübersicht 2028"), and goes on by one where the months turn
  back (December, then January).

A date must be a real date, and where the row gives a weekday it must be the date's: a cell whose
column an export lost (the bars and gaps gone) takes the one month of the header its weekday fits.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from pipeline.lang.de.dates import MONTH_NAMES, TIME_OF_DAY, WEEKDAYS, WEEKDAYS_SHORT

from .lines import Line
from .tables import OPEN_END, Cell, ColumnWords, Row, Table, drawn_bars, rule_across
from .tokens import typed

_MAX_ROWS_LINES = 40  # lines of a calendar's rows after its header
_WEEKDAY = "|".join([*WEEKDAYS, *WEEKDAYS_SHORT])
# a cell or a row opening with a day: "Di 20.  ö  A", "Mo  04.   Kreisausschuss"; the weekday optional
_DAY = re.compile(rf"[ \t]*(?:(?P<wd>{_WEEKDAY})\.?,?[ \t]+)?(?P<d>[0-3]?\d)\.(?!\d)[ \t]*(?P<rest>.*)")
# the meeting's time in a column of its own between the day and the body ("Mo 22.   18:00   Ortsbeirat ...")
_TIME = re.compile(rf"(?:{TIME_OF_DAY})(?=\s|$)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_SPACED = re.compile(r"[^\W\d_](?: [^\W\d_])+")  # a word letter-spaced: "M A I"
_MONTH_NUMBER = {name.casefold(): n for n, name in enumerate(MONTH_NAMES, 1)}
_MONTH_INITIALS = frozenset(name[0] for name in _MONTH_NUMBER)  # the letters a month's name opens with


def month_of(text: str) -> tuple[int, int | None] | None:
    """A month heading or column head and its year where it gives one: "April 2027" -> (4, 2027),
    "J U N I" -> (6, None); None for any other text."""
    words = text.strip().rstrip(":").strip()
    initial = words[:1].casefold()
    if len(initial) == 1 and initial not in _MONTH_INITIALS:  # most lines: no month's name opens them
        return None
    year = _YEAR.search(words)
    name = (words[: year.start()] if year and year.end() == len(words) else words).strip()
    if _SPACED.fullmatch(name):
        name = name.replace(" ", "")
    month = _MONTH_NUMBER.get(name.casefold())
    if month is None or (year is not None and year.end() != len(words)):
        return None
    return month, int(year[1]) if year else None


def _date(year: int, month: int, day: int, weekday: str | None) -> str | None:
    """The date as ISO, where it is real and its weekday the one given."""
    try:
        when = datetime.date(year, month, day)
    except ValueError:
        return None
    if weekday is not None and when.weekday() != _weekday_number(weekday):
        return None
    return when.isoformat()


def _weekday_number(word: str) -> int:
    return WEEKDAYS.index(word) if word in WEEKDAYS else WEEKDAYS_SHORT.index(word)


def calendars(every: Sequence[Line], words: ColumnWords, skip: frozenset[int]) -> list[Table]:
    """The calendars among a document's lines (``skip``: furniture to step over)."""
    every = drawn_bars(every)
    found: list[Table] = []
    for i, line in enumerate(every):
        if i in skip or (found and line.start < found[-1].end):
            continue
        if month_of(line.text) is None and len(line.columns) < 2:  # neither a month's heading nor a header
            continue
        table = _month_columns(every, i, words, skip) or _month_headings(every, i, words, skip)
        if table is not None:
            found.append(table)
    return found


def _head_months(line: Line) -> list[tuple[int, int, int]] | None:
    """The months of a header of month columns, each (offset in its line, month, year); None unless two
    cells or more are months with their years and every cell but a first is one."""
    parts = [p for p in line.columns if p[2].strip()]
    barred = "|" in line.text
    months = [
        (_place(line, a - line.start, barred), m)
        for a, _, t in parts
        if (m := month_of(t)) is not None and m[1] is not None
    ]
    if len(months) < 2 or len(months) < len(parts) - 1 or (len(months) < len(parts) and month_of(parts[0][2])):
        return None
    return [(at, m, y) for at, (m, y) in months if y is not None]


def _place(line: Line, at: int, barred: bool) -> int:
    """Where a piece starting at offset ``at`` of its line stands: after how many bars, in a grid whose bars
    an export kept and whose gaps it closed ("Stadtrat │ │ │ Do 03. ö"); else its offset."""
    return line.text.count("|", 0, at) if barred else at


def _month_columns(every: Sequence[Line], i: int, words: ColumnWords, skip: frozenset[int]) -> Table | None:
    """The rows under a header of month columns from line ``i``: one row per day cell, the body its line's
    name (wrapped over the lines below where it ends open or they go on indented)."""
    months = _head_months(every[i])
    if months is None:
        return None
    barred = "|" in every[i].text
    found: list[Row] = []
    name: list[tuple[int, int, str]] = []  # the name cell of the row read last, its lines
    end = every[i].end
    for k in range(i + 1, min(len(every), i + 1 + _MAX_ROWS_LINES)):
        line = every[k]
        if k in skip or rule_across(line.text):
            continue
        if not line.text.strip():
            if found:
                break
            continue
        cells = _by_column(line, months, barred and "|" in line.text)
        lead = [(a, b, t) for a, b, t, col in cells if col < 0]
        if len(cells) == len(lead) == 1 and name and _goes_on(name[-1][2], lead[0][2], line):
            name.append(lead[0])
            _rename(found, name)
            end = line.end
            continue
        if len(lead) != 1 or len(cells) < 2:
            break
        name = [lead[0]]
        meetings = [_day_cell(c, months, words) for c in cells if c[3] >= 0]
        if any(m is None for m in meetings):
            break
        found += [Row([_name_cell(name), *m], "calendar") for m in meetings if m]
        end = line.end
    named = [r for r in found if words.named(r.cells[0].text)]
    return Table(every[i].start, end, "calendar", ("body", "date", "role", "status"), named) if named else None


def _by_column(line: Line, months: list[tuple[int, int, int]], barred: bool) -> list[tuple[int, int, str, int]]:
    """A row's cells, each with the index of the month it stands under (-1: the names' column), the pieces
    under one month joined into its cell ("Di 20." and "ö" apart at a gap)."""
    out: list[tuple[int, int, str, int]] = []
    for a, b, text in line.columns:
        if not text.strip():
            continue
        place = _place(line, a - line.start, barred)
        col = sum(at <= place + (0 if barred else 1) for at, _, _ in months) - 1
        if out and out[-1][3] == col:
            a = out.pop()[0]
        out.append((a, b, line.text[a - line.start : b - line.start], col))
    return out


def _goes_on(above: str, text: str, line: Line) -> bool:
    """Whether a name's line goes on in a line of a name alone: the line above ends open, this one opens in
    lower case or is indented."""
    return OPEN_END.search(above) is not None or text[:1].islower() or line.text[:1].isspace()


def _name_cell(name: list[tuple[int, int, str]]) -> Cell:
    return Cell(name[0][0], name[-1][1], "\n".join(t.strip() for _, _, t in name), 0, "body")


def _rename(found: list[Row], name: list[tuple[int, int, str]]) -> None:
    """The rows of the name read last with that name's lines read so far, in place."""
    for row in found:
        if row.cells[0].start == name[0][0]:
            row.cells[0] = _name_cell(name)


def _day_cell(
    cell: tuple[int, int, str, int], months: list[tuple[int, int, int]], words: ColumnWords
) -> list[Cell] | None:
    """A day cell's date and marks, its month the column's it stands under where that fits its weekday, else
    the one month of the header its weekday fits; [] for a cell of no meeting, None for no day cell."""
    a, _, text, col = cell
    m = _DAY.fullmatch(text)
    if m is None:
        return None
    day, weekday = int(m["d"]), m["wd"]
    dated = [(n, iso) for n, (_, month, year) in enumerate(months) if (iso := _date(year, month, day, weekday))]
    own = [iso for n, iso in dated if n == col]
    fits = own or ([iso for _, iso in dated] if weekday is not None and len(dated) == 1 else [])
    if not fits:
        return []
    return [_date_cell(m, text, a, fits[0]), *_marks(m, a, words)]


def _marks(m: re.Match[str], offset: int, words: ColumnWords) -> list[Cell]:
    """The role and status cells of a row's rest after its day (and name)."""
    out = []
    for c in typed(m["rest"], words.tokens, offset + m.start("rest")):
        if c.kind in ("role", "public"):
            kind = "role" if c.kind == "role" else "status"
            out.append(Cell(c.start, c.end, c.text, 2 if kind == "role" else 3, kind, c.value))
    return out


def _month_headings(every: Sequence[Line], i: int, words: ColumnWords, skip: frozenset[int]) -> Table | None:
    """The rows under month headings from line ``i`` (the first heading), each opening with its day."""
    head = month_of(every[i].text)
    if head is None:
        return None
    year = head[1] or _year_above(every, i, skip)
    if year is None:
        return None
    month, end = head[0], every[i].end
    found: list[Row] = []
    blank = False  # a blank line right above: only a name's rest in lower case goes on over it
    for k in range(i + 1, min(len(every), i + 1 + _MAX_ROWS_LINES)):
        line = every[k]
        if k in skip or not line.text.strip():
            blank = blank or k not in skip
            continue
        heading = month_of(line.text)
        if heading is not None:
            year = heading[1] or year + (heading[0] < month)
            month = heading[0]
            continue
        row, over = _dated_row(line, year, month, words), blank
        blank = False
        if (
            row is None
            and found
            and _name_goes_on(found[-1], line, words)
            and (not over or line.text.strip()[:1].islower())
        ):
            name = found[-1].cells[0]
            found[-1].cells[0] = Cell(name.start, line.end, f"{name.text}\n{line.text.strip()}", 0, "body")
            end = line.end
            continue
        if row is None:
            break
        found.append(row)
        end = line.end
    return Table(every[i].start, end, "calendar", ("body", "date", "role", "status"), found) if found else None


def _year_above(every: Sequence[Line], i: int, skip: frozenset[int]) -> int | None:
    """The year of a line of the two filled ones above a month heading that holds one year ("Sitzungskalender
    2026"), the nearer first."""
    above = [every[j].text for j in range(i - 1, max(-1, i - 6), -1) if j not in skip and every[j].text.strip()]
    for text in above[:2]:
        years = _YEAR.findall(text)
        if len(years) == 1:
            return int(years[0])
    return None


def _dated_row(line: Line, year: int, month: int, words: ColumnWords) -> Row | None:
    """A row opening with its day under a month heading: the body the name after the day up to its role or
    status, where it names one and the date is real."""
    m = _DAY.fullmatch(line.text)
    if m is None or m["wd"] is None:  # a day without its weekday: a numbered line ("3. Stadtrat ...")
        return None
    iso = _date(year, month, int(m["d"]), m["wd"])
    if iso is None:
        return None
    marks = _marks(m, line.start, words)
    rest_at = line.start + m.start("rest")
    time = _TIME.match(m["rest"])
    if time is not None:  # the time's column before the body's
        rest_at += len(m["rest"]) - len(m["rest"][time.end() :].lstrip())
    cut = min((c.start for c in marks), default=line.end)
    name = line.text[rest_at - line.start : cut - line.start]
    name = re.split(r"\t| {2,}", name.strip())[0]
    if not name or not words.named(name):
        return None
    at = rest_at + line.text[rest_at - line.start :].index(name)
    return Row(
        [Cell(at, at + len(name), name, 0, "body"), _date_cell(m, line.text, line.start, iso), *marks], "calendar"
    )


def _name_goes_on(row: Row, line: Line, words: ColumnWords) -> bool:
    """Whether a line holding no day goes on the name of the row above, a body's name wrapped in its column
    ("Do 11.  16:00  Ausschuss für Soziales, Integration  Vorberatung" / "und Gesundheit"): one cell alone,
    no role or status in it, opening in lower case or after a name ending open."""
    text = line.text.strip()
    if (
        not text
        or "\t" in text
        or re.search(r" {2,}", text)
        or any(c.kind in ("role", "public") for c in typed(text, words.tokens, 0))
    ):
        return False
    name = row.cells[0]
    above = name.text.rsplit("\n", 1)[-1]
    return OPEN_END.search(above) is not None or text[:1].islower()


def _date_cell(m: re.Match[str], text: str, offset: int, iso: str) -> Cell:
    """The cell of a day and its weekday, as the text writes them ("Di 20.")."""
    a, b = m.start("wd") if m["wd"] else m.start("d"), m.end("d") + 1
    return Cell(offset + a, offset + b, text[a:b], 1, "date", iso)
