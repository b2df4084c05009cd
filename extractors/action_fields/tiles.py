"""Fields numbered with bare numbers or marked with a bullet glyph, one or more a row: the
``list`` family's tiled form.

A lead-in names the fields and its list comes as cells that each open with a bare number
("1 Bildung und Sprache<TAB>2 Arbeit und Wirtschaft" / "3 Gesundheit<TAB>4 Wohnen im Quartier"),
set apart by tabs or by runs of spaces. An export tool may set the same cells one a line, in
reading order or column by column, each cell wrapped over lines ("1 Bildung und" / "Sprache",
"2 Arbeit und Wirtschaft"). The numbers of all cells together are 1 … n, each once; a line
without a number goes on with the cell above it when it opens in lower case or that cell ends
in a word that cannot end a name (a function word, a lower-case adjective); with several cells
a row, it goes on with the cell that starts at its column.

Cells marked with a bullet glyph come two or more a row, each opened by the same glyph
("■ Bildung      ■ Gesundheit und Pflege" / "■ Arbeit   ■ Wohnen"); an export tool sets
them one space apart ("■ Bildung ■ Gesundheit und Pflege"), sometimes with blank lines
between the rows. Dashes and stars set no cells apart (they stand inside names).
"""

from __future__ import annotations

import re

from extractors.base import clean_label
from pipeline.lang.de import markers

from .text import WRAP_END, Candidate, FieldText, is_sentence
from .vocab import is_structure

# a cell: a tab, or two or more spaces, apart from the next
_CELL = re.compile(r"[^\t ]+(?: [^\t ]+)*")
# a cell that opens with a bare number: "3 Gesundheit und Pflege"
_NUMBERED = re.compile(r"(\d{1,2}) +(?=[A-ZÄÖÜ])")
_MOST_WORDS = 8  # words of a field's name
_MOST_FIELDS = 20
# a bullet glyph that opens a tiled cell: no dash or star, which stand inside names and sums
_GLYPHS = markers.charset(markers.without(markers.ITEM_MARKS, markers.DASHES, markers.STAR))
_GLYPH_OPENS = re.compile(r"[ \t]*(" + _GLYPHS + r")[ \t]+")


class _Cell:
    """A numbered cell with the parts of its name: (start, end) in the flat text."""

    def __init__(self, number: int, column: int, start: int, end: int) -> None:
        self.number, self.column, self.parts = number, column, [(start, end)]


def _cells(ft: FieldText, row: int) -> list[tuple[int, int, int]]:
    """(column, start, end) of the cells of line ``row``."""
    line = ft.rows[row]
    return [(m.start(), line.start + m.start(), line.start + m.end()) for m in _CELL.finditer(line.text)]


def _goes_on(ft: FieldText, cell: _Cell, start: int, end: int) -> bool:
    """Whether the text at ``start:end`` goes on with the name of ``cell``."""
    name = " ".join(ft.text[a:b] for a, b in cell.parts)
    if ft.text[start:end].endswith((":", ".")):
        return False
    last = name.split()[-1]
    return ft.text[start].islower() or WRAP_END.search(name) is not None or last[:1].islower()


def _read(ft: FieldText, first: int) -> list[_Cell] | None:
    """The numbered cells from line ``first`` on, up to two blank lines or a line that neither opens
    with a number nor goes on with a cell above it; None when a line holds no such cell."""
    cells: list[_Cell] = []
    row_cells: list[_Cell] = []  # the numbered cells of the last row with numbers
    k, blanks = first, 0
    while k < len(ft.rows) and len(cells) <= _MOST_FIELDS:
        if ft.blank(k):
            blanks, row_cells = blanks + 1, []
            if blanks > 1:
                break
            k += 1
            continue
        parts = _cells(ft, k)
        numbered = [(c, s, e, _NUMBERED.match(ft.text, s, e)) for c, s, e in parts]
        if all(m for *_, m in numbered):
            row_cells = [_Cell(int(m.group(1)), c, m.end(), e) for c, _, e, m in numbered if m]
            cells += row_cells
        elif row_cells and not any(m for *_, m in numbered) and blanks == 0:
            for col, s, e, _ in numbered:
                owner = min(row_cells, key=lambda cell: abs(cell.column - col))
                if not _goes_on(ft, owner, s, e):
                    return cells
                owner.parts.append((s, e))
        else:
            break
        blanks = 0
        k += 1
    return cells


def numbered_cells(ft: FieldText, first: int) -> list[Candidate]:
    """The fields of a tiled or one-a-line list of cells with bare numbers from line ``first``:
    at least three, numbered 1 … n each once, every name a name (no sentence, at most eight
    words); else nothing."""
    cells = _read(ft, first)
    if not cells or len(cells) < 3 or sorted(c.number for c in cells) != list(range(1, len(cells) + 1)):
        return []
    found = []
    for cell in cells:
        label = clean_label(" ".join(ft.text[a:b] for a, b in cell.parts))
        if not _a_name(label, ft):
            return []
        found.append(Candidate(cell.parts[0][0], cell.parts[-1][1], label, "list"))
    return sorted(found)


