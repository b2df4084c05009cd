"""consultation wall calendars: a Beratungsfolge set as a month grid, a column a weekday, the meetings' bodies
abbreviated in the cells under their days and spelled out by a legend (method ``calendar.grid``):

                 │    Mo     │    Di     │    Mi            M a i   2 0 2 7
      Mai 2027   │           │           │               Mo   Di   Mi   Do   Fr   Sa   So
      KW 18      │    03     │    04     │    05                          1    2
                 │           │ IB        │                 3    4    5    6    7    8    9
                 │           │ ö · G     │                          IA   (F)

A header line names the weekdays in their order ("Mo Di Mi Do Fr", Saturday and Sunday maybe; two months side
by side repeat them); the month and year stand over the grid (its letters spaced maybe: "M a i   2 0 2 7") or
as a row's label at the left ("Mai 2027"); a row gives the days' numbers under their weekdays ("31.05." with
its own month), and the lines under it the cells of those days. Each word goes to the weekday whose column it
stands under. A cell names a meeting where its first line is a body's abbreviation a legend spells out, or a
body's name; its other lines may give the status and the role ("ö · G", the legend's letters), and a legend's
row may give them after the name ("IA   Internationaler Ausschuss   Empfehlung   öffentlich"). A day whose
weekday is not its column's is no meeting; a holiday, a row of holidays ("Pfingstferien – sitzungsfreie Zeit")
and an abbreviation no legend spells out as a body are none.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.document import Document
from pipeline.lang.de.dates import MONTHS, WEEKDAYS_SHORT, normalize_month
from pipeline.records import Consultation
from pipeline.structure import Line, View

from .legends import legend_name
from .vocab import Vocab, clean_body, consultation, headed, status

_WORD = re.compile(r"[^\s│┃║|─━═┼┬┴├┤]+")  # a word of a grid's line, its bars and rules left out
_BARS = "│┃║|"
_BAR = re.compile(r"[│┃║|]")
_MONTH = re.compile(rf"(?:{MONTHS})[ \t]+(?:19|20)\d\d")
_DAY = re.compile(r"(?P<d>[0-3]?\d)\.?(?:(?P<m>[01]?\d)\.)?")  # "03", "3.", "31.05."
_RULE = re.compile(r"[─━═┼┬┴├┤\s]+")  # a rule's cell
_CODES = re.compile(r"[ \t]*[·,/;][ \t]*|[ \t]{2,}")  # what parts a cell's codes ("ö · G")
_REMARK = re.compile(r"[ \t]*\([^()]*\)$")  # a remark after a legend's name: "Stadtrat (Plenum)"
_SPAN = 8  # lines a month's heading may stand over the weekdays' line


@dataclass
class _Cell:
    """A day's cell: its month (YYYY-MM), day and weekday column, and its lines (each line's start and words)."""

    month: str
    day: int
    column: int
    lines: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class _Panel:
    """One month's columns: the weekdays' centres, the first column's weekday, the month (YYYY-MM), the cells."""

    centres: list[float]
    first: int
    month: str | None = None
    cells: list[_Cell] = field(default_factory=list)
    bars: dict[int, int] | None = None  # a grid of bars: the weekday column of each cell between them


