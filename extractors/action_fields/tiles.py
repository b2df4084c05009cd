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