def _marked_row(ft: FieldText, row: int, mark: str) -> list[tuple[int, int]] | None:
    """(start, end) of the cells of line ``row`` that each open with ``mark``; None when the
    line does not open with it."""
    line = ft.rows[row]
    opens = _GLYPH_OPENS.match(line.text)
    if not opens or opens.group(1) != mark:
        return None
    cells, at = [], line.start + opens.end()
    for apart in re.finditer(r"[ \t]+" + re.escape(mark) + r"[ \t]+", line.text[opens.end() :]):
        cells.append((at, line.start + opens.end() + apart.start()))
        at = line.start + opens.end() + apart.end()
    return [*cells, (at, line.end)]


def marked_cells(ft: FieldText, first: int) -> list[Candidate]:
    """The fields of a tiled list of cells each opened by one bullet glyph from line ``first``:
    rows of such cells, one blank line between two rows at most, some row holding two cells or
    more, at least three cells, every one a name (no sentence, at most eight words); else
    nothing. A line right under the last row that goes on with its last cell (a wrapped name)
    leaves it unread."""
    opens = _GLYPH_OPENS.match(ft.rows[first].text) if first < len(ft.rows) else None
    if not opens:
        return []
    mark = opens.group(1)
    spans: list[tuple[int, int]] = []
    tiled, k, blanks = False, first, 0
    while k < len(ft.rows) and len(spans) <= _MOST_FIELDS:
        if ft.blank(k):
            blanks += 1
            if blanks > 1:
                break
            k += 1
            continue
        row = _marked_row(ft, k, mark)
        if row is None:
            if (
                not blanks
                and spans
                and (ft.rows[k].text.lstrip()[:1].islower() or WRAP_END.search(ft.text[slice(*spans[-1])].rstrip()))
            ):
                return []  # a wrapped cell: where its rest belongs is not known
            break
        tiled, spans, blanks = tiled or len(row) > 1, spans + row, 0
        k += 1
    found = []
    for start, end in spans:
        label = clean_label(ft.text[start:end])
        if not _a_name(label, ft):
            return []
        found.append(Candidate(start, end, label, "list"))
    return found if tiled and len(found) >= 3 else []


def _a_name(label: str, ft: FieldText) -> bool:
    """Whether a cell's label is a field's name: no sentence, no structure word, at most a few words."""
    return (
        bool(label)
        and len(label.split()) <= _MOST_WORDS
        and not is_sentence(label, ft.vocab)
        and not is_structure(label, ft.vocab)
    )


# an abbreviated field noun and its number opening a cell: "HF 3  Wohnen"
_ABBREVIATED_NUMBER = re.compile(r"[ \t]*(\d{1,2})[ \t]+(?=[A-ZÄÖÜ])")


