"""consultation tail roles: a row's last cell, its role, wrapped onto the line under it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lang.de import markers
from pipeline.structure import Line

from .vocab import OPEN_END, Vocab, status

if TYPE_CHECKING:
    from .table_rows import Row

# the glyphs that part a row's cells on its line, and the drawn bar that joins a timeline's rows, the cell
# of a row wrapped beside it ("10.03.2027  ●  Ausschuss … – Vorberatung" / "│  (öffentlich)")
SEPARATORS = ("|", "·", *markers.DRAWN_BARS)


def tail_role(row: Row, line: Line, v: Vocab) -> bool:
    """Whether the line right under a single-spaced row is its last cell, the role or status, wrapped onto
    a line of its own: the header's last column is that cell's, the row has none, and the line holds only
    its words ("… Ausschuss für Kultur, Sport, 4.1" / "Vorberatung" / "und Freizeit"). The role is the row's,
    and no line of the body name it stands in. Without a header too where the row's line ends with the
    glyph that parts its cells, or the line under it opens with one ("… 15:00 Uhr | öffentlich |" /
    "Vorberatung", a timeline's "│  (öffentlich)"): the row goes on there, with a role or status it lacks."""
    hdr = row.hdr
    if row.tail is None and (row.line.text.rstrip().endswith(SEPARATORS) or line.text.lstrip().startswith(SEPARATORS)):
        said = status(line.text.strip(" \t" + "".join(SEPARATORS)), v)
        kinds = {c.kind for c in row.cells}
        return (
            said is not None and (said[0] is None or "role" not in kinds) and (said[1] is None or "public" not in kinds)
        )
    if row.tail is None and line.text.strip()[:1] == "(" and line.text.strip()[-1:] == ")":
        return _status_in_brackets(row, line, v)
    last = hdr.kinds[-1] if hdr is not None else None
    if hdr is None or row.mode != "tokens" or row.tail is not None or last not in ("role", "public"):
        return False
    said, k = status(line.text.strip(), v), int(last == "public")  # or the status, the last column ("Ö/N")
    return (
        not OPEN_END.search(line.text)
        and said is not None
        and said[k] is not None
        and said[1 - k] is None
        and not any(c.kind == last for c in row.cells)
    )


def _status_in_brackets(row: Row, line: Line, v: Vocab) -> bool:
    """Whether a bracket alone under a row holds only its status, a part of the sitting ("(nichtöffentlicher Teil)"),
    where the header has no status column and the row no status cell: the row's status, no part of its name."""
    said = status(line.text.strip()[1:-1], v)
    if said is None or said[0] is not None or said[1] is None:
        return False
    return (row.hdr is None or "public" not in row.hdr.kinds) and not any(c.kind == "public" for c in row.cells)
