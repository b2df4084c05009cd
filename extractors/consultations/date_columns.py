"""consultation date columns: a table set out by gaps with two columns of dates, the meeting's under its date
column's word and another under a column word the vocabulary does not know (a date first planned, over the
date the meeting was held or moved to):

    lfd.  Gremium              ursprünglich   Sitzung am    Ö/N   Zuständigkeit
                               geplant
    2     Ortsrat Nord         09.02.2027     verschoben    Ö     Anhörung
                                              auf 16.02.2027
    4     Hauptausschuss       24.02.2027     03.03.2027    N     Vorberatung

A row's meeting is the date under the date column; a date under the other column is none, and a row with
only such a date has its meeting on the line right under it, a date under the date column after a word or two
("auf 16.02.2027"), or no date. The header's words wrapped onto the line under it (lower-case words under
columns other than the bodies') are the header's, no row's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

from pipeline.structure import Line
from pipeline.structure.tokens import Cell

from .headers import Header, header
from .vocab import Vocab, has_head

_SLACK = 1  # how far a cell may start from its column word's start
_LEAD_WORDS = 2  # the words before a moved meeting's date ("auf", "verlegt auf")


class _Typed(Protocol):
    """A typed cell of a row, the block reader's or the table model's."""

    @property
    def start(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def value(self) -> Any: ...


C = TypeVar("C", bound=_Typed)


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def column_at(hdr: Header, offset: int) -> int | None:
    """The header's column whose word starts where a cell starting at ``offset`` in its line does."""
    return next((k for k, s in enumerate(hdr.starts) if abs(s - offset) <= _SLACK), None)


def column_in(hdr: Header, offset: int) -> int | None:
    """The header's column a cell starting at ``offset`` in its line stands in: the last whose word starts
    before it."""
    return next((k for k in reversed(range(len(hdr.starts))) if hdr.starts[k] - _SLACK <= offset), None)


def _two_dates(hdr: Header | None) -> bool:
    """Whether a gap-set header has a date column and a column of unknown kind, as a second date's."""
    return hdr is not None and hdr.mode == "gap" and "date" in hdr.kinds and None in hdr.kinds


def two_dates_header(text: str, at: int, kinds: Sequence[str | None], v: Vocab) -> Header | None:
    """The gap-set header of the line at ``at`` where its kinds (``kinds``, as the table model read them)
    hold a date column and one of unknown kind; None for any other."""
    if "date" not in kinds or None not in kinds:
        return None
    end = text.find("\n", at)
    hdr = header(text[at : len(text) if end < 0 else end], v)
    return hdr if hdr is not None and _two_dates(hdr) else None


def meeting_cell(cells: Sequence[C], hdr: Header | None, text: str) -> C | None:
    """The row's meeting date's cell: the first date, or under a header with two date columns the first
    date standing under the date column (``text``: the document's, the cells' offsets into it)."""
    dates = [c for c in cells if c.kind == "date"]
    if not dates or hdr is None or not _two_dates(hdr):
        return dates[0] if dates else None
    kinds = [_kind(c, hdr, text) for c in dates]
    if all(k != "unknown" for k in kinds):
        return dates[0]  # no date stands under the unknown column: the table is read as before
    return next((c for c, k in zip(dates, kinds) if k == "date"), None)


def meeting_date(cells: Sequence[Cell], hdr: Header | None, text: str) -> str | None:
    """The row's meeting date (:func:`meeting_cell`)."""
    cell = meeting_cell(cells, hdr, text)
    return None if cell is None else cell.value


def _kind(cell: _Typed, hdr: Header, text: str) -> str:
    begin = _line_start(text, cell.start)
    end = text.find("\n", cell.start)
    if "|" in text[begin : len(text) if end < 0 else end]:
        return "other"  # a drawn table's bars: an export closes its gaps up, its cells stand where its header's do not
    offset = cell.start - begin
    at, col = column_at(hdr, offset), column_in(hdr, offset)
    if at is not None and hdr.kinds[at] is None:
        return "unknown"  # right under the unknown column's word: a table whose rows stand as its header does
    return "other" if col is None else hdr.kinds[col] or "other"


def moved_date(above: Sequence[Cell], cells: Sequence[Cell], hdr: Header | None, text: str) -> Cell | None:
    """The date of a line right under a row that names its meeting: a word or two and a date under the date
    column ("auf 16.02.2027"), the row above holding no date under it; None for any other line."""
    if hdr is None or not _two_dates(hdr) or meeting_date(above, hdr, text) is not None:
        return None
    if not any(c.kind == "date" for c in above):
        return None
    shown = [c for c in cells if c.kind != "empty"]
    dates = [c for c in shown if c.kind == "date"]
    words = [c for c in shown if c.kind == "text"]
    if len(dates) != 1 or len(shown) != len(words) + 1 or dates[0] is not shown[-1]:
        return None
    if sum(len(c.text.split()) for c in words) > _LEAD_WORDS or not all(c.text[:1].islower() for c in words):
        return None
    col = column_at(hdr, shown[0].start - _line_start(text, shown[0].start))
    return dates[0] if col is not None and hdr.kinds[col] == "date" else None


def header_rest(hdr: Header, line: Line, v: Vocab) -> bool:
    """Whether the line under a gap-set header holds only its wrapped words: lower-case words without a
    digit, each standing under a column word other than the bodies' ("ursprünglich" / "geplant")."""
    if hdr.mode != "gap" or not line.text.strip() or any(ch.isdigit() for ch in line.text):
        return False
    cells = [(a - line.start, t) for a, _, t in line.columns if t.strip()]
    for offset, t in cells:
        col = column_at(hdr, offset)
        if col is None or hdr.kinds[col] == "body" or not t[:1].islower() or has_head(t, v):
            return False
    return bool(cells)
