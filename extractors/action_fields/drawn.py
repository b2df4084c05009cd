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

A grid whose first row holds names the taxonomy knows, each cell, and whose rows under it hold lists
(an empty line inside a cell between its items) is a table of measures under the fields heading its
columns: no tiles (its heads are read by ``column_heads.lead_column_heads``).
"""

from __future__ import annotations

import re

from pipeline.lang.de import markers
from pipeline.structure import Line
from pipeline.structure.drawn import box_lines_joined

from .text import Candidate, FieldText
from .tiles import NUMBERED, Cell, goes_on, numbered, titled
from .vocab import known_codes

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


def drawn_block(ft: FieldText, first: int) -> list[Line | None]:
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


def bar_pieces(line: Line) -> list[tuple[int, int] | None]:
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
    block = drawn_block(ft, first)
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
    if _headed_grid(ft, block):
        return []  # the fields head a grid's columns (``column_heads.lead_column_heads``), its cells no tiles
    cells: list[Cell] = []
    current: dict[int, Cell] = {}  # the cell each column goes on with
    for line in block:
        if line is None:
            current = {}
            continue
        for place, piece in enumerate(bar_pieces(line)):
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


def ruled_rows(block: list[Line | None]) -> list[list[list[tuple[int, int]]]] | None:
    """The rows of a box drawn as a grid, its top rule first and a rule under each row: each row's cells by
    their place between the bars, each cell its lines' pieces (an empty list for an empty cell); the place
    after a closing bar left out. None unless every line has as many places."""
    if len(block) < 4 or block[0] is not None:
        return None
    places = [bar_pieces(ln) for ln in block if ln is not None]
    if not places or len({len(p) for p in places}) != 1:
        return None
    width = len(places[0]) - (all(p[-1] is None for p in places))
    rows: list[list[list[tuple[int, int]]]] = []
    for line in block[1:]:
        if line is None:
            rows.append([])
            continue
        if not rows or not rows[-1]:
            rows[-1:] = [[[] for _ in range(width)]]
        for place, piece in enumerate(bar_pieces(line)[:width]):
            if piece is not None:
                rows[-1][place].append(piece)
    rows = [r for r in rows if r]
    return rows if len(rows) >= 2 else None


def _headed_grid(ft: FieldText, block: list[Line | None]) -> bool:
    """Whether a box is a grid under a header row of fields: its first row's cells each known to the
    taxonomy, and a cell of a row under it a list, an empty line between its items ("│ Lesecafé in der  │" /
    "│                  │" / "│ Vorlesepaten in  │"), as no tile is."""
    rows = ruled_rows(block)
    if rows is None:
        return False
    heads = [" ".join(ft.text[a:b] for a, b in cell) for cell in rows[0]]
    if not all(head and known_codes(head, ft.vocab) != ("other",) for head in heads):
        return False
    first = next(i for i, ln in enumerate(block) if i and ln is None)  # the rule under the header row
    run: list[list[tuple[int, int] | None]] = []  # the lines of the row being read
    for line in [*block[first + 1 :], None]:
        if line is not None:
            run.append(bar_pieces(line))
            continue
        for place in range(len(run[0]) if run else 0):
            filled = [k for k, pieces in enumerate(run) if pieces[place] is not None]
            if filled and filled[-1] - filled[0] + 1 > len(filled):
                return True
        run = []
    return False


def _caption(ft: FieldText, block: list[Line | None], at: int) -> bool:
    """Whether the box's first line ``block[at]`` is its title: one cell naming the fields with the plural
    noun, a rule under it."""
    line = block[at]
    assert line is not None
    pieces = [p for p in bar_pieces(line) if p is not None]
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
    texts = [ft.text[slice(*p)] if p else "" for p in bar_pieces(line)]
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
        pieces = bar_pieces(line)
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
