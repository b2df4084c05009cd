"""A grid whose corner cell states the unit of every column, its columns headed by kinds of money
and its rows by years or a sum::

    in Tsd. EUR    Honorare    Sachkosten    Summe
    2031              12,5          3,0       15,5
    2032               8,0          3,0       11,0

The numbers bear no currency of their own: the corner gives it, and scales them where it says
thousands ("in Tsd. EUR", "T€"). Cut at gaps, a number's column is the header cell over it; with
the gaps flattened into single spaces (a PDF's text layer), the header's kinds in order, one per
number of each row, every row holding as many. The rows run to the first line that is no such
row (blank lines between them passed over, as an export sets rows apart).

Its columns may be versions of the same plan, as a paper that replaces an earlier one compares
them, the change signed ("+ 4.165,00") and an income subtracted ("–15.722,50")::

    in €                             Ursprungsvorlage   1. Ergänzung   Veränderung
    ───────────────────────────────  ────────────────   ────────────   ───────────
    Prozessbegleitung                       18.445,00      22.610,00    + 4.165,00
    Zuwendung des Landes (beantragt)       –15.722,50     –15.722,50          0,00

Every number is money, the sign no part of it; a "0,00" is no amount, as a dash is none. A head
with a version's ordinal ("1. Ergänzung") is such a head; one with another number (a year) is not.
A label set apart from the numbers by a gap may run to CELL_WORDS words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

from pipeline.lang.de.money import Money, find_money, parse_number
from pipeline.structure import Line

from .amounts import BARE, CAPTION_LINES, CENTS, IN_EUR, SCALED, TABLE_REACH
from .columns import GRID_REACH, LABEL_WORDS, KindHeaders, column_of, wrapped_header

_DASH = re.compile(r"[–—-]")  # an empty cell's dash
# a change's sign before its number ("+ 4.165,00", "–15.722,50"); a minus set apart is an empty cell's dash
_SIGN = re.compile(r"\+[ ]?(?=\d)|[−–-](?=\d)")
_TOKEN = re.compile(r"\+[ ](?=\d)\S+|\S+")  # a word, or a number with its plus set apart
_RULES = re.compile(r"[ \t─━═_-]+")  # the rules under a head's cells ("────────   ──────")
_NUMBER = re.compile(r"\d(?!\.[ \t])")  # a digit that is no ordinal's ("1. Ergänzung")
_Cell = tuple[int, int, Decimal | None]  # a value cell of a row: where it stands, its value (None: a dash)


class CornerCell(NamedTuple):
    """An amount of such a grid: its row, the row's label, its column's head and the kind it names."""

    money: Money
    row: Line
    label: str
    column: str
    kind: str | None


def corner_grid(
    text: str, all_lines: list[Line], kind_of: Callable[[str], str | None], kinds_in: Callable[[str], list[str]]
) -> dict[int, CornerCell]:
    """The amounts of the grids whose header opens with the unit in its corner cell, by their start:
    ``kind_of`` the kind a head names, ``kinds_in`` the kinds a flattened header names in order (its
    columns where they are not one word each)."""
    out: dict[int, CornerCell] = {}
    for j, head in enumerate(all_lines):
        unit = IN_EUR.match(head.text.lstrip())
        if unit is None or "\t" in head.text or _NUMBER.search(head.text):
            continue  # a number in the head, not a version's ordinal ("1. Ergänzung"): a grid of years
        scale = 1000 if (unit.group("t") or unit.group("t2")) else 1
        rest = head.text.lstrip()[unit.end() :]
        gapped = "  " in rest.strip() or rest.startswith("  ")
        if gapped and len(head.columns) < 3:
            continue
        rows: list[tuple[Line, str, list[_Cell]]] = []
        for n, ln in enumerate(all_lines[j + 1 : j + 1 + TABLE_REACH]):
            if not ln.text.strip() or n == 0 and _RULES.fullmatch(ln.text):
                continue  # a blank line between rows, as an export may set them apart; the rule under the head
            cells = _row(ln, SCALED if scale > 1 else BARE)
            if cells is None or rows and len(cells[1]) != len(rows[0][2]):
                break
            rows.append((ln, *cells))
        words = rest.split()
        several = bool(rows) and not gapped and len(words) != len(rows[0][2])  # heads of several words
        heads = kinds_in(rest) if several else words  # then the kinds they name, in order
        kinds: list[str | None] = list(heads) if several else [kind_of(h) for h in heads]
        if not rows or not gapped and (len(heads) != len(rows[0][2]) or sum(k is not None for k in kinds) < 2):
            continue
        for ln, label, numbers in rows:
            for k, (s, e, value) in enumerate(numbers):
                money = Money(value * scale, s, e, text[s:e]) if value is not None else None
                column = (column_of(head, ln, money) if gapped else heads[k]) if money is not None else None
                if money is not None and column is not None:
                    out[s] = CornerCell(money, ln, label, column, kind_of(column) if gapped else kinds[k])
    return out


def _row(ln: Line, number: re.Pattern[str]) -> tuple[str, list[_Cell]] | None:
    """(the label, the value cells as (start, end, value or None for a dash or a zero)) of a row: a label
    of at most LABEL_WORDS words (or CELL_WORDS set apart by a gap), then numbers, with a sign or not,
    and dashes only; None for any other line."""
    tokens = list(_TOKEN.finditer(ln.text))
    k = next((n for n, t in enumerate(tokens) if _cell(number, t.group()) or _DASH.fullmatch(t.group())), None)
    if k is None or k == 0 or k == len(tokens) or k > LABEL_WORDS and not _one_cell(ln.text, tokens[k].start(), k):
        return None
    cells: list[_Cell] = []
    for t in tokens[k:]:
        m = _cell(number, t.group())
        if m is None and not _DASH.fullmatch(t.group()):
            return None
        value = parse_number(m.group("num")) if m else None
        value = value or None  # "0,00": no change, no money
        start = ln.start + t.start() + (m.start("num") if m else 0)
        cells.append((start, start + len(m.group("num")) if m else ln.start + t.end(), value))
    return " ".join(t.group() for t in tokens[:k]), cells


def _one_cell(text: str, first: int, words: int) -> bool:
    """Whether the ``words`` words before ``first`` are one cell set apart by a gap ("Zuwendung des Landes
    (beantragt)      –15.722,50"): a longer label of a grid cut at gaps, not prose."""
    label = text[:first]
    return words <= CELL_WORDS and label.endswith("  ") and "  " not in label.strip()


CELL_WORDS = 6  # words of a row's label set apart by a gap at most


def _cell(number: re.Pattern[str], token: str) -> re.Match[str] | None:
    """A number cell as ``number`` reads it, with its sign or not ("+ 4.165,00"): the amount is money either way."""
    sign = _SIGN.match(token)
    return number.fullmatch(token, sign.end() if sign else 0)


def captioned_grid(
    text: str, all_lines: list[Line], heads: KindHeaders, kind_of: Callable[[str], str | None]
) -> dict[int, CornerCell]:
    """The amounts of the grids of kinds (:mod:`.columns`) whose numbers bear no currency under a
    caption that says they are in euros ("Kosten in Euro:" over "Jahr  Honorar  Sachkosten  Summe"),
    or whose rows each end in the currency after their last number, written with cents ("2027  9.520,00
    2.000,00  11.520,00 EUR"), by their start: each row a label of a few words and one number per column. Cut at gaps, a
    number's column is the header cell over it, with the header's wrapped second line under it;
    flattened into single spaces, the header's words in order, one per number of each row (a corner
    word over the rows' labels before them), the wrapped line passed over."""
    out: dict[int, CornerCell] = {}
    for j in sorted([*heads.gap, *heads.flat]):
        head = all_lines[j]
        above = [ln.text for ln in all_lines[max(0, j - 2 * CAPTION_LINES - 2) : j] if ln.text.strip()]
        unit = IN_EUR.search(head.text) or IN_EUR.search(" ".join(above[-CAPTION_LINES:]))
        # blank lines between the lines of a flattened grid, as an export sets one after any line
        filled = [ln for ln in all_lines[j + 1 : j + 1 + 2 * GRID_REACH] if ln.text.strip() or j in heads.gap]
        priced = unit is None and _priced(filled)
        if (unit is None or unit.group("t") or unit.group("t2")) and not priced:
            continue  # numbers in thousands: the corner grid's
        below = wrapped_header(all_lines, j) if j in heads.gap else _flat_wrap(head, filled[:1])
        for ln in filled[(below is not None) :][:GRID_REACH]:
            ln = _unpriced(ln) if priced else ln
            row = _row(ln, BARE) if "\t" not in ln.text and not find_money(ln.text) else None
            if row is None:
                break
            words = head.text.split()
            if j in heads.flat and len(row[1]) not in (len(words), len(words) - 1):
                break
            for k, (s, e, value) in enumerate(row[1]):
                if value is None:
                    continue  # an empty cell's dash
                money = Money(value, s, e, text[s:e])
                column = column_of(head, ln, money, below) if j in heads.gap else words[k - len(row[1])]
                if column is not None:
                    out[s] = CornerCell(money, ln, row[0], column, kind_of(column))
    return out


_ROW_SIGN = re.compile(r"[ \t]+(?:€|EUR|Euro)[ \t]*$")  # the currency ending a row, after its last number


def _unpriced(ln: Line) -> Line:
    """A row without the currency ending it ("2027   9.520,00   2.000,00   11.520,00 EUR")."""
    sign = _ROW_SIGN.search(ln.text)
    return Line(ln.start, ln.start + sign.start(), ln.text[: sign.start()]) if sign else ln


def _priced(lines: list[Line]) -> bool:
    """Whether the rows under a header of kinds, two at least, each end in the currency after its last number and
    hold numbers alone before it (with cents: "2027   9.520,00   2.000,00   11.520,00 EUR"): the currency
    says the row's every number is in euros."""
    rows = []
    for ln in lines:
        if not ln.text.strip():
            continue
        row = _row(_unpriced(ln), CENTS) if _ROW_SIGN.search(ln.text) else None
        if row is None:
            break
        rows.append(row)
    return len(rows) >= 2 and all(len(r[1]) == len(rows[0][1]) >= 2 for r in rows)


def _flat_wrap(head: Line, next_line: list[Line]) -> Line | None:
    """The line under a flattened header of kinds (``next_line``: it, if any) holding the rest of its
    cells: words only, fewer than the header's."""
    below = next_line[0] if next_line else None
    words = below.text.split() if below is not None else []
    if not words or re.search(r"[\d.,;:]", below.text if below else "") or len(words) >= len(head.text.split()):
        return None
    return below
