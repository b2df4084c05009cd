"""A bill of quantities ("Pos. / Leistung / Menge / Einheit / EP in € / GP in €", an order's positions
"Pos. / Kurztext / Menge / ME / Preis je ME / Wert netto"): each row a label, a quantity, its unit, a unit
price and the position's price, read by the kinds of its last cells alone, the price being the quantity
times the unit price to the cent. So a text layer that closed the gaps of the columns to single spaces, or
a header that names no currency, still gives them. Under the rows, the lines of sums where they add up:
the positions' sum ("Summe netto"), the tax at the rate its line names ("zzgl. 19 % USt."), and the two
together ("Summe brutto"). A row's kind is its label's first cue (the head of "Druck Kurzfassung
Evaluationsbericht" is the print), else the caption's over the table (an order's head: "Kreditor … Moderation
GmbH"); a sum is of the rows' one kind where they all have it, else the total."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from extractors.base import collapse
from pipeline.lang.de.money import Money, parse_number
from pipeline.structure import Line

from .amounts import RULE_GLYPH, block_above
from .kinds import Config, first_cue

_NUM = r"\d{1,3}(?:\.\d{3})*"
# a position: its label, the quantity, the unit (a word or its abbreviation: "Tag", "Std.", "PAU", "pauschal"),
# the unit price and the price, each a number with cents
_ROW = re.compile(
    rf"[ \t]*(?P<label>\S.*?)[ \t]+(?P<qty>{_NUM}(?:,\d{{1,3}})?)[ \t]+(?P<unit>[^\W\d_][^\s\d]{{0,11}})"
    rf"[ \t]+(?P<price>{_NUM},\d\d)[ \t]+(?P<total>{_NUM},\d\d)[ \t]*$"
)
_SUM_LINE = re.compile(rf"[ \t]*(?P<label>[^\W\d_].*?)[ \t]+(?P<total>{_NUM},\d\d)[ \t]*$")  # "Summe netto  14.400,00"
_TAX_RATE = re.compile(r"(?<![\d,])(\d{1,2}(?:,\d{1,2})?)[ \t]*%")  # "zzgl. 19 % USt.", "Umsatzsteuer 19 %"
_POSITION = re.compile(r"^[ \t]*(?:\d{1,4}(?:\.\d{1,4})*\.?|[A-Z]\d{0,3})[ \t]+")  # "1", "0010", "1.2.1", "A1"
_RULE_LINE = re.compile(rf"[ \t]*[{RULE_GLYPH}]{{3,}}(?:[ \t]+[{RULE_GLYPH}]{{3,}})*[ \t]*")
_OWN_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d\d(?![\d.])")  # a year, not a date's
MIN_ROWS = 2  # positions of a bill at least
WRAPPED = 2  # lines of a label wrapped under its row at most
WRAPPED_WORDS = 6  # words of such a line at most
SUM_LINES = 4  # lines of sums under the positions at most
CAPTION_LINES = 10  # lines of the caption over the header at most
CENT = Decimal("0.01")


class Priced(NamedTuple):
    """An amount of a bill of quantities: its row's line, its kind and the year of its caption."""

    money: Money
    row: Line
    kind: str | None
    year: int | None


def _number(text: str) -> Decimal | None:
    value = parse_number(text)
    return Decimal(value) if value is not None else None


def _checked(ln: Line) -> re.Match[str] | None:
    """A row whose price is its quantity times its unit price, to the cent."""
    m = _ROW.match(ln.text) if ln.text.count(",") >= 2 else None  # the price's cents and the total's
    if m is None:
        return None
    qty, price, total = (_number(m.group(k)) for k in ("qty", "price", "total"))
    if qty is None or price is None or total is None or not total:
        return None
    return m if (qty * price).quantize(CENT) == total else None


def _wrapped(ln: Line) -> bool:
    """A line of a row's label wrapped under it: a few words, no number at its end."""
    words = ln.text.split()
    return 0 < len(words) <= WRAPPED_WORDS and _SUM_LINE.match(ln.text) is None and _ROW.match(ln.text) is None


