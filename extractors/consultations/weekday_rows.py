"""A Beratungsfolge set out by gaps whose date cells wrap after the weekday: the row's line holds the weekday alone
in the dates' column, the line under it the date, right under the weekday, and maybe the rest of the row's name in
the bodies' column:

    Gremium                     Sitzungstermin        Zuständigkeit
    Ausschuss für Soziales,     Donnerstag,           Vorberatung
    Senioren und Integration    20. Mai 2027, 17 Uhr

is one row: "Ausschuss für Soziales, Senioren und Integration" on 20.05.2027. Read without this, the weekday is a
word of the name and the date's line a row of its own, paired with the next row's name. The line under holds
nothing but the date and the name's rest; a line with a role or status of its own, or a date in another column,
is a row.
"""

from __future__ import annotations

import re

from pipeline.lang.de.dates import WEEKDAY as WEEKDAY_WORD
from pipeline.structure import Line
from pipeline.structure.tokens import WEEKDAY, Cell

from .headers import Header
from .under_rows import Item

_SLACK = 2  # how far the date may stand from its weekday's start, in characters
# a weekday and its comma ending a name's cell, after a word of the name ("Ortsrat Nord Dienstag,")
_LAST_WEEKDAY = re.compile(rf"(?<=\S)[ \t]+({WEEKDAY_WORD},)[ \t]*$")


def weekday_dates(items: list[Item], hdr: Header | None) -> list[Item]:
    """The block's items with each row's lone weekday and the date under it read as the row's date cell, the line
    under it left as the name's rest (a text line) or, holding nothing else, dropped."""
    if hdr is None or "date" not in hdr.kinds:
        return items
    out: list[Item] = []
    k = 0
    while k < len(items):
        item = items[k]
        below = items[k + 1] if k + 1 < len(items) else None
        joined = _joined(item, below) if below is not None else None
        if joined is None:
            out.append(item)
            k += 1
            continue
        out.append(joined[0])
        out.extend([joined[1]] if joined[1] is not None else [])
        k += 2
    return out


def _weekday(item: Item) -> tuple[Cell, Cell | None] | None:
    """The row's weekday ("Dienstag,") where the row holds no date, and the name's cell before it: in a row set out
    by gaps a cell of its own after the name's; where single spaces part the cells, the last word of the name's cell
    ("Ortsrat Nord Dienstag,"), cut off it."""
    kind, _, mode, cs = item
    if kind != "row" or any(c.kind == "date" for c in cs):
        return None
    if mode == "gap":
        days = [c for c in cs if c.kind == "text" and WEEKDAY.fullmatch(c.text.strip())]
        return (days[0], None) if len(days) == 1 and cs.index(days[0]) > 0 else None
    texts = [c for c in cs if c.kind == "text"]
    m = _LAST_WEEKDAY.search(texts[0].text) if mode == "tokens" and len(texts) == 1 else None
    if m is None or texts[0] is not cs[0]:
        return None
    cell = texts[0]
    head = cell.text[: m.start()].rstrip()
    day = Cell(cell.start + m.start(1), cell.end, m[1], "text", None, cell.col)
    return day, Cell(cell.start, cell.start + len(head), head, "text", None, cell.col)


def _joined(item: Item, below: Item) -> tuple[Item, Item | None] | None:
    found = _weekday(item)
    if found is None or below[0] not in ("row", "text", "date"):
        return None
    day, name = found
    kind, line, mode, cs = item
    _, under, under_mode, under_cs = below
    dates = [c for c in under_cs if c.kind == "date"]
    if len(dates) != 1:
        return None
    date = dates[0]
    if mode == "gap" and abs((date.start - under.start) - (day.start - line.start)) > _SLACK:
        return None
    rest = [c for c in under_cs if c is not date and c.kind != "empty"]
    if any(c.kind != "text" or c.end > date.start for c in rest):
        return None  # a cell of its own beside the date, or after it: a row
    cell = Cell(day.start, date.end, f"{day.text} {date.text}", "date", date.value, day.col)
    if name is None:
        cells = [cell if c is day else c for c in cs]
    else:
        cells = [name, cell, *cs[1:]]
    row = (kind, line, mode, cells)
    if not rest:
        return row, None
    end = rest[-1].end
    return row, ("text", Line(under.start, end, under.text[: end - under.start]), under_mode, rest)
