"""Lines of a Beratungsfolge block that are the rest of something above them:
- the rest of the heading's bracket wrapped onto the first line under it ("Behandlung in vorausgegangenen Sitzungen
  (Vorlagen 2027/0086/1 und" / "2027/0086/2):"): stepped over;
- a name's rest under a single-spaced row whose name ends open, beside its status in brackets and the rest of the
  row's result ("Sport und Kultur (öffentlich) mit 12 : 1 Stimmen"): the name's rest."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.lang.de.closed_class import NAME_GOES_ON, either
from pipeline.structure import Line

from .period_heads import period_head
from .result_rests import result_under
from .row_cells import SPILL_WORDS, row_above
from .vocab import OPEN_END

if TYPE_CHECKING:
    from .tables import _Cur, _Walk

_BRACKET_REST = re.compile(r"[^()\n]*\)[ \t]*:?[ \t]*")  # a bracket's rest, closing what the line above opened


def bracket_rest(w: _Walk, cur: _Cur) -> None:
    """The first line under a heading that closes a bracket the heading left open: no row and no end of the block."""
    if not w.items and _BRACKET_REST.fullmatch(cur.line.text.strip()) and cur.kind in ("stop", "text"):
        cur.kind = "blank"


_REST_KINDS = frozenset({"role", "public", "result", "empty"})
_LINKED_ON = re.compile(rf"(?:{either(NAME_GOES_ON)})[ \t]+[A-ZÄÖÜ]")  # a name's rest opening with its link word


def name_rest_beside_status(w: _Walk, cur: _Cur) -> None:
    """A single-spaced line under a row whose name ends open on its line ("am 10.05.2027 Ausschuss für Soziales,
    Bildung, Empfehlungsbeschluss") or that opens with a name's link word ("und Freizeit"): the name's rest, then
    only its status in brackets and the rest of the row's result ("Sport und Kultur (öffentlich) mit 12 : 1
    Stimmen"): the line is cut to the name's rest."""
    row = row_above(w.items)
    if cur.kind != "stop" or not cur.tokens or row is None or row is not w.items[-1] or len(cur.cs) < 2:
        return
    name = next((c for c in row[3] if c.kind == "text"), None)
    first, rest = cur.cs[0], cur.cs[1:]
    if name is None or first.kind != "text":
        return
    if not (OPEN_END.search(name.text) and first.text[:1].isupper() or _LINKED_ON.match(first.text)):
        return  # "… Bildung," over "Sport und Kultur", or "… Information" over "und Freizeit"
    if not {c.kind for c in rest} <= _REST_KINDS or len(first.text.split()) > SPILL_WORDS:
        return
    end = first.end - cur.line.start
    cur.line = Line(cur.line.start, first.end, cur.line.text[:end])
    cur.cs, cur.kind = [first], "text"


NOTE_WORDS = 4  # a sentence has more words than a name's line of the heading's block
MAX_NOTES = 1


def note(w: _Walk, cur: _Cur) -> bool:
    """A sentence between the heading and the first row, as a council information system sets a
    help text under its label ("Beratungsweg:" / "Hier können Sie den Beratungsweg verfolgen" /
    "Integrationsrat, 01.12.2014"): stepped over, once, where it holds no date or other typed cell
    and no section heading opens it."""
    if cur.kind != "stop" or w.table or not cur.tokens or w.notes >= MAX_NOTES:
        return False
    if any(k != "blank" for k, _, _, _ in w.items) or any(c.kind not in ("text", "empty") for c in cur.cs):
        return False
    if any(p.match(cur.line.text) for p in w.v.stops) or len(cur.line.text.split()) < NOTE_WORDS:
        return False
    w.notes += 1
    return True


LINE_RESTS = (
    bracket_rest,
    period_head,
    result_under,
    name_rest_beside_status,
)  # in the order the block reader asks them
