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
every box's bars at those columns, up to the line of their bottoms; where a rendering narrowed the gaps
(a PDF's text read back, a box's words single-spaced and its bars moved), every line holds two bars a box,
the box's words between its two, none between two boxes, the row of their tops or bottoms maybe wrapped.
A box's first line names its part (the label of its members, telling the sector after the bracket), its
other lines its members, each a person's name and a bracket saying where they come from, both wrapped over
lines as the box's width needs. The group's box above (lines opening with a drawing character, or a
connector alone) is read by the chair's rules. Every entry of every box must name a person, else the chart
is left to the other readers.
"""

from __future__ import annotations

import re

from extractors.resources import Resources
from pipeline.lang.de.names import TITLE, is_first_name

from .drawn_tables import Piece, _joined, _piece
from .name_blocks import name_start
from .rules import CHAIR_MARK, CHAIR_WORD, Chair, MemberRow
from .sectors import classify, sector_rules

_DRAWN = re.compile(r"[ \t]*[┌┐└┘│─┬┴┼├┤]")  # a line of the group's box or its connectors
_TOP = re.compile(r"┌[─┬┴┼]*┐")  # a box's top, a connector maybe joining it
_BOTTOM = re.compile(r"└[─┬┴┼]*┘")  # a box's bottom
_TOPS = re.compile(r"[ \t]*(?:┌[─┬┴┼]*┐[ \t]*)+")  # a line of tops only
_BOTTOMS = re.compile(r"[ \t]*(?:└[─┬┴┼]*┘[ \t]*)+")  # a line of bottoms only
_BOX_LINES = 12  # lines of the group's box and its connectors at most
_BLANK_LINES = 2  # blank lines between the lead-in and the chart at most
_ENTRY = re.compile(r"\s*(?P<name>[^()]+?)\s*\((?P<said>[^()]*)\)")  # "Eva Berg (SPD)"
_CHAIR_LABEL = re.compile(rf"\b{CHAIR_WORD}[ \t]*:[ \t]*")  # "Vorsitz: …" in the group's box
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
    run: list[tuple[int, int]] = []  # the tops of a row an export set one a line ("┌──┴──┐" / "┌──┴──┐")
    drawn = k  # the lines read so far, an export's blank line after each not counted
    while k < len(lines) and drawn <= _BOX_LINES + _BLANK_LINES:
        a, b = lines[k]
        tops = [(m.start(), m.end() - 1) for m in _TOP.finditer(text[a:b])]
        k += 1
        drawn += 1 if text[a:b].strip() else 0
        if len(tops) >= MIN_BOXES:
            columns = tops
            break
        if len(tops) == 1 and _TOPS.fullmatch(text, a, b) and (run or k > 1 and _opened(text, lines[k - 2])):
            run += tops
            continue
        if len(run) >= MIN_BOXES and text[a:b].strip():
            columns, k = run, k - 1
            break
        run = run if not text[a:b].strip() else []
        if text[a:b].strip() and not _DRAWN.match(text, a, b):
            return None
    if not columns:
        return None
    while k < len(lines) and _TOPS.fullmatch(text[lines[k][0] : lines[k][1]]):  # the row of tops wrapped
        columns += [(m.start(), m.end() - 1) for m in _TOP.finditer(text[lines[k][0] : lines[k][1]])]
        k += 1
    boxes: list[list[tuple[int, str]]] = [[] for _ in columns]
    closed = 0  # bottoms drawn so far on lines of bottoms only, their row wrapped as the tops' may be
    last = 0  # where the last line of bottoms ends
    for a, b in lines[k:]:
        line = text[a:b]
        if not line.strip():
            continue  # an export's blank line after each line (pdfminer.six): no line of the boxes
        closed += _bottoms(line)
        if all(line[x : x + 1] == "└" for x, _ in columns) or closed == len(columns):
            return boxes, b
        if closed:
            if _bottoms(line) and closed < len(columns):
                last = b
                continue
            # the row of bottoms broken off by a line of its own: an export set the other bottoms elsewhere
            # (pdfminer.six: "└──┘" / "└──┘" / "┆"), the boxes' lines read whole above it
            return (boxes, last) if not _spans(line, columns) else None
        spans = _spans(line, columns)
        if spans is None:
            return None
        for box, (x, y) in zip(boxes, spans, strict=True):
            box.append(_piece(text, a + x + 1, a + y))  # a blank line inside a box parts its entries
    return None


def _opened(text: str, line: tuple[int, int]) -> bool:
    """Whether a line of the connectors or a blank line comes right before a row of tops an export set one a
    line: no box of its own closes there (the group's box's top is no row of tops)."""
    words = text[line[0] : line[1]].strip()
    return not words or words[:1] in "┌┐┬┴┼─" and not _BOTTOM.search(words)


def _bottoms(line: str) -> int:
    """How many boxes' bottoms a line of nothing but bottoms draws ("└──┘ └──┘"), 0 for any other line."""
    return len(_BOTTOM.findall(line)) if _BOTTOMS.fullmatch(line) else 0


