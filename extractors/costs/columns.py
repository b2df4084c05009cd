"""A grid whose header names the kind of money of each column, its rows by year and a sum row,
cut at gaps (a text export without tabs)::

    Jahr    Aufwand gesamt    davon Honorar    davon Sachkosten    Landesmittel
    2031       9.000,00 €        7.000,00 €          2.000,00 €             –
    2032      21.000,00 €       15.000,00 €          6.000,00 €     10.000,00 €
    Summe     30.000,00 €       22.000,00 €          8.000,00 €     10.000,00 €

An amount's kind is its column's (the row's label is a year or the sum, no kind), its fiscal year
the year that labels its row. The header is a line of three cells or more, no digit in it, two of
its cells or more naming a kind; the rows follow it without a blank line or a line of prose
between, each a label and amounts under the header's cells.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from pipeline.lang.de.money import Money
from pipeline.structure import Line

GRID_REACH = 8  # lines from a row up to the header of kinds over its columns
LABEL_WORDS = 3  # words of a row's label at most (a longer first cell is prose)
_YEAR = re.compile(r"(?:19|20)\d\d")


def kind_headers(all_lines: list[Line], is_kind: Callable[[str], bool]) -> list[int]:
    """The lines that head a grid by naming a kind in two columns or more."""
    out = []
    for j, ln in enumerate(all_lines):
        if "  " not in ln.text or "\t" in ln.text or re.search(r"\d", ln.text):
            continue
        cells = ln.columns
        if len(cells) >= 3 and sum(1 for _, _, t in cells if is_kind(t)) >= 2:
            out.append(j)
    return out


def kind_grid(all_lines: list[Line], headers: list[int], i: int, has_money: Callable[[str], bool]) -> Line | None:
    """The header of kinds over row ``i``: the rows between hold a label and amounts, two cells
    or more, none of them blank."""
    k = bisect.bisect_left(headers, i)
    if k == 0 or i - headers[k - 1] > GRID_REACH:
        return None
    j = headers[k - 1]
    for ln in all_lines[j + 1 : i + 1]:
        cells = ln.columns
        if "\t" in ln.text or len(cells) < 2 or not has_money(ln.text) or len(cells[0][2].split()) > LABEL_WORDS:
            return None
    return all_lines[j]


def column_of(header: Line, row: Line, money: Money) -> str | None:
    """The header cell standing over the amount (by character columns, numbers flush right or
    left under it), when one does."""
    a, b = money.start - row.start, money.end - row.start
    over = [t for hs, he, t in header.columns if hs - header.start < b + 2 and a - 2 < he - header.start]
    return over[0] if len(over) == 1 else None


def row_year(row: Line) -> int | None:
    """The year labelling a row ("2031   9.000,00 €  …")."""
    label = row.columns[0][2].strip()
    return int(label) if _YEAR.fullmatch(label) else None


# a row's label and its leader of dots up to the amount ("Sachkosten ........ 5.900,00 €")
_LEADER = re.compile(r"[ \t]*(?P<label>\S.*?)[ \t]*(?:\.{3,}|(?:\.[ \t]){3,}\.?|…{2,})[ \t]*$")


def leader_label(lines: list[Line], i: int, money: Money) -> tuple[int, str] | None:
    """(where it starts, the label) of a row set with a leader of dots before its amount, the line
    above with it where the label wrapped (a bracket left open there, or the row's label going on
    in lower case); None for any other line."""
    row = lines[i]
    m = _LEADER.fullmatch(row.text, 0, money.start - row.start)
    if m is None:
        return None
    label, start = m["label"], row.start + m.start("label")
    above = lines[i - 1].text.strip() if i > 0 else ""
    if (
        above
        and not _LEADER.search(above)
        and not re.search(r"\d[ \t]*(?:€|EUR|Euro)", above)
        and (above.count("(") > above.count(")") or label[:1].islower())
    ):
        label, start = (
            above + " " + label,
            lines[i - 1].start + len(lines[i - 1].text) - len(lines[i - 1].text.lstrip()),
        )
    return start, label
