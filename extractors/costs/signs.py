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

A plan set side by side, the currency's sign over each side's amounts beside the side's head (:func:`_paired_signs`):

    Ausgaben                          €    Einnahmen                          €
    Wissenschaftliche Begleitung 12.000    Landesförderung               18.000
    Dolmetschen                   2.800
    -----------------------------------    -----------------------------------
    Summe                        29.300    Summe                         29.300

Every cell of a row is a label or an amount ending under a sign; a row with another cell ends the table. A PDF's
text layer sets such a plan with single spaces ("Ausgaben € Einnahmen €" over "Wissenschaftliche Begleitung 12.000
Landesförderung 18.000"): there a row is labels and amounts, at most one amount a side, no other digit, an amount
wrapped onto a line of its own too.
"""

from __future__ import annotations

import re

from pipeline.lang.de.money import Money, find_money, parse_number
from pipeline.structure import Line

from .amounts import BARE, TABLE_REACH, scaled

_SIGN = re.compile(r"(?P<indent>[ \t]*)(?:€|EUR|Euro)[ \t]*")  # the sign alone on its line
_RULE = re.compile(r"[ \t]*[-–—=_]{3,}[ \t]*")  # a rule between rows
# a flattened row: its label, one space, its amount ("Gesamtkosten 150.000")
_ENDING = re.compile(r"\S.*?[ \t](?P<num>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{2})(?:,-{1,2})?")
_SLACK = 2  # characters an amount's end may stand beside the sign's
_ROWS = 2  # rows of such a column at least
_INDENT = 8  # spaces before a sign set over a column to the right


def with_sign_columns(found: list[Money], text: str, all_lines: list[Line], sides: list[Money]) -> list[Money]:
    """``found`` (the bare amounts of other tables) and the amounts of the columns under a sign alone besides;
    ``sides`` are the amounts of the plans set side by side (:func:`side_amounts`)."""
    taken = {f.start for f in found}
    return found + [m for m in sign_column_amounts(text, all_lines, sides) if m.start not in taken]


def sign_column_amounts(text: str, all_lines: list[Line], sides: list[Money]) -> list[Money]:
    """The amounts of every column headed by the currency's sign alone, after ``sides``."""
    out: list[Money] = list(sides)
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


_WORDS = re.compile(r"[^\W\d_][^\d]*")  # a head's cell of words, no digit
_RULES = re.compile(r"[ \t]*[-–—=_]{3,}(?:[ \t]+[-–—=_]{3,})*[ \t]*")  # a rule under each side


def side_amounts(text: str, all_lines: list[Line]) -> list[Money]:
    """The amounts of the plans set side by side (:func:`_paired_signs`), with gaps or flattened."""
    out: list[Money] = []
    for i, head in enumerate(all_lines):
        if "€" not in head.text and "EUR" not in head.text:
            continue
        if (rights := _paired_signs(head)) and len(found := _side_rows(text, all_lines[i + 1 :], rights)) >= _ROWS:
            out += found
        elif _FLAT_SIDES.fullmatch(head.text) and not scaled(head.text):
            out += _flat_side_rows(text, all_lines[i + 1 :])
    return out


def side_label(row: Line, money: Money, found: list[Money]) -> Line:
    """The part of a side's row an amount ends: from the end of the amount before it on the row (the other side's)
    to its own end, the side's label first ("Landesförderung   18.000" of "Begleitung  12.000  Landesförderung
    18.000")."""
    lo = max([m.end for m in found if row.start <= m.end <= money.start], default=row.start)
    return Line(lo, money.end, row.text[lo - row.start : money.end - row.start])


def _paired_signs(head: Line) -> list[int]:
    """The right edges of the signs of a header of sides, each a head of words and the sign alone as the cell after
    it ("Ausgaben    €    Einnahmen    €"); [] for any other line."""
    cells = head.columns if "\t" not in head.text and ("€" in head.text or "EUR" in head.text) else []
    if scaled(head.text):
        return []  # "Tsd.   €": its figures are no euros as they stand
    if len(cells) < 2 or len(cells) % 2:
        return []
    pairs = list(zip(cells[::2], cells[1::2]))
    if all(_WORDS.fullmatch(w) and _SIGN.fullmatch(c) for (_, _, w), (_, _, c) in pairs):
        return [b - head.start for _, (_, b, _) in pairs]
    return []


def _side_rows(text: str, lines: list[Line], rights: list[int]) -> list[Money]:
    """The amounts of the rows under a header of sides, each ending under a sign (``rights``); none where a row holds
    another cell."""
    found: list[Money] = []
    for ln in lines[:TABLE_REACH]:
        if not ln.text.strip() or "\t" in ln.text:
            break
        if _RULES.fullmatch(ln.text):
            continue
        if find_money(ln.text):
            return []
        for a, b, cell in ln.columns:
            m = BARE.fullmatch(cell)
            if m is None and _WORDS.fullmatch(cell):
                continue
            if m is None or not any(abs(b - ln.start - r) <= _SLACK for r in rights):
                return []
            value = parse_number(m["num"])
            s, e = a + m.start("num"), a + m.end("num")
            if value is not None:
                found.append(Money(value, s, e, text[s:e]))
    return found


# a header of sides flattened into single spaces: two heads of words or more, each with the sign after it
_FLAT_SIDES = re.compile(r"[ \t]*(?:[^\W\d_][^\d€\t]*? (?:€|EUR)[ \t]+){1,3}[^\W\d_][^\d€\t]*? (?:€|EUR)[ \t]*")
_FLAT_NUM = re.compile(r"(?:(?<=\s)|^)(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{2})(?=\s|$)")


def _flat_side_rows(text: str, lines: list[Line]) -> list[Money]:
    """The amounts of the rows under a header of sides flattened into single spaces (:data:`_FLAT_SIDES`); none where
    a line before the table's end holds another digit or more amounts than a side's."""
    found: list[Money] = []
    rows = 0
    for ln in lines[:TABLE_REACH]:
        if not ln.text.strip() or "\t" in ln.text:
            break
        if _RULES.fullmatch(ln.text):
            continue
        rows += 1
        nums = list(_FLAT_NUM.finditer(ln.text))
        rest = _FLAT_NUM.sub(" ", ln.text)
        if not nums or len(nums) > _MAX_SIDES or re.search(r"\d", rest) or find_money(ln.text):
            return []
        for m in nums:
            value = parse_number(m["num"])
            s, e = ln.start + m.start("num"), ln.start + m.end("num")
            if value is not None:
                found.append(Money(value, s, e, text[s:e]))
    return found if rows >= _ROWS else []


_MAX_SIDES = 4  # sides of a plan at most
