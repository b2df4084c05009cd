"""A row's second line that holds its meeting's time of day and session status under its date, as a
council's export sets them below the date cell ("18.05.2027" over "16.00 Uhr · ö"), with the
name's wrapped part beside them under the name's column ("Ausschuss für Bildung und" / "Kultur").
The line is cut where the row's name column starts: what stands before it is the row's (its status
and role cells join the row's cells where the row has none of their kind), what stands from it on
goes on with the name.

A numbered row's second line may also hold nothing but its time, status and role, indented under the
item's name ("(1) Ausschuss für Bildung ........ am 07.09.2027 (Di)," / "17:00 Uhr, öffentlich,
Vorberatung"): its status and role join the row (:func:`attributes_below`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.structure import Line
from pipeline.structure.tokens import row_cells

from .row_cells import DAY_TIME, TIME
from .table_rows import body_cells

if TYPE_CHECKING:
    from .tables import _Cur, _Walk

_SLACK = 1  # how far the time may stand from its row's date cell
_OWN = {"num", "empty", "public", "role"}  # what a time's cell holds beside it: "16.00 Uhr · nö"


def time_below(w: _Walk, cur: _Cur) -> None:
    """The line under a row cut at the row's name column where it opens with a time of day right under
    the row's date (in a single-spaced row: where its time's cells end); its status or role joins the row,
    its rest is a text line of the name (a spill where nothing is left)."""
    if not w.table or not w.items or w.items[-1][0] != "row" or w.items[-1][2] not in ("gap", "tokens"):
        return
    if cur.kind == "remark":
        return  # a result beside the time, read as the row's remark (.result_rests.result_under)
    kind, line, mode, cs = w.items[-1]
    date = next((c for c in cs if c.kind == "date"), None)
    names = body_cells(cs, w.hdr, mode)
    if date is None or not names or any(c.kind == "date" for c in cur.cs):
        return
    text = cur.line.text
    lead = len(text) - len(text.lstrip())
    m = DAY_TIME.match(text, lead)  # "16:00", its weekday before it maybe ("Mo, 16:00")
    home = names[0].start - line.start if mode == "gap" else _cells_end(cur)
    if mode == "tokens" and m is not None and TIME.match(text, lead) is None and (home is None or home <= m.end()):
        home = m.end() + 1  # the weekday and time one cell of words ("Mo, 16:00 Northeim"): the name after them
    if m is None or home is None or home <= m.end() or text[home - 1 : home] not in (" ", "\t", ""):
        return
    if mode == "gap" and abs(lead - (date.start - line.start)) > _SLACK:
        return
    _, own = row_cells(Line(cur.line.start + m.end(), cur.line.start + home, text[m.end() : home]), w.v.tokens)
    if any(c.kind not in _OWN for c in own):
        return
    kinds = {c.kind for c in cs}
    extra = [c for c in own if c.kind in ("public", "role") and c.kind not in kinds]
    w.items[-1] = (kind, line, mode, [*cs, *extra])
    rest = text[home:]
    if not rest.strip():
        cur.kind = "spill"
        return
    part = Line(cur.line.start, cur.line.end, " " * home + rest)  # the name's part where it stands
    cur.line, cur.mode, cur.cs, cur.kind = part, mode, row_cells(part, w.v.tokens)[1], "text"


def _cells_end(cur: _Cur) -> int | None:
    """Where a single-spaced line's leading time and status cells end ("16.00 Uhr · ö Gesundheit")."""
    end = None
    for c in cur.cs:
        if c.kind not in _OWN:
            break
        end = c.end - cur.line.start + 1
    return end


def attributes_below(w: _Walk, cur: _Cur) -> None:
    """The line under a dated row that opens with a time of day and holds nothing but the time, a status
    and a role ("17:00 Uhr, öffentlich, Vorberatung"): its status and role join the row where the row has
    none of their kind; the line is a spill. Only in rows without a header: under one, where the time
    stands decides (:func:`time_below`)."""
    if w.hdr is not None or not w.items or w.items[-1][0] != "row" or cur.kind not in ("stop", "text", "status"):
        return
    kind, line, mode, cs = w.items[-1]
    if not any(c.kind == "date" for c in cs):
        return
    text = cur.line.text
    lead = len(text) - len(text.lstrip())
    if TIME.match(text, lead) is None:
        return
    own = row_cells(cur.line, w.v.tokens)[1]
    words = [c for c in own if c.kind == "text" and TIME.fullmatch(c.text.strip(" ,;·–-")) is None]
    said = [c for c in own if c.kind in ("public", "role")]
    if words or not said or any(c.kind not in (*_OWN, "text") for c in own):
        return
    kinds = {c.kind for c in cs}
    w.items[-1] = (kind, line, mode, [*cs, *(c for c in said if c.kind not in kinds)])
    cur.kind = "spill"


TIME_RULES = (time_below, attributes_below)  # the rules of a row's line of time, in this order
