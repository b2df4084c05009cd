"""A column of bare amounts under the currency's sign alone on the header's line, the rows' labels at the left:

                                                  €
    Koordinierungsstelle (0,5 VZÄ, 3 Jahre)     114.000
    Prozessbegleitung (brutto)                   23.800
    ---------------------------------------------------
    Gesamtkosten                                137.800

The sign stands over the amounts' right edge, as a right-aligned column sets it; every row's amount ends under it,
German-formatted with its thousands parted or its cents, after a label a gap before. A PDF's text layer sets the sign
at the line's start and each row's amount one space after its label, blank lines around the rules: there every row
ends in its amount. The rows run to the next blank line that no rule stands beside, the rules stepped over. Two rows
at least, or none is read.
"""

from __future__ import annotations

import re

from pipeline.lang.de.money import Money, find_money, parse_number
from pipeline.structure import Line

from .amounts import BARE, TABLE_REACH

_SIGN = re.compile(r"(?P<indent>[ \t]*)(?:€|EUR|Euro)[ \t]*")  # the sign alone on its line
_RULE = re.compile(r"[ \t]*[-–—=_]{3,}[ \t]*")  # a rule between rows
# a flattened row: its label, one space, its amount ("Gesamtkosten 150.000")
_ENDING = re.compile(r"\S.*?[ \t](?P<num>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{2})(?:,-{1,2})?")
_SLACK = 2  # characters an amount's end may stand beside the sign's
_ROWS = 2  # rows of such a column at least
_INDENT = 8  # spaces before a sign set over a column to the right


def with_sign_columns(found: list[Money], text: str, all_lines: list[Line]) -> list[Money]:
    """``found`` (the bare amounts of other tables) and the amounts of the columns under a sign alone besides."""
    taken = {f.start for f in found}
    return found + [m for m in sign_column_amounts(text, all_lines) if m.start not in taken]


def sign_column_amounts(text: str, all_lines: list[Line]) -> list[Money]:
    """The amounts of every column headed by the currency's sign alone."""
    out: list[Money] = []
    for i, head in enumerate(all_lines):
        sign = _SIGN.fullmatch(head.text) if "\t" not in head.text else None
        if sign is None:
            continue
        right = len(head.text.rstrip()) if len(sign["indent"]) >= _INDENT else None  # None: a flattened table
        found = _rows(text, all_lines[i + 1 : i + 1 + TABLE_REACH], right)
        if len(found) >= _ROWS:
            out += found
    return out


def _rows(text: str, lines: list[Line], right: int | None) -> list[Money]:
    found: list[Money] = []
    for k, ln in enumerate(lines):
        if not ln.text.strip():
            beside = [x.text for x in lines[max(0, k - 1) : k + 2]]
            if any(_RULE.fullmatch(t) for t in beside):
                continue  # a blank line beside a rule, as a PDF's text layer sets it
            break
        if "\t" in ln.text:
            break
        if _RULE.fullmatch(ln.text):
            continue
        money = _amount(text, ln, right)
        if money is None:
            return []  # a line that is no row of the column: no such table
        found.append(money)
    return found


def _amount(text: str, ln: Line, right: int | None) -> Money | None:
    """The bare amount ending a row: under the sign's right edge, or, flattened, after its label one space on."""
    if find_money(ln.text):
        return None
    if right is None:
        m = _ENDING.fullmatch(ln.text.rstrip())
        s, e = (ln.start + m.start("num"), ln.start + m.end("num")) if m is not None else (0, 0)
    else:
        cols = ln.columns
        m = BARE.fullmatch(cols[-1][2]) if len(cols) >= 2 else None
        s, e = (cols[-1][0] + m.start("num"), cols[-1][0] + m.end("num")) if m is not None else (0, 0)
        if m is not None and abs(e - ln.start - right) > _SLACK:
            return None
    value = parse_number(text[s:e]) if m is not None else None
    return Money(value, s, e, text[s:e]) if value is not None else None
