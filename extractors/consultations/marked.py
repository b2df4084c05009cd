"""consultation marks: the "x" of a table row under its header's mark columns.

A header may name a column for each public status ("ö   nö") or for each role ("z. K.   Vorber.   Beschl."),
each row ticking one of each with an "x":

    Gremium            Datum          z. K.  Vorber.  Beschl.   ö   nö
    Kreisausschuss     29. Sept. 27            x                     x

A header of role columns and no column of dates may have each row write its meeting's date in its role's column
instead of an "x" (:mod:`.cut_headers`): the date is the row's mark. A mark's column is the header's column nearest
to it in a table set out by gaps, its cell's column in a table set out by tabs that keeps its empty cells; a status
column alone in the header gives its status to any mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.structure import Line
from pipeline.structure.tokens import Cell

from .headers import Header


def marked(line: Line, mode: str, cells: Sequence[Cell], hdr: Header | None) -> tuple[str | None, bool | None]:
    """The role and the public status the row's marks give, each None where no mark says it surely.

    >>> from extractors import load_resources
    >>> from extractors.consultations.vocab import vocab
    >>> from extractors.consultations.headers import header
    >>> from pipeline.structure.tokens import Cell
    >>> h = header("Gremium        Datum        z. K.  Vorber.  Beschl.   ö   nö", vocab(load_resources()))
    >>> row = Line(0, 59, "Kreisausschuss 29.09.2027" + " " * 11 + "x" + " " * 21 + "x")
    >>> marked(row, "gap", [Cell(36, 37, "x", "mark", None, 0), Cell(58, 59, "x", "mark", None, 0)], h)
    ('preliminary', False)
    """
    if hdr is None or not (hdr.marks or hdr.roles):
        return None, None
    xs = [c for c in cells if c.kind == "mark"]
    if not xs and hdr.roles and "date" not in hdr.kinds:  # the date in the column of its role (:mod:`.cut_headers`)
        xs = [c for c in cells if c.kind == "date"][:2]
        xs = xs if len(xs) == 1 else []
    if not xs:
        return None, None
    publics, roles = dict(hdr.marks), dict(hdr.roles)
    # tabs count columns when the row keeps its empty cells (a ruled table drops only trailing ones)
    if mode == "tab" and (len(line.cells) == len(hdr.kinds) or "\t\t" in line.text):
        cols = [c.col for c in xs]
    elif mode == "gap" and hdr.mode == "gap":  # columns aligned by position
        cols = [min(range(len(hdr.starts)), key=lambda j: abs(hdr.starts[j] - (c.start - line.start))) for c in xs]
    else:
        return None, next(iter(publics.values())) if len(set(publics.values())) == 1 else None
    public = {publics[c] for c in cols if c in publics}
    role = {roles[c] for c in cols if c in roles}
    if len(set(publics.values())) == 1 and not public and not roles:
        public = set(publics.values())  # one status column: any mark is its
    return (role.pop() if len(role) == 1 else None), (public.pop() if len(public) == 1 else None)
