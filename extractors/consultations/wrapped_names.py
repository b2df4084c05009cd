"""A body's name wrapped beside its row's wrapped status or role, in a table whose cells single spaces part.

A PDF's text layer sets each line of a ruled table's rows as one line of words; where a row's name wraps and so does
its cell of role and status ("Kenntnisnahme," over "öffentlich"), the second line holds the name's rest and the
status:

    Gremium Sitzung Art der Befassung
    Ausschuss für Schule, 05.05.2027 Kenntnisnahme,
    Bildung und Sport öffentlich

The second line is no row of its own: it has no date, the name above it goes on (it ends open, with a comma or a
link word) and its own words name no body by a head word. Its name's part goes on with the name above, its status or
role is the row's, as a status line under a row is. Set out by gaps, a name's word cut by a hyphen ("Haupt- und
Finanz-" over "ausschuss") is so read, and a line that starts right under the open name of a block without a header
("am 10.05.2027  Ausschuss für Soziales, Familie," over "Sport und Kultur (öffentlich)   mit 12 : 1 Stimmen").

A citation of the legal basis in a column of its own may wrap too, its statute's name after an open genitive
("§ 4 Abs. 2 der Satzung des" over "Integrationsrates"): the word alone on the line under it is the citation's rest,
no part of a name (:func:`citation_rest`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.structure import Line
from pipeline.structure.tokens import legal_references

from .row_cells import open_name
from .vocab import has_head

if TYPE_CHECKING:
    from .tables import _Cur, _Walk

_STATED = ("public", "role", "empty")  # the cells after the name's part: the row's status or role


def name_beside_status(w: _Walk, cur: _Cur) -> None:
    """Part a row line into the name's rest (placed as a line of text) and its status or role (see the module)."""
    # "ausschuss   nichtöffentlich" reads as a header's column words: a name's end only after its hyphen
    if not (cur.mode in ("tokens", "gap") and cur.kind in ("row", "header") and w.items and w.items[-1][0] == "row"):
        return
    cs = cur.cs
    if not cs or cs[0].kind != "text" or any(c.kind == "date" for c in cs):
        return
    own = [c for c in cs[1:] if c.col == cs[0].col]  # set out by gaps: the name's cell, other columns' cells after it
    if len(cs) < 2 or any(c.kind not in _STATED for c in (cs[1:] if cur.tokens else own)):
        return
    cut = cs[0].text[:1].islower() and _hyphened(w)  # "Haupt- und Finanz-" over "ausschuss": the name's end
    if not (cut or (w.table and cur.tokens) or (cur.mode == "gap" and _under_name(w, cs[0].start - cur.line.start))):
        return
    if cur.kind == "header" and not cut:
        return
    if all(c.kind == "empty" for c in cs[1:]) or (has_head(cs[0].text, w.v) and not cut) or not open_name(w.items, w.hdr):
        return
    start, end = cur.line.start, cs[0].end
    name = Line(start, end, cur.line.text[: end - start])
    w.items.append(("text", name, cur.mode, [cs[0]]))
    rest = cs[1].start
    cur.line = Line(rest, cur.line.end, cur.line.text[rest - start :])
    cur.cs, cur.kind = cs[1:], "status"


def _hyphened(w: _Walk) -> bool:
    """Whether the row above ends its name with a word cut by a hyphen."""
    return any(c.kind == "text" and c.text.endswith("-") for c in w.items[-1][3])


def citation_rest(w: _Walk, cur: _Cur) -> None:
    """Set a line's one word under a citation ending in an open genitive as a spilled cell (see the module)."""
    if not (w.table and cur.tokens and cur.kind == "text" and w.items) or len(cur.line.text.split()) != 1:
        return
    above = w.items[-1][1].text
    cited = legal_references(above)
    if cited and above[: cited[-1][1]].rstrip(" ;,").endswith((" des", " der")):
        cur.kind = "spill"


def _under_name(w: _Walk, at: int) -> bool:
    """Whether a line's first cell, starting at ``at`` in its line, stands under the name of the row above, set out by
    gaps: the row's first text cell starts where it does."""
    line, cells = w.items[-1][1], w.items[-1][3]
    first = next((c for c in cells if c.kind == "text"), None)
    return first is not None and first.start - line.start == at
