"""Fields in a drawn box: the ``list`` family's cells between bars.

A box drawn with box-drawing glyphs ("┃ Bildung und Sprache ┃ Arbeit", "│ 1 Wohnen │ 2 Gesundheit │"
between rules "├───┼───┤") or a grid drawn with ASCII signs ("+------+------+" over "|  1   |  2   |" /
"|  Wohnen  |  Sport  |"): the cells of a line are the pieces between its bars, by their place among
them (an export joins the gaps into single spaces but keeps the bars; a line it broke in two is joined
again by :func:`pipeline.structure.drawn.box_lines_joined`).

Tiles: one field a cell, one or more cells a row; a title over them in a cell of its own, ruled off
and naming the fields ("║ Handlungsfelder des Programms ║" / "╠═══╣"), is none. Where rules part the
rows, the lines of one row hold one cell a column, wrapped; without rules a piece goes on with the cell
above in its column when it opens in lower case or that cell's name breaks off. A bare number or a
circled digit opens a cell on the name's line or on a line of its own over it.

A table: a header row whose cell is the field noun alone ("║ Nr ║ Handlungsfeld ║ Beispiele ║"): the
fields are that column's cells, one a row; a row opens where the number column (a column word of
``number_columns``) holds a number, else after a rule, else where the field cell does not go on with
the one above; its lines under it go on with its cells ("║    ║ Raum ║").
"""

from __future__ import annotations

import re

from pipeline.lang.de import markers
from pipeline.structure import Line
from pipeline.structure.drawn import box_lines_joined

from .text import Candidate, FieldText
from .tiles import NUMBERED, Cell, goes_on, numbered, titled

_MOST_DRAWN_WORDS = 12  # words of a field's name in a drawn cell, whose bars bound it

# the rule of a drawn box between its rows, alone on its line ("├──────┼──────┤"; an export may
# wrap it: "├─────" / "───┤"), or of a grid drawn with ASCII signs ("+------+------+"), whose bars
# count only in a block with such a rule (a line opening with "|" alone is no box)
_JOINT = markers.charset(markers.ASCII_JOINTS)
_DRAWN_RULE = re.compile(
    r"[ \t]*(?:["
    + markers.DRAWN_RULES
    + markers.DRAWN_JOINTS
    + r"]+|"
    + _JOINT
    + "(?:"
    + markers.charset(markers.ASCII_RULES)
    + "+"
    + _JOINT
    + r")+)[ \t]*"
)
_DRAWN_BAR = re.compile("[" + markers.DRAWN_BARS + markers.escaped(markers.ASCII_BARS) + "]")
_BARE_NUMBER = re.compile(r"\d{1,2}")
# a circled digit before a cell's name ("① Deutsch lernen"), white or black
_CIRCLED = re.compile("(" + markers.charset(markers.CIRCLED_DIGITS) + r")[ \t]+(?=[A-ZÄÖÜ])")


def _circled(digit: str) -> int:
    """The number a circled digit stands for: its place in its run ("③" is 3)."""
    return next(ord(digit) - ord(f) + 1 for f in reversed(markers.CIRCLED_FIRSTS) if ord(digit) >= ord(f))


def _drawn_line(text: str) -> bool:
    return _DRAWN_RULE.fullmatch(text) is not None or _DRAWN_BAR.match(text.lstrip()) is not None


def _drawn_block(ft: FieldText, first: int) -> list[Line | None]:
    """The lines of a drawn box from line ``first``: each line with bars, None for each rule; blank
    lines between them (an export's, or a page break's whose furniture is gone) pass where the box
    goes on after them, and a line an export broke in two is joined. Bars of ASCII signs make a box
    only with a grid's rule."""
    k, last, glyphs = first, None, False  # glyphs: a rule or bar of box-drawing glyphs, or a grid's rule
    while k < len(ft.rows):
        if ft.blank(k):
            after = ft.next_filled(k, 4)
            if after is None or not _drawn_line(ft.rows[after].text):
                break
            k = after
        text = ft.rows[k].text
        if not _drawn_line(text):
            break
        glyphs = glyphs or _DRAWN_RULE.fullmatch(text) is not None or text.lstrip()[:1] in markers.DRAWN_BARS
        last, k = k, k + 1
    if last is None or not glyphs:
        return []
    joined, _ = box_lines_joined(ft.rows[first : last + 1], frozenset())
    return [None if _DRAWN_RULE.fullmatch(ln.text) else ln for ln in joined if ln.text.strip()]


def _pieces(line: Line) -> list[tuple[int, int] | None]:
    """The (start, end) in the flat text of the pieces between a line's bars, by their place; None
    for an empty one."""
    bars = list(_DRAWN_BAR.finditer(line.text))
    out: list[tuple[int, int] | None] = []
    for bar, nxt in zip(bars, [*bars[1:], None], strict=True):
        piece = line.text[bar.end() : nxt.start() if nxt else len(line.text)]
        lead = len(piece) - len(piece.lstrip())
        out.append(
            (line.start + bar.end() + lead, line.start + bar.end() + len(piece.rstrip())) if piece.strip() else None
        )
    return out


