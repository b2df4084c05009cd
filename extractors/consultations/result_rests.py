"""A result cell wrapped under its row, where a PDF's text layer closed the gaps between the cells: the row's line
ends open after its result ("17.05.2027 * Magistrat beschlossen, an die" over "StVV weiterzuleiten"). Where the name
beside the result is whole, the next line is the result's rest, no part of the name. Where the name ends open too
("Beirat für Migration und 10.05.27 öff. Anhörung Zustimmung mit" over "Teilhabe Hinweisen (Anl. 3)"), the next
line holds the name's rest first, as long as its words go on by commas, hyphens and link words ("Jugend, Sport und
Soziales"), then the result's rest ("die Sitzung am"): the line is cut to the name's part."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import NAME_LINKS, OPEN_ENDS
from pipeline.structure import Line
from pipeline.structure.tokens import Cell, row_cells

from .row_cells import SPILL_WORDS, TIME, body_cells
from .under_rows import ends_open
from .vocab import OPEN_END

if TYPE_CHECKING:
    from .tables import _Cur, _Walk

_LINKS = frozenset(OPEN_ENDS)  # after these the name goes on
_LINKING = frozenset(NAME_LINKS)  # ... and with these
_OTHER_CELLS = frozenset({"result", "role", "public"})  # another column's cells after the name
_WRAPPED_APART = frozenset({"role", "public"})
_DASHED = re.compile(r"\s[–-]\s*$")  # a spaced dash ending the line


def result_rest(w: _Walk, cur: _Cur) -> None:
    """The line under a row whose result ends the row's line open: a spill of the row, or the name's rest
    before the result's."""
    if not (w.table and cur.tokens and w.items and w.items[-1][0] == "row") or cur.kind not in ("text", "row"):
        return
    if any(c.kind == "date" for c in cur.cs):
        return
    _, line, mode, cs = w.items[-1]
    if cur.line.start > line.end + 1:
        return  # a line under the row's has gone on with its open end already ("erle-" / "digt")
    names = body_cells(cs, w.hdr, mode)
    if not names or not _open(line.text) or cs[-1].kind in _WRAPPED_APART:
        return  # a role or status cell ending the line open wraps by its own rules ("Kenntnisnahme," / "öffentlich")
    if not any(c.kind in _OTHER_CELLS and c.start >= names[0].end for c in cs):
        return  # the name is the line's last cell: its own steps read what goes on
    linked = cur.line.text.split()[:1] in ([w] for w in _LINKING)  # "und Sport (BSKS) Vorberatung"
    if OPEN_END.search(names[0].text) is None and not linked:
        if not any(c.kind in _OTHER_CELLS for c in cur.cs):  # a role's or status's line is read by their rules
            cur.kind = "spill"
        return
    end = _name_end(cur.line.text)
    if 0 < end < len(cur.line.text.rstrip()):
        part = Line(cur.line.start, cur.line.start + end, cur.line.text[:end])
        cur.line, (cur.mode, cur.cs), cur.kind = part, row_cells(part, w.v.tokens), "text"


def _open(text: str) -> bool:
    """Whether a row's line ends open: a link word, a comma, a hyphen, or a spaced dash ("vorgesehen –")."""
    return OPEN_END.search(text) is not None or _DASHED.search(text) is not None


def _name_end(text: str) -> int:
    """Where a name's rest at a line's start ends: after its first word, and each next word that follows a
    comma, a hyphen or a link word, or is a link word ("Jugend, Sport und Soziales die Sitzung am")."""
    end, prev = 0, ""
    for word in text.split():
        bracketed = word.startswith("(") and word.endswith(")")  # an abbreviation in brackets: "(BSKS)"
        if prev and not (prev.endswith((",", "-")) or prev in _LINKS or word in _LINKING or bracketed):
            break
        end, prev = text.index(word, end) + len(word), word
    return end


_LEADS = frozenset(markers.STEP_ARROWS + "-–>")  # the marks that may lead a result's own line ("→", "->")


