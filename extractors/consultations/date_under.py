"""A row's date on the line under it: a gap-set table whose date column holds two lines a cell, the sitting's number
over its date, so each row's first line has no date and its second one has it, maybe beside the name's rest and a
role's wrapped words:

    lfd.  Gremium                           Sitzung            Sitzungsteil     Beratungszweck
     1    Ausschuss für Umwelt, Klima,      Nr. 7/2027         öffentlich       Vorberatung
          Mobilität und Bauen               vom 14.09.2027
     2    Stadtrat                          Nr. 9/2027         öffentlich       Entscheidung
                                            vom 30.09.2027

The second line is no row of its own: its date joins the row above, and its cell under the bodies' column the
name. Read only where the row above has no date and a cell of its own under the dates' column, the line under it
has one date, standing under that column too, and a status or a role only where the row above has none (a role
wrapped in its cell: "erneute" over "Vorberatung")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .date_columns import column_in

if TYPE_CHECKING:
    from .table_rows import Row


def date_under(above: Row | None, row: Row) -> bool:
    """Whether ``row`` is the second line of the row ``above``, holding its date (see the module); if so, its date
    and its name's part join that row."""
    hdr = row.hdr
    if above is not None and hdr is not None and above.mode == row.mode == "tokens":
        return _single_spaced(above, row)
    if above is None or hdr is None or hdr.mode != "gap" or above.mode != "gap" or row.mode not in ("gap", "tokens"):
        return False  # a line of one cell, "vom 08.06.2027", reads as single-spaced
    if "date" not in hdr.kinds or any(c.kind == "date" for c in above.cells):
        return False
    dates = [c for c in row.cells if c.kind == "date"]
    kinds = {c.kind for c in above.cells}
    wrapped = [c for c in row.cells if c.kind in ("public", "role")]  # a status or role wrapped in its cell
    if len(dates) != 1 or any(c.kind in kinds for c in wrapped):
        return False
    at = hdr.kinds.index("date")
    if column_in(hdr, dates[0].start - row.line.start) != at:
        return False
    if not any(c.kind != "empty" and column_in(hdr, c.start - above.line.start) == at for c in above.cells):
        return False  # a row above without a cell in the dates' column: a dateless row, this one a row of its own
    above.cells += [dates[0], *wrapped]
    if row.in_body_col:
        above.parts += row.parts
    return True


_NUMBER = re.compile(r"[ \t]+(?:Nr\.|Sitzung)[ \t]*\d{1,3}/\d{2,4}$")  # the sitting's number: "Nr. 4/2027"
_VOM = re.compile(r"[ \t]+vom$")


def _single_spaced(above: Row, row: Row) -> bool:
    """The same where a text layer set the gaps as single spaces: the row's name ends with the sitting's number
    ("Ausschuss für Jugend, Nr. 4/2027"), the line under it holds the name's rest maybe, "vom" and the date."""
    hdr = row.hdr
    if hdr is None or "date" not in hdr.kinds or any(c.kind == "date" for c in above.cells) or not above.parts:
        return False
    dates = [c for c in row.cells if c.kind == "date"]
    before = row.cells[: row.cells.index(dates[0])] if len(dates) == 1 else []
    if len(dates) != 1 or any(c.kind not in ("text", "empty") for c in before):
        return False
    start, end, name = above.parts[-1]
    number = _NUMBER.search(name)
    if number is None:
        return False  # no sitting's number where the dates' column begins: this line is a row of its own
    above.parts[-1] = (start, end - len(name) + number.start(), name[: number.start()])
    for c in before:
        rest = _VOM.sub("", c.text) if c.kind == "text" else ""
        if rest.strip():
            above.parts.append((c.start, c.start + len(rest), rest))
    above.cells.append(dates[0])
    return True
