"""A table of costs by period, its columns headed by kinds of money, its rows by periods of the
funding and their sum, the unit in a note under it::

    Zeitraum      Personalausgaben   Sachausgaben    Summe   ESF Plus   Eigenanteil
                                                             (80 %)    Stadt (20 %)
    ────────────  ────────────────   ────────────   ──────   ────────   ───────────
    09–12/2027              44.000          2.000   46.000     36.800         9.200
    2028                   134.000          6.000  140.000    112.000        28.000
    ────────────  ────────────────   ────────────   ──────   ────────   ───────────
    gesamt                 178.000          8.000  186.000    148.800        37.200

    Beträge in Euro

The numbers bear no currency: the note under the rows gives it ("Beträge in Euro", "Angaben in
EUR"), a short line within a few lines of the last row. A row's label is a period (a year, months
or days of a year: "09–12/2027", "01.09.–31.12.2027") or a sum ("gesamt", "Summe"); a period's
fiscal year is the year it falls in. A head's cells may wrap onto the lines under it ("ESF Plus" /
"(80 %)"), and rules may stand under the head and over the sum. Cut at gaps, a number's column is
the head's cell over it; flattened into single spaces (a PDF's text layer), the head's kinds in
order, one per number of each row. A table without the note, or with a row that is no period nor
sum, is left to the other readers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.lang.de.money import Money, find_money, parse_number
from pipeline.structure import Line

from .amounts import BARE, IN_EUR
from .columns import GRID_REACH, KindHeaders, column_of
from .corners import CornerCell

# a period of a year as a row's label: the year, a span of its months or of its days
_PERIOD = re.compile(r"(?:\d{1,2}[–-]\d{1,2}/|\d{1,2}\.\d{1,2}\.[–-]\d{1,2}\.\d{1,2}\.[ \t]?)?(?P<year>(?:19|20)\d\d)")
_RULE_LINE = re.compile(r"[ \t─━═_–-]+")  # a line of rules, one per column or one across
_DASH = re.compile(r"[–—-]")  # an empty cell's dash
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?")  # a cell's number, German-formatted, no currency
_HEAD_WRAP = 3  # lines of a head's cells wrapped under it at most
_NOTE_LINES = 3  # lines from the last row down to the note of the unit
_NOTE_WORDS = 6  # words of that note at most


def period_grid(
    text: str, all_lines: list[Line], heads: KindHeaders, kind_of: Callable[[str], str | None]
) -> dict[int, CornerCell]:
    """The amounts of the tables of costs by period under ``heads`` (:func:`.columns.kind_headers`),
    by their start; a period's label is given as its year."""
    out: dict[int, CornerCell] = {}
    for j in sorted([*heads.gap, *heads.flat]):
        flat = heads.flat.get(j)
        head, below, k = all_lines[j], None, j + 1
        while k < len(all_lines) and k - j <= _HEAD_WRAP and _head_wrap(all_lines[k].text):
            below = below or all_lines[k]
            k += 1
        rows: list[tuple[Line, str, list[tuple[int, int, str]]]] = []
        while k < len(all_lines) and len(rows) < 2 * GRID_REACH:
            ln = all_lines[k]
            if ln.text.strip() and not _RULE_LINE.fullmatch(ln.text):
                row = _row(ln)
                if row is None:
                    break
                rows.append((ln, *row))
            elif not ln.text.strip() and rows:
                break
            k += 1
        if not rows or not _note(all_lines, k) or not all(_label(label, kind_of) for _, label, _ in rows):
            continue
        if flat is not None and any(len(cells) != len(flat) for _, _, cells in rows):
            continue
        for ln, label, cells in rows:
            year = _PERIOD.fullmatch(label)
            for n, (s, e, cell) in enumerate(cells):
                value = parse_number(cell) if not _DASH.fullmatch(cell) else None
                if not value:
                    continue  # an empty cell's dash, a zero
                money = Money(value, s, e, text[s:e])
                column = flat[n] if flat is not None else column_of(head, ln, money, below)
                if column is not None:
                    kind = column if flat is not None else kind_of(column)
                    out[s] = CornerCell(money, ln, year.group("year") if year else label, column, kind)
    return out


def _head_wrap(line: str) -> bool:
    """Whether a line under a head holds its cells' wrapped rest: words, shares in brackets, no amount."""
    return bool(line.strip()) and not _RULE_LINE.fullmatch(line) and not any(BARE.fullmatch(w) for w in line.split())


def _row(ln: Line) -> tuple[str, list[tuple[int, int, str]]] | None:
    """(the label, the value cells as (start, end, text)) of a row: a label of one to three words,
    then numbers and dashes only; None for any other line."""
    tokens = list(re.finditer(r"\S+", ln.text))
    k = next((n for n, t in enumerate(tokens) if _NUMBER.fullmatch(t.group()) or _DASH.fullmatch(t.group())), None)
    if k is None or not 0 < k <= 3 or len(tokens) - k < 2 or find_money(ln.text):
        return None
    cells = []
    for t in tokens[k:]:
        if not (_NUMBER.fullmatch(t.group()) or _DASH.fullmatch(t.group())):
            return None
        cells.append((ln.start + t.start(), ln.start + t.end(), t.group()))
    return " ".join(t.group() for t in tokens[:k]), cells


def _label(label: str, kind_of: Callable[[str], str | None]) -> bool:
    """Whether a row's label is a period or the sum of the periods."""
    return _PERIOD.fullmatch(label) is not None or kind_of(label) == "total"


def _note(all_lines: list[Line], k: int) -> bool:
    """Whether a short note of the unit stands within a few lines from ``k`` ("Beträge in Euro")."""
    for ln in all_lines[k : k + _NOTE_LINES]:
        words = ln.text.split()
        if words:
            return len(words) <= _NOTE_WORDS and IN_EUR.search(ln.text) is not None
    return False