def from_wall_calendars(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of a month grid's cells (see the module's docstring)."""
    lines = sv.lines
    for k, line in enumerate(lines):
        panels = _panels(line.text)
        if not panels:
            continue
        for panel in panels:
            panel.month = _heading_month(lines[max(0, k - _SPAN) : k], panel)
        _fill(lines[k + 1 :], panels)
        for panel in panels:
            yield from _meetings(doc, v, panel)


def _panels(text: str) -> list[_Panel]:
    """The weekday runs of a header line ("Mo Di Mi Do Fr", five days or more in their order), a run a month;
    where bars part the header's cells, the one run of its cells (an export that closes the gaps keeps the bars)."""
    if "Mi" not in text or "Do" not in text:
        return []  # every run of five weekdays in their order holds Wednesday and Thursday
    if any(b in text for b in _BARS):
        cells = [c.strip() for c in _BAR.split(text)]
        days = [(k, WEEKDAYS_SHORT.index(c)) for k, c in enumerate(cells) if c in WEEKDAYS_SHORT]
        steps = all(b[1] == a[1] + 1 and b[0] == a[0] + 1 for a, b in zip(days, days[1:]))
        if len(days) >= 5 and steps and all(not c for k, c in enumerate(cells) if k < days[0][0]):
            return [_Panel([float(k) for k, _ in days], days[0][1], bars={k: c for c, (k, _) in enumerate(days)})]
        return []
    words = [(m.group().rstrip("."), (m.start() + m.end()) / 2) for m in _WORD.finditer(text)]
    if not words or any(w not in WEEKDAYS_SHORT for w, _ in words):
        return []
    panels: list[_Panel] = []
    run: list[tuple[int, float]] = []
    for w, x in [*words, ("", 0.0)]:
        i = WEEKDAYS_SHORT.index(w) if w else -1
        if run and i == run[-1][0] + 1:
            run.append((i, x))
            continue
        if len(run) >= 5:
            panels.append(_Panel([x for _, x in run], run[0][0]))
        run = [(i, x)] if i >= 0 else []
    return panels if len(panels) * 5 <= len(words) else []


def _heading_month(above: list[Line], panel: _Panel) -> str | None:
    """The month over a panel: a heading above the weekdays' line, its letters spaced maybe, the one whose
    start lies nearest the panel's columns."""
    best: tuple[float, str] | None = None
    for line in above:
        for m in re.finditer(r"\S+(?: {1,3}\S+)*", line.text):  # the heading's parts parted by wide gaps
            for month, x in _months(m.group(), m.start()):
                gap = 0.0 if panel.centres[0] - 4 <= x <= panel.centres[-1] else min(abs(x - c) for c in panel.centres)
                if best is None or gap <= best[0]:
                    best = (gap, month)
    return best[1] if best is not None and best[0] < 8 else None


def _months(part: str, at: int) -> Iterator[tuple[str, int]]:
    """The months a heading's part names ("Mai 2027", "M a i   2 0 2 7": its letters spaced), with its start."""
    closed = re.sub(r"(?<=\S) (?=\S)", "", part)  # spaced letters closed up; the gap before the year stays
    for m in _MONTH.finditer(closed if re.search(r"\S \S \S", part) else part):
        month = normalize_month(" ".join(m.group().split()))
        if month:
            yield month, at


def _fill(below: list[Line], panels: list[_Panel]) -> None:
    """The days' cells of the lines under the weekdays' line, up to the blank line after the grid's rows."""
    current: dict[tuple[int, int], _Cell] = {}  # (panel, column) -> its day's cell
    for line in below:
        if not line.text.strip():
            if any(p.cells for p in panels):
                return
            continue
        words = _placed(line.text, panels)
        label = " ".join(w for w, at in words if at is None)
        placed = [(w, at) for w, at in words if at is not None]
        if label and _MONTH.fullmatch(label):  # a month's row at the left ("Mai 2027")
            for p in panels:
                p.month = normalize_month(" ".join(label.split()))
        elif placed and all(_DAY.fullmatch(w) for w, _ in placed):
            current = _day_row(placed, panels)
        elif label:
            current = {}  # a row of its own ("KW 20–21 │ Pfingstferien – sitzungsfreie Zeit"): no day's cells
        else:
            for w, at in placed:
                cell = current.get(at)
                if cell is not None:
                    if cell.lines and cell.lines[-1][0] == line.start:
                        cell.lines[-1] = (line.start, cell.lines[-1][1] + " " + w)
                    else:
                        cell.lines.append((line.start, w))


def _placed(text: str, panels: list[_Panel]) -> list[tuple[str, tuple[int, int] | None]]:
    """A line's words or, in a grid of bars, its cells, each with the panel and column it stands under (None:
    the row's label at the left)."""
    bars = panels[0].bars
    if bars is not None and any(b in text for b in _BARS):
        cells = [c.strip() for c in _BAR.split(text)]
        lead = min(bars) if bars else 0
        out: list[tuple[str, tuple[int, int] | None]] = [(" ".join(cells[:lead]).strip(), None)]
        out += [(c, (0, bars[k])) for k, c in enumerate(cells) if c and k in bars]
        return [(w, at) for w, at in out if w and not _RULE.fullmatch(w)]
    return [(m.group(), _column(m, panels)) for m in _WORD.finditer(text)]


