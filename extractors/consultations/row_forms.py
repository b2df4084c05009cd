"""Shapes of a Beratungsfolge's rows that tell how their lines go together: a list's row under a heading of its
group, a name cut at its column's width in mid-word, and figures under the dates' column that read as no date."""

from __future__ import annotations

import re

from pipeline.lang.de import markers
from pipeline.structure import Line

from .headers import Header

_BODY_SLACK = 1  # how far a row's cell may start from its header cell's start in a table set out by gaps
# a row opening with a list's mark ("▸ Ortsbeirat Winzeln   11.05.2027   Anhörung")
_MARKED = re.compile(r"[ \t]*" + markers.charset(markers.WIDE_MARKS) + r"[ \t]")
# a day and its month however set ("27.04.", spaced out "0 4 . 0 5 ."), or a report's "31-JUN-2027"
_FIGURES = re.compile(r"\d(?:[ ]?\d)?[ ]?\.[ ]?\d(?:[ ]?\d)?[ ]?\.|\d-[^\W\d_]{3}-\d")


def under_its_mark(line: Line, orphans: list[Line]) -> list[Line]:
    """The lines around a row that opens with a list's mark that go on with its name: those indented past the
    mark's indent; a line set further left is the heading of the rows' group ("Ausschüsse" over "▸ Hauptausschuss")."""
    if not _MARKED.match(line.text):
        return orphans
    return [o for o in orphans if _indent(o.text) > _indent(line.text)]


def cut_at_width(
    hdr: Header, parts: list[tuple[int, int, str]], line: Line, under: Line, cell: tuple[int, int, str]
) -> bool:
    """Whether a row's name fills its column up to one space before the next column's start and the line under
    it goes on at the column's start: a report that cuts a cell's text at the column's width, in mid-word
    ("AUSSCHUSS FUER SOZIALES, SENIOREN UN" over "D INTEGRATION")."""
    if hdr.mode != "gap" or not parts or "body" not in hdr.kinds or hdr.body_col + 1 >= len(hdr.starts):
        return False
    k = hdr.body_col
    end, name = parts[-1][1] - line.start, parts[-1][2]
    full = end == hdr.starts[k + 1] - 1 and cell[0] - under.start == hdr.starts[k]
    return full and name[-1:].isalpha() and cell[2][:1].isalpha()


def unread_date(line: Line, mode: str, hdr: Header) -> bool:
    """Whether a row of a table cut at gaps holds figures under the header's dates' column that read as no date
    ("27.04." of a year the paper does not name, "0 4 . 0 5 . 2 0 2 7" spaced out): the meeting's day is
    unknown, not none."""
    if mode != "gap" or hdr.mode != "gap" or "date" not in hdr.kinds:
        return False
    k = hdr.kinds.index("date")
    a = max(hdr.starts[k] - _BODY_SLACK, 0)
    b = hdr.starts[k + 1] if k + 1 < len(hdr.starts) else len(line.text)
    return _FIGURES.search(line.text[a:b]) is not None


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t"))
