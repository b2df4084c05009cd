"""Where the money is: amounts with a currency (:func:`pipeline.lang.de.money.find_money`), and
German-formatted numbers without one in a table that says it is in euros, cut at tabs
(:func:`bare_amounts`: "Betrag (€)", "- in EUR -", "Kosten (in EUR)" over a header of years) or
at gaps of a grid of years exported without tabs (:func:`gap_amounts`).
"""

from __future__ import annotations

import bisect
import functools
import re

from pipeline.lang.de.money import Money, find_money, parse_number
from pipeline.structure import Line

TABLE_REACH = 40  # lines from a row up to its table's header and caption
PROSE_WORDS = 3  # a line without tabs of more words is prose, not a wrapped cell
CAPTION_LINES = 2  # lines over a grid's header of years that caption it


BARE = re.compile(r"\s*(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{2})(?:,-{1,2})?\s*")
_IN_EUR = re.compile(
    r"\b(?:in|Betrag|Beträge)\s*\(?\s*(?P<t>T|Tsd\.?\s*)?(?:€|EUR|Euro)\b|\((?P<t2>T)?(?:€|EUR)\)", re.I
)


@functools.lru_cache(maxsize=4096)
def _is_prose(line: str) -> bool:
    """A line that ends a table block upwards: text without tabs that is not a wrapped cell."""
    stripped = line.strip()
    return "\t" not in line and (len(stripped.split()) > PROSE_WORDS or stripped.endswith((".", ":", ",")))


def table_header(all_lines: list[Line], i: int, need: int) -> tuple[Line | None, str]:
    """The header row above row ``i`` (a tab row without amounts and with at least ``need``
    filled cells) and the caption: the nearest prose line above the table, with the short
    lines without tabs between it and the row ("Kosten (in EUR)" over a header of years)."""
    header = None
    notes: list[str] = []
    j = i - 1
    while j >= 0 and i - j <= TABLE_REACH and not _is_prose(all_lines[j].text):
        ln = all_lines[j]
        if header is None and _header_cells(ln.text) + _corner(ln.text) >= max(2, need):
            header = ln
        elif "\t" not in ln.text and ln.text.strip():
            notes.insert(0, ln.text.strip())
        j -= 1
    caption = all_lines[j].text if j >= 0 and i - j <= TABLE_REACH else ""
    return header, " ".join([caption, *notes]).strip()


def _corner(line: str) -> int:
    """1 for a header row whose first cell is empty (the corner over the row labels), else 0."""
    return int("\t" in line and not line.split("\t", 1)[0].strip())


@functools.lru_cache(maxsize=4096)
def _header_cells(line: str) -> int:
    """The number of filled cells of a line that can head a table (a tab row without
    amounts), else 0; lines are asked again and again as the rows below them are read."""
    if "\t" not in line or find_money(line):
        return 0
    filled = [cell for cell in line.split("\t") if cell.strip()]
    return 0 if any(BARE.fullmatch(cell) for cell in filled) else len(filled)


def bare_amounts(text: str, all_lines: list[Line]) -> list[Money]:
    """German-formatted numbers without a currency in tables that say they are in euros."""
    out: list[Money] = []
    for i, ln in enumerate(all_lines):
        if "\t" not in ln.text or find_money(ln.text):
            continue
        header, caption = table_header(all_lines, i, 2)
        if header is None or header is ln:
            continue
        unit = _IN_EUR.search(header.text) or _IN_EUR.search(caption)
        if not unit:
            continue
        scale = 1000 if (unit.group("t") or unit.group("t2")) else 1
        for start, _end, cell in ln.cells:
            m = BARE.fullmatch(cell)
            value = parse_number(m.group("num")) if m else None
            if m and value is not None:
                s, e = start + m.start("num"), start + m.end("num")
                out.append(Money(value * scale, s, e, text[s:e]))
    return out


_YEAR_CELL = re.compile(r"(?:ab\s+)?(?P<year>(?:19|20)\d\d)")
GRID_REACH = 8  # lines from a row up to the header of years over its columns


def year_columns(ln: Line) -> list[tuple[int, int, int]] | None:
    """The year cells of a header row cut at gaps of two or more spaces ("      2024      2025"),
    as (start, end, year) in columns of the line; None unless two or more cells are years and
    the others at most a label before them."""
    cells = ln.columns
    years = [(a - ln.start, b - ln.start, int(m["year"])) for a, b, t in cells if (m := _YEAR_CELL.fullmatch(t))]
    return years if len(years) >= 2 and len(cells) - len(years) <= 1 else None


_TWO_YEARS = re.compile(r"(?:19|20)\d\d {2,}.*(?:19|20)\d\d")


def year_headers(all_lines: list[Line]) -> list[int]:
    """The lines that are a header of years of a gap grid (few: looked up once per document)."""
    return [j for j, ln in enumerate(all_lines) if _TWO_YEARS.search(ln.text) and year_columns(ln)]


def under_header(headers: list[int], i: int) -> bool:
    k = bisect.bisect_left(headers, i)
    return k > 0 and i - headers[k - 1] <= GRID_REACH


def gap_grid(all_lines: list[Line], i: int) -> tuple[Line, str] | None:
    """The header of years over row ``i`` of a grid cut at gaps (text exported without tabs) and
    the caption over it; None for a line of prose, a tab row, or one with no such header."""
    row = all_lines[i]
    if "\t" in row.text or len(row.columns) < 2:
        return None
    for j in range(i - 1, max(-1, i - GRID_REACH - 1), -1):
        ln = all_lines[j]
        if (years := year_columns(ln)) is not None:
            # a row has a cell per year and a label at most: a justified line of prose has more
            return (
                (ln, " ".join(x.text.strip() for x in all_lines[max(0, j - CAPTION_LINES) : j]))
                if len(row.columns) <= len(years) + 1
                else None
            )
        if _is_prose(ln.text) and len(ln.columns) < 2:
            return None
    return None


def aligned_year(header: Line, row: Line, start: int, end: int) -> int | None:
    """The year of the header cell standing over ``start:end`` of the row (by character
    columns: the cells overlap, numbers set flush right or left under their year)."""
    a, b = start - row.start, end - row.start
    over = [y for hs, he, y in year_columns(header) or [] if hs < b + 2 and a - 2 < he]
    return over[0] if len(over) == 1 else None


def gap_amounts(text: str, all_lines: list[Line], headers: list[int]) -> list[Money]:
    """Bare German-formatted numbers in the rows of a gap grid of years that says it is in
    euros ("Kosten (in EUR)" over "2024  2025"): a yearly grid exported as text; ``headers``
    are the grids' headers of years (:func:`year_headers`)."""
    out: list[Money] = []
    for i, ln in enumerate(all_lines):
        if not under_header(headers, i) or "\t" in ln.text or not BARE.search(ln.text) or find_money(ln.text):
            continue
        grid = gap_grid(all_lines, i)
        unit = grid and (_IN_EUR.search(grid[0].text) or _IN_EUR.search(grid[1]))
        if not grid or not unit:
            continue
        scale = 1000 if (unit.group("t") or unit.group("t2")) else 1
        for start, end, cell in ln.columns:
            m = BARE.fullmatch(cell)
            value = parse_number(m.group("num")) if m else None
            if m and value is not None and aligned_year(grid[0], ln, start, end):
                s, e = start + m.start("num"), start + m.end("num")
                out.append(Money(value * scale, s, e, text[s:e]))
    return out
