"""A paper's processing history as a council information system prints it: "Vorlagenverlauf" or "Verlauf der
Vorlage" over rows "Nr. / Station / Aufgabe / Termin / Stand" (or "Datum / Station / Vorgang / Stand"), the office's
own steps (the draft, co-signatures, releases, the dispatch) among the bodies' meetings; so does a routing slip
("Laufzettel": "St. / Stelle / Gremium / Termin/Frist / erledigt / Hz. / Ergebnis"). The table readers take the
station column for the bodies'; of the rows under such a header a row is a meeting only where its station names a
body by its head word and its task says a role or a status ("Anhörung (ö)"): "GB Finanzen (20)   Mitzeichnung",
"Oberbürgermeister   Freigabe" and "Büro des Kreistags   Versand an die Gremien" are none."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.records import Consultation

from .vocab import Vocab, headed

_CELLS = re.compile(r"[ \t]{2,}|\t|[ \t]*[|│][ \t]*")  # what parts a header line's cells
_HEADER_WORDS = 8
_TABLE_END = re.compile(r"\n[ \t]*\n")  # a blank line ends the table
_FRAME = ("|", "│", "├", "└", "┌", "+")  # ... unless the next line goes on in the table's frame


def sifted(found: list[Consultation], text: str, v: Vocab) -> list[Consultation]:
    """The records, less the rows of a processing history that are the office's own steps."""
    regions = list(_histories(text, v))
    if not regions:
        return found
    return [r for r in found if not any(a <= r.span.start < b for a, b in regions) or _meeting(r, v)]


def _meeting(rec: Consultation, v: Vocab) -> bool:
    """A row of a body's meeting: its day (every station's row has one; a line without is a cell's wrapped rest:
    "an den Kreistag (nö)"), a body by its head word, a role or a status."""
    return rec.meeting_date is not None and headed(rec.body, v) and (rec.role is not None or rec.public is not None)


def _histories(text: str, v: Vocab) -> Iterator[tuple[int, int]]:
    """The extents of the tables whose header has a station column among two others or more."""
    if v.station is None or v.station.search(text) is None:
        return  # no line names a station column: a cell that is one word of the text
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        cells = [c for c in _CELLS.split(line.strip()) if c]
        if len(cells) < 3:  # a header whose gaps an export closed: its words, the station's among column words
            cells = line.split() if len(line.split()) <= _HEADER_WORDS else []
            if sum(any(p.fullmatch(c) for p in v.column_words) for c in cells) < 3:
                continue
        if len(cells) >= 3 and any(v.station.fullmatch(c) for c in cells):
            yield start, _table_end(text, pos)


def _table_end(text: str, pos: int) -> int:
    """Where the table from ``pos`` ends: at a blank line, unless the line after it goes on in the table's frame (an
    export that sets a blank line between a framed table's rows: "│ 2 │ Kämmerei …" / "" / "│ 3 │ Rechtsamt …")."""
    for end in _TABLE_END.finditer(text, pos):
        if not text[end.end() :].lstrip(" \t").startswith(_FRAME):
            return end.start()
    return len(text)
