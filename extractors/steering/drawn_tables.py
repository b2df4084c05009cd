"""Members in a table drawn as a box, bars between its cells and rules across between its rows, a
row's cells wrapped over its lines; the header names the members' column, maybe a bank's (the part
the row's members come from) and others (their seats)::

    ┌──────────────────┬───────┬─────────────────────────────────────────┐
    │ Bereich          │ Sitze │ Mitglieder                              │
    ├──────────────────┼───────┼─────────────────────────────────────────┤
    │ Verwaltung       │   2   │ Erste Kreisrätin Dr. Anna Beispiel      │
    │                  │       │ (Vorsitz), Jonas Weber (Sozialamt)      │
    ├──────────────────┼───────┼─────────────────────────────────────────┤
    │ Kreistag         │   1   │ Ida Roth (SPD)                          │
    └──────────────────┴───────┴─────────────────────────────────────────┘

The cells are counted by their bars, not placed by their columns: a PDF's text narrows the gaps and
keeps the bars. A members' cell names its persons apart by commas outside brackets, an office before a
name and a bracket after it left out; a word broken at a cell's line end joined ("Kultur-" / "verein"),
a hyphen before a capital kept ("Syrisch-" / "Deutscher"). The bank tells the sector first, then the
bracket, then the office. A part without a person's name, a row with cells other than the header's, and
the table is left to the other readers (read whole or not at all).
"""

from __future__ import annotations

import re

from extractors.resources import Resources
from pipeline.lang.de.markers import DRAWN_BARS, DRAWN_JOINTS, DRAWN_RULES

from .apart import apart
from .name_blocks import name_start
from .person_tables import column_kind
from .rules import CHAIR_MARK, VACANT, Chair, MemberRow, MemberRules
from .sectors import classify, sector_rules

_BARS = DRAWN_BARS + "|"
_RULE = re.compile(rf"[ \t\f]*[{DRAWN_JOINTS}{DRAWN_RULES}+][{DRAWN_JOINTS}{DRAWN_RULES}+=\-| \t]*")
_OPEN_LINE = re.compile(rf"[ \t\f]*[{_BARS}].*")  # a line of a row, opening with a bar (a page break before it)
_BLANK_LINES = 2  # blank lines between the lead-in and the box at most
_OFFICE_WORDS = 3  # words of an office before a name at most ("Erster Kreisrat Dr. …")
_BRACKET = re.compile(r"[ \t]*\(([^()]*)\)[ \t]*$")

Piece = tuple[int, str]  # a cell's line: where it starts in the text, its words


def _lines(text: str, start: int) -> tuple[list[list[list[Piece]]], int] | None:
    """The rows of the box on the first line after ``start`` (a blank line or two between), each its
    cells' lines, and where the box ends; a broken rule's rest and blank lines inside the box (a PDF's)
    stepped over."""
    pos = text.find("\n", start) + 1 if start and text[start - 1] != "\n" else start
    if pos <= 0 and start:
        return None
    for _ in range(_BLANK_LINES):
        if text[pos : text.find("\n", pos)].strip():
            break
        pos = text.find("\n", pos) + 1
    rows: list[list[list[Piece]]] = []
    row: list[list[Piece]] = []
    end = pos
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        if _OPEN_LINE.fullmatch(line):
            cells, stop = _cells_over(text, pos, stop)
            if row and len(cells) != len(row):
                return None
            row = row or [[] for _ in cells]
            for k, cell in enumerate(cells):
                row[k] += [p for p in cell if p[1]]
        elif _RULE.fullmatch(line) or not line.strip() and end > start:
            if row:
                rows.append(row)
                row = []
        else:
            break
        end = stop if line.strip() else end
        pos = stop + 1
    if row:
        rows.append(row)
    return (rows, end) if rows else None


