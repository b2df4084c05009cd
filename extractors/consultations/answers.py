"""A yes or a no as a Beratungsfolge row's status: the cell under a status column ("öff." over "ja", "nein")
in a table set out by gaps says whether the meeting is public; the words say nothing elsewhere
(vocabulary: ``answers`` in ``resources/bodies.yaml``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .vocab import Vocab

if TYPE_CHECKING:
    from .table_rows import Row


def answered(row: Row, v: Vocab) -> bool | None:
    """The public status a yes or a no gives in a row set out by gaps, its cell nearest the header's
    status column; None elsewhere."""
    hdr = row.hdr
    if hdr is None or row.mode != "gap" or hdr.mode != "gap" or "public" not in hdr.kinds:
        return None
    col = hdr.kinds.index("public")
    for c in row.cells:
        said = next((val for val, p in v.answers if p.fullmatch(c.text.strip())), None)
        at = c.start - row.line.start
        if said is not None and min(range(len(hdr.starts)), key=lambda j: abs(hdr.starts[j] - at)) == col:
            return said
    return None
