"""Numbered field headings as a print sets them: a gap after the section's number, the name wrapped.

A section number a gap apart from the heading ("2   Handlungsfeld Arbeit und Ausbildung") makes
the line two columns (or many, a line set justified); it is a heading still when the first column
is the number alone and the second opens with the field noun. A heading whose name breaks off at
its line's end (a hyphen or a function word: "3 Handlungsfeld Wohnen in der Altstadt und in" /
"Neustadt") goes on with the next line where the two together still read as a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.structure import Line
from pipeline.structure.tokens import justified

from .text import WRAP_END, FieldText

_SECTION_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}\.)*\d{1,2}\.?")

Label = tuple[int, int, str]


def gapped_number(ft: FieldText, line: Line, noun: re.Match[str]) -> bool:
    """Whether a line of columns is a numbered heading: the section number alone, a gap, and the
    field noun opening the second column ("2   Handlungsfeld Arbeit"); or the same heading set
    justified, every gap two or three spaces wide ("3  Handlungsfeld  Wohnen  und  Arbeit")."""
    columns = line.columns
    return (
        (len(columns) == 2 or justified(line.text))
        and _SECTION_NUMBER.fullmatch(ft.text, line.start, columns[0][1]) is not None
        and columns[1][0] == noun.start()
    )


def wrapped_heading(
    ft: FieldText,
    row: int,
    start: int,
    found: Label | None,
    read: Callable[[FieldText, int, int], Label | None],
) -> Label | None:
    """The heading's label ``found`` (read by ``read`` from ``start``), gone on with the next line when
    it breaks off at its line's end, or the next line goes on in lower case under the label's first
    letter (a hanging indent: "Handlungsfeld 3:  Wohnen in Stadt" / "                 und Dorf"), and
    the two read as a name together."""
    if found is None or found[1] < ft.rows[row].end - 1:
        return found
    nxt = row + 1
    if nxt >= len(ft.rows) or ft.blank(nxt):
        return found
    if not WRAP_END.search(found[2]) and not _hangs(ft.rows[nxt].text, found[0] - ft.rows[row].start):
        return found
    return read(ft, start, ft.rows[nxt].end) or found


def _hangs(line: str, column: int) -> bool:
    """Whether ``line`` opens in lower case at ``column``, past an indent: the rest of a label there."""
    body = line.lstrip(" ")
    return column > 0 and len(line) - len(body) == column and body[:1].islower()