def _cells_over(text: str, pos: int, stop: int) -> tuple[list[list[Piece]], int]:
    """The cells of a line of the box at ``pos`` between its bars, each its pieces (where its words
    start, its words), and where the line ends: on the next line where it breaks after a cell's words
    (a PDF's line too long for the page: "│ … │ Ludger Hempen (Samtgemein-" / "de │"), that line's words
    up to its first bar the open cell's rest."""
    line = text[pos:stop]
    bars = [k for k, ch in enumerate(line) if ch in _BARS]
    out = [[_piece(text, pos + a + 1, pos + b)] for a, b in zip(bars, bars[1:], strict=False)]
    if not line[bars[-1] + 1 :].strip() or stop >= len(text):
        return out, stop
    after = text.find("\n", stop + 1)
    after = len(text) if after < 0 else after
    nxt = text[stop + 1 : after]
    first = next((k for k, ch in enumerate(nxt) if ch in _BARS), None)
    if first is None or _OPEN_LINE.fullmatch(nxt) or _RULE.fullmatch(nxt):
        return out, stop
    out.append([_piece(text, pos + bars[-1] + 1, stop), _piece(text, stop + 1, stop + 1 + first)])
    more, end = _cells_over(text, stop + 1 + first, after)
    return out + more, end


def _piece(text: str, a: int, b: int) -> Piece:
    cell = text[a:b]
    return a + len(cell) - len(cell.lstrip()), cell.strip()


def _joined(pieces: list[Piece]) -> tuple[str, list[int]]:
    """A cell's lines as one text, a word broken at a line end joined, and each character's offset."""
    out: list[str] = []
    where: list[int] = []
    for at, words in pieces:
        if out and out[-1] == "-" and len(out) > 1 and out[-2].isalpha() and words[:1].islower():
            out.pop()
            where.pop()  # "Kultur-" / "verein"
        elif out and not (out[-1] == "-" and words[:1].isupper()):
            out.append(" ")
            where.append(where[-1] + 1)
        out.extend(words)
        where.extend(range(at, at + len(words)))
    return "".join(out), where


def _parts(cell: str) -> list[tuple[int, int]]:
    """The spans of a cell's parts apart by commas outside brackets."""
    out = apart(cell, 0, len(cell), last=True)
    return [(a + len(cell[a:b]) - len(cell[a:b].lstrip()), b) for a, b in out if cell[a:b].strip()]


def drawn_table(
    text: str, start: int, rules: MemberRules, res: Resources
) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of a box drawn on the first line after ``start``, its chair and where it ends; None
    where no such box stands there or a row gives no person."""
    found = _lines(text, start)
    if found is None or len(found[0]) < 2:
        return None
    rows, end = found
    kinds = [column_kind(_joined(c)[0], rules, res) for c in rows[0]]
    if kinds.count("person") != 1 or None in kinds:
        return None
    person, bank = kinds.index("person"), kinds.index("bank") if "bank" in kinds else None
    fallback = sector_rules(res).fallback
    members: list[MemberRow] = []
    for row in rows[1:]:
        cell, where = _joined(row[person])
        side = _joined(row[bank])[0] if bank is not None else ""
        others = [_joined(c)[0] for k, c in enumerate(row) if k not in (person, bank) and c]
        for a, b in _parts(cell):
            part = cell[a:b]
            chair = CHAIR_MARK.search(part) is not None
            bare = CHAIR_MARK.sub("", part).strip()
            if VACANT.fullmatch(bare):
                continue
            bracket = _BRACKET.search(bare)
            named = bare[: bracket.start()] if bracket else bare
            at = name_start(named, _OFFICE_WORDS)
            if at is None:
                return None
            value = named[at:].strip()
            hints = [side, bracket.group(1) if bracket else "", named[:at].strip(), *others]
            label = next((h for h in hints if h and classify(h, res) != fallback), side or None)
            s = a + part.index(value)
            members.append(MemberRow(where[s], where[s + len(value) - 1] + 1, value, label, chair, "table"))
    if len(members) < 2:
        return None
    chair_row = next((m for m in members if m.is_chair), None)
    return members, Chair(chair_row.value, chair_row.start, chair_row.end, True) if chair_row else None, end
