"""A row of a dated table that gives no date: a line set out by gaps under a row, with a cell of its own in the
row's first column (left of the dates' and the bodies' columns) and a name under the bodies' column, but no date:

    KW     Sitzungstag      Gremium                       Behandlung
    24/27  Di, 15.06.2027   Stadtrat                      Beschluss
    (KW 26/27)              Lenkungsgruppe Integration    konstituierende
                                                          Sitzung, Termin folgt

The last row is a meeting the table does not date yet, no wrapped line of the name above it ("Stadtrat
Lenkungsgruppe Integration"): the first column's cells never wrap under a row whose name goes on, and a row's date
before its name stands on the row's first line (where the dates' column comes after the names', a row's name may
open on a line above its date: no such row). It is set apart as a blank line is, no consultation, and its other
cells' lines after it stay spills. Where single spaces part the cells, the line opens with a cell of the first
column's shape, its digits as the rows' ("(KW 26/27)" under "24/27"), in brackets maybe, and a capitalised name
after it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .date_columns import column_in
from .row_cells import row_above

if TYPE_CHECKING:
    from .tables import _Cur, _Walk

# a single-spaced line's first cell, in brackets maybe, its last word with a digit, then a capitalised word
_LEAD = re.compile(r"[ \t]*\(?(?:[^\W\d]+[ \t]+)?(\S*\d\S*?)\)?[ \t]+[A-ZÄÖÜ]")


def _shape(text: str) -> str:
    return re.sub(r"\d+", "9", text)


def undated_row(w: _Walk, cur: _Cur) -> None:
    """Set apart a line that is a row of its own without a date (see the module)."""
    hdr = w.hdr
    if not w.table or hdr is None or "date" not in hdr.kinds or cur.mode not in ("gap", "tokens"):
        return
    if hdr.mode != cur.mode:
        return
    if cur.kind not in ("text", "stop") or any(c.kind == "date" for c in cur.cs):
        return
    row = row_above(w.items)
    lead = hdr.kinds.index("date")
    if row is None or row[2] != cur.mode or lead == 0 or lead > hdr.body_col:
        return  # a column of its own before the dates', the dates' before the names'
    if cur.mode == "tokens":
        first = next((c for c in row[3] if c.kind != "empty"), None)
        m = _LEAD.match(cur.line.text)
        if first is not None and first.kind == "text" and m is not None and _shape(m[1]) == _shape(first.text):
            cur.kind = "blank"
        return
    cols = [column_in(hdr, c.start - cur.line.start) for c in cur.cs if c.kind != "empty"]
    above = [column_in(hdr, c.start - row[1].start) for c in row[3] if c.kind != "empty"]
    if len(cols) >= 2 and cols[0] is not None and cols[0] < lead and above[:1] == cols[:1] and hdr.body_col in cols:
        cur.kind = "blank"
