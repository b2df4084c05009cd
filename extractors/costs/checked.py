"""A grid of years without a unit whose rows add up: under a caption naming costs, every row's numbers under
its years summing to the number under the column of their sum::

    3. Kostenübersicht

       Maßnahme                                     2027        2028        2029       gesamt
       Planung Umbau Erdgeschoss (LPH 1–4)       38.000           –           –       38.000
       Umbau und Ausstattung offener Lernort          –     265.000     140.000      405.000
       Summe                                     38.000     307.000     140.000      485.000

The numbers bear no currency: the caption says they are costs, and the sums say they are amounts of one grid
(a count or a rate adds up too, but not under a caption of costs). Each number is written with a thousands point
("38.000") or with cents ("1.250,00"), every row holds its sum, one row at least sums two years, and a dash
stands for nothing; a row that does not add up leaves the whole grid unread.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.lang.de.money import Money, parse_number
from pipeline.structure import Line

from .amounts import BARE, aligned_year, sum_column

_DASH = re.compile(r"\s*[-–—]\s*")  # a cell of nothing
_MINUS = re.compile(r"\s*[-−–](?=\d)")  # a number's minus ("-6.385,00")
ROWS = 12  # rows of a grid at most
CAPTION_REACH = 4  # lines over a grid's header where its caption may stand


def _row(header: Line, ln: Line) -> tuple[list[Money], Money] | None:
    """The numbers under the years of a row and the one under the sum's column; None where a cell is neither a
    number in full nor a dash, or the row holds no sum."""
    years: list[Money] = []
    total = None
    for start, _end, cell in ln.columns[1:]:
        if _DASH.fullmatch(cell):
            continue
        sign = _MINUS.match(cell)
        m = BARE.fullmatch(cell, sign.end() if sign else 0)
        value = parse_number(m.group("num")) if m else None
        if m is None or value is None:
            return None
        s, e = start + m.start("num"), start + m.end("num")
        money = Money(-value if sign else value, s, e, cell.strip())
        if aligned_year(header, ln, s, e):
            years.append(money)
        elif sum_column(header, ln, s, e) and total is None:
            total = money
        else:
            return None
    return (years, total) if total is not None else None


def checked_amounts(all_lines: list[Line], headers: list[int], caption: re.Pattern[str]) -> list[Money]:
    """The numbers of the grids of years under a caption naming costs (``caption``: on the two filled lines
    over the header, blank lines between or not) whose rows all add up; a grid's rows run from its header to
    the first blank line."""
    out: list[Money] = []
    for h in headers:
        over = [ln.text for ln in all_lines[max(0, h - CAPTION_REACH) : h] if ln.text.strip()][-2:]
        if not caption.search(" ".join(over)):
            continue
        rows = []
        for ln in all_lines[h + 1 : h + 1 + ROWS]:
            if not ln.text.strip():
                break
            rows.append(_row(all_lines[h], ln))
        summed = [r for r in rows if r is not None]
        if len(summed) < 2 or len(summed) < len(rows) or not any(len(years) >= 2 for years, _ in summed):
            continue
        if all(sum((m.amount for m in years), Decimal(0)) == total.amount for years, total in summed):
            # a row with a minus (a grant or an income a sheet subtracts) adds up with its sign, its amounts are money
            out += [Money(abs(m.amount), m.start, m.end, m.raw) for years, total in summed for m in (*years, total)]
    return out