def priced_rows(conf: Config, all_lines: list[Line]) -> dict[int, Priced]:
    """The amounts of the bills of quantities of the text, by their start."""
    out: dict[int, Priced] = {}
    i = 0
    while i < len(all_lines):
        if _checked(all_lines[i]) is None:
            i += 1
            continue
        rows, end = _rows(all_lines, i)
        if len(rows) >= MIN_ROWS and any(_number(m.group("qty")) != 1 for _, m in rows):
            out.update(_bill(conf, all_lines, i, rows, end))
        i = end
    return out


def _rows(all_lines: list[Line], i: int) -> tuple[list[tuple[int, re.Match[str]]], int]:
    """The checked rows from line ``i`` on (labels wrapped under them and blank lines between them passed over), and
    the line after them."""
    rows: list[tuple[int, re.Match[str]]] = []
    k = i
    while k < len(all_lines):
        m = _checked(all_lines[k])
        if m is not None:
            rows.append((k, m))
            k += 1
            continue
        n = 0  # a label's lines wrapped under its row, and a blank line a page's layout set between rows
        while (
            n <= WRAPPED
            and k + n < len(all_lines)
            and (_wrapped(all_lines[k + n]) or not all_lines[k + n].text.strip())
        ):
            n += 1
        if n and k + n < len(all_lines) and _checked(all_lines[k + n]) is not None:
            k += n
            continue
        break
    last = rows[-1][0] + 1
    while last < len(all_lines) and last - rows[-1][0] <= WRAPPED and _wrapped(all_lines[last]):
        last += 1
    return rows, last


def _bill(
    conf: Config, all_lines: list[Line], first: int, rows: list[tuple[int, re.Match[str]]], end: int
) -> dict[int, Priced]:
    """The amounts of one bill: its positions' unit prices and prices, and its sums that add up."""
    caption = _caption(all_lines, first)
    years = set(_OWN_YEAR.findall(caption))
    year = int(years.pop()) if len(years) == 1 else None
    fallback = first_cue(conf, [caption])
    out: dict[int, Priced] = {}
    kinds = []
    for k, m in rows:
        ln = all_lines[k]
        label = _POSITION.sub("", m.group("label"))
        kind = first_cue(conf, [collapse(label)]) or fallback
        kinds.append(kind)
        for key in ("price", "total"):
            s = ln.start + m.start(key)
            out[s] = Priced(
                Money(parse_number(m.group(key)) or Decimal(0), s, ln.start + m.end(key), m.group(key)), ln, kind, year
            )
    one = kinds[0] if len(set(kinds)) == 1 else None
    net = sum((_number(m.group("total")) or Decimal(0) for _, m in rows), Decimal(0))
    for ln, m, tax in _sums(all_lines, end, net):
        s = ln.start + m.start("total")
        kind = one or ("other" if tax else "total")
        out[s] = Priced(
            Money(parse_number(m.group("total")) or Decimal(0), s, ln.start + m.end("total"), m.group("total")),
            ln,
            kind,
            year,
        )
    return out


def _sums(all_lines: list[Line], end: int, net: Decimal) -> list[tuple[Line, re.Match[str], bool]]:
    """The lines of sums under a bill's positions (rules passed over): the positions' sum, the tax at the rate its
    line names, and the sum with the tax; each, a tax marked, while the lines add up."""
    out: list[tuple[Line, re.Match[str], bool]] = []
    tax: Decimal | None = None
    sums = {net}
    for ln in all_lines[end : end + SUM_LINES + 2]:
        if _RULE_LINE.fullmatch(ln.text):
            continue
        m = _SUM_LINE.match(ln.text)
        value = _number(m.group("total")) if m else None
        if m is None or value is None:
            break
        rate = _TAX_RATE.search(m.group("label"))
        if (
            rate
            and tax is None
            and (_number(rate.group(1)) or 0)
            and (net * (_number(rate.group(1)) or 0) / 100).quantize(CENT) == value
        ):
            tax = value
            sums = {net + tax}
            out.append((ln, m, True))
        elif value in sums:
            out.append((ln, m, False))
        else:
            break
        if len(out) >= SUM_LINES:
            break
    return out


def _caption(all_lines: list[Line], first: int) -> str:
    """The lines over a bill's header: the block of lines over the blank line above it (the order's head, the
    table's title), at most :data:`CAPTION_LINES`."""
    k = first - 1
    while k >= 0 and all_lines[k].text.strip() and first - k <= 3:
        k -= 1  # the header and its rules
    return block_above(all_lines, k, CAPTION_LINES)
