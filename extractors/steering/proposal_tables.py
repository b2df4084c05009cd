"""Members as the rows of a table whose cells bars part, no rules between its rows, under a caption naming the
group: a council's election proposal for its seats (an "einheitlicher Wahlvorschlag") or a list of those
appointed, a column of the members, maybe one of their personal deputies and one of who proposed them::

    Anlage 2 – Einheitlicher Wahlvorschlag für die Steuerungsgruppe Integration

     Lfd. │ Mitglied                   │ persönliche Stellvertretung │ vorgeschlagen von
     Nr.  │                            │                             │
    ──────┼────────────────────────────┼─────────────────────────────┼──────────────────
      1   │ Ratsfrau Anna Beispiel     │ Ratsherr Jonas Weber        │ SPD-Fraktion
      2   │ Frau Eva Roth              │ Herr Ole Lind               │ Arbeitsgemeinschaft
          │ (Caritasverband Nord e. V.)│ (AWO Nord)                  │ der Wohlfahrtspflege
    ──────┴────────────────────────────┴─────────────────────────────┴──────────────────

The header's cells are column words (``table_headers`` of ``steering.yaml``), one of them the members'
(``member_header``: "Mitglied"); a deputies' column (``deputy_header``) names no members. A row opens where
the members' cell names a person (a salutation or an office before the name left out); a line whose members'
cell names none carries the row's cells wrapped. The person's bracket and the other cells but the deputies'
are the member's label (its sector's hint); a chair's mark ("(Vorsitz)") makes the chair. The cells are
counted by their bars, not placed by their columns: a PDF's text narrows the gaps and keeps the bars; a line
with no bar in the table is a cell's words a narrow page wrapped. The members the group's sentences name
besides (those "kraft Amtes") stay members. A row naming no person (but a seat not yet filled, "N. N."), or
fewer than two persons, and the table gives nothing.
"""

from __future__ import annotations

import re

from extractors.base import dehyphenate
from extractors.resources import Resources
from pipeline.lang.de.markers import DRAWN_BARS, DRAWN_JOINTS, DRAWN_RULES

from .person_tables import located_name
from .rules import CHAIR_MARK, VACANT, Chair, MemberRow, MemberRules, member_rules

_REACH = 6  # lines from the group's mention to the header at most
_HEAD_LINES = 3  # lines of the header (its cells wrapped) and its rule at most
_MIN_MEMBERS = 2
_BARS = f"[{DRAWN_BARS}|]"
_RULE = re.compile(rf"[ \t]*[{DRAWN_RULES}{DRAWN_JOINTS}\-=_][{DRAWN_RULES}{DRAWN_JOINTS}\-=_ \t]*")
_NUMBERS = re.compile(r"(?i)(?:lfd\.?)?[ \t]*(?:nr\.?)?")  # the column of the rows' numbers (or none)
Cell = tuple[int, str]  # where a cell's words start, its words


def proposal_table(
    text: str, spans: list[tuple[int, int]], res: Resources, members: list[MemberRow]
) -> tuple[list[MemberRow], Chair | None] | None:
    """The members of the bar table a mention of the group at ``spans`` captions, with ``members`` (those the
    sentences name) not among them; None where no mention captions one."""
    if re.search(_BARS, text) is None:
        return None  # no bar: no such table
    rules = member_rules(res)
    for a, _ in sorted(spans):
        found = _header_after(text, a, rules)
        if found is None:
            continue
        rows = _rows(text, found[0], len(found[1]), found[2])
        read = _members(text, rows, found, res)
        if read is None:
            return None
        names = {r.value.casefold() for r in read}
        chair = next((Chair(r.value, r.start, r.end, True, r.label) for r in read if r.is_chair), None)
        return [r for r in members if r.value.casefold() not in names] + read, chair
    return None


def _lines(text: str, pos: int) -> tuple[int, int, str]:
    stop = text.find("\n", pos)
    stop = len(text) if stop < 0 else stop
    return pos, stop, text[pos:stop]


def _split(start: int, line: str) -> list[Cell]:
    """A line's cells between its bars (the words before the first bar the first cell)."""
    cells: list[Cell] = []
    at = 0
    for part in re.split(_BARS, line):
        lead = len(part) - len(part.lstrip())
        cells.append((start + at + lead, part.strip()))
        at += len(part) + 1
    return cells


def _header_after(text: str, at: int, rules: MemberRules) -> tuple[int, list[str], int] | None:
    """Where the rows under the header within reach below ``at`` start, the header's column words (a
    column's words wrapped joined) and the members' column; None without such a header."""
    pos = text.find("\n", at) + 1
    for _ in range(_REACH):
        if pos <= 0 or pos >= len(text):
            return None
        _, stop, line = _lines(text, pos)
        words = [c for _, c in _split(pos, line)] if re.search(_BARS, line) else []
        if len(words) >= 3:
            column = next((k for k, w in enumerate(words) if rules.member_header.fullmatch(w)), None)
            if column is None or not all(rules.headers.match(w) for w in words if w):
                return None
            return _under_header(text, stop + 1, words), words, column
        pos = stop + 1
    return None


def _under_header(text: str, pos: int, words: list[str]) -> int:
    """Where the rows start: after the header's wrapped lines and its rule."""
    for _ in range(_HEAD_LINES):
        start, stop, line = _lines(text, pos)
        cells = _split(start, line)
        if _RULE.fullmatch(line) or len(cells) == len(words) and all(not c or c.endswith(".") for _, c in cells):
            pos = stop + 1
    return pos


def _rows(text: str, pos: int, count: int, column: int) -> list[list[list[Cell]]]:
    """The rows from ``pos`` on, each its lines' cells, up to a rule, a blank line or a line of other cells."""
    rows: list[list[list[Cell]]] = []
    while pos < len(text):
        start, stop, line = _lines(text, pos)
        if not line.strip() or _RULE.fullmatch(line):
            break
        cells = _split(start, line)
        if len(cells) == count:
            if not rows or (cells[0][1] and not cells[column][1].startswith("(")):
                rows.append([cells])
            else:
                rows[-1].append(cells)
        elif len(cells) > 1 or not rows:
            break
        pos = stop + 1
    return rows


def _members(
    text: str, rows: list[list[list[Cell]]], header: tuple[int, list[str], int], res: Resources
) -> list[MemberRow] | None:
    """The persons of the members' column, a row's other cells (not the deputies') its label."""
    _, words, column = header
    deputies = {k for k, w in enumerate(words) if member_rules(res).deputy_header.fullmatch(w)}
    counts = {k for k, w in enumerate(words) if _NUMBERS.fullmatch(w)}  # "Lfd. Nr.": the rows' numbers
    read: list[MemberRow] = []
    for lines in rows:
        at, cell = lines[0][column]
        entry = " ".join(cell.split())
        if VACANT.fullmatch(entry):
            continue
        if (located := located_name(entry, text[at : at + len(cell)], res)) is None:
            return None
        name, found = located
        rest = [entry[entry.find(name) + len(name) :]] + [ln[column][1] for ln in lines[1:]]
        others = [
            " ".join(ln[k][1] for ln in lines) for k in range(len(words)) if k not in deputies | {column, *counts}
        ]
        chair = any(CHAIR_MARK.search(r) for r in rest)
        label = dehyphenate(" ".join(CHAIR_MARK.sub(" ", " ".join(rest + others)).split())).strip(" ,") or None
        read.append(MemberRow(at + found.start(), at + found.end(), name, label, chair, "table"))
    return read if len(read) >= _MIN_MEMBERS else None
