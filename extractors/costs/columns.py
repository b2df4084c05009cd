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
from dataclasses import dataclass

from pipeline.lang.de.money import Money
from pipeline.structure import Line

GRID_REACH = 8  # lines from a row up to the header of kinds over its columns
LABEL_WORDS = 3  # words of a row's label at most (a longer first cell is prose)
_ROW_YEAR = re.compile(r"((?:19|20)\d\d)(?:[ \t]*\([^()\d]*\))?")


@dataclass(frozen=True)
class KindHeaders:
    """The lines that head a grid of kinds: cut at gaps (their indices), or flattened into single
    spaces (index: the kinds the header names, in order)."""

    gap: list[int]
    flat: dict[int, list[str]]


FLAT_HEADER_WORDS = 10  # words of a flattened header at most (a longer line is prose)
_NOT_A_HEADER = re.compile(r"[\d.,;:!?]")  # a digit or a sentence's mark: a row or prose, no header
# a corner cell naming the budget line over the row labels: words and its code, no sentence's mark
_CORNER = re.compile(r"[^\W\d_]+[ \t]+\d[\d./-]*\d(?:[ \t]+\([^()]*\))?")


def kind_headers(
    all_lines: list[Line], is_kind: Callable[[str], bool], kinds_in: Callable[[str], list[str]]
) -> KindHeaders:
    """The lines that head a grid by naming a kind in two columns or more: cut at gaps, three cells
    or more; flattened, a short line of words naming two kinds or more (``kinds_in``: the kinds a
    text names in order, one for neighbouring words of one kind: "Aufwand gesamt"); a line holding the
    wrapped rest of the header above it is that header's."""
    gap, flat = [], {}
    for j, ln in enumerate(all_lines):
        if "\t" in ln.text:
            continue
        if "  " in ln.text.strip():
            cells = ln.columns
            # the corner cell over the row labels may name the budget line ("Haushaltsstelle 56100.5431 (…)")
            if any(_NOT_A_HEADER.search(t) for _, _, t in cells[1:]) or len(cells) < 3:
                continue
            corner = cells[0][2].strip()
            if sum(1 for _, _, t in cells if is_kind(t)) >= 2 and (
                not _NOT_A_HEADER.search(corner) or _CORNER.fullmatch(corner)
            ):
                gap.append(j)
        elif _NOT_A_HEADER.search(ln.text):
            continue
        elif 2 <= len(ln.text.split()) <= FLAT_HEADER_WORDS and len(kinds := kinds_in(ln.text)) >= 2:
            flat[j] = kinds
    # a header's cells wrapped onto the line under it are its rest, no header of their own
    gap = [j for j in gap if not (j - 1 in gap and wrapped_header(all_lines, j - 1) is all_lines[j])]
    return KindHeaders(gap, flat)


_DASH_CELL = re.compile(r"(?<!\S)[–—-](?!\S)")  # an empty cell's dash


def flat_kind_cell(
    all_lines: list[Line], flat: dict[int, list[str]], i: int, money: Money, find: Callable[[str], list[Money]]
) -> tuple[str, str] | None:
    """(the kind of its column, the row's label) of an amount in a grid of kinds flattened into
    single spaces: the header's kinds in order, one per value cell of each row under it (an amount
    or an empty cell's dash), every row up to the amount's holding as many."""
    j = max((k for k in flat if k < i and i - k <= GRID_REACH), default=None)
    if j is None:
        return None
    kinds = flat[j]
    for ln in all_lines[j + 1 : i + 1]:
        if not ln.text.strip():
            continue  # a blank line between rows, as an export may set
        row = _value_cells(ln.text, find)
        if row is None or len(row[1]) != len(kinds):
            return None
    label, cells = _value_cells(all_lines[i].text, find) or ("", [])
    at = money.start - all_lines[i].start
    return (kinds[cells.index(at)], label) if at in cells else None


def _value_cells(line: str, find: Callable[[str], list[Money]]) -> tuple[str, list[int]] | None:
    """(the label, the starts of the value cells) of a flattened row: a label of at most
    LABEL_WORDS words, then amounts and dashes only."""
    spans = sorted([(m.start, m.end) for m in find(line)] + [m.span() for m in _DASH_CELL.finditer(line)])
    if len(spans) < 2:
        return None
    label = line[: spans[0][0]].strip()
    rest = "".join(line[b:c] for (_, b), (c, _) in zip(spans, spans[1:])) + line[spans[-1][1] :]
    if not label or len(label.split()) > LABEL_WORDS or rest.strip():
        return None
    return label, [a for a, _ in spans]


_RULES = re.compile(r"[ \t]*(?:[-─—–=_+]{3,}+[ \t]*)+")  # a line of rules, one per column or one across


def kind_grid(
    all_lines: list[Line], headers: list[int], i: int, has_money: Callable[[str], bool]
) -> tuple[Line, Line | None] | None:
    """The header of kinds over row ``i`` and its wrapped second line (:func:`wrapped_header`), if
    any: the rows between hold a label and amounts, two cells or more, none of them blank; a line of
    rules between them (under the header, over the sum row) is none of the rows."""
    k = bisect.bisect_left(headers, i)
    if k == 0 or i - headers[k - 1] > GRID_REACH:
        return None
    j = headers[k - 1]
    below = wrapped_header(all_lines, j)
    for ln in all_lines[j + 1 + (below is not None) : i + 1]:
        if _RULES.fullmatch(ln.text):
            continue  # a rule under the header or over the sum row, drawn per column or across
        cells = ln.columns
        if "\t" in ln.text or len(cells) < 2 or not has_money(ln.text) or len(cells[0][2].split()) > LABEL_WORDS:
            return None
    return all_lines[j], below


def wrapped_header(all_lines: list[Line], j: int) -> Line | None:
    """The line right under header ``j`` that holds the rest of its cells wrapped ("Jahr  Projektmittel
    Wissenschaftliche" over "      Maßnahmen     Begleitung"): words only, each cell under one of the
    header's; None where the next line is none such."""
    if j + 1 >= len(all_lines):
        return None
    header, below = all_lines[j], all_lines[j + 1]
    cells = below.columns
    if not cells or "\t" in below.text or _NOT_A_HEADER.search(below.text):
        return None
    spans = [(hs - header.start, he - header.start) for hs, he, _ in header.columns]
    under = [any(hs < be - below.start and bs - below.start < he for hs, he in spans) for bs, be, _ in cells]
    return below if all(under) and len(cells) < len(spans) else None


def column_of(header: Line, row: Line, money: Money, below: Line | None = None) -> str | None:
    """The header cell standing over the amount (by character columns, numbers flush right or
    left under it), when one does; with the part of it wrapped onto ``below`` after it."""
    a, b = money.start - row.start, money.end - row.start
    over = [(hs, he, t) for hs, he, t in header.columns if hs - header.start < b + 2 and a - 2 < he - header.start]
    if len(over) != 1:
        return None
    hs, he, head = over[0]
    if below is None:
        return head
    a, b = hs - header.start, he - header.start
    rest = [t for bs, be, t in below.columns if a < be - below.start and bs - below.start < b]
    return " ".join([head, *rest])


def row_year(label: str) -> int | None:
    """The year a row's label is ("2031", "2028 (Planentwurf)": a note on it in brackets)."""
    m = _ROW_YEAR.fullmatch(label.strip())
    return int(m.group(1)) if m else None


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