def result_under(w: _Walk, cur: _Cur) -> None:
    """A line under a row that holds a result alone, maybe led by an arrow ("→ einstimmig empfohlen"): the row's
    result, no rest of its name (a name's rest holds a word that no result is)."""
    if cur.kind not in ("text", "status", "row") or not w.items or w.items[-1][0] != "row":
        return
    cells = [c for c in cur.cs if c.kind != "empty"]
    if any(c.kind == "date" for c in cells):
        return
    if cells and cells[0].kind == "text" and TIME.fullmatch(cells[0].text):
        cells = cells[1:]  # the meeting's time under its date, the result beside it ("18:00 Uhr   → erfolgt, …")
    lead = TIME.match(cells[0].text) if cells and cells[0].kind == "text" else None  # ... one space apart
    if lead is not None and cells[0].text[lead.end() :].lstrip()[:1] in tuple(markers.STEP_ARROWS):
        cur.kind = "remark"
        return
    if cells and cells[0].kind == "text" and cells[0].text[:1] in markers.STEP_ARROWS:
        cur.kind = "remark"  # an arrow leads the result's cell: no name's words ("→ erfolgt, einstimmige Empfehlung")
        return
    if cur.kind != "text":
        return
    if cells and cells[0].kind == "text" and set(cells[0].text) <= _LEADS:
        cells = cells[1:]
    if cells and all(c.kind == "result" for c in cells):
        cur.kind = "remark"


_STATUS_AFTER = frozenset({"public", "mark", "empty"})  # what may stand after an open role cell in its row


def role_rest(w: _Walk, cur: _Cur) -> None:
    """The line under a single-spaced row whose role cell ends open before the row's status ("10.05.2027 Magistrat
    Beschluss über die nicht öffentlich" over "Vorlage – erledigt"): the role's rest and maybe a result, a spill of
    the row, no part of its whole name (a name ending open goes on below by its own rules)."""
    if not (cur.kind == "text" and w.table and cur.tokens and w.items and w.items[-1][0] == "row"):
        return
    _, line, mode, cs = w.items[-1]
    if cur.line.start > line.end + 1 or any(c.kind not in ("text", "result", "empty") for c in cur.cs):
        return
    names = body_cells(cs, w.hdr, mode)
    if not names or OPEN_END.search(names[-1].text) or len(cur.line.text.split()) > SPILL_WORDS:
        return
    at = next((k for k, c in enumerate(cs) if c.kind == "role" and c.start >= names[-1].end), None)
    if at is None or at + 1 >= len(cs) or cs[at + 1].kind != "text" or not OPEN_END.search(cs[at + 1].text):
        return
    if all(c.kind in _STATUS_AFTER for c in cs[at + 2 :]):
        cur.kind = "spill"


def arrow_rest(w: _Walk, cur: _Cur) -> None:
    """The line under a row whose last cell is a result led by an arrow ("… vom 27.04.2027 → zurückverwiesen" over
    "an die Verwaltung"): in lower case and short, the result's rest, a spill of the row, no part of its name."""
    if cur.kind != "text" or not w.items or w.items[-1][0] != "row" or any(c.kind == "date" for c in cur.cs):
        return
    _, line, mode, cs = w.items[-1]
    names = body_cells(cs, w.hdr, mode)
    if names and ends_open(names[-1].text) or _under_name(cur.line, line, names):
        return  # the name goes on below ("Ausschuss für Bildung, Kultur" / "und Sport")
    shown = [c for c in cs if c.kind != "empty"]
    arrow = next((k for k, c in enumerate(shown) if c.text[:1] in markers.STEP_ARROWS), None)
    if cur.line.start > line.end + 1 or arrow is None or any(c.kind not in ("text", "result") for c in shown[arrow:]):
        return  # the arrow's cell and a result's words after it end the row's line
    if cur.line.text.lstrip()[:1].islower() and len(cur.line.text.split()) <= SPILL_WORDS:
        cur.kind = "spill"


def _under_name(low: Line, line: Line, names: list[Cell]) -> bool:
    """Whether a line starts right under the name's cell of the row's line above it (set out by gaps)."""
    lead = len(low.text) - len(low.text.lstrip())
    return bool(names) and lead > 0 and lead == names[0].start - line.start


_BY = re.compile(r"(?:\blt\.|\blaut)\s*$")  # a vote cell "... lt." whose object stands on the next line


def vote_object(w: _Walk, cur: _Cur) -> None:
    """ "... Enthaltung lt." / "Beschlussvorschlag": the object of a vote cell ending in "lt."."""
    if cur.kind == "stop" and w.table and cur.tokens and any(_BY.search(it[1].text) for it in w.items[-2:]):
        if all(c.kind in ("result", "empty") for c in cur.cs):
            cur.kind = "spill"


RESULT_RESTS = (result_rest, role_rest, arrow_rest)  # in the order the block reader asks them