def _day_row(days: list[tuple[str, tuple[int, int]]], panels: list[_Panel]) -> dict[tuple[int, int], _Cell]:
    """A row of days' numbers: a cell for each day, under its panel's month (or its own: "31.05.")."""
    current = {}
    for w, at in days:
        d = _DAY.fullmatch(w)
        if d is None or panels[at[0]].month is None:
            continue
        month = str(panels[at[0]].month)
        cell = _Cell(month if not d["m"] else f"{month[:4]}-{int(d['m']):02d}", int(d["d"]), at[1])
        panels[at[0]].cells.append(cell)
        current[at] = cell
    return current


def _column(m: re.Match[str], panels: list[_Panel]) -> tuple[int, int] | None:
    """The panel and weekday column a word stands under: the nearest centre within half a column's width."""
    x = (m.start() + m.end() - 1) / 2
    best: tuple[float, tuple[int, int]] | None = None
    for p, panel in enumerate(panels):
        width = (panel.centres[-1] - panel.centres[0]) / (len(panel.centres) - 1)
        for c, centre in enumerate(panel.centres):
            gap = abs(x - centre)
            if gap <= width / 2 and (best is None or gap < best[0]):
                best = (gap, (p, c))
    return None if best is None else best[1]


def _meetings(doc: Document, v: Vocab, panel: _Panel) -> Iterator[Consultation]:
    for cell in panel.cells:
        if not cell.lines:
            continue
        try:
            date = datetime.date(int(cell.month[:4]), int(cell.month[5:7]), cell.day)
        except ValueError:
            continue
        if date.weekday() != panel.first + cell.column:
            continue  # the day's weekday is not its column's
        start, abbr = cell.lines[0]
        read = _spelled(abbr.strip(), doc.text, v)
        if read is None:
            continue
        body, role, public = read
        for _, codes in cell.lines[1:]:
            for part in _CODES.split(codes.strip()):
                said = status(part, v) or status(_REMARK.sub("", _pair(part, doc.text) or ""), v) if part else None
                role = said[0] if said and said[0] else role
                public = said[1] if said and said[1] is not None else public
        stop = doc.text.find("\n", cell.lines[-1][0]) % (len(doc.text) + 1)
        yield consultation(
            body,
            v,
            span=doc.span(start, stop),
            meeting_date=date.isoformat(),
            role=role,
            public=public,
            method="calendar.grid",
        )


def _spelled(abbr: str, text: str, v: Vocab) -> tuple[str, str | None, bool | None] | None:
    """A cell's body: the name a legend's row gives the abbreviation, with the role and status it may give after
    the name (cells parted by gaps), else a legend paragraph's name, else the cell's own name of a body."""
    rows = [
        re.split(r"[ \t]{2,}", row)
        for row in re.findall(rf"^[ \t]*{re.escape(abbr)}[ \t]{{2,}}(\S.*?)[ \t]*$", text, re.M)
    ]
    named = [(_REMARK.sub("", name), rest) for name, *rest in rows if headed(name, v) and not re.search(r"\d", name)]
    if len(named) == 1:  # the grid's own line opening with the abbreviation names no body after it
        name, rest = named[0]
        role, public = None, None
        for part in rest:
            said = status(part, v)
            role = said[0] if said and said[0] else role
            public = said[1] if said and said[1] is not None else public
        return name, role, public
    spelled = legend_name(abbr, text, v) or _pair(abbr, text)
    if spelled is not None and headed(_REMARK.sub("", spelled), v):
        return clean_body(_REMARK.sub("", spelled)), None, None
    return (abbr, None, None) if headed(abbr, v) and len(abbr.split()) <= 8 else None


def _pair(abbr: str, text: str) -> str | None:
    """The meaning one pair of a legend gives a code ("StR = Stadtrat (Plenum)", "G = Gutachten"), up to the next
    pair's separator or the line's end; None where the paper gives none or two."""
    pair = rf"(?<![\w.]){re.escape(abbr)}[ \t]*=[ \t]*([^=·;,\n]+?)[ \t]*(?=[·;,]|\n|$)"
    found = {" ".join(m.split()) for m in re.findall(pair, text)}
    return found.pop() if len(found) == 1 else None