def drawn_cells(ft: FieldText, first: int) -> list[Candidate] | None:
    """The fields of a drawn box from line ``first``, as tiles or as a table's field column (see the
    module): at least three cells, every one a name, numbered 1 … n each once where numbered; else
    nothing; None when line ``first`` is no line of a drawn box."""
    block = _drawn_block(ft, first)
    lines = [i for i, ln in enumerate(block) if ln is not None]
    if not lines:
        return None
    if _caption(ft, block, lines[0]):
        block = block[lines[0] + 1 :]  # "║ Handlungsfelder des Programms ║" / "╠═══╣": the box's title
        lines = [i for i, ln in enumerate(block) if ln is not None]
        if not lines:
            return []
    ruled = any(block[i] is None for i in range(lines[0], lines[-1]))  # rules between rows
    header = _field_column(ft, block[lines[0]])
    if header is not None:
        return _table(ft, block[lines[0] + 1 :], header, ruled)
    cells: list[Cell] = []
    current: dict[int, Cell] = {}  # the cell each column goes on with
    for line in block:
        if line is None:
            current = {}
            continue
        for place, piece in enumerate(_pieces(line)):
            if piece is None:
                continue
            owner = current.get(place)
            if owner is not None and (ruled or goes_on(ft, owner, *piece)):
                owner.parts.append(piece)
            else:
                current[place] = Cell(0, place, *piece)
                cells.append(current[place])
    for cell in cells:
        cell.parts = titled(ft, cell.parts)  # a name in capitals over its description
    numbers = [_cell_number(ft, c) for c in cells]
    if any(numbers):
        if not all(numbers):
            return []
        for cell, number in zip(cells, numbers, strict=True):
            assert number is not None
            cell.number, cell.parts = number
    return numbered(ft, cells, any(numbers), _MOST_DRAWN_WORDS)


def _caption(ft: FieldText, block: list[Line | None], at: int) -> bool:
    """Whether the box's first line ``block[at]`` is its title: one cell naming the fields with the plural
    noun, a rule under it."""
    line = block[at]
    assert line is not None
    pieces = [p for p in _pieces(line) if p is not None]
    return (
        len(pieces) == 1
        and at + 1 < len(block)
        and block[at + 1] is None
        and any(pieces[0][0] <= m.start() < pieces[0][1] for m in ft.strong_plurals())
    )


def _field_column(ft: FieldText, line: Line | None) -> tuple[int, int | None] | None:
    """(place of the field column, place of the number column or None) where ``line`` is a table's
    header row: one cell is the field noun alone; None otherwise."""
    if line is None:
        return None
    texts = [ft.text[slice(*p)] if p else "" for p in _pieces(line)]
    field = [i for i, t in enumerate(texts) if ft.vocab.noun.fullmatch(t) or ft.vocab.abbreviation.fullmatch(t)]
    if len(field) != 1:
        return None
    kinds = dict(ft.vocab.column_kinds)
    number = next((i for i, t in enumerate(texts) if t and kinds["number"].fullmatch(t.rstrip(".:"))), None)
    return field[0], number


def _table(ft: FieldText, body: list[Line | None], header: tuple[int, int | None], ruled: bool) -> list[Candidate]:
    """The field column's cells of a drawn table's body, one a row."""
    field, number = header
    cells: list[Cell] = []
    opens = True  # the next line opens a row
    for line in body:
        if line is None:
            opens = opens or ruled
            continue
        pieces = _pieces(line)
        if len(pieces) <= max(field, number or 0):
            return []  # a line that does not reach the field column
        name, mark = pieces[field], pieces[number] if number is not None else None
        if number is not None:
            opens = mark is not None
        elif not ruled and name is not None and cells:
            opens = not goes_on(ft, cells[-1], *name)
        if opens:
            if name is None:
                return []  # a row without a field
            cells.append(Cell(0, field, *name))
            if mark is not None and _BARE_NUMBER.fullmatch(ft.text, *mark):
                cells[-1].number = int(ft.text[slice(*mark)])
        elif name is not None:
            if not cells:
                return []
            cells[-1].parts.append(name)
        opens = False
    return numbered(ft, cells, bool(cells) and all(c.number for c in cells), _MOST_DRAWN_WORDS)


def _cell_number(ft: FieldText, cell: Cell) -> tuple[int, list[tuple[int, int]]] | None:
    """The bare number a drawn cell opens with and the parts of its name after it: on the name's
    line ("1 Wohnen", "① Wohnen") or on a line of its own over it ("1" / "Wohnen"); None without one."""
    first = cell.parts[0]
    m = NUMBERED.match(ft.text, *first)
    if m:
        return int(m.group(1)), [(m.end(), first[1]), *cell.parts[1:]]
    if (c := _CIRCLED.match(ft.text, *first)) is not None:
        return _circled(c.group(1)), [(c.end(), first[1]), *cell.parts[1:]]
    if len(cell.parts) > 1 and _BARE_NUMBER.fullmatch(ft.text, *first):
        return int(ft.text[slice(*first)]), cell.parts[1:]
    return None
