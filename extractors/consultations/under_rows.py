"""consultation_under_rows: the lines a Beratungsfolge block sets right under its rows.

A row's name wrapped onto lines of its own goes on with the row above it; a line of role or status
words under every row holds the rows' cells, as a table sets its role cell on the line under the name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pipeline.structure import Line
from pipeline.structure.tokens import Cell

from .vocab import OPEN_END

DATE_WORD = re.compile(r"[ \t]+(?:am|vom)[ \t]*$")  # the word before a date ending a name's cell: not the name's


def ends_open(name: str) -> bool:
    """Whether a row's name cell goes on below, the word before the date no word of the name ("Ausschuss für Soziales
    und am 18.05.2027")."""
    return OPEN_END.search(DATE_WORD.sub("", name)) is not None


Item = tuple[str, Line, str, list[Cell]]  # line kind, line, how it is cut (tab|gap|tokens), cells


def statuses_below(items: list[Item]) -> bool:
    """Whether the block's lines of role words stand each right under a row, as a table sets a row's
    role cell on the line under its name ("12.05.2026   öffentlich   Sozialausschuss" / "zur Beratung"):
    one under every row of two or more, none above the first; a label ("Beschluss:") opens a text, no cell."""
    last = max((n for n, it in enumerate(items) if it[0] == "row"), default=0)
    over = next((n for n in range(last, len(items)) if items[n][0] == "blank"), len(items))
    placed = [(k, line) for k, line, *_ in items[:over] if k in ("row", "text", "status", "spill", "date")]
    placed = [p for n, p in enumerate(placed) if not (p[0] == "text" and row_above(placed, n + 1) is not None)]
    kinds = [k for k, _ in placed]
    pairs = list(zip(kinds, kinds[1:]))
    return (
        kinds.count("row") >= 2
        and not any(k == "status" and line.text.rstrip().endswith(":") for k, line in placed)
        and kinds[0] == "row"
        and all(a == "row" for a, b in pairs if b == "status")
        and all(b == "status" for a, b in pairs if a == "row")
        and kinds[-1] == "status"
    )


def row_above(items: Sequence[tuple[Any, ...]], n: int) -> int | None:
    """The row whose name the text lines right above item ``n`` go on with, each with the one above it
    (``n - 1`` where that is the row itself); None where another line stands between. A row's line
    left open at its end ("04.05.2027  Beirat für Migration und") goes on in the line under it."""
    k = n - 1
    while k >= 0 and items[k][0] == "text":
        above = items[k - 1][1].text if k > 0 and items[k - 1][0] in ("text", "row") else ""
        if not goes_on(above, items[k][1].text):
            return None
        k -= 1
    return k if k >= 0 and items[k][0] == "row" else None


def under_wrapped(chunk: list[Item], n: int) -> bool:
    """Whether item ``n`` stands right under a row's name wrapped onto lines of its own, each going on
    with the one above, no spilled cell over the row."""
    k = row_above(chunk, n)
    return k is not None and k < n - 1 and right_under(chunk, k + 1)


def goes_on(above: str, line: str) -> bool:
    """Whether a line goes on with a name's line above it (a row's, whose own text is not given: ``""``)."""
    line = line.lstrip()
    return bool(line) and (line[0].islower() or OPEN_END.search(above) is not None)


def right_under(chunk: list[Item], n: int) -> bool:
    """Whether item ``n`` stands right under a row that no spilled cell stands right over (a role
    cell centred on its row, "Beratung und" / row / "Beschlussempfehlung", is no role wrapped away);
    a line of results only over the row is the row above's tally ("(9 Ja / 0 Nein / 0 Enth.)"), no cell of it."""
    return n > 0 and chunk[n - 1][0] == "row" and (n < 2 or chunk[n - 2][0] != "spill" or _tally(chunk[n - 2]))


def _tally(item: Item) -> bool:
    """Whether a line's cells are results only ("9 Ja", "/", "0 Nein")."""
    kinds = {c.kind for c in item[3]}
    return "result" in kinds and kinds <= {"result", "empty"}
