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

Set single-spaced, as a rendering gives it, the header is read on past its unknown word by word order
(``headers``), and a row's cells after the name fill the date columns in order, a lone dash an empty cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

from pipeline.lang.de.markers import DRAWN_BARS
from pipeline.structure import Line
from pipeline.structure.tokens import Cell

from .headers import Header, header
from .vocab import Vocab, has_head

_SLACK = 1  # how far a cell may start from its column word's start
_BARS = (
    "|" + DRAWN_BARS
)  # a drawn table's bars: an export closes its gaps up, its cells stand where its header's do not
_LEAD_WORDS = 2  # the words before a moved meeting's date ("auf", "verlegt auf")


class _Typed(Protocol):
    """A typed cell of a row, the block reader's or the table model's."""

    @property
    def start(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def value(self) -> Any: ...
    @property
    def text(self) -> str: ...


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
    """Whether a gap-set or single-spaced header has a date column and a column of unknown kind, as a second
    date's."""
    unknown = hdr is not None and (None in hdr.kinds or (hdr.mode == "gap" and "other" in hdr.kinds))
    return unknown and hdr is not None and hdr.mode in ("gap", "tokens") and "date" in hdr.kinds


def two_dates_header(text: str, at: int, kinds: Sequence[str | None], v: Vocab) -> Header | None:
    """The gap-set header of the line at ``at`` where its kinds (``kinds``, as the table model read them)
    hold a date column and one of unknown kind, or, single-spaced, whose words read so in order (the table
    model reads no column word it does not know); None for any other."""
    end = text.find("\n", at)
    hdr = header(text[at : len(text) if end < 0 else end], v)
    if hdr is None or not _two_dates(hdr):
        return None
    return hdr if hdr.mode == "tokens" or ("date" in kinds and None in kinds) else None


def before_name(cells: Sequence[C], hdr: Header | None) -> int:
    """How many dates open a single-spaced row in the columns before the bodies' that are not the meeting's (a
    deadline's: "Vorlagenschluss Gremium Befassung Öffentlichkeit Sitzung" over "28.04.2027 Stadtrat Beschluss ja
    12.05.2027"): one for each such column, the name right after them; 0 for any other row or header."""
    if hdr is None or hdr.mode != "tokens" or "date" not in hdr.kinds[hdr.body_col + 1 :]:
        return 0
    lead = hdr.kinds[: hdr.body_col]
    k = len(lead)
    if not k or any(kind not in (None, "other") for kind in lead) or len(cells) <= k:
        return 0
    return k if all(c.kind == "date" for c in cells[:k]) and cells[k].kind == "text" else 0


def meeting_cell(cells: Sequence[C], hdr: Header | None, text: str) -> C | None:
    """The row's meeting date's cell: the first date (after those of the columns before the bodies',
    :func:`before_name`), or under a header with two date columns the first date standing under the date
    column (``text``: the document's, the cells' offsets into it)."""
    cells = cells[before_name(cells, hdr) :]
    dates = [c for c in cells if c.kind == "date"]
    if not dates or hdr is None or not _two_dates(hdr):
        return dates[0] if dates else None
    if _drawn(text, dates[0].start):
        return dates[0]
    kinds = _ordered(cells, hdr) if hdr.mode == "tokens" else [_kind(c, hdr, text) for c in dates]
    if all(k != "unknown" for k in kinds):
        return dates[0]  # no date stands under the unknown column: the table is read as before
    return next((c for c, k in zip(dates, kinds) if k == "date"), None)


def meeting_date(cells: Sequence[Cell], hdr: Header | None, text: str) -> str | None:
    """The row's meeting date (:func:`meeting_cell`)."""
    cell = meeting_cell(cells, hdr, text)
    return None if cell is None else cell.value


_DASH_END = re.compile(r"\s[–—-]\s*$")  # an empty cell's dash after a name, one space apart: "Ortsrat Nord –"


def _ordered(cells: Sequence[C], hdr: Header) -> list[str]:
    """The kinds of a single-spaced row's dates by the order of its cells: the cells from the first date (a lone
    dash before it an empty cell's) up to a cell of another kind are the header's run of date and unknown
    columns, one cell each, from the first such column after the bodies', and a date after them is the moved
    meeting's; where the counts differ or a cell of another kind than the name's stands before the dates, the
    dates are read as before ("other" each)."""
    at = next(k for k, c in enumerate(cells) if c.kind == "date")
    run = list(cells[at:])
    # a word of the other column's cell may read as a result ("verschoben")
    run = run[: next((k for k, c in enumerate(run) if c.kind not in ("date", "text", "result")), len(run))]
    before = cells[at - 1] if at else None
    dashed = before is not None and before.kind in ("text", "body") and _DASH_END.search(before.text) is not None
    first = hdr.body_col + 1
    slots = list(hdr.kinds[first:])
    slots = slots[: next((k for k, kind in enumerate(slots) if kind not in (None, "date")), len(slots))]
    # a cell of another kind right before the dates stands in the unknown column ("Kreistag Beschluss 12.05.2027")
    if before is None or before.kind not in ("text", "body") or len(run) + dashed != len(slots):
        return ["other" for c in cells if c.kind == "date"]
    kinds = ["unknown" if kind is None else "date" for c, kind in zip(run, slots[dashed:]) if c.kind == "date"]
    # a date after the run: the moved meeting's, from the line under the row (:func:`moved_date`)
    return kinds + ["date" for c in cells[at + len(run) :] if c.kind == "date"]


def _drawn(text: str, at: int) -> bool:
    """Whether the line holding offset ``at`` is a drawn table's, with bars between its cells."""
    end = text.find("\n", at)
    return any(ch in _BARS for ch in text[_line_start(text, at) : len(text) if end < 0 else end])


def _kind(cell: _Typed, hdr: Header, text: str) -> str:
    begin = _line_start(text, cell.start)
    offset = cell.start - begin
    at, col = column_at(hdr, offset), column_in(hdr, offset)
    if at is not None and hdr.kinds[at] in (None, "other"):
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
    if hdr.mode == "tokens":  # single-spaced: the line's place under the row is all its form says
        return dates[0]
    col = column_at(hdr, shown[0].start - _line_start(text, shown[0].start))
    return dates[0] if col is not None and hdr.kinds[col] == "date" else None


def header_rest(hdr: Header, line: Line, v: Vocab) -> bool:
    """Whether the line under a gap-set header holds only its wrapped words: lower-case words without a
    digit, each standing under a column word other than the bodies' ("ursprünglich" / "geplant"); under a
    single-spaced header with a column of unknown kind, one such word or two."""
    if (
        hdr.mode not in ("gap", "tokens")
        or not line.text.strip()
        or any(ch.isdigit() or ch in _BARS for ch in line.text)
    ):
        return False
    if hdr.mode == "tokens":
        words = line.text.split()
        return None in hdr.kinds and len(words) <= _LEAD_WORDS and all(w.isalpha() and w.islower() for w in words)
    cells = [(a - line.start, t) for a, _, t in line.columns if t.strip()]
    for offset, t in cells:
        col = column_at(hdr, offset)
        if col is None or hdr.kinds[col] == "body" or not t[:1].islower() or has_head(t, v):
            return False
    return bool(cells)
