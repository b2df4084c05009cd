"""A yes or a no as a Beratungsfolge row's status: the cell under a status column ("öff." over "ja", "nein")
in a table set out by gaps says whether the meeting is public, and so does the last word of the name's
line in a row set out by single spaces whose header puts the status column right after the bodies' ("Nr.
Wochentag Datum Beginn Gremium öff. Zweck" over "2 Dienstag 20.04.2027 14:30 Kreistag ja Beschluss"); the
words say nothing elsewhere (vocabulary: ``answers`` in ``resources/bodies.yaml``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .vocab import Vocab

if TYPE_CHECKING:
    from .table_rows import Row


def answered(row: Row, v: Vocab) -> bool | None:
    """The public status a yes or a no gives in a row set out by gaps, its cell nearest the header's
    status column, or in a row set out by single spaces a cell for each column, in order; None elsewhere."""
    hdr = row.hdr
    if hdr is not None and row.mode == "tokens" and len(row.cells) == len(hdr.kinds) and "public" in hdr.kinds:
        return _in_order(row, hdr.kinds.index("public"), v)
    if hdr is None or row.mode != "gap" or hdr.mode != "gap" or "public" not in hdr.kinds:
        return None
    col = hdr.kinds.index("public")
    for c in row.cells:
        said = next((val for val, p in v.answers if p.fullmatch(c.text.strip())), None)
        at = c.start - row.line.start
        if said is not None and min(range(len(hdr.starts)), key=lambda j: abs(hdr.starts[j] - at)) == col:
            return said
    return None


def _in_order(row: Row, col: int, v: Vocab) -> bool | None:
    """The yes or no of a row set out by single spaces whose cells stand one for each of the header's columns, in
    their order ("1 Dienstag, 13.04.2027 Kreistag Beschlussfassung ja" under "lfd. Sitzungstag Gremium
    Beratungsziel öffentlich"): the cell in the status column's place."""
    text = row.cells[col].text.strip()
    return next((val for val, p in v.answers if p.fullmatch(text)), None)


def answer_cut(row: Row, v: Vocab) -> bool | None:
    """The public status a yes or a no ending the name's part on the row's line gives in a row set out by
    single spaces, the status column right after the bodies' in the header; the word is taken off the name.
    None elsewhere, the name as it was."""
    hdr = row.hdr
    if hdr is None or row.mode != "tokens" or "body" not in hdr.kinds:
        return None
    if hdr.kinds[hdr.body_col + 1 :][:1] != ("public",):
        return None
    for k, (start, end, text) in enumerate(row.parts):
        last = re.search(r"\s(\S+)$", text)
        said = next((val for val, p in v.answers if last and p.fullmatch(last[1])), None)
        if row.line.start <= start < row.line.end and last is not None and said is not None:
            row.parts[k] = (start, end - len(last[0]), text[: last.start()])
            return said
    return None
