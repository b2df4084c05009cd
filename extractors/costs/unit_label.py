"""A row whose label names the currency of its numbers ("Summe je Handlungsfeld (EUR)   21.000   11.000"), as a
matrix whose columns are no years sets its sums (heads "HF 1 … HF 5", a legend "alle Beträge in Euro" under it):
the numbers ending the row, cut at gaps or at the single spaces a PDF's text layer left, are amounts, a dash an
empty cell. The rows above it without such a label stay unread (their unit is the legend's, not their own)."""

from __future__ import annotations

import re

from pipeline.lang.de.money import Money, find_money, parse_number
from pipeline.structure import Line

_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d{1,3},\d{2}|\d{1,3}"
_ROW = re.compile(
    r"[ \t]*(?P<label>[^\W\d_][^\d\t()]*?)[ \t]*\((?:in[ \t]+)?(?:EUR|€|Euro)\)"
    rf"(?P<cells>(?:[ \t]+(?:{_NUMBER}|[–—-]))+)[ \t]*"
)
_CELL = re.compile(rf"(?<![\d.,])(?:{_NUMBER})(?![\d.,])")


def unit_label_amounts(text: str, all_lines: list[Line]) -> list[Money]:
    """The numbers of the rows whose label ends in the currency in brackets; at least one with a thousands point
    or cents (no count of items)."""
    out: list[Money] = []
    for ln in all_lines:
        m = _ROW.fullmatch(ln.text)
        if m is None or find_money(ln.text):
            continue
        cells = list(_CELL.finditer(m.group("cells")))
        if not any("." in c.group() or "," in c.group() for c in cells):
            continue
        base = ln.start + m.start("cells")
        for c in cells:
            value = parse_number(c.group())
            if value is not None:
                out.append(Money(value, base + c.start(), base + c.end(), c.group()))
    return out
