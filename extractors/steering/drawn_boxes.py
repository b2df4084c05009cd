"""Members drawn as an organisation chart whose parts are boxes side by side under the group's box::

                 ┌──────────────────────────────────┐
                 │     Steuerungsgruppe Integration │
                 │  Vorsitz: Dr. A, Referentin 5    │
                 └────────────────┬─────────────────┘
          ┌───────────────────────┼────────────────────────┐
    ┌─────┴──────────┐    ┌───────┴────────┐    ┌──────────┴─────┐
    │ Stadtrat       │    │ Verwaltung     │    │ Partner        │
    │ Eva Berg       │    │ Jonas Weber    │    │ Prof. Dr. Ida  │
    │ (SPD)          │    │ (Amt für       │    │ Roth (Univer-  │
    │                │    │ Soziales)      │    │ sität X)       │
    └────────────────┘    └────────────────┘    └────────────────┘

The boxes are placed by the columns of their corners on the line of their tops: each line under it holds
every box's bars at those columns, up to the line of their bottoms. A box's first line names its part (the
label of its members, telling the sector after the bracket), its other lines its members, each a person's
name and a bracket saying where they come from, both wrapped over lines as the box's width needs. The group's
box above (lines opening with a drawing character, or a connector alone) is read by the chair's rules. Every
entry of every box must name a person, else the chart is left to the other readers.
"""

from __future__ import annotations

import re

from extractors.resources import Resources

from .drawn_tables import _joined, _piece
from .name_blocks import name_start
from .rules import CHAIR_MARK, Chair, MemberRow
from .sectors import classify, sector_rules

_DRAWN = re.compile(r"[ \t]*[┌┐└┘│─┬┴┼├┤]")  # a line of the group's box or its connectors
_TOP = re.compile(r"┌[─┬┴┼]*┐")  # a box's top, a connector maybe joining it
_BOX_LINES = 12  # lines of the group's box and its connectors at most
_BLANK_LINES = 2  # blank lines between the lead-in and the chart at most
_ENTRY = re.compile(r"\s*(?P<name>[^()]+?)\s*\((?P<said>[^()]*)\)")  # "Eva Berg (SPD)"
_OFFICE_WORDS = 3  # words of an office before a name at most
MIN_BOXES = 2
_MAX_LINES = 80  # lines of the chart at most


def _lines_from(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of the lines after the line ``start`` ends (the lead-in's), at most :data:`_MAX_LINES`."""
    pos = text.find("\n", start) + 1 if start and text[start - 1] != "\n" else start
    out: list[tuple[int, int]] = []
    while 0 < pos < len(text) or pos == 0 == start and text:
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        out.append((pos, stop))
        pos = stop + 1
        if len(out) >= _MAX_LINES:
            break
    return out


def _boxes(text: str, start: int) -> tuple[list[list[tuple[int, str]]], int] | None:
    """Each box's lines (where its words start, its words) and where the chart ends; None where no row of two
    boxes at least follows the lead-in ending at ``start`` (the group's box and connectors maybe between)."""
    lines = _lines_from(text, start)
    k = 0
    while k < len(lines) and k < _BLANK_LINES and not text[lines[k][0] : lines[k][1]].strip():
        k += 1
    columns: list[tuple[int, int]] = []
    while k < len(lines) and k <= _BOX_LINES + _BLANK_LINES:
        a, b = lines[k]
        tops = [(m.start(), m.end() - 1) for m in _TOP.finditer(text[a:b])]
        k += 1
        if len(tops) >= MIN_BOXES:
            columns = tops
            break
        if not _DRAWN.match(text, a, b):
            return None
    if not columns:
        return None
    boxes: list[list[tuple[int, str]]] = [[] for _ in columns]
    for a, b in lines[k:]:
        line = text[a:b]
        if all(line[x : x + 1] == "└" for x, _ in columns):
            return boxes, b
        if not all(line[x : x + 1] == "│" and line[y : y + 1] == "│" for x, y in columns):
            return None
        for box, (x, y) in zip(boxes, columns, strict=True):
            piece = _piece(text, a + x + 1, a + y)
            if piece[1]:
                box.append(piece)
    return None


def drawn_boxes(text: str, start: int, res: Resources) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of the boxes drawn side by side after ``start``, the chair an entry marks and where the
    chart ends; None where there is no such chart or an entry names no person."""
    found = _boxes(text, start)
    if found is None:
        return None
    boxes, end = found
    fallback = sector_rules(res).fallback
    members: list[MemberRow] = []
    for box in boxes:
        if len(box) < MIN_BOXES:
            return None
        title = box[0][1]
        cell, where = _joined(box[1:])
        pos = 0
        while pos < len(cell) and (m := _ENTRY.match(cell, pos)) is not None:
            pos = m.end()
            named = m["name"]
            at = name_start(named, _OFFICE_WORDS)
            if at is None:
                return None
            value = named[at:].strip()
            label = next((h for h in (m["said"], title) if classify(h, res) != fallback), title)
            s = m.start("name") + at + len(named[at:]) - len(named[at:].lstrip())
            chair = CHAIR_MARK.search(m.group()) is not None
            members.append(MemberRow(where[s], where[s + len(value) - 1] + 1, value, label, chair, "table"))
        if cell[pos:].strip():
            return None
    if len(members) < MIN_BOXES:
        return None
    marked = next((m for m in members if m.is_chair), None)
    return members, Chair(marked.value, marked.start, marked.end, True) if marked else None, end
