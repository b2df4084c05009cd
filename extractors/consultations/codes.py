"""A Beratungsfolge whose header puts a column of codes before the bodies' ("Kürzel   Gremium   Befassung
Sitzung"): each row opens with its body's code ("KAV", "A 6", "OBR 4"), the name after it, maybe wrapped
onto the next line under the bodies' column ("KAV     Kommunale Ausländerinnen- und" / "Ausländervertretung
Anhörung   05.10.2027"). The code is no word of the name, and a code alone is no name."""

from __future__ import annotations

import re

from pipeline.lang.de import markers
from pipeline.records import Consultation
from pipeline.structure import Line
from pipeline.structure.lines import GAP
from pipeline.structure.tokens import Cell

from .headers import Header, header, opens_header
from .vocab import Vocab, has_head, renamed

_BODY_SLACK = 1  # how far a wrapped line's cell may start from the bodies' column word in a table set out by gaps
# a row's code: capitals alone in their cell, or before the name in one cell ("HFA Haupt- und Finanzausschuss")
_CODE_LEAD = re.compile(r"[A-ZÄÖÜ]{1,6}(?:$|[ \t]+(?=[A-ZÄÖÜ][a-zäöüß]))")
_LOWER_TAIL = re.compile(r"(?:[ \t]+[a-zäöüß][\w-]*)+$")
_BOXES = markers.CHECKBOXES + markers.TICKS
_BOX_LEAD = re.compile(rf"^[{re.escape(_BOXES)}][ \t]+")  # a box before a name's first words
_GAP_CELL = re.compile(r"\S+(?:[ \t]\S+)*")  # a cell of a line set out by gaps of two blanks or more


def after_code(cs: list[Cell], date: Cell) -> list[Cell]:
    """The body of a single-spaced row under a header with a column of codes before the bodies' ("OBR 4
    Ortsbeirat 4 (Bornheim/Ostend) Kenntnis 12.10.2027"): the text before the date, the row's code
    (capitals, maybe a number after them) left off and a number inside the name kept, as one cell; no
    cell where no code opens the row (the row's text cells are then read as the header places them)."""
    before = [c for c in cs if c.end <= date.start and c.kind in ("text", "num")]
    lead = _CODE_LEAD.match(before[0].text) if before and before[0].kind == "text" and before[0] is cs[0] else None
    if lead is None:
        return []
    if lead.end() < len(before[0].text):  # the code and the name in one cell ("HFA Haupt- und Finanzausschuss")
        c = before[0]
        before = [Cell(c.start + lead.end(), c.end, c.text[lead.end() :], "text", None, c.col), *before[1:]]
    else:
        before = before[2:] if len(before) > 1 and before[1].kind == "num" else before[1:]
    while before and before[-1].kind == "num":
        before = before[:-1]
    if not before or before[0].kind != "text":
        return []
    first, last = before[0], before[-1]
    # a role column's word of no role after the name ("federführend", "beteiligt"): a name ends in no lower-case word
    cut = _LOWER_TAIL.search(last.text)
    if cut is not None and cut.start() > 0:
        last = Cell(last.start, last.start + cut.start(), last.text[: cut.start()], "text", None, last.col)
    return [Cell(first.start, last.end, " ".join(c.text for c in [*before[:-1], last]), "text", None, first.col)]


def name_cell(line: Line, hdr: Header | None, mode: str) -> tuple[int, int, str]:
    """The part of a name's wrapped line that goes on with the name: its first cell, or in a table set out
    by gaps whose bodies' column has another before it (a column of codes, "KAV   Kommunale ... und"), the
    cell that starts under the bodies' column word, and nothing where the line's first cell starts two columns
    or more right of the bodies'."""
    cells = [c for c in GAP.split(line.text.strip()) if c] or [""]  # "| | Gleichstellung | |": the empty cells' bars
    # "☒  Ausschuss für": the box is no name
    first = cells[1] if len(cells) > 1 and cells[0] in _BOXES else _BOX_LEAD.sub("", cells[0])
    if hdr is None or mode != "gap" or hdr.mode != "gap" or "body" not in hdr.kinds or not hdr.body_col:
        return (line.start, line.end, first)
    at = hdr.starts[hdr.body_col]
    for m in _GAP_CELL.finditer(line.text):
        if abs(m.start() - at) <= _BODY_SLACK:
            return (line.start + m.start(), line.start + m.end(), m[0])
    beyond = hdr.starts[hdr.body_col + 2] if hdr.body_col + 2 < len(hdr.starts) else None
    if beyond is not None and len(line.text) - len(line.text.lstrip()) >= beyond - _BODY_SLACK:
        return (line.start, line.start, "")  # a line of a later column's cell alone ("an die Verwaltung"): no name's
    return (line.start, line.end, first)


# a row's code as a reader took it into the name ("KAV", "A 6", "OBR 4")
_CODE = re.compile(r"[A-ZÄÖÜ]{1,6}(?:[ \t]+\d{1,3})?(?:[ \t]+|$)")


def uncoded(found: list[Consultation], text: str, v: Vocab) -> list[Consultation]:
    """The records of a table whose header puts a column of codes before the bodies' ("Kürzel   Gremium
    Befassung   Sitzung") without the code a reader took into the name ("KAV Kommunale ... vertretung"),
    and without a name that is a code alone (the codes' column read as the bodies'); any other paper's
    records as they are."""
    if not found or not any(_codes_first(line, v) for line in text.splitlines()):
        return found
    out = []
    for rec in found:
        m = _CODE.match(rec.body)
        rest = rec.body[m.end() :] if m is not None else rec.body
        if not rest:
            continue
        if m is not None and rest[:1].isupper() and has_head(rest, v):
            rec = renamed(rec, rest, v)
        out.append(rec)
    return out


def _codes_first(line: str, v: Vocab) -> bool:
    if not opens_header(line, v):
        return False
    hdr = header(line, v)
    return hdr is not None and hdr.kinds[:2] == ("top", "body")
