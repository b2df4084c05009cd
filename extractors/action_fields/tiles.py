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

Cells in a box drawn with box-drawing glyphs ("│ 1 Wohnen │ 2 Sport │") or in a grid drawn with
ASCII signs ("+------+------+" over "|  1   |  2   |" / "|  Wohnen  |  Sport  |"), and cells opened
by the field noun's abbreviation ("HF 1  Sprache   HF 2  Arbeit"). Cells marked with a bullet
glyph are read in ``marked``.
"""

from __future__ import annotations

import re

from extractors.base import clean_label
from pipeline.lang.de import markers

from .items import _page_gap
from .text import WRAP_END, Candidate, FieldText, is_sentence
from .vocab import is_structure

# a cell: a tab, or two or more spaces, apart from the next
_CELL = re.compile(r"[^\t ]+(?: [^\t ]+)*")
# a cell that opens with a bare number: "3 Gesundheit und Pflege"
NUMBERED = re.compile(r"(\d{1,2}) +(?=[A-ZÄÖÜ])")
_MOST_WORDS = 8  # words of a field's name
_MOST_FIELDS = 20


class Cell:
    """A numbered cell with the parts of its name: (start, end) in the flat text."""

    def __init__(self, number: int, column: int, start: int, end: int) -> None:
        self.number, self.column, self.parts = number, column, [(start, end)]


def _cells(ft: FieldText, row: int) -> list[tuple[int, int, int]]:
    """(column, start, end) of the cells of line ``row``. A dot leader ends a line's list: what it
    leads to is what the name points to ("1  Wohnen ....... Sozialamt"), and a bare number set
    apart from the name before it opens that name's cell."""
    line = ft.rows[row]
    leader = _LEADER.search(line.text)
    text = line.text[: leader.start()] if leader else line.text
    cells = [(m.start(), line.start + m.start(), line.start + m.end()) for m in _CELL.finditer(text)]
    if leader and len(cells) == 2 and _BARE.fullmatch(ft.text, cells[0][1], cells[0][2]):
        cells = [(cells[0][0], cells[0][1], cells[1][2])]
    return cells


# a dot leader between a name and what it points to, and a bare number
_LEADER = re.compile(r"[ \t]*" + markers.DOT_LEADER + r"[ \t]*")
_BARE = re.compile(r"\d{1,2}")


def goes_on(ft: FieldText, cell: Cell, start: int, end: int) -> bool:
    """Whether the text at ``start:end`` goes on with the name of ``cell``."""
    name = " ".join(ft.text[a:b] for a, b in cell.parts)
    if ft.text[start:end].endswith((":", ".")):
        return False
    last = name.split()[-1]
    return ft.text[start].islower() or WRAP_END.search(name) is not None or last[:1].islower()


def _read(ft: FieldText, first: int) -> list[Cell] | None:
    """The numbered cells from line ``first`` on, up to two blank lines (those of a page break apart)
    or a line that neither opens with a number nor goes on with a cell above it; None when a line
    holds no such cell."""
    cells: list[Cell] = []
    row_cells: list[Cell] = []  # the numbered cells of the last row with numbers
    k, blanks = first, 0
    while k < len(ft.rows) and len(cells) <= _MOST_FIELDS:
        if ft.blank(k) and cells and _page_gap(ft, k) and (nxt := ft.next_filled(k, 4)) is not None:
            k, row_cells = nxt, []  # the list goes on on the next page
            continue
        if ft.blank(k):
            blanks, row_cells = blanks + 1, []
            if blanks > 1:
                break
            k += 1
            continue
        parts = _cells(ft, k)
        numbered = [(c, s, e, NUMBERED.match(ft.text, s, e)) for c, s, e in parts]
        if all(m for *_, m in numbered):
            row_cells = [Cell(int(m.group(1)), c, m.end(), e) for c, _, e, m in numbered if m]
            cells += row_cells
        elif row_cells and not any(m for *_, m in numbered) and blanks == 0:
            for col, s, e, _ in numbered:
                owner = min(row_cells, key=lambda cell: abs(cell.column - col))
                if not goes_on(ft, owner, s, e):
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


def _a_name(label: str, ft: FieldText, most: int = _MOST_WORDS) -> bool:
    """Whether a cell's label is a field's name: no sentence, no structure word, at most a few words."""
    return (
        bool(label)
        and len(label.split()) <= most
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


def _abbreviated_row(ft: FieldText, row: int) -> list[Cell] | None:
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
        Cell(int(n.group(1)), n.end() - line.start, n.end(), n.end() + len(ft.text[n.end() : end].rstrip()))
        for (_, n), end in zip(opens, ends, strict=True)
    ]


def _owner(ft: FieldText, row_cells: list[Cell], column: int, start: int, end: int) -> Cell | None:
    """The cell of the row above that a piece of text without a number goes on with: the one cell
    whose name breaks off (a hyphen, a function word), else the nearest by column of those it may
    go on with; None when it goes on with none."""
    may = [c for c in row_cells if goes_on(ft, c, start, end)]
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
    cells: list[Cell] = []
    row_cells: list[Cell] = []
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
                    return numbered(ft, cells, True)
                owner.parts.append((start, end))
        blanks = 0
        k += 1
    return numbered(ft, cells, True)


def numbered(ft: FieldText, cells: list[Cell], numbers: bool, most: int = _MOST_WORDS) -> list[Candidate]:
    """The cells as fields when they are at least three, numbered 1 … n each once (with
    ``numbers``) and every one a name of at most ``most`` words; else nothing."""
    if len(cells) < 3 or (numbers and sorted(c.number for c in cells) != list(range(1, len(cells) + 1))):
        return []
    found = []
    for cell in cells:
        label = clean_label(" ".join(ft.text[a:b] for a, b in cell.parts))
        if not _a_name(label, ft, most) or not label[0].isalpha():
            return []  # a sentence, a heading, an amount ("12.000 €"): no list of names
        found.append(Candidate(cell.parts[0][0], cell.parts[-1][1], label, "list", str(cell.number) if numbers else ""))
    return sorted(found)


def titled(ft: FieldText, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a tile's name set in capitals over its description in lower case ("WOHNEN &
    NACHBARSCHAFT" / "Mieterbeiräte stärken, …"): the capitals' lines alone; the parts otherwise."""
    caps = [_capitals(ft.text[a:b]) for a, b in parts]
    k = caps.index(False) if False in caps else len(caps)
    return parts[:k] if 0 < k < len(caps) and not any(caps[k:]) else parts


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)
