"""A column chart of the costs as a text layer gives it: its caption names the unit, the data labels
stand over the columns, the category labels under the axis::

    Abbildung 3: Finanzierung der Umsetzungsphase 2027–2029 (in Euro)

          64.620,00
         ┌──────────┐    – 24.000,00
         │          │   ┌──────────┐      40.620,00
         │          │   │░░░░░░░░░░│     ┌──────────┐     13.540,00
      ───┴──────────┴───┴──────────┴─────┴──────────┴─────┴────────┴──
         Gesamt-        Landesmittel      Eigenanteil       davon
         kosten         (beantragt)       Stadt             2027

The numbers bear no currency: the caption gives it (a figure's or chart's caption, "Abbildung",
"Diagramm", with "in Euro" or "Beträge in €"). A data label is a number over the axis (a line of
rules with the columns' feet, "┴"), its sign no part of it (a grant drawn as a fall); its category
is the label under the axis whose cells stand under it, wrapped over the lines up to a blank line or
a legend ("░ = Drittmittel"), a word hyphenated at a line's end joined. A category's kind is its
cue, its year a year it names ("davon 2027"). A tick of the value axis ("60.000 ┤") is no label.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.lang.de import markers
from pipeline.lang.de.money import Money, parse_number
from pipeline.structure import Line

from .amounts import IN_EUR
from .corners import CornerCell

_CAPTION = re.compile(r"\b(?:Abbildung|Abb\.|Diagramm|Grafik|Schaubild)")
_LABEL = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*,\d\d(?![\d,])|(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])")
_TICK = re.compile(r"[ \t]*[┤┼├|]")  # after a number: a tick of the value axis
_AXIS = re.compile(r"[ \t]*[─━═_]*[┴┻╧][─━═_┴┻╧ \t]*")  # the axis with the columns' feet
_KEYS = re.escape(markers.BAR_BLOCKS + markers.SQUARE + markers.SMALL_SQUARE + "□")  # a legend's shades
_LEGEND = re.compile(rf"[ \t]*[{_KEYS}][ \t]*=")  # "░ = Drittmittel"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CHART_LINES = 30  # lines from the caption down to the axis at most
_CATEGORY_LINES = 4  # lines of the category labels under the axis at most


def chart_labels(text: str, all_lines: list[Line], kind_of: Callable[[str], str | None]) -> dict[int, CornerCell]:
    """The data labels of the column charts of costs, by their start; a category naming a year is given
    as that year."""
    out: dict[int, CornerCell] = {}
    if _CAPTION.search(text) is None:
        return out  # no figure's caption anywhere: no chart
    for j, caption in enumerate(all_lines):
        if not _CAPTION.search(caption.text) or not IN_EUR.search(caption.text):
            continue
        axis = next(
            (k for k in range(j + 1, min(len(all_lines), j + _CHART_LINES)) if _AXIS.fullmatch(all_lines[k].text)),
            None,
        )
        if axis is None:
            continue
        categories = _categories(all_lines[axis + 1 : axis + 1 + _CATEGORY_LINES])
        for ln in all_lines[j + 1 : axis]:
            for m in _LABEL.finditer(ln.text):
                if _TICK.match(ln.text, m.end()):
                    continue
                value = parse_number(m.group())
                centre = (m.start() + m.end()) // 2
                label = next((c for a, b, c in categories if a - 2 <= centre <= b + 2), None)
                if not value or label is None:
                    continue
                year = _YEAR.search(label)
                s, e = ln.start + m.start(), ln.start + m.end()
                money = Money(value, s, e, text[s:e])
                out[s] = CornerCell(money, ln, year.group() if year else label, label, kind_of(label))
    return out


def _categories(lines: list[Line]) -> list[tuple[int, int, str]]:
    """(start, end, text) of the category labels under the axis: each a cell of the first line and the
    cells under it on the lines after, joined."""
    cats: list[tuple[int, int, list[str]]] = []
    for n, ln in enumerate(lines):
        if not ln.text.strip() or _LEGEND.match(ln.text):
            break
        for a, b, cell in ln.columns:
            a, b = a - ln.start, b - ln.start
            if n == 0:
                cats.append((a, b, [cell.strip()]))
                continue
            k = next((i for i, (x, y, _) in enumerate(cats) if a < y + 2 and x - 2 < b), None)
            if k is not None:
                x, y, parts = cats[k]
                cats[k] = (min(x, a), max(y, b), [*parts, cell.strip()])
    return [(a, b, re.sub(r"(\w)- (\w)", r"\1\2", " ".join(parts))) for a, b, parts in cats]