def _spans(line: str, columns: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The columns of each box's bars on a line of the chart: those of the corners, or, where the rendering
    moved the boxes together (the gaps between them and inside narrowed), the bars by their order, two a box."""
    bars = [k for k, ch in enumerate(line) if ch == "│"]
    if (
        len(bars) == 2 * len(columns)
        and not line[: bars[0]].strip()
        and not line[bars[-1] + 1 :].strip()
        and not any(line[bars[2 * i + 1] + 1 : bars[2 * i + 2]].strip() for i in range(len(columns) - 1))
    ):
        return [(bars[2 * i], bars[2 * i + 1]) for i in range(len(columns))]
    if all(line[x : x + 1] == "│" and line[y : y + 1] == "│" for x, y in columns):
        return columns
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
    for lines in boxes:
        box = [p for p in lines if p[1]]
        if len(box) < MIN_BOXES:
            return None
        title = box[0][1]
        cell, where = _joined(box[1:])
        if _ENTRY.match(cell) is None and (stacked := _stacked(lines, res)) is not None:
            members += stacked  # "Laura" / "Tönnessen" / "Amt 56" / "" / "Georg Lambertz" / "Ausländeramt"
            continue
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
    return members, Chair(marked.value, marked.start, marked.end, True) if marked else _boxed_chair(text, start), end


def _boxed_chair(text: str, start: int) -> Chair | None:
    """The chair the group's box over the boxes names after a chair's label, the name maybe wrapped over the
    box's lines ("│ Vorsitz: Kreisdirektorin Dr. Anna │" / "│ Beispiel │"): the person, the office before
    them; None where the box names none."""
    pieces: list[Piece] = []
    for a, b in _lines_from(text, start)[: 2 * (_BOX_LINES + _BLANK_LINES)]:
        line = text[a:b]
        if len(_TOP.findall(line)) >= MIN_BOXES or line.strip() and not _DRAWN.match(line):
            break
        if pieces and _TOPS.fullmatch(line):  # the boxes' row of tops set one a line
            break
        bars = [k for k, ch in enumerate(line) if ch == "│"]
        if len(bars) == 2 and (piece := _piece(text, a + bars[0] + 1, a + bars[1]))[1]:
            pieces.append(piece)
    cell, where = _joined(pieces) if pieces else ("", [])
    label = _CHAIR_LABEL.search(cell)
    if label is None:
        return None
    said = cell[label.end() :].strip()
    at = name_start(said, _OFFICE_WORDS)
    if at is None:
        return None
    s = label.end() + len(cell[label.end() :]) - len(cell[label.end() :].lstrip()) + at
    return Chair(said[at:], where[s], where[len(cell.rstrip()) - 1] + 1, True, said[:at].strip() or None)


def _stacked(lines: list[Piece], res: Resources) -> list[MemberRow] | None:
    """The entries of a box that sets each member's name on its first lines and where they come from on
    the lines under it, no bracket, a blank line between two entries::

        │ Städte und     │
        │ Gemeinden      │
        │ Sandra Peeters │
        │ Stadt Viersen  │
        │                │
        │ Thomas Jansen  │
        │ Stadt Kempen   │

    The box's title is its lines before the first opening with a name (maybe wrapped over two lines:
    "Laura" / "Tönnessen"), each entry's other lines its label; None where an entry opens with no name."""
    first = next((k for k, (_, words) in enumerate(lines) if _opens_name(words)), None)
    if first is None or first == 0:
        return None
    title = " ".join(w for _, w in lines[:first] if w)
    fallback = sector_rules(res).fallback
    members: list[MemberRow] = []
    entry: list[Piece] = []
    for piece in [*lines[first:], (0, "")]:
        if piece[1]:
            entry.append(piece)
            continue
        if not entry:
            continue
        (at, head), rest = entry[0], entry[1:]
        words = head.split()
        if len(words) == 1 and rest and len(rest[0][1].split()) == 1:  # the family name on the next line
            (end_at, family), rest = rest[0], rest[1:]
            value, end = f"{head} {family}", end_at + len(family)
        else:
            value, end = head, at + len(head)
        if name_start(value, 0) != 0 or len(value.split()) < 2:
            return None
        body = " ".join(w for _, w in rest)
        label = next((h for h in (body, title) if h and classify(h, res) != fallback), title)
        members.append(MemberRow(at, end, value, label, False, "table"))
        entry = []
    return members or None


def _opens_name(words: str) -> bool:
    """Whether a box's line opens with a person's given name, titles before it ("Dr. Birgit …", "Laura")."""
    given = re.sub(rf"^(?:{TITLE}[ \t]*)+", "", words).split()
    return bool(given) and is_first_name(given[0])