def tiled_row(ft: FieldText, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a cell opened by the field noun's abbreviation and a number
    ("… HF 2  Arbeit"): the rest of a tiled row."""
    return any(
        _ABBREVIATED_NUMBER.match(ft.text, m.end(), end) for m in ft.vocab.abbreviation.finditer(ft.text, start, end)
    )


def _abbreviated_row(ft: FieldText, row: int) -> list[_Cell] | None:
    """The cells of line ``row`` that each open with the field noun's abbreviation and a number
    ("HF 1  Sprache   HF 2  Arbeit"); None when the line does not open with one."""
    line = ft.rows[row]
    opens = []
    for m in ft.vocab.abbreviation.finditer(ft.text, line.start, line.end):
        n = _ABBREVIATED_NUMBER.match(ft.text, m.end(), line.end)
        if n and (m.start() == line.start or ft.text[m.start() - 1] in " \t"):
            opens.append((m.start(), n))
    if not opens or ft.text[line.start : opens[0][0]].strip():
        return None
    ends = [start for start, _ in opens[1:]] + [line.end]
    return [
        _Cell(int(n.group(1)), n.end() - line.start, n.end(), n.end() + len(ft.text[n.end() : end].rstrip()))
        for (_, n), end in zip(opens, ends, strict=True)
    ]


def _owner(ft: FieldText, row_cells: list[_Cell], column: int, start: int, end: int) -> _Cell | None:
    """The cell of the row above that a piece of text without a number goes on with: the one cell
    whose name breaks off (a hyphen, a function word), else the nearest by column of those it may
    go on with; None when it goes on with none."""
    may = [c for c in row_cells if _goes_on(ft, c, start, end)]
    broken = [c for c in may if WRAP_END.search(ft.text[slice(*c.parts[-1])].rstrip())]
    pool = broken if len(broken) == 1 else may
    return min(pool, key=lambda c: abs(c.column - column)) if pool else None


def abbreviated_cells(ft: FieldText, first: int) -> list[Candidate] | None:
    """The fields of a list whose cells open with the field noun's abbreviation and a number, one
    or more a row ("HF 1  Sprache und frühe Bildung      HF 2  Arbeit" / "HF 3  Wohnen im" /
    "      Quartier"): a line without such a cell goes on with the cell above whose name breaks
    off, or with the cell at its column; an export that joined the gaps into one space keeps the
    cells apart by their marks. At least three cells, numbered 1 … n each once, every one a name;
    else nothing; None when line ``first`` opens with no such cell."""
    if _abbreviated_row(ft, first) is None:
        return None
    cells: list[_Cell] = []
    row_cells: list[_Cell] = []
    k, blanks = first, 0
    while k < len(ft.rows) and len(cells) <= _MOST_FIELDS:
        if ft.blank(k):
            blanks += 1
            if blanks > 1:
                break
            k += 1
            continue
        row = _abbreviated_row(ft, k)
        if row is not None:
            row_cells, cells = row, cells + row
        elif not row_cells:
            return []
        else:
            for col, start, end in _cells(ft, k):
                owner = _owner(ft, row_cells, col, start, end)
                if owner is None:
                    return _numbered(ft, cells, True)
                owner.parts.append((start, end))
        blanks = 0
        k += 1
    return _numbered(ft, cells, True)


def _numbered(ft: FieldText, cells: list[_Cell], numbers: bool) -> list[Candidate]:
    """The cells as fields when they are at least three, numbered 1 … n each once (with
    ``numbers``) and every one a name; else nothing."""
    if len(cells) < 3 or (numbers and sorted(c.number for c in cells) != list(range(1, len(cells) + 1))):
        return []
    found = []
    for cell in cells:
        label = clean_label(" ".join(ft.text[a:b] for a, b in cell.parts))
        if not _a_name(label, ft) or not label[0].isalpha():
            return []  # a sentence, a heading, an amount ("12.000 €"): no list of names
        found.append(Candidate(cell.parts[0][0], cell.parts[-1][1], label, "list", str(cell.number) if numbers else ""))
    return sorted(found)


# the rule of a drawn box between its rows, alone on its line ("├──────┼──────┤"; an export may
# wrap it: "├─────" / "───┤")
_DRAWN_RULE = re.compile(r"[ \t]*[" + markers.DRAWN_RULES + markers.DRAWN_JOINTS + r"]+[ \t]*")
_DRAWN_BAR = re.compile("[" + markers.DRAWN_BARS + "]")


def _drawn_line(text: str) -> bool:
    return _DRAWN_RULE.fullmatch(text) is not None or _DRAWN_BAR.match(text.lstrip()) is not None


def _drawn_block(ft: FieldText, first: int) -> list[int | None]:
    """The lines of a drawn box from line ``first``: the index of each line with bars, None for
    each rule; blank lines between them (an export's, or a page break's whose furniture is gone)
    pass where the box goes on after them."""
    block: list[int | None] = []
    k = first
    while k < len(ft.rows):
        if ft.blank(k):
            after = ft.next_filled(k, 4)
            if after is None or not _drawn_line(ft.rows[after].text):
                break
            k = after
        text = ft.rows[k].text
        if not _drawn_line(text):
            break
        block.append(None if _DRAWN_RULE.fullmatch(text) else k)
        k += 1
    return block


def drawn_cells(ft: FieldText, first: int) -> list[Candidate] | None:
    """The fields of a box drawn with box-drawing glyphs, one field a cell, one or more cells a row
    ("┃ Bildung und Sprache ┃ Arbeit" / "│ 1 Wohnen │ 2 Gesundheit │" between rules "├───┼───┤"):
    the cells of a line are the pieces between its bars, by their place among them (an export
    joins the gaps into single spaces but keeps the bars). Where rules part the rows, the lines
    of one row hold one cell a column, wrapped; without rules a piece goes on with the cell above
    in its column when it opens in lower case or that cell's name breaks off. Cells numbered with
    bare numbers are numbered 1 … n each once. At least three cells, every one a name; else
    nothing; None when line ``first`` is no line of a drawn box."""
    block = _drawn_block(ft, first)
    lines = [i for i, k in enumerate(block) if k is not None]
    if not lines:
        return None
    ruled = any(block[i] is None for i in range(lines[0], lines[-1]))  # rules between rows
    cells: list[_Cell] = []
    current: dict[int, _Cell] = {}  # the cell each column goes on with
    for k in block:
        if k is None:
            current = {}
            continue
        line = ft.rows[k]
        bars = list(_DRAWN_BAR.finditer(line.text))
        for place, (bar, nxt) in enumerate(zip(bars, [*bars[1:], None], strict=True)):
            piece = line.text[bar.end() : nxt.start() if nxt else len(line.text)]
            if not piece.strip():
                continue
            start = line.start + bar.end() + len(piece) - len(piece.lstrip())
            end = line.start + bar.end() + len(piece.rstrip())
            owner = current.get(place)
            if owner is not None and (ruled or _goes_on(ft, owner, start, end)):
                owner.parts.append((start, end))
            else:
                current[place] = _Cell(0, place, start, end)
                cells.append(current[place])
    numbered = [_NUMBERED.match(ft.text, *c.parts[0]) for c in cells]
    if any(numbered):
        if not all(numbered):
            return []
        for cell, m in zip(cells, numbered, strict=True):
            assert m is not None
            cell.number, cell.parts[0] = int(m.group(1)), (m.end(), cell.parts[0][1])
    return _numbered(ft, cells, any(numbered))
