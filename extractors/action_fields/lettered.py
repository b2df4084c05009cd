"""Fields lettered A, B, C … in tiles, two or more a row: the ``list`` family's lettered tiled form::

    Die Arbeitskreise richten sich nach sechs Handlungsfeldern:

       A  Sprache und frühe           D  Gesundheit
          Bildung
       B  Arbeit und Hand-            E  Mobilität im Umland
          werk
       C  Wohnen                      F  Sport und gesellschaftliche
                                         Teilhabe

A tile opens with a capital letter alone before the name; the letters of all tiles together are
A … n, each once, and rise along a row: column by column ("A D" / "B E" / "C F") or row by row
("A B" / "C D"). A line without a tile goes on with the tiles of the row above: a piece of it with
the tile whose name starts at its column, where gaps keep the pieces apart. An export closes the
gaps to single spaces ("A Sprache und frühe D Gesundheit" / "Bildung"): a letter alone before a
capitalised word still opens a tile where the letters' order has it there, and a line without a
tile goes on with the tiles whose names break off (a hyphen, a function word, a lower-case
adjective); of two such, the left one takes the words up to the first capitalised one after a
part that ends a name ("werk Teilhabe": "werk" | "Teilhabe"). A blank line between the rows (an
export's) passes; more (a page break) only where a name breaks off before them.

One tile a row is an outline (``lists.outlined``), not this form.
"""

from __future__ import annotations

import re

from extractors.base import dehyphenate

from .text import WRAP_END, Candidate, FieldText
from .tiles import Cell, numbered

# a tile's opening: a capital letter alone, after the line's indent or a space, before a name
_OPENER = re.compile(r"(?:(?<=^)|(?<=[ \t]))[ \t]*(?P<letter>[A-Z])[ \t]+(?=[A-ZÄÖÜ][a-zäöüß])")
# a piece of a line: a tab, or two or more spaces, apart from the next
_PIECE = re.compile(r"[^\t ]+(?: [^\t ]+)*")
_MOST_ROWS = 12


def _openers(ft: FieldText, row: int) -> list[re.Match[str]]:
    """The letters of line ``row`` that may open a tile; the first must open the line."""
    line = ft.rows[row]
    found = list(_OPENER.finditer(line.text))
    return found if found and found[0].start() == 0 else []


def _layout(first: list[re.Match[str]]) -> tuple[int, int, bool]:
    """(rows, columns, row by row) by the first row's letters: row by row where its second letter is
    B, else column by column with as many rows as the second letter counts from A (0 rows: open)."""
    letters = [ord(m.group("letter")) - ord("A") for m in first]
    if letters[1] == 1:  # row by row: "A B" / "C D"
        wide = next((i for i, n in enumerate(letters) if n != i), len(letters))
        return 0, wide, True
    return letters[1], len(letters), False


def _expected(rows: int, wide: int, by_row: bool, r: int) -> list[int]:
    """The letters (0 for A) row ``r`` holds."""
    return [r * wide + c for c in range(wide)] if by_row else [r + c * rows for c in range(wide)]


def _breaks_off(ft: FieldText, cell: Cell) -> bool:
    """Whether a tile's name goes on on the next line: a hyphen, a function word, a lower-case word last."""
    name = dehyphenate(" ".join(ft.text[a:b] for a, b in cell.parts).rstrip())
    return WRAP_END.search(name) is not None or name.split()[-1][:1].islower()


def _complete(words: list[str], j: int) -> bool:
    """Whether ``words[:j]`` ends a name and ``words[j]`` opens another: no break before, a capital after."""
    return WRAP_END.search(words[j - 1]) is None and words[j][:1].isupper()


def _go_on(ft: FieldText, row: int, cells: list[Cell]) -> bool:
    """Add the pieces of line ``row`` (no tile opens it) to the tiles of the row above; False when
    a piece goes on with none of them."""
    line = ft.rows[row]
    pieces = [(m.start(), line.start + m.start(), line.start + m.end()) for m in _PIECE.finditer(line.text)]
    broken = [c for c in cells if _breaks_off(ft, c)]
    if ft.text[pieces[-1][2] - 1] in ".:!?":
        return False  # a sentence after the tiles
    column = pieces[0][0]
    if len(pieces) > 1 or column > 2 and any(abs(c.column - column) <= 1 for c in cells):
        # gaps keep the pieces apart, an indent sets one under its tile: each goes on with the tile at its column
        for column, start, end in pieces:
            owner = min(cells, key=lambda c: abs(c.column - column))
            if owner not in broken and not ft.text[start].islower():
                return False
            owner.parts.append((start, end))
        return True
    if not broken:
        return False
    _, start, end = pieces[0]
    words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", ft.text[start:end])]
    cuts = [0]
    for _ in broken[1:]:
        j = next((j for j in range(cuts[-1] + 1, len(words)) if _complete([w for *_, w in words], j)), None)
        if j is None:
            return False
        cuts.append(j)
    for cell, a, b in zip(broken, cuts, [*cuts[1:], len(words)], strict=True):
        cell.parts.append((start + words[a][0], start + words[b - 1][1]))
    return True


def lettered_cells(ft: FieldText, first: int) -> list[Candidate] | None:
    """The fields of lettered tiles from line ``first``; None when that line does not open with two
    tiles (A and a later letter), nothing when the tiles are not A … n each once, a line between
    them goes on with none, or a tile's name is no name."""
    heads = _openers(ft, first)
    if len(heads) < 2 or heads[0].group("letter") != "A":
        return None
    rows, wide, by_row = _layout(heads)
    cells: list[Cell] = []
    row_cells: list[Cell] = []
    r, k = 0, first
    while k < len(ft.rows) and r <= _MOST_ROWS:
        if ft.blank(k):
            if k + 1 < len(ft.rows) and ft.blank(k + 1) and not any(_breaks_off(ft, c) for c in row_cells):
                break  # two blank lines end the tiles, unless a name breaks off before them (a page break)
            k += 1
            continue
        expected = _expected(rows, wide, by_row, r)
        line = ft.rows[k]
        mine = [m for m in _openers(ft, k) if _index(m) in expected]
        if (by_row or r < rows) and mine and _index(mine[0]) == expected[0]:
            if [_index(m) for m in mine] != expected[: len(mine)]:
                return []
            row_cells = [_cell(ft, line.start, m, nxt, line.text) for m, nxt in zip(mine, [*mine[1:], None])]
            cells += row_cells
            r += 1
        elif not _go_on(ft, k, row_cells):
            break
        k += 1
    if not by_row and r != rows or any(_breaks_off(ft, c) for c in cells):
        return []  # a row missing, or a name broken off that nothing goes on with
    return numbered(ft, cells, True)


def _index(m: re.Match[str]) -> int:
    return ord(m.group("letter")) - ord("A")


def _cell(ft: FieldText, at: int, m: re.Match[str], nxt: re.Match[str] | None, text: str) -> Cell:
    """The tile opened by ``m`` on a line starting at ``at``, up to the next tile or the line's end."""
    end = at + (nxt.start() if nxt else len(text.rstrip()))
    start = at + m.end()
    return Cell(_index(m) + 1, m.end(), start, start + len(ft.text[start:end].rstrip()))
